"""The timeline of the roadmap PDF: every billing point on one date axis, as a flowable.

Each milestone sits in a *lane*: a hollow diamond at its planned (baseline) date, a filled
dot at its forecast date (coloured by state), and a line between the two when they differ.
A few milestones get a lane each, in order, labelled with number, amount and title (a
staircase, like a Gantt chart). More are packed into as few lanes as their labels allow
(earliest first, first lane with room), labelled "M3  €12,000.00"; when those labels cannot
all fit, every label is shortened to "M3", and when even that is too much, the markers are
drawn without labels. The drawing never grows past ``MAX_LANES`` lanes, so the page stays
one page however many milestones there are.

Everything is laid out in ``__init__`` from plain values, so the same data gives the same
drawing (and the same bytes).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from babel.dates import format_date as babel_format_date
from babel.dates import format_skeleton
from reportlab.lib import colors
from reportlab.lib.colors import Color
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from reports.styles import ACCENT, INK, MET, MUTED, NOT_MET, RULE, WAIVED, draw_line
from reports.text import SANS, SANS_BOLD, string_width

TODAY_COLOUR = colors.HexColor("#d9480f")
PERIOD_FILL = colors.HexColor("#f1f4f8")

LABEL_SIZE = 6.8
AXIS_SIZE = 6.6
LEGEND_SIZE = 7.0
TOP_BAND = 12.0
"""Room above the lanes for the "Today" caption."""
LANE_HEIGHT = 15.0
AXIS_BAND = 20.0
"""Room below the lanes for the axis, its ticks and the month names."""
LEGEND_HEIGHT = 14.0
MAX_LANES = 10
MARKER = 3.2
"""Radius of the forecast dot and half-width of the planned-date diamond."""
GAP = 5.0
"""Space between a marker and its label, and between two neighbours in a lane."""
EDGE = 6.0
"""Horizontal inset of the date axis, so a marker on the first or last day is whole."""
MONTH_STEPS = (1, 2, 3, 6, 12, 24, 60, 120, 300, 600)
"""Months between ticks: the first that gives at most ``MAX_TICKS``. The longer steps serve
plans that span decades, up to the three centuries of dates core accepts (25-year ticks)."""
TODAY_REACH = timedelta(days=92)
"""The axis is stretched to show today when today is at most this far outside the plan."""
MAX_TICKS = 12


@dataclass(frozen=True, slots=True)
class Point:
    """One billing point as the timeline shows it (all values already formatted)."""

    position: int
    baseline: date | None
    forecast: date | None
    amount: str
    title: str
    done: bool
    """Accepted, signed off, invoiced or paid."""


@dataclass(frozen=True, slots=True)
class Captions:
    """The words the timeline prints, in the document language."""

    today: str
    planned: str
    forecast: str
    done: str
    late: str


@dataclass(frozen=True, slots=True)
class _Placed:
    point: Point
    lane: int
    x_planned: float | None
    x_forecast: float
    label: tuple[str, str, str]
    """(number, amount, title); all empty when there was no room for a label."""
    label_x: float
    colour: Color


def text_width(text: str, size: float, *, bold: bool = False) -> float:
    return string_width(text, SANS_BOLD if bold else SANS, size)


def _label_width(label: tuple[str, ...]) -> float:
    head, *rest = label
    return text_width(head, LABEL_SIZE, bold=True) + sum(text_width(t, LABEL_SIZE) for t in rest)


def _shorten(text: str, width: float) -> str:
    """``text`` cut with '…' so that it is at most ``width`` points wide at the label size."""
    if text_width(text, LABEL_SIZE) <= width:
        return text
    low, high = 0, len(text)
    while low < high:  # the longest prefix that fits with the ellipsis
        middle = (low + high + 1) // 2
        if text_width(text[:middle].rstrip() + "…", LABEL_SIZE) <= width:
            low = middle
        else:
            high = middle - 1
    return text[:low].rstrip() + "…"


def _month_start(d: date) -> date:
    return d.replace(day=1)


def _add_months(d: date, months: int) -> date:
    index = d.year * 12 + d.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


def _months_between(first: date, last: date) -> int:
    return (last.year - first.year) * 12 + last.month - first.month


class Timeline(Flowable):  # type: ignore[misc]  # ReportLab ships no type hints
    """The billing points of an engagement on a date axis, ``width`` points wide."""

    def __init__(
        self,
        points: Sequence[Point],
        *,
        period: tuple[date, date],
        today: date,
        width: float,
        captions: Captions,
        locale: str,
    ) -> None:
        super().__init__()
        self.captions, self.locale, self.today = captions, locale, today
        self.width = width
        dated = [d for p in points for d in (p.baseline, p.forecast) if d is not None]
        dated += period
        if min(dated) - TODAY_REACH <= today <= max(dated) + TODAY_REACH:
            dated.append(today)  # close enough to the plan to be worth showing
        first = _month_start(min(dated))
        last = _add_months(_month_start(max(dated)), 1)
        if _months_between(first, last) < 2:
            last = _add_months(first, 2)
        self.first, self.last, self.period = first, last, period
        self._scale = (width - 2 * EDGE) / max(1, (last - first).days)
        self.placed = self._pack([p for p in points if p.baseline or p.forecast])
        self.lanes = max([1, *(item.lane + 1 for item in self.placed)])
        self.height = TOP_BAND + self.lanes * LANE_HEIGHT + AXIS_BAND + LEGEND_HEIGHT

    # --- layout -------------------------------------------------------------------------

    def x(self, day: date) -> float:
        return EDGE + (day - self.first).days * self._scale

    def _colour(self, point: Point, forecast: date) -> Color:
        if point.done:
            return MET
        return NOT_MET if forecast < self.today else ACCENT

    def _spans(self, p: Point) -> tuple[float | None, float, float, float]:
        """(planned x, forecast x, left and right edge of the markers) of a point."""
        planned = self.x(p.baseline) if p.baseline else None
        forecast_day = p.forecast or p.baseline
        assert forecast_day is not None
        forecast = self.x(forecast_day)
        xs = [x for x in (planned, forecast) if x is not None]
        return planned, forecast, min(xs) - MARKER, max(xs) + MARKER

    def _placed(self, p: Point, lane: int, label: tuple[str, str, str], label_x: float) -> _Placed:
        planned, forecast, _, _ = self._spans(p)
        day = p.forecast or p.baseline
        assert day is not None
        return _Placed(p, lane, planned, forecast, label, label_x, self._colour(p, day))

    def _pack(self, points: Sequence[Point]) -> list[_Placed]:
        """Lanes and label places: a lane per milestone when there are few (a staircase
        with titles), else packed lanes with amounts, or numbers only if that is too much."""
        if len(points) <= MAX_LANES:
            return [self._staircase(p, lane) for lane, p in enumerate(points)]
        ordered = sorted(points, key=lambda p: (self._spans(p)[2], p.position))
        for style in ("full", "short", "none"):
            lanes: list[list[tuple[float, float]]] = [[] for _ in range(MAX_LANES)]
            placed: list[_Placed] = []
            for p in ordered:
                _, _, lo, hi = self._spans(p)
                if style == "none":
                    # Too many to label: markers only, and where even those must overlap,
                    # in the emptiest lane.
                    found = self._free_lane(lanes, (lo, hi))
                    lane = (
                        found
                        if found is not None
                        else min(range(MAX_LANES), key=lambda n: len(lanes[n]))
                    )
                    lanes[lane].append((lo, hi))
                    placed.append(self._placed(p, lane, ("", "", ""), hi))
                    continue
                label = (f"M{p.position}", f"  {p.amount}" if style == "full" else "", "")
                width = _label_width(label)
                if hi + GAP + width <= self.width:
                    span, label_x = (lo, hi + GAP + width), hi + GAP
                else:
                    span, label_x = (lo - GAP - width, hi), lo - GAP - width
                found = self._free_lane(lanes, span)
                if found is None:
                    break
                lanes[found].append(span)
                placed.append(self._placed(p, found, label, label_x))
            else:
                return placed
        raise AssertionError("unreachable")  # pragma: no cover

    def _staircase(self, p: Point, lane: int) -> _Placed:
        """A point alone in its lane: number, amount and as much of the title as fits, on
        the side of the markers with more room."""
        _, _, lo, hi = self._spans(p)
        head, amount = f"M{p.position}", f"  {p.amount}"
        title = " ".join(p.title.split())
        needed = _label_width((head, amount, "  · " + title))
        right, left = self.width - hi - GAP, lo - GAP
        room = right if right >= needed or right >= left else left
        if _label_width((head, amount)) > room:
            amount = ""
        rest = room - _label_width((head, amount, "  · "))
        title = "  · " + _shorten(title, rest) if title and rest > 30 else ""
        label = (head, amount, title)
        width = _label_width(label)
        return self._placed(p, lane, label, hi + GAP if room == right else lo - GAP - width)

    @staticmethod
    def _free_lane(lanes: list[list[tuple[float, float]]], span: tuple[float, float]) -> int | None:
        for number, taken in enumerate(lanes):
            if all(span[0] >= b + GAP or span[1] + GAP <= a for a, b in taken):
                return number
        return None

    def _ticks(self) -> tuple[int, list[date]]:
        months = _months_between(self.first, self.last)
        step = next((s for s in MONTH_STEPS if months / s <= MAX_TICKS), MONTH_STEPS[-1])
        ticks, day = [], self.first
        while day <= self.last:
            ticks.append(day)
            day = _add_months(day, step)
        return step, ticks

    # --- drawing ------------------------------------------------------------------------

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.width, self.height

    def lane_y(self, lane: int) -> float:
        return self.height - TOP_BAND - (lane + 0.5) * LANE_HEIGHT

    def lane_area(self) -> tuple[float, float]:
        """(axis, top): the y of the date axis and of the top of the lanes."""
        top = self.height - TOP_BAND
        return top - self.lanes * LANE_HEIGHT - 4, top

    def draw(self) -> None:
        canvas: Canvas = self.canv
        axis, top = self.lane_area()
        canvas.saveState()
        # The contract period, lightly shaded behind the lanes.
        start, end = (self.x(max(self.first, d)) for d in self.period)
        canvas.setFillColor(PERIOD_FILL)
        canvas.rect(start, axis, max(0.0, end - start), top - axis, stroke=0, fill=1)
        self._draw_axis(canvas, axis, top)
        if self.first <= self.today <= self.last:
            self._draw_today(canvas, axis, top)
        for item in self.placed:
            self._draw_point(canvas, item)
        self._draw_legend(canvas)
        canvas.restoreState()

    def _draw_axis(self, canvas: Canvas, axis: float, top: float) -> None:
        step, ticks = self._ticks()
        canvas.setLineWidth(0.3)
        canvas.setStrokeColor(RULE)
        for tick in ticks:
            canvas.line(self.x(tick), axis, self.x(tick), top)
        canvas.setStrokeColor(MUTED)
        canvas.setLineWidth(0.8)
        canvas.line(EDGE, axis, self.width - EDGE, axis)
        canvas.setLineWidth(0.5)
        canvas.setFillColor(MUTED)
        previous_end = -1.0
        for index, tick in enumerate(ticks):
            x = self.x(tick)
            canvas.line(x, axis - 3, x, axis)
            if tick >= self.last:
                break
            with_year = index == 0 or tick.month <= step
            label = (
                format_skeleton("yMMM", tick, locale=self.locale)
                if with_year
                else babel_format_date(tick, "LLL", locale=self.locale)
            )
            width = text_width(label, AXIS_SIZE)
            following = self.x(_add_months(tick, step))
            # Centred under its month (or months) when there is room, else after the tick.
            left = (x + following - width) / 2 if following - x >= width + 4 else x + 1.5
            left = min(left, self.width - width)
            if left > previous_end + 2:
                draw_line(canvas, left, axis - 11, label, AXIS_SIZE)
                previous_end = left + width

    def label_boxes(self) -> list[tuple[float, float, float, float]]:
        """(x1, y1, x2, y2) of every milestone label, in the flowable's coordinates."""
        boxes = []
        for item in self.placed:
            if item.label[0]:
                y = self.lane_y(item.lane)
                right = item.label_x + _label_width(item.label)
                boxes.append(
                    (item.label_x, y - LABEL_SIZE / 2 - 1.5, right, y + LABEL_SIZE / 2 + 1)
                )
        return boxes

    def today_segments(self, axis: float, top: float) -> list[tuple[float, float]]:
        """(y1, y2) pieces of the "today" line: it stops short of every label it would
        cross, so it never strikes text out."""
        x = self.x(self.today)
        gaps = sorted((y1, y2) for x1, y1, x2, y2 in self.label_boxes() if x1 - 1 <= x <= x2 + 1)
        segments, bottom = [], axis
        for low, high in gaps:
            if low > bottom:
                segments.append((bottom, low))
            bottom = max(bottom, high)
        if top + 1 > bottom:
            segments.append((bottom, top + 1))
        return segments

    def _draw_today(self, canvas: Canvas, axis: float, top: float) -> None:
        x = self.x(self.today)
        canvas.setStrokeColor(TODAY_COLOUR)
        canvas.setLineWidth(0.9)
        canvas.setDash(2.5, 1.8)
        for y1, y2 in self.today_segments(axis, top):
            canvas.line(x, y1, x, y2)
        canvas.setDash()
        width = text_width(self.captions.today, AXIS_SIZE, bold=True)
        left = min(max(0.0, x - width / 2), self.width - width)
        canvas.setFillColor(TODAY_COLOUR)
        draw_line(canvas, left, top + 3, self.captions.today, AXIS_SIZE, bold=True)

    def _draw_point(self, canvas: Canvas, item: _Placed) -> None:
        y = self.lane_y(item.lane)
        if item.x_planned is not None and abs(item.x_planned - item.x_forecast) > 0.5:
            late = item.x_forecast > item.x_planned
            canvas.setStrokeColor(WAIVED if late else MUTED)
            canvas.setLineWidth(1.1)
            canvas.line(item.x_planned, y, item.x_forecast, y)
        if item.x_planned is not None:
            _diamond(canvas, item.x_planned, y, MARKER + 0.9)
        canvas.setFillColor(item.colour)
        canvas.setStrokeColor(colors.white)
        canvas.setLineWidth(0.6)
        canvas.circle(item.x_forecast, y, MARKER, stroke=1, fill=1)
        head, amount, title = item.label
        if head:
            x = item.label_x
            canvas.setFillColor(INK)
            draw_line(canvas, x, y - 2.4, head, LABEL_SIZE, bold=True)
            x += text_width(head, LABEL_SIZE, bold=True)
            draw_line(canvas, x, y - 2.4, amount, LABEL_SIZE)
            x += text_width(amount, LABEL_SIZE)
            canvas.setFillColor(MUTED)
            draw_line(canvas, x, y - 2.4, title, LABEL_SIZE)

    def _draw_legend(self, canvas: Canvas) -> None:
        c = self.captions
        y = 3.0
        entries: list[tuple[str, str, Color]] = [
            ("diamond", c.planned, MUTED),
            ("dot", c.forecast, ACCENT),
            ("dot", c.done, MET),
            ("dot", c.late, NOT_MET),
        ]
        if self.first <= self.today <= self.last:
            entries.append(("line", c.today, TODAY_COLOUR))
        x = EDGE
        canvas.setFillColor(MUTED)
        for kind, text, colour in entries:
            if kind == "diamond":
                _diamond(canvas, x + MARKER, y + 2.4, MARKER + 0.9)
            elif kind == "dot":
                canvas.setFillColor(colour)
                canvas.setStrokeColor(colour)
                canvas.circle(x + MARKER, y + 2.4, MARKER, stroke=0, fill=1)
            else:
                canvas.setStrokeColor(colour)
                canvas.setLineWidth(0.9)
                canvas.setDash(2.5, 1.8)
                canvas.line(x + MARKER, y - 2, x + MARKER, y + 7)
                canvas.setDash()
            canvas.setFillColor(MUTED)
            draw_line(canvas, x + 2 * MARKER + 3, y, text, LEGEND_SIZE)
            x += 2 * MARKER + 3 + text_width(text, LEGEND_SIZE) + 14


def _diamond(canvas: Canvas, x: float, y: float, r: float) -> None:
    """The planned-date marker: a hollow diamond with a white fill, so lines stop at it."""
    path = canvas.beginPath()
    path.moveTo(x, y + r)
    path.lineTo(x + r, y)
    path.lineTo(x, y - r)
    path.lineTo(x - r, y)
    path.close()
    canvas.setFillColor(colors.white)
    canvas.setStrokeColor(MUTED)
    canvas.setLineWidth(0.9)
    canvas.drawPath(path, stroke=1, fill=1)
