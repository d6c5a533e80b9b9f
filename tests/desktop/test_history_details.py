"""The History tab's detail pane (issue 14) words the selected event as the list above it
does, in the interface language ("Jalon · modèle appliqué", not "milestone
template_applied"), then shows the records as stored, labelled as the stored record."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from core.demo import load_demo
from desktop.app import install_translators, remove_translators
from desktop.labels import interface_language
from desktop.views.engagement import TAB_HISTORY
from desktop.views.history import COL_ACTION, COL_ENTITY, COL_SUMMARY, COL_WHEN, COL_WHO


def history_of_the_demo(qtbot, window, services):
    load_demo(services, date.today())
    window.refresh_sidebar()
    window.open_engagement("LUMI-2026-01")
    view = window.engagement_view
    view.tabs.setCurrentIndex(TAB_HISTORY)
    history = view.tabs.widget(TAB_HISTORY)
    qtbot.waitUntil(lambda: history.model.rowCount() > 0)
    return history


def select(history, action: str) -> int:
    """Selects the first event of ``action``; returns its row."""
    model = history.model
    row = next(r for r in range(model.rowCount()) if model.event_at(r).action == action)
    history.table.selectRow(row)
    return row


@pytest.mark.parametrize(
    ("language", "code"),
    [
        (QLocale.Language.French, "fr"),
        (QLocale.Language.Spanish, "es"),
        (QLocale(QLocale.Language.Chinese, QLocale.Country.Taiwan), "zh-TW"),
    ],
)
def test_the_event_reads_in_the_words_of_the_list(qtbot, window, services, language, code):
    app = QApplication.instance()
    locale = language if isinstance(language, QLocale) else QLocale(language)
    installed = install_translators(app, locale=locale)
    try:
        assert interface_language() == code, "build the catalogues first (translations.py)"
        history = history_of_the_demo(qtbot, window, services)
        model = history.model
        for action in ("template_applied", "state_changed"):
            row = select(history, action)
            text = history.detail.toPlainText()
            heading, summary = text.split("\n")[:2]
            for column in (COL_WHEN, COL_WHO, COL_ENTITY, COL_ACTION):
                assert model.index(row, column).data().replace("\u00a0", " ") in heading
            listed = model.index(row, COL_SUMMARY).data()
            # the list's summary, whole (the pane's plain text gives no-break spaces as spaces)
            assert summary == listed.replace("\u00a0", " ")
            assert action not in text and "milestone" not in heading
    finally:
        remove_translators(app, installed)


def test_the_stored_records_are_labelled_as_such(qtbot, window, services) -> None:
    history = history_of_the_demo(qtbot, window, services)
    select(history, "state_changed")
    text = history.detail.toPlainText()
    assert text.split("\n")[0].endswith("Milestone: state changed")
    before, after = text.split("Stored record before:\n")[1].split("\n\nStored record after:\n")
    assert before.startswith("{\n") and '"state": "planned"' in before  # as stored, indented
    assert '"state": "in_progress"' in after
    event = history.model.event_at(history.table.currentIndex().row())
    assert text.endswith(f"Recorded at {event.at.isoformat()} · hash {event.hash}")
