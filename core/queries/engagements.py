"""Engagement lists and the full detail of one engagement, as frozen records."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from core.deemed import deemed_due
from core.errors import NotFoundError
from core.messages import msg
from core.models import (
    QUALIFICATION_FIELDS,
    Baseline,
    ChecklistItem,
    Client,
    Contact,
    Criterion,
    Engagement,
    Idea,
    IdeaState,
    Milestone,
    MilestoneState,
    Objective,
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


def _round_summary(session: Session, engagement_id: str) -> dict[str, tuple[int, str]]:
    """milestone id -> (number of rounds, outcome of the last one): every round's outcome
    in number order, counted here (a round's number is unique within its milestone)."""
    r = ReviewRound.__table__.c
    m = Milestone.__table__.c
    stmt = (
        select(r.milestone_id, r.outcome)
        .join(Milestone.__table__, m.id == r.milestone_id)
        .where(m.engagement_id == engagement_id)
        .order_by(r.milestone_id, r.number)
    )
    summary: dict[str, tuple[int, str]] = {}
    for mid, outcome in session.execute(stmt).all():
        before = summary.get(mid)
        summary[mid] = (before[0] + 1 if before else 1, outcome)
    return summary


def _children(session: Session, engagement_id: str, *columns: Any) -> Any:
    """The rows of a milestone's child table (criteria or checklist: ``columns`` start with
    its ``milestone_id`` and ``position``) for every milestone of the engagement, grouped by
    milestone and in position order, as plain tuples."""
    table = columns[0].table
    stmt = (
        select(*columns)
        .join(Milestone, Milestone.id == table.c.milestone_id)
        .where(Milestone.engagement_id == engagement_id)
        .order_by(table.c.milestone_id, table.c.position)
    )
    return session.connection().execute(stmt).all()


def _milestone_rows(
    session: Session, engagement_id: str, deemed_days: int | None, today: date
) -> tuple[MilestoneRow, ...]:
    """Every milestone of the engagement with its criteria, checklist, review rounds and
    sign-off, in position order: a few queries of plain rows, whatever their number (a
    500-milestone roadmap is read in a few milliseconds, where loading it as objects took
    tens of them). Rows are unpacked as tuples and each record built once: reading columns
    by name and building records in nested generators cost more than the queries did."""
    m = Milestone.__table__.c
    signoff = SignOff.__table__.c
    grouped: dict[str, list[CriterionRow]] = {}
    for mid, position, cid, text, target in _children(
        session, engagement_id, *(Criterion.__table__.c[n] for n in _CRITERION_COLUMNS)
    ):
        found = grouped.get(mid)
        if found is None:
            found = grouped[mid] = []
        found.append(CriterionRow(cid, position, text, target))
    criteria = {mid: tuple(found) for mid, found in grouped.items()}
    checklist: dict[str, list[str]] = {}
    for mid, _position, text in _children(
        session, engagement_id, *(ChecklistItem.__table__.c[n] for n in _CHECKLIST_COLUMNS)
    ):
        checklist.setdefault(mid, []).append(text)
    rounds = _round_summary(session, engagement_id)
    stmt = (
        select(
            m.id,
            m.position,
            m.title,
            m.deliverables,
            m.amount_minor,
            m.baseline_due,
            m.forecast_due,
            m.state,
            m.template_name,
            m.version,
            m.submitted_at,
            signoff.document_id,
            signoff.signature_method,
        )
        .outerjoin(SignOff.__table__, signoff.milestone_id == m.id)  # one at most
        .where(m.engagement_id == engagement_id)
        .order_by(m.position)
    )
    # The deemed-acceptance rule is core.deemed's, which reads a milestone's state and
    # submission date: one transient milestone is handed the values of each submitted row
    # (building an ORM object per row cost more than the whole rule).
    probe = Milestone(state=MilestoneState.SUBMITTED)
    submitted = MilestoneState.SUBMITTED
    no_criteria: tuple[CriterionRow, ...] = ()
    no_summary = (0, None)
    rows = []
    for (
        mid,
        position,
        title,
        deliverables,
        amount_minor,
        baseline,
        forecast,
        state,
        template_name,
        version,
        submitted_at,
        document_id,
        method,
    ) in session.connection().execute(stmt).all():
        n_rounds, last_outcome = rounds.get(mid, no_summary)
        due = False
        if state == submitted:
            probe.submitted_at = submitted_at
            due = deemed_due(probe, deemed_days, today)
        items = checklist.get(mid)
        rows.append(
            MilestoneRow(
                id=mid,
                position=position,
                title=title,
                deliverables=deliverables,
                amount_minor=amount_minor,
                baseline_due=baseline,
                forecast_due=forecast,
                variance_days=(forecast - baseline).days if baseline and forecast else None,
                state=state,
                template_name=template_name,
                criteria=criteria.get(mid, no_criteria),
                checklist=tuple(items) if items else (),
                rounds=n_rounds,
                last_outcome=last_outcome,
                deemed_acceptance_due=due,
                signoff_document_id=document_id,
                signature_method=method or "",
                version=version,
                submitted_at=submitted_at,
            )
        )
    return tuple(rows)


_CRITERION_COLUMNS = ("milestone_id", "position", "id", "text", "target")
_CHECKLIST_COLUMNS = ("milestone_id", "position", "text")


def idea_rows(session: Session, engagement_id: str, today: date) -> tuple[IdeaRow, ...]:
    """The ideas raised in an engagement, oldest first."""
    spinoff = Engagement.__table__.alias("spinoff")
    i = Idea.__table__.c
    stmt = (
        select(
            *(i[name] for name in _IDEA_COLUMNS),
            *(i[name] for name in QUALIFICATION_FIELDS),
            spinoff.c.code,
        )
        .outerjoin(spinoff, spinoff.c.id == i.spinoff_id)
        .where(i.engagement_id == engagement_id)
        .order_by(i.raised_on, i.description, i.id)
    )
    width = len(_IDEA_COLUMNS)
    rows = []
    for row in session.execute(stmt).all():
        (
            iid,
            eid,
            raised_on,
            raised_by,
            source,
            description,
            priority,
            state,
            follow_up,
            spinoff_id,
            review_round_id,
            version,
        ) = row[:width]
        rows.append(
            IdeaRow(
                id=iid,
                engagement_id=eid,
                raised_on=raised_on,
                raised_by=raised_by,
                source=source,
                description=description,
                priority=priority,
                state=state,
                follow_up=follow_up,
                follow_up_due=(
                    state == IdeaState.CAPTURED and follow_up is not None and follow_up <= today
                ),
                spinoff_id=spinoff_id,
                spinoff_code=row[-1],
                review_round_id=review_round_id,
                qualification=dict(zip(QUALIFICATION_FIELDS, row[width:-1], strict=True)),
                version=version,
            )
        )
    return tuple(rows)


_IDEA_COLUMNS = (
    "id",
    "engagement_id",
    "raised_on",
    "raised_by",
    "source",
    "description",
    "priority",
    "state",
    "follow_up",
    "spinoff_id",
    "review_round_id",
    "version",
)


def engagement_detail(session: Session, key: str, today: date) -> EngagementDetail:
    """Everything the engagement view shows, by id or code, in a handful of queries
    whatever the number of milestones. ``today`` decides the deemed-acceptance and
    follow-up flags. Raises NotFoundError for an unknown key.

    Read as plain rows, not ORM objects: this is what every switch to an engagement
    waits for."""
    e = Engagement.__table__.c
    found = (
        session.connection()
        .execute(
            select(
                e.id,
                e.code,
                e.title,
                e.client_id,
                e.status,
                e.currency,
                e.language,
                e.start_date,
                e.target_end_date,
                e.deemed_acceptance_days,
                e.parent_id,
                e.version,
                Client.__table__.c.name,
                Client.__table__.c.address,
            )
            .join(Client.__table__, Client.__table__.c.id == e.client_id)
            .where(or_(e.id == key, e.code == code_key(key)))
        )
        .first()
    )
    if found is None:
        raise NotFoundError(msg("there is no engagement '{key}'", key=key))
    eid, client_id, parent_id, deemed_days = (
        found.id,
        found.client_id,
        found.parent_id,
        found.deemed_acceptance_days,
    )
    contact = Contact.__table__.c
    contacts = session.connection().execute(
        select(contact.id, contact.name, contact.role, contact.email, contact.signatory)
        .where(contact.client_id == client_id)
        .order_by(contact.position)
    )
    objective = Objective.__table__.c
    objectives = session.connection().execute(
        select(objective.text, objective.measure)
        .where(objective.engagement_id == eid)
        .order_by(objective.position)
    )
    baseline_table = Baseline.__table__.c
    baseline = (
        session.connection()
        .execute(
            select(baseline_table.fingerprint, baseline_table.created_at)
            .where(baseline_table.engagement_id == eid)
            .order_by(baseline_table.version.desc())
            .limit(1)
        )
        .first()
    )
    parent_code = (
        session.scalar(select(e.code).where(e.id == parent_id)) if parent_id is not None else None
    )
    spinoffs = session.connection().execute(
        select(e.id, e.code, e.status).where(e.parent_id == eid).order_by(e.code)
    )
    milestones = _milestone_rows(session, eid, deemed_days, today)
    return EngagementDetail(
        id=eid,
        code=found.code,
        title=found.title,
        client_id=client_id,
        client_name=found.name,
        client_address=found.address,
        contacts=tuple(ContactRow(*c) for c in contacts),
        status=found.status,
        currency=found.currency,
        language=found.language,
        start_date=found.start_date,
        target_end_date=found.target_end_date,
        deemed_acceptance_days=deemed_days,
        parent_id=parent_id,
        parent_code=parent_code,
        objectives=tuple((text, measure) for text, measure in objectives),
        milestones=milestones,
        contracted_minor=sum(m.amount_minor for m in milestones),
        baseline_fingerprint=baseline[0] if baseline else None,
        baseline_at=baseline[1] if baseline else None,
        ideas=idea_rows(session, eid, today),
        spinoffs=tuple((sid, scode, sstatus) for sid, scode, sstatus in spinoffs),
        version=found.version,
    )
