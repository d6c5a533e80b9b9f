"""Ideas: captured beside the locked scope, settled once, diverted into spin-offs that
leave the parent's baseline exactly as it was."""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from typing import Any

import pytest
from sqlalchemy import event, select

from core.db import Database, open_database
from core.errors import NotFoundError, StaleEditError, TransitionError, ValidationError
from core.history import engagement_stream
from core.models import Baseline, Engagement, Idea, ReviewRound
from core.services import CriterionInput, Services
from tests.checks import all_streams_verify, refused, stream_events
from tests.factories import Built, accept, make_active, make_client, make_draft

RAISED = date(2026, 2, 10)


def capture(
    s: Services, engagement_id: str, description: str = "Add a mobile app", **kw: Any
) -> str:
    created = s.ideas.capture(
        engagement_id, description=description, raised_by="Marie Dupont", raised_on=RAISED, **kw
    ).created
    assert created is not None
    return created


def idea(s: Services, idea_id: str) -> dict[str, Any]:
    with s.db.reading() as session:
        i = session.get(Idea, idea_id)
        assert i is not None
        return {
            "state": i.state,
            "priority": i.priority,
            "source": i.source,
            "spinoff": i.spinoff_id,
            "description": i.description,
            "goals": i.goals,
            "budget": i.budget,
            "version": i.version,
        }


def scope(s: Services, engagement_id: str) -> dict[str, Any]:
    """Everything of an engagement that an idea must never touch."""
    with s.db.reading() as session:
        e = session.get(Engagement, engagement_id)
        assert e is not None
        return {
            "status": e.status,
            "version": e.version,
            "baselines": [(b.version, b.snapshot, b.fingerprint) for b in e.baselines],
            "milestones": [
                {
                    "id": m.id,
                    "position": m.position,
                    "title": m.title,
                    "amount": m.amount_minor,
                    "due": (m.baseline_due, m.forecast_due),
                    "version": m.version,
                    "criteria": [(c.id, c.text) for c in m.criteria],
                }
                for m in e.milestones
            ],
        }


@pytest.fixture
def active(services: Services) -> Built:
    return make_active(services, milestones=2)


# --- capture and edit ---------------------------------------------------------------------


def test_capturing_an_idea_leaves_the_scope_alone(services: Services, active: Built) -> None:
    before = scope(services, active.engagement_id)
    iid = capture(
        services,
        active.engagement_id,
        priority="MUST",
        source="call",
        qualification={"goals": "More mobile sign-ups", "budget": "≈ 20 k€"},
        follow_up=date(2026, 3, 1),
    )
    assert scope(services, active.engagement_id) == before
    got = idea(services, iid)
    assert (got["state"], got["priority"], got["source"]) == ("captured", "must", "call")
    assert (got["goals"], got["budget"]) == ("More mobile sign-ups", "≈ 20 k€")
    event = stream_events(services.db, engagement_stream(active.engagement_id))[-1]
    assert (event.entity, event.action) == ("idea", "captured")


def test_an_idea_can_come_from_a_review_round(services: Services, active: Built) -> None:
    accept(services, active, active.milestone_ids[0])
    with services.db.reading() as session:
        round_id = session.scalars(select(ReviewRound.id)).one()
    iid = capture(services, active.engagement_id, source="review_round", review_round_id=round_id)
    assert idea(services, iid)["source"] == "review_round"
    other = make_active(services, code="OTHER-01", client=make_client(services, "Other"))
    refused(
        services.db,
        ValidationError,
        lambda: capture(services, other.engagement_id, review_round_id=round_id),
        "another engagement",
    )


@pytest.mark.parametrize(
    ("kw", "words"),
    [
        ({"description": "  "}, ["description", "empty"]),
        ({"description": "x" * 10_001}, ["description", "too long"]),
        ({"description": "hidden \u202e text"}, ["description", "U+202E"]),
        ({"raised_by": ""}, ["raised by", "empty"]),
        ({"priority": "urgent"}, ["priority", "must, should, could, wont"]),
        ({"source": "fax"}, ["source", "meeting"]),
        ({"qualification": {"mood": "good"}}, ["mood", "qualification field"]),
        ({"qualification": {"goals": "\x00"}}, ["goals"]),
    ],
)
def test_bad_ideas_are_refused(
    services: Services, active: Built, kw: dict[str, Any], words: list[str]
) -> None:
    args: dict[str, Any] = {
        "description": "Add a mobile app",
        "raised_by": "Marie",
        "raised_on": RAISED,
    }
    args.update(kw)
    refused(
        services.db,
        ValidationError,
        lambda: services.ideas.capture(active.engagement_id, **args),
        *words,
    )


