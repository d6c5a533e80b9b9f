"""Daily use of the sign-off panel: the signature date of the milestone shown (today, never
before the accepting review, nothing kept from the milestone shown before), the invoice
reference, and the question before marking paid."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QMessageBox

from core.services import Services, SignatureInput
from desktop.ops import Ops
from desktop.views.signoff import SignoffPanel
from tests.checks import milestone_state
from tests.factories import Built, accept, make_active

TODAY = date(2026, 5, 4)


@pytest.fixture
def ops(qtbot, refusals: list[str]) -> Ops:
    return Ops(None)


def panel_for(qtbot, ops: Ops, services: Services, today: date = TODAY) -> SignoffPanel:
    panel = SignoffPanel(ops, services)
    panel.today = lambda: today
    qtbot.addWidget(panel)
    panel.resize(900, 800)
    panel.show()
    return panel


def sign(services: Services, code: str, position: int, on: date) -> None:
    signoff = services.signoffs.for_milestone(code, position)
    services.signoffs.record_signature(
        signoff.id, SignatureInput("typed", "Marie Dupont", on, b"ack", True, "typed")
    )


@pytest.fixture
def two_accepted(services: Services) -> Built:
    """Milestone 1 accepted on 2 March and signed on 3 March; milestone 2 accepted on
    20 April, not signed yet."""
    built = make_active(services)
    first, second = built.milestone_ids[:2]
    accept(services, built, first, on=date(2026, 3, 2))
    sign(services, "ACME-2026-01", 1, date(2026, 3, 3))
    accept(services, built, second, on=date(2026, 4, 20))
    return built


def test_signed_on_starts_at_today_not_at_the_milestone_shown_before(
    qtbot, ops, services, two_accepted
):
    panel = panel_for(qtbot, ops, services)
    panel.show_milestone(two_accepted.milestone_ids[0])
    assert panel.signed_on.date() == QDate(2026, 3, 3)  # what was recorded
    panel.show_milestone(two_accepted.milestone_ids[1])
    assert panel.signed_on.date() == QDate(2026, 5, 4)  # today, not 3 March
    assert panel.signed_on.minimumDate() == QDate(2026, 4, 20)  # its accepting review


def test_signed_on_is_never_before_the_accepting_review(qtbot, ops, services, two_accepted):
    """Today (1 April) is before the review of 20 April (it was dated ahead): the field
    starts at the review's date and a user cannot go before it."""
    panel = panel_for(qtbot, ops, services, today=date(2026, 4, 1))
    panel.show_milestone(two_accepted.milestone_ids[1])
    assert panel.signed_on.date() == QDate(2026, 4, 20)
    panel.signed_on.setFocus()
    panel.signed_on.setDate(QDate(2026, 4, 19))
    assert panel.signed_on.date() == QDate(2026, 4, 20)
    # and a milestone without a sign-off lifts the limit again
    panel.show_milestone(two_accepted.milestone_ids[2])
    assert panel.signed_on.minimumDate() < QDate(2026, 1, 1)
    assert panel.signed_on.date() == QDate(2026, 4, 1)


def test_invoice_reference_is_recorded_and_shown(qtbot, ops, services, two_accepted, refusals):
    first, second = two_accepted.milestone_ids[:2]
    panel = panel_for(qtbot, ops, services)
    panel.show_milestone(first)
    assert panel.reference.isEnabled()
    qtbot.keyClicks(panel.reference, "INV-2026-042")
    panel.invoiced_button.click()
    assert milestone_state(services, first) == "invoiced"
    assert "Invoice reference: INV-2026-042" in panel.heading.text()
    assert not panel.reference.isEnabled()  # it is on record now
    panel.show_milestone(second)
    assert panel.reference.text() == "" and "Invoice reference" not in panel.heading.text()
    panel.show_milestone(first)
    assert panel.reference.text() == "INV-2026-042"
    assert refusals == []


def test_marking_paid_asks_first(qtbot, ops, services, two_accepted, monkeypatch, refusals):
    first = two_accepted.milestone_ids[0]
    services.workflow.mark_invoiced(first, date(2026, 3, 6))
    panel = panel_for(qtbot, ops, services)
    panel.show_milestone(first)
    questions: list[str] = []
    answer = [QMessageBox.StandardButton.Cancel]

    def question(_parent, _title, text, *_args):
        questions.append(text)
        return answer[0]

    monkeypatch.setattr(QMessageBox, "question", question)
    panel.paid_button.click()
    assert milestone_state(services, first) == "invoiced"  # cancelled: nothing happened
    assert "Mark ACME-2026-01 milestone 1 “Milestone 1” paid on May 4, 2026?" in questions[0]
    assert "cannot be undone" in questions[0]
    answer[0] = QMessageBox.StandardButton.Yes
    panel.paid_button.click()
    assert milestone_state(services, first) == "paid"
    assert refusals == []


def test_the_same_milestone_shown_again_keeps_what_was_typed(qtbot, ops, services, two_accepted):
    second = two_accepted.milestone_ids[1]
    panel = panel_for(qtbot, ops, services)
    panel.show_milestone(second)
    panel.signer.clear()
    qtbot.keyClicks(panel.signer, "Paul Martin")
    panel.signed_on.setDate(QDate(2026, 4, 28))
    panel.show_milestone(second)  # back from the roadmap tab
    assert panel.signer.text() == "Paul Martin"
    assert panel.signed_on.date() == QDate(2026, 4, 28)
