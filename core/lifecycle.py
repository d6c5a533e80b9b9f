"""What may happen next to an engagement and its milestones, and why not otherwise.

One table for every action the application offers. The services ask it before they change
anything (``Permission.require`` raises the refusal), the read side hands it to the views
(``core.queries.actions``) so a button is enabled exactly when the service would accept the
click and a disabled one explains itself with the same sentence, and the command line meets
the same refusals. Nothing here touches the database: the rules take small records of facts.

Milestone states move ``planned → in_progress → submitted → accepted | changes_requested``,
``changes_requested → submitted`` (the next round), ``accepted → signed_off → invoiced →
paid``. Accepted and changes requested are reached only by recording a review (or confirming a
deemed acceptance); signed off only by recording the client's signed copy.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence, Sized
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Protocol

from core.errors import DomainError, ScopeLockedError, TransitionError, ValidationError
from core.messages import listing, msg, word
from core.models.enums import EngagementStatus, IdeaState, MilestoneState

S = MilestoneState
E = EngagementStatus

NEXT: Mapping[S, tuple[S, ...]] = {
    S.PLANNED: (S.IN_PROGRESS,),
    S.IN_PROGRESS: (S.SUBMITTED,),
    S.SUBMITTED: (S.ACCEPTED, S.CHANGES_REQUESTED),
    S.CHANGES_REQUESTED: (S.SUBMITTED,),
    S.ACCEPTED: (S.SIGNED_OFF,),
    S.SIGNED_OFF: (S.INVOICED,),
    S.INVOICED: (S.PAID,),
    S.PAID: (),
}
"""Every legal move of a milestone."""

LABEL: Mapping[S, str] = {state: state.value.replace("_", " ") for state in S}

ACCEPTED_OR_LATER = frozenset({S.ACCEPTED, S.SIGNED_OFF, S.INVOICED, S.PAID})
"""The client has accepted the work: its forecast is history, its sign-off exists."""


class Action(StrEnum):
    """Everything a person can ask of an engagement or one of its milestones."""

    # the engagement
    EDIT_TERMS = "edit_terms"
    ADD_MILESTONE = "add_milestone"
    ACTIVATE = "activate"
    CANCEL = "cancel"
    CLOSE = "close"
    CAPTURE_IDEA = "capture_idea"
    DELETE_DRAFT = "delete_draft"
    # one milestone
    EDIT_MILESTONE = "edit_milestone"
    REMOVE_MILESTONE = "remove_milestone"
    REORDER_MILESTONE = "reorder_milestone"
    APPLY_TEMPLATE = "apply_template"
    START = "start"
    SUBMIT = "submit"
    RECORD_REVIEW = "record_review"
    CONFIRM_DEEMED = "confirm_deemed"
    MOVE_FORECAST = "move_forecast"
    ISSUE_SIGNOFF = "issue_signoff"
    RECORD_SIGNATURE = "record_signature"
    MARK_INVOICED = "mark_invoiced"
    MARK_PAID = "mark_paid"
    # one idea
    EDIT_IDEA = "edit_idea"
    DIVERT_IDEA = "divert_idea"
    PARK_IDEA = "park_idea"
    DECLINE_IDEA = "decline_idea"


ENGAGEMENT_ACTIONS = (
    Action.EDIT_TERMS,
    Action.ADD_MILESTONE,
    Action.ACTIVATE,
    Action.CANCEL,
    Action.CLOSE,
    Action.CAPTURE_IDEA,
    Action.DELETE_DRAFT,
)
IDEA_ACTIONS = (Action.EDIT_IDEA, Action.DIVERT_IDEA, Action.PARK_IDEA, Action.DECLINE_IDEA)
MILESTONE_ACTIONS = tuple(
    a for a in Action if a not in ENGAGEMENT_ACTIONS and a not in IDEA_ACTIONS
)

# What each action does, in the words of a refusal ("cannot <doing>: ..."), given the
# milestone's position (core.messages: each a translatable phrase).
_DOING: Mapping[Action, Callable[[int], str]] = {
    Action.EDIT_TERMS: lambda _: msg("change the engagement's terms"),
    Action.ADD_MILESTONE: lambda _: msg("add a milestone"),
    Action.ACTIVATE: lambda _: msg("activate"),
    Action.CANCEL: lambda _: msg("cancel"),
    Action.CLOSE: lambda _: msg("close"),
    Action.CAPTURE_IDEA: lambda _: msg("capture an idea"),
    Action.DELETE_DRAFT: lambda _: msg("delete"),
    Action.EDIT_MILESTONE: lambda p: msg("change milestone {position}", position=p),
    Action.REMOVE_MILESTONE: lambda p: msg("remove milestone {position}", position=p),
    Action.REORDER_MILESTONE: lambda _: msg("reorder milestones"),
    Action.APPLY_TEMPLATE: lambda p: msg("apply a template to milestone {position}", position=p),
    Action.START: lambda _: msg("start work"),
    Action.SUBMIT: lambda _: msg("submit for review"),
    Action.RECORD_REVIEW: lambda _: msg("record a review"),
    Action.CONFIRM_DEEMED: lambda _: msg("confirm deemed acceptance"),
    Action.MOVE_FORECAST: lambda _: msg("move a forecast"),
    Action.ISSUE_SIGNOFF: lambda _: msg("issue a sign-off"),
    Action.RECORD_SIGNATURE: lambda _: msg("record a signed copy"),
    Action.MARK_INVOICED: lambda _: msg("mark as invoiced"),
    Action.MARK_PAID: lambda _: msg("mark as paid"),
}


# The state a milestone action moves to, for the actions that are plain moves.
_MOVES: Mapping[Action, S] = {
    Action.START: S.IN_PROGRESS,
    Action.SUBMIT: S.SUBMITTED,
    Action.RECORD_SIGNATURE: S.SIGNED_OFF,
    Action.MARK_INVOICED: S.INVOICED,
    Action.MARK_PAID: S.PAID,
}


@dataclass(frozen=True, slots=True)
class Permission:
    """Whether an action may happen now; when not, the sentence that says why."""

    allowed: bool
    reason: str = ""
    error: type[DomainError] = TransitionError
    field: str = "status"

    def require(self) -> None:
        """Raise the refusal this permission stands for (nothing when it is allowed)."""
        if self.allowed:
            return
        if self.error is ValidationError:
            raise ValidationError(self.field, self.reason)
        raise self.error(self.reason)


ALLOWED = Permission(True)


@dataclass(frozen=True, slots=True)
class EngagementFacts:
    """What the engagement rules need to know."""

    code: str
    status: str
    milestones: Sequence[tuple[int, str]] = ()
    """(position, state) of every milestone."""
    activation_problems: Sequence[str] = ()


@dataclass(frozen=True, slots=True)
class MilestoneFacts:
    """What the milestone rules need to know."""

    code: str
    status: str
    position: int
    title: str
    state: str
    deemed_due: bool = False


class PlannedMilestone(Protocol):
    """A milestone as planned: the stored record and the read side's row both are one."""

    @property
    def id(self) -> str: ...
    @property
    def position(self) -> int: ...
    @property
    def title(self) -> str: ...
    @property
    def state(self) -> str: ...
    @property
    def amount_minor(self) -> int: ...
    @property
    def baseline_due(self) -> date | None: ...
    @property
    def criteria(self) -> Sized: ...


