"""Portfolio figures and indicators, aggregated in SQL.

Money figures count the milestones of *active and completed* engagements only: a draft
is not yet contracted and a cancelled engagement no longer is. Amounts are integer minor
units per currency; currencies are never added together."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import TypeVarTuple

from sqlalchemy import Boolean, ColumnElement, Select, case, func, literal_column, select
from sqlalchemy.orm import Session, aliased

from core.models import (
    Engagement,
    EngagementStatus,
    Idea,
    IdeaState,
    Milestone,
    MilestoneState,
    Outcome,
    ReviewRound,
)
from core.queries._sql import days_between, exact_sum, is_sqlite

S = MilestoneState
CONTRACTED_STATUSES = (EngagementStatus.ACTIVE.value, EngagementStatus.COMPLETED.value)
ACCEPTED_STATES = (S.ACCEPTED.value, S.SIGNED_OFF.value, S.INVOICED.value, S.PAID.value)
SIGNED_STATES = (S.SIGNED_OFF.value, S.INVOICED.value, S.PAID.value)
INVOICED_STATES = (S.INVOICED.value, S.PAID.value)
OPEN_STATES = (S.PLANNED.value, S.IN_PROGRESS.value, S.SUBMITTED.value, S.CHANGES_REQUESTED.value)

_Ts = TypeVarTuple("_Ts")


@dataclass(frozen=True, slots=True)
class Figures:
    currency: str
    contracted: int
    accepted: int
    signed: int
    invoiced: int
    paid: int
    outstanding: int


@dataclass(frozen=True, slots=True)
class DueCounts:
    """How many milestones :func:`due_and_overdue` finds, by how soon they fall due."""

    overdue: int = 0
    within_week: int = 0
    """Due today or in the next 7 days."""
    later: int = 0
    """Due in 8 days or more, up to the horizon."""

    @property
    def total(self) -> int:
        return self.overdue + self.within_week + self.later


def _in_scope(stmt: Select[*_Ts], engagement_id: str | None) -> Select[*_Ts]:
    stmt = stmt.join(Engagement, Engagement.id == Milestone.engagement_id).where(
        Engagement.status.in_(CONTRACTED_STATUSES)
    )
    if engagement_id is not None:
        stmt = stmt.where(Engagement.id == engagement_id)
    return stmt


def portfolio_figures(session: Session, engagement_id: str | None = None) -> list[Figures]:
    """Money figures per currency (sorted by currency), in one grouped query.

    - contracted: every milestone of active and completed engagements;
    - accepted: milestones accepted, signed off, invoiced or paid;
    - signed: milestones signed off, invoiced or paid;
    - invoiced: milestones invoiced or paid;
    - paid: milestones paid;
    - outstanding: invoiced minus paid, i.e. invoiced and awaiting payment.
    Draft and cancelled engagements are left out, so an ``engagement_id`` naming one gives
    an empty list. Without ``engagement_id`` the figures cover the whole portfolio.
    The sums are exact whatever their size (``core.queries._sql.ExactSum``)."""
    return figures_of(value_by_state(session, engagement_id))


def figures_of(by_state: dict[str, dict[str, int]]) -> list[Figures]:
    """The money figures per currency from the value of each milestone state
    (:func:`value_by_state`): the dashboard reads the milestones once for both."""

    def total(values: dict[str, int], states: tuple[str, ...]) -> int:
        return sum(values.get(state, 0) for state in states)

    figures = []
    for currency, values in sorted(by_state.items()):
        invoiced = total(values, INVOICED_STATES)
        paid = values.get(S.PAID.value, 0)
        figures.append(
            Figures(
                currency=currency,
                contracted=sum(values.values()),
                accepted=total(values, ACCEPTED_STATES),
                signed=total(values, SIGNED_STATES),
                invoiced=invoiced,
                paid=paid,
                outstanding=invoiced - paid,
            )
        )
    return figures


def value_by_state(session: Session, engagement_id: str | None = None) -> dict[str, dict[str, int]]:
    """currency -> milestone state -> value, for a chart; same scope as the figures.

    Every state appears for each currency present, in lifecycle order, 0 where empty.

    Summed one currency at a time, grouped by state alone: a portfolio has a few
    currencies, and grouping 200,000 milestones by state costs SQLite about half what
    grouping them by currency and state does (it sorts every row by the group's key)."""
    total = exact_sum(session, Milestone.amount_minor)
    currencies = (
        select(Engagement.currency).distinct().where(Engagement.status.in_(CONTRACTED_STATUSES))
    )
    if engagement_id is not None:
        currencies = currencies.where(Engagement.id == engagement_id)
    result: dict[str, dict[str, int]] = {}
    for currency in sorted(session.scalars(currencies)):
        stmt = (
            _in_scope(select(Milestone.state, *total.columns).select_from(Milestone), engagement_id)
            .where(Engagement.currency == currency)
            .group_by(Milestone.state)
        )
        rows = session.execute(stmt).all()
        if rows:  # a currency only of engagements without milestones is not shown
            by_state = result[currency] = {s.value: 0 for s in S}
            for state, *parts in rows:
                by_state[state] = total.value(parts)
    return result


@dataclass(frozen=True, slots=True)
class DueRow:
    milestone_id: str
    engagement_code: str
    position: int
    title: str
    due: date
    days: int
    """Days from today to the due date; negative when overdue."""
    amount_minor: int
    currency: str
    state: str
    engagement_id: str = ""


def _due_scope(
    session: Session,
    stmt: Select[*_Ts],
    due_on: ColumnElement[date],
    horizon: date,
    engagement_id: str | None,
    *,
    in_due_order: bool = False,
) -> Select[*_Ts]:
    """The not yet accepted milestones of active engagements that fall due by ``horizon``.

    ``in_due_order`` on SQLite, for a list cut at a limit: the planner, which has no
    statistics, is told that most milestones are open and most engagements active, so it
    reads the milestones in the order of the due-date index (schema revision 0003) and
    stops at the limit, instead of gathering every open milestone of every active
    engagement to sort them."""
    is_open: ColumnElement[bool] = Milestone.state.in_(OPEN_STATES)
    active: ColumnElement[bool] = Engagement.status == EngagementStatus.ACTIVE.value
    if in_due_order and is_sqlite(session):
        is_open = func.likelihood(is_open, literal_column("0.9"), type_=Boolean)
        active = Engagement.status.concat(literal_column("''")) == EngagementStatus.ACTIVE.value
    stmt = stmt.join(Engagement, Engagement.id == Milestone.engagement_id).where(
        active, is_open, due_on.is_not(None), due_on <= horizon
    )
    if engagement_id is not None:
        stmt = stmt.where(Engagement.id == engagement_id)
    return stmt


def due_and_overdue(
    session: Session,
    today: date,
    days: int = 14,
    engagement_id: str | None = None,
    *,
    limit: int | None = None,
    offset: int = 0,
) -> tuple[list[DueRow], list[DueRow]]:
    """(due within ``days`` days from today, overdue) among the not yet accepted milestones
    of active engagements, by forecast date (the baseline date if no forecast), earliest
    first. With ``limit``, only ``limit`` of them from position ``offset`` in that order
    (:func:`due_counts` counts them all)."""
    due_on = func.coalesce(Milestone.forecast_due, Milestone.baseline_due)
    stmt = _due_scope(
        session,
        select(
            Milestone.id,
            Engagement.code,
            Milestone.position,
            Milestone.title,
            due_on,
            Milestone.amount_minor,
            Engagement.currency,
            Milestone.state,
            Engagement.id,
        ),
        due_on,
        today + timedelta(days=days),
        engagement_id,
        in_due_order=limit is not None,
    ).order_by(due_on, Engagement.code, Milestone.position)
    if limit is not None:
        stmt = stmt.limit(max(0, limit)).offset(max(0, offset))
    due: list[DueRow] = []
    overdue: list[DueRow] = []
    for mid, code, position, title, when, amount, currency, state, eid in session.execute(stmt):
        row = DueRow(
            mid, code, position, title, when, (when - today).days, amount, currency, state, eid
        )
        (overdue if when < today else due).append(row)
    return due, overdue


def due_counts(
    session: Session, today: date, days: int = 14, engagement_id: str | None = None
) -> DueCounts:
    """The milestones :func:`due_and_overdue` lists, counted in SQL without reading them."""
    due_on = func.coalesce(Milestone.forecast_due, Milestone.baseline_due)
    week = today + timedelta(days=7)

    def counted(condition: ColumnElement[bool]) -> ColumnElement[int]:
        return func.coalesce(func.sum(case((condition, 1), else_=0)), 0)

    stmt = _due_scope(
        session,
        select(
            counted(due_on < today),
            counted((due_on >= today) & (due_on <= week)),
            counted(due_on > week),
        ).select_from(Milestone),
        due_on,
        today + timedelta(days=days),
        engagement_id,
    )
    overdue, within_week, later = session.execute(stmt).one()
    return DueCounts(int(overdue), int(within_week), int(later))


def first_pass_rate(session: Session, engagement_id: str | None = None) -> tuple[int, int]:
    """(milestones accepted in their first review round, milestones with at least one
    recorded round). Every recorded round is decided, so the second number counts the
    milestones that have been reviewed at all."""
    first_accepted = case(
        ((ReviewRound.number == 1) & (ReviewRound.outcome == Outcome.ACCEPTED.value), 1),
        else_=0,
    )
    stmt = select(
        func.coalesce(func.sum(first_accepted), 0),
        func.count(ReviewRound.milestone_id.distinct()),
    )
    if engagement_id is not None:
        stmt = stmt.join(Milestone, Milestone.id == ReviewRound.milestone_id).where(
            Milestone.engagement_id == engagement_id
        )
    else:
        stmt = stmt.select_from(ReviewRound)
    accepted, reviewed = session.execute(stmt).one()
    return int(accepted), int(reviewed)


def review_latency_days(session: Session, engagement_id: str | None = None) -> float | None:
    """Mean days from submission to the client's decision over review rounds (None when
    there is none). Deemed acceptances are left out: no client decided them."""
    latency = days_between(session, ReviewRound.submitted_on, ReviewRound.held_on)
    stmt = select(func.avg(latency)).where(ReviewRound.deemed.is_(False))
    if engagement_id is not None:
        stmt = stmt.join(Milestone, Milestone.id == ReviewRound.milestone_id).where(
            Milestone.engagement_id == engagement_id
        )
    else:
        stmt = stmt.select_from(ReviewRound)
    value = session.scalar(stmt)
    return None if value is None else float(value)


def review_indicators(
    session: Session, engagement_id: str | None = None
) -> tuple[tuple[int, int], float | None]:
    """:func:`first_pass_rate` and :func:`review_latency_days` read in one pass over the
    review rounds, as the dashboard shows them together."""
    first_accepted = case(
        ((ReviewRound.number == 1) & (ReviewRound.outcome == Outcome.ACCEPTED.value), 1),
        else_=0,
    )
    latency = days_between(session, ReviewRound.submitted_on, ReviewRound.held_on)
    reviewed: ColumnElement[int] = func.count(ReviewRound.milestone_id.distinct())
    if engagement_id is None:
        # Over the whole portfolio the distinct milestones are counted on their own, from
        # the index on milestone_id, in order: counted beside the other sums, every round
        # of the table scan would go through a temporary B-tree (about 40 % of the time).
        reviewed = select(reviewed).select_from(ReviewRound).correlate(None).scalar_subquery()
    stmt = select(
        func.coalesce(func.sum(first_accepted), 0),
        reviewed,
        func.avg(case((ReviewRound.deemed.is_(False), latency), else_=None)),
    )
    if engagement_id is not None:
        stmt = stmt.join(Milestone, Milestone.id == ReviewRound.milestone_id).where(
            Milestone.engagement_id == engagement_id
        )
    else:
        stmt = stmt.select_from(ReviewRound)
    accepted, reviewed_count, mean = session.execute(stmt).one()
    return (int(accepted), int(reviewed_count)), None if mean is None else float(mean)


def idea_counts(session: Session, engagement_id: str | None = None) -> dict[str, int]:
    """Ideas per state; every state is a key (0 when none)."""
    stmt = select(Idea.state, func.count()).group_by(Idea.state)
    if engagement_id is not None:
        stmt = stmt.where(Idea.engagement_id == engagement_id)
    counts = {state.value: 0 for state in IdeaState}
    for state, count in session.execute(stmt):
        counts[state] = int(count)
    return counts


@dataclass(frozen=True, slots=True)
class SpinoffRow:
    id: str
    code: str
    title: str
    parent_code: str
    status: str
    ideas: int
    contracted_minor: int
    """Sum of its milestones (a draft spin-off's proposed value)."""
    currency: str
    parent_id: str = ""


def spinoff_pipeline(session: Session, parent_id: str | None = None) -> list[SpinoffRow]:
    """Every spin-off engagement (all statuses), by parent code then code, with the number
    of ideas diverted into it and the value of its milestones. ``parent_id`` narrows the
    list to the spin-offs of one engagement."""
    parent = aliased(Engagement)
    ideas = (
        select(Idea.spinoff_id, func.count().label("n"))
        .where(Idea.spinoff_id.is_not(None))
        .group_by(Idea.spinoff_id)
        .subquery()
    )
    total = exact_sum(session, Milestone.amount_minor)
    totals = (
        select(
            Milestone.engagement_id,
            *(column.label(f"total_{n}") for n, column in enumerate(total.columns)),
        )
        .group_by(Milestone.engagement_id)
        .subquery()
    )
    stmt = (
        select(
            Engagement.id,
            Engagement.code,
            Engagement.title,
            parent.code,
            Engagement.status,
            ideas.c.n,
            Engagement.currency,
            parent.id,
            *(totals.c[f"total_{n}"] for n in range(len(total.columns))),
        )
        .join(parent, parent.id == Engagement.parent_id)
        .outerjoin(ideas, ideas.c.spinoff_id == Engagement.id)
        .outerjoin(totals, totals.c.engagement_id == Engagement.id)
        .order_by(parent.code, Engagement.code)
    )
    if parent_id is not None:
        stmt = stmt.where(Engagement.parent_id == parent_id)
    return [
        SpinoffRow(sid, code, title, pcode, status, int(n or 0), total.value(sums), cur, pid)
        for sid, code, title, pcode, status, n, cur, pid, *sums in session.execute(stmt)
    ]
