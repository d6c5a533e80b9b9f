"""History: every change is a hash-chained event written with the change; tampering shows.

The read-back helpers it uses (``db_state``, ``refused``, ...) are in tests/checks.py."""

from __future__ import annotations

import itertools
import json
from collections.abc import Callable
from datetime import UTC, date
from typing import Any

import pytest
from sqlalchemy import delete, update

from core.db import Database
from core.errors import DomainError, ValidationError
from core.history import GENESIS, ChainProblem, engagement_stream, verify_stream
from core.models import HistoryEvent, HistoryStream
from core.services import CriterionInput, Services, VerdictInput
from core.uow import UnitOfWork
from tests.checks import all_streams_verify, db_state, event_count, refused, stream_events
from tests.factories import accept, criteria_ids, make_active, make_client, make_draft

# --- every action writes history, in its own transaction ---------------------------------


def _scenario(s: Services) -> list[tuple[str, Callable[[], object]]]:
    """A walk through the whole product, one user action per step."""
    ctx: dict[str, Any] = {}

    def client() -> None:
        ctx["client"] = make_client(s)

    def create() -> None:
        ctx["e"] = s.engagements.create(
            code="HIST-01",
            title="History walk",
            client_id=ctx["client"][0],
            currency="EUR",
            start_date=date(2026, 1, 5),
            target_end_date=date(2026, 6, 30),
        ).created

    def add() -> None:
        ctx["m"] = s.roadmap.add_milestone(
            ctx["e"],
            title="Design",
            amount_minor=50_000,
            due=date(2026, 2, 1),
            criteria=[CriterionInput("Approved by the CMO")],
        ).created

    def review() -> None:
        s.workflow.record_review(
            ctx["m"],
            held_on=date(2026, 2, 2),
            reviewer_id=ctx["client"][1],
            verdicts=[VerdictInput(c, "met") for c in criteria_ids(s, ctx["m"])],
        )

    def idea() -> None:
        ctx["idea"] = s.ideas.capture(
            ctx["e"], description="A mobile app", raised_by="Marie", raised_on=date(2026, 2, 3)
        ).created

    return [
        ("create client", client),
        ("create engagement", create),
        ("edit engagement", lambda: s.engagements.update(ctx["e"], title="History walk v2")),
        ("add milestone", add),
        ("edit milestone", lambda: s.roadmap.update_milestone(ctx["m"], deliverables="Mock-ups")),
        ("apply template", lambda: s.roadmap.apply_template(ctx["m"], "Document / report")),
        ("activate", lambda: s.engagements.activate(ctx["e"])),
        (
            "move forecast",
            lambda: s.roadmap.move_forecast(ctx["m"], date(2026, 2, 9), "Client holidays"),
        ),
        ("start", lambda: s.workflow.start(ctx["m"])),
        ("submit", lambda: s.workflow.submit(ctx["m"], date(2026, 2, 2))),
        ("review", review),
        ("capture idea", idea),
        ("edit idea", lambda: s.ideas.update(ctx["idea"], priority="must")),
        ("divert idea", lambda: s.ideas.divert([ctx["idea"]], code="HIST-02")),
        ("add template", lambda: s.templates.create(name="Mine", criteria=[CriterionInput("x")])),
    ]


def test_every_action_writes_at_least_one_event_and_the_chains_verify(services: Services) -> None:
    for name, step in _scenario(services):
        before = event_count(services.db)
        step()
        assert event_count(services.db) > before, f"'{name}' left no trace in the history"
    problems = all_streams_verify(services.db)
    assert len(problems) >= 4  # engagement x2, client, template
    assert all(p == [] for p in problems.values()), problems


def test_events_record_who_when_what_and_before_after(services: Services) -> None:
    built = make_draft(services, milestones=1)
    services.roadmap.update_milestone(built.milestone_ids[0], amount_minor=123_456)
    events = stream_events(services.db, engagement_stream(built.engagement_id))
    assert [e.seq for e in events] == list(range(1, len(events) + 1))
    assert events[0].prev_hash == GENESIS
    assert all(later.prev_hash == earlier.hash for earlier, later in itertools.pairwise(events))
    edit = events[-1]
    assert (edit.entity, edit.action, edit.actor) == ("milestone", "edited", "tester")
    assert edit.entity_id == built.milestone_ids[0]
    assert edit.at.tzinfo is not None and edit.at.utcoffset() == UTC.utcoffset(None)
    assert json.loads(edit.before)["amount_minor"] == 100_000
    assert json.loads(edit.after)["amount_minor"] == 123_456


def test_a_refused_action_writes_no_event(services: Services) -> None:
    built = make_active(services, milestones=1)
    refused(
        services.db,
        DomainError,
        lambda: services.roadmap.update_milestone(built.milestone_ids[0], amount_minor=1),
    )
    refused(
        services.db, ValidationError, lambda: services.engagements.activate(built.engagement_id)
    )