class PlannedEngagement(Protocol):
    @property
    def code(self) -> str: ...
    @property
    def status(self) -> str: ...


def activation_problems(milestones: Sequence[PlannedMilestone]) -> list[str]:
    """Everything that stands between a draft and activation, in words: at least one
    milestone, each with an amount above zero, a due date and an acceptance criterion."""
    if not milestones:
        return [msg("add at least one milestone")]
    problems: list[str] = []
    for m in milestones:
        missing = []
        if m.amount_minor <= 0:
            missing.append(msg("an amount above zero"))
        if m.baseline_due is None:
            missing.append(msg("a due date"))
        if not len(m.criteria):
            missing.append(msg("at least one acceptance criterion"))
        if missing:
            problems.append(
                msg(
                    "milestone {position} '{title}' needs {missing}",
                    position=m.position,
                    title=m.title,
                    missing=listing(missing),
                )
            )
    return problems


def allowed_next(state: S) -> str:
    """The states ``state`` may move to, in words."""
    if not NEXT[state]:
        return msg("nothing (it is finished)")
    return listing(word(s) for s in NEXT[state])


def _scope(code: str, status: str, doing: str) -> Permission:
    """Scope edits are only possible while the engagement is a draft."""
    if status == E.DRAFT:
        return ALLOWED
    if status == E.ACTIVE:
        return Permission(
            False,
            msg(
                "cannot {doing}: the scope of {code} is locked since activation. "
                "Capture this as an idea instead; ideas can be diverted into a spin-off "
                "engagement.",
                doing=doing,
                code=code,
            ),
            ScopeLockedError,
        )
    return Permission(
        False,
        msg(
            "cannot {doing}: {code} is {status}, and its roadmap can no longer change",
            doing=doing,
            code=code,
            status=word(status),
        ),
        ScopeLockedError,
    )


