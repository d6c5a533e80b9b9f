"""The roadmap timeline's month names never crowd each other (issues 14 and 15): at 200 %
(a 960 x 600 window, what a 1920 x 1200 screen leaves) or in a narrow pane, with French or
Spanish names ("sept. 2026", "sept 2026"), the axis names every 2nd, 3rd, 6th or 12th
month instead of drawing them on top of each other, and names every month when they fit.
The names are read from what the widget really paints."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from itertools import pairwise
from typing import ClassVar

import pytest
from PySide6.QtCore import QLocale, QPointF, QRectF
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QApplication

from core.demo import load_demo
from core.queries import engagement_detail
from core.services import Services
from desktop import formatting, timeline
from desktop.labels import LANGUAGE_PROPERTY
from desktop.timeline import TimelineWidget
from tests.desktop.helpers import speaking
from tests.factories import make_active

GAP = 4
"""Pixels at least between two month names, so that they read as two."""


class Recording(QPainter):
    """A painter that notes every text it draws and the rectangle the text takes."""

    drawn: ClassVar[list[tuple[str, QRectF]]] = []

    def drawText(self, *args):
        super().drawText(*args)
        if isinstance(args[0], QPointF):  # drawText(point, text): the baseline's start
            point, text = args
            metrics = self.fontMetrics()
            rect = QRectF(
                point.x(),
                point.y() - metrics.ascent(),
                metrics.horizontalAdvance(text),
                metrics.height(),
            )
        else:  # drawText(rect, flags, text)
            area, flags, text = args
            rect = self.boundingRect(QRectF(area), int(flags), text)
        Recording.drawn.append((text, rect))


@pytest.fixture
def recording(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[tuple[str, QRectF]]]:
    Recording.drawn = []
    monkeypatch.setattr(timeline, "QPainter", Recording)
    yield Recording.drawn


def month_names(start: date, end: date) -> set[str]:
    names, year, month = set(), start.year, start.month
    while date(year, month, 1) <= end:
        names.add(formatting.month(date(year, month, 1)))
        year, month = year + month // 12, month % 12 + 1
    return names


def painted_months(widget: TimelineWidget, drawn, start: date, end: date) -> list[QRectF]:
    drawn.clear()
    widget.grab()  # paints the whole widget through paintEvent
    names = month_names(start, end)
    return [rect for text, rect in drawn if text in names]


def assert_apart(rects: list[QRectF], width: int, at_least: int = 2) -> None:
    assert len(rects) >= at_least, "too few months named"
    ordered = sorted(rects, key=QRectF.left)
    for left, right in pairwise(ordered):
        assert right.left() - left.right() >= GAP, (left, right)  # side by side, apart
    assert all(0 <= r.left() and r.right() <= width for r in rects)


def test_month_names_stay_apart_in_french_at_200_percent(
    qtbot, window, services, recording
) -> None:
    with speaking(QLocale(QLocale.Language.French)) as spoken:
        assert spoken == "fr"
        load_demo(services, date.today())
        window.resize(960, 600)
        window.refresh_sidebar()
        window.open_engagement("LUMI-2026-01")
        widget = window.engagement_view.timeline
        qtbot.waitUntil(lambda: widget.isVisible() and widget.width() > 100)
        detail = window.engagement_view.detail
        days = [d for m in detail.milestones for d in (m.baseline_due, m.forecast_due) if d]
        start, end = min([detail.start_date, *days]), max([detail.target_end_date, *days])
        assert_apart(painted_months(widget, recording, start, end), widget.width())


@pytest.fixture(params=["fr", "es", "zh-TW", "en"])
def language(request) -> Iterator[str]:
    app = QApplication.instance()
    app.setProperty(LANGUAGE_PROPERTY, request.param)
    try:
        yield request.param
    finally:
        app.setProperty(LANGUAGE_PROPERTY, None)


@pytest.mark.parametrize("months", [4, 12, 30, 80])
@pytest.mark.parametrize("width", [400, 640, 1000])
def test_month_names_never_overlap(
    qtbot, services: Services, recording, language: str, months: int, width: int
) -> None:
    built = make_active(services, milestones=3)
    with services.db.reading() as session:
        detail = engagement_detail(session, built.engagement_id, date(2026, 1, 10))
    start = date(2026, 1, 10)
    end = date(2026 + (months - 1) // 12, (months - 1) % 12 + 1, 20)
    widget = TimelineWidget()
    qtbot.addWidget(widget)
    widget.resize(width, 200)
    widget.set_data(detail.milestones, start, end, date(2026, 1, 10), "EUR")
    # 400 px leaves 60 px of axis between the titles and the amounts: one name may be all
    # that fits there
    assert_apart(painted_months(widget, recording, start, end), width, 1 if width < 640 else 2)


def test_every_month_is_named_when_the_names_fit(qtbot, services: Services, recording) -> None:
    built = make_active(services, milestones=3)
    with services.db.reading() as session:
        detail = engagement_detail(session, built.engagement_id, date(2026, 1, 10))
    widget = TimelineWidget()
    qtbot.addWidget(widget)
    widget.resize(1000, 200)
    start, end = date(2026, 1, 10), date(2026, 5, 20)
    widget.set_data(
        tuple(m for m in detail.milestones if m.baseline_due and m.baseline_due <= end),
        start,
        end,
        start,
        "EUR",
    )
    rects = painted_months(widget, recording, start, end)
    assert len(rects) == 4  # February to May, each named
