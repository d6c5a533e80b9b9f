"""File dialogs that say what they do and remember where the person last went.

Opening a database asks for an existing file under an "Open" button; a new database is
named under a "Create" button (a save dialog would say "Save", which reads as if the
database were about to be overwritten). Each kind of file (databases, exports, archives)
remembers its last folder in QSettings, so the next dialog of that kind starts there."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

DATABASES, EXPORTS, ARCHIVES = "databases", "exports", "archives"
"""The kinds of file whose folder is remembered separately."""


def _key(kind: str) -> str:
    return f"dialogs/folder/{kind}"


def last_folder(settings: QSettings | None, kind: str) -> str:
    """The folder the last dialog of ``kind`` ended in, if it still exists; else Documents."""
    if settings is not None:
        value = settings.value(_key(kind), "")
        if isinstance(value, str) and value and Path(value).is_dir():
            return value
    return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)


def remember_folder(settings: QSettings | None, kind: str, path: str | Path) -> None:
    """Keep the folder of ``path`` as the place the next dialog of ``kind`` starts in."""
    if settings is not None and str(path):
        settings.setValue(_key(kind), str(Path(path).parent))


OPEN, CREATE, OPEN_OR_CREATE = "open", "create", "open or create"
"""What a database dialog asks for: an existing file, a new one's name, or either (a start
whose database did not open)."""


def database_dialog(parent: QWidget | None, folder: str, mode: str) -> QFileDialog:
    """The dialog to open an existing database file (button "Open"), to name a new one
    (button "Create"), or, ``OPEN_OR_CREATE``, either: its button reads "Open", and an
    existing file is opened as it is, never overwritten."""
    title = {
        OPEN: QCoreApplication.translate("FileDialogs", "Open database"),
        CREATE: QCoreApplication.translate("FileDialogs", "New database"),
        OPEN_OR_CREATE: QCoreApplication.translate("FileDialogs", "Open or create a database"),
    }[mode]
    dialog = QFileDialog(
        parent,
        title,
        folder,
        QCoreApplication.translate(
            "FileDialogs", "Scopekeeper database (*.sqlite3 *.db);;All files (*)"
        ),
    )
    dialog.setObjectName("database_dialog")
    if mode == OPEN:
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    else:
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setFileMode(QFileDialog.FileMode.AnyFile)
        dialog.setDefaultSuffix("sqlite3")
    if mode == OPEN_OR_CREATE:
        dialog.setOption(QFileDialog.Option.DontConfirmOverwrite)
    button = (
        QCoreApplication.translate("FileDialogs", "&Create")
        if mode == CREATE
        else QCoreApplication.translate("FileDialogs", "&Open")
    )
    dialog.setLabelText(QFileDialog.DialogLabel.Accept, button)
    return dialog


def ask_database_at_start() -> str:
    """The database file to try instead of one that did not open, or "" when cancelled."""
    dialog = database_dialog(None, last_folder(None, DATABASES), OPEN_OR_CREATE)
    if not dialog.exec() or not dialog.selectedFiles():
        return ""
    return dialog.selectedFiles()[0]


def ask_database(parent: QWidget | None, settings: QSettings | None, *, create: bool) -> str:
    """The database file chosen (existing, or new with ``create``), or "" when cancelled."""
    dialog = database_dialog(parent, last_folder(settings, DATABASES), CREATE if create else OPEN)
    if not dialog.exec() or not dialog.selectedFiles():
        return ""
    path = dialog.selectedFiles()[0]
    remember_folder(settings, DATABASES, path)
    return path


def ask_save_path(
    parent: QWidget | None,
    settings: QSettings | None,
    kind: str,
    title: str,
    name: str,
    pattern: str,
) -> Path | None:
    """Where to write a file named ``name`` by default, starting in the last folder of
    ``kind``; None when cancelled."""
    start = Path(last_folder(settings, kind)) / name
    path, _ = QFileDialog.getSaveFileName(parent, title, str(start), pattern)
    if not path:
        return None
    remember_folder(settings, kind, path)
    return Path(path)


def ask_open_path(
    parent: QWidget | None, settings: QSettings | None, kind: str, title: str, pattern: str
) -> str:
    """An existing file to read, starting in the last folder of ``kind``; "" when cancelled."""
    path, _ = QFileDialog.getOpenFileName(parent, title, last_folder(settings, kind), pattern)
    if path:
        remember_folder(settings, kind, path)
    return path
