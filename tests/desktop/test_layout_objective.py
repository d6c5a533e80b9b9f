"""A long engagement objective in the engagement dialog (issue 15): its field wraps the
sentence onto a few lines and grows to show it whole, instead of showing its first forty
characters on one line; Enter still saves the dialog, from it as from any other field."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from desktop.dialogs.engagement import EngagementDialog
from desktop.wrapping_field import MAX_LINES
from tests.factories import make_client

OBJECTIVE = (
    "Raise requests for quotes from interior architects by a third within six months of "
    "the relaunch, counted on the contact form"
)


def new_dialog(qtbot, window) -> EngagementDialog:
    make_client(window.services)
    dialog = EngagementDialog(window.ops, window.services, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(dialog.code, "ACME-2026-07")
    qtbot.keyClicks(dialog.title, "Relaunch")
    return dialog


def test_a_long_objective_shows_whole_on_a_few_lines(qtbot, window, refusals) -> None:
    dialog = new_dialog(qtbot, window)
    field = dialog.objectives.rows[0][0][0]
    one_line = field.height()
    qtbot.keyClicks(field, OBJECTIVE)
    lines = field.document().size().height()  # lines, for a plain-text field
    assert 1 < lines <= MAX_LINES
    # once laid out, nothing to scroll to: every line is in view
    qtbot.waitUntil(lambda: field.verticalScrollBar().maximum() == 0)
    assert field.height() > one_line  # it grew...
    assert field.viewport().height() >= lines * field.fontMetrics().lineSpacing()  # ...enough
    assert not field.verticalScrollBar().isVisible()
    assert not field.horizontalScrollBar().isVisible()
    assert dialog.objective_inputs()[0].text == OBJECTIVE

    qtbot.keyClick(field, Qt.Key.Key_Return)  # saves, as Enter in a line edit does
    assert refusals == []
    assert dialog.result() == QDialog.DialogCode.Accepted
    view = window.engagement_view
    assert view.detail.objectives[0][0] == OBJECTIVE  # one paragraph, no line break typed


def test_enter_in_the_measure_field_saves_too(qtbot, window, refusals) -> None:
    dialog = new_dialog(qtbot, window)
    objective, measure = dialog.objectives.rows[0][0]
    qtbot.keyClicks(objective, "Sell online")
    qtbot.keyClicks(measure, "200 orders a month")
    qtbot.keyClick(measure, Qt.Key.Key_Return)
    assert refusals == []
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert window.engagement_view.detail.objectives == (("Sell online", "200 orders a month"),)


def test_a_pasted_objective_on_several_lines_becomes_one_paragraph(qtbot, window) -> None:
    from PySide6.QtCore import QMimeData

    dialog = new_dialog(qtbot, window)
    field = dialog.objectives.rows[0][0][0]
    data = QMimeData()
    data.setText("Sell online\n  across Europe\r\n")
    field.insertFromMimeData(data)
    assert field.text() == "Sell online across Europe"
