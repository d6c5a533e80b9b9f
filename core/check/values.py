"""Stored values of the wrong kind: a date that is not written YYYY-MM-DD, an amount or a
position that is not a whole number, a status the application does not know.

PostgreSQL's column types refuse the first two kinds, but SQLite keeps whatever it is given:
a tool that edits the file can leave '2026-2-1' in a date column, 200000.5 or '12,50' in an
amount. Reading such a value through the models fails (or, for 200000.5, silently drops
the half cent), so this rule reads them as SQLite stored them and names each one, and the
other rules leave those values to it (:func:`readable_date`, :func:`readable_int`; the
baseline rule reads them as stored and compares everything else) instead of crashing on
them. Unknown statuses and states are looked
for on both databases: their columns are plain text there too."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import ColumnElement, String, and_, func, not_, or_, select, true, type_coerce
from sqlalchemy.orm import Session

from core.check.problem import Problem
from core.check.scope import Scope, engagements_in
from core.messages import Message, msg
from core.models import (
    Engagement,
    EngagementStatus,
    Idea,
    IdeaState,
    Milestone,
    MilestoneState,
    ReviewRound,
    SignOff,
)

DATE_COLUMNS: dict[str, tuple[tuple[Message, Any], ...]] = {
    "engagement": (
        (msg("start date"), Engagement.start_date),
        (msg("target end date"), Engagement.target_end_date),
    ),
    "milestone": (
        (msg("due date"), Milestone.baseline_due),
        (msg("forecast"), Milestone.forecast_due),
        (msg("submission date"), Milestone.submitted_at),
    ),
    "review round": (
        (msg("submission date"), ReviewRound.submitted_on),
        (msg("review date"), ReviewRound.held_on),
    ),
    "sign-off": ((msg("signature date"), SignOff.signed_on),),
    "idea": (
        (msg("date raised"), Idea.raised_on),
        (msg("follow-up date"), Idea.follow_up),
    ),
}
"""Every stored date, by the record that holds it, with its name in the problems: the one
list this rule (a value that is no date) and ``core.check.ranges`` (a date out of range)
both go through. A test holds it to the Date columns of the models."""


def _sqlite(session: Session) -> bool:
    return session.connection().dialect.name == "sqlite"


def _raw(column: Any) -> Any:
    """``column`` as SQLite stored it (no conversion to date or int on the way out)."""
    return type_coerce(column, String())


def _bad_date(column: Any) -> ColumnElement[bool]:
    raw = _raw(column)
    # date(x, '+0 days') rewrites a real calendar day as itself and anything else differently
    # (2026-02-30 becomes 2026-03-02) or as NULL; year 0 is beyond Python's dates.
    well_formed = and_(
        func.typeof(column) == "text",
        func.coalesce(func.date(raw, "+0 days"), "") == raw,
        raw >= "0001-01-01",
    )
    return and_(column.is_not(None), not_(well_formed))


def _bad_int(column: Any) -> ColumnElement[bool]:
    return and_(column.is_not(None), func.typeof(column) != "integer")


def readable_date(session: Session, column: Any) -> ColumnElement[bool]:
    """``column`` (a date) holds a date or NULL: always so on PostgreSQL."""
    return not_(_bad_date(column)) if _sqlite(session) else true()


def readable_int(session: Session, column: Any) -> ColumnElement[bool]:
    """``column`` (an integer) holds a whole number or NULL: always so on PostgreSQL."""
    return not_(_bad_int(column)) if _sqlite(session) else true()


def shown(value: object) -> str:
    """A stored value as the problem quotes it: text in quotes, bytes in hex, numbers as
    they are (200000.5)."""
    if isinstance(value, str):
        return f"'{value}'"
    if isinstance(value, bytes):
        return f"x'{value.hex()}'"
    return repr(value) if isinstance(value, float) else str(value)


def malformed(session: Session, scope: Scope | None = None) -> list[Problem]:
    """The rule: every date, amount, position, status and state holds a value of its kind."""
    problems: list[Problem] = []
    if _sqlite(session):
        problems += _dates(session, scope)
        problems += _numbers(session, scope)
    problems += _statuses(session, scope)
    return problems


def _not_a_date(where: str, what: Message, value: object) -> Problem:
    return Problem(
        "dates",
        msg(
            "{where}: the {what} {value} is not a date written YYYY-MM-DD",
            where=where,
            what=what,
            value=shown(value),
        ),
    )


def _milestone(code: str, position: object) -> Message:
    return msg("{code} milestone {position}", code=code, position=position)


def _dates(session: Session, scope: Scope | None) -> Iterable[Problem]:
    in_scope = engagements_in(Engagement.id, scope)
    for what, column in DATE_COLUMNS["engagement"]:
        stmt = select(Engagement.code, _raw(column)).where(_bad_date(column), in_scope)
        for code, value in session.execute(stmt.order_by(Engagement.code)):
            yield _not_a_date(code, what, value)
    milestones = (
        select(Engagement.code, _raw(Milestone.position))
        .select_from(Milestone)
        .join(Engagement, Engagement.id == Milestone.engagement_id)
        .where(in_scope)
        .order_by(Engagement.code, Milestone.position)
    )
    for what, column in DATE_COLUMNS["milestone"]:
        stmt = milestones.add_columns(_raw(column)).where(_bad_date(column))
        for code, position, value in session.execute(stmt):
            yield _not_a_date(_milestone(code, position), what, value)
    for what, column in DATE_COLUMNS["review round"]:
        stmt = (
            milestones.add_columns(_raw(ReviewRound.number), _raw(column))
            .join(ReviewRound, ReviewRound.milestone_id == Milestone.id)
            .where(_bad_date(column))
        )
        for code, position, number, value in session.execute(stmt):
            where = msg(
                "{code} milestone {position}, review round {number}",
                code=code,
                position=position,
                number=number,
            )
            yield _not_a_date(where, what, value)
    for what, column in DATE_COLUMNS["sign-off"]:
        stmt = (
            milestones.add_columns(SignOff.document_id, _raw(column))
            .join(SignOff, SignOff.milestone_id == Milestone.id)
            .where(_bad_date(column))
        )
        for code, position, document, value in session.execute(stmt):
            where = msg(
                "{code} milestone {position}, sign-off {document}",
                code=code,
                position=position,
                document=document,
            )
            yield _not_a_date(where, what, value)
    for what, column in DATE_COLUMNS["idea"]:
        stmt = (
            select(Engagement.code, Idea.description, _raw(column))
            .join(Engagement, Engagement.id == Idea.engagement_id)
            .where(_bad_date(column), engagements_in(Idea.engagement_id, scope))
            .order_by(Engagement.code, Idea.id)
        )
        for code, description, value in session.execute(stmt):
            yield _not_a_date(_idea(code, description), what, value)


def _idea(code: str, description: object) -> Message:
    first = description.splitlines()[0][:60] if isinstance(description, str) else ""
    return msg("{code}: the idea '{idea}'", code=code, idea=first)


def _numbers(session: Session, scope: Scope | None) -> Iterable[Problem]:
    base = (
        select(Engagement.code, Milestone.title, _raw(Milestone.position))
        .select_from(Milestone)
        .join(Engagement, Engagement.id == Milestone.engagement_id)
        .where(engagements_in(Milestone.engagement_id, scope))
        .order_by(Engagement.code, Milestone.position)
    )
    for code, title, position in session.execute(base.where(_bad_int(Milestone.position))):
        yield Problem(
            "roadmap",
            msg(
                "{code}: the position of the milestone '{title}' is not a whole number: {value}",
                code=code,
                title=title,
                value=shown(position),
            ),
        )
    stmt = (
        base.add_columns(_raw(ReviewRound.number))
        .join(ReviewRound, ReviewRound.milestone_id == Milestone.id)
        .where(_bad_int(ReviewRound.number))
    )
    for code, _title, position, number in session.execute(stmt):
        yield Problem(
            "roadmap",
            msg(
                "{where}: the number of a review round is not a whole number: {value}",
                where=_milestone(code, position),
                value=shown(number),
            ),
        )
    stmt = base.add_columns(_raw(Milestone.amount_minor)).where(_bad_int(Milestone.amount_minor))
    for code, _title, position, amount in session.execute(stmt):
        yield Problem(
            "roadmap",
            msg(
                "{where}: the amount {value} is not a whole number of cents",
                where=_milestone(code, position),
                value=shown(amount),
            ),
        )


def _statuses(session: Session, scope: Scope | None) -> Iterable[Problem]:
    known = [s.value for s in EngagementStatus]
    stmt = (
        select(Engagement.code, _raw(Engagement.status))
        .where(_unknown(Engagement.status, known), engagements_in(Engagement.id, scope))
        .order_by(Engagement.code)
    )
    for code, status in session.execute(stmt):
        yield Problem(
            "status",
            msg(
                "{code}: the status {value} is not one the application knows",
                code=code,
                value=shown(status),
            ),
        )
    stmt = (
        select(Engagement.code, _raw(Milestone.position), _raw(Milestone.state))
        .select_from(Milestone)
        .join(Engagement, Engagement.id == Milestone.engagement_id)
        .where(
            _unknown(Milestone.state, [s.value for s in MilestoneState]),
            engagements_in(Milestone.engagement_id, scope),
        )
        .order_by(Engagement.code, Milestone.position)
    )
    for code, position, state in session.execute(stmt):
        yield Problem(
            "status",
            msg(
                "{where}: the state {value} is not one the application knows",
                where=_milestone(code, position),
                value=shown(state),
            ),
        )
    stmt = (
        select(Engagement.code, Idea.description, _raw(Idea.state))
        .join(Engagement, Engagement.id == Idea.engagement_id)
        .where(
            _unknown(Idea.state, [s.value for s in IdeaState]),
            engagements_in(Idea.engagement_id, scope),
        )
        .order_by(Engagement.code, Idea.id)
    )
    for code, description, state in session.execute(stmt):
        yield Problem(
            "ideas",
            msg(
                "{where}: the state {value} is not one the application knows",
                where=_idea(code, description),
                value=shown(state),
            ),
        )


def _unknown(column: Any, known: list[str]) -> ColumnElement[bool]:
    # A NULL is no status either; NOT IN alone would pass it over.
    return or_(column.is_(None), column.not_in(known))
