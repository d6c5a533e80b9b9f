"""Search everything (Ctrl+K): engagements, milestones, contacts and ideas as one types;
Enter (or a double click) opens the item chosen where it lives.

The search runs in core (``core.queries.search``) a moment after the last key, so typing a
word reads the database once, not once per letter."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QLineEdit,
    QListView,
    QVBoxLayout,
    QWidget,
)

from core.queries.search import MIN_LENGTH, Hit, SearchResult, search
from core.services import Services
from desktop.labels import ENGAGEMENT_STATUS, IDEA_STATE, MILESTONE_STATE, label_for
from desktop.qt_compat import QT_TRANSLATE_NOOP, named

HIT_ROLE = Qt.ItemDataRole.UserRole + 1
DELAY_MS = 150
"""Quiet time after the last key before the search runs."""

KIND_LABEL = {
    "engagement": QT_TRANSLATE_NOOP("SearchDialog", "Engagement"),
    "milestone": QT_TRANSLATE_NOOP("SearchDialog", "Milestone"),
    "contact": QT_TRANSLATE_NOOP("SearchDialog", "Contact"),
    "idea": QT_TRANSLATE_NOOP("SearchDialog", "Idea"),
}
STATES = {"engagement": ENGAGEMENT_STATUS, "milestone": MILESTONE_STATE, "idea": IDEA_STATE}


class _SearchBox(QLineEdit):
    """The search field; Up and Down move through the results without leaving it."""

    def __init__(self, results: QListView) -> None:
        super().__init__()
        self._results = results

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown):
            self._results.keyPressEvent(event)
            return
        super().keyPressEvent(event)


class SearchDialog(QDialog):
    """Type, see what matches, press Enter to open it."""

    sig_open = Signal(object)
    """The hit (core.queries.search.Hit) the person chose."""

    def __init__(self, services: Services, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.found = SearchResult([], frozenset())
        self.setWindowTitle(self.tr("Search everything"))
        self.model = QStandardItemModel(self)
        self.results = named(QListView(), self.tr("Search results"))
        self.results.setModel(self.model)
        self.results.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.results.setUniformItemSizes(True)
        # a long line ends in "…" (its tooltip has it all) rather than scrolling sideways
        self.results.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.results.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.box = named(_SearchBox(self.results), self.tr("Search for"))
        self.box.setPlaceholderText(
            self.tr("Engagements, milestones, contacts, ideas… (at least 2 letters)")
        )
        self.box.setClearButtonEnabled(True)
        self.status = named(QLabel(), self.tr("Search status"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.box)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.status)
        self.resize(620, 440)
        self._timer = QTimer(self, singleShot=True, interval=DELAY_MS)
        self._timer.timeout.connect(self.run_search)
        self.box.textChanged.connect(lambda _text: self._timer.start())
        self.box.returnPressed.connect(self.open_current)
        self.results.activated.connect(self._open_index)
        self.results.doubleClicked.connect(self._open_index)
        self.box.setText(text)
        self.box.selectAll()
        self.run_search()

    def run_search(self) -> None:
        """Search for what the box holds now and list the results, the first one current."""
        self._timer.stop()
        text = self.box.text()
        with self._services.db.reading() as session:
            self.found = search(session, text)
        self.model.clear()
        for hit in self.found.hits:
            item = QStandardItem(self._line(hit))
            item.setData(hit, HIT_ROLE)
            item.setToolTip(f"{hit.title}\n{hit.context}")
            self.model.appendRow(item)
        if self.model.rowCount():
            self.results.setCurrentIndex(self.model.index(0, 0))
        self.status.setText(self._summary(text))

    def _line(self, hit: Hit) -> str:
        kind = self.tr(KIND_LABEL[hit.kind])
        state = label_for(STATES[hit.kind], hit.state) if hit.kind in STATES else ""
        title = " ".join(hit.title.split())  # an idea's text may run over several lines
        if len(title) > 120:
            title = title[:119] + "…"  # the whole text is in the tooltip
        parts = [f"{kind}: {title}", hit.context, state]
        return " — ".join(part for part in parts if part)

    def _summary(self, text: str) -> str:
        if len(text.strip()) < MIN_LENGTH:
            return self.tr("Type at least two letters.")
        if not self.found.hits:
            return self.tr("Nothing found for “{0}”.").format(text.strip())
        shown = self.tr("{0} found; Enter opens the selected one.").format(len(self.found.hits))
        if self.found.more:
            shown += " " + self.tr("Only the first of each kind are listed: type more to narrow.")
        return shown

    def hits(self) -> list[Hit]:
        """The hits listed, in order (for tests)."""
        return list(self.found.hits)

    def open_current(self) -> None:
        if self._timer.isActive():  # Enter typed before the pause: search what is typed now
            self.run_search()
        self._open_index(self.results.currentIndex())

    def _open_index(self, index: QModelIndex) -> None:
        hit = index.data(HIT_ROLE) if index.isValid() else None
        if isinstance(hit, Hit):
            self.sig_open.emit(hit)
            self.accept()