def test_a_cancelled_engagement_takes_no_new_ideas(services: Services, active: Built) -> None:
    services.engagements.cancel(active.engagement_id, "stopped")
    refused(
        services.db, ValidationError, lambda: capture(services, active.engagement_id), "cancelled"
    )


def test_ideas_can_be_captured_on_a_draft_too(services: Services) -> None:
    built = make_draft(services, milestones=1)
    before = scope(services, built.engagement_id)
    capture(services, built.engagement_id)
    assert scope(services, built.engagement_id) == before


def test_a_captured_idea_can_be_edited_and_a_stale_edit_is_refused(
    services: Services, active: Built
) -> None:
    iid = capture(services, active.engagement_id)
    version = idea(services, iid)["version"]
    services.ideas.update(
        iid, expected_version=version, description="Add an iOS app", priority="could"
    )
    assert (idea(services, iid)["description"], idea(services, iid)["priority"]) == (
        "Add an iOS app",
        "could",
    )
    refused(
        services.db,
        StaleEditError,
        lambda: services.ideas.update(iid, expected_version=version, description="Android"),
        "reload",
    )


# --- settling ideas -----------------------------------------------------------------------


def test_parking_an_idea_makes_it_a_wont_have(services: Services, active: Built) -> None:
    iid = capture(services, active.engagement_id, priority="must")
    services.ideas.park(iid, "Next year")
    assert (idea(services, iid)["state"], idea(services, iid)["priority"]) == ("parked", "wont")


def test_declining_needs_a_reason(services: Services, active: Built) -> None:
    iid = capture(services, active.engagement_id)
    refused(services.db, ValidationError, lambda: services.ideas.decline(iid, " "), "reason")
    services.ideas.decline(iid, "Out of the brand's strategy")
    assert idea(services, iid)["state"] == "declined"
    event = stream_events(services.db, engagement_stream(active.engagement_id))[-1]
    assert json.loads(event.after) == {"state": "declined", "reason": "Out of the brand's strategy"}


@pytest.mark.parametrize("first", ["park", "decline", "divert"])
def test_a_settled_idea_is_settled_for_good(services: Services, active: Built, first: str) -> None:
    iid = capture(services, active.engagement_id)
    {
        "park": lambda: services.ideas.park(iid),
        "decline": lambda: services.ideas.decline(iid, "no"),
        "divert": lambda: services.ideas.divert([iid], code="ACME-2026-02"),
    }[first]()
    state = idea(services, iid)["state"]
    for action in (
        lambda: services.ideas.park(iid),
        lambda: services.ideas.decline(iid, "no"),
        lambda: services.ideas.divert([iid], code="ACME-2026-09"),
        lambda: services.ideas.update(iid, description="changed"),
    ):
        refused(services.db, TransitionError, action, state)


# --- settling several ideas as one action ------------------------------------------------


@pytest.fixture
def bob(db_url: str, db: Database) -> Iterator[Services]:
    """Another person on another app instance: own engine, same database."""
    other = open_database(db_url)
    try:
        yield Services(other, "bob")
    finally:
        other.close()


def five(s: Services, engagement_id: str) -> list[str]:
    return [capture(s, engagement_id, f"Idea number {n}", priority="could") for n in range(5)]


@contextmanager
def commits(db: Database) -> Iterator[list[int]]:
    """Count the transactions committed on ``db`` inside the block."""
    seen: list[int] = []

    def on_commit(_conn: object) -> None:
        seen.append(1)

    event.listen(db.engine, "commit", on_commit)
    try:
        yield seen
    finally:
        event.remove(db.engine, "commit", on_commit)


@pytest.mark.parametrize("how", ["park", "decline"])
def test_settling_several_ideas_is_one_transaction(
    services: Services, active: Built, how: str
) -> None:
    ids = five(services, active.engagement_id)
    versions = {i: idea(services, i)["version"] for i in ids}
    stream = engagement_stream(active.engagement_id)
    before = len(stream_events(services.db, stream))
    with commits(services.db) as done:
        if how == "park":
            changes = services.ideas.park_many(ids, "Next year", expected_versions=versions)
        else:
            changes = services.ideas.decline_many(ids, "Out of scope", expected_versions=versions)
    assert len(done) == 1
    assert changes.ideas == set(ids)
    state = "parked" if how == "park" else "declined"
    assert [idea(services, i)["state"] for i in ids] == [state] * 5
    events = stream_events(services.db, stream)[before:]
    assert [(e.entity_id, e.action) for e in events] == [(i, state) for i in ids]
    assert len({e.at for e in events}) == 1  # one action, one moment
    assert all(p == [] for p in all_streams_verify(services.db).values())


