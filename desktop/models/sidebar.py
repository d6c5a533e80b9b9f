"""The sidebar tree: clients, their engagements, and spin-offs under their parent."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)

from core.db import Database
from core.queries.listing import EngagementName, list_engagement_names
from core.queries.sidebar import list_sidebar_clients
from desktop.labels import ENGAGEMENT_STATUS, label_for

Index = QModelIndex | QPersistentModelIndex

ID_ROLE = Qt.ItemDataRole.UserRole + 1
"""The client or engagement id."""
KIND_ROLE = Qt.ItemDataRole.UserRole + 2
"""'client' or 'engagement'."""
STATUS_ROLE = Qt.ItemDataRole.UserRole + 3
"""An engagement's status (draft, active, ...); None for a client."""
CODE_ROLE = Qt.ItemDataRole.UserRole + 4
"""An engagement's code."""


class Node:
    """A client or an engagement in the tree. Built for every listed engagement before the
    first frame, so it holds only what building costs nothing: its row under its parent is
    kept (not searched for), and the tooltip is worded when it is asked for."""

    __slots__ = (
        "children",
        "client_name",
        "code",
        "id",
        "kind",
        "label",
        "parent",
        "row",
        "status",
        "title",
    )

    def __init__(
        self,
        kind: str,
        id: str,
        label: str,
        status: str | None = None,
        code: str = "",
        title: str = "",
        client_name: str = "",
    ) -> None:
        self.kind = kind
        self.id = id
        self.label = label
        self.status = status
        self.code = code
        self.title = title
        self.client_name = client_name
        self.parent: Node | None = None
        self.children: list[Node] = []
        self.row = 0

    def add(self, child: Node) -> Node:
        child.parent = self
        child.row = len(self.children)
        self.children.append(child)
        return child

    @property
    def tooltip(self) -> str:
        if self.kind != "engagement":
            return self.client_name
        status = label_for(ENGAGEMENT_STATUS, self.status or "")
        return f"{self.code} — {self.title}\n{self.client_name} · {status}"


def build_tree(rows: list[EngagementName]) -> Node:
    """Group rows by client; a spin-off sits under its parent when the parent is listed."""
    root = Node("root", "", "")
    clients: dict[str, Node] = {}
    engagements: dict[str, Node] = {
        r.id: Node(
            "engagement",
            r.id,
            f"{r.code}  {r.title}",
            r.status,
            r.code,
            r.title,
            r.client_name,
        )
        for r in rows
    }
    for r in rows:
        node = engagements[r.id]
        if r.parent_id is not None and r.parent_id in engagements:
            engagements[r.parent_id].add(node)
            continue
        client = clients.get(r.client_id)
        if client is None:
            client = clients[r.client_id] = root.add(
                Node("client", r.client_id, r.client_name, client_name=r.client_name)
            )
        client.add(node)
    return root


