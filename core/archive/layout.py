"""The shape of an archive: which tables it holds, in which order, and how each column is
written as JSON and read back.

Column kinds are read from the ORM metadata, so every stored column is archived; the
reading side is strict, so a value in any other form than the one written is refused."""

from __future__ import annotations

import base64
import binascii
from datetime import UTC, date, datetime
from enum import StrEnum
from typing import Any, Final

from sqlalchemy import Boolean, Column, Date, Integer, LargeBinary, String, Table

from core.errors import ArchiveError, ValidationError
from core.messages import msg, msg_n
from core.models import (
    Base,
    EngagementStatus,
    IdeaSource,
    IdeaState,
    Language,
    MilestoneState,
    MinorUnits,
    Outcome,
    Priority,
    UTCTimestamp,
    VerdictValue,
)
from core.models.base import timestamp_text
from core.models.enums import SignatureMethod
from core.money import minor_from_str, minor_to_str

ARCHIVE_FORMAT: Final = "scopekeeper-archive"
ARCHIVE_VERSION: Final = 1

# Insert order: every row comes after the rows it refers to (engagements are further
# ordered parent first when they are inserted).
TABLE_ORDER: Final = (
    "client",
    "contact",
    "review_template",
    "template_criterion",
    "template_checklist_item",
    "engagement",
    "objective",
    "milestone",
    "criterion",
    "checklist_item",
    "baseline",
    "review_round",
    "verdict",
    "signoff",
    "idea",
    "setting",
    "history_stream",
    "history_event",
)

# Rows are listed in this order, compared in Python (code point order), so the bytes of an
# archive do not depend on the collation of the database they came from.
SORT_KEYS: Final[dict[str, tuple[str, ...]]] = {
    "client": ("name", "id"),
    "contact": ("client_id", "position", "id"),
    "review_template": ("name", "id"),
    "template_criterion": ("template_id", "position", "id"),
    "template_checklist_item": ("template_id", "position", "id"),
    "engagement": ("code", "id"),
    "objective": ("engagement_id", "position", "id"),
    "milestone": ("engagement_id", "position", "id"),
    "criterion": ("milestone_id", "position", "id"),
    "checklist_item": ("milestone_id", "position", "id"),
    "baseline": ("engagement_id", "version", "id"),
    "review_round": ("milestone_id", "number", "id"),
    "verdict": ("round_id", "position", "id"),
    "signoff": ("document_id", "id"),
    "idea": ("engagement_id", "raised_on", "id"),
    "setting": ("key",),
    "history_stream": ("key",),
    "history_event": ("stream", "seq"),
}

# Foreign keys that may point at a record already in the target database instead of one
# in the archive: a spin-off exported without its parent can join that parent there.
EXTERNAL_OK: Final = frozenset({("engagement", "parent_id")})


def _values(enum: type[StrEnum]) -> frozenset[str]:
    return frozenset(member.value for member in enum)


ENUMS: Final[dict[tuple[str, str], frozenset[str]]] = {
    ("engagement", "status"): _values(EngagementStatus),
    ("engagement", "language"): _values(Language),
    ("milestone", "state"): _values(MilestoneState),
    ("review_round", "outcome"): _values(Outcome),
    ("verdict", "value"): _values(VerdictValue),
    ("idea", "state"): _values(IdeaState),
    ("idea", "priority"): _values(Priority),
    ("idea", "source"): _values(IdeaSource),
    ("signoff", "signature_method"): _values(SignatureMethod) | {""},
}

_INT64: Final = 2**63


class Kind(StrEnum):
    TEXT = "text"
    INT = "int"
    BOOL = "bool"
    DATE = "date"
    TIMESTAMP = "timestamp"
    MONEY = "money"
    BYTES = "bytes"


def table(name: str) -> Table:
    return Base.metadata.tables[name]


def kind_of(column: Column[Any]) -> Kind:
    kind = column.type
    if isinstance(kind, MinorUnits):
        return Kind.MONEY
    if isinstance(kind, UTCTimestamp):
        return Kind.TIMESTAMP
    if isinstance(kind, Boolean):
        return Kind.BOOL
    if isinstance(kind, Date):
        return Kind.DATE
    if isinstance(kind, Integer):
        return Kind.INT
    if isinstance(kind, LargeBinary):
        return Kind.BYTES
    if isinstance(kind, String):
        return Kind.TEXT
    raise TypeError(f"no archive form for column {column.table.name}.{column.name}")


def to_json(kind: Kind, value: Any) -> Any:
    """A stored value in its archive form."""
    if value is None:
        return None
    if kind is Kind.MONEY:
        return minor_to_str(value)
    if kind is Kind.TIMESTAMP:
        return timestamp_text(value)
    if kind is Kind.DATE:
        return value.isoformat()
    if kind is Kind.BYTES:
        return base64.b64encode(value).decode("ascii")
    return value


def from_json(column: Column[Any], kind: Kind, value: Any, where: str) -> Any:
    """Read one archived value back, refusing anything but the form ``to_json`` writes."""
    if value is None:
        if column.nullable:
            return None
        raise ArchiveError(msg("{place} is missing a value (null is not allowed)", place=where))
    if kind is Kind.BOOL:
        if not isinstance(value, bool):
            raise ArchiveError(msg("{place} must be true or false", place=where))
        return value
    if kind is Kind.INT:
        if not isinstance(value, int) or isinstance(value, bool):
            raise ArchiveError(msg("{place} must be a whole number", place=where))
        if not -_INT64 < value < _INT64:
            raise ArchiveError(
                msg(
                    "{place} is a whole number too large for any field of an archive ({digits} "
                    "digits); the file was damaged or written by another program",
                    place=where,
                    digits=len(str(abs(value))),
                )
            )
        return value
    if not isinstance(value, str):
        raise ArchiveError(msg("{place} must be a string", place=where))
    if kind is Kind.TEXT:
        length = getattr(column.type, "length", None)
        if length is not None and len(value) > length:
            raise ArchiveError(
                msg_n(
                    length,
                    "{place} is longer than %n character",
                    "{place} is longer than %n characters",
                    place=where,
                )
            )
        return value
    if kind is Kind.MONEY:
        try:
            amount = minor_from_str(value, field=where)
        except ValidationError as exc:
            raise ArchiveError(exc.message) from None
        if amount < 0:
            raise ArchiveError(
                msg("{place}: an amount cannot be negative ('{value}')", place=where, value=value)
            )
        return amount
    if kind is Kind.DATE:
        return _date(value, where)
    if kind is Kind.TIMESTAMP:
        return _timestamp(value, where)
    return _bytes(value, where)


def _date(value: str, where: str) -> date:
    try:
        parsed = date.fromisoformat(value)
    except ValueError:
        parsed = None
    if parsed is None or parsed.isoformat() != value:
        raise ArchiveError(
            msg(
                "{place}: '{value}' is not a date in the form YYYY-MM-DD",
                place=where,
                value=value[:40],
            )
        )
    return parsed


def _timestamp(value: str, where: str) -> datetime:
    try:
        parsed = datetime.strptime(value, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)
    except ValueError:
        parsed = None
    if parsed is None or timestamp_text(parsed) != value:
        raise ArchiveError(
            msg(
                "{place}: '{value}' is not a UTC timestamp in the form YYYY-MM-DDTHH:MM:SSZ",
                place=where,
                value=value[:40],
            )
        )
    return parsed


def _bytes(value: str, where: str) -> bytes:
    try:
        data = base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError):
        data = None
    if data is None or base64.b64encode(data).decode("ascii") != value:
        raise ArchiveError(msg("{place} is not valid base64", place=where))
    return data
