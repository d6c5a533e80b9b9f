"""Services: the only way to change data. Each call is one user action in one transaction.

Each service module is imported the first time it is used, so a command that only reads
(``list``, ``show``) starts without loading the code that writes."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import cached_property
from typing import TYPE_CHECKING

from core.changes import Changes
from core.db import Database
from core.lazy import lazy_attributes

if TYPE_CHECKING:
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

    def together(self, steps: Iterable[Callable[[], Changes]]) -> Changes:
        """Run several service calls as ONE action: one transaction, kept whole or not at all.

        Each step is a service call (``lambda: services.ideas.park(i)``). The first refusal
        leaves with nothing of the earlier steps kept; otherwise what every step changed comes
        back merged, for one refresh and one undo step. Works on SQLite and PostgreSQL: the
        services' own units of work join the outer transaction as savepoints
        (``Database.one_transaction``)."""
        merged = Changes()
        with self.db.one_transaction():
            for step in steps:
                merged.merge(step())
        return merged

    @cached_property
    def clients(self) -> ClientService:
        from core.services.clients import ClientService

        return ClientService(self.db, self.actor)

    @cached_property
    def engagements(self) -> EngagementService:
        from core.services.engagements import EngagementService

        return EngagementService(self.db, self.actor)

    @cached_property
    def roadmap(self) -> RoadmapService:
        from core.services.roadmap import RoadmapService

        return RoadmapService(self.db, self.actor)

    @cached_property
    def workflow(self) -> WorkflowService:
        from core.services.workflow import WorkflowService

        return WorkflowService(self.db, self.actor)

    @cached_property
    def ideas(self) -> IdeaService:
        from core.services.ideas import IdeaService

        return IdeaService(self.db, self.actor)

    @cached_property
    def signoffs(self) -> SignoffService:
        from core.services.signoffs import SignoffService

        return SignoffService(self.db, self.actor)

    @cached_property
    def templates(self) -> TemplateService:
        from core.services.templates import TemplateService

        return TemplateService(self.db, self.actor)

    @cached_property
    def settings(self) -> SettingsService:
        from core.services.settings import SettingsService

        return SettingsService(self.db, self.actor)


_INPUTS: dict[str, str] = {
    "ContactInput": "core.services.clients",
    "CriterionInput": "core.services.roadmap",
    "ObjectiveInput": "core.services.engagements",
    "SignatureInput": "core.services.signoffs",
    "VerdictInput": "core.services.workflow",
}


__getattr__ = lazy_attributes(__name__, _INPUTS)


__all__ = [
    "ContactInput",
    "CriterionInput",
    "ObjectiveInput",
    "Services",
    "SignatureInput",
    "VerdictInput",
]
