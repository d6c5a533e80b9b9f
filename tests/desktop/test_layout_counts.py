"""Sentences with two counts agree with the count their noun follows (issue 14): "1 of 1
event shown", "1 sur 1 jalon revu accepté…", not "1 of 1 events shown". Each asks its
translation for the plural form of its total; a translator here answers by French's rule
(0 and 1 take the singular), with the forms the catalogue is given."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest

from core.services import Services
from desktop.ops import Ops
from desktop.views.dashboard import DashboardView
from desktop.views.history import HistoryView
from tests.desktop.helpers import FrenchPlurals, french_plurals
from tests.factories import accept, make_active

FRENCH = {
    "{0} of {1} events shown": ("{0} sur {1} événement affiché", "{0} sur {1} événements affichés"),
    "{0} of {1} reviewed milestones accepted first time ({2} %)": (
        "{0} sur {1} jalon revu accepté dès la première revue ({2}\u00a0%)",
        "{0} sur {1} jalons revus acceptés dès la première revue ({2}\u00a0%)",
    ),
}


@pytest.fixture
def french() -> Iterator[FrenchPlurals]:
    with french_plurals(FRENCH) as translator:
        yield translator


def test_the_history_count_agrees_with_its_total(qtbot, french, services: Services) -> None:
    built = make_active(services, milestones=3)
    services.roadmap.move_forecast(built.milestone_ids[1], date(2026, 4, 20), "client holiday")
    view = HistoryView(Ops(None), services)
    qtbot.addWidget(view)
    view.show()
    view.show_engagement(built.engagement_id)
    everything = view.model.total
    assert everything > 1
    assert view.count.text() == f"{everything} sur {everything} événements affichés"
    qtbot.keyClicks(view.filter, "holiday")
    qtbot.waitUntil(lambda: view.model.total == 1)
    assert view.count.text() == "1 sur 1 événement affiché"
    assert ("{0} of {1} events shown", 1) in french.asked


def test_the_first_pass_rate_agrees_with_the_number_reviewed(
    qtbot, french, ops, services: Services
) -> None:
    built = make_active(services, milestones=2)
    accept(services, built, built.milestone_ids[0])
    view = DashboardView(ops, services)
    qtbot.addWidget(view)
    view.resize(1300, 850)
    view.show()
    qtbot.waitUntil(lambda: "jalon" in view.first_pass.text())
    assert view.first_pass.text() == "1 sur 1 jalon revu accepté dès la première revue (100\u00a0%)"
