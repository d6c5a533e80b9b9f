"""Desktop fixtures: a MainWindow on a fresh database, temporary QSettings, a recorder for
the refusal dialogs (QMessageBox.warning) the operation runner shows, and that runner alone
for the views tested without a window."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox

from core.db import Database
from core.services import Services
from desktop.main_window import MainWindow
from desktop.ops import Ops
from desktop.pyside_fixes import pin_none

pin_none()  # as desktop.app does: every PySide6 6.12 call leaks a reference to None


@pytest.fixture
def qsettings(tmp_path: Path) -> QSettings:
    """Settings in a file of this test only, never the user's."""
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def refusals(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Texts of the warning dialogs shown (the dialogs themselves are not opened)."""
    shown: list[str] = []

    def warning(_parent: object, _title: str, text: str, *args: object, **kwargs: object) -> int:
        shown.append(text)
        return int(QMessageBox.StandardButton.Ok)

    monkeypatch.setattr(QMessageBox, "warning", staticmethod(warning))
    return shown


@pytest.fixture
def ops(qtbot: object, refusals: list[str]) -> Ops:
    """The real operation runner of a view tested on its own (no window); its refusal
    dialogs are recorded in ``refusals``."""
    return Ops(None)


@pytest.fixture
def window(
    qtbot: object, db: Database, services: Services, qsettings: QSettings, refusals: list[str]
) -> Iterator[MainWindow]:
    win = MainWindow(db, services, qsettings)
    qtbot.addWidget(win)  # type: ignore[attr-defined]
    win.show()
    qtbot.waitExposed(win)  # type: ignore[attr-defined]
    yield win
    win.ops.wait_for_background()


RUN_LAST = ("test_pg_secrets.py",)
"""Modules whose tests start the whole application in this process (``desktop.app.run``,
its event loop and start-up work included). What that leaves behind in the one
QApplication changed how later widget tests lay out and wait (seen on the rows editor and
the window-font test), so these run after every other test of the session."""


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    items.sort(key=lambda item: item.path.name in RUN_LAST)  # stable: the rest keep order
