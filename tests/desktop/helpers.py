"""Helpers the desktop tests share (fixtures are in conftest.py)."""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget

ROOT = Path(__file__).resolve().parents[2]

# packaging/translations.py, the catalogue tool, loaded as a module (packaging/ is no package)
_spec = importlib.util.spec_from_file_location(
    "packaging_translations", ROOT / "packaging" / "translations.py"
)
assert _spec is not None and _spec.loader is not None
translations = importlib.util.module_from_spec(_spec)
sys.modules[_spec.name] = translations  # dataclasses look their module up there
_spec.loader.exec_module(translations)


def when_modal(qtbot, check: Callable[[QWidget], None]) -> list[str]:
    """Run ``check`` on the next modal dialog as soon as it shows; the list gets "done"."""
    done: list[str] = []

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None or not dialog.isVisible():
            QTimer.singleShot(10, poll)
            return
        try:
            check(dialog)
        finally:
            done.append("done")

    QTimer.singleShot(0, poll)
    return done
