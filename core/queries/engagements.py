"""Engagement lists and the full detail of one engagement, as frozen records."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session, aliased, joinedload, selectinload

from core.deemed import deemed_due
from core.errors import NotFoundError
from core.models import (
    QUALIFICATION_FIELDS,
    Client,
    Engagement,
    Idea,
    IdeaState,
    Milestone,
    ReviewRound,
    SignOff,
)
from core.text import CODE_MAX, code_key


def milestone_positions(session: Session, milestone_ids: Iterable[str]) -> dict[str, int]:
    """Milestone id -> position, for the ids that still exist."""
    ids = sorted(set(milestone_ids))
    if not ids:
        return {}
    table = Milestone.__table__.c
    rows = session.execute(select(table.id, table.position).where(table.id.in_(ids)))
    return {str(mid): int(position) for mid, position in rows}


def next_spinoff_code(session: Session, parent_code: str) -> str:
    """The first free ``<parent>-S<n>`` code for a spin-off of ``parent_code`` (the parent
    part shortened when the whole would pass the code length limit)."""
    n = 1
    while True:
        suffix = f"-S{n}"
        code = parent_code[: CODE_MAX - len(suffix)].rstrip("-") + suffix
        taken = session.scalar(
            select(Engagement.__table__.c.id).where(Engagement.__table__.c.code == code)
        )
        if taken is None:
            return code
        n += 1


@dataclass(frozen=True, slots=True)
class CriterionRow:
    id: str
    position: int
    text: str
    target: str


@dataclass(frozen=True, slots=True)
class MilestoneRow:
    id: str
    position: int
    title: str
    deliverables: str
    amount_minor: int
    baseline_due: date | None
    forecast_due: date | None
    variance_days: int | None
    """Forecast minus baseline, in days (positive = late); None until both are set."""
    state: str
    template_name: str
    criteria: tuple[CriterionRow, ...]
    checklist: tuple[str, ...]
    rounds: int
    last_outcome: str | None
    deemed_acceptance_due: bool
    """Submitted and past the deemed-acceptance period: show "deemed accepted — confirm"."""
    signoff_document_id: str | None
    signature_method: str
    """"" until a signed copy is recorded."""
    version: int
    submitted_at: date | None = None


@dataclass(frozen=True, slots=True)
class ContactRow:
    id: str
    name: str
    role: str
    email: str
    signatory: bool


@dataclass(frozen=True, slots=True)
class IdeaRow:
    id: str
    engagement_id: str
    raised_on: date
    raised_by: str
    source: str
    description: str
    priority: str
    state: str
    follow_up: date | None
    follow_up_due: bool
    """A captured idea whose follow-up date is today or past."""
    spinoff_id: str | None
    spinoff_code: str | None
    review_round_id: str | None
    qualification: dict[str, str] = field(hash=False)
    """Every qualification field (goals, plans, ...), "" where not filled in."""
    version: int


@dataclass(frozen=True, slots=True)
class EngagementDetail:
    id: str
    code: str
    title: str
    client_id: str
    client_name: str
    client_address: str
    contacts: tuple[ContactRow, ...]
    status: str
    currency: str
    language: str
    start_date: date
    target_end_date: date
    deemed_acceptance_days: int | None
    parent_id: str | None
    parent_code: str | None
    objectives: tuple[tuple[str, str], ...]
    """(text, measure) in order."""
    milestones: tuple[MilestoneRow, ...]
    contracted_minor: int
    baseline_fingerprint: str | None
    baseline_at: datetime | None
    ideas: tuple[IdeaRow, ...]
    spinoffs: tuple[tuple[str, str, str], ...]
    """(id, code, status) of the engagements spun off from this one."""
    version: int


def _load_engagement(session: Session, key: str) -> Engagement:
    stmt = (
        select(Engagement)
        .where(or_(Engagement.id == key, Engagement.code == code_key(key)))
        .options(
            joinedload(Engagement.client).selectinload(Client.contacts),
            selectinload(Engagement.objectives),
            selectinload(Engagement.baselines),
            selectinload(Engagement.milestones).selectinload(Milestone.criteria),
            selectinload(Engagement.milestones).selectinload(Milestone.checklist),
        )
    )
    engagement = session.scalars(stmt).first()
    if engagement is None:
        raise NotFoundError(f"there is no engagement '{key}'")
    return engagement


def _round_summary(session: Session, engagement_id: str) -> dict[str, tuple[int, str]]:
    """milestone id -> (number of rounds, outcome of the last one)."""
    counts = (
        select(
            ReviewRound.milestone_id,
            func.count().label("rounds"),
            func.max(ReviewRound.number).label("last"),
        )
        .join(Milestone, Milestone.id == ReviewRound.milestone_id)
        .where(Milestone.engagement_id == engagement_id)
        .group_by(ReviewRound.milestone_id)
        .subquery()
    )
    stmt = select(counts.c.milestone_id, counts.c.rounds, ReviewRound.outcome).join(
        ReviewRound,
        and_(
            ReviewRound.milestone_id == counts.c.milestone_id,
            ReviewRound.number == counts.c.last,
        ),
    )
    return {mid: (int(n), outcome) for mid, n, outcome in session.execute(stmt)}


def _signoffs(session: Session, engagement_id: str) -> dict[str, tuple[str, str]]:
    """milestone id -> (document id, signature method)."""
    stmt = (
        select(SignOff.milestone_id, SignOff.document_id, SignOff.signature_method)
        .join(Milestone, Milestone.id == SignOff.milestone_id)
        .where(Milestone.engagement_id == engagement_id)
    )
    return {mid: (doc, method) for mid, doc, method in session.execute(stmt)}


def _milestone_row(
    m: Milestone,
    deemed_days: int | None,
    today: date,
    rounds: tuple[int, str] | None,
    signoff: tuple[str, str] | None,
) -> MilestoneRow:
    variance = None
    if m.baseline_due is not None and m.forecast_due is not None:
        variance = (m.forecast_due - m.baseline_due).days
    return MilestoneRow(
        id=m.id,
        position=m.position,
        title=m.title,
        deliverables=m.deliverables,
        amount_minor=m.amount_minor,
        baseline_due=m.baseline_due,
        forecast_due=m.forecast_due,
        variance_days=variance,
        state=m.state,
        template_name=m.template_name,
        criteria=tuple(CriterionRow(c.id, c.position, c.text, c.target) for c in m.criteria),
        checklist=tuple(item.text for item in m.checklist),
        rounds=rounds[0] if rounds else 0,
        last_outcome=rounds[1] if rounds else None,
        deemed_acceptance_due=deemed_due(m, deemed_days, today),
        signoff_document_id=signoff[0] if signoff else None,
        signature_method=signoff[1] if signoff else "",
        version=m.version,
        submitted_at=m.submitted_at,
    )


def idea_rows(session: Session, engagement_id: str, today: date) -> tuple[IdeaRow, ...]:
    """The ideas raised in an engagement, oldest first."""
    spinoff = aliased(Engagement)
    stmt = (
        select(Idea, spinoff.code)
        .outerjoin(spinoff, spinoff.id == Idea.spinoff_id)
        .where(Idea.engagement_id == engagement_id)
        .order_by(Idea.raised_on, Idea.description, Idea.id)
    )
    return tuple(
        IdeaRow(
            id=i.id,
            engagement_id=i.engagement_id,
            raised_on=i.raised_on,
            raised_by=i.raised_by,
            source=i.source,
            description=i.description,
            priority=i.priority,
            state=i.state,
            follow_up=i.follow_up,
            follow_up_due=(
                i.state == IdeaState.CAPTURED and i.follow_up is not None and i.follow_up <= today
            ),
            spinoff_id=i.spinoff_id,
            spinoff_code=code,
            review_round_id=i.review_round_id,
            qualification={name: getattr(i, name) for name in QUALIFICATION_FIELDS},
            version=i.version,
        )
        for i, code in session.execute(stmt)
    )


def engagement_detail(session: Session, key: str, today: date) -> EngagementDetail:
    """Everything the engagement view shows, by id or code, in a handful of queries
    whatever the number of milestones. ``today`` decides the deemed-acceptance and
    follow-up flags. Raises NotFoundError for an unknown key."""
    e = _load_engagement(session, key)
    rounds = _round_summary(session, e.id)
    signoffs = _signoffs(session, e.id)
    parent_code = (
        session.scalar(select(Engagement.code).where(Engagement.id == e.parent_id))
        if e.parent_id is not None
        else None
    )
    spinoffs = session.execute(
        select(Engagement.id, Engagement.code, Engagement.status)
        .where(Engagement.parent_id == e.id)
        .order_by(Engagement.code)
    )
    baseline = e.baselines[-1] if e.baselines else None
    milestones = tuple(
        _milestone_row(m, e.deemed_acceptance_days, today, rounds.get(m.id), signoffs.get(m.id))
        for m in e.milestones
    )
    return EngagementDetail(
        id=e.id,
        code=e.code,
        title=e.title,
        client_id=e.client_id,
        client_name=e.client.name,
        client_address=e.client.address,
        contacts=tuple(
            ContactRow(c.id, c.name, c.role, c.email, c.signatory) for c in e.client.contacts
        ),
        status=e.status,
        currency=e.currency,
        language=e.language,
        start_date=e.start_date,
        target_end_date=e.target_end_date,
        deemed_acceptance_days=e.deemed_acceptance_days,
        parent_id=e.parent_id,
        parent_code=parent_code,
        objectives=tuple((o.text, o.measure) for o in e.objectives),
        milestones=milestones,
        contracted_minor=sum(m.amount_minor for m in milestones),
        baseline_fingerprint=baseline.fingerprint if baseline else None,
        baseline_at=baseline.created_at if baseline else None,
        ideas=idea_rows(session, e.id, today),
        spinoffs=tuple((sid, code, status) for sid, code, status in spinoffs),
        version=e.version,
    )