def _active(code: str, status: str, doing: str) -> Permission:
    if status == E.ACTIVE:
        return ALLOWED
    values = {"doing": doing, "code": code, "status": word(status)}
    if status == E.DRAFT:
        reason = msg("cannot {doing}: {code} is {status}, not active. Activate it first.", **values)
    else:
        reason = msg("cannot {doing}: {code} is {status}, not active.", **values)
    return Permission(False, reason, ValidationError)


def move_permission(m: MilestoneFacts, target: S) -> Permission:
    """Whether the state machine lets the milestone become ``target`` (any engagement)."""
    current = S(m.state)
    if target in NEXT[current]:
        return ALLOWED
    return Permission(
        False,
        msg(
            "milestone {position} '{title}' is {state}; it can only move to: {next}. "
            "It cannot become {target}.",
            position=m.position,
            title=m.title,
            state=word(current),
            next=allowed_next(current),
            target=word(target),
        ),
    )


def _first_refusal(*permissions: Permission) -> Permission:
    return next((p for p in permissions if not p.allowed), ALLOWED)


def engagement_permissions(e: EngagementFacts) -> dict[Action, Permission]:
    """Every engagement-level action and whether it may happen now."""
    table: dict[Action, Permission] = {
        Action.EDIT_TERMS: _scope(e.code, e.status, _DOING[Action.EDIT_TERMS](0)),
        Action.ADD_MILESTONE: _scope(e.code, e.status, _DOING[Action.ADD_MILESTONE](0)),
    }
    if e.status != E.DRAFT:
        table[Action.ACTIVATE] = Permission(
            False,
            msg(
                "{code} is {status}; only a draft can be activated",
                code=e.code,
                status=word(e.status),
            ),
            ValidationError,
        )
    elif e.activation_problems:
        table[Action.ACTIVATE] = Permission(
            False,
            msg(
                "{code} cannot be activated yet: {problems}",
                code=e.code,
                problems=listing(e.activation_problems, "; "),
            ),
            ValidationError,
            "roadmap",
        )
    else:
        table[Action.ACTIVATE] = ALLOWED
    table[Action.CANCEL] = (
        ALLOWED
        if e.status in (E.DRAFT, E.ACTIVE)
        else Permission(
            False,
            msg(
                "{code} is {status}; only a draft or active engagement can be cancelled",
                code=e.code,
                status=word(e.status),
            ),
            ValidationError,
        )
    )
    if e.status != E.ACTIVE:
        table[Action.CLOSE] = Permission(
            False,
            msg(
                "{code} is {status}; only an active one can be closed",
                code=e.code,
                status=word(e.status),
            ),
            ValidationError,
        )
    elif not_yet := [(p, S(st)) for p, st in e.milestones if S(st) not in ACCEPTED_OR_LATER]:
        table[Action.CLOSE] = Permission(
            False,
            msg(
                "{code} cannot be closed: milestones not yet accepted: {milestones}",
                code=e.code,
                milestones=listing(
                    msg("{position} ({state})", position=p, state=word(st)) for p, st in not_yet
                ),
            ),
            ValidationError,
        )
    else:
        table[Action.CLOSE] = ALLOWED
    table[Action.CAPTURE_IDEA] = (
        Permission(
            False,
            msg("{code} is cancelled; capture the idea elsewhere", code=e.code),
            ValidationError,
            "engagement",
        )
        if e.status == E.CANCELLED
        else ALLOWED
    )
    table[Action.DELETE_DRAFT] = (
        ALLOWED
        if e.status == E.DRAFT
        else Permission(
            False,
            msg(
                "{code} is {status}; only a draft can be deleted. An engagement that has "
                "started is cancelled, never deleted, so its history stays whole",
                code=e.code,
                status=word(e.status),
            ),
            ValidationError,
        )
    )
    return table


