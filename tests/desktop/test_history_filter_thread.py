"""The history filter runs on a worker thread: the window stays usable while it counts,
the count says it is searching, the last text typed wins, and closing the view stops it."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from sqlalchemy import text

from core import queries
from core.db import open_database
from core.services import Services
from desktop.views.history import COL_ACTION
from tests.desktop.helpers import open_history_view
from tests.factories import Built, make_active

WAIT = 20  # seconds a blocked search waits at most, so a broken test cannot hang


def searches() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name == "history-filter"]


open_view = open_history_view


@pytest.fixture
def built(services: Services) -> Built:
    built = make_active(services)
    services.workflow.start(built.milestone_ids[0])  # one "state changed" event
    return built


@pytest.fixture
def held(monkeypatch) -> Iterator[tuple[threading.Event, threading.Event, list[str]]]:
    """Counting "activated" waits until the test releases it; the other texts count as
    usual. Gives (release, started, the texts counted, in order)."""
    release, started = threading.Event(), threading.Event()
    counted: list[str] = []
    real: Callable[..., int] = queries.history_count

    def count(session, engagement_id, text_filter="", *args, **kwargs):
        counted.append(text_filter)
        if text_filter == "activated":
            started.set()
            release.wait(WAIT)
        return real(session, engagement_id, text_filter, *args, **kwargs)

    monkeypatch.setattr(queries, "history_count", count)
    yield release, started, counted
    release.set()  # never leave a worker waiting


def test_the_last_text_typed_wins_and_the_window_stays_usable(qtbot, services, built, held):
    release, started, counted = held
    view = open_view(qtbot, services, built)
    everything = view.model.total
    assert view.count.text() == f"{everything} of {everything} events shown"

    view.filter.setText("activated")
    qtbot.waitUntil(started.is_set)  # the first search is running, and held
    qtbot.waitUntil(lambda: view.count.text() == "Searching…")  # said after a moment
    assert view.model.rowCount() == everything  # the rows shown stay meanwhile
    assert not view.model.canFetchMore()

    # the GUI thread goes on: a timer fires while the search runs
    timer = QTimer(singleShot=True, interval=20)
    with qtbot.waitSignal(timer.timeout, timeout=2000):
        timer.start()
    assert view.model.searching and view.count.text() == "Searching…"

    view.filter.setText("state changed")
    qtbot.waitUntil(lambda: not view.model.searching, timeout=10_000)
    assert view.model.rowCount() == view.model.total == 1
    assert view.model.index(0, COL_ACTION).data() == "state changed"
    assert view.count.text() == "1 of 1 events shown"

    # the first search ends late; what it found is dropped
    release.set()
    for thread in searches():
        thread.join(WAIT)
    assert not searches()
    QApplication.processEvents()  # delivers anything the first worker may have sent
    assert counted == ["", "activated", "state changed"]
    assert view.model.rowCount() == view.model.total == 1
    assert view.model.index(0, COL_ACTION).data() == "state changed"
    assert view.count.text() == "1 of 1 events shown"

    # and the one that won still pages and filters as before
    view.filter.setText("")
    qtbot.waitUntil(lambda: view.model.total == everything)
    assert view.count.text() == f"{everything} of {everything} events shown"


def test_a_worker_error_is_shown_as_before(qtbot, services, built, monkeypatch):
    """An error of the search reaches the application's handler of unexpected errors, as
    when the filter was read on the GUI thread; the rows shown stay usable."""
    seen: list[BaseException] = []
    monkeypatch.setattr("sys.excepthook", lambda kind, value, tb: seen.append(value))

    def broken(*_args, **_kwargs):
        raise OSError("disk unplugged")

    view = open_view(qtbot, services, built)
    everything = view.model.total
    monkeypatch.setattr(queries, "history_count", broken)
    view.filter.setText("activated")
    qtbot.waitUntil(lambda: bool(seen), timeout=10_000)
    assert [str(e) for e in seen] == ["disk unplugged"]
    assert not view.model.searching
    assert view.count.text() == f"{everything} of {everything} events shown"


def long_statement(monkeypatch) -> threading.Event:
    """Counting "activated" runs an SQLite statement that would take minutes unless it
    is interrupted; the event is set once that statement is running."""
    running = threading.Event()
    real: Callable[..., int] = queries.history_count

    def count(session, engagement_id, text_filter="", *args, **kwargs):
        if text_filter != "activated":
            return real(session, engagement_id, text_filter, *args, **kwargs)
        raw = session.connection().connection.dbapi_connection
        raw.create_function("tick", 1, lambda x: running.set() or x)
        endless = (
            "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c "
            "WHERE x < 10000000000) SELECT count(tick(x)) FROM c"
        )
        return int(session.scalar(text(endless)))

    monkeypatch.setattr(queries, "history_count", count)
    return running


@pytest.fixture
def on_sqlite(tmp_path) -> Iterator[tuple[Services, Built]]:
    """Interrupting a running statement is what SQLite offers: these tests use it on
    any suite's database."""
    db = open_database(str(tmp_path / "interrupted.sqlite3"))
    services = Services(db, "tester")
    built = make_active(services)
    services.workflow.start(built.milestone_ids[0])
    try:
        yield services, built
    finally:
        db.close()


def test_typing_again_interrupts_the_running_statement(qtbot, on_sqlite, monkeypatch):
    services, built = on_sqlite
    running = long_statement(monkeypatch)
    view = open_view(qtbot, services, built)
    view.filter.setText("activated")
    qtbot.waitUntil(running.is_set)
    monkeypatch.undo()  # the next search counts as usual
    view.filter.setText("state changed")
    qtbot.waitUntil(lambda: not view.model.searching and view.model.total == 1, timeout=10_000)
    for thread in searches():
        thread.join(WAIT)
    assert not searches()  # the endless statement was stopped, not left running
    QApplication.processEvents()
    assert view.model.index(0, COL_ACTION).data() == "state changed"
    assert view.count.text() == "1 of 1 events shown"


def test_closing_the_view_during_a_search(qtbot, on_sqlite, monkeypatch):
    """No crash, no hang: the running statement stops with the view."""
    services, built = on_sqlite
    running = long_statement(monkeypatch)
    view = open_view(qtbot, services, built, kept=False)  # deleted here
    view.filter.setText("activated")
    qtbot.waitUntil(running.is_set)
    with qtbot.waitSignal(view.destroyed, timeout=2000):
        view.close()
        view.deleteLater()
    for thread in searches():
        thread.join(WAIT)
    assert not searches()
    QApplication.processEvents()  # what the worker sent, if anything, goes nowhere


def test_closing_the_window_during_a_search(qtbot, window, services, built, held):
    """The History tab of the main window: closing the window while a search is held
    neither crashes nor waits for it; the search ends on its own afterwards."""
    from desktop.views.engagement import TAB_HISTORY

    release, started, _counted = held
    window.refresh_sidebar()
    window.open_engagement(built.engagement_id)
    tabs = window.engagement_view.tabs
    tabs.setCurrentIndex(TAB_HISTORY)
    history = tabs.widget(TAB_HISTORY)
    qtbot.waitUntil(lambda: history.model.rowCount() > 0)
    history.filter.setText("activated")
    qtbot.waitUntil(started.is_set)
    qtbot.waitUntil(lambda: history.count.text() == "Searching…")
    window.close()  # returns while the search is still held
    assert not window.isVisible() and history.model.searching
    release.set()
    for thread in searches():
        thread.join(WAIT)
    assert not searches()
    qtbot.waitUntil(lambda: not history.model.searching)  # its result arrives, harmlessly
    assert history.model.total == 1
