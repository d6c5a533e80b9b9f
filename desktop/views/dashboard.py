"""The dashboard: money figures per currency, review indicators, ideas, the spin-off
pipeline, charts of value by milestone state and of what falls due in the next 14 days
(desktop/views/dashboard_charts.py, which loads QtCharts on first use), and the due list."""

from __future__ import annotations

from concurrent.futures import Future, ThreadPoolExecutor
from datetime import date
from typing import TYPE_CHECKING, Any

from babel.numbers import format_decimal
from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QObject,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QFont, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from core import queries
from core.changes import Changes
from core.queries.figures import DueCounts, due_and_overdue
from core.queries.lookups import Choice
from core.queries.overview import DUE_HORIZON_DAYS, read_dashboard
from core.services import Services
from desktop import formatting
from desktop.formatting import locale_name
from desktop.labels import ENGAGEMENT_STATUS, MILESTONE_STATE, label_for
from desktop.models.choices import ChoicesModel
from desktop.models.records import ROW_ROLE, Column, RecordsModel
from desktop.qt_compat import QT_TRANSLATE_NOOP, named

if TYPE_CHECKING:
    from core.db import Database

money = formatting.money


def _days(row: queries.DueRow) -> str:
    if row.days < 0:
        return QApplication.translate("DashboardView", "{0} days overdue").format(-row.days)
    if row.days == 0:
        return QApplication.translate("DashboardView", "due today")
    return QApplication.translate("DashboardView", "in {0} days").format(row.days)


def _money_column(header: str, name: str) -> Column:
    return Column(header, lambda f: money(getattr(f, name), f.currency), numeric=True)


# Headers are translated when shown (RecordsModel.headerData), in the DashboardView context.
FIGURE_COLUMNS = [
    Column(QT_TRANSLATE_NOOP("DashboardView", "Currency"), lambda f: f.currency),
    _money_column(QT_TRANSLATE_NOOP("DashboardView", "Contracted"), "contracted"),
    _money_column(QT_TRANSLATE_NOOP("DashboardView", "Accepted"), "accepted"),
    _money_column(QT_TRANSLATE_NOOP("DashboardView", "Signed"), "signed"),
    _money_column(QT_TRANSLATE_NOOP("DashboardView", "Invoiced"), "invoiced"),
    _money_column(QT_TRANSLATE_NOOP("DashboardView", "Paid"), "paid"),
    _money_column(QT_TRANSLATE_NOOP("DashboardView", "Outstanding"), "outstanding"),
]
DUE_COLUMNS = [  # the due date itself is in each row's tooltip
    Column(QT_TRANSLATE_NOOP("DashboardView", "When"), _days, tip=lambda r: formatting.day(r.due)),
    Column(QT_TRANSLATE_NOOP("DashboardView", "Engagement"), lambda r: r.engagement_code),
    Column(QT_TRANSLATE_NOOP("DashboardView", "Milestone"), lambda r: f"{r.position}. {r.title}"),
    Column(
        QT_TRANSLATE_NOOP("DashboardView", "State"), lambda r: label_for(MILESTONE_STATE, r.state)
    ),
    Column(
        QT_TRANSLATE_NOOP("DashboardView", "Amount"),
        lambda r: money(r.amount_minor, r.currency),
        numeric=True,
    ),
]
SPINOFF_COLUMNS = [
    Column(QT_TRANSLATE_NOOP("DashboardView", "Spin-off"), lambda s: s.code),
    Column(QT_TRANSLATE_NOOP("DashboardView", "Title"), lambda s: s.title),
    Column(QT_TRANSLATE_NOOP("DashboardView", "From"), lambda s: s.parent_code),
    Column(
        QT_TRANSLATE_NOOP("DashboardView", "Status"),
        lambda s: label_for(ENGAGEMENT_STATUS, s.status),
    ),
    Column(QT_TRANSLATE_NOOP("DashboardView", "Ideas"), lambda s: str(s.ideas), numeric=True),
    Column(
        QT_TRANSLATE_NOOP("DashboardView", "Proposed value"),
        lambda s: money(s.contracted_minor, s.currency),
        numeric=True,
    ),
]


DUE_ROWS = 1000
"""Due and overdue milestones read at a time: the earliest first, the next ones as the
table scrolls (tens of thousands can be overdue on a large portfolio)."""

PAGE_HEIGHT = 660
"""The page's least height; below it (or below what its charts need) the page scrolls."""

FIT_ROWS = 30
"""Rows read to fit a column to its contents (each costs a size hint per cell and role
when the dashboard first shows)."""


