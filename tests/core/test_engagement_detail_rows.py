"""The engagement detail, read as plain rows, says exactly what reading the same engagement
through the ORM's objects and relationships says: every engagement of the demo portfolio
(milestones in every state with criteria and checklists, review rounds, sign-offs, deemed
acceptance, ideas and spin-offs), on several days."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from core.db import open_database
from core.deemed import deemed_due
from core.models import (
    QUALIFICATION_FIELDS,
    Engagement,
    Idea,
    IdeaState,
    ReviewRound,
    SignOff,
)
from core.queries import engagement_detail
from core.queries.engagements import (
    ContactRow,
    CriterionRow,
    EngagementDetail,
    IdeaRow,
    MilestoneRow,
)
from tests.factories import Cli


def _by_objects(session: Session, engagement_id: str, today: date) -> EngagementDetail:
    """The detail built from ORM objects and their relationships, field by field."""
    e = session.get_one(Engagement, engagement_id)
    milestones = []
    for m in e.milestones:
        rounds = sorted(
            session.scalars(select(ReviewRound).where(ReviewRound.milestone_id == m.id)),
            key=lambda r: r.number,
        )
        signoff = session.scalars(select(SignOff).where(SignOff.milestone_id == m.id)).first()
        milestones.append(
            MilestoneRow(
                id=m.id,
                position=m.position,
                title=m.title,
                deliverables=m.deliverables,
                amount_minor=m.amount_minor,
                baseline_due=m.baseline_due,
                forecast_due=m.forecast_due,
                variance_days=(
                    (m.forecast_due - m.baseline_due).days
                    if m.forecast_due is not None and m.baseline_due is not None
                    else None
                ),
                state=m.state,
                template_name=m.template_name,
                criteria=tuple(
                    CriterionRow(c.id, c.position, c.text, c.target) for c in m.criteria
                ),
                checklist=tuple(item.text for item in m.checklist),
                rounds=len(rounds),
                last_outcome=rounds[-1].outcome if rounds else None,
                deemed_acceptance_due=deemed_due(m, e.deemed_acceptance_days, today),
                signoff_document_id=signoff.document_id if signoff else None,
                signature_method=signoff.signature_method if signoff else "",
                version=m.version,
                submitted_at=m.submitted_at,
            )
        )
    spinoff = aliased(Engagement)
    ideas = tuple(
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
        for i, code in session.execute(
            select(Idea, spinoff.code)
            .outerjoin(spinoff, spinoff.id == Idea.spinoff_id)
            .where(Idea.engagement_id == e.id)
            .order_by(Idea.raised_on, Idea.description, Idea.id)
        )
    )
    parent = session.get(Engagement, e.parent_id) if e.parent_id else None
    children = session.scalars(
        select(Engagement).where(Engagement.parent_id == e.id).order_by(Engagement.code)
    )
    baseline = e.baselines[-1] if e.baselines else None
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
        parent_code=parent.code if parent else None,
        objectives=tuple((o.text, o.measure) for o in e.objectives),
        milestones=tuple(milestones),
        contracted_minor=sum(m.amount_minor for m in milestones),
        baseline_fingerprint=baseline.fingerprint if baseline else None,
        baseline_at=baseline.created_at if baseline else None,
        ideas=ideas,
        spinoffs=tuple((c.id, c.code, c.status) for c in children),
        version=e.version,
    )


def test_detail_rows_match_the_objects_for_every_engagement_and_day(demo: Cli) -> None:
    db = open_database(demo.db)
    try:
        with db.reading() as session:
            ids = list(session.scalars(select(Engagement.id).order_by(Engagement.code)))
        compared: list[EngagementDetail] = []
        for today in (date(2026, 1, 1), date(2026, 5, 1), date(2026, 9, 30), date(2030, 1, 1)):
            for eid in ids:
                with db.reading() as session:
                    rows = engagement_detail(session, eid, today)
                with db.reading() as session:
                    objects = _by_objects(session, eid, today)
                assert rows == objects
                # identical types too (a date is not a datetime, a bool not an int)
                assert repr(rows) == repr(objects)
                compared.append(rows)
    finally:
        db.close()
    # the comparison covered what the detail shows, not only empty engagements
    milestones = [m for d in compared for m in d.milestones]
    assert len({m.state for m in milestones}) >= 4
    assert any(m.criteria for m in milestones)
    assert any(m.checklist for m in milestones)
    assert any(m.rounds > 1 for m in milestones)
    assert any(m.signoff_document_id for m in milestones)
    assert any(m.deemed_acceptance_due for m in milestones)
    assert any(not m.deemed_acceptance_due and m.submitted_at for m in milestones)
    assert any(m.variance_days for m in milestones)
    ideas = [i for d in compared for i in d.ideas]
    assert any(i.follow_up_due for i in ideas) and any(i.spinoff_code for i in ideas)
    assert any(i.follow_up is None for i in ideas)
    assert any(any(i.qualification.values()) for i in ideas)
    assert any(d.spinoffs for d in compared) and any(d.parent_code for d in compared)
    assert any(d.baseline_fingerprint for d in compared)
    assert any(d.contacts for d in compared) and any(d.objectives for d in compared)
