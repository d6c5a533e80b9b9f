"""Engagement lifecycle: creation, draft terms, activation and baseline v1, completion and
cancellation."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

import pytest
from sqlalchemy import select

from core.canonical import canonical_json, fingerprint
from core.errors import NotFoundError, ScopeLockedError, StaleEditError, ValidationError
from core.history import engagement_stream
from core.models import Baseline, Engagement, EngagementStatus, Milestone
from core.services import CriterionInput, ObjectiveInput, Services, SignatureInput, VerdictInput
from core.text import TITLE_MAX
from tests.checks import all_streams_verify, refused, stream_events
from tests.factories import accept, criteria_ids, make_active, make_client, make_draft


def load(s: Services, engagement_id: str) -> dict[str, Any]:
    with s.db.reading() as session:
        e = session.get(Engagement, engagement_id)
        assert e is not None
        return {
            "code": e.code,
            "title": e.title,
            "status": e.status,
            "currency": e.currency,
            "language": e.language,
            "start": e.start_date,
            "end": e.target_end_date,
            "version": e.version,
            "objectives": [(o.text, o.measure) for o in e.objectives],
            "deemed": e.deemed_acceptance_days,
            "baselines": [(b.version, b.snapshot, b.fingerprint) for b in e.baselines],
            "forecasts": [(m.baseline_due, m.forecast_due) for m in e.milestones],
        }


def _create(s: Services, client: str, **overrides: Any) -> str:
    args: dict[str, Any] = {
        "code": "ACME-2026-01",
        "title": "Website relaunch",
        "client_id": client,
        "currency": "EUR",
        "start_date": date(2026, 1, 5),
        "target_end_date": date(2026, 6, 30),
    }
    args.update(overrides)
    created = s.engagements.create(**args).created
    assert created is not None
    return created


# --- creation -----------------------------------------------------------------------------


def test_a_new_engagement_is_a_draft_with_its_terms(services: Services) -> None:
    client_id, _ = make_client(services)
    eid = _create(
        services,
        client_id,
        code="acme-2026-01",
        currency="eur",
        language="zh-tw",
        objectives=[ObjectiveInput("Double sign-ups", "≥ 10 % conversion")],
        deemed_acceptance_days=10,
    )
    got = load(services, eid)
    assert got["code"] == "ACME-2026-01"
    assert got["status"] == EngagementStatus.DRAFT
    assert (got["currency"], got["language"], got["deemed"]) == ("EUR", "zh-TW", 10)
    assert got["objectives"] == [("Double sign-ups", "≥ 10 % conversion")]
    (event,) = stream_events(services.db, engagement_stream(eid))
    assert (event.action, json.loads(event.after)["code"]) == ("created", "ACME-2026-01")


def test_decomposed_text_is_stored_composed(services: Services) -> None:
    client_id, _ = make_client(services)
    eid = _create(services, client_id, title="Cafe\u0301 de Paris")
    assert load(services, eid)["title"] == "Café de Paris"
    assert "\u0301" not in stream_events(services.db, engagement_stream(eid))[0].after


def test_the_engagement_is_found_by_code_in_any_case(services: Services) -> None:
    built = make_draft(services, milestones=1)
    services.engagements.update("acme-2026-01", title="Found by code")
    assert load(services, built.engagement_id)["title"] == "Found by code"


@pytest.mark.parametrize(
    "code", ["ACME-2026-01", "acme-2026-01", " Acme-2026-01 ", "ＡＣＭＥ-2026-01"]
)
def test_a_duplicate_code_is_refused_in_any_spelling(services: Services, code: str) -> None:
    client_id, _ = make_client(services)
    _create(services, client_id)
    refused(
        services.db,
        ValidationError,
        lambda: _create(services, client_id, code=code),
        "ACME-2026-01",
        "already exists",
    )


@pytest.mark.parametrize(
    ("title", "words"),
    [
        ("", ["title", "empty"]),
        ("   \t ", ["title", "empty"]),
        ("x" * (TITLE_MAX + 1), ["title", "too long", str(TITLE_MAX)]),
        ("Nul\x00here", ["title", "U+0000"]),
        ("Broken \ud800 paste", ["title", "surrogate"]),
        ("Evil \u202eoverride", ["title", "U+202E", "direction"]),
        ("Isolate \u2066x\u2069", ["title", "U+2066"]),
        ("Two\nlines", ["title", "single line"]),
    ],
)
def test_bad_titles_are_refused_with_a_reason(
    services: Services, title: str, words: list[str]
) -> None:
    client_id, _ = make_client(services)
    refused(services.db, ValidationError, lambda: _create(services, client_id, title=title), *words)


@pytest.mark.parametrize(
    ("field", "value", "words"),
    [
        ("code", "AC ME", ["code", "spaces"]),
        ("code", "-ACME", ["code", "hyphen"]),
        ("code", "A" * 33, ["code", "too long"]),
        ("currency", "EURO", ["currency", "ISO 4217"]),
        ("currency", "", ["currency"]),
        ("language", "de", ["language", "zh-TW"]),
        ("deemed_acceptance_days", 0, ["deemed-acceptance"]),
        ("deemed_acceptance_days", 366, ["deemed-acceptance"]),
        ("target_end_date", date(2026, 1, 4), ["before the start", "2026-01-04"]),
        ("client_id", "nobody", ["no client"]),
    ],
)
def test_bad_terms_are_refused(
    services: Services, field: str, value: object, words: list[str]
) -> None:
    client_id, _ = make_client(services)
    refused(
        services.db,
        ValidationError if field != "client_id" else NotFoundError,
        lambda: _create(services, client_id, **{field: value}),
        *words,
    )


def test_an_objective_with_a_bidi_override_is_refused(services: Services) -> None:
    client_id, _ = make_client(services)
    refused(
        services.db,
        ValidationError,
        lambda: _create(
            services, client_id, objectives=[ObjectiveInput("Ok"), ObjectiveInput("\u202dx")]
        ),
        "objective 2",
    )


# --- editing draft terms ------------------------------------------------------------------


def test_draft_terms_can_be_edited(services: Services) -> None:
    built = make_draft(services, milestones=1)
    before = load(services, built.engagement_id)
    services.engagements.update(
        built.engagement_id,
        expected_version=before["version"],
        title="Relaunch, phase 1",
        target_end_date=date(2026, 9, 30),
        language="fr",
        objectives=[ObjectiveInput("Launch")],
        deemed_acceptance_days=14,
    )
    got = load(services, built.engagement_id)
    assert (got["title"], got["end"], got["language"]) == (
        "Relaunch, phase 1",
        date(2026, 9, 30),
        "fr",
    )
    assert (got["objectives"], got["deemed"]) == ([("Launch", "")], 14)
    services.engagements.update(built.engagement_id, deemed_acceptance_days=None)
    assert load(services, built.engagement_id)["deemed"] is None
    assert stream_events(services.db, engagement_stream(built.engagement_id))[-1].action == "edited"


def test_an_edit_that_changes_nothing_writes_nothing(services: Services) -> None:
    built = make_draft(services, milestones=1)
    refused_nothing = stream_events(services.db, engagement_stream(built.engagement_id))
    changes = services.engagements.update(built.engagement_id, title="Website relaunch")
    assert changes.empty
    assert len(stream_events(services.db, engagement_stream(built.engagement_id))) == len(
        refused_nothing
    )


def test_an_end_before_the_start_is_refused_when_editing(services: Services) -> None:
    built = make_draft(services, milestones=1)
    refused(
        services.db,
        ValidationError,
        lambda: services.engagements.update(built.engagement_id, start_date=date(2026, 7, 1)),
        "before the start",
    )


def test_a_stale_edit_of_the_terms_is_refused(services: Services) -> None:
    built = make_draft(services, milestones=1)
    version = load(services, built.engagement_id)["version"]
    services.engagements.update(built.engagement_id, expected_version=version, title="First")
    refused(
        services.db,
        StaleEditError,
        lambda: services.engagements.update(
            built.engagement_id, expected_version=version, title="Second"
        ),
        "reload",
    )
    assert load(services, built.engagement_id)["title"] == "First"


def test_terms_of_an_active_engagement_are_locked(services: Services) -> None:
    built = make_active(services, milestones=1)
    refused(
        services.db,
        ScopeLockedError,
        lambda: services.engagements.update(built.engagement_id, title="Other"),
        "idea",
        "ACME-2026-01",
    )


# --- activation ---------------------------------------------------------------------------


def test_an_empty_roadmap_cannot_be_activated(services: Services) -> None:
    built = make_draft(services, milestones=0)
    refused(
        services.db,
        ValidationError,
        lambda: services.engagements.activate(built.engagement_id),
        "cannot be activated",
        "at least one milestone",
    )


@pytest.mark.parametrize(
    ("edit", "missing"),
    [
        ({"amount_minor": 0}, "an amount above zero"),
        ({"criteria": []}, "at least one acceptance criterion"),
        ({"due": None}, "a due date"),
    ],
)
def test_activation_names_each_missing_piece(
    services: Services, edit: dict[str, Any], missing: str
) -> None:
    built = make_draft(services, milestones=2)
    kwargs: dict[str, Any] = {"title": "Launch", "amount_minor": 5_000, "due": date(2026, 3, 1)}
    kwargs["criteria"] = [CriterionInput("Live")]
    kwargs.update(edit)
    services.roadmap.add_milestone(built.engagement_id, **kwargs)
    error = refused(
        services.db, ValidationError, lambda: services.engagements.activate(built.engagement_id)
    )
    assert f"milestone 3 'Launch' needs {missing}" in str(error)
    assert "milestone 1" not in str(error) and "milestone 2" not in str(error)


def test_activation_lists_every_problem_at_once(services: Services) -> None:
    built = make_draft(services, milestones=0)
    services.roadmap.add_milestone(built.engagement_id, title="Bare")
    error = refused(
        services.db, ValidationError, lambda: services.engagements.activate(built.engagement_id)
    )
    for missing in ("an amount above zero", "a due date", "at least one acceptance criterion"):
        assert missing in str(error)


def test_activation_records_baseline_v1_with_its_fingerprint(services: Services) -> None:
    built = make_draft(services, milestones=2)
    services.engagements.activate(built.engagement_id)
    got = load(services, built.engagement_id)
    assert got["status"] == EngagementStatus.ACTIVE
    ((version, snapshot_text, digest),) = got["baselines"]
    snapshot = json.loads(snapshot_text)
    assert version == 1
    assert canonical_json(snapshot) == snapshot_text
    assert fingerprint(snapshot) == digest and len(digest) == 64
    assert snapshot["currency"] == "EUR"
    assert [
        (m["position"], m["title"], m["amount_minor"], m["due"], [c["text"] for c in m["criteria"]])
        for m in snapshot["milestones"]
    ] == [
        (1, "Milestone 1", 100_000, "2026-02-01", ["Criterion 1.1", "Criterion 1.2"]),
        (2, "Milestone 2", 200_000, "2026-03-01", ["Criterion 2.1", "Criterion 2.2"]),
    ]
    assert snapshot["milestones"][0]["deliverables"] == "Deliverables of milestone 1"
    assert got["forecasts"] == [
        (date(2026, 2, 1), date(2026, 2, 1)),
        (date(2026, 3, 1), date(2026, 3, 1)),
    ]
    event = stream_events(services.db, engagement_stream(built.engagement_id))[-1]
    assert (event.action, json.loads(event.after)["fingerprint"]) == ("activated", digest)


def test_the_fingerprint_covers_amounts(services: Services) -> None:
    first = make_draft(services, milestones=1)
    second = make_draft(
        services, code="ACME-2026-02", milestones=1, client=make_client(services, "B")
    )
    services.roadmap.update_milestone(second.milestone_ids[0], amount_minor=100_001)
    services.engagements.activate(first.engagement_id)
    services.engagements.activate(second.engagement_id)
    assert (
        load(services, first.engagement_id)["baselines"][0][2]
        != load(services, second.engagement_id)["baselines"][0][2]
    )


def test_an_active_engagement_cannot_be_activated_again(services: Services) -> None:
    built = make_active(services, milestones=1)
    refused(
        services.db,
        ValidationError,
        lambda: services.engagements.activate(built.engagement_id),
        "is active",
        "only a draft",
    )


# --- completion and cancellation ----------------------------------------------------------


def _sign_invoice_pay(s: Services, code: str, position: int, milestone_id: str) -> None:
    record = s.signoffs.for_milestone(code, position)
    s.signoffs.record_signature(
        record.id,
        SignatureInput("typed", "Marie Dupont", date(2026, 3, 3), b"typed ack", True, "typed"),
    )
    s.workflow.mark_invoiced(milestone_id, date(2026, 3, 4))
    s.workflow.mark_paid(milestone_id, date(2026, 3, 20))


def test_the_engagement_completes_when_every_milestone_is_paid(services: Services) -> None:
    built = make_active(services, milestones=2)
    for position, mid in enumerate(built.milestone_ids, start=1):
        assert load(services, built.engagement_id)["status"] == EngagementStatus.ACTIVE
        accept(services, built, mid)
        _sign_invoice_pay(services, "ACME-2026-01", position, mid)
    assert load(services, built.engagement_id)["status"] == EngagementStatus.COMPLETED
    event = stream_events(services.db, engagement_stream(built.engagement_id))[-1]
    assert (event.action, json.loads(event.after)["how"]) == ("completed", "all milestones paid")
    assert all(p == [] for p in all_streams_verify(services.db).values())


def test_explicit_close_needs_every_milestone_accepted(services: Services) -> None:
    built = make_active(services, milestones=3)
    first, second, third = built.milestone_ids
    accept(services, built, first)
    services.workflow.start(third)
    refused(
        services.db,
        ValidationError,
        lambda: services.engagements.close(built.engagement_id),
        "not yet accepted",
        "2 (planned)",
        "3 (in progress)",
    )
    accept(services, built, second)
    services.workflow.submit(third, date(2026, 3, 2))
    services.workflow.record_review(
        third,
        held_on=date(2026, 3, 2),
        reviewer_id=built.contact_id,
        verdicts=[VerdictInput(c, "met") for c in criteria_ids(services, third)],
    )
    _sign_invoice_pay(services, "ACME-2026-01", 1, first)
    services.engagements.close(built.engagement_id)
    assert load(services, built.engagement_id)["status"] == EngagementStatus.COMPLETED
    event = stream_events(services.db, engagement_stream(built.engagement_id))[-1]
    assert json.loads(event.after) == {"status": "completed", "how": "closed"}


def test_a_draft_cannot_be_closed(services: Services) -> None:
    built = make_draft(services, milestones=1)
    refused(
        services.db,
        ValidationError,
        lambda: services.engagements.close(built.engagement_id),
        "draft",
    )


@pytest.mark.parametrize("activate", [False, True])
def test_a_draft_or_active_engagement_can_be_cancelled(services: Services, activate: bool) -> None:
    built = (make_active if activate else make_draft)(services, milestones=1)
    refused(
        services.db,
        ValidationError,
        lambda: services.engagements.cancel(built.engagement_id, "   "),
        "reason",
        "empty",
    )
    services.engagements.cancel(built.engagement_id, "Client budget frozen")
    assert load(services, built.engagement_id)["status"] == EngagementStatus.CANCELLED
    after = json.loads(stream_events(services.db, engagement_stream(built.engagement_id))[-1].after)
    assert after == {"status": "cancelled", "reason": "Client budget frozen"}


def test_cancelled_and_completed_engagements_cannot_be_cancelled(services: Services) -> None:
    built = make_active(services, milestones=1)
    accept(services, built, built.milestone_ids[0])
    services.engagements.close(built.engagement_id)
    refused(
        services.db,
        ValidationError,
        lambda: services.engagements.cancel(built.engagement_id, "late"),
        "completed",
        "only a draft or active",
    )
    other = make_draft(
        services, code="ACME-2026-02", milestones=1, client=make_client(services, "B")
    )
    services.engagements.cancel(other.engagement_id, "duplicate")
    refused(
        services.db,
        ValidationError,
        lambda: services.engagements.cancel(other.engagement_id, "again"),
        "cancelled",
    )
    refused(
        services.db, ValidationError, lambda: services.engagements.activate(other.engagement_id)
    )


def test_a_cancelled_roadmap_can_no_longer_change(services: Services) -> None:
    built = make_draft(services, milestones=1)
    services.engagements.cancel(built.engagement_id, "duplicate")
    refused(
        services.db,
        ScopeLockedError,
        lambda: services.roadmap.add_milestone(built.engagement_id, title="More"),
        "cancelled",
        "can no longer change",
    )


def test_baselines_are_only_written_by_activation(services: Services) -> None:
    make_draft(services, milestones=2)
    with services.db.reading() as session:
        assert session.scalars(select(Baseline)).all() == []
        assert len(session.scalars(select(Milestone)).all()) == 2
