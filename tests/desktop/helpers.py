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


def add_notes(services, built, count: int, text: Callable[[int], str]) -> None:
    """Append ``count`` notes by Élodie Martin, a minute apart from 1 January 2026, to the
    history of ``built``'s engagement; note n says ``text(n)``."""
    from datetime import UTC, datetime, timedelta

    from core.history import append_event, engagement_stream

    start = datetime(2026, 1, 1, tzinfo=UTC)
    with services.db.unit_of_work("notes") as uow:
        for n in range(count):
            append_event(
                uow.session,
                stream=engagement_stream(built.engagement_id),
                at=start + timedelta(minutes=n),
                actor="Élodie Martin",
                entity="note",
                entity_id=built.engagement_id,
                action="noted",
                before=None,
                after={"text": text(n)},
            )
        uow.commit()


def open_history_view(qtbot, services, built, *, kept: bool = True):
    """A shown History view of ``built``'s engagement, 900 x 500; ``kept``: closed by
    pytest-qt after the test (else the test deletes it)."""
    from desktop.ops import Ops
    from desktop.views.history import HistoryView

    view = HistoryView(Ops(None), services)
    if kept:
        qtbot.addWidget(view)
    view.resize(900, 500)
    view.show()
    view.show_engagement(built.engagement_id)
    return view
