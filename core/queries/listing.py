"""The engagement list: what the sidebar, the dashboard and ``scopekeeper list`` show.

The desktop app paints this list in its first frame, so the query is written against
lightweight table clauses (``core.schema_light``) rather than the ORM models: the first
frame does not wait for the 18 mapped classes to be declared (some 25 ms)."""

from __future__ import annotations

from typing import Any, NamedTuple

from sqlalchemy import func, select
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from core.queries._sql import ExactSum, exact_sum, is_sqlite, matches_any
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


class EngagementLine(NamedTuple):
    """An engagement as ``scopekeeper list`` prints it: :class:`EngagementRow` without the
    ids and version nothing in a terminal shows. Turning those three ids (and the version)
    of 10,000 engagements into Python objects was some 5 ms of the command."""

    code: str
    title: str
    client_name: str
    status: str
    currency: str
    parent_code: str | None
    milestones: int
    contracted_minor: int


def list_engagements(session: Session, *, text_filter: str = "") -> list[EngagementRow]:
    """Every engagement with its milestone count and total, in one query.

    Ordered by client name (ignoring case), then code. ``text_filter`` keeps the rows whose
    code, title or client name contains it, ignoring case.

    On SQLite the totals are first summed with the plain ``SUM``, the cheaper one (about a
    fifth of the query's time at 200,000 milestones); only if one of them passes 64 bits,
    which SQLite refuses with "integer overflow", is the list read again with the exact sum
    (``core.queries._sql.exact_sum``). An engagement's total stays below 2**63 as long as it
    keeps to the roadmap's limits (1,000 milestones of at most 10**15), so the second read is
    for a database filled by other means."""
    return _listing(session, text_filter, EngagementRow)


def list_engagement_lines(session: Session, *, text_filter: str = "") -> list[EngagementLine]:
    """The engagements, figures and order of :func:`list_engagements`, without the ids and
    version: what ``scopekeeper list`` prints."""
    return _listing(session, text_filter, EngagementLine)


def _listing(session: Session, text_filter: str, shape: Any) -> list[Any]:
    """The rows as ``shape`` (:class:`EngagementRow` or :class:`EngagementLine`)."""
    needle = search_needle(text_filter)
    if is_sqlite(session):
        try:
            plain = ExactSum((func.sum(MILESTONE.c.amount_minor),))
            return _listed(session, needle, plain, shape)
        except OperationalError as exc:
            if "integer overflow" not in str(exc.orig):
                raise
    return _listed(session, needle, exact_sum(session, MILESTONE.c.amount_minor), shape)


def _listed(session: Session, needle: str, total: ExactSum, shape: Any) -> list[Any]:
    engagement, milestone, client = ENGAGEMENT, MILESTONE, CLIENT
    parent = engagement.alias("parent")
    sums = [column.label(f"total_{n}") for n, column in enumerate(total.columns)]
    totals = select(milestone.c.engagement_id, func.count().label("count"), *sums).group_by(
        milestone.c.engagement_id
    )
    shown = None
    if needle:
        # The filter is evaluated once, into the ids of the matching engagements, which both
        # pick the rows and limit the sums to their milestones (not every milestone).
        shown = (
            select(engagement.c.id)
            .join(client, client.c.id == engagement.c.client_id)
            .where(
                matches_any(session, needle, engagement.c.code, engagement.c.title, client.c.name)
            )
            .cte("shown")
        )
        totals = totals.where(milestone.c.engagement_id.in_(select(shown.c.id)))
    summed = totals.subquery()
    # The columns in the order of the shape's fields, so that a row read from SQLite (whose
    # plain SUM gives a Python int) is the named tuple's fields as they are.
    ids = shape is EngagementRow
    columns = [
        *((engagement.c.id,) if ids else ()),
        engagement.c.code,
        engagement.c.title,
        *((engagement.c.client_id,) if ids else ()),
        client.c.name,
        engagement.c.status,
        engagement.c.currency,
        *((engagement.c.parent_id,) if ids else ()),
        parent.c.code,
        func.coalesce(summed.c.count, 0),
    ]
    head = len(columns)  # the columns before the sums
    columns += [func.coalesce(summed.c[s.name], 0) for s in sums]
    after = [engagement.c.version] if ids else []
    stmt = (
        select(*columns, *after)
        .join(client, client.c.id == engagement.c.client_id)
        .outerjoin(parent, parent.c.id == engagement.c.parent_id)
        .outerjoin(summed, summed.c.engagement_id == engagement.c.id)
    )
    if shown is not None:
        stmt = stmt.where(engagement.c.id.in_(select(shown.c.id)))
    result = session.execute(stmt).all()
    if len(total.columns) == 1 and is_sqlite(session):
        rows = list(map(shape._make, result))
    else:  # PostgreSQL's sums are decimals; the exact sum of SQLite comes in two halves
        end = len(columns)
        rows = [shape(*r[:head], total.value(r[head:end]), *r[end:]) for r in result]
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
