"""Ideas: captured beside the running scope, prioritised, and diverted into spin-offs."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from typing import Any

from sqlalchemy import select

from core.changes import Changes
from core.dates import check_date, check_optional_date
from core.db import Database
from core.errors import TransitionError, ValidationError
from core.history import engagement_stream
from core.lifecycle import Action, idea_permissions
from core.messages import msg
from core.models import (
    QUALIFICATION_FIELDS,
    Engagement,
    EngagementStatus,
    Idea,
    IdeaSource,
    IdeaState,
    Milestone,
    MilestoneState,
    Priority,
    ReviewRound,
)
from core.models.enums import values
from core.queries.engagements import next_spinoff_code
from core.services._common import (
    check_version,
    engagement_rules,
    engagement_view,
    get_engagement,
    get_idea,
    require,
)
from core.services.spinoff_draft import draft_milestone, draft_objectives
from core.text import NAME_MAX, NOTE_MAX, TITLE_MAX, clean_code, clean_text


def idea_view(i: Idea) -> dict[str, Any]:
    view: dict[str, Any] = {
        "raised_on": i.raised_on.isoformat(),
        "raised_by": i.raised_by,
        "source": i.source,
        "review_round_id": i.review_round_id,
        "description": i.description,
        "priority": i.priority,
        "follow_up": i.follow_up.isoformat() if i.follow_up else None,
        "state": i.state,
        "spinoff_id": i.spinoff_id,
    }
    for name in QUALIFICATION_FIELDS:
        view[name] = getattr(i, name)
    return view


def _priority(value: str) -> str:
    try:
        return Priority(value.strip().lower()).value
    except ValueError:
        raise ValidationError(
            "priority", msg("choose one of {values}", values=values(Priority))
        ) from None


def _source(value: str) -> str:
    try:
        return IdeaSource(value.strip().lower()).value
    except ValueError:
        raise ValidationError(
            "source", msg("choose one of {values}", values=values(IdeaSource))
        ) from None


def _qualification(fields: Mapping[str, str]) -> dict[str, str]:
    cleaned: dict[str, str] = {}
    for name, value in fields.items():
        if name not in QUALIFICATION_FIELDS:
            raise ValidationError(
                name,
                msg(
                    "is not a qualification field ({fields})",
                    fields=", ".join(QUALIFICATION_FIELDS),
                ),
            )
        cleaned[name] = clean_text(
            value, field=name, max_length=NOTE_MAX, required=False, multiline=True
        )
    return cleaned


def spinoff_title(description: str) -> str:
    first = description.strip().splitlines()[0] if description.strip() else "Idea"
    return first if len(first) <= 120 else first[:119] + "…"


_NONE_SELECTED = {
    IdeaState.PARKED: msg("select at least one idea to park"),
    IdeaState.DECLINED: msg("select at least one idea to decline"),
}
_SETTLING = {IdeaState.PARKED: Action.PARK_IDEA, IdeaState.DECLINED: Action.DECLINE_IDEA}


def _named(idea: Idea) -> str:
    """How a refusal about one idea of several points at it: its first line, quoted."""
    label = spinoff_title(idea.description)
    if len(label) > 60:
        label = label[:59] + "…"
    return msg("the idea “{label}”", label=label)


class IdeaService:
    def __init__(self, db: Database, actor: str) -> None:
        self._db = db
        self._actor = actor

    def capture(
        self,
        engagement_id: str,
        *,
        description: str,
        raised_by: str,
        raised_on: date,
        source: str = "meeting",
        priority: str = "should",
        review_round_id: str | None = None,
        follow_up: date | None = None,
        qualification: Mapping[str, str] | None = None,
    ) -> Changes:
        """Capture an idea. It never touches the scope of the engagement it was raised in."""
        with self._db.unit_of_work(self._actor) as uow:
            engagement = get_engagement(uow.session, engagement_id)
            require(engagement_rules(engagement), Action.CAPTURE_IDEA)
            if review_round_id is not None:
                review = uow.session.get(ReviewRound, review_round_id)
                milestone = uow.session.get(Milestone, review.milestone_id) if review else None
                if milestone is None or milestone.engagement_id != engagement.id:
                    raise ValidationError(
                        "review round", msg("that review round belongs to another engagement")
                    )
            idea = Idea(
                engagement_id=engagement.id,
                raised_on=check_date(raised_on, "raised on"),
                raised_by=clean_text(raised_by, field="raised by", max_length=NAME_MAX),
                source=_source(source),
                review_round_id=review_round_id,
                description=clean_text(
                    description, field="description", max_length=NOTE_MAX, multiline=True
                ),
                priority=_priority(priority),
                follow_up=check_optional_date(follow_up, "follow-up date"),
                state=IdeaState.CAPTURED.value,
                **_qualification(qualification or {}),
            )
            uow.session.add(idea)
            uow.flush()
            uow.event(
                engagement_stream(engagement.id), "idea", idea.id, "captured", None, idea_view(idea)
            )
            uow.changes.ideas.add(idea.id)
            uow.changes.created = idea.id
            return uow.commit()

    def update(
        self,
        idea_id: str,
        *,
        expected_version: int | None = None,
        description: str | None = None,
        priority: str | None = None,
        follow_up: date | None = None,
        qualification: Mapping[str, str] | None = None,
        clear_follow_up: bool = False,
    ) -> Changes:
        """Change a captured idea; a field left as None stays. ``clear_follow_up`` takes
        the follow-up date away (``follow_up`` must then be None)."""
        if clear_follow_up and follow_up is not None:
            raise ValidationError(
                "follow-up date", msg("give a follow-up date or clear it, not both")
            )
        with self._db.unit_of_work(self._actor) as uow:
            idea = get_idea(uow.session, idea_id)
            check_version(idea.version, expected_version, msg("the idea"))
            require(idea_permissions(idea.state), Action.EDIT_IDEA)
            before = idea_view(idea)
            if description is not None:
                idea.description = clean_text(
                    description, field="description", max_length=NOTE_MAX, multiline=True
                )
            if priority is not None:
                idea.priority = _priority(priority)
            if follow_up is not None:
                idea.follow_up = check_date(follow_up, "follow-up date")
            elif clear_follow_up:
                idea.follow_up = None
            for name, value in _qualification(qualification or {}).items():
                setattr(idea, name, value)
            after = idea_view(idea)
            if after == before:
                return uow.changes
            uow.event(
                engagement_stream(idea.engagement_id), "idea", idea.id, "edited", before, after
            )
            uow.changes.ideas.add(idea.id)
            return uow.commit()

    def _settle(
        self,
        idea_ids: Sequence[str],
        state: IdeaState,
        reason: str,
        expected_versions: Mapping[str, int] | None,
    ) -> Changes:
        """Settle every idea in one transaction, or none of them: the first idea that is
        not captured any more (settled by someone else meanwhile, say) or was changed since
        the caller read it refuses the lot, and the refusal names it."""
        ids = list(dict.fromkeys(idea_ids))
        if not ids:
            raise ValidationError("ideas", _NONE_SELECTED[state])
        versions = expected_versions or {}
        with self._db.unit_of_work(self._actor) as uow:
            ideas = [get_idea(uow.session, i) for i in ids]
            several = len(ideas) > 1
            for idea in ideas:
                what = _named(idea) if several else msg("the idea")
                permission = idea_permissions(idea.state, what)[_SETTLING[state]]
                if not permission.allowed:
                    refusal = permission.reason
                    if several and state == IdeaState.PARKED:
                        refusal = msg(
                            "{reason}, so none of the {count} ideas was parked",
                            reason=refusal,
                            count=len(ideas),
                        )
                    elif several:
                        refusal = msg(
                            "{reason}, so none of the {count} ideas was declined",
                            reason=refusal,
                            count=len(ideas),
                        )
                    raise TransitionError(refusal)
                check_version(idea.version, versions.get(idea.id), what)
            for idea in ideas:
                idea.state = state.value
                if state == IdeaState.PARKED:
                    idea.priority = Priority.WONT.value
                uow.event(
                    engagement_stream(idea.engagement_id),
                    "idea",
                    idea.id,
                    state.value,
                    {"state": "captured"},
                    {"state": state.value, "reason": reason},
                )
                uow.changes.ideas.add(idea.id)
            return uow.commit()

    def park(
        self, idea_id: str, reason: str = "", *, expected_version: int | None = None
    ) -> Changes:
        """Won't have now: kept in the backlog, out of every scope."""
        versions = {} if expected_version is None else {idea_id: expected_version}
        return self.park_many([idea_id], reason, expected_versions=versions)

    def park_many(
        self,
        idea_ids: Sequence[str],
        reason: str = "",
        *,
        expected_versions: Mapping[str, int] | None = None,
    ) -> Changes:
        """Park several ideas as one action (one transaction): all of them or none.
        ``expected_versions`` maps an idea id to the version the caller saw."""
        why = clean_text(
            reason, field="reason", max_length=NOTE_MAX, required=False, multiline=True
        )
        return self._settle(idea_ids, IdeaState.PARKED, why, expected_versions)

    def decline(self, idea_id: str, reason: str, *, expected_version: int | None = None) -> Changes:
        versions = {} if expected_version is None else {idea_id: expected_version}
        return self.decline_many([idea_id], reason, expected_versions=versions)

    def decline_many(
        self,
        idea_ids: Sequence[str],
        reason: str,
        *,
        expected_versions: Mapping[str, int] | None = None,
    ) -> Changes:
        """Decline several ideas for one reason as one action: all of them or none."""
        why = clean_text(reason, field="reason", max_length=NOTE_MAX, multiline=True)
        return self._settle(idea_ids, IdeaState.DECLINED, why, expected_versions)

    def divert(
        self, idea_ids: Sequence[str], *, code: str | None = None, title: str | None = None
    ) -> Changes:
        """Create a draft spin-off for the same client and currency, one draft milestone per
        idea. The parent engagement, its roadmap and baseline stay exactly as they were.
        Without ``code`` the spin-off takes the first free ``<parent>-S<n>``."""
        if not idea_ids:
            raise ValidationError("ideas", msg("select at least one idea to divert"))
        chosen = clean_code(code) if code is not None else None
        with self._db.unit_of_work(self._actor) as uow:
            ideas = [get_idea(uow.session, i) for i in dict.fromkeys(idea_ids)]
            parents = {i.engagement_id for i in ideas}
            if len(parents) != 1:
                raise ValidationError(
                    "ideas", msg("ideas from different engagements cannot share one spin-off")
                )
            for idea in ideas:
                require(idea_permissions(idea.state), Action.DIVERT_IDEA)
            parent = get_engagement(uow.session, parents.pop())
            new_code = chosen or next_spinoff_code(uow.session, parent.code)
            if uow.session.scalar(select(Engagement.id).where(Engagement.code == new_code)):
                raise ValidationError(
                    "code", msg("an engagement with code {code} already exists", code=new_code)
                )
            spinoff_title_text = (
                title
                if title is not None
                else (
                    f"{parent.title} — spin-off"
                    if len(ideas) > 1
                    else spinoff_title(ideas[0].description)
                )
            )
            spinoff = Engagement(
                code=new_code,
                title=clean_text(spinoff_title_text, field="title", max_length=TITLE_MAX),
                client_id=parent.client_id,
                currency=parent.currency,
                start_date=max(parent.start_date, ideas[0].raised_on),
                target_end_date=max(parent.target_end_date, ideas[0].raised_on),
                language=parent.language,
                deemed_acceptance_days=parent.deemed_acceptance_days,
                parent_id=parent.id,
                status=EngagementStatus.DRAFT.value,
                created_at=uow.now,
            )
            # The ideas' qualification starts the draft: goals as objectives, a budget that
            # reads as an amount and a timeline that is a date as the milestone's terms.
            drafts = [draft_milestone(i, parent.currency, parent.language) for i in ideas]
            spinoff.objectives = draft_objectives(ideas)
            spinoff.milestones = [
                Milestone(
                    position=n,
                    title=clean_text(
                        spinoff_title(i.description), field="title", max_length=TITLE_MAX
                    ),
                    deliverables=d.deliverables,
                    amount_minor=d.amount_minor,
                    baseline_due=d.due,
                    state=MilestoneState.PLANNED.value,
                )
                for n, (i, d) in enumerate(zip(ideas, drafts, strict=True), start=1)
            ]
            dues = [d.due for d in drafts if d.due is not None]
            if dues:
                spinoff.target_end_date = max(spinoff.target_end_date, *dues)
            uow.session.add(spinoff)
            uow.flush()
            after = engagement_view(spinoff)
            after["ideas"] = [i.id for i in ideas]
            uow.event(
                engagement_stream(spinoff.id),
                "engagement",
                spinoff.id,
                "spun_off",
                None,
                after,
                engagement_id=spinoff.id,
            )
            for idea in ideas:
                idea.state = IdeaState.DIVERTED.value
                idea.spinoff_id = spinoff.id
                uow.event(
                    engagement_stream(parent.id),
                    "idea",
                    idea.id,
                    "diverted",
                    {"state": "captured"},
                    {"state": "diverted", "spinoff": spinoff.code},
                )
                uow.changes.ideas.add(idea.id)
            uow.changes.engagements.update({spinoff.id, parent.id})
            uow.changes.created = spinoff.id
            return uow.commit()
