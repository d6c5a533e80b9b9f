"""The Help guide lists the keyboard shortcuts as the window's actions really have them: the
milestone steps Ctrl+1 to Ctrl+4 among them, and whatever key an action is given."""

from __future__ import annotations

import re

from PySide6.QtGui import QKeySequence, QUndoCommand
from PySide6.QtWidgets import QWidget

from desktop.dialogs.help import GuideDialog, shortcut_actions, shortcut_rows
from desktop.main_window import MainWindow
from tests.desktop.helpers import when_modal


def guide_text(qtbot, window: MainWindow) -> str:  # type: ignore[no-untyped-def]
    """What the guide opened from Help shows."""
    seen: list[str] = []

    def read(dialog: QWidget) -> None:
        assert isinstance(dialog, GuideDialog)
        seen.append(dialog.browser.toPlainText())
        dialog.reject()

    done = when_modal(qtbot, read)
    window.guide()
    assert done == ["done"]
    return seen[0]


def shown_keys(text: str) -> dict[str, str]:
    """The guide's shortcut table as {keys: what they do} (a table reads one cell a line)."""
    _note, *cells = text.split("Keyboard shortcuts", 1)[1].strip().splitlines()
    assert len(cells) % 2 == 0
    return {keys.strip(): words.strip() for keys, words in zip(cells[::2], cells[1::2])}


def test_the_guide_lists_the_four_milestone_steps(qtbot, window: MainWindow) -> None:
    keys = shown_keys(guide_text(qtbot, window))
    assert keys["Ctrl+1"] == "Start work"
    assert keys["Ctrl+2"] == "Submit for review"
    assert keys["Ctrl+3"] == "Record review"
    assert keys["Ctrl+4"] == "Sign-off"
    assert keys["Ctrl+K"] == "Search everything"
    assert keys["Ctrl+N"] == "New engagement"


def test_the_keys_it_lists_are_those_the_actions_have(qtbot, window: MainWindow) -> None:
    """Give an action another key and the guide says so: it cannot go stale."""
    page = window.engagement_view.page_actions
    page.act_start.setShortcut("Ctrl+Shift+1")
    keys = shown_keys(guide_text(qtbot, window))
    assert keys["Ctrl+Shift+1"] == "Start work"
    assert "Ctrl+1" not in keys
    # and every key it lists is one an action of the window has
    real = {keys for keys, _ in shortcut_rows(shortcut_actions(window))}
    assert set(keys) == real


def test_every_key_the_guide_s_paragraphs_name_is_a_real_shortcut(
    qtbot, window: MainWindow
) -> None:
    text = guide_text(qtbot, window)
    prose = text.split("Keyboard shortcuts", 1)[0]
    named = set(re.findall(r"Ctrl\+\w+", prose))
    assert named >= {"Ctrl+N", "Ctrl+I", "Ctrl+D", "Ctrl+K"}
    keys = shown_keys(text)
    assert named <= set(keys)
    assert keys["Ctrl+I"] == "Capture idea"
    assert keys["Ctrl+D"] == "Dashboard"


def test_undo_and_redo_are_named_by_their_use_not_by_the_step_they_would_take_back(
    qtbot, window: MainWindow
) -> None:
    """Edit > Undo reads "Undo Capture idea" after a capture; the guide's table says what
    the key does, whatever the last step was."""
    step = QUndoCommand("Capture idea")
    window.ops.undo_stack.push(step)
    assert window.act_undo.text() != "&Undo"  # the menu names the step
    keys = shown_keys(guide_text(qtbot, window))
    undo = QKeySequence(QKeySequence.StandardKey.Undo).toString(
        QKeySequence.SequenceFormat.NativeText
    )
    redo = QKeySequence(QKeySequence.StandardKey.Redo).toString(
        QKeySequence.SequenceFormat.NativeText
    )
    assert keys[undo] == "Undo"
    assert keys[redo] == "Redo"
