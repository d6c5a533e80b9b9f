"""Small reads behind the desktop's forms and dialogs: the choices of a pick list, where a
milestone is, and the terms an edit starts from (what its undo step restores)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session, joinedload, selectinload

from core.errors import NotFoundError
from core.messages import msg
from core.models import Client, Engagement, Milestone, ReviewTemplate


@dataclass(frozen=True, slots=True)
class Choice:
    """One entry of a pick list: the id stored and the name shown."""

    id: str
    name: str


def client_choices(session: Session) -> list[Choice]:
    """Every client, by name."""
    rows = session.execute(select(Client.id, Client.name).order_by(Client.name))
    return [Choice(cid, name) for cid, name in rows]


def template_choices(session: Session) -> list[Choice]:
    """Every review template, by name."""
    rows = session.execute(
        select(ReviewTemplate.id, ReviewTemplate.name).order_by(ReviewTemplate.name)
    )
    return [Choice(tid, name) for tid, name in rows]


@dataclass(frozen=True, slots=True)
class MilestoneRef:
    """A milestone, placed: its engagement, position, title, state and version."""

    id: str
    engagement_id: str
    engagement_code: str
    position: int
    title: str
    state: str
    version: int
    engagement_status: str = ""

    @property
    def code(self) -> str:
        """The engagement's code (``core.lifecycle`` reads a milestone's place by it)."""
        return self.engagement_code


def milestone_ref(session: Session, milestone_id: str) -> MilestoneRef | None:
    """The milestone ``milestone_id``, or None when there is no such milestone (any more)."""
    m = session.get(Milestone, milestone_id, options=[joinedload(Milestone.engagement)])
    if m is None:
        return None
    return MilestoneRef(
        id=m.id,
        engagement_id=m.engagement_id,
        engagement_code=m.engagement.code,
        position=m.position,
        title=m.title,
        state=m.state,
        version=m.version,
        engagement_status=m.engagement.status,
    )


@dataclass(frozen=True, slots=True)
class MilestoneTermsRow:
    """What a user edits on a draft milestone, as stored, and where the milestone is."""

    title: str
    deliverables: str
    amount_minor: int
    baseline_due: date | None
    criteria: tuple[tuple[str, str], ...]
    """(text, target) of each acceptance criterion, in order."""
    position: int


def milestone_terms(session: Session, milestone_id: str) -> MilestoneTermsRow:
    """The stored terms of a milestone; refused when it no longer exists."""
    m = session.get(Milestone, milestone_id, options=[selectinload(Milestone.criteria)])
    if m is None:
        raise NotFoundError(msg("that milestone no longer exists; reload the engagement"))
    return MilestoneTermsRow(
        title=m.title,
        deliverables=m.deliverables,
        amount_minor=m.amount_minor,
        baseline_due=m.baseline_due,
        criteria=tuple((c.text, c.target) for c in m.criteria),
        position=m.position,
    )


@dataclass(frozen=True, slots=True)
class EngagementTermsRow:
    """The terms of an engagement its edit dialog changes, as stored."""

    title: str
    start_date: date
    target_end_date: date
    language: str
    objectives: tuple[tuple[str, str], ...]
    """(text, measure) of each written objective, in order."""
    deemed_acceptance_days: int | None


def engagement_terms(session: Session, engagement_id: str) -> EngagementTermsRow:
    """The stored terms of an engagement; refused when it no longer exists."""
    e = session.get(Engagement, engagement_id, options=[selectinload(Engagement.objectives)])
    if e is None:
        raise NotFoundError(msg("that engagement no longer exists"))
    return EngagementTermsRow(
        title=e.title,
        start_date=e.start_date,
        target_end_date=e.target_end_date,
        language=e.language,
        objectives=tuple((o.text, o.measure) for o in e.objectives),
        deemed_acceptance_days=e.deemed_acceptance_days,
    )
