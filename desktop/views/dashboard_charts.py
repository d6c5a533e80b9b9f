"""The dashboard's two charts: value by milestone state, and what falls due in the next 14
days or is overdue. QtCharts is imported with this module, which loads on first use.

Each bar has its own set (stacked, so a category shows one bar) to take the colour of its
state, the same colours as the badges everywhere else."""

from __future__ import annotations

import math
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
    top, ticks = integer_ticks(max([value for _, value, _ in bars] + [0.0]))
    values.setRange(0, top)
    values.setTickType(QValueAxis.TickType.TicksFixed)
    values.setTickCount(ticks)
    values.setMinorTickCount(0)
    chart.addAxis(values, Qt.AlignmentFlag.AlignBottom)
    series.attachAxis(values)


MAX_STEPS = 5
"""At most this many intervals along a value axis (six labels)."""


def integer_ticks(highest: float) -> tuple[int, int]:
    """(axis maximum, number of ticks) for values from 0 to ``highest``: every tick falls on
    a whole number a step of 1, 2 or 5 times a power of ten apart, so no two labels read
    the same ("0 0 0 0 1" is what Qt's own nice numbers give for a maximum of 1)."""
    top = max(1, math.ceil(highest))
    step = 1
    while math.ceil(top / step) > MAX_STEPS:
        for factor in (2, 5, 10):
            magnitude = 10 ** (len(str(step)) - 1)
            candidate = magnitude * factor
            if candidate > step:
                step = candidate
                break
    intervals = math.ceil(top / step)
    return intervals * step, intervals + 1


def axis_labels(chart: QChart | None) -> list[str]:
    """The labels along a chart's value axis, as Qt writes them (fixed ticks, printf format)."""
    if chart is None:
        return []
    axes = [a for a in chart.axes(Qt.Orientation.Horizontal) if isinstance(a, QValueAxis)]
    if not axes:
        return []
    axis = axes[0]
    count = axis.tickCount()
    span = axis.max() - axis.min()
    fmt = axis.labelFormat()
    values = [axis.min() + span * n / (count - 1) for n in range(count)]
    if chart.localizeNumbers():
        return [chart.locale().toString(float(v), "f", 0) for v in values]
    return [fmt % (round(v) if "d" in fmt else v) for v in values]


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
    chart.setLocalizeNumbers(True)  # 1,500,000 in English, 1 500 000 in French
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