def milestone_permissions(m: MilestoneFacts) -> dict[Action, Permission]:
    """Every milestone-level action and whether it may happen now."""
    state = S(m.state)
    doing = {a: _DOING[a](m.position) for a in MILESTONE_ACTIONS}
    table: dict[Action, Permission] = {
        a: _scope(m.code, m.status, doing[a])
        for a in (
            Action.EDIT_MILESTONE,
            Action.REMOVE_MILESTONE,
            Action.REORDER_MILESTONE,
            Action.APPLY_TEMPLATE,
        )
    }
    for action, target in _MOVES.items():
        table[action] = _first_refusal(
            _active(m.code, m.status, doing[action]), move_permission(m, target)
        )
    # The client's signature acknowledges work already accepted; it is recorded whatever
    # has become of the engagement since (billing, though, needs an active engagement).
    table[Action.RECORD_SIGNATURE] = move_permission(m, S.SIGNED_OFF)
    reviewable = (
        ALLOWED
        if state == S.SUBMITTED
        else Permission(
            False,
            msg(
                "milestone {position} '{title}' is {state}; only a submitted milestone "
                "can be reviewed. It can only move to: {next}.",
                position=m.position,
                title=m.title,
                state=word(state),
                next=allowed_next(state),
            ),
        )
    )
    table[Action.RECORD_REVIEW] = _first_refusal(
        _active(m.code, m.status, doing[Action.RECORD_REVIEW]), reviewable
    )
    table[Action.CONFIRM_DEEMED] = _first_refusal(
        _active(m.code, m.status, doing[Action.CONFIRM_DEEMED]),
        ALLOWED
        if m.deemed_due and state == S.SUBMITTED
        else Permission(
            False,
            msg(
                "milestone {position} is not past a deemed-acceptance period",
                position=m.position,
            ),
            ValidationError,
            "deemed acceptance",
        ),
    )
    if m.status == E.DRAFT:
        table[Action.MOVE_FORECAST] = Permission(
            False,
            msg("a draft has no forecast yet: change the due date itself while planning"),
            ValidationError,
            "forecast",
        )
    else:
        table[Action.MOVE_FORECAST] = _first_refusal(
            _active(m.code, m.status, doing[Action.MOVE_FORECAST]),
            Permission(
                False,
                msg(
                    "milestone {position} '{title}' is {state}: the client has "
                    "accepted its work, so its due date is history and its forecast no longer "
                    "moves. Only a milestone not yet accepted (planned, in progress, submitted, "
                    "changes requested) has a forecast to move",
                    position=m.position,
                    title=m.title,
                    state=word(state),
                ),
                ValidationError,
                "forecast",
            )
            if state in ACCEPTED_OR_LATER
            else ALLOWED,
        )
    table[Action.ISSUE_SIGNOFF] = (
        ALLOWED
        if state in ACCEPTED_OR_LATER
        else Permission(
            False,
            msg(
                "milestone {position} '{title}' is {state}; a sign-off is issued once "
                "the client has accepted it",
                position=m.position,
                title=m.title,
                state=word(state),
            ),
        )
    )
    return table


