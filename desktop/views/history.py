"""The audit log of one engagement: a filterable table that loads 200 events at a time,
the before/after of the selected event, and exports in every format off the GUI thread
(desktop/exports.py).

A text filter is counted and its first page read on a worker thread with its own session
(on a long history some texts need every event read, which takes a minute): the window
stays usable, the count reads "Searching…" if it takes more than a moment, and the last
text typed wins. The next pages of a text are read on a worker thread too."""

from __future__ import annotations

import json
import sqlite3
import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from core import queries
from core.changes import Changes
from core.db import Database
from core.services import Services
from core.text import search_needle
from desktop import formatting
from desktop.exports import HISTORY_FORMATS, Exporter
from desktop.labels import interface_language
from desktop.qt_compat import QT_TRANSLATE_NOOP, named
from reports.event_text import EventText

Index = QModelIndex | QPersistentModelIndex
PAGE = 200
COL_WHEN, COL_WHO, COL_ENTITY, COL_ACTION, COL_SUMMARY = range(5)
HEADERS = (
    QT_TRANSLATE_NOOP("HistoryModel", "When"),
    QT_TRANSLATE_NOOP("HistoryModel", "Who"),
    QT_TRANSLATE_NOOP("HistoryModel", "Entity"),
    QT_TRANSLATE_NOOP("HistoryModel", "Action"),
    QT_TRANSLATE_NOOP("HistoryModel", "Summary"),
)
EVENT_ROLE = Qt.ItemDataRole.UserRole + 1
SEQ_ROLE = Qt.ItemDataRole.UserRole + 2
ALIGN_LEFT = int(Qt.AlignmentFlag.AlignLeft)


def event_words() -> EventText:
    """History words in the interface's language (the catalogue of the history PDF)."""
    return EventText(interface_language())


@dataclass(frozen=True)
class Found:
    """What a filter found: the count, the first page, and what the next pages need."""

    text: str
    names: dict[str, str]
    total: int
    rows: list[queries.EventRow]
    terms: queries.StoredTerms
    shows: queries.RowShows


class Superseded(Exception):
    """A search stopped because a newer one (or closing the view) took its place."""


class Search:
    """One filter being computed on a worker thread; :meth:`cancel` makes its result be
    dropped and, on SQLite, interrupts the statement it is running."""

    def __init__(self, engagement_id: str, text: str) -> None:
        self.engagement_id = engagement_id
        self.text = text
        self.cancelled = threading.Event()
        self._lock = threading.Lock()
        self._connection: object | None = None

    def check(self) -> None:
        if self.cancelled.is_set():
            raise Superseded

    def attach(self, connection: object | None) -> None:
        """The DB-API connection the search's statements run on, while they do."""
        with self._lock:
            self._connection = connection

    def cancel(self) -> None:
        self.cancelled.set()
        with self._lock:
            # only while the worker holds the connection: once it has given it back to the
            # pool another session may be using it, and must not be interrupted
            if isinstance(self._connection, sqlite3.Connection):
                self._connection.interrupt()

    @contextmanager
    def reading(self, db: Database) -> Iterator[Session]:
        """A reading session whose statements :meth:`cancel` interrupts while they run."""
        with db.reading() as session:
            self.attach(session.connection().connection.dbapi_connection)
            try:
                yield session
            finally:
                self.attach(None)

    def judged(self, shows: queries.RowShows) -> queries.RowShows:
        """``shows``, checking first that the search still stands: between the statements
        an interrupt has nothing to stop, so the rows read are judged one by one and a
        superseded search ends at the next one."""

        def judge(event: Any) -> bool:
            self.check()
            return shows(event)

        return judge


