"""The dashboard: every figure and indicator in one record."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from core.queries.figures import (
    DueCounts,
    DueRow,
    Figures,
    SpinoffRow,
    due_and_overdue,
    due_counts,
    figures_of,
    idea_counts,
    review_indicators,
    spinoff_pipeline,
    value_by_state,
)
from core.queries.lookups import Choice
from core.schema_light import CLIENT, ENGAGEMENT

if TYPE_CHECKING:
    from core.db import Database

DUE_HORIZON_DAYS = 14


@dataclass(frozen=True, slots=True)
class Dashboard:
    figures: list[Figures] = field(hash=False)
    due: list[DueRow] = field(hash=False)
    overdue: list[DueRow] = field(hash=False)
    first_pass: tuple[int, int]
    latency_days: float | None
    ideas: dict[str, int] = field(hash=False)
    spinoffs: list[SpinoffRow] = field(hash=False)
    value_by_state: dict[str, dict[str, int]] = field(hash=False)
    due_counts: DueCounts = field(default_factory=DueCounts)
    """How many milestones are overdue and due, all of them: ``due`` and ``overdue`` list
    only the earliest when the dashboard was asked for a ``due_limit``."""
    scopes: list[Choice] | None = field(default=None, hash=False)
    """What the dashboard can be narrowed to, when asked for (:func:`read_dashboard`)."""


def dashboard(
    session: Session,
    today: date,
    engagement_id: str | None = None,
    *,
    due_limit: int | None = None,
    money: dict[str, dict[str, int]] | None = None,
) -> Dashboard:
    """The portfolio dashboard, or one engagement's when ``engagement_id`` is given (its
    spin-offs are then the ones diverted from it).

    ``due_limit`` keeps the due and overdue lists to that many milestones, the earliest
    first, and counts the rest in SQL (``due_counts``): a screen shows a few hundred, while
    a large portfolio can have tens of thousands overdue. The milestones are read once for
    the money figures and the chart, and the review rounds once for both indicators;
    ``money``, when given, is that reading of the milestones (:func:`value_by_state`), made
    elsewhere (:func:`read_dashboard` reads it beside the rest)."""
    due, overdue = due_and_overdue(session, today, DUE_HORIZON_DAYS, engagement_id, limit=due_limit)
    counts = (
        due_counts(session, today, DUE_HORIZON_DAYS, engagement_id)
        if due_limit is not None and len(due) + len(overdue) >= due_limit
        else _counted(due, overdue)
    )
    by_state = value_by_state(session, engagement_id) if money is None else money
    first_pass, latency = review_indicators(session, engagement_id)
    return Dashboard(
        figures=figures_of(by_state),
        due=due,
        overdue=overdue,
        first_pass=first_pass,
        latency_days=latency,
        ideas=idea_counts(session, engagement_id),
        spinoffs=spinoff_pipeline(session, parent_id=engagement_id),
        value_by_state=by_state,
        due_counts=counts,
    )


def _counted(due: list[DueRow], overdue: list[DueRow]) -> DueCounts:
    return DueCounts(
        overdue=len(overdue),
        within_week=sum(1 for r in due if r.days <= 7),
        later=sum(1 for r in due if r.days > 7),
    )


def read_dashboard(
    db: Database,
    today: date,
    engagement_id: str | None = None,
    *,
    due_limit: int | None = None,
    with_scopes: bool = False,
) -> Dashboard:
    """:func:`dashboard`, with the milestones' money (the longest read on a large portfolio)
    summed on a second connection, in a thread, while this one reads the rest: SQLite and
    PostgreSQL work on both at once. The two reads may see the database a moment apart;
    any change between them sends a refresh anyway (``core.changes``). Inside
    ``Database.one_transaction`` everything is read on its one connection.

    ``with_scopes`` also reads :func:`dashboard_scopes` into ``scopes``, on the same
    connection as the money, for a first showing."""
    if db._joined() is not None:  # a thread of its own would not see that transaction
        with db.reading() as session:
            board = dashboard(session, today, engagement_id, due_limit=due_limit)
            return replace(board, scopes=dashboard_scopes(session)) if with_scopes else board

    def read_money() -> tuple[dict[str, dict[str, int]], list[Choice] | None]:
        with db.reading() as session:
            money = value_by_state(session, engagement_id)
            return money, dashboard_scopes(session) if with_scopes else None

    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="dashboard") as pool:
        money = pool.submit(read_money)
        with db.reading() as session:
            # money={}: the milestones are not summed here; the thread's sums replace it
            rest = dashboard(session, today, engagement_id, due_limit=due_limit, money={})
        by_state, scopes = money.result()
    return replace(rest, figures=figures_of(by_state), value_by_state=by_state, scopes=scopes)


def dashboard_scopes(session: Session) -> list[Choice]:
    """What the dashboard can be narrowed to: every engagement as "code — title", in the
    engagement list's order (client name ignoring case, then code), without the list's
    milestone totals. Read as plain rows through ``core.schema_light``'s table clauses:
    through the ORM's statement layer, 10,000 engagements took about twice as long."""
    engagement, client = ENGAGEMENT, CLIENT
    stmt = select(engagement.c.id, engagement.c.code, engagement.c.title, client.c.name).join(
        client, client.c.id == engagement.c.client_id
    )
    rows = sorted(
        session.connection().execute(stmt).all(), key=lambda r: (r[3].casefold(), r[3], r[1])
    )
    return [Choice(eid, f"{code} — {title}") for eid, code, title, _ in rows]
