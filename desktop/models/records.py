"""A read-only table of frozen query records (the dashboard's figures, due list, spin-offs):
columns are declared with their header and how a record becomes text."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QStyle, QWidget

Index = QModelIndex | QPersistentModelIndex
ROW_ROLE = Qt.ItemDataRole.UserRole + 1
"""The record itself."""
HIGHLIGHT_ROLES = (Qt.ItemDataRole.FontRole, Qt.ItemDataRole.DecorationRole)


@dataclass(frozen=True)
class Column:
    """One table column: its header and how a record becomes its text."""

    header: str
    text: Callable[[Any], str]
    numeric: bool = False
    tip: Callable[[Any], str] | None = None
    """The tooltip; by default the text itself (cut short by a narrow column)."""


class RecordsModel(QAbstractTableModel):
    """A read-only table of frozen query records; ``warn`` marks rows to highlight.

    Headers are translated in ``context``, where they were marked with QT_TRANSLATE_NOOP.
    A long list can come a page at a time: ``set_rows`` with the ``total`` and a ``more``
    that reads the records from a position on; the view asks for them as it scrolls."""

    def __init__(
        self,
        columns: Sequence[Column],
        warn: Callable[[Any], bool] | None = None,
        parent: QWidget | None = None,
        context: str = "DashboardView",
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._columns = list(columns)
        self._warn = warn
        self._rows: list[Any] = []
        self._total = 0
        self._more: Callable[[int], Sequence[Any]] | None = None
        self._texts: dict[tuple[int, int], str] = {}
        """Each cell's text, made when first asked for: the view asks again for every
        paint and size hint, and money is formatted by Babel."""

    def set_rows(
        self,
        rows: Sequence[Any],
        total: int | None = None,
        more: Callable[[int], Sequence[Any]] | None = None,
    ) -> None:
        """Show ``rows``: all of them, or the first of ``total`` when ``more(start)`` gives
        the records from position ``start`` on, a page at a time."""
        self.beginResetModel()
        self._rows = list(rows)
        self._total = len(self._rows) if total is None or more is None else total
        self._more = more
        self._texts = {}
        self.endResetModel()

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or self._more is None or len(self._rows) >= self._total:
            return
        page = list(self._more(len(self._rows)))
        if not page:
            self._total = len(self._rows)  # fewer than counted now: stop asking
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
        self._rows.extend(page)
        self.endInsertRows()

    def _text(self, row: int, column: int) -> str:
        text = self._texts.get((row, column))
        if text is None:
            text = self._texts[row, column] = self._columns[column].text(self._rows[row])
        return text

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QApplication.translate(self._context, self._columns[section].header)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(index.row(), index.column())
        if role == Qt.ItemDataRole.ToolTipRole:
            return column.tip(row) if column.tip else self._text(index.row(), index.column())
        if role == Qt.ItemDataRole.TextAlignmentRole and column.numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == ROW_ROLE:
            return row
        # A row to highlight is bold, with a warning icon in its first cell. ``warn`` is not
        # asked for the other roles (size hints, colours...), which every cell is queried for.
        if role not in HIGHLIGHT_ROLES or self._warn is None or not self._warn(row):
            return None
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        if index.column() == 0:
            return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        return None
