"""The drawn roadmap timeline: baseline against forecast per milestone, amounts, today.

Painted with palette roles only, so it reads right in light and dark themes; the state
colours are the same saturated badge colours used everywhere."""

from __future__ import annotations

from datetime import date, timedelta
from itertools import pairwise

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent, QPalette, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget

from core.queries import MilestoneRow
from desktop import formatting
from desktop.look import status_colour
from desktop.models.roadmap import AmountTexts

ROW_H = 24
AXIS_H = 44
LABEL_W = 210
AMOUNT_W = 110
MARGIN = 10
MONTH_STEPS = (1, 2, 3, 6, 12, 24, 60, 120)
"""Every how many months the axis names a month, tried in this order."""
LABEL_GAP = 8
"""Pixels at least between two month names on the axis."""


class TimelineWidget(QWidget):
    """Milestones as rows on a date axis: ◇ baseline, ● forecast (state colour), │ today."""

    sig_milestone_clicked = Signal(str)
    """The user clicked the row of milestone ``id``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Roadmap timeline"))
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.MinimumExpanding)
        self._rows: tuple[MilestoneRow, ...] = ()
        self._start = date.today()
        self._end = date.today() + timedelta(days=30)
        self._today = date.today()
        self._amounts = AmountTexts()
        self.selected_id: str | None = None

    def set_data(
        self,
        milestones: tuple[MilestoneRow, ...],
        start: date,
        end: date,
        today: date,
        currency: str,
    ) -> None:
        self._rows = milestones
        days = [d for m in milestones for d in (m.baseline_due, m.forecast_due) if d is not None]
        self._start = min([start, *days])
        self._end = max([end, *days, self._start + timedelta(days=14)])
        self._today = today
        self._amounts = AmountTexts(milestones, currency)
        late = sum(1 for m in milestones if (m.variance_days or 0) > 0)
        self.setAccessibleDescription(
            self.tr(
                "{0} milestones from {1} to {2}; {3} forecast later than baseline",
                "",
                len(milestones),  # the plural form of the number of milestones
            ).format(len(milestones), formatting.day(self._start), formatting.day(self._end), late)
        )
        self.updateGeometry()
        self.update()

    def select(self, milestone_id: str | None) -> None:
        self.selected_id = milestone_id
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(640, AXIS_H + max(len(self._rows), 1) * ROW_H + 3 * MARGIN)

    def minimumSizeHint(self) -> QSize:
        return QSize(320, self.sizeHint().height())

    def heightForWidth(self, width: int) -> int:
        return self.sizeHint().height()

    def _x(self, day: date) -> float:
        left = LABEL_W + MARGIN
        width = max(40, self.width() - left - AMOUNT_W - MARGIN)
        span = max(1, (self._end - self._start).days)
        return left + width * (day - self._start).days / span

    def _row_top(self, row: int) -> float:
        return MARGIN + AXIS_H + row * ROW_H

    def mousePressEvent(self, event: QMouseEvent) -> None:
        row = int((event.position().y() - MARGIN - AXIS_H) // ROW_H)
        if 0 <= row < len(self._rows):
            self.select(self._rows[row].id)
            self.sig_milestone_clicked.emit(self._rows[row].id)
        super().mousePressEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        text = pal.color(QPalette.ColorRole.WindowText)
        faint = pal.color(QPalette.ColorRole.PlaceholderText)
        p.fillRect(self.rect(), pal.color(QPalette.ColorRole.Base))
        self._paint_axis(p, text, faint)
        if not self._rows:
            p.setPen(faint)
            p.drawText(
                QRectF(0, self._row_top(0), self.width(), ROW_H),
                Qt.AlignmentFlag.AlignCenter,
                self.tr("No milestones yet: add the first billing point."),
            )
        # Only the rows the paint event covers: a 500-milestone roadmap shows a dozen.
        first = max(0, int((event.rect().top() - MARGIN - AXIS_H) // ROW_H))
        last = min(len(self._rows), int((event.rect().bottom() - MARGIN - AXIS_H) // ROW_H) + 1)
        for row in range(first, last):
            self._paint_row(p, row, self._rows[row], pal, text, faint)
        self._paint_today(p, pal)
        p.end()

    def _paint_axis(self, p: QPainter, text: QColor, faint: QColor) -> None:
        top = MARGIN + AXIS_H - 6
        bottom = self._row_top(len(self._rows) or 1)
        p.setPen(QPen(faint, 1))
        p.drawLine(QPointF(self._x(self._start), top), QPointF(self._x(self._end), top))
        for x, rect, label in self.month_labels():
            p.setPen(QPen(faint, 1, Qt.PenStyle.DotLine))
            p.drawLine(QPointF(x, top), QPointF(x, bottom))
            p.setPen(text)
            flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom
            p.drawText(rect, int(flags) | int(Qt.TextFlag.TextDontClip), label)

    def month_labels(self) -> list[tuple[float, QRectF, str]]:
        """The months named on the axis: each month's x, the rectangle its name is drawn in
        (just right of the month's line, above the axis) and the name.

        Every month when the names fit side by side, else every 2nd, 3rd, 6th or 12th
        (January, April, July, October for every 3rd): however narrow the widget (200 %
        on a laptop) or long the language's names, no name overlaps the next, and none runs
        past the widget's right edge."""
        metrics = self.fontMetrics()
        baseline = MARGIN + AXIS_H - 12.0
        months = (self._end.year - self._start.year) * 12 + self._end.month - self._start.month
        at_least = months // 8 + 1  # at most about eight names, however wide the widget
        for step in MONTH_STEPS:
            if step < at_least and step != MONTH_STEPS[-1]:
                continue
            labels = []
            index = self._start.year * 12 + self._start.month - 1
            index += -index % step  # the first month of the step's calendar rhythm
            while (month := date(index // 12, index % 12 + 1, 1)) <= self._end:
                if month >= self._start:
                    x = self._x(month)
                    label = formatting.month(month)
                    width = metrics.horizontalAdvance(label)
                    rect = QRectF(x + 3, baseline - metrics.ascent(), width, metrics.height())
                    if rect.right() <= self.width():
                        labels.append((x, rect, label))
                index += step
            gaps = (b.left() - a.right() for (_, a, _), (_, b, _) in pairwise(labels))
            if all(gap >= LABEL_GAP for gap in gaps):
                return labels
        return labels[:1]

    def _paint_row(
        self, p: QPainter, row: int, m: MilestoneRow, pal: QPalette, text: QColor, faint: QColor
    ) -> None:
        top = self._row_top(row)
        mid = top + ROW_H / 2
        if m.id == self.selected_id:
            band = QColor(pal.color(QPalette.ColorRole.Highlight))
            band.setAlpha(60)
            p.fillRect(QRectF(0, top, self.width(), ROW_H), band)
        elif row % 2:
            p.fillRect(
                QRectF(0, top, self.width(), ROW_H), pal.color(QPalette.ColorRole.AlternateBase)
            )
        p.setPen(text)
        label = p.fontMetrics().elidedText(
            f"{m.position}. {m.title}", Qt.TextElideMode.ElideRight, LABEL_W - MARGIN
        )
        p.drawText(
            QRectF(MARGIN, top, LABEL_W - MARGIN, ROW_H), Qt.AlignmentFlag.AlignVCenter, label
        )
        colour = status_colour(m.state)
        base_x = self._x(m.baseline_due) if m.baseline_due else None
        fore_x = self._x(m.forecast_due) if m.forecast_due else None
        if base_x is not None and fore_x is not None and abs(fore_x - base_x) > 1:
            p.setPen(QPen(colour, 2, Qt.PenStyle.DashLine))
            p.drawLine(QPointF(base_x, mid), QPointF(fore_x, mid))
        if base_x is not None:
            diamond = QPolygonF(
                [
                    QPointF(base_x, mid - 7),
                    QPointF(base_x + 7, mid),
                    QPointF(base_x, mid + 7),
                    QPointF(base_x - 7, mid),
                ]
            )
            p.setPen(QPen(text, 1.5))
            p.setBrush(pal.color(QPalette.ColorRole.Base) if fore_x is not None else colour)
            p.drawPolygon(diamond)
        if fore_x is not None:
            p.setPen(QPen(text, 1))
            p.setBrush(colour)
            p.drawEllipse(QPointF(fore_x, mid), 6, 6)
        if base_x is None and fore_x is None:
            p.setPen(faint)
            p.drawText(QPointF(self._x(self._start) + 4, mid + 4), self.tr("no due date yet"))
        p.setPen(text)
        amount = self._amounts[row]
        p.drawText(
            QRectF(self.width() - AMOUNT_W - MARGIN, top, AMOUNT_W, ROW_H),
            Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight,
            amount,
        )
        p.setBrush(Qt.BrushStyle.NoBrush)

    def _paint_today(self, p: QPainter, pal: QPalette) -> None:
        if not self._start <= self._today <= self._end:
            return
        x = self._x(self._today)
        colour = pal.color(QPalette.ColorRole.Highlight)
        p.setPen(QPen(colour, 2))
        bottom = self._row_top(len(self._rows) or 1)
        label = self.tr("today")
        metrics = p.fontMetrics()
        p.drawLine(QPointF(x, MARGIN + metrics.height()), QPointF(x, bottom))
        # Above the month names, centred on the line, inside the widget at either end.
        left = min(max(0.0, x - metrics.horizontalAdvance(label) / 2), self.width() - 60.0)
        p.drawText(QPointF(left, MARGIN + metrics.ascent()), label)
