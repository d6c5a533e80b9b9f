"""What the weekly status report shows, read in one session through ``core.queries``.

The week is the 7 days ending on ``today``, in UTC like the history: its changes are the
events recorded from the start of its first day to the end of ``today``. The newest
``SHOWN_CHANGES`` are kept for the list; the others are only counted.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from core.db import Database
from core.history import client_stream, engagement_stream
from core.queries import (
    EngagementDetail,
    EventRow,
    changes_since,
    engagement_detail,
    list_engagements,
)

# From the submodule: the package's lazy attribute "dashboard" is shadowed by the submodule
# itself once anything has imported it.
from core.queries.overview import Dashboard, dashboard

WEEK_DAYS = 7
SHOWN_CHANGES = 200
"""The newest changes listed; older ones of the week are counted, not listed."""
FETCHED_CHANGES = 5000
"""At most this many changes are read; beyond it the count says "more than"."""


@dataclass(frozen=True, slots=True)
class StatusData:
    """Everything the report shows, read in one session."""

    today: date
    engagement: EngagementDetail | None
    """None for the portfolio report."""
    board: Dashboard
    changes: list[EventRow]
    """The week's changes, newest first, at most ``SHOWN_CHANGES``."""
    hidden_changes: int
    more_than: bool
    """True when ``FETCHED_CHANGES`` were read and there may be more than counted."""
    places: dict[str, str]
    """History stream -> engagement code or client name, for the "where" column."""
    milestones: dict[str, str]
    """Milestone id -> "M3", for changes to milestones."""
    currencies: dict[str, str]
    """Engagement history stream -> the engagement's currency, for amounts in changes."""


def week_of(today: date) -> tuple[date, date]:
    """First and last day of the week that ends on ``today``."""
    return today - timedelta(days=WEEK_DAYS - 1), today


def read_status(db: Database, code: str | None, today: date) -> StatusData:
    """The figures and the week's changes, for one engagement (by code) or the portfolio."""
    first, last = week_of(today)
    since = datetime.combine(first, time(), UTC)
    until = datetime.combine(last + timedelta(days=1), time(), UTC)
    with db.reading() as session:
        detail = engagement_detail(session, code, today) if code is not None else None
        scope = detail.id if detail is not None else None
        board = dashboard(session, today, scope)
        fetched = changes_since(session, since, scope, limit=FETCHED_CHANGES)
        week = [e for e in fetched if _utc(e.at) < until]
        shown = week[:SHOWN_CHANGES]
        places: dict[str, str] = {}
        streams: dict[str, str] = {}
        currencies: dict[str, str] = {}
        for row in list_engagements(session):
            places[engagement_stream(row.id)] = row.code
            currencies[engagement_stream(row.id)] = row.currency
            places[client_stream(row.client_id)] = row.client_name
            streams[engagement_stream(row.id)] = row.id
        milestones: dict[str, str] = {}
        touched = {e.stream for e in shown if e.entity == "milestone" and e.stream in streams}
        for stream in sorted(touched):
            if detail is not None and streams[stream] == detail.id:
                rows = detail.milestones
            else:
                rows = engagement_detail(session, streams[stream], today).milestones
            milestones.update({m.id: f"M{m.position}" for m in rows})
    return StatusData(
        today=today,
        engagement=detail,
        board=board,
        changes=shown,
        hidden_changes=len(week) - len(shown),
        more_than=len(fetched) >= FETCHED_CHANGES,
        places=places,
        milestones=milestones,
        currencies=currencies,
    )


def _utc(at: datetime) -> datetime:
    return at.replace(tzinfo=UTC) if at.tzinfo is None else at