@dataclass(frozen=True, slots=True)
class Permissions:
    """The whole table for one engagement: its own actions and each milestone's."""

    engagement: Mapping[Action, Permission]
    milestones: Mapping[str, Mapping[Action, Permission]]

    def of(self, action: Action, milestone_id: str | None = None) -> Permission:
        """An engagement action, or a milestone action of ``milestone_id``; a milestone
        action without a milestone is refused with "choose a milestone first"."""
        if action in ENGAGEMENT_ACTIONS:
            return self.engagement[action]
        table = self.milestones.get(milestone_id or "")
        if table is None:
            return Permission(False, msg("choose a milestone first"), ValidationError, "milestone")
        return table[action]


def milestone_facts(
    engagement: PlannedEngagement, milestone: PlannedMilestone, deemed_due: bool = False
) -> MilestoneFacts:
    return MilestoneFacts(
        engagement.code,
        engagement.status,
        milestone.position,
        milestone.title,
        milestone.state,
        deemed_due,
    )


def engagement_table(
    engagement: PlannedEngagement, milestones: Sequence[PlannedMilestone]
) -> dict[Action, Permission]:
    """Every engagement action of ``engagement`` (with these ``milestones``) now."""
    facts = EngagementFacts(
        engagement.code,
        engagement.status,
        [(m.position, m.state) for m in milestones],
        activation_problems(milestones) if engagement.status == E.DRAFT else (),
    )
    return engagement_permissions(facts)


def milestone_table(
    engagement: PlannedEngagement, milestone: PlannedMilestone, deemed_due: bool = False
) -> dict[Action, Permission]:
    """Every action on ``milestone`` now."""
    return milestone_permissions(milestone_facts(engagement, milestone, deemed_due))


def permissions(
    engagement: PlannedEngagement,
    milestones: Sequence[PlannedMilestone],
    deemed_due: Callable[[PlannedMilestone], bool] = lambda _: False,
) -> Permissions:
    """Every action of ``engagement`` and of each of its ``milestones``."""
    return Permissions(
        engagement_table(engagement, milestones),
        {m.id: milestone_table(engagement, m, deemed_due(m)) for m in milestones},
    )


def idea_permissions(state: str, what: str | None = None) -> dict[Action, Permission]:
    """What may happen to an idea in ``state`` (``what`` names it in a refusal). Only a
    captured idea is edited, diverted into a spin-off, parked or declined; the others are
    settled for good."""
    if state == IdeaState.CAPTURED:
        return dict.fromkeys(IDEA_ACTIONS, ALLOWED)
    named = what if what is not None else msg("the idea")
    values = {"what": named, "state": word(state)}
    return {
        Action.EDIT_IDEA: Permission(
            False, msg("{what} is {state}; only a captured idea can be edited", **values)
        ),
        Action.DIVERT_IDEA: Permission(
            False,
            msg(
                "an idea that is {state} cannot be diverted; only captured ideas can",
                state=values["state"],
            ),
        ),
        Action.PARK_IDEA: Permission(
            False, msg("{what} is already {state}; only a captured idea can be parked", **values)
        ),
        Action.DECLINE_IDEA: Permission(
            False,
            msg("{what} is already {state}; only a captured idea can be declined", **values),
        ),
    }
