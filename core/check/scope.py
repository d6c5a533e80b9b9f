"""What a rule of the check looks at: the whole database, or only some engagements and
history streams (the records an import is about to add).

Every rule takes ``(session, scope=None)``: ``None`` is the whole database, as
``scopekeeper check`` runs it; a :class:`Scope` limits the rule to those records, as an
import runs it on its own rows before committing them. A scope is cut into parts of at
most ``PART`` ids before it reaches a rule, so an ``IN`` list never outgrows what SQLite
and PostgreSQL accept, however large the import."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, true

PART = 500
"""Engagement ids (and stream keys) given to a rule at once."""


@dataclass(frozen=True, slots=True)
class Scope:
    engagements: tuple[str, ...]
    """Engagement ids, in the order problems should be reported (code order)."""
    streams: tuple[str, ...]
    """History stream keys (``engagement:<id>``, ``client:<id>``, ``template:<id>``)."""

    def parts(self, size: int | None = None) -> Iterator[Scope]:
        """The scope in pieces of at most ``size`` (``PART``) engagements and streams."""
        size = size or PART
        count = max(len(self.engagements), len(self.streams))
        for start in range(0, count, size):
            yield Scope(self.engagements[start : start + size], self.streams[start : start + size])


def engagements_in(column: Any, scope: Scope | None) -> ColumnElement[bool]:
    """``column`` (an engagement id) lies in the scope; always true without one."""
    if scope is None:
        return true()
    result: ColumnElement[bool] = column.in_(scope.engagements)
    return result


def stream_keys(scope: Scope | None) -> Sequence[str] | None:
    """The streams to verify: ``None`` for all of them."""
    return None if scope is None else scope.streams
