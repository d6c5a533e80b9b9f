"""Starting the desktop app: the QApplication, the database, the one error handler."""

from __future__ import annotations

import getpass
import logging
import os
import sys
import traceback
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget

from core.db import Database, open_database
from core.errors import DatabaseRefusedError
from core.services import Services
from desktop.pyside_fixes import pin_none

pin_none()  # before any Qt object exists: PySide6 6.12 leaks references to None

from desktop.main_window import MainWindow  # noqa: E402
from desktop.widgets import icon  # noqa: E402

APP_NAME = "Scopekeeper"
STYLE = """
QLineEdit[invalid="true"] { border: 2px solid #c53030; border-radius: 3px; }
"""
log = logging.getLogger("scopekeeper")


def log_dir() -> Path:
    import platformdirs

    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))


def setup_logging(folder: Path | None = None) -> Path:
    """Log to a rotating file in the user's log folder; returns its path."""
    folder = folder or log_dir()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "scopekeeper.log"
    for old in [h for h in log.handlers if isinstance(h, RotatingFileHandler)]:
        log.removeHandler(old)
        old.close()
    handler = RotatingFileHandler(path, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    return path


def install_excepthook(log_path: Path, parent: QWidget | None = None) -> None:
    """One handler for every unexpected error: log it, tell the user, keep running.

    Every change runs in a unit of work that rolls back unless the service committed,
    so an exception half-way through an action leaves the database as it was."""

    def hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, value, tb)
            return
        text = "".join(traceback.format_exception(kind, value, tb))
        log.error("unexpected error\n%s", text)
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Critical)
        box.setWindowTitle(QApplication.translate("app", "Unexpected error"))
        box.setText(
            QApplication.translate(
                "app",
                "Something went wrong that Scopekeeper did not expect: {0}\n\n"
                "Nothing was half-saved: the action was rolled back. "
                "The details are in {1}.",
            ).format(value, log_path)
        )
        box.setDetailedText(text)
        box.exec()

    sys.excepthook = hook


def build_main_window(
    db: Database, services: Services, settings: QSettings | None = None
) -> MainWindow:
    """The main window for an open database, shown but without running the event loop."""
    window = MainWindow(db, services, settings)
    window.show()
    return window


def _open_with_retries(target: str | None) -> Database | None:
    """Open the database; when refused, offer to choose another file (or quit)."""
    while True:
        try:
            return open_database(target)
        except DatabaseRefusedError as exc:
            box = QMessageBox()
            box.setIcon(QMessageBox.Icon.Warning)
            box.setWindowTitle(QApplication.translate("app", "Database not opened"))
            box.setText(exc.message)
            choose = box.addButton(
                QApplication.translate("app", "Choose another file…"),
                QMessageBox.ButtonRole.AcceptRole,
            )
            box.addButton(QMessageBox.StandardButton.Close)
            box.exec()
            if box.clickedButton() is not choose:
                return None
            path, _ = QFileDialog.getSaveFileName(
                None,
                QApplication.translate("app", "Open or create a database"),
                "",
                QApplication.translate(
                    "app", "Scopekeeper database (*.sqlite3 *.db);;All files (*)"
                ),
                options=QFileDialog.Option.DontConfirmOverwrite,
            )
            if not path:
                return None
            target = path


def actor_name() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return "scopekeeper"


def run(db_target: str | None) -> int:
    """Start the GUI on ``db_target`` (or SCOPEKEEPER_DB, the last database used, the default)."""
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setDesktopFileName("app.scopekeeper.Scopekeeper")  # matches the .desktop entry
    app.setWindowIcon(icon("scopekeeper"))
    app.setStyleSheet(STYLE)
    log_path = setup_logging()
    install_excepthook(log_path)
    settings = QSettings()
    target = db_target
    if target is None and not os.environ.get("SCOPEKEEPER_DB"):
        stored = settings.value("database/target")
        target = stored if isinstance(stored, str) and stored else None
    db = _open_with_retries(target)
    if db is None:
        return 1
    window = build_main_window(db, Services(db, actor_name()), settings)
    if target:
        window.remember_database(target)
    code = app.exec()
    db.close()
    return code
