"""Daily use of the engagement page through the real widgets: the header for every status,
applying a template without losing a typed title, the warning for a due date outside the
engagement's span, the milestone shortcuts, and what Mark invoiced and Mark paid ask."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QAction, QKeySequence, QTextDocumentFragment
from PySide6.QtWidgets import QApplication, QInputDialog, QLabel, QMessageBox

from core.models import Baseline, Milestone
from core.services import CriterionInput, ObjectiveInput, Services, SignatureInput, VerdictInput
from core.services.workflow import invoice_reference
from desktop.dialogs.review import ReviewDialog
from desktop.labels import LANGUAGE_PROPERTY
from desktop.main_window import MainWindow
from desktop.menus import fill_engagement_menus
from desktop.models.roadmap import COL_DUE, COL_FORECAST, COL_STATE
from desktop.views.engagement import TAB_IDEAS, EngagementView
from tests.checks import milestone_state
from tests.factories import Built, accept, criteria_ids, make_active, make_client, make_draft


def opened(window: MainWindow, engagement_id: str) -> EngagementView:
    window.refresh_sidebar()
    window.open_engagement(engagement_id)
    return window.engagement_view


def signed_and_paid(s: Services, built: Built) -> None:
    for n, mid in enumerate(built.milestone_ids, start=1):
        accept(s, built, mid)
        signoff = s.signoffs.for_milestone("ACME-2026-03", n)
        s.signoffs.record_signature(
            signoff.id,
            SignatureInput("typed", "Marie Dupont", date(2026, 3, 3), b"ack", True, "typed"),
        )
        s.workflow.mark_invoiced(mid, date(2026, 3, 4))
        s.workflow.mark_paid(mid, date(2026, 3, 5))


# -- 3. the header says what the engagement is --------------------------------------------


def test_the_header_says_what_each_status_is(qtbot, window: MainWindow, refusals) -> None:
    s = window.services
    client = make_client(s)
    draft = make_draft(s, code="ACME-2026-01", client=client)
    active = make_active(s, code="ACME-2026-02", client=client)
    completed = make_active(s, code="ACME-2026-03", milestones=1, client=client)
    signed_and_paid(s, completed)
    dropped = make_draft(s, code="ACME-2026-04", client=client)
    s.engagements.cancel(dropped.engagement_id, "the client chose another agency")
    stopped = make_active(s, code="ACME-2026-05", client=client)
    s.engagements.cancel(stopped.engagement_id, "budget frozen")

    def header(built: Built) -> tuple[str, str, bool, str]:
        view = opened(window, built.engagement_id)
        return (
            view.badge.text(),
            view.lock_label.text(),
            view.lock_icon.isVisible(),
            view.editor.lock_text.text() if view.editor.lock_note.isVisible() else "",
        )

    fingerprints = {}
    for built in (active, completed, stopped):
        with s.db.reading() as session:
            fingerprints[built.engagement_id] = (
                session.query(Baseline).filter_by(engagement_id=built.engagement_id).one()
            ).fingerprint[:16]
    locked_note = (
        "Scope locked: these fields are part of the baseline. Capture an idea to propose a change."
    )
    assert header(draft) == ("Draft", "Draft: scope open for planning", True, "")
    assert header(active) == (
        "Active",
        f"Scope locked · baseline v1 {fingerprints[active.engagement_id]}",
        True,
        locked_note,
    )
    assert header(completed) == (
        "Completed",
        f"Scope locked · baseline v1 {fingerprints[completed.engagement_id]}",
        True,
        locked_note,
    )
    assert header(dropped) == (
        "Cancelled",
        "Cancelled as a draft · the scope was never locked",
        False,
        "Engagement cancelled: its milestones stay as they were and no longer change.",
    )
    assert header(stopped) == (
        "Cancelled",
        "Cancelled after activation · scope stayed locked at baseline v1 "
        + fingerprints[stopped.engagement_id],
        True,
        "Engagement cancelled: its milestones stay as they were and no longer change.",
    )
    assert refusals == []


# -- 2. applying a template keeps what was typed -------------------------------------------


def saved(s: Services, milestone_id: str) -> tuple[str, list[str], str]:
    with s.db.reading() as session:
        m = session.get(Milestone, milestone_id)
        assert m is not None
        return m.title, [c.text for c in m.criteria], m.template_name


def choose_template(view: EngagementView, name: str) -> None:
    index = view.editor.template.findText(name)
    assert index >= 0, [
        view.editor.template.itemText(i) for i in range(view.editor.template.count())
    ]
    view.editor.template.setCurrentIndex(index)


def test_applying_a_template_keeps_the_title_typed(qtbot, window: MainWindow, refusals) -> None:
    s = window.services
    built = make_draft(s, criteria=1)
    view = opened(window, built.engagement_id)
    view.select_milestone(built.milestone_ids[0])
    view.editor.title_edit.clear()
    qtbot.keyClicks(view.editor.title_edit, "Homepage design")
    name = view.editor.template.itemText(0)
    choose_template(view, name)
    qtbot.mouseClick(view.editor.apply_template, Qt.MouseButton.LeftButton)
    title, criteria, template = saved(s, built.milestone_ids[0])
    assert title == "Homepage design"  # saved, not replaced
    assert template == name and criteria[0] == "Criterion 1.1" and len(criteria) > 1
    assert view.editor.title_edit.text() == "Homepage design"
    assert [c.text for c in view.selected().criteria] == criteria  # shown as saved
    assert not view.editor.has_unsaved_edits()
    # two steps to undo: the template, then the title
    assert window.ops.undo_stack.count() >= 2
    assert refusals == []


def test_a_template_is_not_applied_over_an_amount_that_does_not_read(
    qtbot, window: MainWindow, refusals
) -> None:
    s = window.services
    built = make_draft(s, criteria=1)
    view = opened(window, built.engagement_id)
    view.select_milestone(built.milestone_ids[0])
    view.editor.amount.clear()
    qtbot.keyClicks(view.editor.amount, "12,,5x")
    qtbot.mouseClick(view.editor.apply_template, Qt.MouseButton.LeftButton)
    assert len(refusals) == 1 and refusals[0].startswith("Amount:")
    assert saved(s, built.milestone_ids[0])[1:] == (["Criterion 1.1"], "")  # nothing applied
    assert view.editor.amount.text() == "12,,5x"  # what was typed is still there to fix


# -- 5. a due date outside the engagement's span -----------------------------------------


def test_a_due_date_outside_the_span_is_warned_at_the_field(
    qtbot, window: MainWindow, refusals
) -> None:
    s = window.services
    built = make_draft(s)  # 5 Jan 2026 to 30 Jun 2026
    view = opened(window, built.engagement_id)
    view.select_milestone(built.milestone_ids[0])
    warning = view.editor.due_warning
    assert not warning.isVisible()
    view.editor.due.edit.setDate(QDate(2026, 8, 1))
    assert warning.isVisible()
    assert warning.text() == "⚠ Due after the engagement's target end (Jun 30, 2026)."
    view.editor.due.edit.setDate(QDate(2025, 12, 1))
    assert warning.text() == "⚠ Due before the engagement starts (Jan 5, 2026)."
    view.editor.due.check.setChecked(False)  # no due date: nothing to warn about
    assert not warning.isVisible()
    view.editor.due.check.setChecked(True)
    view.editor.due.edit.setDate(QDate(2026, 8, 1))
    qtbot.mouseClick(view.editor.save_button, Qt.MouseButton.LeftButton)  # a warning, no refusal
    assert refusals == []
    with s.db.reading() as session:
        m = session.get(Milestone, built.milestone_ids[0])
        assert m is not None and m.baseline_due == date(2026, 8, 1)
    assert warning.isVisible()  # still said after the save reloads the milestone
    view.select_milestone(built.milestone_ids[1])
    assert not warning.isVisible()


# -- 7. shortcuts, Mark invoiced's reference, Mark paid's question -------------------------


def test_milestone_steps_have_shortcuts_that_clash_with_nothing(
    qtbot, window: MainWindow, refusals
) -> None:
    s = window.services
    built = make_active(s)
    view = opened(window, built.engagement_id)
    actions = view.page_actions
    expected = {
        actions.act_start: "Ctrl+1",
        actions.act_submit: "Ctrl+2",
        actions.act_review: "Ctrl+3",
        actions.act_signoff: "Ctrl+4",
    }
    for action, keys in expected.items():
        assert action.shortcut() == QKeySequence(keys)
    assert actions.act_start.toolTip() == "Start work (Ctrl+1)"
    assert actions.act_submit.toolTip().startswith("Submit for review (Ctrl+2): ")  # disabled
    fill_engagement_menus(window)
    assert actions.act_start in window.milestone_menu.actions()
    taken: dict[str, list[str]] = {}
    for action in window.findChildren(QAction):
        for sequence in action.shortcuts():
            taken.setdefault(sequence.toString(), []).append(action.text())
    clashes = {keys: names for keys, names in taken.items() if len(names) > 1}
    assert clashes == {}

    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert milestone_state(s, built.milestone_ids[0]) == "in_progress"
    qtbot.keyClick(view.table, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert milestone_state(s, built.milestone_ids[0]) == "submitted"
    assert refusals == []


@pytest.fixture
def signed(window: MainWindow) -> Built:
    s = window.services
    built = make_active(s)
    accept(s, built, built.milestone_ids[0])
    signoff = s.signoffs.for_milestone("ACME-2026-01", 1)
    s.signoffs.record_signature(
        signoff.id, SignatureInput("typed", "Marie Dupont", date(2026, 3, 3), b"ack", True, "ok")
    )
    return built


def test_mark_invoiced_asks_for_the_reference_and_mark_paid_asks_first(
    qtbot, window: MainWindow, signed: Built, monkeypatch, refusals
) -> None:
    s = window.services
    mid = signed.milestone_ids[0]
    view = opened(window, signed.engagement_id)
    view.select_milestone(mid)
    prompts: list[str] = []
    replies = [("", False), ("  F-2026-118 ", True)]

    def get_text(_parent, _title, label, *_args, **_kwargs):
        prompts.append(label)
        return replies.pop(0)

    monkeypatch.setattr(QInputDialog, "getText", get_text)
    view.page_actions.act_invoiced.trigger()  # cancelled
    assert milestone_state(s, mid) == "signed_off"
    view.page_actions.act_invoiced.trigger()
    assert milestone_state(s, mid) == "invoiced"
    assert prompts[0] == "Invoice reference for ACME-2026-01 milestone 1 (optional):"
    with s.db.reading() as session:
        assert invoice_reference(session, mid) == "F-2026-118"

    answers = [QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Yes]
    questions: list[str] = []

    def question(_parent, _title, text, *_args):
        questions.append(text)
        return answers.pop(0)

    monkeypatch.setattr(QMessageBox, "question", question)
    view.page_actions.act_paid.trigger()
    assert milestone_state(s, mid) == "invoiced"
    view.page_actions.act_paid.trigger()
    assert milestone_state(s, mid) == "paid"
    assert questions[0].startswith("Mark ACME-2026-01 milestone 1 “Milestone 1” paid on ")
    assert refusals == []


# -- 4. round 2 shows what round 1 said ---------------------------------------------------


def test_round_two_shows_round_one_unmet_criteria_and_notes(qtbot, window: MainWindow) -> None:
    s = window.services
    built = make_active(s)
    mid = built.milestone_ids[0]
    s.workflow.start(mid)
    s.workflow.submit(mid, date(2026, 3, 2))
    first, second = criteria_ids(s, mid)
    s.workflow.record_review(
        mid,
        held_on=date(2026, 3, 3),
        reviewer_id=built.contact_id,
        verdicts=[
            VerdictInput(first, "met", "fine on mobile"),
            VerdictInput(second, "not_met", "logo too small <b>and</b> blurry"),
        ],
    )
    s.workflow.submit(mid, date(2026, 3, 9))
    dialog = ReviewDialog(window.ops, s, mid, window)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.previous_round.isVisible()
    assert dialog.previous_round.text() == (
        "Round 1 on Mar 3, 2026 (Marie Dupont): Changes requested — 1 of 2 criteria not met. "
        "Its verdicts and notes are under each criterion."
    )
    labels = {label.buddy(): label.text() for label in dialog.findChildren(QLabel) if label.buddy()}
    rows = {row.position: labels[row.verdict] for row in dialog.rows}
    assert "Round 1: Met — fine on mobile" in rows[1]
    assert "Round 1: Not met — logo too small &lt;b&gt;and&lt;/b&gt; blurry" in rows[2]
    assert "font-weight: 600" in rows[2] and "font-weight" not in rows[1]  # unmet stands out
    assert dialog.rows[1].verdict.currentData() is None  # round 2 decides afresh


def test_a_first_round_shows_no_earlier_round(qtbot, window: MainWindow) -> None:
    s = window.services
    built = make_active(s)
    mid = built.milestone_ids[0]
    s.workflow.start(mid)
    s.workflow.submit(mid, date(2026, 3, 2))
    dialog = ReviewDialog(window.ops, s, mid, window)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.previous_round.isVisible()
    assert not any("Round 1" in label.text() for label in dialog.findChildren(QLabel))


# -- 9. narrow fields and badges ------------------------------------------------------------


def test_locked_criteria_and_targets_read_whole_and_dates_and_badges_fit(
    qtbot, window: MainWindow
) -> None:
    s = window.services
    built = make_draft(s, criteria=1)
    s.roadmap.update_milestone(
        built.milestone_ids[0],
        criteria=[
            CriterionInput(
                "Every product page loads in under two seconds on a 4G connection",
                "≥ 95 % of pages, measured with the client's monitoring",
            )
        ],
    )
    s.engagements.activate(built.engagement_id)
    view = opened(window, built.engagement_id)
    window.resize(1280, 800)
    view.select_milestone(built.milestone_ids[0])
    editor = view.editor
    assert not editor.criteria.isVisible() and editor.criteria_text.isVisible()
    assert editor.criteria_text.wordWrap()
    shown = QTextDocumentFragment.fromHtml(editor.criteria_text.text()).toPlainText()
    assert [line.strip() for line in shown.splitlines()] == [
        "1. Every product page loads in under two seconds on a 4G connection",
        "Target: ≥ 95 % of pages, measured with the client's monitoring",
    ]
    table, metrics = view.table, view.table.fontMetrics()
    for row in range(view.model.rowCount()):
        for column in (COL_DUE, COL_FORECAST, COL_STATE):
            text = str(view.model.index(row, column).data())
            assert table.columnWidth(column) > metrics.horizontalAdvance(text), text


# -- 6. a diverted idea's qualification starts the spin-off ---------------------------------


def test_diverting_an_idea_opens_a_spin_off_drafted_from_its_qualification(
    qtbot, window: MainWindow, monkeypatch, refusals
) -> None:
    s = window.services
    built = make_active(s)
    idea_id = s.ideas.capture(
        built.engagement_id,
        description="Mobile app for the loyalty card",
        raised_by="Marie Dupont",
        raised_on=date(2026, 2, 10),
        priority="must",
        qualification={
            "goals": "Members reorder from their phone",
            "budget": "€40,000",
            "timeline": "2026-09-30",
        },
    ).created
    assert idea_id is not None
    view = opened(window, built.engagement_id)
    view.tabs.setCurrentIndex(TAB_IDEAS)
    ideas = view.tabs.currentWidget()
    ideas.select_ids([idea_id])
    monkeypatch.setattr(
        QInputDialog, "getText", lambda *a, text="", **k: (text, True)
    )  # the suggested code
    with qtbot.waitSignal(view.sig_open_engagement):
        ideas.divert_button.click()
    spin = window.engagement_view
    qtbot.waitUntil(lambda: spin.detail is not None and spin.detail.code == "ACME-2026-01-S1")
    assert spin.objectives.text() == "Objectives: Members reorder from their phone"
    assert "Sep 30, 2026" in spin.subtitle.text()  # the span grew to the idea's timeline
    spin.select_milestone(spin.model.milestones[0].id)
    assert spin.editor.amount.text() == "40,000.00"
    assert spin.editor.due.value() == date(2026, 9, 30)
    assert not spin.editor.due_warning.isVisible()
    assert refusals == []


@pytest.mark.parametrize(
    ("language", "joined"),
    [("en", "Grow sales (+30 %); Ship it"), ("fr", "Grow sales (+30 %)\u00a0; Ship it")],
)
def test_the_objectives_in_the_header_are_joined_as_the_language_joins_a_list(
    qtbot, window: MainWindow, language: str, joined: str
) -> None:
    built = make_draft(window.services)
    window.services.engagements.update(
        built.engagement_id,
        objectives=[ObjectiveInput("Grow sales", "+30 %"), ObjectiveInput("Ship it", "")],
    )
    app = QApplication.instance()
    app.setProperty(LANGUAGE_PROPERTY, language)
    try:
        view = opened(window, built.engagement_id)
        assert view.objectives.text().endswith(joined)
    finally:
        app.setProperty(LANGUAGE_PROPERTY, None)
