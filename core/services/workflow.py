"""The milestone state machine: work, submission, review rounds, invoicing, payment."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from core.changes import Changes
from core.dates import check_date
from core.db import Database
from core.deemed import DeemedAcceptance
from core.errors import ValidationError
from core.history import engagement_stream
from core.lifecycle import Action
from core.messages import listing, msg
from core.models import (
    HistoryEvent,
    Milestone,
    MilestoneState,
    Outcome,
    ReviewRound,
    Verdict,
    VerdictValue,
)
from core.services._common import (
    check_version,
    complete_engagement,
    get_milestone,
    milestone_rules,
    move_milestone,
    require,
)
from core.services.signoffs import create_signoff
from core.text import NAME_MAX, NOTE_MAX, clean_text
from core.uow import UnitOfWork

S = MilestoneState

__all__ = [
    "INVOICE_REFERENCE",
    "VerdictInput",
    "WorkflowService",
    "derive_outcome",
    "invoice_reference",
]
INVOICE_REFERENCE = "invoice_reference"
"""The key of the invoice reference in the history event that marks a milestone invoiced."""


@dataclass(frozen=True, slots=True)
class VerdictInput:
    criterion_id: str
    value: str
    note: str = ""
    reason: str = ""


def invoice_reference(session: Session, milestone_id: str) -> str:
    """The reference given when ``milestone_id`` was marked invoiced ("" when none was, or
    it is not invoiced): read from that move's history event, the one place it is kept."""
    milestone = session.get(Milestone, milestone_id)
    if milestone is None:
        return ""
    rows = session.scalars(
        select(HistoryEvent.after)
        .where(
            HistoryEvent.stream == engagement_stream(milestone.engagement_id),
            HistoryEvent.entity == "milestone",
            HistoryEvent.entity_id == milestone_id,
            HistoryEvent.action == "state_changed",
        )
        .order_by(HistoryEvent.seq.desc())
    )
    for after in rows:
        moved = json.loads(after)
        if moved.get("state") == S.INVOICED.value:
            return str(moved.get(INVOICE_REFERENCE, ""))
    return ""


def derive_outcome(values: Sequence[VerdictValue]) -> Outcome:
    """Accepted only if every criterion is met or waived."""
    if all(v in (VerdictValue.MET, VerdictValue.WAIVED) for v in values):
        return Outcome.ACCEPTED
    return Outcome.CHANGES_REQUESTED