def _table(model: QAbstractTableModel, name: str, stretch: int | None) -> QTableView:
    """A read-only table; column ``stretch`` takes the spare width (all of them if None)."""
    view = named(QTableView(), name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.verticalHeader().setVisible(False)
    view.setWordWrap(False)
    header = view.horizontalHeader()
    if stretch is None:
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    else:
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(80)
        # fitting a column to its contents reads this many rows, not all (5,000 due on a
        # large portfolio); a longer text further down is elided, in full in its tooltip
        header.setResizeContentsPrecision(FIT_ROWS)
    return view


FirstRead = tuple[date, Future[queries.Dashboard]]
"""The day a first showing's dashboard was read for, and that read (:func:`read_first`)."""


def read_first(db: Database) -> FirstRead:
    """Start reading today's dashboard of the whole portfolio, with its scope list, in a
    thread: what a dashboard shown for the first time reads, while its page (and QtCharts)
    is built. Its errors come out of the view's first refresh, as a read there would."""
    today = date.today()
    pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="dashboard-first")
    try:
        return today, pool.submit(
            read_dashboard, db, today, None, due_limit=DUE_ROWS, with_scopes=True
        )
    finally:
        pool.shutdown(wait=False)  # the read goes on; the pool ends with it


class DashboardView(QWidget):
    """Portfolio figures, or one engagement's, chosen in the scope box."""

    sig_open_engagement = Signal(str)
    """The user activated a row that belongs to an engagement (by id)."""

    sig_open_milestone = Signal(str, str)
    """The user activated a due milestone: (engagement id, milestone id)."""

    def __init__(
        self,
        ops: Any,
        services: Services,
        parent: QWidget | None = None,
        *,
        first: FirstRead | None = None,
    ) -> None:
        """``first``: the first refresh takes this read (:func:`read_first`), started
        before the page was built, when it is of the same day and the whole portfolio."""
        super().__init__(parent)
        self._ops = ops
        self._services = services
        self._first = first
        self._dirty = True
        self._scope_stale = True
        self.data: queries.Dashboard | None = None
        self.chart_view: Any = None
        self.due_chart_view: Any = None
        self.setAccessibleName(self.tr("Dashboard"))

        self.scope = named(QComboBox(), self.tr("Dashboard scope"))
        # Sized for about 40 characters rather than its longest entry, which would measure
        # the text of every engagement of the portfolio (10,000 on a large one).
        self.scope.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.scope.setMinimumContentsLength(40)
        self.scope_model = ChoicesModel(self)
        self.scope.setModel(self.scope_model)
        self.chart_currency = named(QComboBox(), self.tr("Chart currency"))
        self.figures_model = RecordsModel(FIGURE_COLUMNS, parent=self)
        self.due_model = RecordsModel(DUE_COLUMNS, warn=lambda r: r.days < 0, parent=self)
        self.spinoff_model = RecordsModel(SPINOFF_COLUMNS, parent=self)
        self.figures_table = _table(self.figures_model, self.tr("Money figures per currency"), None)
        self.due_table = _table(self.due_model, self.tr("Due and overdue milestones"), 2)
        self.due_table.setMinimumHeight(120)
        self.spinoff_table = _table(self.spinoff_model, self.tr("Spin-off pipeline"), 1)
        self.first_pass = named(QLabel(), self.tr("First-pass acceptance rate"))
        self.latency = named(QLabel(), self.tr("Client review latency"))
        self.ideas = named(QLabel(), self.tr("Ideas"))
        for label in (self.first_pass, self.latency, self.ideas):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        top = QHBoxLayout()
        title = QLabel(self.tr("Dashboard"))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setWeight(QFont.Weight.DemiBold)
        title.setFont(font)
        top.addWidget(title)
        top.addStretch(1)
        scope_label = QLabel(self.tr("&Scope"))
        scope_label.setBuddy(self.scope)
        top.addWidget(scope_label)
        top.addWidget(self.scope)
        indicators = QGroupBox(self.tr("Indicators"))
        form = QFormLayout(indicators)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)  # a narrow column
        for text, value in (
            (self.tr("First-pass acceptance"), self.first_pass),
            (self.tr("Client review latency"), self.latency),
            (self.tr("Ideas"), self.ideas),
        ):
            title = QLabel(text)
            bold = title.font()
            bold.setBold(True)
            title.setFont(bold)
            form.addRow(title, value)
        self.chart_box = QGroupBox(self.tr("Value by milestone state"))
        self.chart_layout = QVBoxLayout(self.chart_box)
        chart_bar = QHBoxLayout()
        chart_bar.addStretch(1)
        currency_label = QLabel(self.tr("&Currency"))
        currency_label.setBuddy(self.chart_currency)
        chart_bar.addWidget(currency_label)
        chart_bar.addWidget(self.chart_currency)
        self.chart_layout.addLayout(chart_bar)
        self.due_box = QGroupBox(self.tr("Due in the next 14 days and overdue"))
        self.due_layout = QVBoxLayout(self.due_box)

        self.due_layout.addWidget(self.due_table, 3)
        left = QVBoxLayout()
        left.addWidget(self.chart_box, 1)
        left.addWidget(indicators)
        right = QVBoxLayout()
        right.addWidget(self.due_box, 1)
        right.addWidget(self._boxed(self.tr("Spin-off pipeline"), self.spinoff_table))
        grid = QGridLayout()
        grid.addWidget(self._boxed(self.tr("Figures"), self.figures_table), 0, 0, 1, 2)
        grid.addLayout(left, 1, 0)
        grid.addLayout(right, 1, 1)
        grid.setRowStretch(1, 1)
        grid.setColumnStretch(0, 2)
        grid.setColumnStretch(1, 3)
        page = self._page = QWidget()
        page.setLayout(grid)
        page.setMinimumSize(860, PAGE_HEIGHT)  # below that the page scrolls, not squashes
        scroll = QScrollArea()
        scroll.setWidget(page)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setAccessibleName(self.tr("Dashboard figures"))
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(scroll, 1)

        self.scope.currentIndexChanged.connect(self.refresh)
        self.chart_currency.currentIndexChanged.connect(self._draw_charts)
        self.due_table.doubleClicked.connect(self._open_row)
        self.spinoff_table.doubleClicked.connect(self._open_row)
        ops.sig_changed.connect(self._on_changed)

    @staticmethod
    def _fit_height(view: QTableView, rows: int) -> None:
        """Tall enough for ``rows`` rows and the header, no taller: the table stays compact
        (beyond four rows it scrolls)."""
        height = view.horizontalHeader().sizeHint().height() + 2 * view.frameWidth()
        height += min(rows, 4) * view.verticalHeader().defaultSectionSize()
        view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        view.setFixedHeight(height)

    @staticmethod
    def _boxed(title: str, widget: QWidget) -> QGroupBox:
        box = QGroupBox(title)
        QVBoxLayout(box).addWidget(widget)
        return box

    def _fill_scope(self, scopes: list[Choice]) -> None:
        chosen = self.scope.currentData()
        self.scope.blockSignals(True)
        self.scope_model.set_choices(scopes, (self.tr("Whole portfolio"), None))
        self.scope.setCurrentIndex(max(0, self.scope.findData(chosen)))
        self.scope.blockSignals(False)

    def refresh(self) -> None:
        today = date.today()
        chosen = self.scope.currentData()
        first, self._first = self._first, None
        if first is not None and first[0] == today and chosen is None and self._scope_stale:
            from desktop.views import dashboard_charts  # noqa: F401  (loads while it reads)

            self.data = first[1].result()
        else:
            self.data = read_dashboard(
                self._services.db,
                today,
                chosen,
                due_limit=DUE_ROWS,
                with_scopes=self._scope_stale,
            )
        if self.data.scopes is not None:  # read beside the figures
            self._fill_scope(self.data.scopes)
            self._scope_stale = False
            if self.scope.currentData() != chosen:  # the chosen engagement is no longer there
                self.data = read_dashboard(
                    self._services.db, today, self.scope.currentData(), due_limit=DUE_ROWS
                )
        d = self.data
        self.figures_model.set_rows(d.figures)
        self._fit_height(self.figures_table, max(1, len(d.figures)))
        scope = self.scope.currentData()
        self.due_model.set_rows(
            d.overdue + d.due,
            total=d.due_counts.total,
            more=lambda start: self._due_from(today, scope, start),
        )
        self.spinoff_model.set_rows(d.spinoffs)
        self._fit_height(self.spinoff_table, max(1, len(d.spinoffs)))
        accepted, reviewed = d.first_pass
        if reviewed:
            self.first_pass.setText(
                # the plural form of the number reviewed: "1 of 1 reviewed milestone ..."
                self.tr(
                    "{0} of {1} reviewed milestones accepted first time ({2} %)", "", reviewed
                ).format(accepted, reviewed, round(100 * accepted / reviewed))
            )
        else:
            self.first_pass.setText(self.tr("no milestone reviewed yet"))
        self.latency.setText(
            self.tr("{0} days from submission to decision").format(
                format_decimal(round(d.latency_days, 1), "#,##0.0", locale=locale_name())
            )  # "3,0 días" in Spanish, "3.0 days" in English
            if d.latency_days is not None
            else self.tr("no client decision yet")
        )
        # Each count with its own plural form: "1 rechazada", "2 rechazadas".
        ideas = (
            self.tr("%n captured", "", d.ideas.get("captured", 0)),
            self.tr("%n diverted", "", d.ideas.get("diverted", 0)),
            self.tr("%n parked", "", d.ideas.get("parked", 0)),
            self.tr("%n declined", "", d.ideas.get("declined", 0)),
        )
        self.ideas.setText(" · ".join(ideas))
        keep = self.chart_currency.currentText()
        self.chart_currency.blockSignals(True)
        self.chart_currency.clear()
        self.chart_currency.addItems(list(d.value_by_state))
        self.chart_currency.setCurrentIndex(max(0, self.chart_currency.findText(keep)))
        self.chart_currency.blockSignals(False)
        self._draw_charts()
        self._dirty = False

    def _due_from(self, today: date, scope: str | None, start: int) -> list[queries.DueRow]:
        """The next page of the due list, from position ``start`` on."""
        with self._services.db.reading() as session:
            due, overdue = due_and_overdue(
                session, today, DUE_HORIZON_DAYS, scope, limit=DUE_ROWS, offset=start
            )
        return overdue + due

    def _draw_charts(self, *_args: object) -> None:
        """Value by state in the chosen currency, and the due and overdue milestones."""
        from desktop.views import dashboard_charts as charts

        if self.chart_view is None:
            self.chart_view = self._chart_view(self.tr("Chart of value by milestone state"), 280)
            self.chart_layout.addWidget(self.chart_view, 1)
            self.due_chart_view = self._chart_view(
                self.tr("Chart of due and overdue milestones"), 130
            )
            self.due_layout.insertWidget(0, self.due_chart_view, 2)
        dark = self.palette().color(self.backgroundRole()).lightness() < 128
        currency = self.chart_currency.currentText()
        by_state = self.data.value_by_state.get(currency, {}) if self.data else {}
        counts = self.data.due_counts if self.data else DueCounts()
        value_width, due_width = self.chart_view.width(), self.due_chart_view.width()
        for view, chart, height in (
            (self.chart_view, charts.value_by_state(by_state, currency, dark, value_width), 280),
            (self.due_chart_view, charts.due_and_overdue(counts, dark, due_width), 130),
        ):
            old = view.chart()
            # tall enough for every category label, whole (long ones take two lines)
            view.setMinimumHeight(max(height, charts.height_for_labels(chart)))
            view.setChart(chart)
            if old is not None:
                old.deleteLater()
        self._fit_page()

    def _fit_page(self) -> None:
        """The page's height: what its charts need, never less than ``PAGE_HEIGHT`` (the
        scroll area scrolls rather than squeeze a chart and cut its labels)."""
        layout = self._page.layout()
        if layout is not None:
            layout.invalidate()
            self._page.setMinimumHeight(max(PAGE_HEIGHT, layout.minimumSize().height()))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """A chart view whose new width breaks its labels otherwise is drawn again."""
        if event.type() == QEvent.Type.Resize:
            from desktop.views.dashboard_charts import relabel_needed

            if watched in (self.chart_view, self.due_chart_view):
                view: Any = watched  # a QChartView (QtCharts loads with the first chart)
                if relabel_needed(view.chart(), view.width()):
                    QTimer.singleShot(0, self._draw_charts)
        return super().eventFilter(watched, event)

    def _chart_view(self, name: str, height: int) -> Any:
        from PySide6.QtCharts import QChartView
        from PySide6.QtGui import QPainter

        view = QChartView()
        view.installEventFilter(self)
        view.setAccessibleName(name)
        view.setMinimumWidth(240)
        view.setRenderHint(QPainter.RenderHint.Antialiasing)
        view.setMinimumHeight(height)
        return view

    def chart_values(self) -> dict[str, float]:
        """What the value chart draws: state label -> value (for tests and tooltips)."""
        from desktop.views.dashboard_charts import drawn_values

        return drawn_values(self.chart_view.chart() if self.chart_view else None)

    def due_chart_values(self) -> dict[str, float]:
        """What the due chart draws: bucket label -> number of milestones."""
        from desktop.views.dashboard_charts import drawn_values

        return drawn_values(self.due_chart_view.chart() if self.due_chart_view else None)

    def _on_changed(self, changes: Changes) -> None:
        if changes.engagements or changes.milestones or changes.ideas or changes.signoffs:
            if changes.engagements:
                self._scope_stale = True  # an engagement may be new or renamed
            self._dirty = True
            if self.isVisible():
                self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._dirty:
            self.refresh()

    def _open_row(self, index: QModelIndex) -> None:
        row = index.data(ROW_ROLE)
        if isinstance(row, queries.DueRow) and row.engagement_id:
            # the engagement opens on the milestone of the row, not on its first one
            self.sig_open_milestone.emit(row.engagement_id, row.milestone_id)
            return
        engagement_id = getattr(row, "engagement_id", "") or getattr(row, "id", "")
        if engagement_id:
            self.sig_open_engagement.emit(engagement_id)
