"""The roadmap table: one row per milestone, reorderable by drag and drop in a draft.

The model never changes data itself: a drop or ``moveRows`` emits ``sig_move_requested``
and the view turns that into an undoable service call; the model reloads from the
``EngagementDetail`` the view hands it afterwards."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QByteArray,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from core.queries import EngagementDetail, MilestoneRow
from desktop import formatting
from desktop.labels import MILESTONE_STATE, label_for
from desktop.qt_compat import QT_TRANSLATE_NOOP

Index = QModelIndex | QPersistentModelIndex

(
    COL_POSITION,
    COL_TITLE,
    COL_DUE,
    COL_FORECAST,
    COL_VARIANCE,
    COL_AMOUNT,
    COL_STATE,
) = range(7)
HEADERS = (
    QT_TRANSLATE_NOOP("RoadmapModel", "#"),
    QT_TRANSLATE_NOOP("RoadmapModel", "Milestone"),
    QT_TRANSLATE_NOOP("RoadmapModel", "Due"),
    QT_TRANSLATE_NOOP("RoadmapModel", "Forecast"),
    QT_TRANSLATE_NOOP("RoadmapModel", "Variance"),
    QT_TRANSLATE_NOOP("RoadmapModel", "Amount"),
    QT_TRANSLATE_NOOP("RoadmapModel", "State"),
)

ID_ROLE = Qt.ItemDataRole.UserRole + 1
"""The milestone id."""
STATE_ROLE = Qt.ItemDataRole.UserRole + 2
"""The milestone state value (planned, in_progress, ...)."""
ROW_ROLE = Qt.ItemDataRole.UserRole + 3
"""The whole ``MilestoneRow``."""
SORT_ROLE = Qt.ItemDataRole.UserRole + 4
"""A sortable raw value (ints, ISO dates)."""

MIME = "application/x-scopekeeper-milestone"


class AmountTexts:
    """The formatted amount of each milestone by row (in the interface's language), made
    when the row is first shown and then kept: Babel is slow, and a 500-milestone roadmap
    shows a screenful at a time."""

    def __init__(self, rows: tuple[MilestoneRow, ...] = (), currency: str = "EUR") -> None:
        self._rows, self._currency = rows, currency
        self._texts: dict[int, str] = {}

    def __getitem__(self, row: int) -> str:
        text = self._texts.get(row)
        if text is None:
            m = self._rows[row]
            text = self._texts[row] = formatting.money(m.amount_minor, self._currency)
        return text


def deemed_badge() -> str:
    """The state badge of a milestone whose deemed acceptance waits for confirmation: the
    action it waits for, in the words of its button ("Confirm deemed acceptance"), instead of
    its state followed by that action, which in French ("Soumis · acceptation tacite à
    confirmer") left the title column no room at 1280 px. Only a submitted milestone is
    deemed accepted, so the state goes without saying; the tooltip explains."""
    text = QCoreApplication.translate("core", "confirm deemed acceptance")
    return text[:1].upper() + text[1:]


def variance_text(days: int | None) -> str:
    """Forecast against baseline: "on time", "+9 d" (late) or "-3 d" (early)."""
    if days is None:
        return ""
    if days == 0:
        return QCoreApplication.translate("RoadmapModel", "on time")
    return QCoreApplication.translate("RoadmapModel", "{0:+d} d").format(days)


class RoadmapModel(QAbstractTableModel):
    """Milestones of one engagement, in position order."""

    sig_move_requested = Signal(str, int)
    """The user dropped milestone ``id`` at 1-based ``position``."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: tuple[MilestoneRow, ...] = ()
        self._amounts = AmountTexts()
        self.currency = "EUR"
        self.language = "en"
        self.editable = False

    def set_detail(self, detail: EngagementDetail | None) -> None:
        self.beginResetModel()
        self._rows = detail.milestones if detail is not None else ()
        if detail is not None:
            self.currency, self.language = detail.currency, detail.language
        self._amounts = AmountTexts(self._rows, self.currency)
        self.editable = detail is not None and detail.status == "draft"
        self.endResetModel()

    @property
    def milestones(self) -> tuple[MilestoneRow, ...]:
        return self._rows

    @property
    def total_minor(self) -> int:
        return sum(m.amount_minor for m in self._rows)

    def total_text(self) -> str:
        return formatting.money(self.total_minor, self.currency)

    def row_of(self, milestone_id: str) -> int:
        for row, m in enumerate(self._rows):
            if m.id == milestone_id:
                return row
        return -1

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(HEADERS):
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
                return self.tr(HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        m = self._rows[index.row()]
        col = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if col == COL_AMOUNT:
                return self._amount(index.row())
            return self._display(m, col)
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (COL_AMOUNT, COL_VARIANCE):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            deemed = self.tr("Deemed accepted — confirm: the review period has passed.")
            if m.deemed_acceptance_due and col == COL_STATE:
                return deemed
            # the whole title, which the column may show cut ("Atelier de cadrag…")
            criteria = self.tr("%n acceptance criteria", "", len(m.criteria))
            text = f"{m.title}\n{m.deliverables}\n{criteria}".replace("\n\n", "\n")
            return text + (f"\n{deemed}" if m.deemed_acceptance_due else "")
        if role == ID_ROLE:
            return m.id
        if role == STATE_ROLE:
            return m.state
        if role == ROW_ROLE:
            return m
        if role == SORT_ROLE:
            return self._sort_value(m, col)
        return None

    def _amount(self, row: int) -> str:
        return self._amounts[row]

    def _display(self, m: MilestoneRow, col: int) -> str:
        if col == COL_POSITION:
            return str(m.position)
        if col == COL_TITLE:
            return m.title
        if col == COL_DUE:
            return formatting.day(m.baseline_due, self.tr("no date"))
        if col == COL_FORECAST:
            return formatting.day(m.forecast_due)
        if col == COL_VARIANCE:
            return variance_text(m.variance_days)
        if m.deemed_acceptance_due:  # COL_STATE (COL_AMOUNT: see _amount)
            return deemed_badge()
        return label_for(MILESTONE_STATE, m.state)

    @staticmethod
    def _sort_value(m: MilestoneRow, col: int) -> Any:
        values: dict[int, Any] = {
            COL_POSITION: m.position,
            COL_TITLE: m.title.casefold(),
            COL_DUE: m.baseline_due.isoformat() if m.baseline_due else "",
            COL_FORECAST: m.forecast_due.isoformat() if m.forecast_due else "",
            COL_VARIANCE: m.variance_days or 0,
            COL_AMOUNT: m.amount_minor,
            COL_STATE: m.state,
        }
        return values[col]

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled if self.editable else Qt.ItemFlag.NoItemFlags
        if self.editable:
            base |= Qt.ItemFlag.ItemIsDragEnabled
        return base

    # Drag and drop: a draft's milestones reorder; nothing else is accepted.

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        data = QMimeData()
        rows = sorted({i.row() for i in indexes if i.isValid()})
        if rows:
            data.setData(MIME, QByteArray(self._rows[rows[0]].id.encode("ascii")))
        return data

    def canDropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        return self.editable and action == Qt.DropAction.MoveAction and data.hasFormat(MIME)

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        milestone_id = bytes(data.data(MIME).data()).decode("ascii")
        source = self.row_of(milestone_id)
        if source < 0:
            return False
        target = row if row >= 0 else (parent.row() if parent.isValid() else len(self._rows))
        return self._request_move(source, target)

    def moveRows(
        self,
        sourceParent: Index,
        sourceRow: int,
        count: int,
        destinationParent: Index,
        destinationChild: int,
    ) -> bool:
        """Qt's move API (destination is "before this row"); one milestone at a time."""
        if not self.editable or count != 1 or sourceParent.isValid() or destinationParent.isValid():
            return False
        if not 0 <= sourceRow < len(self._rows):
            return False
        return self._request_move(sourceRow, destinationChild)

    def _request_move(self, source: int, before: int) -> bool:
        before = max(0, min(before, len(self._rows)))
        new_row = before - 1 if before > source else before
        if new_row == source:
            return False
        self.sig_move_requested.emit(self._rows[source].id, new_row + 1)
        return True
