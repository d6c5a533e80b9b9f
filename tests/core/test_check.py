"""The integrity check finds data changed behind the application's back."""

from __future__ import annotations

import hashlib
import json
import re
from datetime import date
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import delete, func, select, update

from core.check import Scope, check_records, run_check
from core.db import Database
from core.history import (
    BROKEN_LINK,
    EDITED,
    MISSING,
    NO_HEAD,
    TRUNCATED,
    client_stream,
    engagement_stream,
    event_hash,
    verify_stream,
    verify_streams,
)
from core.models import (
    Engagement,
    HistoryEvent,
    HistoryStream,
    Idea,
    Milestone,
    SignOff,
)
from core.services import Services, SignatureInput
from tests.factories import Built, accept, make_active, make_client

CODE = "ACME-2026-01"


def sign(services: Services, position: int) -> None:
    record = services.signoffs.for_milestone(CODE, position)
    services.signoffs.record_signature(
        record.id,
        SignatureInput(
            method="scan",
            signer="Marie Dupont",
            signed_on=date(2026, 3, 3),
            returned_file=b"%PDF-1.7 scanned",
            verified=True,
            reason="matched by document id",
        ),
    )


@pytest.fixture
def built(services: Services) -> Built:
    """An active engagement with a signed, invoiced milestone, an accepted one, an open
    one, a diverted idea and a completed second engagement."""
    built = make_active(services, code=CODE, milestones=3)
    m1, m2, _ = built.milestone_ids
    accept(services, built, m1)
    sign(services, 1)
    services.workflow.mark_invoiced(m1, date(2026, 3, 10))
    accept(services, built, m2)
    idea = services.ideas.capture(
        built.engagement_id, description="Chatbot", raised_by="Marie", raised_on=date(2026, 3, 1)
    ).created
    assert idea is not None
    services.ideas.divert([idea], code="ACME-2026-02")
    other = make_active(
        services, code="DONE-01", milestones=1, client=(built.client_id, built.contact_id)
    )
    accept(services, other, other.milestone_ids[0])
    services.engagements.close(other.engagement_id)
    return built


def tamper(db: Database, *statements: object) -> None:
    with db.engine.begin() as conn:
        for statement in statements:
            conn.execute(statement)  # type: ignore[call-overload]


def messages(db: Database, area: str | None = None) -> list[str]:
    return [p.message for p in run_check(db) if area is None or p.area == area]


def stream_length(db: Database, built: Built) -> int:
    with db.reading() as session:
        stream = engagement_stream(built.engagement_id)
        return int(session.scalar(select(func.count()).where(HistoryEvent.stream == stream)) or 0)


def test_a_database_written_by_the_services_has_no_problems(db: Database, built: Built) -> None:
    assert run_check(db) == []


def test_an_empty_database_has_no_problems(db: Database) -> None:
    assert run_check(db) == []


def test_an_edited_event_is_reported(db: Database, built: Built) -> None:
    stream = engagement_stream(built.engagement_id)
    tamper(
        db,
        update(HistoryEvent)
        .where(HistoryEvent.stream == stream, HistoryEvent.seq == 3)
        .values(after='{"amount_minor":1}'),
    )
    assert messages(db) == [
        f"the history of {CODE}, event 3: event was edited after it was written"
    ]


def test_a_deleted_middle_event_is_reported(db: Database, built: Built) -> None:
    stream = engagement_stream(built.engagement_id)
    tamper(db, delete(HistoryEvent).where(HistoryEvent.stream == stream, HistoryEvent.seq == 5))
    assert messages(db) == [f"the history of {CODE}, event 5: event 5 is missing"]


def test_a_deleted_last_event_is_reported(db: Database, built: Built) -> None:
    stream = engagement_stream(built.engagement_id)
    last = stream_length(db, built)
    tamper(db, delete(HistoryEvent).where(HistoryEvent.stream == stream, HistoryEvent.seq == last))
    found = messages(db, "history")
    assert len(found) == 1
    assert found[0].startswith(f"the history of {CODE}, event {last}:")
    assert "deleted" in found[0]


def test_a_deleted_chain_head_is_reported(db: Database, built: Built) -> None:
    stream = engagement_stream(built.engagement_id)
    tamper(db, delete(HistoryStream).where(HistoryStream.key == stream))
    found = messages(db, "history")
    assert found == [
        f"the history of {CODE} has events but no chain head: "
        "its record of the latest event was deleted"
    ]


def test_a_changed_amount_of_an_active_milestone_breaks_the_baseline(
    db: Database, built: Built
) -> None:
    tamper(
        db,
        update(Milestone)
        .where(Milestone.id == built.milestone_ids[2])
        .values(amount_minor=350_000),
    )
    found = messages(db, "baseline")
    assert f"{CODE}: the milestones add up to 6500.00 EUR but baseline v1 locked 6000.00 EUR" in (
        found
    )
    assert f"{CODE}: milestone 3: amount changed since baseline v1" in found


