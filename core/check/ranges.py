"""Rules on stored values that must lie in a range: every date between ``core.dates.EARLIEST``
and ``core.dates.LATEST``, every milestone amount from 0 to ``core.money.MAX_MINOR``.

The services refuse anything else, so a value out of range came from outside them: a database
edited by hand, or one written before the range was enforced. Documents cannot be drawn
reliably from such values (a calendar event on 9999-12-31 would end in year 10000), so the
check names each one, with the engagement code and the milestone position where they apply.

Like every rule, :func:`out_of_range` reads the whole database, or only the engagements of a
scope (the records an import is about to add)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import TYPE_CHECKING, Any, TypeVarTuple

from sqlalchemy import ColumnElement, Select, and_, or_, select, true
from sqlalchemy.orm import Session

from core.check.problem import Problem, show_amount
from core.check.values import DATE_COLUMNS, readable_date, readable_int
from core.dates import EARLIEST, LATEST, RANGE_TEXT
from core.models import Engagement, Idea, Milestone, ReviewRound, SignOff
from core.money import MAX_MINOR

if TYPE_CHECKING:
    from core.check.scope import Scope

_Ts = TypeVarTuple("_Ts")


def out_of_range(session: Session, scope: Scope | None = None) -> list[Problem]:
    """Every stored date outside the accepted range and every amount above the largest one
    accepted, engagement by engagement."""
    problems = [
        Problem("dates", f"{where}: the {what} {day.isoformat()} is outside {RANGE_TEXT}")
        for where, what, day in _dates(session, scope)
    ]
    problems += _amounts(session, scope)
    return problems


def _outside(session: Session, column: Any) -> ColumnElement[bool]:
    """``column`` holds a date out of range (a value that is no date is left to
    ``core.check.values``)."""
    return and_(or_(column < EARLIEST, column > LATEST), readable_date(session, column))


def _within(engagement_id: Any, scope: Scope | None) -> ColumnElement[bool]:
    if scope is None:
        return true()
    result: ColumnElement[bool] = engagement_id.in_(scope.engagements)
    return result


def _dates(session: Session, scope: Scope | None) -> Iterator[tuple[str, str, date]]:
    """(where, which date, the date) of every stored date out of range."""
    yield from _engagement_dates(session, scope)
    yield from _milestone_dates(session, scope)
    yield from _review_dates(session, scope)
    yield from _signature_dates(session, scope)
    yield from _idea_dates(session, scope)


def _engagement_dates(session: Session, scope: Scope | None) -> Iterator[tuple[str, str, date]]:
    for what, column in DATE_COLUMNS["engagement"]:
        stmt = (
            select(Engagement.code, column)
            .where(_outside(session, column), _within(Engagement.id, scope))
            .order_by(Engagement.code)
        )
        for code, day in session.execute(stmt):
            yield code, what, day


def _milestone_dates(session: Session, scope: Scope | None) -> Iterator[tuple[str, str, date]]:
    for what, column in DATE_COLUMNS["milestone"]:
        stmt = _milestones(select(Engagement.code, Milestone.position, column), scope)
        for code, position, day in session.execute(stmt.where(_outside(session, column))):
            yield f"{code} milestone {position}", what, day


def _review_dates(session: Session, scope: Scope | None) -> Iterator[tuple[str, str, date]]:
    for what, column in DATE_COLUMNS["review round"]:
        stmt = _milestones(
            select(Engagement.code, Milestone.position, ReviewRound.number, column).join(
                ReviewRound, ReviewRound.milestone_id == Milestone.id
            ),
            scope,
        )
        stmt = stmt.where(_outside(session, column)).order_by(ReviewRound.number)
        for code, position, number, day in session.execute(stmt):
            yield f"{code} milestone {position}, review round {number}", what, day


def _signature_dates(session: Session, scope: Scope | None) -> Iterator[tuple[str, str, date]]:
    for what, column in DATE_COLUMNS["sign-off"]:
        stmt = _milestones(
            select(Engagement.code, Milestone.position, SignOff.document_id, column).join(
                SignOff, SignOff.milestone_id == Milestone.id
            ),
            scope,
        )
        for code, position, document, day in session.execute(stmt.where(_outside(session, column))):
            if day is not None:
                yield f"{code} milestone {position}, sign-off {document}", what, day


def _idea_dates(session: Session, scope: Scope | None) -> Iterator[tuple[str, str, date]]:
    for what, column in DATE_COLUMNS["idea"]:
        stmt = (
            select(Engagement.code, Idea.description, column)
            .join(Engagement, Engagement.id == Idea.engagement_id)
            .where(_outside(session, column), _within(Idea.engagement_id, scope))
            .order_by(Engagement.code, Idea.raised_on, Idea.id)
        )
        for code, description, day in session.execute(stmt):
            first = description.splitlines()[0][:60] if description else ""
            yield f"{code}: the idea '{first}'", what, day


def _milestones(stmt: Select[*_Ts], scope: Scope | None) -> Select[*_Ts]:
    """``stmt`` over milestones with their engagement, in code and position order."""
    return (
        stmt.select_from(Milestone)
        .join(Engagement, Engagement.id == Milestone.engagement_id)
        .where(_within(Milestone.engagement_id, scope))
        .order_by(Engagement.code, Milestone.position)
    )


def _amounts(session: Session, scope: Scope | None) -> list[Problem]:
    stmt = _milestones(
        select(Engagement.code, Milestone.position, Milestone.amount_minor, Engagement.currency),
        scope,
    ).where(Milestone.amount_minor > MAX_MINOR, readable_int(session, Milestone.amount_minor))
    return [
        Problem(
            "roadmap",
            f"{code} milestone {position}: the amount {show_amount(amount, currency)} is above "
            f"the largest accepted ({show_amount(MAX_MINOR, currency)})",
        )
        for code, position, amount, currency in session.execute(stmt)
    ]
