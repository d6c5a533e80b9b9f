"""The roadmap table in French at 1280 x 800 (issue 14): every state badge reads whole, the
deemed-acceptance badge included, and the table does not scroll sideways: the milestone
title gives way, cut with "…", and its tooltip holds it whole."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import QLocale, Qt

from core.demo import load_demo
from desktop.look import BADGE_ROOM
from desktop.models.roadmap import COL_STATE, COL_TITLE
from tests.desktop.helpers import speaking


@pytest.fixture
def french() -> Iterator[None]:
    """The shipped French catalogue, as a user who chose Français has it."""
    with speaking(QLocale(QLocale.Language.French)) as spoken:
        assert spoken == "fr"
        yield


def test_badges_read_whole_and_titles_give_way_in_french_at_1280(
    qtbot, french, window, services
) -> None:
    load_demo(services, date.today())
    window.resize(1280, 800)
    window.refresh_sidebar()
    qtbot.waitUntil(lambda: window.width() == 1280)
    window.open_engagement("LUMI-2026-01")
    view = window.engagement_view
    table, model = view.table, view.model
    header = table.horizontalHeader()
    qtbot.waitUntil(lambda: table.viewport().width() > 400)

    deemed = [row for row, m in enumerate(model.milestones) if m.deemed_acceptance_due]
    assert deemed, "the demo's active engagement has a deemed acceptance to confirm"
    assert model.index(deemed[0], COL_STATE).data() == "Confirmer l’acceptation tacite"

    # no sideways scrolling: every column is inside the table's visible width
    assert not table.horizontalScrollBar().isVisible()
    shown = [c for c in range(header.count()) if not header.isSectionHidden(c)]
    assert sum(header.sectionSize(c) for c in shown) <= table.viewport().width()

    metrics = table.fontMetrics()
    cut_titles = 0
    for row in range(model.rowCount()):
        # The badge delegate (desktop.look) keeps BADGE_ROOM of its cell for the badge's edges.
        badge = model.index(row, COL_STATE).data()
        room = header.sectionSize(COL_STATE) - BADGE_ROOM
        assert metrics.elidedText(badge, Qt.TextElideMode.ElideRight, room) == badge, badge
        title = model.milestones[row].title
        index = model.index(row, COL_TITLE)
        text_room = table.visualRect(index).width() - 6  # Qt's 3 px text margin each side
        if metrics.horizontalAdvance(title) > text_room:
            cut_titles += 1  # drawn as "Atelier de…": the tooltip says it whole
            assert index.data(Qt.ItemDataRole.ToolTipRole).splitlines()[0] == title
    assert cut_titles, "French at 1280 px leaves the titles less than their full width"
    # the deemed badge's own tooltip explains it; the title's tooltip still names the title
    tip = model.index(deemed[0], COL_STATE).data(Qt.ItemDataRole.ToolTipRole)
    assert "période" in tip or "délai" in tip, tip
    # every column's header reads whole too
    for c in shown:
        assert header.sectionSize(c) >= header.sectionSizeFromContents(c).width(), c


def test_headers_and_badges_read_whole_in_a_narrow_window(qtbot, french, window, services):
    """960 x 600, what 200 % leaves of a 1920 x 1200 screen: the table may scroll sideways
    then, but no header or badge is cut, and the title keeps its header's width."""
    load_demo(services, date.today())
    window.resize(960, 600)
    window.refresh_sidebar()
    window.open_engagement("LUMI-2026-01")
    view = window.engagement_view
    table, model, header = view.table, view.model, view.table.horizontalHeader()
    qtbot.waitUntil(lambda: table.viewport().width() > 100)
    metrics = table.fontMetrics()
    for c in range(header.count()):
        if not header.isSectionHidden(c):
            assert header.sectionSize(c) >= header.sectionSizeFromContents(c).width(), c
    for row in range(model.rowCount()):
        badge = model.index(row, COL_STATE).data()
        room = header.sectionSize(COL_STATE) - BADGE_ROOM
        assert metrics.elidedText(badge, Qt.TextElideMode.ElideRight, room) == badge, badge