class WorkflowService:
    def __init__(self, db: Database, actor: str) -> None:
        self._db = db
        self._actor = actor

    def _move(
        self,
        uow: UnitOfWork,
        milestone: Milestone,
        target: S,
        extra: dict[str, object] | None = None,
    ) -> None:
        before = move_milestone(milestone, target)
        after: dict[str, object] = {"state": target.value}
        after.update(extra or {})
        uow.event(
            engagement_stream(milestone.engagement_id),
            "milestone",
            milestone.id,
            "state_changed",
            {"state": before},
            after,
        )
        uow.changes.milestones.add(milestone.id)
        uow.changes.engagements.add(milestone.engagement_id)

    def _load(
        self,
        uow: UnitOfWork,
        milestone_id: str,
        expected_version: int | None,
        action: Action,
        today: date | None = None,
    ) -> Milestone:
        """The milestone, if nobody changed it since it was shown and ``action`` is allowed."""
        milestone = get_milestone(uow.session, milestone_id)
        check_version(
            milestone.version,
            expected_version,
            msg("milestone {position}", position=milestone.position),
        )
        require(milestone_rules(milestone, today), action)
        return milestone

    def start(self, milestone_id: str, *, expected_version: int | None = None) -> Changes:
        with self._db.unit_of_work(self._actor) as uow:
            milestone = self._load(uow, milestone_id, expected_version, Action.START)
            self._move(uow, milestone, S.IN_PROGRESS)
            return uow.commit()

    def submit(
        self, milestone_id: str, on: date, *, expected_version: int | None = None
    ) -> Changes:
        check_date(on, "submission date")
        with self._db.unit_of_work(self._actor) as uow:
            milestone = self._load(uow, milestone_id, expected_version, Action.SUBMIT)
            self._move(uow, milestone, S.SUBMITTED, {"submitted_on": on.isoformat()})
            milestone.submitted_at = on
            return uow.commit()

    def record_review(
        self,
        milestone_id: str,
        *,
        held_on: date,
        reviewer_id: str | None,
        verdicts: Sequence[VerdictInput],
        expected_version: int | None = None,
    ) -> Changes:
        """Record a review round; its outcome is derived from the verdicts, never chosen."""
        check_date(held_on, "review date")
        with self._db.unit_of_work(self._actor) as uow:
            milestone = self._load(uow, milestone_id, expected_version, Action.RECORD_REVIEW)
            if reviewer_id is not None:
                contacts = {c.id for c in milestone.engagement.client.contacts}
                if reviewer_id not in contacts:
                    raise ValidationError(
                        "reviewer", msg("the reviewer must be a contact of the client")
                    )
            assert milestone.submitted_at is not None
            if held_on < milestone.submitted_at:
                raise ValidationError(
                    "review date",
                    msg(
                        "the review ({review}) cannot be before the submission ({submission})",
                        review=held_on.isoformat(),
                        submission=milestone.submitted_at.isoformat(),
                    ),
                )
            rows = self._verdict_rows(milestone, verdicts)
            outcome = derive_outcome([VerdictValue(v.value) for v in rows])
            self._add_round(uow, milestone, held_on, reviewer_id, rows, outcome)
            return uow.commit()

    def confirm_deemed_acceptance(self, milestone_id: str, today: date) -> Changes:
        """The user confirms that a milestone past its deemed-acceptance period is accepted.

        The client gave no verdict, so the round records none: it accepts the milestone as a
        whole, and its sign-off says it was deemed accepted, after how many days, when it had
        been submitted and who confirmed it."""
        check_date(today, "confirmation date")
        with self._db.unit_of_work(self._actor) as uow:
            milestone = self._load(uow, milestone_id, None, Action.CONFIRM_DEEMED, today)
            days = milestone.engagement.deemed_acceptance_days
            assert days is not None and milestone.submitted_at is not None  # it was due
            deemed = DeemedAcceptance(days, milestone.submitted_at, uow.actor, today)
            self._add_round(uow, milestone, today, None, [], Outcome.ACCEPTED, deemed=deemed)
            return uow.commit()

    def _verdict_rows(
        self, milestone: Milestone, verdicts: Sequence[VerdictInput]
    ) -> list[Verdict]:
        by_id = {c.id: c for c in milestone.criteria}
        seen: set[str] = set()
        rows: list[Verdict] = []
        for v in verdicts:
            criterion = by_id.get(v.criterion_id)
            if criterion is None:
                raise ValidationError(
                    "verdicts", msg("a verdict names a criterion of another milestone")
                )
            if v.criterion_id in seen:
                raise ValidationError(
                    "verdicts",
                    msg("criterion {position} has two verdicts", position=criterion.position),
                )
            seen.add(v.criterion_id)
            try:
                value = VerdictValue(v.value)
            except ValueError:
                raise ValidationError(
                    msg("criterion {position}", position=criterion.position),
                    msg("the verdict must be met, not met or waived"),
                ) from None
            reason = clean_text(
                v.reason,
                field=msg("criterion {position} waiver reason", position=criterion.position),
                max_length=NOTE_MAX,
                required=value == VerdictValue.WAIVED,
                multiline=True,
            )
            rows.append(
                Verdict(
                    criterion_id=criterion.id,
                    position=criterion.position,
                    value=value.value,
                    note=clean_text(
                        v.note,
                        field=msg("criterion {position} note", position=criterion.position),
                        max_length=NOTE_MAX,
                        required=False,
                        multiline=True,
                    ),
                    reason=reason if value == VerdictValue.WAIVED else "",
                )
            )
        missing = [c.position for c in milestone.criteria if c.id not in seen]
        if missing:
            raise ValidationError(
                "verdicts",
                msg(
                    "every criterion needs a verdict; missing: {positions}",
                    positions=listing(map(str, missing)),
                ),
            )
        return sorted(rows, key=lambda r: r.position)

    def _add_round(
        self,
        uow: UnitOfWork,
        milestone: Milestone,
        held_on: date,
        reviewer_id: str | None,
        rows: list[Verdict],
        outcome: Outcome,
        *,
        deemed: DeemedAcceptance | None = None,
    ) -> None:
        rounds = uow.session.query(ReviewRound).filter_by(milestone_id=milestone.id).count()
        assert milestone.submitted_at is not None
        review = ReviewRound(
            milestone_id=milestone.id,
            number=rounds + 1,
            submitted_on=milestone.submitted_at,
            held_on=held_on,
            reviewer_id=reviewer_id,
            outcome=outcome.value,
            deemed=deemed is not None,
            created_at=uow.now,
        )
        review.verdicts = rows
        uow.session.add(review)
        uow.flush()
        uow.event(
            engagement_stream(milestone.engagement_id),
            "review_round",
            review.id,
            "recorded",
            None,
            {
                "milestone": milestone.position,
                "round": review.number,
                "held_on": held_on.isoformat(),
                "reviewer_id": reviewer_id,
                "outcome": outcome.value,
                "deemed": deemed is not None,
                "verdicts": [
                    {
                        "criterion": r.position,
                        "verdict": r.value,
                        "note": r.note,
                        "reason": r.reason,
                    }
                    for r in rows
                ],
            },
        )
        target = S.ACCEPTED if outcome == Outcome.ACCEPTED else S.CHANGES_REQUESTED
        self._move(uow, milestone, target, {"round": review.number})
        if target == S.ACCEPTED:
            create_signoff(uow, milestone, review, deemed)

    def mark_invoiced(
        self,
        milestone_id: str,
        on: date,
        *,
        reference: str = "",
        expected_version: int | None = None,
    ) -> Changes:
        """Record the invoice; its optional ``reference`` (the invoice number) is kept in the
        history event of the move, which the archive carries (``invoice_reference``)."""
        check_date(on, "invoice date")
        kept = clean_text(reference, field="invoice reference", max_length=NAME_MAX, required=False)
        with self._db.unit_of_work(self._actor) as uow:
            milestone = self._load(uow, milestone_id, expected_version, Action.MARK_INVOICED)
            extra: dict[str, object] = {"invoiced_on": on.isoformat()}
            if kept:
                extra[INVOICE_REFERENCE] = kept
            self._move(uow, milestone, S.INVOICED, extra)
            return uow.commit()

    def mark_paid(
        self, milestone_id: str, on: date, *, expected_version: int | None = None
    ) -> Changes:
        """Record payment; the engagement completes itself when every milestone is paid."""
        check_date(on, "payment date")
        with self._db.unit_of_work(self._actor) as uow:
            milestone = self._load(uow, milestone_id, expected_version, Action.MARK_PAID)
            self._move(uow, milestone, S.PAID, {"paid_on": on.isoformat()})
            engagement = milestone.engagement
            if all(m.state == S.PAID for m in engagement.milestones):
                complete_engagement(uow, engagement, "all milestones paid")
            return uow.commit()
