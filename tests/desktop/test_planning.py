"""Planning a draft through the real widgets: create, edit, reorder, activate, then the
locked scope, forecast moves, and undo/redo of draft edits."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QMessageBox
from sqlalchemy import select

from core import queries
from core.models import HistoryEvent, Idea
from core.services import CriterionInput, Services
from core.undo import CaptureIdea
from desktop.dialogs.activate import ActivateDialog
from desktop.dialogs.engagement import ClientDialog, EngagementDialog
from desktop.dialogs.forecast import ForecastDialog
from desktop.labels import LANGUAGE_PROPERTY
from desktop.main_window import MainWindow
from desktop.models.roadmap import COL_AMOUNT, COL_VARIANCE
from desktop.undo import UndoStep
from desktop.views.engagement import EngagementView
from tests.factories import make_client, make_draft


def titles(view: EngagementView) -> list[str]:
    return [m.title for m in view.model.milestones]


def open_draft(window: MainWindow, language: str = "fr", milestones: int = 2) -> EngagementView:
    s = window.services
    built = make_draft(s, code="LUX-2026-01", milestones=milestones)
    if language != "en":
        s.engagements.update(built.engagement_id, language=language)
    window.refresh_sidebar()
    window.open_engagement(built.engagement_id)
    return window.engagement_view


def test_create_an_engagement_with_a_new_client_through_the_dialogs(
    qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch, refusals
) -> None:
    def fill_client(dialog: ClientDialog) -> int:
        dialog.show()
        qtbot.keyClicks(dialog.name, "Atelier Zoe")
        edits = dialog.contacts.rows[0][0]
        qtbot.keyClicks(edits[0], "Zoe Martin")
        qtbot.keyClicks(edits[2], "zoe@atelier.example")
        dialog.save()
        return dialog.result()

    monkeypatch.setattr(ClientDialog, "exec", fill_client)
    dialog = EngagementDialog(window.ops, window.services, window)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.code, "zoe-2026-01")
    qtbot.keyClicks(dialog.title, "Boutique en ligne")
    qtbot.mouseClick(dialog.new_client, Qt.MouseButton.LeftButton)
    assert dialog.client.currentText() == "Atelier Zoe"
    dialog.language.setCurrentIndex(dialog.language.findData("fr"))
    qtbot.keyClicks(dialog.objectives.rows[0][0][0], "Vendre en ligne")
    dialog.save()
    assert refusals == []
    assert dialog.result() == QDialog.DialogCode.Accepted
    view = window.engagement_view
    assert view.heading.text() == "ZOE-2026-01 — Boutique en ligne"
    assert view.badge.text() == "Draft"
    assert "Vendre en ligne" in view.objectives.text()
    assert window.sidebar.currentIndex().data().startswith("ZOE-2026-01")


def test_a_bad_engagement_is_refused_with_the_field_named(
    qtbot, window: MainWindow, refusals
) -> None:
    make_client(window.services)
    dialog = EngagementDialog(window.ops, window.services, window)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.code, "ACME-2026-09")
    qtbot.keyClicks(dialog.title, "Late")
    dialog.end.setDate(dialog.start.date().addDays(-3))
    dialog.save()
    assert len(refusals) == 1 and refusals[0].startswith("target end date:")
    assert dialog.result() != QDialog.DialogCode.Accepted


@pytest.fixture
def french_interface():
    """As when the French translation of the interface is installed: amounts are read and
    shown the French way (the engagement's document language does not decide it)."""
    app = QApplication.instance()
    app.setProperty(LANGUAGE_PROPERTY, "fr")
    yield
    app.setProperty(LANGUAGE_PROPERTY, None)


def test_add_milestone_and_type_a_french_amount_updates_the_running_total(
    qtbot, french_interface, window: MainWindow, refusals
) -> None:
    view = open_draft(window, "fr", milestones=1)
    view.page_actions.act_add.trigger()
    assert titles(view) == ["Milestone 1", "Milestone 2"]
    assert view.selected().title == "Milestone 2"
    editor = view.editor
    editor.title_edit.clear()
    qtbot.keyClicks(editor.title_edit, "Recette")
    editor.amount.clear()
    qtbot.keyClicks(editor.amount, "1 234,50")
    assert editor.amount.problem == ""
    editor.due.check.setChecked(True)
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert refusals == []
    row = view.model.milestones[1]
    assert (row.title, row.amount_minor) == ("Recette", 123_450)
    assert view.model.index(1, COL_AMOUNT).data() == "1\u202f234,50\u00a0€"
    # 1 000,00 € from the factory's first milestone + 1 234,50 €
    assert view.total.text() == "Total of 2 milestones: 2\u202f234,50\u00a0€"


def test_an_english_interface_reads_and_shows_amounts_in_english_whatever_the_documents(
    qtbot, window: MainWindow, refusals
) -> None:
    view = open_draft(window, "fr", milestones=1)
    editor = view.editor
    assert editor.amount.text() == "1,000.00"
    editor.amount.clear()
    qtbot.keyClicks(editor.amount, "1,234.50")
    assert editor.amount.problem == ""
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert refusals == []
    assert view.model.milestones[0].amount_minor == 123_450
    assert view.model.index(0, COL_AMOUNT).data() == "€1,234.50"
    assert view.total.text().endswith(": €1,234.50")


def test_an_amount_the_locale_cannot_read_is_refused_before_saving(
    qtbot, french_interface, window: MainWindow, refusals
) -> None:
    view = open_draft(window, "fr", milestones=1)
    editor = view.editor
    editor.amount.clear()
    qtbot.keyClicks(editor.amount, "12.500")
    assert "decimal" in editor.amount.problem or "ambiguous" in editor.amount.problem
    assert editor.amount.property("invalid") is True
    editor.save_button.click()
    assert len(refusals) == 1 and refusals[0].startswith("Amount:")
    assert view.model.milestones[0].amount_minor == 100_000


def test_apply_a_review_template_copies_its_criteria(window: MainWindow) -> None:
    view = open_draft(window, "en", milestones=1)
    editor = view.editor
    editor.template.setCurrentIndex(editor.template.findText("Software release"))
    editor.apply_template.click()
    m = view.model.milestones[0]
    assert m.template_name == "Software release"
    assert len(m.criteria) == 2 + 5
    assert len(editor.criteria.rows) == 7
    assert "Template: Software release" in editor.info.text()


def test_reorder_by_drag_and_drop_and_moverows_merges_into_one_undo_step(
    window: MainWindow,
) -> None:
    view = open_draft(window, "en", milestones=3)
    model = view.model
    assert model.moveRows(QModelIndex(), 0, 1, QModelIndex(), 3)  # first → after the third
    assert titles(view) == ["Milestone 2", "Milestone 3", "Milestone 1"]
    data = model.mimeData([model.index(2, 0)])
    assert model.dropMimeData(data, Qt.DropAction.MoveAction, 1, 0, QModelIndex())
    assert titles(view) == ["Milestone 2", "Milestone 1", "Milestone 3"]
    assert window.ops.undo_stack.count() == 1  # two drags of the same milestone, one step
    window.act_undo.trigger()
    assert titles(view) == ["Milestone 1", "Milestone 2", "Milestone 3"]
    window.act_redo.trigger()
    assert titles(view) == ["Milestone 2", "Milestone 1", "Milestone 3"]


def test_keyboard_reorder_moves_the_selected_milestone(qtbot, window: MainWindow) -> None:
    view = open_draft(window, "en", milestones=3)
    view.select_milestone(view.model.milestones[0].id)
    view.table.setFocus()
    qtbot.keyClick(
        view.table,
        Qt.Key.Key_Down,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert titles(view) == ["Milestone 2", "Milestone 1", "Milestone 3"]
    assert view.selected().title == "Milestone 1"


def test_undo_and_redo_of_draft_edits_restore_the_roadmap(qtbot, window: MainWindow) -> None:
    view = open_draft(window, "en", milestones=2)
    start = [(m.title, m.amount_minor, len(m.criteria)) for m in view.model.milestones]
    view.page_actions.act_add.trigger()
    view.editor.title_edit.setText("Launch")
    view.editor.save_button.click()
    view.select_milestone(view.model.milestones[0].id)
    view.page_actions.act_remove.trigger()
    after = [(m.title, m.amount_minor, len(m.criteria)) for m in view.model.milestones]
    assert after == [("Milestone 2", 200_000, 2), ("Launch", 0, 0)]
    for _ in range(3):
        window.act_undo.trigger()
    assert [(m.title, m.amount_minor, len(m.criteria)) for m in view.model.milestones] == start
    for _ in range(3):
        window.act_redo.trigger()
    assert [(m.title, m.amount_minor, len(m.criteria)) for m in view.model.milestones] == after


def test_edit_engagement_terms_is_undoable(qtbot, window: MainWindow, monkeypatch) -> None:
    view = open_draft(window, "en")
    dialog = EngagementDialog(window.ops, window.services, window, view.detail.id)
    qtbot.addWidget(dialog)
    assert not dialog.code.isEnabled()
    dialog.title.setText("Website relaunch, phase 1")
    dialog.save()
    assert view.heading.text().endswith("phase 1")
    window.act_undo.trigger()
    assert view.heading.text() == "LUX-2026-01 — Website relaunch"


def activate(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> EngagementView:
    """Activate through the dialog: it lists what locks, then shows the fingerprint."""
    view = open_draft(window, "en", milestones=2)
    seen: list[str] = []

    def confirm(dialog: ActivateDialog) -> int:
        seen.append(dialog.summary.text() + dialog.roadmap.toPlainText())
        dialog.activate_button.click()
        seen.append(dialog.summary.text() + "\n" + dialog.roadmap.toPlainText())
        dialog.buttons.button(QDialogButtonBox.StandardButton.Close).click()
        return dialog.result()

    monkeypatch.setattr(ActivateDialog, "exec", confirm)
    view.page_actions.act_activate.trigger()
    assert "locks its scope" in seen[0] and "Criterion 1.1" in seen[0]
    assert "The scope is locked" in seen[1]
    assert seen[1].endswith(view.detail.baseline_fingerprint)  # in full, to copy
    return view


def test_activation_shows_the_fingerprint_and_locks_the_editor(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, refusals
) -> None:
    view = activate(window, monkeypatch)
    assert refusals == []
    fingerprint = view.detail.baseline_fingerprint
    assert fingerprint and len(fingerprint) == 64
    assert fingerprint[:16] in view.lock_label.text()
    assert fingerprint in view.lock_label.toolTip()
    assert fingerprint in window.statusBar().currentMessage()
    assert view.badge.text() == "Active"
    editor = view.editor
    assert editor.title_edit.isReadOnly() and editor.amount.isReadOnly()
    assert editor.deliverables.isReadOnly()
    assert not editor.save_button.isVisible() and editor.lock_note.isVisible()
    assert all(edit.isReadOnly() for edits, _, _ in editor.criteria.rows for edit in edits)
    assert not view.page_actions.act_activate.isEnabled()


def test_a_scope_edit_on_a_locked_engagement_is_refused_with_the_core_message(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, refusals
) -> None:
    """The button is disabled by core's rule and says why; the service refuses the same."""
    view = activate(window, monkeypatch)
    add = view.page_actions.act_add
    assert not add.isEnabled()
    assert "locked since activation" in add.toolTip() and "idea" in add.toolTip()
    window.ops.run(lambda: window.services.roadmap.add_milestone(view.detail.id, title="More"))
    assert len(refusals) == 1
    assert refusals[0].endswith(add.toolTip().split(": ", 1)[1])
    assert len(view.model.milestones) == 2
    assert window.ops.undo_stack.count() == 0  # a refused action leaves no undo step


def test_forecast_move_asks_for_a_reason_and_shows_the_variance(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, refusals
) -> None:
    view = activate(window, monkeypatch)
    view.select_milestone(view.model.milestones[0].id)
    baseline = view.model.milestones[0].baseline_due
    assert baseline is not None

    def answer(dialog: ForecastDialog) -> int:
        assert not dialog.ok.isEnabled()  # no reason yet
        dialog.new_date.setDate(dialog.new_date.date().addDays(9))
        dialog.reason.setPlainText("Client photo shoot postponed")
        assert dialog.ok.isEnabled()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ForecastDialog, "exec", answer)
    view.page_actions.act_forecast.trigger()
    assert refusals == []
    m = view.model.milestones[0]
    assert m.baseline_due == baseline and m.forecast_due == baseline + timedelta(days=9)
    assert view.model.index(0, COL_VARIANCE).data() == "+9 d"


def test_workflow_actions_follow_the_milestone_state(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, refusals
) -> None:
    view = activate(window, monkeypatch)
    view.select_milestone(view.model.milestones[0].id)
    assert view.page_actions.act_start.isEnabled() and not view.page_actions.act_submit.isEnabled()
    view.page_actions.act_start.trigger()
    assert view.selected().state == "in_progress"
    assert view.page_actions.act_submit.isEnabled() and not view.page_actions.act_start.isEnabled()
    view.page_actions.act_submit.trigger()
    assert view.selected().state == "submitted"
    assert (
        view.page_actions.act_review.isEnabled() and not view.page_actions.act_invoiced.isEnabled()
    )
    assert refusals == []


def test_idea_capture_undo_takes_it_out_of_the_backlog_and_redo_captures_again(
    window: MainWindow,
) -> None:
    view = open_draft(window, "en")
    engagement_id = view.detail.id
    kwargs = {
        "description": "A loyalty programme",
        "raised_by": "Marie",
        "raised_on": date(2026, 3, 1),
    }
    step = UndoStep(window.ops, window.services, CaptureIdea(engagement_id, kwargs))
    window.ops.push(step)
    first = step.created_id()
    assert first is not None
    window.act_undo.trigger()
    window.act_redo.trigger()
    assert step.created_id() not in (None, first)
    with window.services.db.reading() as session:
        states = {i.id: i.state for i in session.query(Idea).filter_by(engagement_id=engagement_id)}
    assert states == {first: "declined", step.created_id(): "captured"}


def test_criteria_typed_in_the_editor_are_saved_in_order(qtbot, window: MainWindow) -> None:
    view = open_draft(window, "en", milestones=1)
    editor = view.editor
    editor.criteria.add_row(["Works offline", "100 %"])
    editor.save_button.click()
    criteria = view.model.milestones[0].criteria
    assert [(c.text, c.target) for c in criteria] == [
        ("Criterion 1.1", ""),
        ("Criterion 1.2", ""),
        ("Works offline", "100 %"),
    ]
    step = view.ops.undo_stack.command(0)
    assert CriterionInput("Works offline", "100 %") in step.command.after.criteria


def test_a_refused_activation_says_why_and_leaves_the_draft_open(
    qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch, refusals
) -> None:
    view = open_draft(window, "en", milestones=1)
    view.page_actions.act_add.trigger()  # a second milestone with no amount, date or criterion yet
    outcome: list[object] = []

    def confirm(dialog: ActivateDialog) -> int:
        dialog.activate_button.click()
        still_offered = dialog.activate_button in dialog.buttons.buttons()
        outcome.append((dialog.fingerprint, still_offered))
        dialog.reject()
        return dialog.result()

    monkeypatch.setattr(ActivateDialog, "exec", confirm)
    view.page_actions.act_activate.trigger()
    assert len(refusals) == 1 and "Milestone 2" in refusals[0]
    assert outcome == [(None, True)]  # no fingerprint; the user can fix the draft or cancel
    assert view.detail.status == "draft" and view.badge.text() == "Draft"


def test_milestone_titles_stay_readable_when_the_table_is_narrow(qtbot, window: MainWindow) -> None:
    """Wide enough, the title takes the room the other columns leave; too narrow (200 % on
    a laptop), it keeps a readable width and the table scrolls sideways instead."""
    from desktop.models.roadmap import COL_TITLE
    from desktop.views.engagement import TITLE_MIN_CHARS

    view = open_draft(window, language="en")
    table, header = view.table, view.table.horizontalHeader()
    readable = view.title_floor()  # TITLE_MIN_CHARS letters, or the header if wider
    assert readable >= table.fontMetrics().horizontalAdvance("M" * TITLE_MIN_CHARS)
    others = sum(
        header.sectionSize(c)
        for c in range(header.count())
        if c != COL_TITLE and not header.isSectionHidden(c)
    )
    table.setMinimumWidth(others + readable + 200)
    qtbot.waitUntil(lambda: table.viewport().width() >= others + readable + 150)
    assert header.sectionSize(COL_TITLE) == table.viewport().width() - others  # fills the row
    assert table.horizontalScrollBar().maximum() == 0
    table.setMinimumWidth(0)
    table.setFixedWidth(others // 2)
    qtbot.waitUntil(lambda: table.viewport().width() < others)
    assert header.sectionSize(COL_TITLE) == readable
    assert table.horizontalScrollBar().maximum() > 0  # the rest is reached by scrolling


def test_activation_cannot_be_undone_and_clears_the_draft_steps_before_it(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, refusals
) -> None:
    """Undoing an edit of the draft after activation would be refused by core: activation
    prunes the undo history, so nothing offers what cannot happen."""
    view = open_draft(window, "en", milestones=2)
    view.page_actions.act_add.trigger()  # an undoable draft step
    assert window.ops.undo_stack.count() == 1 and window.act_undo.isEnabled()
    view.page_actions.act_add.trigger()
    window.act_undo.trigger()  # the third milestone goes again, the second stays
    assert len(view.model.milestones) == 3
    # fill in the new milestone so that the draft can be activated
    third = view.model.milestones[2]
    window.services.roadmap.update_milestone(
        third.id,
        amount_minor=50_000,
        due=view.model.milestones[0].baseline_due,
        criteria=[CriterionInput("Delivered")],
    )
    view.reload()
    activate_confirmed(view, monkeypatch)
    assert view.detail.status == "active"
    assert window.ops.undo_stack.count() == 0
    assert not window.act_undo.isEnabled()
    assert refusals == []


def test_an_undo_that_core_refuses_never_says_it_was_undone(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, refusals
) -> None:
    """Someone else activated the engagement after this window added a milestone: the undo
    (removing it) is refused with core's sentence and the status bar does not claim success."""
    view = open_draft(window, "en", milestones=1)
    view.page_actions.act_add.trigger()
    second = view.model.milestones[1]
    colleague = Services(window.services.db, "colleague")
    colleague.roadmap.update_milestone(
        second.id,
        amount_minor=50_000,
        due=view.model.milestones[0].baseline_due,
        criteria=[CriterionInput("Delivered")],
    )
    colleague.engagements.activate(view.detail.id)
    window.statusBar().clearMessage()
    window.act_undo.trigger()
    assert len(refusals) == 1 and "locked since activation" in refusals[0]
    assert "Undone" not in window.statusBar().currentMessage()
    with window.services.db.reading() as session:
        assert len(queries.engagement_detail(session, view.detail.id, date.today()).milestones) == 2
    assert window.ops.undo_stack.count() == 0  # the refused step is dropped, not retried


def activate_confirmed(view: EngagementView, monkeypatch: pytest.MonkeyPatch) -> None:
    def confirm(dialog: ActivateDialog) -> int:
        dialog.activate_button.click()
        dialog.buttons.button(QDialogButtonBox.StandardButton.Close).click()
        return dialog.result()

    monkeypatch.setattr(ActivateDialog, "exec", confirm)
    view.page_actions.act_activate.trigger()


def texts(m: queries.MilestoneRow) -> list[tuple[str, str]]:
    return [(c.text, c.target) for c in m.criteria]


def test_apply_template_through_the_editor_is_undone_exactly(window: MainWindow) -> None:
    view = open_draft(window, "en", milestones=1)
    before = view.model.milestones[0]
    editor = view.editor
    editor.template.setCurrentIndex(editor.template.findText("Software release"))
    editor.apply_template.click()
    assert view.model.milestones[0].template_name == "Software release"
    assert window.act_undo.text() == "&Undo Apply template 'Software release'"
    window.act_undo.trigger()
    m = view.model.milestones[0]
    assert (m.template_name, texts(m), m.checklist) == ("", texts(before), before.checklist)
    assert window.statusBar().currentMessage() == "Undone: Apply template 'Software release'"
    window.act_redo.trigger()
    assert view.model.milestones[0].template_name == "Software release"


def test_clearing_a_due_date_is_undone_back_to_the_date(window: MainWindow) -> None:
    view = open_draft(window, "en", milestones=1)
    due = view.model.milestones[0].baseline_due
    assert due is not None
    view.editor.due.check.setChecked(False)
    view.editor.save_button.click()
    assert view.model.milestones[0].baseline_due is None
    window.act_undo.trigger()
    assert view.model.milestones[0].baseline_due == due


def test_delete_a_draft_after_naming_it_then_undo_brings_it_back(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, refusals
) -> None:
    view = open_draft(window, "en", milestones=2)
    before = [(m.title, m.amount_minor, texts(m)) for m in view.model.milestones]
    asked: list[str] = []

    def confirm(parent, title, text, *args):  # QMessageBox.question
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", confirm)
    delete = view.page_actions.act_delete
    assert delete.isEnabled()
    delete.trigger()
    assert refusals == []
    assert "LUX-2026-01" in asked[0] and "Website relaunch" in asked[0]
    assert window.pages.currentWidget() is not view  # the page of a deleted draft is left
    assert window.sidebar_model.index_of(view.detail.id if view.detail else "x").isValid() is False
    with window.services.db.reading() as session:
        assert [e.code for e in queries.list_engagements(session)] == []
    assert window.act_undo.text() == "&Undo Delete draft LUX-2026-01"
    window.act_undo.trigger()
    assert window.pages.currentWidget() is view and view.detail is not None
    assert view.detail.code == "LUX-2026-01"
    assert [(m.title, m.amount_minor, texts(m)) for m in view.model.milestones] == before
    window.act_redo.trigger()
    with window.services.db.reading() as session:
        assert queries.list_engagements(session) == []


def test_delete_is_offered_for_a_draft_only(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    view = activate(window, monkeypatch)
    delete = view.page_actions.act_delete
    assert not delete.isEnabled()
    assert "only a draft can be deleted" in delete.toolTip()


def test_a_new_draft_is_deleted_by_undo(qtbot, window: MainWindow, refusals) -> None:
    client_id, _ = make_client(window.services)
    dialog = EngagementDialog(window.ops, window.services, window)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.code, "new-2026-01")
    qtbot.keyClicks(dialog.title, "Shop")
    dialog.client.setCurrentIndex(dialog.client.findData(client_id))
    dialog.save()
    assert refusals == [] and dialog.created_id is not None
    assert window.act_undo.text() == "&Undo Create draft NEW-2026-01"
    window.act_undo.trigger()
    with window.services.db.reading() as session:
        assert queries.list_engagements(session) == []
    window.act_redo.trigger()
    with window.services.db.reading() as session:
        assert [e.code for e in queries.list_engagements(session)] == ["NEW-2026-01"]


def test_a_forecast_move_is_undone_with_a_reason_saying_so(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, refusals
) -> None:
    view = activate(window, monkeypatch)  # activation cleared the stack
    view.select_milestone(view.model.milestones[0].id)
    baseline = view.model.milestones[0].baseline_due

    def answer(dialog: ForecastDialog) -> int:
        dialog.new_date.setDate(dialog.new_date.date().addDays(9))
        dialog.reason.setPlainText("Client photo shoot postponed")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ForecastDialog, "exec", answer)
    view.page_actions.act_forecast.trigger()
    assert view.model.milestones[0].forecast_due == baseline + timedelta(days=9)
    window.act_undo.trigger()
    assert refusals == []
    assert view.model.milestones[0].forecast_due == baseline
    with window.services.db.reading() as session:
        reasons = session.scalars(
            select(HistoryEvent.after)
            .where(HistoryEvent.action == "forecast_moved")
            .order_by(HistoryEvent.seq)
        ).all()
    assert len(reasons) == 2 and "Undo of the move to" in reasons[1]


def test_an_idea_edit_is_undone_follow_up_date_included(qtbot, window: MainWindow) -> None:
    from desktop.dialogs.idea import IdeaEditor

    view = open_draft(window, "en")
    s = window.services
    s.ideas.capture(
        view.detail.id, description="Newsletter", raised_by="Marie", raised_on=date(2026, 3, 1)
    )

    def idea():
        with s.db.reading() as session:
            return queries.engagement_detail(session, view.detail.id, date.today()).ideas[0]

    editor = IdeaEditor(window.ops, s)
    qtbot.addWidget(editor)
    editor.set_idea(idea())
    editor.description.setPlainText("Monthly newsletter")
    editor.has_follow_up.setChecked(True)
    editor.save_button.click()
    assert (idea().description, idea().follow_up is not None) == ("Monthly newsletter", True)
    window.act_undo.trigger()
    assert (idea().description, idea().follow_up) == ("Newsletter", None)


def test_preferences_are_undone(qtbot, window: MainWindow) -> None:
    from desktop.dialogs.settings import SettingsDialog

    window.services.settings.update(name="Studio Nord")
    dialog = SettingsDialog(window.ops, window.services, window.db.url, window, window.settings)
    qtbot.addWidget(dialog)
    dialog.name.setText("Studio Sud")
    dialog.save()
    assert window.services.settings.get()["name"] == "Studio Sud"
    window.act_undo.trigger()
    assert window.services.settings.get()["name"] == "Studio Nord"


def test_undo_of_a_capture_a_colleague_diverted_is_refused_and_not_reported_undone(
    window: MainWindow, refusals
) -> None:
    view = open_draft(window, "en")
    kwargs = {"description": "Loyalty", "raised_by": "Marie", "raised_on": date(2026, 3, 1)}
    step = UndoStep(window.ops, window.services, CaptureIdea(view.detail.id, kwargs))
    window.ops.push(step)
    Services(window.services.db, "colleague").ideas.divert([step.created_id()])
    window.statusBar().clearMessage()
    window.act_undo.trigger()
    assert len(refusals) == 1 and "diverted" in refusals[0]
    assert "Undone" not in window.statusBar().currentMessage()
    assert window.ops.undo_stack.count() == 0
