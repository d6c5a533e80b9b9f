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
    Dashboard,
    EngagementDetail,
    EventRow,
    changes_since,
    count_changes,
    dashboard,
    engagement_detail,
    list_engagements,
    milestone_positions,
)

WEEK_DAYS = 7
SHOWN_CHANGES = 200
"""The newest changes listed; older ones of the week are counted, not listed."""


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
        shown = changes_since(session, since, scope, limit=SHOWN_CHANGES, until=until)
        hidden = count_changes(session, since, until, scope) - len(shown)
        places: dict[str, str] = {}
        currencies: dict[str, str] = {}
        for row in list_engagements(session):
            places[engagement_stream(row.id)] = row.code
            currencies[engagement_stream(row.id)] = row.currency
            places[client_stream(row.client_id)] = row.client_name
        touched = (e.entity_id for e in shown if e.entity == "milestone")
        milestones = {mid: f"M{n}" for mid, n in milestone_positions(session, touched).items()}
    return StatusData(
        today=today,
        engagement=detail,
        board=board,
        changes=shown,
        hidden_changes=hidden,
        places=places,
        milestones=milestones,
        currencies=currencies,
    )