def test_parking_five_when_one_was_diverted_meanwhile_parks_none(
    services: Services, bob: Services, active: Built
) -> None:
    ids = five(services, active.engagement_id)
    versions = {i: idea(services, i)["version"] for i in ids}  # what the backlog showed
    bob.ideas.divert([ids[3]], code="ACME-2026-07")
    refusal = refused(
        services.db,
        TransitionError,
        lambda: services.ideas.park_many(ids, "Next year", expected_versions=versions),
        "Idea number 3",
        "diverted",
        "none of the 5",
    )
    assert "Idea number 0" not in refusal.message
    assert [idea(services, i)["state"] for i in ids] == ["captured"] * 3 + ["diverted", "captured"]


def test_settling_several_ideas_when_one_was_edited_meanwhile_settles_none(
    services: Services, bob: Services, active: Built
) -> None:
    ids = five(services, active.engagement_id)
    versions = {i: idea(services, i)["version"] for i in ids}
    bob.ideas.update(ids[1], expected_version=versions[ids[1]], priority="must")
    for action in (
        lambda: services.ideas.park_many(ids, expected_versions=versions),
        lambda: services.ideas.decline_many(ids, "no", expected_versions=versions),
    ):
        refused(services.db, StaleEditError, action, "Idea number 1", "someone else", "reload")
    assert [idea(services, i)["state"] for i in ids] == ["captured"] * 5


def test_settling_several_ideas_refuses_a_missing_one_and_an_empty_choice(
    services: Services, active: Built
) -> None:
    ids = five(services, active.engagement_id)
    refused(
        services.db, NotFoundError, lambda: services.ideas.park_many([*ids, "nope"]), "no longer"
    )
    refused(services.db, ValidationError, lambda: services.ideas.park_many([]), "at least one")
    refused(services.db, ValidationError, lambda: services.ideas.decline_many(ids, "  "), "reason")
    assert [idea(services, i)["state"] for i in ids] == ["captured"] * 5


# --- diversion into a spin-off ------------------------------------------------------------


def test_diverting_ideas_creates_a_linked_draft_spin_off(services: Services, active: Built) -> None:
    services.roadmap.move_forecast(active.milestone_ids[0], date(2026, 2, 20), "late")
    first = capture(services, active.engagement_id, "Mobile app\nFor iOS and Android")
    second = capture(services, active.engagement_id, "Loyalty programme")
    kept = capture(services, active.engagement_id, "Chatbot")
    before = scope(services, active.engagement_id)
    parent_events = len(stream_events(services.db, engagement_stream(active.engagement_id)))

    changes = services.ideas.divert([first, second], code="acme-2026-02")

    spinoff_id = changes.created
    assert spinoff_id is not None
    assert scope(services, active.engagement_id) == before  # baseline fingerprint included
    with services.db.reading() as session:
        parent = session.get(Engagement, active.engagement_id)
        spin = session.get(Engagement, spinoff_id)
        assert parent is not None and spin is not None
        assert (spin.code, spin.status, spin.parent_id) == ("ACME-2026-02", "draft", parent.id)
        assert (spin.client_id, spin.currency, spin.language) == (
            parent.client_id,
            parent.currency,
            parent.language,
        )
        assert spin.title == "Website relaunch — spin-off"
        assert [
            (m.position, m.title, m.deliverables, m.amount_minor, m.state) for m in spin.milestones
        ] == [
            (1, "Mobile app", "Mobile app\nFor iOS and Android", 0, "planned"),
            (2, "Loyalty programme", "Loyalty programme", 0, "planned"),
        ]
        assert spin.baselines == []
    assert idea(services, first)["spinoff"] == idea(services, second)["spinoff"] == spinoff_id
    assert (idea(services, first)["state"], idea(services, kept)["state"]) == (
        "diverted",
        "captured",
    )
    spin_events = stream_events(services.db, engagement_stream(spinoff_id))
    assert spin_events[0].action == "spun_off"
    assert json.loads(spin_events[0].after)["ideas"] == [first, second]
    parent_after = stream_events(services.db, engagement_stream(active.engagement_id))
    assert [e.action for e in parent_after[parent_events:]] == ["diverted", "diverted"]
    assert all(p == [] for p in all_streams_verify(services.db).values())


