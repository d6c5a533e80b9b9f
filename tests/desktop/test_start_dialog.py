"""The file dialog a start offers when its database did not open: its button reads Open."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog

from desktop import file_dialogs


def test_the_start_dialog_opens_or_creates_under_an_open_button(qtbot, tmp_path: Path) -> None:
    dialog = file_dialogs.database_dialog(None, str(tmp_path), file_dialogs.OPEN_OR_CREATE)
    qtbot.addWidget(dialog)
    assert dialog.labelText(QFileDialog.DialogLabel.Accept) == "&Open"
    assert dialog.windowTitle() == "Open or create a database"
    # A new name is accepted (a new database), and an existing file is opened, not
    # "replaced": no overwrite question.
    assert dialog.fileMode() == QFileDialog.FileMode.AnyFile
    assert dialog.testOption(QFileDialog.Option.DontConfirmOverwrite)
    assert dialog.defaultSuffix() == "sqlite3"
    assert dialog.directory().absolutePath() == str(tmp_path)


def test_the_start_dialog_returns_the_file_chosen(qtbot, monkeypatch, tmp_path: Path) -> None:
    chosen = tmp_path / "agency.sqlite3"
    monkeypatch.setattr(QFileDialog, "exec", lambda self: 1)
    monkeypatch.setattr(QFileDialog, "selectedFiles", lambda self: [str(chosen)])
    assert file_dialogs.ask_database_at_start() == str(chosen)
    monkeypatch.setattr(QFileDialog, "exec", lambda self: 0)
    assert file_dialogs.ask_database_at_start() == ""
