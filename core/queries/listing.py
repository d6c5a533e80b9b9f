"""The engagement list: what the sidebar, the dashboard and ``scopekeeper list`` show.

The desktop app paints this list in its first frame, so the query is written against
lightweight table clauses (``core.schema_light``) rather than the ORM models: the first
frame does not wait for the 18 mapped classes to be declared (some 25 ms)."""

from __future__ import annotations

from typing import NamedTuple

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from core.queries._sql import exact_sum, matches_any
from core.schema_light import CLIENT, ENGAGEMENT, MILESTONE
from core.text import search_needle


class EngagementRow(NamedTuple):
    """An engagement as the list shows it. A named tuple: ``scopekeeper list`` makes one for
    every engagement, and a frozen dataclass of twelve fields cost a microsecond more each."""

    id: str
    code: str
    title: str
    client_id: str
    client_name: str
    status: str
    currency: str
    parent_id: str | None
    parent_code: str | None
    milestones: int
    contracted_minor: int
    version: int


def list_engagements(session: Session, *, text_filter: str = "") -> list[EngagementRow]:
    """Every engagement with its milestone count and total, in one query.

    Ordered by client name (ignoring case), then code. ``text_filter`` keeps the rows whose
    code, title or client name contains it, ignoring case."""
    engagement, milestone, client = ENGAGEMENT, MILESTONE, CLIENT
    total = exact_sum(session, milestone.c.amount_minor)
    parent = engagement.alias("parent")
    stmt = (
        select(
            engagement.c.id,
            engagement.c.code,
            engagement.c.title,
            engagement.c.client_id,
            client.c.name,
            engagement.c.status,
            engagement.c.currency,
            engagement.c.parent_id,
            parent.c.code,
            engagement.c.version,
        )
        .join(client, client.c.id == engagement.c.client_id)
        .outerjoin(parent, parent.c.id == engagement.c.parent_id)
    )
    sums = [column.label(f"total_{n}") for n, column in enumerate(total.columns)]
    totals = select(milestone.c.engagement_id, func.count().label("count"), *sums).group_by(
        milestone.c.engagement_id
    )
    needle = search_needle(text_filter)
    if needle:
        # The milestones of the engagements that match are summed, not every milestone.
        matching = matches_any(
            session, needle, engagement.c.code, engagement.c.title, client.c.name
        )
        stmt = stmt.where(matching)
        totals = totals.where(
            milestone.c.engagement_id.in_(
                select(engagement.c.id)
                .join(client, client.c.id == engagement.c.client_id)
                .where(matching)
            )
        )
    summed = totals.subquery()
    joined = stmt.add_columns(summed.c.count, *(summed.c[s.name] for s in sums)).outerjoin(
        summed, summed.c.engagement_id == engagement.c.id
    )
    rows = [
        EngagementRow(
            id=r[0],
            code=r[1],
            title=r[2],
            client_id=r[3],
            client_name=r[4],
            status=r[5],
            currency=r[6],
            parent_id=r[7],
            parent_code=r[8],
            version=r[9],
            milestones=int(r[10] or 0),
            contracted_minor=total.value(r[11:]),
        )
        for r in session.execute(joined).all()
    ]
    # Sorted here rather than in SQL so SQLite and PostgreSQL (whose collations differ)
    # list the same engagements in the same order.
    rows.sort(key=lambda row: (row.client_name.casefold(), row.client_name, row.code))
    return rows


class EngagementName(NamedTuple):
    """What names an engagement in a list: no milestone figures. A named tuple, made
    straight from each row: the first frame builds one for every engagement."""

    id: str
    code: str
    title: str
    client_id: str
    client_name: str
    status: str
    parent_id: str | None


def list_engagement_names(session: Session, *, text_filter: str = "") -> list[EngagementName]:
    """The engagements :func:`list_engagements` lists, in the same order, without their
    milestone count and total: what the sidebar shows in the first frame. Summing the
    milestones reads every milestone row, which grows with the portfolio; this reads the
    engagements and their clients only."""
    engagement, client = ENGAGEMENT, CLIENT
    stmt = select(
        engagement.c.id,
        engagement.c.code,
        engagement.c.title,
        engagement.c.client_id,
        client.c.name,
        engagement.c.status,
        engagement.c.parent_id,
    ).join(client, client.c.id == engagement.c.client_id)
    needle = search_needle(text_filter)
    if needle:
        stmt = stmt.where(
            matches_any(session, needle, engagement.c.code, engagement.c.title, client.c.name)
        )
    rows = list(map(EngagementName._make, session.execute(stmt).all()))
    rows.sort(key=lambda row: (row.client_name.casefold(), row.client_name, row.code))
    return rows
