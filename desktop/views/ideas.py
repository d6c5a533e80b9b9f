"""The idea backlog of one engagement, grouped by MoSCoW priority.

Ideas never change the scope they were raised in: from here they are qualified, parked,
declined, or diverted into a spin-off engagement, which then opens."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPushButton,
    QSplitter,
    QStyle,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from core import queries
from core.changes import Changes
from core.lifecycle import Action, Permission, idea_permissions
from core.models import IdeaState, Priority
from core.services import Services
from desktop import formatting
from desktop.dialogs.idea import IdeaDialog, IdeaEditor
from desktop.labels import IDEA_STATE, PRIORITY, SOURCE, label_for
from desktop.qt_compat import QT_TRANSLATE_NOOP, named
from desktop.refusals import words
from desktop.widgets import OnViewportResize

Index = QModelIndex | QPersistentModelIndex
COL_DESCRIPTION, COL_STATE, COL_FOLLOW_UP, COL_RAISED = range(4)
HEADERS = (
    QT_TRANSLATE_NOOP("IdeasModel", "Idea"),
    QT_TRANSLATE_NOOP("IdeasModel", "State"),
    QT_TRANSLATE_NOOP("IdeasModel", "Follow-up"),
    QT_TRANSLATE_NOOP("IdeasModel", "Raised"),
)
ID_ROLE = Qt.ItemDataRole.UserRole + 1
DUE_ROLE = Qt.ItemDataRole.UserRole + 2
IDEA_ROLE = Qt.ItemDataRole.UserRole + 3
GROUP = 0  # internal id of a priority group row; idea rows carry group index + 1
SETTLED = (IdeaState.DIVERTED.value, IdeaState.DECLINED.value)


class IdeasModel(QAbstractItemModel):
    """Two levels: the four MoSCoW groups, then the ideas of each (oldest first)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._groups: list[tuple[str, list[queries.IdeaRow]]] = [(p.value, []) for p in Priority]

    def set_ideas(self, ideas: list[queries.IdeaRow]) -> None:
        self.beginResetModel()
        self._groups = [(p.value, [i for i in ideas if i.priority == p.value]) for p in Priority]
        self.endResetModel()

    def idea(self, index: Index) -> queries.IdeaRow | None:
        if not index.isValid() or index.internalId() == GROUP:
            return None
        return self._groups[index.internalId() - 1][1][index.row()]

    def group_index(self, priority: str) -> QModelIndex:
        row = next(n for n, (p, _) in enumerate(self._groups) if p == priority)
        return self.index(row, 0)

    def index_of(self, idea_id: str) -> QModelIndex:
        for g, (_, ideas) in enumerate(self._groups):
            for row, idea in enumerate(ideas):
                if idea.id == idea_id:
                    return self.createIndex(row, 0, g + 1)
        return QModelIndex()

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, GROUP)
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid() or index.internalId() == GROUP:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, GROUP)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self._groups)
        if parent.internalId() == GROUP and parent.column() == 0:
            return len(self._groups[parent.row()][1])
        return 0

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return len(HEADERS)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if index.internalId() == GROUP:
            return self._group_data(index, role)
        idea = self._groups[index.internalId() - 1][1][index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(idea, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if idea.follow_up_due:
                return self.tr("Follow-up due since {0}").format(formatting.day(idea.follow_up))
            if column == COL_RAISED:  # who and when, whole, then how
                raised = self._display(idea, column)
                source = label_for(SOURCE, idea.source)
                return f"{raised} ({source})" if raised else source
            if column == COL_STATE:  # whole, when a narrow column cuts it
                return self._display(idea, column)
            return idea.description if column == COL_DESCRIPTION else None
        if role == ID_ROLE:
            return idea.id
        if role == IDEA_ROLE:
            return idea
        if role == DUE_ROLE:
            return idea.follow_up_due
        if idea.follow_up_due:
            return self._due_look(role, column)
        return None

    def _group_data(self, index: Index, role: int) -> Any:
        priority, ideas = self._groups[index.row()]
        if role == Qt.ItemDataRole.DisplayRole and index.column() == COL_DESCRIPTION:
            return f"{label_for(PRIORITY, priority)} ({len(ideas)})"
        if role == Qt.ItemDataRole.FontRole and index.column() == COL_DESCRIPTION:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _display(self, idea: queries.IdeaRow, column: int) -> str:
        if column == COL_DESCRIPTION:
            return idea.description.splitlines()[0] if idea.description else ""
        if column == COL_STATE:
            if idea.state == IdeaState.DIVERTED and idea.spinoff_code:
                return self.tr("diverted to {0}").format(idea.spinoff_code)
            return label_for(IDEA_STATE, idea.state)
        if column == COL_FOLLOW_UP:
            return formatting.day(idea.follow_up)
        # COL_RAISED: who and when; how (the source) is in the tooltip and the editor
        return f"{idea.raised_by} · {formatting.day(idea.raised_on)}" if idea.raised_by else ""

    def _due_look(self, role: int, column: int) -> Any:
        """A due follow-up: tinted with the palette's highlight, bold date, warning icon."""
        if role == Qt.ItemDataRole.BackgroundRole:
            color = QColor(QGuiApplication.palette().color(QPalette.ColorRole.Highlight))
            color.setAlpha(60)
            return color
        if role == Qt.ItemDataRole.FontRole and column == COL_FOLLOW_UP:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.DecorationRole and column == COL_FOLLOW_UP:
            return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        return None


class IdeasView(QWidget):
    """Backlog, qualification editor and the actions that settle ideas."""

    sig_open_engagement = Signal(str)
    """The user asked to open an engagement (a spin-off just created), by id."""

    def __init__(self, ops: Any, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ops = ops
        self._services = services
        self.engagement_id: str | None = None
        self._code = ""
        self.setAccessibleName(self.tr("Idea backlog"))
        self.model = IdeasModel(self)
        self.tree = named(QTreeView(), self.tr("Ideas by priority"))
        self.tree.setModel(self.model)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(COL_DESCRIPTION, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(60)
        self._wanted: dict[int, int] = {}  # the width each column after the idea asks for
        OnViewportResize(self.tree, self._fit_columns)
        self.editor = IdeaEditor(ops, services, self)

        self.title = named(QLabel(), self.tr("Backlog title"))
        self.show_settled = QCheckBox(self.tr("Show &diverted and declined"))
        self.show_settled.setAccessibleName(self.tr("Show diverted and declined ideas"))
        self.capture_button = QPushButton(self.tr("&Capture idea…"))
        self.divert_button = QPushButton(self.tr("Di&vert to spin-off…"))
        self.park_button = QPushButton(self.tr("&Park"))
        self.decline_button = QPushButton(self.tr("D&ecline…"))
        self.capture_button.setAccessibleName(self.tr("Capture idea"))
        self.divert_button.setAccessibleName(self.tr("Divert selected ideas to a spin-off"))
        self.park_button.setAccessibleName(self.tr("Park selected ideas"))
        self.decline_button.setAccessibleName(self.tr("Decline selected ideas"))
        # Two rows, so that French or Spanish labels never make the window wider than a
        # 1280 px laptop screen: what is shown (title, filter), then what can be done.
        heading = QHBoxLayout()
        heading.addWidget(self.title, 1)
        heading.addWidget(self.show_settled)
        actions = QHBoxLayout()
        for button in (
            self.capture_button,
            self.divert_button,
            self.park_button,
            self.decline_button,
        ):
            actions.addWidget(button)
        actions.addStretch(1)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.tree)
        split.addWidget(self.editor)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setSizes([640, 340])
        layout = QVBoxLayout(self)
        layout.addLayout(heading)
        layout.addLayout(actions)
        layout.addWidget(split, 1)

        self.capture_button.clicked.connect(self.capture)
        self.divert_button.clicked.connect(self.divert)
        self.park_button.clicked.connect(self.park)
        self.decline_button.clicked.connect(self.decline)
        self.show_settled.toggled.connect(self.refresh)
        self.tree.selectionModel().selectionChanged.connect(self._selection_changed)
        ops.sig_changed.connect(self._on_changed)
        self._selection_changed()

    def show_engagement(self, engagement_id: str) -> None:
        self.engagement_id = engagement_id
        self.refresh()

    def refresh(self) -> None:
        if self.engagement_id is None:
            return
        keep = self.selected_ids()
        with self._services.db.reading() as session:
            detail = queries.engagement_detail(session, self.engagement_id, date.today())
        self._code = detail.code
        self.title.setText(self.tr("<b>Ideas raised in {0}</b>").format(detail.code))
        ideas = [i for i in detail.ideas if self.show_settled.isChecked() or i.state not in SETTLED]
        self.model.set_ideas(ideas)
        self.tree.expandAll()
        for row in range(self.model.rowCount()):  # "Must have (2)" across the whole row
            self.tree.setFirstColumnSpanned(row, QModelIndex(), True)
        for column in range(1, len(HEADERS)):
            self.tree.resizeColumnToContents(column)
            self._wanted[column] = min(self.tree.columnWidth(column), 150)
        self._fit_columns()
        self.select_ids(keep)
        self._selection_changed()

    def _fit_columns(self) -> None:
        """The follow-up date gets the width it needs; state and raised get theirs, up to
        150 px, but all three together no more than half of the tree when they can help
        it, so that the idea itself stays readable in a narrow pane (200 %, a long
        translation) instead of a column of "…". What they cut is in their tooltips."""
        budget = self.tree.viewport().width() // 2
        date_width = self._wanted.get(COL_FOLLOW_UP, 0)
        self.tree.setColumnWidth(COL_FOLLOW_UP, date_width)
        budget -= date_width
        others = sorted(
            ((c, w) for c, w in self._wanted.items() if c != COL_FOLLOW_UP),
            key=lambda item: item[1],
        )
        for left, (column, wanted) in zip(range(len(others), 0, -1), others, strict=True):
            width = min(wanted, max(60, budget // left))
            self.tree.setColumnWidth(column, width)
            budget -= width

    def _on_changed(self, changes: Changes) -> None:
        if self.engagement_id is None:
            return
        if changes.ideas or self.engagement_id in changes.engagements:
            self.refresh()

    def selected_ideas(self) -> list[queries.IdeaRow]:
        rows = self.tree.selectionModel().selectedRows(COL_DESCRIPTION)
        ideas = [self.model.idea(index) for index in rows]
        return [i for i in ideas if i is not None]

    def selected_ids(self) -> list[str]:
        return [i.id for i in self.selected_ideas()]

    def select_ids(self, ids: list[str]) -> None:
        selection = self.tree.selectionModel()
        selection.clearSelection()
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        for idea_id in ids:
            index = self.model.index_of(idea_id)
            if index.isValid():
                selection.select(index, flags)

    def _selection_changed(self, *_args: object) -> None:
        ideas = self.selected_ideas()
        for button, action in (
            (self.divert_button, Action.DIVERT_IDEA),
            (self.park_button, Action.PARK_IDEA),
            (self.decline_button, Action.DECLINE_IDEA),
        ):
            refused = next(
                (p for p in (idea_permissions(i.state)[action] for i in ideas) if not p.allowed),
                None,
            )
            if not ideas:
                refused = Permission(False, self.tr("choose one or more captured ideas first"))
            button.setEnabled(refused is None)
            button.setToolTip("" if refused is None else words(refused.reason))
        self.capture_button.setEnabled(self.engagement_id is not None)
        self.editor.set_idea(ideas[0] if len(ideas) == 1 else None)

    def capture(self) -> IdeaDialog:
        dialog = IdeaDialog(self._ops, self._services, self.engagement_id, self)
        dialog.open()
        return dialog

    def suggested_code(self) -> str:
        with self._services.db.reading() as session:
            return queries.next_spinoff_code(session, self._code)

    def divert(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        code, ok = QInputDialog.getText(
            self,
            self.tr("Divert to spin-off"),
            self.tr(
                "The selected ideas ({0}) become a new draft engagement for the same client.\n"
                "Its scope starts from them; this engagement's scope stays as it is.\n\n"
                "Code of the spin-off:"
            ).format(len(ids)),
            text=self.suggested_code(),
        )
        if not ok:
            return
        changes = self._ops.run(
            lambda: self._services.ideas.divert(ids, code=code), irreversible=True
        )
        if changes is None or changes.created is None:
            return
        self._ops.sig_status.emit(self.tr("Spin-off {0} created as a draft.").format(code.upper()))
        self.sig_open_engagement.emit(changes.created)

    def park(self) -> None:
        ideas = self.selected_ideas()
        if not ideas:
            return
        versions = {i.id: i.version for i in ideas}
        done = self._ops.run(
            lambda: self._services.ideas.park_many(list(versions), expected_versions=versions),
            irreversible=True,
        )
        if done is None:
            return
        self._ops.sig_status.emit(self.tr("Parked: won't have now, kept in the backlog."))

    def decline(self) -> None:
        ideas = self.selected_ideas()
        if not ideas:
            return
        reason, ok = QInputDialog.getMultiLineText(
            self,
            self.tr("Decline ideas"),
            self.tr(
                "Why are these ideas ({0}) declined? The reason is kept in the history."
            ).format(len(ideas)),
        )
        if not ok:
            return
        versions = {i.id: i.version for i in ideas}
        done = self._ops.run(
            lambda: self._services.ideas.decline_many(
                list(versions), reason, expected_versions=versions
            ),
            irreversible=True,
        )
        if done is None:
            return
        self._ops.sig_status.emit(self.tr("Declined {0} idea(s).").format(len(ideas)))
