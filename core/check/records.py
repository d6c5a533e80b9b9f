"""Rules on the stored records: roadmaps, sign-offs, ideas and engagement status.

Messages name the engagement code and, where there is one, the milestone position. Each
rule reads the whole database, or only the engagements of a ``Scope`` (an import's own)."""

from __future__ import annotations

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session, aliased

from core.canonical import sha256_text
from core.check.problem import Problem, show_amount
from core.check.scope import Scope, engagements_in
from core.check.values import readable_int
from core.models import Engagement, EngagementStatus, Idea, IdeaState, Milestone, SignOff
from core.queries.figures import ACCEPTED_STATES, SIGNED_STATES


def positions(session: Session, scope: Scope | None = None) -> list[Problem]:
    stmt = (
        select(Engagement.code, func.count())
        .select_from(Milestone)
        .join(Engagement, Engagement.id == Milestone.engagement_id)
        .where(engagements_in(Milestone.engagement_id, scope))
        .group_by(Engagement.code)
        .having(
            or_(func.min(Milestone.position) != 1, func.max(Milestone.position) != func.count())
        )
        .order_by(Engagement.code)
    )
    problems = []
    for code, count in session.execute(stmt):
        positions = session.scalars(
            select(Milestone.position)
            .select_from(Milestone)
            .join(Engagement, Engagement.id == Milestone.engagement_id)
            .where(Engagement.code == code)
            .order_by(Milestone.position)
        )
        listing = ", ".join(str(p) for p in positions)
        problems.append(
            Problem(
                "roadmap",
                f"{code}: milestone positions must run 1 to {count} without gaps, found {listing}",
            )
        )
    return problems


def amounts(session: Session, scope: Scope | None = None) -> list[Problem]:
    stmt = (
        select(Engagement.code, Milestone.position, Milestone.amount_minor, Engagement.currency)
        .select_from(Milestone)
        .join(Engagement, Engagement.id == Milestone.engagement_id)
        .where(
            Milestone.amount_minor < 0,
            readable_int(session, Milestone.amount_minor),
            engagements_in(Milestone.engagement_id, scope),
        )
        .order_by(Engagement.code, Milestone.position)
    )
    return [
        Problem(
            "roadmap",
            f"{code} milestone {position}: the amount is negative "
            f"({show_amount(amount, currency)})",
        )
        for code, position, amount, currency in session.execute(stmt)
    ]


def signoff_fingerprints(session: Session, scope: Scope | None = None) -> list[Problem]:
    stmt = (
        select(
            Engagement.code,
            Milestone.position,
            SignOff.document_id,
            SignOff.snapshot,
            SignOff.fingerprint,
        )
        .select_from(SignOff)
        .join(Milestone, Milestone.id == SignOff.milestone_id)
        .join(Engagement, Engagement.id == Milestone.engagement_id)
        .where(engagements_in(Milestone.engagement_id, scope))
        .order_by(Engagement.code, Milestone.position)
    )
    return [
        Problem(
            "sign-off",
            f"{code} milestone {position}: sign-off {document} was altered: its snapshot no "
            "longer matches its fingerprint",
        )
        for code, position, document, snapshot, digest in session.execute(stmt)
        if not isinstance(snapshot, str) or sha256_text(snapshot) != digest
    ]


def signatures(session: Session, scope: Scope | None = None) -> list[Problem]:
    stmt = (
        select(Engagement.code, Milestone.position, Milestone.state)
        .select_from(Milestone)
        .join(Engagement, Engagement.id == Milestone.engagement_id)
        .outerjoin(SignOff, SignOff.milestone_id == Milestone.id)
        .where(
            Milestone.state.in_(SIGNED_STATES),
            or_(SignOff.id.is_(None), SignOff.signature_method == ""),
            engagements_in(Milestone.engagement_id, scope),
        )
        .order_by(Engagement.code, Milestone.position)
    )
    return [
        Problem(
            "sign-off",
            f"{code} milestone {position} is {_state_words(state)} but no signature is recorded",
        )
        for code, position, state in session.execute(stmt)
    ]


def diverted_ideas(session: Session, scope: Scope | None = None) -> list[Problem]:
    spinoff = aliased(Engagement)
    stmt = (
        select(Engagement.code, Idea.description, spinoff.code)
        .select_from(Idea)
        .join(Engagement, Engagement.id == Idea.engagement_id)
        .outerjoin(spinoff, spinoff.id == Idea.spinoff_id)
        .where(
            Idea.state == IdeaState.DIVERTED.value,
            # An idea of an engagement in scope, or one diverted into it.
            or_(
                engagements_in(Idea.engagement_id, scope),
                engagements_in(Idea.spinoff_id, scope),
            ),
            or_(
                spinoff.id.is_(None),
                spinoff.parent_id.is_(None),
                spinoff.parent_id != Idea.engagement_id,
            ),
        )
        .order_by(Engagement.code, Idea.raised_on)
    )
    problems = []
    for code, description, spinoff_code in session.execute(stmt):
        what = description.splitlines()[0][:60] if description else ""
        if spinoff_code is None:
            why = "has no spin-off engagement"
        else:
            why = f"went to {spinoff_code}, which is not a spin-off of {code}"
        problems.append(Problem("ideas", f"{code}: the diverted idea '{what}' {why}"))
    return problems


def completed(session: Session, scope: Scope | None = None) -> list[Problem]:
    stmt = (
        select(Engagement.code, Milestone.position, Milestone.state)
        .select_from(Milestone)
        .join(Engagement, Engagement.id == Milestone.engagement_id)
        .where(
            Engagement.status == EngagementStatus.COMPLETED.value,
            Milestone.state.not_in(ACCEPTED_STATES),
            engagements_in(Milestone.engagement_id, scope),
        )
        .order_by(Engagement.code, Milestone.position)
    )
    return [
        Problem(
            "status",
            f"{code} is completed but milestone {position} is {_state_words(state)}, not accepted",
        )
        for code, position, state in session.execute(stmt)
    ]


def _state_words(state: object) -> str:
    """A stored state as a problem words it; a value of another kind (written behind the
    application's back, which ``values.malformed`` reports) is quoted as it is."""
    return state.replace("_", " ") if isinstance(state, str) else repr(state)
