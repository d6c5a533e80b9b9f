"""The dashboard's charts in French in a 960 x 600 window, what a 1920 x 1200 screen at
200 % leaves (issue 14): every category label is drawn whole (a long one on two lines, not
"Modifications dema..."), and the value axis counts in French digits ("10 000" with a narrow
no-break space), each label inside the chart."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QGraphicsTextItem

from core.demo import load_demo
from desktop.labels import MILESTONE_STATE, label_for
from desktop.views.dashboard_charts import axis_labels
from tests.desktop.helpers import speaking


def drawn_texts(view) -> list[QGraphicsTextItem]:
    return [
        item
        for item in view.scene().items()
        if isinstance(item, QGraphicsTextItem) and item.isVisible() and item.toPlainText()
    ]


def test_chart_labels_read_whole_and_count_in_french_at_200_percent(
    qtbot, window, services
) -> None:
    with speaking(QLocale(QLocale.Language.French)) as spoken:
        assert spoken == "fr"
        load_demo(services, date.today())
        window.resize(960, 600)
        window.refresh_sidebar()
        window.show_dashboard()
        dashboard = window.dashboard
        qtbot.waitUntil(lambda: bool(dashboard.chart_view and dashboard.chart_values()))
        value_view, due_view = dashboard.chart_view, dashboard.due_chart_view
        qtbot.waitUntil(lambda: len(drawn_texts(value_view)) > 8 and len(drawn_texts(due_view)) > 3)
        states = {label_for(MILESTONE_STATE, s) for s in MILESTONE_STATE}
        assert "Modifications demandées" in states
        due = {"En retard", "À échéance dans 0 à 7 jours", "À échéance dans 8 à 14 jours"}

        def shown(view) -> set[str]:
            return {" ".join(item.toPlainText().split()) for item in drawn_texts(view)}

        # drawn again once the charts have their width, the long labels on two lines
        qtbot.waitUntil(lambda: states <= shown(value_view) and due <= shown(due_view))
        for view in (value_view, due_view):
            texts = drawn_texts(view)
            assert not [t for t in shown(view) if t.endswith(("...", "…"))]
            for item in texts:  # nothing drawn past the chart's edges
                assert view.sceneRect().contains(item.sceneBoundingRect()), item.toPlainText()

        ticks = [t.document().toRawText() for t in drawn_texts(value_view)]
        assert "10\u202f000" in ticks and "10000" not in ticks, ticks
        assert axis_labels(value_view.chart()) == ["0", "10\u202f000", "20\u202f000", "30\u202f000"]
