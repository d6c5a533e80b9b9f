"""The History filter while it searches: the filter box keeps its place whatever the count
beside it says, and "Searching…" shows only for a search that takes a moment."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QLocale, QRect, QTimer
from PySide6.QtWidgets import QApplication

from core import queries
from core.services import Services
from desktop.views.history import COL_SUMMARY, PAGE, HistoryView
from tests.desktop.helpers import add_notes, laid_out, open_history_view, speaking
from tests.factories import Built, make_active

WAIT = 20  # seconds a held search waits at most, so a broken test cannot hang


@pytest.fixture
def built(services: Services) -> Built:
    built = make_active(services)
    services.workflow.start(built.milestone_ids[0])
    return built


@pytest.fixture
def held(monkeypatch) -> Iterator[tuple[threading.Event, threading.Event]]:
    """Counting "activated" waits until the test releases it. Gives (release, started)."""
    release, started = threading.Event(), threading.Event()
    real: Callable[..., int] = queries.history_count

    def count(session, engagement_id, text_filter="", *args, **kwargs):
        if text_filter == "activated":
            started.set()
            release.wait(WAIT)
        return real(session, engagement_id, text_filter, *args, **kwargs)

    monkeypatch.setattr(queries, "history_count", count)
    yield release, started
    release.set()  # never leave a worker waiting


open_view = open_history_view


def box(view: HistoryView) -> QRect:
    laid_out(view)
    return view.filter.geometry()


def said(view: HistoryView) -> list[str]:
    """Every text the count is given from now on."""
    texts: list[str] = []
    real = view.count.setText

    def spy(text: str) -> None:
        texts.append(text)
        real(text)

    view.count.setText = spy  # type: ignore[method-assign]
    return texts


def the_box_stays_while_searching(qtbot, view: HistoryView, held) -> tuple[str, str, str]:
    """The filter box's place before, during and after a held search; gives the three
    counts read."""
    release, started = held
    before, counted = box(view), view.count.text()
    view.filter.setText("activated")
    qtbot.waitUntil(started.is_set)
    with qtbot.waitSignal(view.announce.timeout, timeout=2000):
        pass
    searching = view.count.text()
    assert box(view) == before
    release.set()
    qtbot.waitUntil(lambda: not view.model.searching, timeout=10_000)
    found = view.count.text()
    assert found != searching and found != counted
    assert box(view) == before
    # and back to every event, the widest count of all
    view.filter.setText("")
    qtbot.waitUntil(lambda: view.count.text() == counted)
    assert box(view) == before
    return counted, searching, found


def test_the_filter_box_stays_put_in_english(qtbot, services, built, held):
    view = open_view(qtbot, services, built)
    everything = view.model.total
    counted, searching, found = the_box_stays_while_searching(qtbot, view, held)
    assert counted == f"{everything} of {everything} events shown"
    assert searching == "Searching…"
    assert found == "1 of 1 events shown"


def test_the_filter_box_stays_put_in_french(qtbot, services, built, held):
    with speaking(QLocale(QLocale.Language.French, QLocale.Country.France)):
        view = open_view(qtbot, services, built)
        counted, searching, found = the_box_stays_while_searching(qtbot, view, held)
    assert searching == "Recherche…"
    assert "events" not in counted and "events" not in found


def test_the_count_is_as_wide_as_its_widest_text(qtbot, services, built):
    """Whatever the count says for the events at hand (digits as wide as the widest),
    it fits the width kept: nothing the label may show is cut or widens it."""
    view = open_view(qtbot, services, built)
    label = view.count
    laid_out(view)
    metrics = label.fontMetrics()
    total = view.model.total
    for rows in range(total + 1):
        for text in (view._shown(rows, total), "Searching…", view._shown(8, 8)):
            assert metrics.boundingRect(text).width() <= label.width()
    assert label.width() == label.minimumWidth()


def test_searching_shows_only_after_a_moment(qtbot, services, built, held):
    release, started = held
    view = open_view(qtbot, services, built)
    everything = view.model.total
    counted = f"{everything} of {everything} events shown"
    assert 150 <= view.announce.interval() <= 250
    texts = said(view)
    view.filter.setText("activated")
    view.reload()  # as the pause after typing does
    assert view.model.searching and view.announce.isActive()
    assert view.count.text() == counted  # the count before stays a moment
    QApplication.processEvents()
    qtbot.waitUntil(started.is_set)
    if view.announce.isActive():
        assert view.count.text() == counted
        with qtbot.waitSignal(view.announce.timeout, timeout=2000):
            pass
    assert view.count.text() == "Searching…"
    release.set()
    qtbot.waitUntil(lambda: not view.model.searching, timeout=10_000)
    assert view.count.text() == "1 of 1 events shown"
    assert texts.count("Searching…") == 1


def test_a_quick_search_goes_straight_to_its_count(qtbot, services, built):
    """A search done within the moment never says "Searching…" (the moment made long
    here, so a slow machine cannot make this search look slow)."""
    view = open_view(qtbot, services, built)
    view.announce.setInterval(WAIT * 1000)
    texts = said(view)
    view.filter.setText("state changed")
    view.reload()
    assert view.model.searching and view.announce.isActive()
    qtbot.waitUntil(lambda: not view.model.searching, timeout=10_000)
    assert not view.announce.isActive()  # stopped with the result: it says nothing later
    assert texts == ["1 of 1 events shown"]
    assert view.count.text() == "1 of 1 events shown"


def test_searching_typed_again_keeps_saying_so(qtbot, services, built, held):
    """Once "Searching…" shows, a newer text searched keeps it (no count of the text
    before in between)."""
    release, _started = held
    view = open_view(qtbot, services, built)
    view.filter.setText("activated")
    qtbot.waitUntil(lambda: view.count.text() == "Searching…")
    texts = said(view)
    view.filter.setText("activatedx")
    view.reload()
    assert view.count.text() == "Searching…" and not view.announce.isActive()
    qtbot.waitUntil(lambda: not view.model.searching, timeout=10_000)
    assert texts == ["0 of 0 events shown"]
    release.set()


NOTES = 450  # a filter finding these needs three pages


@pytest.fixture
def noted(services: Services) -> Built:
    """An engagement whose history has NOTES notes about a weekly call."""
    built = make_active(services)
    add_notes(services, built, NOTES, lambda n: f"weekly call #{n}")
    return built


@pytest.fixture
def held_page(monkeypatch) -> Iterator[tuple[threading.Event, threading.Event]]:
    """Reading a page after the first waits until the test releases it."""
    release, started = threading.Event(), threading.Event()
    real: Callable[..., list] = queries.history_page

    def page(session, engagement_id, *args, **kwargs):
        if kwargs.get("after_seq") is not None:
            started.set()
            release.wait(WAIT)
        return real(session, engagement_id, *args, **kwargs)

    monkeypatch.setattr(queries, "history_page", page)
    yield release, started
    release.set()


def filtered(qtbot, services: Services, built: Built, *, kept: bool = True) -> HistoryView:
    view = open_view(qtbot, services, built, kept=kept)
    view.filter.setText("weekly")
    qtbot.waitUntil(lambda: view.model.total == NOTES, timeout=10_000)
    assert view.model.rowCount() == PAGE
    return view


def test_a_filtered_page_is_read_on_a_worker(qtbot, services, noted, held_page):
    release, started = held_page
    view = filtered(qtbot, services, noted)
    model = view.model
    model.fetchMore()  # returns at once: the page is read on a worker thread
    qtbot.waitUntil(started.is_set)
    assert model.rowCount() == PAGE and not model.canFetchMore()
    timer = QTimer(singleShot=True, interval=20)
    with qtbot.waitSignal(timer.timeout, timeout=2000):  # the GUI thread goes on
        timer.start()
    model.fetchMore()  # asked again meanwhile: one page at a time
    release.set()
    qtbot.waitUntil(lambda: model.rowCount() == 2 * PAGE, timeout=10_000)
    assert view.count.text() == f"{2 * PAGE} of {NOTES} events shown"
    texts = {model.index(r, COL_SUMMARY).data() for r in range(model.rowCount())}
    assert len(texts) == 2 * PAGE and all("weekly call" in t for t in texts)
    assert model.canFetchMore()


def test_scrolling_still_loads_every_page(qtbot, services, noted):
    view = filtered(qtbot, services, noted)
    while view.model.rowCount() < NOTES:
        shown = view.model.rowCount()
        view.table.scrollToBottom()  # the view asks for the next page
        qtbot.waitUntil(lambda n=shown: view.model.rowCount() > n, timeout=10_000)
    assert view.model.rowCount() == NOTES and not view.model.canFetchMore()
    assert view.count.text() == f"{NOTES} of {NOTES} events shown"


def test_a_page_read_for_the_text_before_is_dropped(qtbot, services, noted, held_page):
    release, started = held_page
    view = filtered(qtbot, services, noted)
    view.model.fetchMore()
    qtbot.waitUntil(started.is_set)
    view.filter.setText("#7")  # a new search while the page is read
    view.reload()
    release.set()
    qtbot.waitUntil(lambda: not view.model.searching, timeout=10_000)
    for thread in [t for t in threading.enumerate() if t.name == "history-filter"]:
        thread.join(WAIT)
    QApplication.processEvents()  # delivers anything the page's worker may have sent
    model = view.model
    texts = [model.index(r, COL_SUMMARY).data() for r in range(model.rowCount())]
    assert model.rowCount() == model.total == 11  # 7, 70..79
    assert all("#7" in t for t in texts)


def test_closing_the_view_while_a_page_is_read(qtbot, services, noted, held_page):
    """No crash: the page's worker ends with nothing to deliver to."""
    release, started = held_page
    view = filtered(qtbot, services, noted, kept=False)  # deleted here
    view.model.fetchMore()
    qtbot.waitUntil(started.is_set)
    paging = view.model.paging
    assert paging is not None
    view.close()
    with qtbot.waitSignal(view.destroyed, timeout=2000):
        view.deleteLater()
    assert paging.cancelled.is_set()  # the view's end stopped the read
    release.set()
    for thread in [t for t in threading.enumerate() if t.name == "history-filter"]:
        thread.join(WAIT)
    QApplication.processEvents()
