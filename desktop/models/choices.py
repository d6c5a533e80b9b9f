"""A pick list's entries as a model, for a combo box that lists thousands of them (the
dashboard's scope on a 10,000-engagement portfolio): set in one step instead of one
``addItem`` per entry, and read by the combo box only as far as it shows."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from core.queries.lookups import Choice

Index = QModelIndex | QPersistentModelIndex


class ChoicesModel(QAbstractListModel):
    """Entries shown by name; ``Qt.UserRole`` holds the id (None for a leading entry
    such as "Whole portfolio"), as ``QComboBox.currentData`` and ``findData`` read it."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._choices: list[tuple[str, str | None]] = []

    def set_choices(self, choices: Sequence[Choice], first: tuple[str, str | None]) -> None:
        self.beginResetModel()
        self._choices = [first, *((c.name, c.id) for c in choices)]
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._choices)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._choices):
            return None
        name, key = self._choices[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return name
        if role == Qt.ItemDataRole.UserRole:
            return key
        return None
