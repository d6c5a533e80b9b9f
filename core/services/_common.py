"""Lookups and record views shared by the services."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from core.deemed import deemed_due
from core.errors import NotFoundError, StaleEditError
from core.history import engagement_stream
from core.lifecycle import (
    Action,
    Permission,
    engagement_table,
    milestone_facts,
    milestone_table,
    move_permission,
)
from core.messages import msg
from core.models import (
    Client,
    Engagement,
    EngagementStatus,
    Idea,
    Milestone,
    MilestoneState,
    ReviewTemplate,
)
from core.text import code_key

if TYPE_CHECKING:
    from core.uow import UnitOfWork


def get_engagement(session: Session, key: str, *, lock: bool = False) -> Engagement:
    """By id or by code (codes are what people type)."""
    stmt = select(Engagement).where((Engagement.id == key) | (Engagement.code == code_key(key)))
    if lock:
        stmt = stmt.with_for_update()
    engagement = session.scalars(stmt).first()
    if engagement is None:
        raise NotFoundError(msg("there is no engagement '{key}'", key=key))
    return engagement


def get_milestone(session: Session, milestone_id: str) -> Milestone:
    milestone = session.get(Milestone, milestone_id)
    if milestone is None:
        raise NotFoundError(msg("that milestone no longer exists; reload the engagement"))
    return milestone


def milestone_at(session: Session, engagement: Engagement, position: int) -> Milestone:
    for milestone in engagement.milestones:
        if milestone.position == position:
            return milestone
    raise NotFoundError(
        msg(
            "{code} has no milestone {position} (it has {count})",
            code=engagement.code,
            position=position,
            count=len(engagement.milestones),
        )
    )


def get_client(session: Session, key: str) -> Client:
    client = session.get(Client, key)
    if client is None:
        client = session.scalars(select(Client).where(Client.name == key)).first()
    if client is None:
        raise NotFoundError(msg("there is no client '{key}'", key=key))
    return client


def get_idea(session: Session, idea_id: str) -> Idea:
    idea = session.get(Idea, idea_id)
    if idea is None:
        raise NotFoundError(msg("that idea no longer exists; reload the backlog"))
    return idea


def get_template(session: Session, key: str) -> ReviewTemplate:
    template = session.get(ReviewTemplate, key)
    if template is None:
        template = session.scalars(select(ReviewTemplate).where(ReviewTemplate.name == key)).first()
    if template is None:
        raise NotFoundError(msg("there is no review template '{key}'", key=key))
    return template


def check_version(current: int, expected: int | None, what: str) -> None:
    """Refuse an edit made on a stale copy instead of overwriting someone else's change."""
    if expected is not None and expected != current:
        raise StaleEditError(
            msg(
                "{what} was changed by someone else since you opened it; "
                "reload to see their change, then try again",
                what=what,
            )
        )


def milestone_rules(milestone: Milestone, today: date | None = None) -> dict[Action, Permission]:
    """What may happen to ``milestone`` now (``core.lifecycle``); ``today`` decides whether a
    deemed acceptance is due."""
    engagement = milestone.engagement
    due = today is not None and deemed_due(milestone, engagement.deemed_acceptance_days, today)
    return milestone_table(engagement, milestone, due)


def engagement_rules(engagement: Engagement) -> dict[Action, Permission]:
    """What may happen to ``engagement`` now (``core.lifecycle``)."""
    return engagement_table(engagement, list(engagement.milestones))


def require(rules: dict[Action, Permission], action: Action) -> None:
    """Refuse ``action`` with the table's reason unless it is allowed."""
    rules[action].require()


def move_milestone(milestone: Milestone, target: MilestoneState) -> str:
    """Move ``milestone`` to ``target`` if the state machine allows it; returns the state it
    left. The caller writes the history event that says why it moved."""
    before = milestone.state
    move_permission(milestone_facts(milestone.engagement, milestone), target).require()
    milestone.state = MilestoneState(target).value
    return before


def complete_engagement(uow: UnitOfWork, engagement: Engagement, how: str) -> None:
    """Mark ``engagement`` completed (every milestone paid, or closed with all accepted)."""
    before = engagement.status
    engagement.status = EngagementStatus.COMPLETED.value
    uow.event(
        engagement_stream(engagement.id),
        "engagement",
        engagement.id,
        "completed",
        {"status": before},
        {"status": "completed", "how": how},
    )
    uow.changes.engagements.add(engagement.id)


def iso(value: date | None) -> str | None:
    return value.isoformat() if value is not None else None


def milestone_view(m: Milestone) -> dict[str, Any]:
    """A milestone as it appears in history events and snapshots."""
    return {
        "position": m.position,
        "title": m.title,
        "deliverables": m.deliverables,
        "amount_minor": m.amount_minor,
        "baseline_due": iso(m.baseline_due),
        "forecast_due": iso(m.forecast_due),
        "template": m.template_name,
        "state": m.state,
        "criteria": [{"text": c.text, "target": c.target} for c in m.criteria],
        "checklist": [item.text for item in m.checklist],
    }


def engagement_view(e: Engagement) -> dict[str, Any]:
    return {
        "code": e.code,
        "title": e.title,
        "client_id": e.client_id,
        "currency": e.currency,
        "start_date": iso(e.start_date),
        "target_end_date": iso(e.target_end_date),
        "language": e.language,
        "deemed_acceptance_days": e.deemed_acceptance_days,
        "parent_id": e.parent_id,
        "status": e.status,
        "objectives": [{"text": o.text, "measure": o.measure} for o in e.objectives],
    }


def renumber(session: Session, milestones: list[Milestone]) -> None:
    """Give milestones positions 1..n in list order.

    Positions are unique per engagement and checked per statement, so moving through
    temporary negative positions (flushed) avoids a collision half-way."""
    for index, milestone in enumerate(milestones, start=1):
        milestone.position = -index
    session.flush()
    for index, milestone in enumerate(milestones, start=1):
        milestone.position = index
