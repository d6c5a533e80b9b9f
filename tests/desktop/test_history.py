"""The history view: loads a page at a time, filters, shows before/after, exports."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog

from core.db import open_database
from core.services import Services
from desktop.exports import HISTORY_FORMATS
from desktop.labels import LANGUAGE_PROPERTY
from desktop.ops import Ops
from desktop.views.history import COL_ACTION, COL_SUMMARY, PAGE, HistoryView
from tests.desktop.helpers import add_notes
from tests.factories import Built, make_active

BULK = 5000


@pytest.fixture(scope="module")
def bulk(tmp_path_factory) -> Iterator[tuple[Services, Built]]:
    """An active engagement whose history has 5,000 extra notes, one in 50 about a 'kiosk'.

    Built once for the tests that only read it (appending 5,000 events takes a while)."""
    db = open_database(str(tmp_path_factory.mktemp("history") / "bulk.sqlite3"))
    services = Services(db, "tester")
    built = make_active(services)
    add_notes(services, built, BULK, lambda n: f"{'kiosk' if n % 50 == 0 else 'weekly call'} #{n}")
    yield services, built
    db.close()


@contextmanager
def french_interface() -> Iterator[None]:
    """As when a French translation of the interface is installed (see test_translations
    for the real thing): views built meanwhile speak French."""
    app = QApplication.instance()
    app.setProperty(LANGUAGE_PROPERTY, "fr")
    try:
        yield
    finally:
        app.setProperty(LANGUAGE_PROPERTY, None)


def open_view(qtbot, ops: Ops, services: Services, built: Built) -> HistoryView:
    view = HistoryView(ops, services)
    qtbot.addWidget(view)
    view.resize(1000, 600)
    view.show()
    view.show_engagement(built.engagement_id)
    return view


def test_only_the_first_page_loads_and_more_come_on_demand(qtbot, qtmodeltester, ops, bulk):
    services, built = bulk
    view = open_view(qtbot, ops, services, built)
    model = view.model
    assert model.total > BULK
    assert model.rowCount() == PAGE
    assert model.canFetchMore()
    assert view.count.text() == f"{PAGE} of {model.total:,} events shown"  # grouped
    first = model.index(0, COL_ACTION).data()
    assert first == "created"  # oldest first: the engagement's creation

    model.fetchMore()
    assert model.rowCount() == 2 * PAGE
    assert view.count.text() == f"{2 * PAGE} of {model.total:,} events shown"
    qtmodeltester.check(model)

    view.table.scrollToBottom()  # the view itself asks for the next page
    qtbot.waitUntil(lambda: model.rowCount() > 2 * PAGE)
    assert model.rowCount() < model.total


def test_the_filter_narrows_after_a_pause_in_typing(qtbot, ops, bulk):
    services, built = bulk
    view = open_view(qtbot, ops, services, built)
    view.filter.setText("KIOSK")
    assert view.model.rowCount() == PAGE  # nothing re-queried while typing
    qtbot.waitUntil(lambda: view.model.total == BULK // 50)
    assert view.model.rowCount() == BULK // 50
    assert not view.model.canFetchMore()
    summaries = {view.model.index(r, COL_SUMMARY).data() for r in range(view.model.rowCount())}
    assert all("kiosk" in text for text in summaries)
    assert view.count.text() == "100 of 100 events shown"

    view.filter.setText("élodie")
    qtbot.waitUntil(lambda: view.model.total == BULK)


def test_the_detail_pane_shows_before_and_after(qtbot, ops, bulk):
    services, built = bulk
    view = open_view(qtbot, ops, services, built)
    view.filter.setText("activated")
    qtbot.waitUntil(lambda: view.model.total == 1)
    view.table.selectRow(0)
    text = view.detail.toPlainText()
    assert "Stored record before:\n{" in text and '"status": "draft"' in text
    assert '"status": "active"' in text
    assert "\n  " in text  # pretty-printed, one key per line


def test_export_runs_in_the_background_and_writes_the_csv(
    qtbot, ops, bulk, monkeypatch, tmp_path, refusals
):
    services, built = bulk
    target = tmp_path / "history.csv"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "CSV files (*.csv)")
    )
    view = open_view(qtbot, ops, services, built)
    csv_action = next(a for a in view.export_menu.actions() if "CSV" in a.text())
    with qtbot.waitSignal(ops.sig_saved, timeout=30_000) as saved:
        csv_action.trigger()
    assert saved.args == [str(target)]
    with target.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.reader(fh))
    assert len(rows) > BULK  # every event, not only the pages on screen
    assert any("kiosk #4950" in cell for row in rows for cell in row)
    assert refusals == []


@pytest.mark.parametrize(
    ("fmt", "check"),
    [
        ("pdf", lambda data: data.startswith(b"%PDF-")),
        ("csv", lambda data: b"activated" in data),
        ("raw-csv", lambda data: data.startswith(b"seq,at,actor")),
        ("xlsx", lambda data: data.startswith(b"PK")),
        ("ics", lambda data: b"BEGIN:VCALENDAR" in data and b"BEGIN:VEVENT" in data),
        (
            "json",
            lambda data: json.loads(data)["tables"]["engagement"][0]["code"] == "ACME-2026-01",
        ),
    ],
)
def test_every_export_format_is_offered_and_written(
    qtbot, ops, services, monkeypatch, tmp_path, refusals, fmt, check
):
    built = make_active(services)
    target = tmp_path / f"export.{fmt}"
    asked: list[str] = []

    def save_as(_parent, _title, suggested, pattern, *args, **kwargs):
        asked.append(suggested)
        return str(target), pattern

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    view = open_view(qtbot, ops, services, built)
    actions = view.export_menu.actions()
    assert len(actions) == len(HISTORY_FORMATS) == 6
    action = actions[[f for f, _, _ in HISTORY_FORMATS].index(fmt)]
    with qtbot.waitSignal(ops.sig_saved, timeout=60_000):
        action.trigger()
    assert asked[0].endswith(("history." + fmt, "archive.json", "history-records.csv"))
    assert check(target.read_bytes())
    assert refusals == []


def test_new_events_appear_when_the_engagement_changes(qtbot, ops, services):
    built = make_active(services)
    view = open_view(qtbot, ops, services, built)
    before = view.model.total
    ops.run(lambda: services.workflow.start(built.milestone_ids[0]))
    assert view.model.total == before + 1


def test_rows_read_like_the_history_pdf_in_the_interface_language(qtbot, ops, bulk):
    """Field names, amounts in the engagement's currency and coded values as words; no
    database ids. The detail pane below keeps the records exactly as stored."""
    from PySide6.QtCore import QLocale

    from desktop.views.history import COL_ENTITY

    services, built = bulk
    view = open_view(qtbot, ops, services, built)
    model = view.model
    rows = range(model.rowCount())
    summaries = [model.index(r, COL_SUMMARY).data() for r in rows]
    assert any("Amount=€" in text for text in summaries), summaries[:12]
    assert any("Status: Draft → Active" in text for text in summaries)
    assert not any("amount_minor" in text or "client_id" in text for text in summaries)
    assert "Milestone" in {model.index(r, COL_ENTITY).data() for r in rows}
    activated = summaries.index(next(t for t in summaries if "Draft → Active" in t))
    view.table.selectRow(activated)
    assert '"status": "active"' in view.detail.toPlainText()  # as stored

    # a French locale with no French translation installed: the window is English, and
    # so are its rows
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.French, QLocale.Country.France))
    try:
        still_english = open_view(qtbot, ops, services, built).model
    finally:
        QLocale.setDefault(before)
    assert still_english.index(0, COL_ENTITY).data() == "Engagement"

    with french_interface():
        french = open_view(qtbot, ops, services, built).model
    texts = [french.index(r, COL_SUMMARY).data() for r in range(french.rowCount())]
    assert any("Statut\u00a0: Brouillon → Active" in text for text in texts), texts[:12]
    assert "Jalon" in {french.index(r, COL_ENTITY).data() for r in range(french.rowCount())}


def test_the_filter_finds_what_the_rows_say_in_the_interface_language(qtbot, ops, services):
    """Typing the words a row shows finds it, though the database stores identifiers."""

    from desktop.views.history import COL_ENTITY

    built = make_active(services)
    services.workflow.start(built.milestone_ids[0])
    view = open_view(qtbot, ops, services, built)
    view.filter.setText("state changed")  # shown for the stored "state_changed"
    qtbot.waitUntil(lambda: view.model.total == 1)
    assert view.model.index(0, COL_ACTION).data() == "state changed"
    assert "In progress" in view.model.index(0, COL_SUMMARY).data()
    summary = view.model.index(0, COL_SUMMARY)
    assert summary.data(Qt.ItemDataRole.ToolTipRole) == summary.data()  # whole when elided

    with french_interface():
        french = open_view(qtbot, ops, services, built)
    french.filter.setText("en cours")  # the state "in_progress" as a French reader sees it
    qtbot.waitUntil(lambda: french.model.total == 1)
    assert "En cours" in french.model.index(0, COL_SUMMARY).data()
    french.filter.setText("jalon")
    qtbot.waitUntil(lambda: french.model.total == len(built.milestone_ids) + 1)
    shown = {french.model.index(r, COL_ENTITY).data() for r in range(french.model.rowCount())}
    assert shown == {"Jalon"}