def find(
    db: Database,
    lang: str,
    engagement_id: str,
    text: str,
    currency: str | None,
    search: Search | None = None,
) -> Found:
    """Count the events of the engagement that show ``text`` and read the first page, with
    words of their own (the search's predicate toggles its EventText's state, so it must
    not share the one the table paints with)."""
    words = EventText(lang)
    terms = words.stored_terms(text)
    shows = words.shows(text, currency)
    judge = shows
    if search is not None:
        search.check()
        judge = search.judged(shows)
    with db.reading() if search is None else search.reading(db) as session:
        names = queries.history_names(session, engagement_id)
        words.names = names
        total = queries.history_count(session, engagement_id, text, terms, judge)
        if search is not None:
            search.check()
        rows = queries.history_page(
            session, engagement_id, limit=PAGE, text_filter=text, terms=terms, shows=judge
        )
    return Found(text, names, total, rows, terms, shows)


def read_page(
    db: Database,
    engagement_id: str,
    after_seq: int,
    text: str,
    terms: queries.StoredTerms | None,
    shows: queries.RowShows | None,
    search: Search,
) -> list[queries.EventRow]:
    """The next page of a filter after the event ``after_seq``, read on a worker thread
    (for a rare text in a long history that means reading far): dropped like a search."""
    search.check()
    with search.reading(db) as session:
        return queries.history_page(
            session,
            engagement_id,
            after_seq=after_seq,
            limit=PAGE,
            text_filter=text,
            terms=terms,
            shows=None if shows is None else search.judged(shows),
        )


def work(search: Search, job: Callable[[], object]) -> None:
    """Run ``job`` on a worker thread and hand what it returns or raises to the GUI
    thread, unless the search was dropped meanwhile."""
    sig = relay().sig_done

    def run() -> None:
        outcome: object
        try:
            outcome = job()
        except BaseException as exc:  # handed to the GUI thread, which decides
            outcome = exc
        if not search.cancelled.is_set():
            try:
                sig.emit(search, outcome)
            except RuntimeError:
                pass  # the application is closing

    threading.Thread(target=run, name="history-filter", daemon=True).start()


class _Relay(QObject):
    """Carries a search's outcome from its worker thread to the GUI thread. One for the
    application, never deleted, so a worker never emits through a destroyed object."""

    sig_done = Signal(object, object)  # the Search, then a Found or the exception raised


_RELAY: list[_Relay] = []


def relay() -> _Relay:
    if not _RELAY:
        _RELAY.append(_Relay())  # made on the GUI thread: it delivers there
    return _RELAY[0]


def pretty(text: str) -> str:
    try:
        return json.dumps(json.loads(text), indent=2, ensure_ascii=False, sort_keys=True)
    except ValueError:
        return text