def test_a_change_and_its_event_commit_or_roll_back_together(
    services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    client_id, _ = make_client(services)
    before = db_state(services.db)

    def failing_commit(self: UnitOfWork) -> None:
        self.flush()  # the engagement and its event are written ...
        raise RuntimeError("disk unplugged")  # ... and then the commit never happens

    monkeypatch.setattr(UnitOfWork, "commit", failing_commit)
    with pytest.raises(RuntimeError):
        services.engagements.create(
            code="LOST-01",
            title="Never saved",
            client_id=client_id,
            currency="EUR",
            start_date=date(2026, 1, 1),
            target_end_date=date(2026, 2, 1),
        )
    assert db_state(services.db) == before


def test_an_actor_name_is_stored_normalised(db: Database) -> None:
    s = Services(db, "Ame\u0301lie")
    client_id, _ = make_client(s)
    (event,) = stream_events(db, f"client:{client_id}")
    assert event.actor == "Amélie"
    assert all_streams_verify(db) == {f"client:{client_id}": []}


# --- tampering is detected ----------------------------------------------------------------


@pytest.fixture
def chain(services: Services) -> tuple[Database, str]:
    built = make_active(services, milestones=2)
    accept(services, built, built.milestone_ids[0])
    stream = engagement_stream(built.engagement_id)
    assert len(stream_events(services.db, stream)) >= 8
    return services.db, stream


def _verify(db: Database, stream: str) -> list[ChainProblem]:
    with db.reading() as session:
        return verify_stream(session, stream)


def _raw(db: Database, statement: Any) -> None:
    with db.engine.begin() as conn:
        conn.execute(statement)


def test_an_untouched_chain_verifies(chain: tuple[Database, str]) -> None:
    assert _verify(*chain) == []


@pytest.mark.parametrize("column", ["after", "before", "actor", "action", "entity_id"])
def test_an_event_edited_with_raw_sql_is_detected(chain: tuple[Database, str], column: str) -> None:
    db, stream = chain
    edited = {
        "after": '{"amount_minor":1}',
        "before": '{"amount_minor":999}',
        "actor": "someone else",
        "action": "deleted",
        "entity_id": "00000000-0000-0000-0000-000000000000",
    }[column]
    where = (HistoryEvent.stream == stream) & (HistoryEvent.seq == 3)
    _raw(db, update(HistoryEvent).where(where).values({column: edited}))
    problems = _verify(db, stream)
    assert [(p.seq, p.message) for p in problems] == [(3, "event was edited after it was written")]


def test_an_event_rewritten_with_a_fresh_hash_breaks_the_next_link(
    chain: tuple[Database, str],
) -> None:
    db, stream = chain
    where = (HistoryEvent.stream == stream) & (HistoryEvent.seq == 2)
    _raw(db, update(HistoryEvent).where(where).values(hash="f" * 64))
    problems = _verify(db, stream)
    assert problems and problems[0].seq in (2, 3)


def test_a_deleted_middle_event_is_detected(chain: tuple[Database, str]) -> None:
    db, stream = chain
    _raw(db, delete(HistoryEvent).where((HistoryEvent.stream == stream) & (HistoryEvent.seq == 4)))
    assert [(p.seq, p.message) for p in _verify(db, stream)] == [(4, "event 4 is missing")]


def test_a_deleted_last_event_is_detected(chain: tuple[Database, str]) -> None:
    db, stream = chain
    last = len(stream_events(db, stream))
    where = (HistoryEvent.stream == stream) & (HistoryEvent.seq == last)
    _raw(db, delete(HistoryEvent).where(where))
    problems = _verify(db, stream)
    assert len(problems) == 1 and "deleted" in problems[0].message


def test_a_deleted_first_event_is_detected(chain: tuple[Database, str]) -> None:
    db, stream = chain
    _raw(db, delete(HistoryEvent).where((HistoryEvent.stream == stream) & (HistoryEvent.seq == 1)))
    assert [p.seq for p in _verify(db, stream)] == [1]


def test_a_truncated_stream_with_a_forged_head_still_breaks_the_link_chain(
    chain: tuple[Database, str],
) -> None:
    """Deleting event 5 and renumbering the rest is still caught by the prev-hash links."""
    db, stream = chain
    total = len(stream_events(db, stream))
    _raw(db, delete(HistoryEvent).where((HistoryEvent.stream == stream) & (HistoryEvent.seq == 5)))
    for seq in range(6, total + 1):
        where = (HistoryEvent.stream == stream) & (HistoryEvent.seq == seq)
        _raw(db, update(HistoryEvent).where(where).values(seq=seq - 1))
    _raw(db, update(HistoryStream).where(HistoryStream.key == stream).values(last_seq=total - 1))
    problems = _verify(db, stream)
    assert problems and problems[0].seq == 5


def test_tampering_in_one_stream_leaves_the_others_verified(
    services: Services, chain: tuple[Database, str]
) -> None:
    db, stream = chain
    other = make_draft(services, code="OTHER-01", client=make_client(services, "Other Ltd"))
    where = (HistoryEvent.stream == stream) & (HistoryEvent.seq == 2)
    _raw(db, update(HistoryEvent).where(where).values(actor="mallory"))
    results = all_streams_verify(db)
    assert results[stream] != []
    assert results[engagement_stream(other.engagement_id)] == []
