"""Helpers the desktop tests share (fixtures are in conftest.py)."""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QEvent, QLocale, QTimer, QTranslator
from PySide6.QtWidgets import QApplication, QWidget

from desktop.app import install_translators, remove_translators
from desktop.labels import LANGUAGE_PROPERTY, interface_language

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


class FrenchPlurals(QTranslator):
    """A French translation of a few counted sentences: ``forms`` maps a source text to its
    two French forms, and the form is chosen by the number the caller passes, by French's
    rule (0 and 1 take the singular), as a real catalogue would. ``asked`` records
    (source, number) for every sentence it answered."""

    def __init__(self, forms: dict[str, tuple[str, str]]) -> None:
        super().__init__(QApplication.instance())
        self.forms = forms
        self.asked: list[tuple[str, int]] = []

    def translate(self, context, source, disambiguation=None, n=-1):  # type: ignore[no-untyped-def]
        forms = self.forms.get(source)
        if forms is None:
            return None
        self.asked.append((source, n))
        return forms[0] if 0 <= n <= 1 else forms[1]

    def isEmpty(self) -> bool:
        return False


@contextmanager
def french_plurals(forms: dict[str, tuple[str, str]]) -> Iterator[FrenchPlurals]:
    """The window speaks French while ``FrenchPlurals(forms)`` is installed."""
    app = QApplication.instance()
    translator = FrenchPlurals(forms)
    app.installTranslator(translator)
    app.setProperty(LANGUAGE_PROPERTY, "fr")
    try:
        yield translator
    finally:
        app.removeTranslator(translator)
        app.setProperty(LANGUAGE_PROPERTY, None)


@contextmanager
def speaking(locale: QLocale) -> Iterator[str]:
    """The window speaks ``locale``'s language, from the catalogues the setup builds (as a
    start in that locale would install them); yields the interface language's code."""
    app = QApplication.instance()
    installed = install_translators(app, locale=locale)
    try:
        language = interface_language()
        assert language != "en", "build the catalogues first (translations.py)"
        yield language
    finally:
        remove_translators(app, installed)


def laid_out(window: QWidget) -> None:
    """Lets every pending layout request run, inner layouts first, as the event loop would."""
    for _ in range(4):
        QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        window.layout().activate()