def test_an_edited_baseline_snapshot_is_reported(db: Database, built: Built) -> None:
    from core.models import Baseline

    tamper(
        db,
        update(Baseline)
        .where(Baseline.engagement_id == built.engagement_id)
        .values(snapshot=func.replace(Baseline.snapshot, "300000", "1")),
    )
    assert messages(db, "baseline") == [
        f"{CODE}: baseline v1 was altered: its snapshot no longer matches its fingerprint"
    ]


def test_a_changed_signoff_snapshot_is_reported(db: Database, built: Built) -> None:
    tamper(
        db,
        update(SignOff)
        .where(SignOff.milestone_id == built.milestone_ids[0])
        .values(snapshot=func.replace(SignOff.snapshot, "100000", "900000")),
    )
    assert messages(db, "sign-off") == [
        f"{CODE} milestone 1: sign-off {CODE}-M01-R1 was altered: its snapshot no longer "
        "matches its fingerprint"
    ]


def test_a_signed_state_without_a_signature_is_reported(db: Database, built: Built) -> None:
    tamper(
        db,
        update(Milestone).where(Milestone.id == built.milestone_ids[1]).values(state="invoiced"),
    )
    assert messages(db, "sign-off") == [
        f"{CODE} milestone 2 is invoiced but no signature is recorded"
    ]


def test_gaps_and_negative_amounts_in_a_roadmap_are_reported(db: Database, built: Built) -> None:
    tamper(
        db,
        update(Milestone).where(Milestone.id == built.milestone_ids[1]).values(position=7),
        update(Milestone).where(Milestone.id == built.milestone_ids[2]).values(amount_minor=-5),
    )
    found = messages(db, "roadmap")
    assert found == [
        f"{CODE}: milestone positions must run 1 to 3 without gaps, found 1, 3, 7",
        f"{CODE} milestone 3: the amount is negative (-0.05 EUR)",
    ]


def test_a_diverted_idea_pointing_elsewhere_is_reported(
    services: Services, db: Database, built: Built
) -> None:
    stranger = make_active(
        services, code="ELSE-01", milestones=1, client=make_client(services, "X")
    )
    tamper(
        db,
        update(Engagement)
        .where(Engagement.code == "ACME-2026-02")
        .values(parent_id=stranger.engagement_id),
    )
    assert messages(db, "ideas") == [
        f"{CODE}: the diverted idea 'Chatbot' went to ACME-2026-02, which is not a spin-off "
        f"of {CODE}"
    ]
    tamper(db, update(Idea).values(spinoff_id=None))
    assert messages(db, "ideas") == [
        f"{CODE}: the diverted idea 'Chatbot' has no spin-off engagement"
    ]


def test_a_completed_engagement_with_open_work_is_reported(db: Database, built: Built) -> None:
    done_id = select(Engagement.id).where(Engagement.code == "DONE-01").scalar_subquery()
    tamper(
        db, update(Milestone).where(Milestone.engagement_id == done_id).values(state="submitted")
    )
    assert messages(db, "status") == [
        "DONE-01 is completed but milestone 1 is submitted, not accepted"
    ]


def test_a_row_pointing_at_a_missing_record_is_reported(db: Database, built: Built) -> None:
    orphan = (
        "INSERT INTO criterion (id, milestone_id, position, text, target) "
        "VALUES ('orphan', 'no-such-milestone', 1, 'x', '')"
    )
    if not db.is_sqlite:
        # PostgreSQL enforces foreign keys itself: the damage cannot even be written.
        from sqlalchemy import text
        from sqlalchemy.exc import IntegrityError

        with pytest.raises(IntegrityError):
            tamper(db, text(orphan))
        return
    import sqlite3

    path = db.engine.url.database
    assert path is not None
    raw = sqlite3.connect(path)  # foreign keys are off on a plain connection
    try:
        raw.execute(orphan)
        raw.commit()
    finally:
        raw.close()
    (found,) = messages(db, "database")
    assert re.fullmatch(r"a row of criterion \(row \d+\) refers to a missing milestone", found)


def test_a_chain_head_without_any_event_left_is_reported(db: Database, built: Built) -> None:
    stream = engagement_stream(built.engagement_id)
    tamper(db, delete(HistoryEvent).where(HistoryEvent.stream == stream))
    assert messages(db, "history") == [
        f"the history of {CODE}, event 1: events at the end of the chain were deleted"
    ]


# ``event_hash`` assembles its text by hand for speed; every hash ever stored was made from
# the generic JSON encoding below, so the two must agree byte for byte.

_field = st.text(max_size=40)


@settings(max_examples=300, deadline=None)
@given(
    stream=_field,
    seq=st.integers(min_value=0, max_value=2**40),
    at=_field,
    actor=_field,
    entity=_field,
    entity_id=_field,
    action=_field,
    before=_field,
    after=_field,
    prev_hash=_field,
)
def test_the_event_hash_is_the_sha256_of_the_sorted_compact_json(**fields: Any) -> None:
    names = {"prev_hash": "prev"}
    body = json.dumps(
        {names.get(key, key): value for key, value in fields.items()},
        sort_keys=True,
        ensure_ascii=False,
        separators=(",", ":"),
    )
    assert event_hash(**fields) == hashlib.sha256(body.encode("utf-8")).hexdigest()


