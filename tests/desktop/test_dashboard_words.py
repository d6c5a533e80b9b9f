"""The dashboard's indicators read as sentences of the interface language: each idea count takes
the plural form of its own number ("1 rechazada · 2 registradas"), and the review latency is a
decimal of that language ("3,0 días")."""

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
}


class Spanish(QTranslator):
    """The dashboard's Spanish words, chosen by number the way Qt's Spanish plural rule does."""

    def translate(self, context, source, disambiguation=None, n=-1):
        forms = SPANISH.get(source) if context == "DashboardView" else None
        if forms is None:
            return None
        if len(forms) == 1:
            return forms[0]
        return f"{n} {forms[0] if n == 1 else forms[1]}"

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
