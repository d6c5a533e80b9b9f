"""The review dialog: verdicts per criterion, the derived outcome shown live, saving a round,
and capturing an idea without leaving the review."""

from __future__ import annotations

from datetime import date

import pytest

from core import queries
from core.models import Idea
from core.services import Services
from desktop.dialogs.review import ReviewDialog
from desktop.ops import Ops
from tests.checks import milestone_state
from tests.factories import Built, make_active

SUBMITTED = date(2026, 3, 2)
# The offscreen platform warns about window size hints whenever a top-level window shows.


@pytest.fixture
def built(services: Services) -> Built:
    built = make_active(services, criteria=3)
    services.workflow.start(built.milestone_ids[0])
    services.workflow.submit(built.milestone_ids[0], SUBMITTED)
    return built


def open_review(qtbot, ops: Ops, services: Services, milestone_id: str) -> ReviewDialog:
    dialog = ReviewDialog(ops, services, milestone_id)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_outcome_follows_the_verdicts_and_a_failing_review_requests_changes(
    qtbot, ops, services, built, refusals
):
    mid = built.milestone_ids[0]
    dialog = open_review(qtbot, ops, services, mid)
    assert len(dialog.rows) == 3
    assert "not decided" in dialog.outcome_text()
    assert not dialog.save_button.isEnabled()

    dialog.set_verdict(1, "met", "looks right")
    dialog.set_verdict(2, "not_met", "logo is blurred")
    dialog.set_verdict(3, "not_met")
    assert dialog.outcome_text() == "Outcome: changes requested — 2 criteria not met"
    dialog.set_verdict(3, "met")
    assert dialog.outcome_text() == "Outcome: changes requested — 1 criterion not met"
    assert dialog.save_button.isEnabled()

    with qtbot.waitSignal(ops.sig_changed) as changed:
        dialog.save_button.click()
    assert mid in changed.args[0].milestones
    assert milestone_state(services, mid) == "changes_requested"
    assert not dialog.isVisible()
    assert refusals == []
    with services.db.reading() as session:
        (round_,) = queries.review_rounds(session, mid)
    assert round_.reviewer_id == built.contact_id  # the signatory is proposed as reviewer


def test_a_waiver_needs_its_reason_before_the_review_can_be_saved(qtbot, ops, services, built):
    mid = built.milestone_ids[0]
    dialog = open_review(qtbot, ops, services, mid)
    dialog.set_verdict(1, "met")
    dialog.set_verdict(2, "met")
    row = dialog.rows[2]
    assert not row.reason.isEnabled()
    dialog.set_verdict(3, "waived")
    assert row.reason.isEnabled()
    assert not dialog.save_button.isEnabled()
    assert "needs a reason: 3" in dialog.outcome_text()

    row.reason.setText("print run postponed by the client")
    assert dialog.outcome_text() == "Outcome: accepted"
    dialog.save_button.click()
    assert milestone_state(services, mid) == "accepted"


def test_a_refused_save_keeps_the_dialog_open_with_the_reason(
    qtbot, ops, services, built, refusals
):
    mid = built.milestone_ids[0]
    dialog = open_review(qtbot, ops, services, mid)
    for position in (1, 2, 3):
        dialog.set_verdict(position, "met")
    dialog.held_on.setDate(dialog.held_on.date().addYears(-5))  # before the submission
    dialog.save_button.click()
    assert dialog.isVisible()
    assert len(refusals) == 1
    assert "cannot be before the submission" in refusals[0]
    assert milestone_state(services, mid) == "submitted"


def test_an_idea_is_captured_during_the_review_without_leaving_it(qtbot, ops, services, built):
    mid = built.milestone_ids[0]
    dialog = open_review(qtbot, ops, services, mid)
    dialog.set_verdict(1, "not_met", "needs a dark variant")

    ideas = dialog.capture_idea()
    assert ideas.isVisible() and dialog.isVisible()
    assert ideas.engagement.currentData() == built.engagement_id
    assert ideas.source.currentData() == "review_round"
    ideas.description.setPlainText("A dark-mode version of the site")
    ideas.raised_by.setEditText("Marie Dupont")
    ideas.save_button.click()

    assert not ideas.isVisible()
    assert dialog.isVisible()  # the review goes on
    assert dialog.rows[0].note.text() == "needs a dark variant"
    with services.db.reading() as session:
        idea = session.get(Idea, ideas.created_id)
        assert idea is not None
        assert (idea.source, idea.review_round_id) == ("review_round", None)
        assert idea.description == "A dark-mode version of the site"
    assert milestone_state(services, mid) == "submitted"  # the scope under review is untouched
