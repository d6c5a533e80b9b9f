"""Counts on screen agree with their number in the interface language: the dashboard's idea counts
("1 rechazada · 2 registradas") and the roadmap's total ("Total de 1 hito"); the review latency is
a decimal of that language ("3,0 días")."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication

from core.demo import load_demo
from core.services import Services
from desktop.labels import LANGUAGE_PROPERTY
from desktop.views.dashboard import DashboardView

# Spanish forms of the idea counts, as the catalogue gives them: [one, other].
SPANISH = {
    "%n captured": ("registrada", "registradas"),
    "%n diverted": ("derivada", "derivadas"),
    "%n parked": ("aparcada", "aparcadas"),
    "%n declined": ("rechazada", "rechazadas"),
    "{0} days from submission to decision": ("{0} días desde la presentación hasta la decisión",),
    "Total of %n milestones: {0}": ("Total de %n hito: {0}", "Total de %n hitos: {0}"),
}


class Spanish(QTranslator):
    """The dashboard's Spanish words, chosen by number the way Qt's Spanish plural rule does."""

    def translate(self, context, source, disambiguation=None, n=-1):
        forms = SPANISH.get(source) if context in ("DashboardView", "EngagementView") else None
        if forms is None:
            return None
        if len(forms) == 1:
            return forms[0]
        form = forms[0] if n == 1 else forms[1]
        return form.replace("%n", str(n)) if "%n" in form else f"{n} {form}"

    def isEmpty(self) -> bool:
        return False


def test_idea_counts_agree_with_their_number_and_latency_is_a_spanish_decimal(
    qtbot, ops, services: Services
) -> None:
    load_demo(services, date.today())
    app = QApplication.instance()
    spanish = Spanish(app)
    app.installTranslator(spanish)
    app.setProperty(LANGUAGE_PROPERTY, "es")
    try:
        view = DashboardView(ops, services)
        qtbot.addWidget(view)
        view.resize(1300, 850)
        view.show()
        qtbot.waitUntil(lambda: bool(view.ideas.text()))
        ideas = view.ideas.text()
        latency = view.latency.text()
    finally:
        app.removeTranslator(spanish)
        app.setProperty(LANGUAGE_PROPERTY, None)
    # the demo: 4 captured, 2 diverted, 2 parked, 1 declined
    assert ideas == "4 registradas · 2 derivadas · 2 aparcadas · 1 rechazada"
    assert latency.endswith(" días desde la presentación hasta la decisión")
    number = latency.split(" ", 1)[0]
    assert "," in number and "." not in number, latency  # "3,0", never "3.0"


def test_the_roadmap_total_agrees_with_its_milestone_count(qtbot, window, services) -> None:
    from tests.factories import make_draft

    one = make_draft(services, "ONE-2026-01", milestones=1)
    two = make_draft(services, "TWO-2026-01", milestones=2, client=(one.client_id, one.contact_id))
    app = QApplication.instance()
    spanish = Spanish(app)
    app.installTranslator(spanish)
    app.setProperty(LANGUAGE_PROPERTY, "es")
    try:
        window.refresh_sidebar()
        window.open_engagement(one.engagement_id)
        single = window.engagement_view.total.text()
        window.open_engagement(two.engagement_id)
        double = window.engagement_view.total.text()
    finally:
        app.removeTranslator(spanish)
        app.setProperty(LANGUAGE_PROPERTY, None)
    assert single.startswith("Total de 1 hito: "), single
    assert double.startswith("Total de 2 hitos: "), double