def test_a_spin_off_is_an_ordinary_draft(services: Services, active: Built) -> None:
    iid = capture(services, active.engagement_id, "Newsletter")
    spinoff_id = services.ideas.divert([iid], code="ACME-2026-02", title="Newsletter").created
    assert spinoff_id is not None
    with services.db.reading() as session:
        spin = session.get(Engagement, spinoff_id)
        assert spin is not None
        mid = spin.milestones[0].id
    refused(
        services.db, ValidationError, lambda: services.engagements.activate(spinoff_id), "amount"
    )
    services.roadmap.update_milestone(
        mid, amount_minor=300_000, due=date(2026, 9, 1), criteria=[CriterionInput("Sent")]
    )
    services.engagements.activate(spinoff_id)
    with services.db.reading() as session:
        fingerprints = {b.engagement_id: b.fingerprint for b in session.scalars(select(Baseline))}
    assert set(fingerprints) == {active.engagement_id, spinoff_id}


def test_the_parent_fingerprint_survives_many_diversions(services: Services, active: Built) -> None:
    with services.db.reading() as session:
        fingerprint = session.scalars(select(Baseline.fingerprint)).one()
    for n in range(3):
        iid = capture(services, active.engagement_id, f"Idea {n}")
        services.ideas.divert([iid], code=f"SPIN-{n:02d}")
    with services.db.reading() as session:
        parent = session.get(Engagement, active.engagement_id)
        assert parent is not None
        assert [b.fingerprint for b in parent.baselines] == [fingerprint]


def test_diversion_refusals_change_nothing(services: Services, active: Built) -> None:
    iid = capture(services, active.engagement_id)
    other = make_active(services, code="OTHER-01", client=make_client(services, "Other"))
    foreign = capture(services, other.engagement_id)
    refused(
        services.db, ValidationError, lambda: services.ideas.divert([], code="X-01"), "at least one"
    )
    refused(
        services.db,
        ValidationError,
        lambda: services.ideas.divert([iid, foreign], code="X-01"),
        "different engagements",
    )
    refused(
        services.db,
        ValidationError,
        lambda: services.ideas.divert([iid], code="other-01"),
        "OTHER-01",
        "already exists",
    )
    refused(
        services.db, ValidationError, lambda: services.ideas.divert([iid], code="bad code"), "code"
    )
    refused(
        services.db,
        NotFoundError,
        lambda: services.ideas.divert(["no-such-idea"], code="X-01"),
        "no longer exists",
    )
    assert idea(services, iid)["state"] == "captured"


def test_ideas_of_a_spin_off_belong_to_the_spin_off(services: Services, active: Built) -> None:
    iid = capture(services, active.engagement_id)
    spinoff_id = services.ideas.divert([iid], code="ACME-2026-02").created
    assert spinoff_id is not None
    before = scope(services, active.engagement_id)
    nested = capture(services, spinoff_id, "Nested idea")
    grand = services.ideas.divert([nested], code="ACME-2026-03").created
    with services.db.reading() as session:
        g = session.get(Engagement, grand)
        assert g is not None and g.parent_id == spinoff_id
    assert scope(services, active.engagement_id) == before


def test_without_a_code_a_spin_off_takes_the_next_free_one(
    services: Services, active: Built
) -> None:
    codes = []
    for _ in range(3):
        spinoff = services.ideas.divert([capture(services, active.engagement_id)]).created
        with services.db.reading() as session:
            e = session.get(Engagement, spinoff)
            assert e is not None
            codes.append(e.code)
    assert codes == ["ACME-2026-01-S1", "ACME-2026-01-S2", "ACME-2026-01-S3"]


def test_a_suggested_spin_off_code_stays_within_the_code_limit(services: Services) -> None:
    from core.queries import next_spinoff_code
    from core.text import CODE_MAX

    long_code = "LONG-" + "X" * (CODE_MAX - 5)
    built = make_draft(services, code=long_code, milestones=1)
    spinoff = services.ideas.divert([capture(services, built.engagement_id)]).created
    with services.db.reading() as session:
        e = session.get(Engagement, spinoff)
        assert e is not None
        assert len(e.code) <= CODE_MAX and e.code.endswith("-S1")
        assert e.code[:-3] == long_code[: CODE_MAX - 3]
        assert next_spinoff_code(session, long_code).endswith("-S2")