class SidebarModel(QAbstractItemModel):
    """Clients → engagements → spin-offs, reloaded from ``list_engagement_names``.

    A large portfolio can start with its clients alone (:meth:`load_clients`, shown
    closed); :meth:`fill` then adds every client's engagements in place, keeping what is
    open, current and selected. Until then a client shows it has engagements, and
    anything that needs them (opening a client, finding an engagement, filtering) fills
    the tree first."""

    sig_filled = Signal()
    """The engagements were added to a tree that started with its clients alone."""

    def __init__(self, db: Database, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._root = Node("root", "", "")
        self._filter = ""
        self._clients_only = False
        self.total = 0

    @property
    def text_filter(self) -> str:
        return self._filter

    def set_filter(self, text: str) -> None:
        self._filter = text
        self.reload()  # every engagement that matches, the clients loaded alone or not

    def reload(self) -> None:
        with self._db.reading() as session:
            rows = list_engagement_names(session, text_filter=self._filter)
        self._reset(build_tree(rows), len(rows))

    def _reset(self, root: Node, total: int) -> None:
        self.beginResetModel()
        self._root = root
        self.total = total
        self._clients_only = False
        self.endResetModel()

    @property
    def clients_only(self) -> bool:
        """Whether the tree holds the clients alone, their engagements still to come."""
        return self._clients_only

    def load_clients(self, up_to: int) -> bool:
        """Load the clients alone when the unfiltered list holds more than ``up_to``
        engagements (they show closed), else everything; True for the clients alone."""
        with self._db.reading() as session:
            listed = list_sidebar_clients(session)
        if self._filter or listed.engagements <= up_to:
            self.reload()
            return False
        root = Node("root", "", "")
        for client in listed.clients:
            root.add(Node("client", client.id, client.name, client_name=client.name))
        self._reset(root, listed.engagements)
        self._clients_only = True
        return True

    def fill(self, *, rebuild_later: bool = False) -> None:
        """Add the engagements under the clients loaded alone (nothing when they are
        there). Each client keeps its place and index, so what is open, current or
        selected stays so; should the clients have changed meanwhile (another user of
        a shared database), the tree is rebuilt instead, with ``rebuild_later`` on the
        next turn of the event loop."""
        if not self._clients_only:
            return
        self._clients_only = False
        with self._db.reading() as session:
            rows = list_engagement_names(session, text_filter=self._filter)
        tree = build_tree(rows)
        clients = self._root.children
        if [(c.id, c.label) for c in clients] != [(c.id, c.label) for c in tree.children]:

            def rebuild() -> None:
                self._reset(tree, len(rows))
                self.sig_filled.emit()

            QTimer.singleShot(0, self, rebuild) if rebuild_later else rebuild()
            return
        self.total = len(rows)
        for client, filled in zip(clients, tree.children, strict=True):
            at = self.createIndex(client.row, 0, client)
            self.beginInsertRows(at, 0, len(filled.children) - 1)
            for child in filled.children:
                client.add(child)
            self.endInsertRows()
        self.sig_filled.emit()

    def _node(self, index: Index) -> Node:
        if not index.isValid():
            return self._root
        node = index.internalPointer()
        assert isinstance(node, Node)
        return node

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if column != 0 or row < 0:
            return QModelIndex()
        node = self._node(parent)
        if row >= len(node.children):
            return QModelIndex()
        return self.createIndex(row, 0, node.children[row])

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid():
            return QModelIndex()
        node = self._node(index).parent
        if node is None or node is self._root:
            return QModelIndex()
        return self.createIndex(node.row, 0, node)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self._node(parent).children)

    def hasChildren(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        if self._clients_only and parent.isValid():
            return self._node(parent).kind == "client"  # each listed client has one
        return self.rowCount(parent) > 0

    def canFetchMore(self, parent: Index) -> bool:
        return self._clients_only and parent.isValid()

    def fetchMore(self, parent: Index) -> None:
        # A view asks while it lays itself out: rows may be inserted then, but a rebuilt
        # tree (the clients changed meanwhile) waits for the next turn of the event loop.
        self.fill(rebuild_later=True)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 1

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        node = self._node(index)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if role == Qt.ItemDataRole.AccessibleTextRole and node.status:
                return f"{node.label}, {label_for(ENGAGEMENT_STATUS, node.status)}"
            return node.label
        if role == Qt.ItemDataRole.ToolTipRole:
            return node.tooltip
        if role == ID_ROLE:
            return node.id
        if role == KIND_ROLE:
            return node.kind
        if role == STATUS_ROLE:
            return node.status
        if role == CODE_ROLE:
            return node.code or None
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def engagement_levels(self) -> list[tuple[int, str, str]]:
        """(level, code, status) of every engagement listed, a client's own at level 1 and
        a spin-off one level below its parent: what the sidebar's width is fitted to
        (none while the clients are there alone)."""
        found: list[tuple[int, str, str]] = []

        def walk(node: Node, level: int) -> None:
            for child in node.children:
                if child.kind == "engagement":
                    found.append((level, child.code, child.status or ""))
                walk(child, level + 1)

        walk(self._root, 0)
        return found

    def index_of(self, engagement_id: str) -> QModelIndex:
        """The index of an engagement, or an invalid index when it is filtered out."""
        self.fill()

        def find(node: Node) -> Node | None:
            for child in node.children:
                if child.kind == "engagement" and child.id == engagement_id:
                    return child
                hit = find(child)
                if hit is not None:
                    return hit
            return None

        found = find(self._root)
        return self.createIndex(found.row, 0, found) if found is not None else QModelIndex()
