"""Review rounds of one milestone, with their verdicts."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session, joinedload, selectinload

from core.models import Criterion, ReviewRound


@dataclass(frozen=True, slots=True)
class RoundRow:
    id: str
    milestone_id: str
    number: int
    submitted_on: date
    held_on: date
    reviewer: str
    """The reviewing contact's name; "" for a deemed acceptance or an unnamed reviewer."""
    outcome: str
    deemed: bool
    verdicts: tuple[tuple[int, str, str, str, str], ...]
    """(criterion position, criterion text, verdict value, note, waiver reason)."""
    reviewer_id: str | None = None


def review_rounds(session: Session, milestone_id: str) -> list[RoundRow]:
    """Every review round of a milestone, first round first (empty for an unknown id)."""
    criteria = select(Criterion.id, Criterion.text).where(Criterion.milestone_id == milestone_id)
    texts = {cid: text for cid, text in session.execute(criteria)}
    rounds = session.scalars(
        select(ReviewRound)
        .where(ReviewRound.milestone_id == milestone_id)
        .order_by(ReviewRound.number)
        .options(joinedload(ReviewRound.reviewer), selectinload(ReviewRound.verdicts))
    )
    return [
        RoundRow(
            id=r.id,
            milestone_id=r.milestone_id,
            number=r.number,
            submitted_on=r.submitted_on,
            held_on=r.held_on,
            reviewer=r.reviewer.name if r.reviewer is not None else "",
            outcome=r.outcome,
            deemed=r.deemed,
            verdicts=tuple(
                (v.position, texts.get(v.criterion_id, ""), v.value, v.note, v.reason)
                for v in r.verdicts
            ),
            reviewer_id=r.reviewer_id,
        )
        for r in rounds
    ]
