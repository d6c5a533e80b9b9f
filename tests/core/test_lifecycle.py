"""The one table of what may happen next, walked through every state."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from core.errors import ScopeLockedError, TransitionError, ValidationError
from core.lifecycle import (
    ENGAGEMENT_ACTIONS,
    IDEA_ACTIONS,
    MILESTONE_ACTIONS,
    NEXT,
    Action,
    EngagementFacts,
    MilestoneFacts,
    engagement_permissions,
    idea_permissions,
    milestone_permissions,
)
from core.models.enums import EngagementStatus as E
from core.models.enums import MilestoneState as S

statuses = st.sampled_from(list(E))
states = st.sampled_from(list(S))


def milestone(status: E, state: S, deemed_due: bool = False) -> MilestoneFacts:
    return MilestoneFacts("ACME-2026-01", status.value, 2, "Design", state.value, deemed_due)


@given(statuses, states, st.booleans())
def test_every_milestone_action_is_answered_and_every_refusal_explains_itself(
    status: E, state: S, deemed_due: bool
) -> None:
    table = milestone_permissions(milestone(status, state, deemed_due))
    assert set(table) == set(MILESTONE_ACTIONS)
    for action, permission in table.items():
        if permission.allowed:
            permission.require()
            assert permission.reason == ""
        else:
            assert len(permission.reason) > 20, action
            with pytest.raises((ScopeLockedError, TransitionError, ValidationError)) as refused:
                permission.require()
            assert permission.reason in str(refused.value)


@given(statuses, states, st.booleans())
def test_state_moves_follow_the_machine_and_need_an_active_engagement(
    status: E, state: S, deemed_due: bool
) -> None:
    table = milestone_permissions(milestone(status, state, deemed_due))
    active = status == E.ACTIVE
    assert table[Action.START].allowed == (active and S.IN_PROGRESS in NEXT[state])
    assert table[Action.SUBMIT].allowed == (active and S.SUBMITTED in NEXT[state])
    assert table[Action.RECORD_REVIEW].allowed == (active and state == S.SUBMITTED)
    assert table[Action.CONFIRM_DEEMED].allowed == (active and state == S.SUBMITTED and deemed_due)
    assert table[Action.RECORD_SIGNATURE].allowed == (state == S.ACCEPTED)
    assert table[Action.MARK_INVOICED].allowed == (active and state == S.SIGNED_OFF)
    assert table[Action.MARK_PAID].allowed == (active and state == S.INVOICED)


@given(statuses, states)
def test_scope_is_editable_only_in_a_draft(status: E, state: S) -> None:
    table = milestone_permissions(milestone(status, state))
    for action in (Action.EDIT_MILESTONE, Action.REMOVE_MILESTONE, Action.REORDER_MILESTONE):
        assert table[action].allowed == (status == E.DRAFT)
        if status == E.ACTIVE:
            assert table[action].error is ScopeLockedError
            assert "Capture this as an idea instead" in table[action].reason


@pytest.mark.parametrize("state", [S.ACCEPTED, S.SIGNED_OFF, S.INVOICED, S.PAID])
def test_the_forecast_of_accepted_work_does_not_move(state: S) -> None:
    permission = milestone_permissions(milestone(E.ACTIVE, state))[Action.MOVE_FORECAST]
    assert not permission.allowed
    assert "accepted" in permission.reason


@pytest.mark.parametrize("state", [S.PLANNED, S.IN_PROGRESS, S.SUBMITTED, S.CHANGES_REQUESTED])
def test_the_forecast_of_open_work_moves_in_an_active_engagement(state: S) -> None:
    assert milestone_permissions(milestone(E.ACTIVE, state))[Action.MOVE_FORECAST].allowed
    for status in (E.DRAFT, E.COMPLETED, E.CANCELLED):
        assert not milestone_permissions(milestone(status, state))[Action.MOVE_FORECAST].allowed


def test_a_refused_move_names_the_current_state_and_the_allowed_next_ones() -> None:
    permission = milestone_permissions(milestone(E.ACTIVE, S.PLANNED))[Action.MARK_PAID]
    assert permission.reason == (
        "milestone 2 'Design' is planned; it can only move to: in progress. It cannot become paid."
    )


def test_a_refusal_on_a_cancelled_engagement_says_so_before_the_state() -> None:
    permission = milestone_permissions(milestone(E.CANCELLED, S.PLANNED))[Action.START]
    assert permission.reason == "cannot start work: ACME-2026-01 is cancelled, not active."


@given(statuses, st.lists(states, max_size=6), st.lists(st.text(min_size=1), max_size=2))
def test_every_engagement_action_is_answered(
    status: E, milestone_states: list[S], problems: list[str]
) -> None:
    facts = EngagementFacts(
        "ACME-2026-01", status.value, list(enumerate(milestone_states, 1)), problems
    )
    table = engagement_permissions(facts)
    assert set(table) == set(ENGAGEMENT_ACTIONS)
    assert table[Action.ACTIVATE].allowed == (status == E.DRAFT and not problems)
    assert table[Action.CANCEL].allowed == (status in (E.DRAFT, E.ACTIVE))
    done = {S.ACCEPTED, S.SIGNED_OFF, S.INVOICED, S.PAID}
    assert table[Action.CLOSE].allowed == (
        status == E.ACTIVE and all(s in done for s in milestone_states)
    )
    assert table[Action.CAPTURE_IDEA].allowed == (status != E.CANCELLED)
    for permission in table.values():
        assert permission.allowed or permission.reason


@pytest.mark.parametrize("state", ["captured", "diverted", "parked", "declined"])
def test_only_a_captured_idea_moves_on(state: str) -> None:
    table = idea_permissions(state)
    assert set(table) == set(IDEA_ACTIONS)
    for action, permission in table.items():
        assert permission.allowed == (state == "captured"), action
        if not permission.allowed:
            assert state in permission.reason
            with pytest.raises(TransitionError):
                permission.require()
