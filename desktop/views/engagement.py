"""One engagement: header with status and lock, objectives, and tabs Roadmap | Ideas |
Sign-off | History. The roadmap tab holds the timeline, the milestone table, the draft
editor, the running total and the actions each milestone's state allows (the actions are
an ``EngagementActions`` object of ``engagement_actions``, which the page holds).

The Ideas, Sign-off and History tabs are built the first time they are shown. Switching
to a 500-milestone engagement stays quick because the table and the timeline only format
and paint the rows on screen (bench/bench_desktop.py)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from html import escape

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QFont, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QScrollArea,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from core import queries
from core.changes import Changes
from core.errors import NotFoundError
from core.messages import listing
from core.services import Services
from desktop import formatting
from desktop.labels import ENGAGEMENT_STATUS, MILESTONE_STATE, label_for
from desktop.look import BADGE_ROOM, BadgeCellDelegate, StatusBadge, icon, muted
from desktop.models.roadmap import (
    COL_AMOUNT,
    COL_DUE,
    COL_FORECAST,
    COL_POSITION,
    COL_STATE,
    COL_TITLE,
    COL_VARIANCE,
    ID_ROLE,
    STATE_ROLE,
    RoadmapModel,
    deemed_badge,
    variance_text,
)
from desktop.ops import Ops
from desktop.qt_compat import named
from desktop.refusals import words
from desktop.timeline import TimelineWidget
from desktop.views.engagement_actions import EngagementActions
from desktop.views.engagement_header import scope_line
from desktop.views.milestone_editor import MilestoneEditor
from desktop.widgets import OnViewportResize

__all__ = ["TAB_HISTORY", "TAB_IDEAS", "TAB_ROADMAP", "TAB_SIGNOFF", "EngagementView"]
TAB_ROADMAP, TAB_IDEAS, TAB_SIGNOFF, TAB_HISTORY = range(4)
LAZY_TABS = {
    TAB_IDEAS: ("desktop.views.ideas", "IdeasView", "show_engagement"),
    TAB_SIGNOFF: ("desktop.views.signoff", "SignoffPanel", "show_milestone"),
    TAB_HISTORY: ("desktop.views.history", "HistoryView", "show_engagement"),
}
TITLE_MIN_CHARS = 5
"""The milestone title column gives way to the others (badges and dates read whole; a cut
title shows "…" and its tooltip holds it whole) down to this many wide letters, below which
the table scrolls sideways."""
CELL_PADDING = 10
"""Room a cell needs beyond its text: 3 px each side (Qt's item text margin), a grid line
and 3 px spare."""


class EngagementView(QWidget):
    """Everything about one engagement."""

    sig_open_engagement = Signal(str)
    """The user asked to open another engagement (the parent or a spin-off)."""
    sig_gone = Signal()
    """The engagement shown no longer exists (its draft was deleted)."""

    def __init__(self, ops: Ops, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops, self.services = ops, services
        self.today: Callable[[], date] = date.today
        self.detail: queries.EngagementDetail | None = None
        self.setAccessibleName(self.tr("Engagement"))
        self._build_header()
        self.model = RoadmapModel(self)
        self.timeline = TimelineWidget()
        self.timeline.sig_milestone_clicked.connect(self.select_milestone)
        self.table = named(QTableView(), self.tr("Milestones"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.table.setDragDropOverwriteMode(False)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setMinimumSectionSize(24)
        # The title takes the room the other columns leave, but never less than a readable
        # width: in a narrow window (200 % on a laptop) the table scrolls sideways instead
        # of shrinking every title to "…" (a stretched section may shrink to nothing).
        self._title_fit = OnViewportResize(self.table, self._fit_title)
        self.table.setItemDelegateForColumn(COL_STATE, BadgeCellDelegate(STATE_ROLE, self.table))
        self.table.selectionModel().currentRowChanged.connect(self._on_row)
        self.editor = MilestoneEditor(services)
        self.total = named(QLabel(), self.tr("Running total"))
        bold = QFont(self.total.font())
        bold.setWeight(QFont.Weight.DemiBold)
        self.total.setFont(bold)
        self.page_actions = EngagementActions(ops, services, page=self, host=self)
        self.model.sig_move_requested.connect(self.page_actions.move_to)
        self.editor.sig_save_requested.connect(self.page_actions.save_milestone)
        self.editor.apply_template.clicked.connect(self.apply_template)
        self._build_tabs()
        self.ops.sig_changed.connect(self._on_changed)
        self.ops.sig_stale.connect(self.reload)

    # Layout

    def _build_header(self) -> None:
        self.heading = named(QLabel(), self.tr("Engagement title"))
        font = QFont(self.heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setWeight(QFont.Weight.DemiBold)
        self.heading.setFont(font)
        self.heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.heading.setWordWrap(True)
        self.badge = StatusBadge()
        self.lock_icon = QLabel()
        self.lock_label = named(QLabel(), self.tr("Scope lock"))
        self.lock_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.subtitle = muted(named(QLabel(), self.tr("Client and dates")))
        self.subtitle.setTextFormat(Qt.TextFormat.RichText)
        self.subtitle.setWordWrap(True)
        self.subtitle.linkActivated.connect(self._follow_link)
        self.subtitle.setToolTip(self.tr("Click the client's name to edit the client"))
        self.objectives = named(QLabel(), self.tr("Objectives"))
        self.objectives.setWordWrap(True)
        self.objectives.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

    def _build_tabs(self) -> None:
        roadmap = QWidget()
        scroll = QScrollArea()
        scroll.setWidget(self.timeline)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setAccessibleName(self.tr("Timeline"))
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(self.total, 0, Qt.AlignmentFlag.AlignRight)
        editor_scroll = QScrollArea()
        editor_scroll.setWidget(self.editor)
        editor_scroll.setWidgetResizable(True)
        editor_scroll.setMinimumWidth(300)
        editor_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        editor_scroll.setAccessibleName(self.tr("Milestone details"))
        bottom = QSplitter(Qt.Orientation.Horizontal)
        bottom.addWidget(left)
        bottom.addWidget(editor_scroll)
        bottom.setStretchFactor(0, 3)
        bottom.setStretchFactor(1, 2)
        bottom.setSizes([680, 300])
        scroll.setMinimumHeight(120)
        vertical = QSplitter(Qt.Orientation.Vertical)
        vertical.addWidget(scroll)
        vertical.addWidget(bottom)
        vertical.setStretchFactor(0, 2)
        vertical.setStretchFactor(1, 3)
        vertical.setSizes([min(self.timeline.sizeHint().height(), 300), 420])
        self.splitter, self.bottom = vertical, bottom
        layout = QVBoxLayout(roadmap)
        layout.addWidget(self.page_actions.plan_bar)
        layout.addWidget(self.page_actions.work_bar)
        layout.addWidget(vertical, 1)
        self.tabs = named(QTabWidget(), self.tr("Engagement sections"))
        self.tabs.addTab(roadmap, self.tr("&Roadmap"))
        self._tab_labels = {
            TAB_IDEAS: self.tr("&Ideas"),
            TAB_SIGNOFF: self.tr("&Sign-off"),
            TAB_HISTORY: self.tr("&History"),
        }
        self._lazy: dict[int, QWidget | None] = {}
        for index, text in self._tab_labels.items():
            self.tabs.addTab(QWidget(), text)
            self._lazy[index] = None
        self.tabs.currentChanged.connect(self._on_tab)
        # Long titles wrap rather than widen the window (it must fit 960 px at 200 %).
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.badge, 0, Qt.AlignmentFlag.AlignTop)
        second = QHBoxLayout()
        second.addWidget(self.subtitle, 1)
        second.addWidget(self.lock_icon)
        second.addWidget(self.lock_label)
        outer = QVBoxLayout(self)
        outer.addLayout(top)
        outer.addLayout(second)
        outer.addWidget(self.objectives)
        outer.addWidget(self.tabs, 1)

    # Loading

    def show_engagement(self, engagement_id: str) -> None:
        self._load(engagement_id, keep=None)
        self.tabs.setCurrentIndex(TAB_ROADMAP)
        room = max(self.splitter.height(), 500)
        timeline = min(self.timeline.sizeHint().height() + 4, int(room * 0.45))
        self.splitter.setSizes([timeline, room - timeline])
        # A draft's editor holds editable criteria and targets: it gets more of the width
        # (the table has no forecast columns then); otherwise the table gets it.
        # When the window grows, a draft's editor grows with the table; otherwise the table
        # takes the extra width (it holds the dates, amounts and state badges).
        draft = self.detail is not None and self.detail.status == "draft"
        self.bottom.setStretchFactor(0, 3 if draft else 1)
        self.bottom.setStretchFactor(1, 2 if draft else 0)
        width = max(self.bottom.width(), 700)
        editor = int(width * 0.42) if draft else 300
        self.bottom.setSizes([width - editor, editor])

    def reload(self) -> None:
        if self.detail is not None:
            self._load(self.detail.id, keep=self.selected_id())

    def _load(self, engagement_id: str, keep: str | None) -> None:
        with self.services.db.reading() as session:
            detail = queries.engagement_detail(session, engagement_id, self.today())
        self.detail = detail
        self.model.set_detail(detail)
        self.timeline.set_data(
            detail.milestones,
            detail.start_date,
            detail.target_end_date,
            self.today(),
            detail.currency,
        )
        self._fill_header(detail)
        total = self.model.total_text()
        self.total.setText(
            # the count's own plural form: "Total de 1 hito", not "Total de 1 hitos"
            self.tr("Total of %n milestones: {0}", "", len(detail.milestones)).format(total)
        )
        for column in (COL_FORECAST, COL_VARIANCE):
            self.table.setColumnHidden(column, detail.status == "draft")
        self._size_columns(total)
        self.table.setDragEnabled(self.model.editable)
        self.table.setAcceptDrops(self.model.editable)
        self.select_milestone(keep or (detail.milestones[0].id if detail.milestones else ""))
        self._refresh_lazy()

    def _size_columns(self, total: str) -> None:
        """Widths from the font and the widest value (``total``, the formatted sum), not
        from every row: the title takes the rest, and a 500-milestone roadmap is not measured
        row by row."""
        metrics = self.table.fontMetrics()
        model = self.model

        def width(*texts: str) -> int:  # a cell's text has 3 px each side and a grid line
            return max(metrics.horizontalAdvance(text) for text in texts) + CELL_PADDING

        def header(column: int) -> str:
            return str(model.headerData(column, Qt.Orientation.Horizontal))

        # Dates as the interface shows them ("Sep 28, 2026", "28 sept. 2026"): the widest
        # month decides. Every state's badge reads whole, and the longest one, a pending
        # deemed acceptance, is measured when a milestone shows it.
        days = [formatting.day(date(2026, month, 28)) for month in range(1, 13)]
        states = [label_for(MILESTONE_STATE, value) for value in MILESTONE_STATE]
        if any(m.deemed_acceptance_due for m in model.milestones):
            states.append(deemed_badge())
        widths = {
            COL_POSITION: width("88", header(COL_POSITION)),
            COL_DUE: width(*days, header(COL_DUE)),
            COL_FORECAST: width(*days, header(COL_FORECAST)),
            COL_VARIANCE: width(variance_text(0), "+888 d", header(COL_VARIANCE)),
            COL_AMOUNT: width(total, header(COL_AMOUNT)),
            # the badge's own room, a grid line and 1 px spare
            COL_STATE: width(*states) - CELL_PADDING + BADGE_ROOM + 2,
        }
        for column, pixels in widths.items():
            self.table.setColumnWidth(column, pixels)
        self._fit_title()

    def _fit_title(self) -> None:
        header = self.table.horizontalHeader()
        others = sum(
            header.sectionSize(c)
            for c in range(header.count())
            if c != COL_TITLE and not header.isSectionHidden(c)
        )
        self.table.setColumnWidth(
            COL_TITLE, max(self.table.viewport().width() - others, self.title_floor())
        )

    def title_floor(self) -> int:
        """The title column's least width: ``TITLE_MIN_CHARS`` wide letters, and its header
        ("Milestone", "Jalon") whole."""
        letters = self.table.fontMetrics().horizontalAdvance("M" * TITLE_MIN_CHARS)
        heading = self.table.horizontalHeader().sectionSizeFromContents(COL_TITLE).width()
        return max(letters, heading)

    def _fill_header(self, d: queries.EngagementDetail) -> None:
        self.heading.setText(f"{d.code} — {d.title}")
        self.badge.set_status(d.status, label_for(ENGAGEMENT_STATUS, d.status))
        scope = scope_line(d.status, d.baseline_fingerprint)
        self.lock_icon.setPixmap(icon(scope.icon).pixmap(20, 20) if scope.icon else QPixmap())
        self.lock_icon.setVisible(bool(scope.icon))
        self.lock_label.setText(scope.text)
        self.lock_label.setToolTip(scope.tooltip)
        parent = (
            self.tr(" · spin-off of <a href='{0}'>{1}</a>").format(d.parent_id, d.parent_code)
            if d.parent_id
            else ""
        )
        spinoffs = ", ".join(f"<a href='{sid}'>{code}</a>" for sid, code, _ in d.spinoffs)
        self.subtitle.setText(
            f"<a href='client:{d.client_id}'>{escape(d.client_name)}</a> · "
            f"{d.currency} · {formatting.day(d.start_date)} → "
            f"{formatting.day(d.target_end_date)}{parent}"
            + (self.tr(" · spin-offs: {0}").format(spinoffs) if spinoffs else "")
        )
        if d.objectives:
            # joined as the language joins a list (French spaces its semicolon)
            items = words(listing([t + (f" ({m})" if m else "") for t, m in d.objectives], "; "))
            self.objectives.setText(self.tr("Objectives: {0}").format(items))
        else:
            self.objectives.setText(self.tr("No written objectives yet."))
        self.page_actions.enable_for_engagement(d)

    def selected_id(self) -> str | None:
        index = self.table.currentIndex()
        return index.data(ID_ROLE) if index.isValid() else None

    def selected(self) -> queries.MilestoneRow | None:
        row = self.model.row_of(self.selected_id() or "")
        return self.model.milestones[row] if row >= 0 else None

    def select_milestone(self, milestone_id: str) -> None:
        row = self.model.row_of(milestone_id)
        if row < 0:
            self._on_row()
            return
        before = self.table.currentIndex()
        self.table.selectionModel().setCurrentIndex(
            self.model.index(row, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        if before.isValid() and before.row() == row:
            self._on_row()  # the same row: no currentRowChanged, which calls it otherwise

    def _on_row(self, *_: object) -> None:
        m = self.selected()
        d = self.detail
        self.timeline.select(m.id if m else None)
        if d is not None:
            self.editor.show_milestone(
                m,
                d.currency,
                d.language,
                editable=d.status == "draft",
                span=(d.start_date, d.target_end_date),
                cancelled=d.status == "cancelled",
            )
        self.page_actions.enable_for(d, m)

    def _follow_link(self, target: str) -> None:
        """A link of the client line: the client (edit it) or another engagement."""
        if target.startswith("client:"):
            self.edit_client()
        else:
            self.sig_open_engagement.emit(target)

    def edit_client(self) -> None:
        """Edit the client of the engagement shown, with its contacts."""
        from desktop.dialogs.client import ClientEditDialog

        if self.detail is not None:
            ClientEditDialog(self.ops, self.services, self.detail.client_id, self).exec()

    def show_signoff(self) -> None:
        self.tabs.setCurrentIndex(TAB_SIGNOFF)

    def apply_template(self) -> None:
        """Apply the chosen template without losing what was typed: unsaved edits of the
        milestone are saved first (one undo step each), then the template's criteria and
        checklist are added. A refused save applies nothing."""
        if self.editor.has_unsaved_edits():
            self.page_actions.save_milestone()
            if self.editor.has_unsaved_edits():
                return
        self.page_actions.apply_template()

    def _on_changed(self, changes: Changes) -> None:
        d = self.detail
        if d is None:
            return
        mine = {m.id for m in d.milestones}
        if (
            d.id in changes.engagements
            or mine & changes.milestones
            or d.client_id in changes.clients
            or changes.ideas
            or changes.signoffs
        ):
            try:
                self.reload()
            except NotFoundError:  # the engagement itself is gone (a deleted draft)
                self.detail = None
                self.sig_gone.emit()

    def _on_tab(self, index: int) -> None:
        if index in self._lazy and self._lazy[index] is None:
            module_name, class_name, _ = LAZY_TABS[index]
            module = __import__(module_name, fromlist=[class_name])
            widget: QWidget = getattr(module, class_name)(self.ops, self.services)
            opener = getattr(widget, "sig_open_engagement", None)
            if opener is not None:
                opener.connect(self.sig_open_engagement)
            self.tabs.blockSignals(True)
            self.tabs.removeTab(index)
            self.tabs.insertTab(index, widget, self._tab_labels[index])
            self.tabs.setCurrentIndex(index)
            self.tabs.blockSignals(False)
            self._lazy[index] = widget
        self._refresh_lazy()

    def _refresh_lazy(self) -> None:
        if self.detail is None:
            return
        for index, widget in self._lazy.items():
            if widget is None or self.tabs.currentIndex() != index:
                continue
            method = getattr(widget, LAZY_TABS[index][2], None)
            if method is None:
                continue
            if index == TAB_SIGNOFF:
                m = self.selected()
                if m is not None:
                    method(m.id)
            else:
                method(self.detail.id)