class HistoryModel(QAbstractTableModel):
    """Events of one stream, oldest first, fetched a page at a time by sequence number."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._engagement_id: str | None = None
        self._filter = ""
        self._terms: queries.StoredTerms | None = None
        self._shows: queries.RowShows | None = None
        self._rows: list[queries.EventRow] = []
        self._fetching = False
        self.total = 0
        self.words = event_words()
        self.currency: str | None = None
        self._summaries: dict[int, str] = {}
        """Each loaded event's summary by row, written when the row is first shown."""
        self.search: Search | None = None
        """The filter being computed on a worker thread, if any; its rows replace these."""
        self.paging: Search | None = None
        """The next page of the filter being read on a worker thread, if any."""
        self.on_found: Callable[[], None] | None = None
        """Called after a search's rows replaced the table's (the view updates its count)."""
        relay().sig_done.connect(self._arrived)
        running: list[Search | None] = [None, None]  # the search, the page being read
        self._running = running

        def stop(*_args: object) -> None:
            for search in running:
                if search is not None:
                    search.cancel()

        # closing the view, or quitting, stops the statement of a search still running
        # (not a method of this object: it is being destroyed)
        self.destroyed.connect(stop)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(stop)

    def load(
        self, engagement_id: str | None, text_filter: str = "", currency: str | None = None
    ) -> None:
        """Start over now, on this thread: count the matching events and fetch the first
        page. ``currency`` is the engagement's, for the amounts in the summaries."""
        self._supersede()
        found = None
        if engagement_id is not None:
            found = find(self._db, self.words.lang, engagement_id, text_filter, currency)
        self._show(engagement_id, text_filter, currency, found)

    def search_for(
        self, engagement_id: str | None, text_filter: str, currency: str | None = None
    ) -> None:
        """Start over on a worker thread: the rows shown stay until the search's replace
        them (those of another engagement go at once); a search still running is dropped."""
        self._supersede()
        if engagement_id is None or not search_needle(text_filter):
            self.load(engagement_id, text_filter, currency)
            return
        if engagement_id != self._engagement_id:
            self._show(engagement_id, text_filter, currency, None)
        search = Search(engagement_id, text_filter)
        self.search = search
        self._running[0] = search
        self.currency = currency
        db, lang = self._db, self.words.lang
        work(search, lambda: find(db, lang, engagement_id, text_filter, currency, search))

    @property
    def searching(self) -> bool:
        return self.search is not None

    @property
    def filtered(self) -> bool:
        """Whether the rows shown are those of a text (else every event of the engagement)."""
        return bool(search_needle(self._filter))

    def _supersede(self) -> None:
        for search in (self.search, self.paging):
            if search is not None:
                search.cancel()
        self.search = self.paging = None
        self._running[:] = [None, None]

    def _arrived(self, search: Search, outcome: object) -> None:
        if search is self.paging:
            self._page_arrived(outcome)
            return
        if search is not self.search:
            return  # superseded meanwhile: dropped
        self.search = None
        self._running[0] = None
        if isinstance(outcome, BaseException):
            # as an error of a filter read here would be: the application's handler
            sys.excepthook(type(outcome), outcome, outcome.__traceback__)
            if self.on_found is not None:
                self.on_found()
            return
        assert isinstance(outcome, Found)
        self._show(search.engagement_id, search.text, self.currency, outcome)
        if self.on_found is not None:
            self.on_found()

    def _show(
        self,
        engagement_id: str | None,
        text_filter: str,
        currency: str | None,
        found: Found | None,
    ) -> None:
        self.beginResetModel()
        self._engagement_id = engagement_id
        self._filter = text_filter
        self.currency = currency
        self._summaries = {}
        if found is None:
            self._terms = self._shows = None
            self._rows = []
            self.total = 0
        else:
            # the filter also finds the words shown for stored identifiers ("changement
            # d'état"); the SQL filter keeps every event that may show the text and
            # ``shows`` decides by what the row shows
            self._terms, self._shows = found.terms, found.shows
            self.words.names = found.names
            self._rows = found.rows
            self.total = found.total
        self.endResetModel()

    def event_at(self, row: int) -> queries.EventRow:
        return self._rows[row]

    def summary(self, row: int) -> str:
        """What changed, as the history PDF words it: "Amount: €1,200.00 → €1,500.00"."""
        text = self._summaries.get(row)
        if text is None:
            event = self._rows[row]
            text = self.words.summary(event.before, event.after, self.currency)
            self._summaries[row] = text
        return text

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return (
            not parent.isValid()
            and not self._fetching
            and self.search is None  # these rows are of the text before
            and self.paging is None  # the next page is on its way
            and len(self._rows) < self.total
        )

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or self._engagement_id is None or not self._rows or self._fetching:
            return  # views may ask again while rows are being inserted: one page at a time
        if self.search is not None or self.paging is not None:
            return  # the rows shown are about to be replaced, or the page is on its way
        if self.filtered:
            # a filtered page may need much of a long history read: on a worker thread
            paging = Search(self._engagement_id, self._filter)
            self.paging = paging
            self._running[1] = paging
            db, after, text = self._db, self._rows[-1].seq, self._filter
            terms, shows = self._terms, self._shows
            work(
                paging,
                lambda: read_page(db, paging.engagement_id, after, text, terms, shows, paging),
            )
            return
        with self._db.reading() as session:
            page = queries.history_page(
                session,
                self._engagement_id,
                after_seq=self._rows[-1].seq,
                limit=PAGE,
                text_filter=self._filter,
                terms=self._terms,
                shows=self._shows,
            )
        self._append(page)

    def _page_arrived(self, outcome: object) -> None:
        self.paging = None
        self._running[1] = None
        if isinstance(outcome, BaseException):
            sys.excepthook(type(outcome), outcome, outcome.__traceback__)
            return
        assert isinstance(outcome, list)
        self._append(outcome)

    def _append(self, page: list[queries.EventRow]) -> None:
        if not page:
            self.total = len(self._rows)  # events vanished meanwhile: stop asking
            return
        first = len(self._rows)
        self._fetching = True
        try:
            self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
            self._rows.extend(page)
            self.endInsertRows()
        finally:
            self._fetching = False

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        event = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            column = index.column()
            if column == COL_WHEN:
                return formatting.moment(event.at)
            if column == COL_WHO:
                return event.actor
            if column == COL_ENTITY:
                return self.words.entity(event.entity)
            if column == COL_ACTION:
                return self.words.action(event.action)
            return self.summary(index.row())
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == COL_WHEN:
            return event.at.isoformat()
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == COL_SUMMARY:
            return self.summary(index.row())  # in full where the column cuts it short
        if role == EVENT_ROLE:
            return event
        if role == SEQ_ROLE:
            return event.seq
        return None


