"""The dashboard's two charts: value by milestone state, and what falls due in the next 14
days or is overdue. QtCharts is imported with this module, which loads on first use.

Each bar has its own set (stacked, so a category shows one bar) to take the colour of its
state, the same colours as the badges everywhere else.

Qt Charts cuts a category label longer than about a third of the chart ("Modifications
dema...") and writes the value axis with C's or the system's digits ("10000"). So a label
too long for the chart's width is broken onto two lines (Qt Charts draws ``<br>`` in a
label; the dashboard draws its charts again when their width changes), and the
value axis is a ``QCategoryAxis`` whose labels, one at each tick, are written by
``desktop.formatting.number`` in the interface's language ("10 000", "10.000")."""

from __future__ import annotations

import html
import math
from collections.abc import Sequence

from PySide6.QtCharts import (
    QAbstractBarSeries,
    QBarCategoryAxis,
    QBarSet,
    QCategoryAxis,
    QChart,
    QHorizontalStackedBarSeries,
)
from PySide6.QtCore import QCoreApplication, QMargins, Qt
from PySide6.QtGui import QColor, QFontMetrics

from core.money import Money
from core.queries.figures import DueCounts
from desktop import formatting
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


KEEP_SPACES = "<span style='white-space:pre'>{0}</span>"
"""An axis label as Qt Charts is given it: it reads labels as HTML, which would turn the
French digit group separator (a narrow no-break space, "10\u202f000") into an ordinary
space."""


def label_room(width: int) -> int:
    """The widest category label Qt Charts draws whole in a chart ``width`` pixels wide: it
    gives the labels about a third of the width (measured: a 117 px label whole from 340 px,
    153 px from 440, 170 px from 480; this errs on the narrow side)."""
    return int(width * 0.34)


def two_lines(label: str, room: int | None, metrics: QFontMetrics) -> str:
    """``label`` for a category axis: as it is when it fits in ``room`` pixels (or ``room``
    is None) or has no space (Chinese labels are short), else broken at the space nearest
    its middle ("Modifications<br>demandées")."""
    spaces = [n for n, c in enumerate(label) if c == " "]
    if room is None or metrics.horizontalAdvance(label) <= room or not spaces:
        return label
    cut = min(spaces, key=lambda n: abs(n - len(label) / 2))
    return f"{html.escape(label[:cut])}<br>{html.escape(label[cut + 1 :])}"


def one_line(label: str) -> str:
    """The text of a category label as the user reads it (``two_lines`` undone)."""
    return html.unescape(label.replace("<br>", " ")) if "<br>" in label else label


def _bars(
    chart: QChart, bars: Sequence[tuple[str, float, str]], unit: str, width: int | None
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
    room = label_room(width) if width is not None else None
    metrics = QFontMetrics(categories.labelsFont())
    categories.append([two_lines(label, room, metrics) for label, _, _ in rows])
    chart.addAxis(categories, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(categories)
    values = QCategoryAxis()  # a label at each tick, in the interface's number format
    values.setTitleText(unit)
    top, ticks = integer_ticks(max([value for _, value, _ in bars] + [0.0]))
    values.setRange(0, top)
    values.setStartValue(0)
    values.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
    step = top // (ticks - 1)
    numbers = [formatting.number(n * step) for n in range(ticks)]
    for n, number in enumerate(numbers):
        values.append(KEEP_SPACES.format(number), float(n * step))
    values.setMinorTickCount(0)
    chart.addAxis(values, Qt.AlignmentFlag.AlignBottom)
    series.attachAxis(values)
    # the last label is centred on the axis' end: half of it lies beyond the plot
    last = QFontMetrics(values.labelsFont()).horizontalAdvance(numbers[-1])
    chart.setMargins(QMargins(0, 0, last // 2 + 2, 0))


def _category_axis(chart: QChart) -> QBarCategoryAxis | None:
    axes = [a for a in chart.axes(Qt.Orientation.Vertical) if isinstance(a, QBarCategoryAxis)]
    return axes[0] if axes else None


def relabel_needed(chart: QChart | None, width: int) -> bool:
    """Whether ``chart`` drawn ``width`` pixels wide would break its labels otherwise than it
    does (the dashboard then draws it again)."""
    axis = _category_axis(chart) if chart is not None else None
    if axis is None:
        return False
    metrics = QFontMetrics(axis.labelsFont())
    room = label_room(width)
    return any(two_lines(one_line(label), room, metrics) != label for label in axis.categories())


def height_for_labels(chart: QChart) -> int:
    """The height a chart needs for its category labels to be drawn whole: Qt Charts cuts a
    label taller than its category's share of the plot, so a chart with labels on two lines
    needs two lines and a gap for each category, plus the value axis below."""
    axis = _category_axis(chart)
    if axis is None:
        return 0
    labels = axis.categories()
    lines = 2 if any("<br>" in label for label in labels) else 1
    line = QFontMetrics(axis.labelsFont()).lineSpacing()
    return len(labels) * (lines * line + 12) + 7 * line  # measured: 200 px for 3 in 2 lines


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
    """The labels along a chart's value axis, from 0 up, as the axis draws them."""
    if chart is None:
        return []
    axes = [a for a in chart.axes(Qt.Orientation.Horizontal) if isinstance(a, QCategoryAxis)]
    prefix, suffix = KEEP_SPACES.split("{0}")
    labels = axes[0].categoriesLabels() if axes else []
    return [label.removeprefix(prefix).removesuffix(suffix) for label in labels]


def value_by_state(
    by_state: dict[str, int], currency: str, dark: bool, width: int | None = None
) -> QChart:
    """Contracted value per milestone state in ``currency`` (major units, display only), its
    long labels on two lines when the chart is ``width`` pixels wide."""
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
    _bars(chart, bars, currency, width)
    return chart


def due_and_overdue(counts: DueCounts, dark: bool, width: int | None = None) -> QChart:
    """How many milestones are overdue, due within 7 days, and due in 8 to 14 days (long
    labels on two lines when the chart is ``width`` pixels wide)."""
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
    bars = [(label, float(count), colour) for label, count, colour in buckets]
    _bars(chart, bars, "", width)
    chart.axes(Qt.Orientation.Horizontal)[0].setTitleText(
        QCoreApplication.translate("DashboardCharts", "milestones")
    )
    return chart


def drawn_values(chart: QChart | None) -> dict[str, float]:
    """What a chart draws: category label (on one line) -> value."""
    if chart is None or not chart.series():
        return {}
    series = chart.series()[0]
    if not isinstance(series, QAbstractBarSeries):  # every chart of the dashboard has bars
        return {}
    axis = next(a for a in series.attachedAxes() if hasattr(a, "categories"))
    labels = axis.categories()
    sets = series.barSets()
    return {one_line(label): sum(s.at(n) for s in sets) for n, label in enumerate(labels)}
