"""Services: the only way to change data. Each call is one user action in one transaction."""

from __future__ import annotations

from core.db import Database
from core.services.clients import ClientService, ContactInput
from core.services.engagements import EngagementService, ObjectiveInput
from core.services.ideas import IdeaService
from core.services.roadmap import CriterionInput, RoadmapService
from core.services.settings import SettingsService
from core.services.signoffs import SignatureInput, SignoffService
from core.services.templates import TemplateService
from core.services.workflow import VerdictInput, WorkflowService


class Services:
    """Every service for one database and one acting person."""

    def __init__(self, db: Database, actor: str) -> None:
        self.db = db
        self.actor = actor
        self.clients = ClientService(db, actor)
        self.engagements = EngagementService(db, actor)
        self.roadmap = RoadmapService(db, actor)
        self.workflow = WorkflowService(db, actor)
        self.ideas = IdeaService(db, actor)
        self.signoffs = SignoffService(db, actor)
        self.templates = TemplateService(db, actor)
        self.settings = SettingsService(db, actor)


__all__ = [
    "ContactInput",
    "CriterionInput",
    "ObjectiveInput",
    "Services",
    "SignatureInput",
    "VerdictInput",
]
