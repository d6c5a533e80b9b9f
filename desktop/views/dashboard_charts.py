"""The dashboard's two charts: value by milestone state, and what falls due in the next 14
days or is overdue. QtCharts is imported with this module, which loads on first use.

Each bar has its own set (stacked, so a category shows one bar) to take the colour of its
state, the same colours as the badges everywhere else."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCharts import (
    QAbstractBarSeries,
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QHorizontalStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QCoreApplication, QMargins, Qt
from PySide6.QtGui import QColor

from core.money import Money
from core.queries.figures import DueCounts
from desktop.labels import MILESTONE_STATE, label_for
from desktop.look import status_colour

OVERDUE, THIS_WEEK, NEXT_WEEK = "#c53030", "#b7791f", "#2b6cb0"


def _chart(dark: bool) -> QChart:
    chart = QChart()
    chart.setTheme(QChart.ChartTheme.ChartThemeDark if dark else QChart.ChartTheme.ChartThemeLight)
    chart.legend().setVisible(False)
    chart.setBackgroundVisible(False)
    chart.setMargins(QMargins(0, 0, 0, 0))
    return chart


def _bars(
    chart: QChart, bars: Sequence[tuple[str, float, str]], unit: str, label_format: str
) -> None:
    """One horizontal bar per (label, value, colour), first on top."""
    series = QHorizontalStackedBarSeries()
    rows = list(reversed(bars))  # Qt draws the first category at the bottom
    for n, (label, value, colour) in enumerate(rows):
        bar = QBarSet(label)
        bar.setColor(QColor(colour))
        bar.setBorderColor(QColor(colour))
        for m in range(len(rows)):
            bar.append(value if m == n else 0.0)
        series.append(bar)
    series.setBarWidth(0.7)
    chart.addSeries(series)
    categories = QBarCategoryAxis()
    categories.append([label for label, _, _ in rows])
    chart.addAxis(categories, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(categories)
    values = QValueAxis()
    values.setLabelFormat(label_format)
    values.setTitleText(unit)
    values.setMin(0)
    values.setMax(max([value for _, value, _ in bars] + [1.0]))
    values.applyNiceNumbers()
    chart.addAxis(values, Qt.AlignmentFlag.AlignBottom)
    series.attachAxis(values)


def value_by_state(by_state: dict[str, int], currency: str, dark: bool) -> QChart:
    """Contracted value per milestone state in ``currency`` (major units, display only)."""
    chart = _chart(dark)
    if not by_state:
        chart.setTitle(
            QCoreApplication.translate("DashboardCharts", "No contracted milestones yet")
        )
        return chart
    bars = [
        (
            label_for(MILESTONE_STATE, state),
            float(Money(minor, currency).to_decimal()),
            status_colour(state).name(),
        )
        for state, minor in by_state.items()
    ]
    _bars(chart, bars, currency, "%.0f")
    return chart


def due_and_overdue(counts: DueCounts, dark: bool) -> QChart:
    """How many milestones are overdue, due within 7 days, and due in 8 to 14 days."""
    chart = _chart(dark)
    buckets = [
        (QCoreApplication.translate("DashboardCharts", "Overdue"), counts.overdue, OVERDUE),
        (
            QCoreApplication.translate("DashboardCharts", "Due in 0–7 days"),
            counts.within_week,
            THIS_WEEK,
        ),
        (
            QCoreApplication.translate("DashboardCharts", "Due in 8–14 days"),
            counts.later,
            NEXT_WEEK,
        ),
    ]
    _bars(chart, [(label, float(count), colour) for label, count, colour in buckets], "", "%d")
    chart.axes(Qt.Orientation.Horizontal)[0].setTitleText(
        QCoreApplication.translate("DashboardCharts", "milestones")
    )
    return chart


def drawn_values(chart: QChart | None) -> dict[str, float]:
    """What a chart draws: category label -> value."""
    if chart is None or not chart.series():
        return {}
    series = chart.series()[0]
    if not isinstance(series, QAbstractBarSeries):  # every chart of the dashboard has bars
        return {}
    axis = next(a for a in series.attachedAxes() if hasattr(a, "categories"))
    labels = axis.categories()
    sets = series.barSets()
    return {label: sum(s.at(n) for s in sets) for n, label in enumerate(labels)}
