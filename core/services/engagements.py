"""Engagement lifecycle: create and edit drafts, activate (baseline v1), complete, cancel."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from types import EllipsisType
from typing import Any

from sqlalchemy import select, update

from core.canonical import canonical_json, fingerprint
from core.changes import Changes
from core.dates import check_date
from core.db import Database
from core.errors import ValidationError
from core.history import engagement_stream
from core.lifecycle import Action
from core.messages import msg
from core.models import (
    Baseline,
    Engagement,
    EngagementStatus,
    HistoryStream,
    Idea,
    Language,
    Objective,
)
from core.models.enums import values
from core.money import validate_currency
from core.services._common import (
    check_version,
    complete_engagement,
    engagement_rules,
    engagement_view,
    get_client,
    get_engagement,
    iso,
    milestone_view,
    require,
)
from core.text import NOTE_MAX, TITLE_MAX, clean_code, clean_text

MAX_DEEMED_DAYS = 365


@dataclass(frozen=True, slots=True)
class ObjectiveInput:
    text: str
    measure: str = ""


def clean_language(value: str) -> str:
    for language in Language:
        if value.strip().lower() == language.value.lower():
            return language.value
    raise ValidationError(
        "language",
        msg(
            "'{value}' is not a document language; use {languages}",
            value=value,
            languages=values(Language),
        ),
    )


def check_dates(start: date, end: date) -> None:
    check_date(start, "start date")
    check_date(end, "target end date")
    if end < start:
        raise ValidationError(
            "target end date",
            msg(
                "the target end ({end}) is before the start ({start})",
                end=end.isoformat(),
                start=start.isoformat(),
            ),
        )


def clean_deemed_days(days: int | None) -> int | None:
    if days is None:
        return None
    if type(days) is not int or not 1 <= days <= MAX_DEEMED_DAYS:
        raise ValidationError(
            "deemed-acceptance period",
            msg(
                "give a whole number of days from 1 to {limit}, or leave it empty",
                limit=MAX_DEEMED_DAYS,
            ),
        )
    return days


def clean_objectives(items: Sequence[ObjectiveInput]) -> list[Objective]:
    return [
        Objective(
            position=i,
            text=clean_text(
                o.text,
                field=msg("objective {position}", position=i),
                max_length=NOTE_MAX,
                multiline=True,
            ),
            measure=clean_text(
                o.measure,
                field=msg("objective {position} measure", position=i),
                max_length=300,
                required=False,
            ),
        )
        for i, o in enumerate(items, start=1)
    ]


def baseline_snapshot(engagement: Engagement) -> dict[str, Any]:
    """The canonical roadmap: everything that activation locks."""
    return {
        "schema": "scopekeeper.baseline/1",
        "engagement": engagement.code,
        "currency": engagement.currency,
        "objectives": [{"text": o.text, "measure": o.measure} for o in engagement.objectives],
        "milestones": [
            {
                "position": m.position,
                "title": m.title,
                "deliverables": m.deliverables,
                "amount_minor": m.amount_minor,
                "due": iso(m.baseline_due),
                "template": m.template_name,
                "criteria": [{"text": c.text, "target": c.target} for c in m.criteria],
            }
            for m in engagement.milestones
        ],
    }


class EngagementService:
    def __init__(self, db: Database, actor: str) -> None:
        self._db = db
        self._actor = actor

    def create(
        self,
        *,
        code: str,
        title: str,
        client_id: str,
        currency: str,
        start_date: date,
        target_end_date: date,
        language: str = "en",
        objectives: Sequence[ObjectiveInput] = (),
        deemed_acceptance_days: int | None = None,
    ) -> Changes:
        code = clean_code(code)
        with self._db.unit_of_work(self._actor) as uow:
            client = get_client(uow.session, client_id)
            exists = uow.session.scalar(select(Engagement.id).where(Engagement.code == code))
            if exists is not None:
                raise ValidationError(
                    "code", msg("an engagement with code {code} already exists", code=code)
                )
            check_dates(start_date, target_end_date)
            engagement = Engagement(
                code=code,
                title=clean_text(title, field="title", max_length=TITLE_MAX),
                client_id=client.id,
                currency=validate_currency(currency),
                start_date=start_date,
                target_end_date=target_end_date,
                language=clean_language(language),
                deemed_acceptance_days=clean_deemed_days(deemed_acceptance_days),
                status=EngagementStatus.DRAFT.value,
                created_at=uow.now,
            )
            engagement.objectives = clean_objectives(objectives)
            uow.session.add(engagement)
            uow.flush()
            uow.event(
                engagement_stream(engagement.id),
                "engagement",
                engagement.id,
                "created",
                None,
                engagement_view(engagement),
                engagement_id=engagement.id,
            )
            uow.changes.engagements.add(engagement.id)
            uow.changes.created = engagement.id
            return uow.commit()

    def update(
        self,
        engagement_id: str,
        *,
        expected_version: int | None = None,
        title: str | None = None,
        start_date: date | None = None,
        target_end_date: date | None = None,
        language: str | None = None,
        objectives: Sequence[ObjectiveInput] | None = None,
        deemed_acceptance_days: int | EllipsisType | None = ...,
    ) -> Changes:
        """Edit a draft engagement's terms; they lock with the roadmap at activation."""
        with self._db.unit_of_work(self._actor) as uow:
            engagement = get_engagement(uow.session, engagement_id)
            check_version(engagement.version, expected_version, engagement.code)
            require(engagement_rules(engagement), Action.EDIT_TERMS)
            before = engagement_view(engagement)
            if title is not None:
                engagement.title = clean_text(title, field="title", max_length=TITLE_MAX)
            if language is not None:
                engagement.language = clean_language(language)
            start = start_date or engagement.start_date
            end = target_end_date or engagement.target_end_date
            check_dates(start, end)
            engagement.start_date, engagement.target_end_date = start, end
            if objectives is not None:
                engagement.objectives = clean_objectives(objectives)
            if deemed_acceptance_days is not ...:
                days = deemed_acceptance_days
                engagement.deemed_acceptance_days = clean_deemed_days(
                    days if isinstance(days, int) else None
                )
            after = engagement_view(engagement)
            if after == before:
                return uow.changes
            uow.event(
                engagement_stream(engagement.id),
                "engagement",
                engagement.id,
                "edited",
                before,
                after,
            )
            uow.changes.engagements.add(engagement.id)
            return uow.commit()

    def activate(self, engagement_id: str, *, expected_version: int | None = None) -> Changes:
        """Lock the scope: check the roadmap, then record baseline v1 and its fingerprint."""
        with self._db.unit_of_work(self._actor) as uow:
            engagement = get_engagement(uow.session, engagement_id)
            check_version(engagement.version, expected_version, engagement.code)
            require(engagement_rules(engagement), Action.ACTIVATE)
            snapshot = baseline_snapshot(engagement)
            baseline = Baseline(
                version=1,
                created_at=uow.now,
                snapshot=canonical_json(snapshot),
                fingerprint=fingerprint(snapshot),
            )
            engagement.baselines.append(baseline)
            engagement.status = EngagementStatus.ACTIVE.value
            for milestone in engagement.milestones:
                milestone.forecast_due = milestone.baseline_due
            uow.event(
                engagement_stream(engagement.id),
                "engagement",
                engagement.id,
                "activated",
                {"status": "draft"},
                {"status": "active", "baseline": 1, "fingerprint": baseline.fingerprint},
            )
            uow.changes.engagements.add(engagement.id)
            uow.changes.milestones.update(m.id for m in engagement.milestones)
            return uow.commit()

    def cancel(
        self, engagement_id: str, reason: str, *, expected_version: int | None = None
    ) -> Changes:
        with self._db.unit_of_work(self._actor) as uow:
            engagement = get_engagement(uow.session, engagement_id)
            check_version(engagement.version, expected_version, engagement.code)
            require(engagement_rules(engagement), Action.CANCEL)
            why = clean_text(reason, field="reason", max_length=NOTE_MAX, multiline=True)
            before = engagement.status
            engagement.status = EngagementStatus.CANCELLED.value
            uow.event(
                engagement_stream(engagement.id),
                "engagement",
                engagement.id,
                "cancelled",
                {"status": before},
                {"status": "cancelled", "reason": why},
            )
            uow.changes.engagements.add(engagement.id)
            return uow.commit()

    def close(self, engagement_id: str, *, expected_version: int | None = None) -> Changes:
        """Explicit close: every milestone must be accepted or further along."""
        with self._db.unit_of_work(self._actor) as uow:
            engagement = get_engagement(uow.session, engagement_id)
            check_version(engagement.version, expected_version, engagement.code)
            require(engagement_rules(engagement), Action.CLOSE)
            complete_engagement(uow, engagement, "closed")
            return uow.commit()

    def delete_draft(self, engagement_id: str, *, expected_version: int | None = None) -> Changes:
        """Delete a draft with its objectives and milestones. Only a draft: an engagement
        that has started is cancelled, never deleted. A draft that ideas point to (its own
        backlog, or ideas diverted into it) or that has spin-offs is kept: cancel it.

        The history is not deleted: a "deleted" event carrying the whole draft ends the
        engagement's stream, which then belongs to no engagement (``scopekeeper check``
        still verifies it; a whole-database archive leaves it out, as it leaves out the
        other history local to one database)."""
        with self._db.unit_of_work(self._actor) as uow:
            engagement = get_engagement(uow.session, engagement_id)
            check_version(engagement.version, expected_version, engagement.code)
            require(engagement_rules(engagement), Action.DELETE_DRAFT)
            code = engagement.code
            ideas = uow.session.scalar(
                select(Idea.id)
                .where((Idea.engagement_id == engagement.id) | (Idea.spinoff_id == engagement.id))
                .limit(1)
            )
            if ideas is not None:
                raise ValidationError(
                    "engagement",
                    msg(
                        "{code} cannot be deleted: ideas were captured in it or diverted into "
                        "it, and they stay on record. Cancel the draft instead",
                        code=code,
                    ),
                )
            spinoff = uow.session.scalar(
                select(Engagement.code).where(Engagement.parent_id == engagement.id).limit(1)
            )
            if spinoff is not None:
                raise ValidationError(
                    "engagement",
                    msg(
                        "{code} cannot be deleted: {spinoff} was spun off from it. "
                        "Cancel the draft instead",
                        code=code,
                        spinoff=spinoff,
                    ),
                )
            before = engagement_view(engagement)
            before["milestones"] = [milestone_view(m) for m in engagement.milestones]
            stream = engagement_stream(engagement.id)
            uow.event(stream, "engagement", engagement.id, "deleted", before, None)
            uow.flush()
            uow.session.execute(
                update(HistoryStream)
                .where(HistoryStream.key == stream)
                .values(engagement_id=None)
                .execution_options(synchronize_session=False)
            )
            uow.session.delete(engagement)
            uow.flush()
            uow.changes.engagements.add(engagement.id)
            uow.changes.milestones.update(m.id for m in engagement.milestones)
            return uow.commit()
