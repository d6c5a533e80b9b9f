"""Every action's enabled state is core's answer: for each engagement of the demo (draft,
active, completed, cancelled) and each of its milestones (every state), the engagement page's
actions are enabled exactly when core.lifecycle allows them, and a disabled one says why."""

from __future__ import annotations

from datetime import date

from core import lifecycle, queries
from core.demo import load_demo
from core.lifecycle import Action
from desktop.main_window import MainWindow

ENGAGEMENT_ACTIONS = {
    "act_add": Action.ADD_MILESTONE,
    "act_edit": Action.EDIT_TERMS,
    "act_cancel": Action.CANCEL,
    "act_close": Action.CLOSE,
    "act_delete": Action.DELETE_DRAFT,
}
MILESTONE_ACTIONS = {
    "act_remove": Action.REMOVE_MILESTONE,
    "act_start": Action.START,
    "act_submit": Action.SUBMIT,
    "act_review": Action.RECORD_REVIEW,
    "act_deemed": Action.CONFIRM_DEEMED,
    "act_signoff": Action.ISSUE_SIGNOFF,
    "act_invoiced": Action.MARK_INVOICED,
    "act_paid": Action.MARK_PAID,
    "act_forecast": Action.MOVE_FORECAST,
}


def test_every_action_follows_core_for_every_state_of_the_demo(window: MainWindow) -> None:
    load_demo(window.services, date.today())
    with window.services.db.reading() as session:
        engagements = [row.id for row in queries.list_engagements(session)]
    seen_states: set[str] = set()
    seen_statuses: set[str] = set()
    for engagement_id in engagements:
        window.open_engagement(engagement_id)
        view = window.engagement_view
        d = view.detail
        assert d is not None
        seen_statuses.add(d.status)
        table = lifecycle.engagement_table(d, d.milestones)
        for name, action in ENGAGEMENT_ACTIONS.items():
            qaction = getattr(view.page_actions, name)
            assert qaction.isEnabled() == table[action].allowed, (d.code, name)
            if not table[action].allowed:
                assert table[action].reason in qaction.toolTip()
        for m in d.milestones:
            view.select_milestone(m.id)
            seen_states.add(m.state)
            rules = lifecycle.milestone_table(d, m, m.deemed_acceptance_due)
            for name, action in MILESTONE_ACTIONS.items():
                qaction = getattr(view.page_actions, name)
                assert qaction.isEnabled() == rules[action].allowed, (d.code, m.position, name)
                if not rules[action].allowed:
                    assert rules[action].reason in qaction.toolTip(), (d.code, name)
    assert seen_statuses == {"draft", "active", "completed", "cancelled"}
    assert {"planned", "submitted", "accepted", "signed_off", "paid"} <= seen_states


def test_the_sign_off_panel_follows_core_for_every_accepted_milestone_of_the_demo(
    qtbot, window: MainWindow
) -> None:
    from desktop.views.signoff import SignoffPanel

    load_demo(window.services, date.today())
    panel = SignoffPanel(window.ops, window.services)
    qtbot.addWidget(panel)
    with window.services.db.reading() as session:
        details = [
            queries.engagement_detail(session, row.id, date.today())
            for row in queries.list_engagements(session)
        ]
    checked = 0
    for d in details:
        for m in d.milestones:
            if m.signoff_document_id is None:
                continue
            panel.show_milestone(m.id)
            rules = lifecycle.milestone_table(d, m)
            for button, action in (
                (panel.bring_button, Action.RECORD_SIGNATURE),
                (panel.invoiced_button, Action.MARK_INVOICED),
                (panel.paid_button, Action.MARK_PAID),
            ):
                assert button.isEnabled() == rules[action].allowed, (d.code, m.position)
                assert button.toolTip() == ("" if rules[action].allowed else rules[action].reason)
            checked += 1
    assert checked >= 4


def test_the_idea_buttons_follow_core_for_every_idea_of_the_demo(qtbot, window: MainWindow) -> None:
    from desktop.views.ideas import IdeasView

    load_demo(window.services, date.today())
    view = IdeasView(window.ops, window.services)
    qtbot.addWidget(view)
    with window.services.db.reading() as session:
        engagements = [row.id for row in queries.list_engagements(session)]
    view.show_settled.setChecked(True)
    states: set[str] = set()
    for engagement_id in engagements:
        view.show_engagement(engagement_id)
        with window.services.db.reading() as session:
            ideas = queries.engagement_detail(session, engagement_id, date.today()).ideas
        for idea in ideas:
            view.select_ids([idea.id])
            states.add(idea.state)
            table = lifecycle.idea_permissions(idea.state)
            for button, action in (
                (view.divert_button, Action.DIVERT_IDEA),
                (view.park_button, Action.PARK_IDEA),
                (view.decline_button, Action.DECLINE_IDEA),
            ):
                assert button.isEnabled() == table[action].allowed, (idea.state, action)
                assert button.toolTip() == ("" if table[action].allowed else table[action].reason)
    assert {"captured", "diverted", "parked"} <= states
