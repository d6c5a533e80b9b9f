"""The milestone state machine, review rounds with derived outcomes, sign-offs and deemed
acceptance."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date

import pytest

from core.canonical import canonical_json, fingerprint
from core.deemed import deemed_due
from core.errors import DomainError, NotFoundError, TransitionError, ValidationError
from core.history import engagement_stream
from core.lifecycle import LABEL, milestone_facts, move_permission
from core.models import Milestone, MilestoneState, ReviewRound, SignOff
from core.services import Services, SignatureInput, VerdictInput
from tests.checks import db_state, milestone_state, refused, stream_events
from tests.factories import (
    LATER,
    Built,
    accept,
    criteria_ids,
    drive,
    make_active,
    make_client,
    review,
    sign,
)

S = MilestoneState
# The spec's state machine, written out independently of the code's table.
SPEC_NEXT: dict[S, set[S]] = {
    S.PLANNED: {S.IN_PROGRESS},
    S.IN_PROGRESS: {S.SUBMITTED},
    S.SUBMITTED: {S.ACCEPTED, S.CHANGES_REQUESTED},
    S.CHANGES_REQUESTED: {S.SUBMITTED},
    S.ACCEPTED: {S.SIGNED_OFF},
    S.SIGNED_OFF: {S.INVOICED},
    S.INVOICED: {S.PAID},
    S.PAID: set(),
}


def rounds_of(s: Services, milestone_id: str) -> list[tuple[int, str, list[str]]]:
    with s.db.reading() as session:
        m = session.get(Milestone, milestone_id)
        assert m is not None
        rows = session.query(ReviewRound).filter_by(milestone_id=m.id).order_by(ReviewRound.number)
        return [(r.number, r.outcome, [v.value for v in r.verdicts]) for r in rows]


def attempt(s: Services, built: Built, mid: str, target: S) -> Callable[[], object]:
    """The user action that asks for ``target``."""

    def to_planned() -> None:  # no action goes back to planned; the rule still answers
        with s.db.reading() as session:
            m = session.get(Milestone, mid)
            assert m is not None
            move_permission(milestone_facts(m.engagement, m), S.PLANNED).require()

    return {
        S.PLANNED: to_planned,
        S.IN_PROGRESS: lambda: s.workflow.start(mid),
        S.SUBMITTED: lambda: s.workflow.submit(mid, LATER),
        S.ACCEPTED: lambda: review(s, built, mid, ["met", "waived"], reason="agreed"),
        S.CHANGES_REQUESTED: lambda: review(s, built, mid, ["not_met", "met"]),
        S.SIGNED_OFF: lambda: sign(s),
        S.INVOICED: lambda: s.workflow.mark_invoiced(mid, LATER),
        S.PAID: lambda: s.workflow.mark_paid(mid, LATER),
    }[target]


@pytest.mark.parametrize("target", list(S), ids=str)
@pytest.mark.parametrize("current", list(S), ids=str)
def test_only_the_next_states_can_be_reached(services: Services, current: S, target: S) -> None:
    built = make_active(services, milestones=2)  # a second milestone keeps it active when paid
    mid = built.milestone_ids[0]
    drive(services, built, mid, current)
    action = attempt(services, built, mid, target)
    if target in SPEC_NEXT[current]:
        before = len(stream_events(services.db, engagement_stream(built.engagement_id)))
        action()
        assert milestone_state(services, mid) == target
        assert len(stream_events(services.db, engagement_stream(built.engagement_id))) > before
        return
    if target == S.SIGNED_OFF and current in (
        S.PLANNED,
        S.IN_PROGRESS,
        S.SUBMITTED,
        S.CHANGES_REQUESTED,
    ):
        # Nothing to sign yet: the sign-off record itself does not exist.
        refused(services.db, NotFoundError, action, LABEL[current], "accepted")
        return
    message = str(refused(services.db, TransitionError, action, f"is {LABEL[current]}"))
    for allowed in SPEC_NEXT[current]:
        assert LABEL[allowed] in message
    if not SPEC_NEXT[current]:
        assert "nothing" in message
    assert milestone_state(services, mid) == current


# --- review rounds and their outcome ------------------------------------------------------


@pytest.mark.parametrize(
    ("values", "outcome"),
    [
        (["met", "met"], "accepted"),
        (["met", "waived"], "accepted"),
        (["waived", "waived"], "accepted"),
        (["met", "not_met"], "changes_requested"),
        (["not_met", "waived"], "changes_requested"),
        (["not_met", "not_met"], "changes_requested"),
    ],
)
def test_the_outcome_is_derived_from_the_verdicts(
    services: Services, values: list[str], outcome: str
) -> None:
    built = make_active(services, milestones=1)
    mid = built.milestone_ids[0]
    drive(services, built, mid, S.SUBMITTED)
    review(services, built, mid, values, reason="Client agreed to drop it")
    assert milestone_state(services, mid) == outcome
    assert rounds_of(services, mid) == [(1, outcome, values)]
    with services.db.reading() as session:
        signoffs = session.query(SignOff).filter_by(milestone_id=mid).count()
    assert signoffs == (1 if outcome == "accepted" else 0)


def test_a_waiver_needs_a_reason(services: Services) -> None:
    built = make_active(services, milestones=1)
    mid = built.milestone_ids[0]
    drive(services, built, mid, S.SUBMITTED)
    refused(
        services.db,
        ValidationError,
        lambda: review(services, built, mid, ["met", "waived"], reason="  "),
        "criterion 2 waiver reason",
        "empty",
    )
    assert milestone_state(services, mid) == S.SUBMITTED


def test_a_reason_is_kept_only_for_waivers(services: Services) -> None:
    built = make_active(services, milestones=1)
    mid = built.milestone_ids[0]
    drive(services, built, mid, S.SUBMITTED)
    review(services, built, mid, ["met", "waived"], reason="Out of budget")
    with services.db.reading() as session:
        (r,) = session.query(ReviewRound).filter_by(milestone_id=mid).all()
        assert [(v.value, v.reason) for v in r.verdicts] == [
            ("met", ""),
            ("waived", "Out of budget"),
        ]


def test_every_criterion_needs_a_verdict(services: Services) -> None:
    built = make_active(services, milestones=1, criteria=3)
    mid = built.milestone_ids[0]
    drive(services, built, mid, S.SUBMITTED)
    first, _, third = criteria_ids(services, mid)
    refused(
        services.db,
        ValidationError,
        lambda: services.workflow.record_review(
            mid, held_on=LATER, reviewer_id=None, verdicts=[VerdictInput(first, "met")]
        ),
        "every criterion needs a verdict",
        "missing: 2, 3",
    )
    refused(
        services.db,
        ValidationError,
        lambda: services.workflow.record_review(
            mid,
            held_on=LATER,
            reviewer_id=None,
            verdicts=[
                VerdictInput(first, "met"),
                VerdictInput(first, "met"),
                VerdictInput(third, "met"),
            ],
        ),
        "criterion 1 has two verdicts",
    )


def test_a_verdict_for_another_milestones_criterion_is_refused(services: Services) -> None:
    built = make_active(services, milestones=2)
    mid, other = built.milestone_ids
    drive(services, built, mid, S.SUBMITTED)
    mine = criteria_ids(services, mid)
    foreign = criteria_ids(services, other)
    refused(
        services.db,
        ValidationError,
        lambda: services.workflow.record_review(
            mid,
            held_on=LATER,
            reviewer_id=None,
            verdicts=[VerdictInput(mine[0], "met"), VerdictInput(foreign[1], "met")],
        ),
        "another milestone",
    )


@pytest.mark.parametrize(
    ("change", "words"),
    [
        ({"value": "maybe"}, ["met, not met or waived"]),
        ({"held_on": date(2026, 3, 1)}, ["review date", "before the submission", "2026-03-02"]),
        ({"reviewer": "stranger"}, ["reviewer", "contact of the client"]),
        ({"note": "bad\x00note"}, ["criterion 1 note"]),
    ],
)
def test_bad_review_input_is_refused(
    services: Services, change: dict[str, object], words: list[str]
) -> None:
    built = make_active(services, milestones=1)
    mid = built.milestone_ids[0]
    drive(services, built, mid, S.SUBMITTED)
    other_client = make_client(services, "Rival Corp")
    reviewer = other_client[1] if change.get("reviewer") else built.contact_id
    first, second = criteria_ids(services, mid)
    held_on = change.get("held_on", LATER)
    assert isinstance(held_on, date)
    verdicts = [
        VerdictInput(first, str(change.get("value", "met")), str(change.get("note", ""))),
        VerdictInput(second, "met"),
    ]
    refused(
        services.db,
        ValidationError,
        lambda: services.workflow.record_review(
            mid, held_on=held_on, reviewer_id=reviewer, verdicts=verdicts
        ),
        *words,
    )


def test_rounds_are_numbered_and_the_sign_off_names_the_accepting_round(services: Services) -> None:
    built = make_active(services, milestones=2)
    mid = built.milestone_ids[1]
    drive(services, built, mid, S.SUBMITTED)
    review(services, built, mid, ["met", "not_met"])
    services.workflow.submit(mid, date(2026, 3, 9))
    review(services, built, mid, ["met", "not_met"], on=date(2026, 3, 9))
    services.workflow.submit(mid, date(2026, 3, 16))
    review(services, built, mid, ["met", "met"], on=date(2026, 3, 17))
    assert [(n, o) for n, o, _ in rounds_of(services, mid)] == [
        (1, "changes_requested"),
        (2, "changes_requested"),
        (3, "accepted"),
    ]
    record = services.signoffs.for_milestone("ACME-2026-01", 2)
    assert record.document_id == "ACME-2026-01-M02-R3"
    assert services.signoffs.by_document_id("ACME-2026-01-M02-R3") == record
    assert record.milestone_state == "accepted"
    assert canonical_json(record.snapshot) == record.snapshot_json
    assert fingerprint(record.snapshot) == record.fingerprint
    assert record.snapshot["milestone"]["amount_minor"] == 200_000
    assert [v["verdict"] for v in record.snapshot["round"]["verdicts"]] == ["met", "met"]
    assert [(r["number"], r["not_met"]) for r in record.snapshot["earlier_rounds"]] == [
        (1, 1),
        (2, 1),
    ]
    actions = [e.action for e in stream_events(services.db, engagement_stream(built.engagement_id))]
    assert actions.count("recorded") == 3 and actions[-1] == "prepared"


def test_the_document_id_pads_the_milestone_number(services: Services) -> None:
    built = make_active(services, milestones=1, criteria=1)
    accept(services, built, built.milestone_ids[0])
    assert services.signoffs.for_milestone("acme-2026-01", 1).document_id == "ACME-2026-01-M01-R1"


def test_an_unverified_signed_copy_records_nothing(services: Services) -> None:
    built = make_active(services, milestones=1)
    mid = built.milestone_ids[0]
    drive(services, built, mid, S.ACCEPTED)
    record = services.signoffs.for_milestone("ACME-2026-01", 1)
    refused(
        services.db,
        ValidationError,
        lambda: services.signoffs.record_signature(
            record.id,
            SignatureInput("digital", "M", date(2026, 3, 6), b"x", False, "document was modified"),
        ),
        "not verified",
        "document was modified",
    )
    assert milestone_state(services, mid) == S.ACCEPTED


# --- deemed acceptance --------------------------------------------------------------------


def _with_deemed_period(services: Services, days: int | None) -> Built:
    from tests.factories import make_draft

    built = make_draft(services, milestones=1)
    services.engagements.update(built.engagement_id, deemed_acceptance_days=days)
    services.engagements.activate(built.engagement_id)
    drive(services, built, built.milestone_ids[0], S.SUBMITTED)
    return built


def _deemed_flag(services: Services, mid: str, today: date) -> bool:
    with services.db.reading() as session:
        m = session.get(Milestone, mid)
        assert m is not None
        return deemed_due(m, m.engagement.deemed_acceptance_days, today)


def test_deemed_acceptance_is_flagged_then_needs_confirmation(services: Services) -> None:
    built = _with_deemed_period(services, 10)
    mid = built.milestone_ids[0]
    assert not _deemed_flag(services, mid, date(2026, 3, 12))
    refused(
        services.db,
        ValidationError,
        lambda: services.workflow.confirm_deemed_acceptance(mid, date(2026, 3, 12)),
        "not past a deemed-acceptance period",
    )
    before = db_state(services.db)
    assert _deemed_flag(services, mid, date(2026, 3, 13))
    assert _deemed_flag(services, mid, date(2026, 9, 1))
    # Time passing changes nothing by itself: the milestone waits for a person to confirm.
    assert db_state(services.db) == before
    assert milestone_state(services, mid) == S.SUBMITTED
    services.workflow.confirm_deemed_acceptance(mid, date(2026, 3, 13))
    assert milestone_state(services, mid) == S.ACCEPTED
    assert not _deemed_flag(services, mid, date(2026, 9, 1))
    with services.db.reading() as session:
        (r,) = session.query(ReviewRound).filter_by(milestone_id=mid).all()
        assert (r.deemed, r.reviewer_id, r.outcome) == (True, None, "accepted")
        assert r.verdicts == []  # the client gave none; none is made up for them
    record = services.signoffs.for_milestone("ACME-2026-01", 1)
    assert record.snapshot["round"]["deemed"] is True
    events = stream_events(services.db, engagement_stream(built.engagement_id))
    assert json.loads(events[-3].after)["deemed"] is True


def test_a_deemed_sign_off_says_after_how_long_since_when_and_who_confirmed(
    services: Services,
) -> None:
    built = _with_deemed_period(services, 14)  # submitted on 2026-03-02
    mid = built.milestone_ids[0]
    Services(services.db, "Sam Lee").workflow.confirm_deemed_acceptance(mid, date(2026, 3, 17))
    record = services.signoffs.for_milestone("ACME-2026-01", 1)
    rnd = record.snapshot["round"]
    assert rnd["deemed_acceptance"] == {
        "days": 14,
        "submitted_on": "2026-03-02",
        "confirmed_by": "Sam Lee",
        "confirmed_on": "2026-03-17",
    }
    assert (rnd["deemed"], rnd["reviewer"], rnd["date"]) == (True, None, "2026-03-17")
    # Every criterion is listed, none with a verdict the client never gave.
    assert [(v["position"], v["criterion"], v["verdict"]) for v in rnd["verdicts"]] == [
        (1, "Criterion 1.1", None),
        (2, "Criterion 1.2", None),
    ]
    assert record.fingerprint == fingerprint(record.snapshot)
    assert record.snapshot_json == canonical_json(record.snapshot)


def test_a_deemed_acceptance_after_a_first_round_lists_that_round(services: Services) -> None:
    built = _with_deemed_period(services, 5)
    mid = built.milestone_ids[0]
    review(services, built, mid, ["met", "not_met"], date(2026, 3, 3))
    services.workflow.submit(mid, date(2026, 3, 10))
    services.workflow.confirm_deemed_acceptance(mid, date(2026, 3, 16))
    snapshot = services.signoffs.for_milestone("ACME-2026-01", 1).snapshot
    assert snapshot["document_id"] == "ACME-2026-01-M01-R2"
    assert snapshot["round"]["deemed_acceptance"]["submitted_on"] == "2026-03-10"
    assert [(r["number"], r["outcome"], r["not_met"]) for r in snapshot["earlier_rounds"]] == [
        (1, "changes_requested", 1)
    ]


# Fingerprints of sign-offs made before deemed acceptances carried their details. Sign-offs
# already issued must keep them: only new deemed snapshots have new keys.
REVIEWED_FINGERPRINT = "fc17c1e35439eaa70fe6d5536f38e8f78bf5947bc4b31ea6f2cded8ead83d76e"
UNNAMED_REVIEWER_FINGERPRINT = "ed3fdf67b3b07869a96747242bb5c0c2ab77d7f0c570cccda9189365e46c967f"


def test_reviewed_sign_offs_keep_their_snapshot_and_fingerprint(services: Services) -> None:
    built = make_active(services, milestones=2)
    accept(services, built, built.milestone_ids[0])
    m2 = built.milestone_ids[1]
    services.workflow.start(m2)
    services.workflow.submit(m2, date(2026, 3, 1))
    services.workflow.record_review(
        m2,
        held_on=date(2026, 3, 3),
        reviewer_id=None,
        verdicts=[VerdictInput(c, "met") for c in criteria_ids(services, m2)],
    )
    first = services.signoffs.for_milestone("ACME-2026-01", 1)
    second = services.signoffs.for_milestone("ACME-2026-01", 2)
    for record in (first, second):
        assert set(record.snapshot["round"]) == {"number", "date", "deemed", "reviewer", "verdicts"}
    assert first.fingerprint == REVIEWED_FINGERPRINT
    assert second.fingerprint == UNNAMED_REVIEWER_FINGERPRINT


def test_without_a_period_nothing_is_ever_deemed(services: Services) -> None:
    built = _with_deemed_period(services, None)
    mid = built.milestone_ids[0]
    assert not _deemed_flag(services, mid, date(2030, 1, 1))
    refused(
        services.db,
        ValidationError,
        lambda: services.workflow.confirm_deemed_acceptance(mid, date(2030, 1, 1)),
        "deemed acceptance",
    )


def test_a_decided_milestone_cannot_be_deemed_accepted(services: Services) -> None:
    built = _with_deemed_period(services, 5)
    mid = built.milestone_ids[0]
    review(services, built, mid, ["met", "not_met"])
    assert not _deemed_flag(services, mid, date(2026, 6, 1))
    refused(
        services.db,
        ValidationError,
        lambda: services.workflow.confirm_deemed_acceptance(mid, date(2026, 6, 1)),
    )
    assert milestone_state(services, mid) == S.CHANGES_REQUESTED


# --- the engagement around the workflow ---------------------------------------------------


def test_a_cancelled_engagement_stops_its_workflow(services: Services) -> None:
    built = make_active(services, milestones=1)
    services.engagements.cancel(built.engagement_id, "stopped")
    error = refused(
        services.db,
        DomainError,
        lambda: services.workflow.start(built.milestone_ids[0]),
        "cancelled",
    )
    assert isinstance(error, ValidationError)


def test_payment_of_the_last_milestone_completes_the_engagement(services: Services) -> None:
    built = make_active(services, milestones=1)
    drive(services, built, built.milestone_ids[0], S.PAID)
    from core.models import Engagement

    with services.db.reading() as session:
        e = session.get(Engagement, built.engagement_id)
        assert e is not None and e.status == "completed"