class HistoryView(QWidget):
    """Filter box, lazily loaded table, detail pane and the Export menu."""

    def __init__(self, ops: Any, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ops = ops
        self._services = services
        self.engagement_id: str | None = None
        self._code = ""
        self._currency: str | None = None
        self.setAccessibleName(self.tr("History"))
        self.model = HistoryModel(services.db, self)
        self.filter = named(QLineEdit(), self.tr("Filter history"))
        self.filter.setPlaceholderText(self.tr("Filter by person, action or any text…"))
        self.filter.setClearButtonEnabled(True)
        self.count = named(QLabel(), self.tr("Number of events"))
        # as wide as the widest text it may show for the events at hand, so the filter box
        # does not move between "Searching…" and the count
        self.count.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Preferred)
        self.count.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self._all_events = 0
        """The engagement's events counted without a filter, once seen: no filter finds more."""
        self.export_button = QPushButton(self.tr("&Export"))
        self.export_button.setAccessibleName(self.tr("Export history"))
        self.exporter = Exporter(ops, self)
        self.export_menu = QMenu(self)
        for fmt, label, _ in HISTORY_FORMATS:
            action = self.export_menu.addAction(QApplication.translate("Exporter", label))
            action.triggered.connect(lambda _checked=False, f=fmt: self.export(f))
        self.export_button.setMenu(self.export_menu)
        self.table = named(QTableView(), self.tr("History events"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(COL_SUMMARY, QHeaderView.ResizeMode.Stretch)
        self.detail = named(QPlainTextEdit(), self.tr("Event before and after"))
        self.detail.setReadOnly(True)
        self.detail.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        bar = QHBoxLayout()
        bar.addWidget(self.filter, 1)
        bar.addWidget(self.count)
        bar.addWidget(self.export_button)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(self.detail)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(split, 1)

        self.debounce = QTimer(self, singleShot=True, interval=300)
        self.debounce.timeout.connect(self.reload)
        # "Searching…" only for a search still running after a moment: a quick one goes
        # straight from the count before to its own, without a flicker
        self.announce = QTimer(self, singleShot=True, interval=200)
        self.announce.timeout.connect(self._update_count)
        self.filter.textChanged.connect(self.debounce.start)
        self.table.selectionModel().currentRowChanged.connect(self._show_detail)
        self.model.rowsInserted.connect(self._update_count)
        self.model.on_found = self._found
        ops.sig_changed.connect(self._on_changed)

    def show_engagement(self, engagement_id: str) -> None:
        self.engagement_id = engagement_id
        with self._services.db.reading() as session:
            detail = queries.engagement_detail(session, engagement_id, date.today())
        self._code, self._currency = detail.code, detail.currency
        self._all_events = 0
        self.reload()
        if self.model.searching:  # the count shown was another engagement's
            self.announce.stop()
            self._update_count()

    def reload(self) -> None:
        """Show the events the filter keeps: at once without a filter, else once the search
        running on a worker thread has found them (the rows shown stay until then)."""
        self.debounce.stop()
        self.model.search_for(self.engagement_id, self.filter.text(), self._currency)
        if not self.model.searching:
            self._found()
        elif not self.announce.isActive() and self.count.text() != self.tr("Searching…"):
            self.announce.start()  # the count before stays until then

    def _found(self) -> None:
        self.announce.stop()
        self.detail.clear()
        self._update_count()
        if self.engagement_id is not None and self.model.rowCount():
            self.table.resizeColumnsToContents()

    def _update_count(self, *_args: object) -> None:
        if not self.model.searching and not self.model.filtered:
            self._all_events = self.model.total
        self._keep_count_width()
        if self.model.searching:
            if not self.announce.isActive():  # else the count before stays a moment
                self.count.setText(self.tr("Searching…"))
            return
        self.count.setText(self._shown(self.model.rowCount(), self.model.total))

    def _shown(self, rows: int, total: int) -> str:
        # the plural form of the total: "1 of 1 event shown", "20 of 1,234 events shown"
        return self.tr("{0} of {1} events shown", "", total).format(
            formatting.number(rows), formatting.number(total)
        )

    def _keep_count_width(self) -> None:
        """The count's width: that of the widest text it may show for the events at hand,
        in the interface's language and the label's font (every digit as wide as the
        widest), so it does not change while a search runs or when its count arrives."""
        metrics = self.count.fontMetrics()
        widest = max("0123456789", key=metrics.horizontalAdvance)
        most = max(self.model.total, self._all_events)
        texts = [self.tr("Searching…")]
        for total in {1, 2, most}:
            shown = self._shown(total, total)
            texts.append("".join(widest if c.isdigit() else c for c in shown))
        # measured as the label measures its text (a bounding box, not the advance)
        width = max(metrics.boundingRect(QRect(), ALIGN_LEFT, text).width() for text in texts)
        margins = self.count.contentsMargins()
        width += margins.left() + margins.right() + 2 * self.count.margin()
        if self.count.minimumWidth() != width:
            self.count.setMinimumWidth(width)

    def _on_changed(self, changes: Changes) -> None:
        if self.engagement_id is not None and not changes.empty:
            if self.engagement_id in changes.engagements or changes.ideas or changes.milestones:
                self.reload()

    def _show_detail(self, current: QModelIndex, _previous: QModelIndex) -> None:
        """The event in the list's words (who, when, what it changed), then the records as
        stored, which the hash chain vouches for, labelled as such."""
        if not current.isValid():
            self.detail.clear()
            return
        row = current.row()
        event = self.model.event_at(row)
        words = self.model.words
        heading = self.tr("Event {0} · {1} · {2} · {3}: {4}").format(
            event.seq,
            formatting.moment(event.at),
            event.actor,
            words.entity(event.entity),
            words.action(event.action),
        )
        before = self.tr("Stored record before:")
        after = self.tr("Stored record after:")
        sealed = self.tr("Recorded at {0} · hash {1}").format(event.at.isoformat(), event.hash)
        self.detail.setPlainText(
            f"{heading}\n{self.model.summary(row)}\n\n"
            f"{before}\n{pretty(event.before)}\n\n{after}\n{pretty(event.after)}\n\n{sealed}"
        )

    def export(self, fmt: str) -> None:
        """Ask where, then write the export in the background with a cancellable progress."""
        if self._code:
            self.exporter.history(self._services.db, self._code, fmt)