@pytest.mark.parametrize(
    "damage",
    ["edit", "edit-time", "delete-middle", "delete-last", "delete-head", "relink"],
)
def test_each_kind_of_damage_is_reported_once_at_its_event(
    db: Database, built: Built, damage: str
) -> None:
    stream = engagement_stream(built.engagement_id)
    last = stream_length(db, built)
    where = (HistoryEvent.stream == stream, HistoryEvent.seq == 4)
    statement, expected = {
        "edit": (update(HistoryEvent).where(*where).values(actor="someone else"), (4, EDITED)),
        # The same instant spelt another way: only the stored text was hashed.
        "edit-time": (
            update(HistoryEvent)
            .where(*where)
            .values(at=func.replace(HistoryEvent.at, "Z", "+00:00")),
            (4, EDITED),
        ),
        "delete-middle": (delete(HistoryEvent).where(*where), (4, MISSING.format(seq=4))),
        "delete-last": (
            delete(HistoryEvent).where(HistoryEvent.stream == stream, HistoryEvent.seq == last),
            (last, TRUNCATED),
        ),
        "delete-head": (delete(HistoryStream).where(HistoryStream.key == stream), (0, NO_HEAD)),
        "relink": (update(HistoryEvent).where(*where).values(prev_hash="0" * 64), (4, BROKEN_LINK)),
    }[damage]
    tamper(db, statement)
    with db.reading() as session:
        everywhere = [(p.stream, p.seq, p.message) for p in verify_streams(session)]
        alone = [(p.stream, p.seq, p.message) for p in verify_streams(session, stream)]
        one = [(p.seq, p.message) for p in verify_stream(session, stream)]
        elsewhere = list(verify_streams(session, client_stream(built.client_id)))
    assert everywhere == alone == [(stream, *expected)]
    assert elsewhere == []
    # Per stream, a lost head is not a break of the chain: the check reports it instead.
    assert one == ([] if damage == "delete-head" else [expected])


# --- the same rules on part of the database (what an import runs on its records) ----------


def _scope_of(db: Database, *codes: str) -> Scope:
    with db.reading() as session:
        ids = tuple(
            session.scalars(
                select(Engagement.id).where(Engagement.code.in_(codes)).order_by(Engagement.code)
            )
        )
    return Scope(ids, tuple(engagement_stream(i) for i in ids))


def _damage_everything(db: Database, built: Built) -> None:
    done_id = select(Engagement.id).where(Engagement.code == "DONE-01").scalar_subquery()
    tamper(
        db,
        update(Milestone).where(Milestone.id == built.milestone_ids[2]).values(position=9),
        update(Milestone).where(Milestone.id == built.milestone_ids[1]).values(state="paid"),
        update(Milestone).where(Milestone.engagement_id == done_id).values(state="planned"),
        update(Idea).values(spinoff_id=None),
        update(HistoryEvent)
        .where(HistoryEvent.stream == engagement_stream(built.engagement_id), HistoryEvent.seq == 2)
        .values(actor="someone else"),
        update(HistoryEvent)
        .where(HistoryEvent.stream == client_stream(built.client_id), HistoryEvent.seq == 1)
        .values(actor="someone else"),
    )


def test_a_scope_limits_every_rule_to_its_engagements_and_streams(
    db: Database, built: Built
) -> None:
    _damage_everything(db, built)
    everything = run_check(db)
    assert {p.area for p in everything} >= {"roadmap", "baseline", "sign-off", "status", "ideas"}
    acme, done = _scope_of(db, CODE), _scope_of(db, "DONE-01")
    clients = Scope((), (client_stream(built.client_id),))
    with db.reading() as session:
        whole = check_records(session)
        on_acme = check_records(session, acme)
        on_done = check_records(session, done)
        on_client = check_records(session, clients)
        on_nothing = check_records(session, Scope((), ()))
        on_all = check_records(session, _scope_of(db, CODE, "ACME-2026-02", "DONE-01"))
    assert whole == everything  # no damaged file here: check is just the rules
    assert on_nothing == []
    assert [p.message for p in on_client] == [
        "the history of client ACME SA, event 1: event was edited after it was written"
    ]
    assert all(CODE in p.message for p in on_acme) and len(on_acme) > 4
    assert [p.message for p in on_done] == [
        "DONE-01 is completed but milestone 1 is planned, not accepted"
    ]
    assert sorted(on_all + on_client, key=whole.index) == whole


def test_a_scope_cut_in_parts_finds_the_same_problems_in_the_same_order(
    db: Database, built: Built, monkeypatch: pytest.MonkeyPatch
) -> None:
    _damage_everything(db, built)
    scope = _scope_of(db, CODE, "ACME-2026-02", "DONE-01")
    with db.reading() as session:
        at_once = check_records(session, scope)
        monkeypatch.setattr("core.check.scope.PART", 1)
        assert len(list(scope.parts())) == 3
        one_by_one = check_records(session, scope)
    assert one_by_one == at_once and at_once
