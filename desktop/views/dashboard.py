"""The dashboard: money figures per currency, review indicators, ideas, the spin-off
pipeline, a chart of value by milestone state and what falls due in the next 14 days.

QtCharts is imported inside the chart function, never when the desktop starts."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
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
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from core import queries
from core.changes import Changes
from core.money import Money, format_money
from core.services import Services
from desktop.labels import ENGAGEMENT_STATUS, MILESTONE_STATE, label_for

Index = QModelIndex | QPersistentModelIndex
ROW_ROLE = Qt.ItemDataRole.UserRole + 1


def ui_locale() -> str:
    """The user's locale for money, as Babel names it ('en' when Qt reports none)."""
    name = QLocale().name()
    return "en" if name in ("C", "") else name


def money(minor: int, currency: str) -> str:
    amount = Money(minor, currency)
    try:
        return format_money(amount, ui_locale())
    except (ValueError, LookupError):
        return format_money(amount, "en")


@dataclass(frozen=True)
class Column:
    """One table column: its header and how a record becomes its text."""

    header: str
    text: Callable[[Any], str]
    numeric: bool = False


class RecordsModel(QAbstractTableModel):
    """A read-only table of frozen query records; ``warn`` marks rows to highlight."""

    def __init__(
        self,
        columns: Sequence[Column],
        warn: Callable[[Any], bool] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._warn = warn
        self._rows: list[Any] = []

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QApplication.translate("DashboardView", self._columns[section].header)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = self._columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return column.text(row)  # the tooltip shows text cut short by a narrow column
        if role == Qt.ItemDataRole.TextAlignmentRole and column.numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == ROW_ROLE:
            return row
        if self._warn is not None and self._warn(row):
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
            if role == Qt.ItemDataRole.DecorationRole and index.column() == 0:
                return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        return None


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
DUE_COLUMNS = [
    Column(QT_TRANSLATE_NOOP("DashboardView", "When"), _days),
    Column(QT_TRANSLATE_NOOP("DashboardView", "Due"), lambda r: r.due.isoformat()),
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


def _table(model: QAbstractTableModel, name: str, stretch: int | None) -> QTableView:
    """A read-only table; column ``stretch`` takes the spare width (all of them if None)."""
    view = QTableView(accessibleName=name)
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
    return view


class DashboardView(QWidget):
    """Portfolio figures, or one engagement's, chosen in the scope box."""

    sig_open_engagement = Signal(str)
    """The user activated a row that belongs to an engagement (by id)."""

    def __init__(self, ops: Any, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ops = ops
        self._services = services
        self._dirty = True
        self._scope_stale = True
        self.data: queries.Dashboard | None = None
        self.chart_view: Any = None
        self.setAccessibleName(self.tr("Dashboard"))

        self.scope = QComboBox(accessibleName=self.tr("Dashboard scope"))
        self.chart_currency = QComboBox(accessibleName=self.tr("Chart currency"))
        self.figures_model = RecordsModel(FIGURE_COLUMNS, parent=self)
        self.due_model = RecordsModel(DUE_COLUMNS, warn=lambda r: r.days < 0, parent=self)
        self.spinoff_model = RecordsModel(SPINOFF_COLUMNS, parent=self)
        self.figures_table = _table(self.figures_model, self.tr("Money figures per currency"), None)
        self.due_table = _table(self.due_model, self.tr("Due and overdue milestones"), 3)
        self.spinoff_table = _table(self.spinoff_model, self.tr("Spin-off pipeline"), 1)
        self.first_pass = QLabel(accessibleName=self.tr("First-pass acceptance rate"))
        self.latency = QLabel(accessibleName=self.tr("Client review latency"))
        self.ideas = QLabel(accessibleName=self.tr("Ideas"))
        for label in (self.first_pass, self.latency, self.ideas):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("<b>Dashboard</b>")))
        top.addStretch(1)
        top.addWidget(QLabel(self.tr("&Scope"), buddy=self.scope))
        top.addWidget(self.scope)
        indicators = QGroupBox(self.tr("Indicators"))
        form = QFormLayout(indicators)
        form.addRow(self.tr("First-pass acceptance"), self.first_pass)
        form.addRow(self.tr("Client review latency"), self.latency)
        form.addRow(self.tr("Ideas"), self.ideas)
        self.chart_box = QGroupBox(self.tr("Value by milestone state"))
        self.chart_layout = QVBoxLayout(self.chart_box)
        chart_bar = QHBoxLayout()
        chart_bar.addStretch(1)
        chart_bar.addWidget(QLabel(self.tr("&Currency"), buddy=self.chart_currency))
        chart_bar.addWidget(self.chart_currency)
        self.chart_layout.addLayout(chart_bar)

        grid = QGridLayout()
        grid.addWidget(self._boxed(self.tr("Figures"), self.figures_table), 0, 0, 1, 2)
        grid.addWidget(self.chart_box, 1, 0)
        grid.addWidget(
            self._boxed(self.tr("Due in the next 14 days and overdue"), self.due_table), 1, 1
        )
        grid.addWidget(indicators, 2, 0)
        grid.addWidget(self._boxed(self.tr("Spin-off pipeline"), self.spinoff_table), 2, 1)
        grid.setRowStretch(1, 3)
        grid.setRowStretch(2, 1)
        grid.setColumnStretch(0, 2)
        grid.setColumnStretch(1, 3)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(grid, 1)

        self.scope.currentIndexChanged.connect(self.refresh)
        self.chart_currency.currentIndexChanged.connect(self._draw_chart)
        self.due_table.doubleClicked.connect(self._open_row)
        self.spinoff_table.doubleClicked.connect(self._open_row)
        ops.sig_changed.connect(self._on_changed)

    @staticmethod
    def _fit_height(view: QTableView, rows: int) -> None:
        """Tall enough for ``rows`` rows and the header, no taller: the figures stay compact."""
        height = view.horizontalHeader().sizeHint().height() + 2 * view.frameWidth()
        height += rows * view.verticalHeader().defaultSectionSize()
        scroll = view.horizontalScrollBar().sizeHint().height()
        view.setFixedHeight(height + scroll)

    @staticmethod
    def _boxed(title: str, widget: QWidget) -> QGroupBox:
        box = QGroupBox(title)
        QVBoxLayout(box).addWidget(widget)
        return box

    def _fill_scope(self) -> None:
        chosen = self.scope.currentData()
        self.scope.blockSignals(True)
        self.scope.clear()
        self.scope.addItem(self.tr("Whole portfolio"), None)
        with self._services.db.reading() as session:
            for row in queries.list_engagements(session):
                self.scope.addItem(f"{row.code} — {row.title}", row.id)
        self.scope.setCurrentIndex(max(0, self.scope.findData(chosen)))
        self.scope.blockSignals(False)

    def refresh(self) -> None:
        if self._scope_stale:
            self._fill_scope()
            self._scope_stale = False
        today = date.today()
        with self._services.db.reading() as session:
            self.data = queries.dashboard(session, today, self.scope.currentData())
        d = self.data
        self.figures_model.set_rows(d.figures)
        self._fit_height(self.figures_table, max(2, len(d.figures)))
        self.due_model.set_rows(d.overdue + d.due)
        self.spinoff_model.set_rows(d.spinoffs)
        accepted, reviewed = d.first_pass
        if reviewed:
            self.first_pass.setText(
                self.tr(
                    "{0} of {1} reviewed milestones accepted in the first round ({2} %)"
                ).format(accepted, reviewed, round(100 * accepted / reviewed))
            )
        else:
            self.first_pass.setText(self.tr("no milestone reviewed yet"))
        self.latency.setText(
            self.tr("{0:.1f} days from submission to decision, on average").format(d.latency_days)
            if d.latency_days is not None
            else self.tr("no client decision yet")
        )
        self.ideas.setText(
            self.tr("{0} captured · {1} diverted · {2} parked · {3} declined").format(
                d.ideas.get("captured", 0),
                d.ideas.get("diverted", 0),
                d.ideas.get("parked", 0),
                d.ideas.get("declined", 0),
            )
        )
        keep = self.chart_currency.currentText()
        self.chart_currency.blockSignals(True)
        self.chart_currency.clear()
        self.chart_currency.addItems(list(d.value_by_state))
        self.chart_currency.setCurrentIndex(max(0, self.chart_currency.findText(keep)))
        self.chart_currency.blockSignals(False)
        self._draw_chart()
        self._dirty = False

    def _draw_chart(self, *_args: object) -> None:
        """A bar per milestone state in the chosen currency (major units, display only)."""
        from PySide6.QtCharts import (
            QBarCategoryAxis,
            QBarSet,
            QChart,
            QChartView,
            QHorizontalBarSeries,
            QValueAxis,
        )
        from PySide6.QtGui import QPainter

        if self.chart_view is None:
            self.chart_view = QChartView()
            self.chart_view.setAccessibleName(self.tr("Chart of value by milestone state"))
            self.chart_view.setRenderHint(QPainter.RenderHint.Antialiasing)
            self.chart_view.setMinimumHeight(220)
            self.chart_layout.addWidget(self.chart_view, 1)
        chart = QChart()
        chart.legend().setVisible(False)
        dark = self.palette().color(self.backgroundRole()).lightness() < 128
        chart.setTheme(
            QChart.ChartTheme.ChartThemeDark if dark else QChart.ChartTheme.ChartThemeLight
        )
        chart.setBackgroundVisible(False)
        currency = self.chart_currency.currentText()
        by_state = self.data.value_by_state.get(currency, {}) if self.data else {}
        if by_state:
            bars = QBarSet(currency)
            labels = []
            for state, minor in reversed(by_state.items()):  # drawn bottom up: planned on top
                bars.append(float(Money(minor, currency).to_decimal()))
                labels.append(label_for(MILESTONE_STATE, state))
            series = QHorizontalBarSeries()  # state names stay readable on the left
            series.append(bars)
            chart.addSeries(series)
            states = QBarCategoryAxis()
            states.append(labels)
            chart.addAxis(states, Qt.AlignmentFlag.AlignLeft)
            series.attachAxis(states)
            values = QValueAxis()
            values.setLabelFormat("%.0f")
            values.setTitleText(currency)
            chart.addAxis(values, Qt.AlignmentFlag.AlignBottom)
            series.attachAxis(values)
        else:
            chart.setTitle(self.tr("No contracted milestones yet"))
        old = self.chart_view.chart()
        self.chart_view.setChart(chart)
        if old is not None:
            old.deleteLater()

    def chart_values(self) -> dict[str, float]:
        """What the chart currently draws: state label -> value (for tests and tooltips)."""
        chart = self.chart_view.chart() if self.chart_view else None
        if chart is None or not chart.series():
            return {}
        series = chart.series()[0]
        axis = next(a for a in series.attachedAxes() if hasattr(a, "categories"))
        labels = axis.categories()
        bars = series.barSets()[0]
        return {label: bars.at(n) for n, label in enumerate(labels)}

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
        engagement_id = getattr(row, "engagement_id", "") or getattr(row, "id", "")
        if engagement_id:
            self.sig_open_engagement.emit(engagement_id)
