"""The closed vocabularies of the domain."""

from __future__ import annotations

from enum import StrEnum


class EngagementStatus(StrEnum):
    DRAFT = "draft"
    ACTIVE = "active"
    COMPLETED = "completed"
    CANCELLED = "cancelled"


class MilestoneState(StrEnum):
    PLANNED = "planned"
    IN_PROGRESS = "in_progress"
    SUBMITTED = "submitted"
    ACCEPTED = "accepted"
    CHANGES_REQUESTED = "changes_requested"
    SIGNED_OFF = "signed_off"
    INVOICED = "invoiced"
    PAID = "paid"


class VerdictValue(StrEnum):
    MET = "met"
    NOT_MET = "not_met"
    WAIVED = "waived"


class Outcome(StrEnum):
    ACCEPTED = "accepted"
    CHANGES_REQUESTED = "changes_requested"


class IdeaState(StrEnum):
    CAPTURED = "captured"
    DIVERTED = "diverted"
    PARKED = "parked"
    DECLINED = "declined"


class Priority(StrEnum):
    MUST = "must"
    SHOULD = "should"
    COULD = "could"
    WONT = "wont"


class IdeaSource(StrEnum):
    MEETING = "meeting"
    REVIEW_ROUND = "review_round"
    EMAIL = "email"
    CALL = "call"


class SignatureMethod(StrEnum):
    DIGITAL = "digital"
    SCAN = "scan"
    TYPED = "typed"


class Language(StrEnum):
    EN = "en"
    FR = "fr"
    ES = "es"
    ZH_TW = "zh-TW"


def values(enum: type[StrEnum]) -> str:
    """Comma-separated values, for messages and check constraints."""
    return ", ".join(member.value for member in enum)
