"""The dashboard on the sample portfolio: money per currency, indicators, the chart of value
by milestone state, what falls due, the spin-off pipeline."""

from __future__ import annotations

import re
from datetime import date

import pytest
from PySide6.QtCore import Qt

from core import queries
from core.demo import load_demo
from core.money import Money, currency_exponent, format_money
from core.services import Services, VerdictInput
from desktop.ops import Ops
from desktop.views.dashboard import DashboardView
from tests.factories import criteria_ids, make_active

TODAY = date.today()


@pytest.fixture
def demo(services: Services) -> Services:
    load_demo(services, TODAY)
    return services


def open_view(qtbot, ops: Ops, services: Services) -> DashboardView:
    view = DashboardView(ops, services)
    qtbot.addWidget(view)
    view.resize(1300, 850)
    view.show()  # the first show loads the figures
    return view


def cells(model, row: int) -> list[str]:
    return [model.index(row, c).data() for c in range(model.columnCount())]


def test_portfolio_figures_per_currency(qtbot, qtmodeltester, ops, demo):
    view = open_view(qtbot, ops, demo)
    with demo.db.reading() as session:
        expected = queries.dashboard(session, TODAY)
    model = view.figures_model
    assert model.rowCount() == len(expected.figures) >= 2  # currencies are never added up
    for row, figures in enumerate(expected.figures):
        shown = cells(model, row)
        assert shown[0] == figures.currency
        assert shown[1] == format_money(Money(figures.contracted, figures.currency), "en")
        assert shown[6] == format_money(Money(figures.outstanding, figures.currency), "en")
    eur = next(f for f in expected.figures if f.currency == "EUR")
    assert "€" in cells(model, expected.figures.index(eur))[1]
    for checked in (view.figures_model, view.due_model, view.spinoff_model):
        qtmodeltester.check(checked)


def test_indicators_and_pipeline(qtbot, ops, demo):
    view = open_view(qtbot, ops, demo)
    with demo.db.reading() as session:
        expected = queries.dashboard(session, TODAY)
    accepted, reviewed = expected.first_pass
    assert view.first_pass.text().startswith(f"{accepted} of {reviewed} reviewed milestones")
    assert "days from submission to decision" in view.latency.text()
    assert view.ideas.text().startswith(f"{expected.ideas['captured']} captured")
    assert view.spinoff_model.rowCount() == len(expected.spinoffs) >= 1
    spinoff = expected.spinoffs[0]
    assert cells(view.spinoff_model, 0)[:3] == [spinoff.code, spinoff.title, spinoff.parent_code]


def test_due_and_overdue_in_the_next_14_days(qtbot, ops, demo):
    view = open_view(qtbot, ops, demo)
    with demo.db.reading() as session:
        expected = queries.dashboard(session, TODAY)
    rows = [cells(view.due_model, r) for r in range(view.due_model.rowCount())]
    assert len(rows) == len(expected.overdue) + len(expected.due) > 0
    overdue = [r for r in rows if r[0].endswith("days overdue")]
    assert len(overdue) == len(expected.overdue)
    if overdue:
        first = view.due_model.index(0, 0)
        assert first.data(Qt.ItemDataRole.FontRole).bold()  # overdue rows stand out
    assert all(re.fullmatch(r"\d+ days overdue|due today|in \d+ days", r[0]) for r in rows)
    buckets = view.due_chart_values()  # the chart counts the same rows
    assert buckets == {
        "Overdue": len(expected.overdue),
        "Due in 0–7 days": sum(1 for r in expected.due if r.days <= 7),
        "Due in 8–14 days": sum(1 for r in expected.due if r.days > 7),
    }


def test_a_long_due_list_comes_a_page_at_a_time_and_the_chart_counts_it_all(
    qtbot, qtmodeltester, ops, demo, monkeypatch
):
    from desktop.views import dashboard as dashboard_view

    with demo.db.reading() as session:
        expected = queries.dashboard(session, TODAY)
    every = expected.overdue + expected.due
    assert len(every) > 3
    monkeypatch.setattr(dashboard_view, "DUE_ROWS", 3)
    view = open_view(qtbot, ops, demo)
    model = view.due_model

    def shown() -> list[str]:
        return [model.index(r, 2).data() for r in range(model.rowCount())]

    assert shown() == [f"{r.position}. {r.title}" for r in every[:3]]
    assert sum(view.due_chart_values().values()) == len(every)
    view.due_table.scrollToBottom()  # the view asks for the next pages as it scrolls
    while model.canFetchMore():
        model.fetchMore()
    assert shown() == [f"{r.position}. {r.title}" for r in every]
    qtmodeltester.check(model)
    qtmodeltester.check(view.scope_model)  # the scope box's entries, set in one step
    assert view.scope.itemText(0) == "Whole portfolio" and view.scope.itemData(0) is None
    with demo.db.reading() as session:
        engagements = queries.list_engagements(session)
    assert view.scope.count() == 1 + len(engagements)
    assert view.scope.itemData(1) == engagements[0].id


def test_chart_shows_value_by_milestone_state(qtbot, ops, demo):
    view = open_view(qtbot, ops, demo)
    values = view.chart_values()
    currency = view.chart_currency.currentText()
    with demo.db.reading() as session:
        by_state = queries.value_by_state(session)[currency]
    assert len(values) == len(by_state) == 8
    unit = 10 ** currency_exponent(currency)
    assert values["Paid"] * unit == by_state["paid"]
    assert sum(values.values()) * unit == sum(by_state.values())

    view.chart_currency.setCurrentIndex(view.chart_currency.count() - 1)
    last = view.chart_currency.currentText()
    assert last != currency
    with demo.db.reading() as session:
        total = sum(queries.value_by_state(session)[last].values())
    assert round(sum(view.chart_values().values()) * 10 ** currency_exponent(last)) == total


def test_scope_narrows_to_one_engagement_and_changes_refresh(qtbot, ops, services):
    built = make_active(services)
    make_active(services, code="ACME-2026-02", client=(built.client_id, built.contact_id))
    view = open_view(qtbot, ops, services)
    assert cells(view.figures_model, 0)[1] == "€12,000.00"  # two roadmaps of 6,000.00
    view.scope.setCurrentIndex(view.scope.findData(built.engagement_id))
    assert cells(view.figures_model, 0)[1] == "€6,000.00"
    assert cells(view.figures_model, 0)[2] == "€0.00"

    mid = built.milestone_ids[0]
    services.workflow.start(mid)
    services.workflow.submit(mid, date(2026, 2, 2))
    ops.run(
        lambda: services.workflow.record_review(
            mid,
            held_on=date(2026, 2, 3),
            reviewer_id=built.contact_id,
            verdicts=[VerdictInput(c, "met") for c in criteria_ids(services, mid)],
        )
    )
    assert cells(view.figures_model, 0)[2] == "€1,000.00"  # accepted, without a manual refresh
    assert view.first_pass.text().startswith("1 of 1 reviewed milestones")
