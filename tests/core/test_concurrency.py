"""Two app instances on one database: appends never break the chain, and an edit made on a
stale copy is refused instead of overwriting the other person's change."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from datetime import date

import pytest
from sqlalchemy import func, select

from core.db import Database, open_database
from core.errors import DomainError, StaleEditError, TransitionError
from core.history import engagement_stream
from core.models import Baseline, Engagement, HistoryEvent, Idea, Milestone, ReviewRound, SignOff
from core.services import Services, VerdictInput
from core.uow import UnitOfWork
from tests.checks import all_streams_verify, refused, stream_events
from tests.factories import criteria_ids, make_active, make_draft


@pytest.fixture
def second(db_url: str, db: Database) -> Iterator[Database]:
    """Another "process": its own engine and connections on the same database."""
    other = open_database(db_url)
    try:
        yield other
    finally:
        other.close()


def run_together(actions: list[Callable[[], object]]) -> list[BaseException | None]:
    """Start every action at the same moment on its own thread; collect what each raised."""
    barrier = threading.Barrier(len(actions))
    results: list[BaseException | None] = [None] * len(actions)

    def worker(index: int, action: Callable[[], object]) -> None:
        barrier.wait()
        try:
            action()
        except BaseException as exc:  # reported to the test
            results[index] = exc

    threads = [threading.Thread(target=worker, args=(i, a)) for i, a in enumerate(actions)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
        assert not t.is_alive(), "a writer hung"
    return results


def test_concurrent_appends_to_one_stream_keep_the_chain(db: Database, second: Database) -> None:
    alice, bob = Services(db, "alice"), Services(second, "bob")
    built = make_active(alice, milestones=1)
    stream = engagement_stream(built.engagement_id)
    start = len(stream_events(db, stream))
    per_thread = 5

    def writer(s: Services, name: str) -> Callable[[], None]:
        def run() -> None:
            for n in range(per_thread):
                s.ideas.capture(
                    built.engagement_id,
                    description=f"{name} idea {n}",
                    raised_by=name,
                    raised_on=date(2026, 2, 1),
                )

        return run

    writers = [writer(alice, "alice-1"), writer(bob, "bob-1"), writer(alice, "alice-2")]
    writers.append(writer(bob, "bob-2"))
    assert run_together(writers) == [None] * 4

    events = stream_events(second, stream)
    seqs = [e.seq for e in events]
    assert seqs == list(range(1, start + 4 * per_thread + 1))  # no gap, no duplicate
    assert {e.actor for e in events[start:]} == {"alice", "bob"}
    assert all(p == [] for p in all_streams_verify(db).values())
    with db.reading() as session:
        assert session.scalar(select(func.count()).select_from(Idea)) == 4 * per_thread


def test_concurrent_writers_on_different_engagements(db: Database, second: Database) -> None:
    alice, bob = Services(db, "alice"), Services(second, "bob")
    first = make_draft(alice, code="ONE-01", milestones=0)
    other = make_draft(
        alice, code="TWO-01", milestones=0, client=(first.client_id, first.contact_id)
    )

    def adder(s: Services, engagement_id: str) -> Callable[[], None]:
        def run() -> None:
            for n in range(6):
                s.roadmap.add_milestone(engagement_id, title=f"M{n}", amount_minor=100)

        return run

    assert run_together([adder(alice, first.engagement_id), adder(bob, other.engagement_id)]) == [
        None,
        None,
    ]
    with db.reading() as session:
        for eid in (first.engagement_id, other.engagement_id):
            positions = session.scalars(
                select(Milestone.position)
                .where(Milestone.engagement_id == eid)
                .order_by(Milestone.position)
            ).all()
            assert list(positions) == [1, 2, 3, 4, 5, 6]
    assert all(p == [] for p in all_streams_verify(second).values())


def test_the_same_action_twice_at_once_happens_once(db: Database, second: Database) -> None:
    alice, bob = Services(db, "alice"), Services(second, "bob")
    built = make_draft(alice, milestones=2)
    results = run_together(
        [
            lambda: alice.engagements.activate(built.engagement_id),
            lambda: bob.engagements.activate(built.engagement_id),
        ]
    )
    errors = [r for r in results if r is not None]
    assert len(errors) == 1 and isinstance(errors[0], DomainError), results
    with db.reading() as session:
        assert session.scalar(select(func.count()).select_from(Baseline)) == 1
        actions = session.scalars(
            select(HistoryEvent.action).where(HistoryEvent.action == "activated")
        ).all()
        assert len(actions) == 1


def test_two_people_starting_one_milestone_at_once(db: Database, second: Database) -> None:
    alice, bob = Services(db, "alice"), Services(second, "bob")
    built = make_active(alice, milestones=1)
    mid = built.milestone_ids[0]
    results = run_together([lambda: alice.workflow.start(mid), lambda: bob.workflow.start(mid)])
    errors = [r for r in results if r is not None]
    assert len(errors) == 1 and isinstance(errors[0], DomainError), results
    events = stream_events(db, engagement_stream(built.engagement_id))
    assert [e.action for e in events].count("state_changed") == 1
    assert all(p == [] for p in all_streams_verify(db).values())


# --- the loser of a race is refused in words, on both databases ----------------------------
# SQLite queues writers (BEGIN IMMEDIATE), so the second one reads the first one's result and
# its rule refuses it; PostgreSQL runs them side by side and the second one collides with the
# first one's row in a unique key. Either way: one wins, the other gets a readable refusal
# (never the database's IntegrityError), and nothing half-done is left.


Race = Callable[[list[Callable[[], object]]], list[BaseException | None]]


@pytest.fixture
def race(db: Database, monkeypatch: pytest.MonkeyPatch) -> Race:
    """``run_together``, except that on PostgreSQL each writer is held at its first flush
    until every other one has got there too: all have read before any writes, so the race
    happens every time rather than by chance. (SQLite queues writers from their first
    statement: nothing to line up there, and holding one would wait for the others in vain.)"""

    def go(actions: list[Callable[[], object]]) -> list[BaseException | None]:
        if db.is_sqlite:
            return run_together(actions)
        barrier = threading.Barrier(len(actions), timeout=30)
        waited = threading.local()
        flush = UnitOfWork.flush

        def flush_when_all_have_read(self: UnitOfWork) -> None:
            if not getattr(waited, "done", False):
                waited.done = True
                barrier.wait()
            flush(self)

        with monkeypatch.context() as patch:
            patch.setattr(UnitOfWork, "flush", flush_when_all_have_read)
            return run_together(actions)

    return go


def _one_won(results: list[BaseException | None]) -> DomainError:
    errors = [r for r in results if r is not None]
    assert len(errors) == 1, results
    assert isinstance(errors[0], DomainError), repr(errors[0])
    return errors[0]


def _race_words(refusal: DomainError) -> None:
    """The loser hears that someone else got there first (its rule or the stale refusal)."""
    if isinstance(refusal, StaleEditError):
        assert "someone else" in refusal.message and "reload" in refusal.message
    else:
        assert isinstance(refusal, TransitionError), repr(refusal)


def test_two_people_diverting_one_idea_at_once(db: Database, second: Database, race: Race) -> None:
    alice, bob = Services(db, "alice"), Services(second, "bob")
    built = make_active(alice, milestones=1)
    idea = alice.ideas.capture(
        built.engagement_id,
        description="A mobile app",
        raised_by="Marie",
        raised_on=date(2026, 2, 1),
    ).created
    assert idea is not None
    results = race([lambda: alice.ideas.divert([idea]), lambda: bob.ideas.divert([idea])])
    _race_words(_one_won(results))
    with db.reading() as session:
        assert session.scalar(select(func.count()).select_from(Engagement)) == 2  # one spin-off
        stored = session.get(Idea, idea)
        assert stored is not None and stored.state == "diverted"
    events = stream_events(db, engagement_stream(built.engagement_id))
    assert [e.action for e in events].count("diverted") == 1
    assert all(p == [] for p in all_streams_verify(db).values())


def test_two_people_recording_a_review_at_once(db: Database, second: Database, race: Race) -> None:
    alice, bob = Services(db, "alice"), Services(second, "bob")
    built = make_active(alice, milestones=1)
    mid = built.milestone_ids[0]
    alice.workflow.start(mid)
    alice.workflow.submit(mid, date(2026, 3, 2))

    def review(s: Services) -> Callable[[], object]:
        verdicts = [VerdictInput(c, "met", "fine") for c in criteria_ids(s, mid)]
        return lambda: s.workflow.record_review(
            mid, held_on=date(2026, 3, 3), reviewer_id=built.contact_id, verdicts=verdicts
        )

    _race_words(_one_won(race([review(alice), review(bob)])))
    with db.reading() as session:
        assert session.scalar(select(func.count()).select_from(ReviewRound)) == 1
        assert session.scalar(select(func.count()).select_from(SignOff)) == 1
        milestone = session.get(Milestone, mid)
        assert milestone is not None and milestone.state == "accepted"
    assert all(p == [] for p in all_streams_verify(db).values())


def test_two_people_adding_a_milestone_at_once(db: Database, second: Database, race: Race) -> None:
    """Both additions are kept on SQLite (queued); on PostgreSQL both take the same next
    position and the second is refused, to be tried again. Never a raw database error."""
    alice, bob = Services(db, "alice"), Services(second, "bob")
    built = make_draft(alice, milestones=1)

    def add(s: Services, title: str) -> Callable[[], object]:
        return lambda: s.roadmap.add_milestone(built.engagement_id, title=title)

    results = race([add(alice, "Alice's"), add(bob, "Bob's")])
    errors = [r for r in results if r is not None]
    for error in errors:
        assert isinstance(error, StaleEditError), repr(error)
    assert len(errors) == (0 if db.is_sqlite else 1), results
    with db.reading() as session:
        positions = session.scalars(
            select(Milestone.position)
            .where(Milestone.engagement_id == built.engagement_id)
            .order_by(Milestone.position)
        ).all()
    assert list(positions) == list(range(1, 3 - len(errors) + 1))
    assert all(p == [] for p in all_streams_verify(db).values())


# --- stale edits --------------------------------------------------------------------------


def _milestone(db: Database, mid: str) -> tuple[str, int, int]:
    with db.reading() as session:
        m = session.get(Milestone, mid)
        assert m is not None
        return m.title, m.amount_minor, m.version


def test_an_edit_based_on_a_stale_version_is_refused(db: Database, second: Database) -> None:
    alice, bob = Services(db, "alice"), Services(second, "bob")
    built = make_draft(alice, milestones=1)
    mid = built.milestone_ids[0]
    _, _, seen_by_both = _milestone(second, mid)  # both open the milestone
    alice.roadmap.update_milestone(mid, expected_version=seen_by_both, amount_minor=111)
    refused(
        second,
        StaleEditError,
        lambda: bob.roadmap.update_milestone(mid, expected_version=seen_by_both, amount_minor=222),
        "someone else",
        "reload",
    )
    _, amount, version = _milestone(second, mid)
    assert (amount, version) == (111, seen_by_both + 1)
    bob.roadmap.update_milestone(mid, expected_version=version, title="After reload")
    assert _milestone(db, mid)[:2] == ("After reload", 111)


def test_the_second_of_two_concurrent_flushes_is_refused(db: Database, second: Database) -> None:
    """Without expected_version, the row version still stops a silent overwrite."""
    alice = Services(db, "alice")
    built = make_draft(alice, milestones=1)
    mid = built.milestone_ids[0]
    with second.unit_of_work("bob") as bob:
        mine = bob.session.get(Milestone, mid)
        assert mine is not None
        bob.session.commit()  # Bob's copy stays on screen; his read transaction is over
        alice.roadmap.update_milestone(mid, title="Alice's title")
        mine.title = "Bob's title"
        with pytest.raises(StaleEditError, match="reload"):
            bob.flush()
    title, _, _ = _milestone(db, mid)
    assert title == "Alice's title"
