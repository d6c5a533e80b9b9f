"""The sidebar in French and Spanish (issue 14): however narrow the user drags it, every
engagement's code reads whole beside its status badge ("LUMI-2026-01  Refon…", never
"LUMI-20…"); the title after the code is what gives way, and the tooltip holds it."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QLocale, QModelIndex, Qt

from core.demo import load_demo
from desktop.labels import ENGAGEMENT_STATUS, label_for
from desktop.look import BADGE_ROOM
from desktop.models.sidebar import CODE_ROLE, STATUS_ROLE
from tests.desktop.helpers import speaking


def engagement_indexes(model, parent=QModelIndex()) -> list[QModelIndex]:
    found = []
    for row in range(model.rowCount(parent)):
        index = model.index(row, 0, parent)
        if index.data(CODE_ROLE):
            found.append(index)
        found += engagement_indexes(model, index)
    return found


@pytest.mark.parametrize(
    ("language", "code"),
    [(QLocale.Language.French, "fr"), (QLocale.Language.Spanish, "es")],
)
def test_codes_read_whole_in_the_narrowest_sidebar(qtbot, window, services, language, code) -> None:
    with speaking(QLocale(language)) as spoken:
        assert spoken == code
        load_demo(services, date.today())
        window.resize(1280, 800)
        window.refresh_sidebar()
        window.open_engagement("LUMI-2026-01")  # the engagement page wants its width
        window.splitter.setSizes([0, 2000])  # the sidebar dragged as narrow as it goes
        tree = window.sidebar
        qtbot.waitUntil(lambda: tree.width() == window.sidebar_box.minimumWidth() - 6)
        metrics = tree.fontMetrics()
        indexes = engagement_indexes(window.sidebar_model)
        assert {i.data(CODE_ROLE) for i in indexes} >= {"LUMI-2026-01", "LUMI-2026-02"}
        for index in indexes:
            rect = tree.visualRect(index)
            assert tree.viewport().rect().contains(rect.topRight())  # nothing off to the side
            # BadgeDelegate draws the badge at the right (its text + BADGE_ROOM with the
            # room beside it) and the label in what is left, within Qt's 3 px text margins.
            badge = label_for(ENGAGEMENT_STATUS, index.data(STATUS_ROLE))
            room = rect.width() - (metrics.horizontalAdvance(badge) + BADGE_ROOM) - 6
            label = index.data()
            drawn = metrics.elidedText(label, Qt.TextElideMode.ElideRight, room)
            assert drawn.startswith(index.data(CODE_ROLE)), (drawn, room)
            if drawn != label:
                assert index.data(Qt.ItemDataRole.ToolTipRole).startswith(label.split()[0])
        assert not tree.horizontalScrollBar().isVisible()
