"""ORM models. Import from here; the submodules are an implementation detail."""

from core.models.base import Base, MinorUnits, UTCTimestamp, new_id, utcnow
from core.models.engagement import (
    Baseline,
    ChecklistItem,
    Criterion,
    Engagement,
    Milestone,
    Objective,
)
from core.models.enums import (
    EngagementStatus,
    IdeaSource,
    IdeaState,
    Language,
    MilestoneState,
    Outcome,
    Priority,
    SignatureMethod,
    VerdictValue,
)
from core.models.history import HistoryEvent, HistoryStream
from core.models.idea import QUALIFICATION_FIELDS, Idea
from core.models.parties import Client, Contact
from core.models.review import (
    ReviewRound,
    ReviewTemplate,
    SignOff,
    TemplateChecklistItem,
    TemplateCriterion,
    Verdict,
)
from core.models.settings import Setting

__all__ = [
    "QUALIFICATION_FIELDS",
    "Base",
    "Baseline",
    "ChecklistItem",
    "Client",
    "Contact",
    "Criterion",
    "Engagement",
    "EngagementStatus",
    "HistoryEvent",
    "HistoryStream",
    "Idea",
    "IdeaSource",
    "IdeaState",
    "Language",
    "Milestone",
    "MilestoneState",
    "MinorUnits",
    "Objective",
    "Outcome",
    "Priority",
    "ReviewRound",
    "ReviewTemplate",
    "Setting",
    "SignOff",
    "SignatureMethod",
    "TemplateChecklistItem",
    "TemplateCriterion",
    "UTCTimestamp",
    "Verdict",
    "VerdictValue",
    "new_id",
    "utcnow",
]
