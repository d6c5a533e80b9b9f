"""Editing the roadmap of a draft, and moving forecasts once it is locked."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from core.changes import Changes
from core.dates import check_date, check_optional_date
from core.db import Database
from core.errors import ValidationError
from core.history import engagement_stream
from core.lifecycle import Action
from core.messages import msg
from core.models import ChecklistItem, Criterion, Milestone, MilestoneState
from core.money import MAX_MINOR
from core.services._common import (
    check_version,
    engagement_rules,
    get_engagement,
    get_milestone,
    get_template,
    milestone_rules,
    milestone_view,
    renumber,
    require,
)
from core.template_translations import builtin_content
from core.text import NOTE_MAX, TEXT_MAX, TITLE_MAX, clean_text
from core.uow import UnitOfWork

MAX_MILESTONES = 1000
MAX_CRITERIA = 500


@dataclass(frozen=True, slots=True)
class CriterionInput:
    text: str
    target: str = ""


def clean_amount(amount_minor: int) -> int:
    if type(amount_minor) is not int:
        raise ValidationError("amount", msg("amounts are whole minor units (e.g. cents)"))
    if amount_minor < 0:
        raise ValidationError("amount", msg("amounts cannot be negative"))
    if amount_minor > MAX_MINOR:
        raise ValidationError("amount", msg("that amount is too large"))
    return amount_minor


def clean_criteria(items: Sequence[CriterionInput]) -> list[Criterion]:
    if len(items) > MAX_CRITERIA:
        raise ValidationError(
            "criteria",
            msg("a milestone can have at most {limit} criteria", limit=MAX_CRITERIA),
        )
    return [
        Criterion(
            position=i,
            text=clean_text(
                c.text,
                field=msg("criterion {position}", position=i),
                max_length=NOTE_MAX,
                multiline=True,
            ),
            target=clean_text(
                c.target,
                field=msg("criterion {position} target", position=i),
                max_length=300,
                required=False,
            ),
        )
        for i, c in enumerate(items, start=1)
    ]


def clean_template_name(name: str) -> str:
    return clean_text(name, field="template", max_length=200, required=False)


def clean_checklist(items: Sequence[str]) -> list[ChecklistItem]:
    if len(items) > MAX_CRITERIA:
        raise ValidationError(
            "checklist",
            msg("a milestone can have at most {limit} checklist items", limit=MAX_CRITERIA),
        )
    return [
        ChecklistItem(
            position=i,
            text=clean_text(
                text,
                field=msg("checklist item {position}", position=i),
                max_length=NOTE_MAX,
                multiline=True,
            ),
        )
        for i, text in enumerate(items, start=1)
    ]


class RoadmapService:
    def __init__(self, db: Database, actor: str) -> None:
        self._db = db
        self._actor = actor

    def _event(
        self, uow: UnitOfWork, m: Milestone, action: str, before: object, after: object
    ) -> None:
        uow.event(engagement_stream(m.engagement_id), "milestone", m.id, action, before, after)
        uow.changes.milestones.add(m.id)
        uow.changes.engagements.add(m.engagement_id)

    def add_milestone(
        self,
        engagement_id: str,
        *,
        title: str,
        deliverables: str = "",
        amount_minor: int = 0,
        due: date | None = None,
        criteria: Sequence[CriterionInput] = (),
        position: int | None = None,
        template_name: str = "",
        checklist: Sequence[str] = (),
    ) -> Changes:
        """Add a milestone at the end (or at ``position``). ``template_name`` and
        ``checklist`` put back what a template had copied into a milestone (undo of a
        removal); a new milestone leaves them empty."""
        with self._db.unit_of_work(self._actor) as uow:
            engagement = get_engagement(uow.session, engagement_id)
            require(engagement_rules(engagement), Action.ADD_MILESTONE)
            if len(engagement.milestones) >= MAX_MILESTONES:
                raise ValidationError(
                    "roadmap",
                    msg("an engagement can have at most {limit} milestones", limit=MAX_MILESTONES),
                )
            milestone = Milestone(
                engagement_id=engagement.id,
                position=len(engagement.milestones) + 1,
                title=clean_text(title, field="title", max_length=TITLE_MAX),
                deliverables=clean_text(
                    deliverables,
                    field="deliverables",
                    max_length=TEXT_MAX,
                    required=False,
                    multiline=True,
                ),
                amount_minor=clean_amount(amount_minor),
                baseline_due=check_optional_date(due, "due date"),
                state=MilestoneState.PLANNED.value,
            )
            milestone.criteria = clean_criteria(criteria)
            milestone.template_name = clean_template_name(template_name)
            milestone.checklist = clean_checklist(checklist)
            engagement.milestones.append(milestone)
            uow.flush()
            if position is not None and position != milestone.position:
                ordered = [m for m in engagement.milestones if m is not milestone]
                ordered.insert(max(0, min(position - 1, len(ordered))), milestone)
                renumber(uow.session, ordered)
            self._event(uow, milestone, "added", None, milestone_view(milestone))
            uow.changes.created = milestone.id
            return uow.commit()

    def update_milestone(
        self,
        milestone_id: str,
        *,
        expected_version: int | None = None,
        title: str | None = None,
        deliverables: str | None = None,
        amount_minor: int | None = None,
        due: date | None = None,
        criteria: Sequence[CriterionInput] | None = None,
        clear_due: bool = False,
        template_name: str | None = None,
        checklist: Sequence[str] | None = None,
    ) -> Changes:
        """Change a draft milestone; a field left as None stays as it is. ``clear_due``
        takes the due date away (``due`` must then be None); ``template_name`` and
        ``checklist`` put back what a template had copied (undo of applying one)."""
        if clear_due and due is not None:
            raise ValidationError("due date", msg("give a due date or clear it, not both"))
        with self._db.unit_of_work(self._actor) as uow:
            milestone = get_milestone(uow.session, milestone_id)
            check_version(
                milestone.version,
                expected_version,
                msg("milestone {position}", position=milestone.position),
            )
            require(milestone_rules(milestone), Action.EDIT_MILESTONE)
            before = milestone_view(milestone)
            if title is not None:
                milestone.title = clean_text(title, field="title", max_length=TITLE_MAX)
            if deliverables is not None:
                milestone.deliverables = clean_text(
                    deliverables,
                    field="deliverables",
                    max_length=TEXT_MAX,
                    required=False,
                    multiline=True,
                )
            if amount_minor is not None:
                milestone.amount_minor = clean_amount(amount_minor)
            if due is not None:
                milestone.baseline_due = check_date(due, "due date")
            elif clear_due:
                milestone.baseline_due = None
            if criteria is not None:
                milestone.criteria = clean_criteria(criteria)
            if template_name is not None:
                milestone.template_name = clean_template_name(template_name)
            if checklist is not None:
                milestone.checklist = clean_checklist(checklist)
            after = milestone_view(milestone)
            if after == before:
                return uow.changes
            self._event(uow, milestone, "edited", before, after)
            return uow.commit()

    def remove_milestone(
        self, milestone_id: str, *, expected_version: int | None = None
    ) -> Changes:
        with self._db.unit_of_work(self._actor) as uow:
            milestone = get_milestone(uow.session, milestone_id)
            check_version(
                milestone.version,
                expected_version,
                msg("milestone {position}", position=milestone.position),
            )
            engagement = milestone.engagement
            require(milestone_rules(milestone), Action.REMOVE_MILESTONE)
            before = milestone_view(milestone)
            engagement.milestones.remove(milestone)
            uow.session.delete(milestone)
            uow.flush()
            renumber(uow.session, list(engagement.milestones))
            self._event(uow, milestone, "removed", before, None)
            return uow.commit()

    def move_milestone(self, milestone_id: str, position: int) -> Changes:
        """Reorder: put the milestone at ``position`` (1-based); the others close up."""
        with self._db.unit_of_work(self._actor) as uow:
            milestone = get_milestone(uow.session, milestone_id)
            engagement = milestone.engagement
            require(milestone_rules(milestone), Action.REORDER_MILESTONE)
            count = len(engagement.milestones)
            if not 1 <= position <= count:
                raise ValidationError(
                    "position", msg("choose a position from 1 to {count}", count=count)
                )
            old = milestone.position
            if old == position:
                return uow.changes
            ordered = [m for m in engagement.milestones if m is not milestone]
            ordered.insert(position - 1, milestone)
            renumber(uow.session, ordered)
            self._event(uow, milestone, "moved", {"position": old}, {"position": position})
            for other in ordered:
                uow.changes.milestones.add(other.id)
            return uow.commit()

    def apply_template(self, milestone_id: str, template_id: str) -> Changes:
        """Copy a template's criteria and checklist into the milestone (copies, not links)."""
        with self._db.unit_of_work(self._actor) as uow:
            milestone = get_milestone(uow.session, milestone_id)
            require(milestone_rules(milestone), Action.APPLY_TEMPLATE)
            template = get_template(uow.session, template_id)
            before = milestone_view(milestone)
            criteria = [(tc.text, tc.target) for tc in template.criteria]
            checklist = [item.text for item in template.checklist]
            if template.builtin:
                # Shipped content, also shipped in the other document languages: the
                # criteria end up on the sign-off the client reads.
                translated = builtin_content(template.name, milestone.engagement.language)
                if translated is not None:
                    criteria, checklist = translated
            start = len(milestone.criteria)
            if start + len(criteria) > MAX_CRITERIA:
                raise ValidationError(
                    "criteria",
                    msg("a milestone can have at most {limit} criteria", limit=MAX_CRITERIA),
                )
            for offset, (text, target) in enumerate(criteria, start=1):
                milestone.criteria.append(
                    Criterion(position=start + offset, text=text, target=target)
                )
            have = {item.text for item in milestone.checklist}
            for text in checklist:
                if text not in have:
                    have.add(text)
                    milestone.checklist.append(
                        ChecklistItem(position=len(milestone.checklist) + 1, text=text)
                    )
            milestone.template_name = template.name
            self._event(uow, milestone, "template_applied", before, milestone_view(milestone))
            return uow.commit()

    def move_forecast(
        self,
        milestone_id: str,
        new_date: date,
        reason: str,
        *,
        expected_version: int | None = None,
    ) -> Changes:
        """In an active engagement only the forecast moves, with a reason; the baseline stays."""
        check_date(new_date, "forecast")
        with self._db.unit_of_work(self._actor) as uow:
            milestone = get_milestone(uow.session, milestone_id)
            check_version(
                milestone.version,
                expected_version,
                msg("milestone {position}", position=milestone.position),
            )
            require(milestone_rules(milestone), Action.MOVE_FORECAST)
            why = clean_text(reason, field="reason", max_length=NOTE_MAX, multiline=True)
            old = milestone.forecast_due
            if old == new_date:
                return uow.changes
            milestone.forecast_due = new_date
            baseline = milestone.baseline_due
            variance = (new_date - baseline).days if baseline is not None else None
            self._event(
                uow,
                milestone,
                "forecast_moved",
                {"forecast_due": old.isoformat() if old else None},
                {"forecast_due": new_date.isoformat(), "reason": why, "variance_days": variance},
            )
            return uow.commit()
