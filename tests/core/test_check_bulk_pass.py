"""The bulk chain pass on SQLite (``core.history.bulk_suspects``) on its own: each kind of
break is found by the comparison made for it, wherever the event falls in the batches read
(first or last of a batch, first or last of its stream), even when a forger rewrote every
later event and the head so that nothing else gives the break away.

The reference scan words the problems of the streams this pass names; a stream it misses is
never looked at again, so each case here asks the pass itself."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from contextlib import closing
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy.orm import Session

from core import history
from core.db import open_database
from core.history import GENESIS, Suspects, append_event, bulk_suspects, event_hash

COUNTS = {"a": 9, "b": 10, "c": 3}  # with batches of 4: streams and batches cut across
Row = dict[str, Any]
FIELDS = ("stream", "seq", "at", "actor", "entity", "entity_id", "action", "before", "after")


@pytest.fixture(autouse=True)
def small_batches(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(history, "_BATCH", 4)


@pytest.fixture
def path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    target = tmp_path / "chains.sqlite3"
    db = open_database(str(target))
    try:
        start = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)
        with db.engine.connect() as conn, Session(bind=conn) as session:
            for stream, count in COUNTS.items():
                for n in range(count):
                    append_event(
                        session,
                        stream=stream,
                        at=start + timedelta(minutes=n),
                        actor="Zoë",
                        entity="milestone",
                        entity_id=f"m-{n}",
                        action="updated",
                        before={"n": n},
                        after={"n": n + 1},
                    )
            session.commit()
            conn.commit()
    finally:
        db.close()
    return target


@pytest.fixture
def conn(path: Path) -> Iterator[sqlite3.Connection]:
    with closing(sqlite3.connect(path, isolation_level=None)) as connection:
        yield connection


def _suspects(conn: sqlite3.Connection) -> Suspects | None:
    conn.execute("BEGIN")
    try:
        return bulk_suspects(conn)
    finally:
        conn.execute("ROLLBACK")


def _events(conn: sqlite3.Connection, stream: str) -> list[Row]:
    cursor = conn.execute(
        f"SELECT {', '.join(FIELDS)}, prev_hash, hash FROM history_event"
        " WHERE stream = ? ORDER BY seq",
        (stream,),
    )
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor]


def _forge(
    conn: sqlite3.Connection,
    stream: str,
    seq: int,
    change: Callable[[Row], None],
    *,
    onward: bool = False,
) -> None:
    """Apply ``change`` to event ``seq`` of ``stream`` (and to every later one when
    ``onward``), then rehash it and every later event in a consistent chain from the link it
    now has, and move the head to the new last one: only the changed event itself disagrees
    with what comes before it."""
    events = _events(conn, stream)
    at = next(i for i, e in enumerate(events) if e["seq"] == seq)
    old_seqs = [e["seq"] for e in events]
    for i in range(at, len(events)):
        event = events[i]
        if i == at or onward:
            change(event)
        if i > at:
            event["prev_hash"] = events[i - 1]["hash"]
        event["hash"] = event_hash(**{k: event[k] for k in FIELDS}, prev_hash=event["prev_hash"])
    conn.execute("BEGIN")
    # the last first, so that a seq moved up never meets one not moved yet
    for old_seq, event in reversed(list(zip(old_seqs[at:], events[at:], strict=True))):
        conn.execute(
            "UPDATE history_event SET seq = ?, prev_hash = ?, hash = ?"
            " WHERE stream = ? AND seq = ?",
            (event["seq"], event["prev_hash"], event["hash"], stream, old_seq),
        )
    last = events[-1]
    conn.execute(
        'UPDATE history_stream SET last_seq = ?, last_hash = ? WHERE "key" = ?',
        (last["seq"], last["hash"], stream),
    )
    conn.execute("COMMIT")


# Where a changed event falls: the first of its stream (and of the first batch), the last of
# a batch, the first of a batch, one in the middle, and the last of a stream that ends
# mid-batch. Stream "b" holds the events 10 to 19 of the pass: batches 9-12, 13-16, 17-20.
PLACES = [("a", 1), ("a", 4), ("a", 5), ("b", 3), ("b", 4), ("b", 10), ("c", 3)]


def test_chains_as_written_raise_no_suspicion(conn: sqlite3.Connection) -> None:
    assert _suspects(conn) == Suspects([], [])


@pytest.mark.parametrize(("stream", "seq"), PLACES)
def test_a_link_rewritten_with_a_consistent_chain_after_it_is_found(
    conn: sqlite3.Connection, stream: str, seq: int
) -> None:
    def relink(event: Row) -> None:
        event["prev_hash"] = "f" * 64

    _forge(conn, stream, seq, relink)
    assert _suspects(conn) == Suspects([stream], [])


@pytest.mark.parametrize(("stream", "seq"), PLACES)
def test_a_seq_out_of_order_with_a_consistent_chain_after_it_is_found(
    conn: sqlite3.Connection, stream: str, seq: int
) -> None:
    def renumber(event: Row) -> None:  # a gap of one from here on
        event["seq"] += 1

    _forge(conn, stream, seq, renumber, onward=True)
    seqs = [e["seq"] for e in _events(conn, stream)]
    assert seqs == [*range(1, seq), *range(seq + 1, COUNTS[stream] + 2)]
    assert _suspects(conn) == Suspects([stream], [])


@pytest.mark.parametrize(("stream", "seq"), PLACES)
def test_an_event_edited_without_its_hash_is_found(
    conn: sqlite3.Connection, stream: str, seq: int
) -> None:
    conn.execute(
        "UPDATE history_event SET actor = 'Mallory' WHERE stream = ? AND seq = ?", (stream, seq)
    )
    assert _suspects(conn) == Suspects([stream], [])


@pytest.mark.parametrize("stream", list(COUNTS))
@pytest.mark.parametrize("head", ["seq", "hash"])
def test_a_head_that_does_not_name_the_last_event_is_found(
    conn: sqlite3.Connection, stream: str, head: str
) -> None:
    change = "last_seq = last_seq - 1" if head == "seq" else f"last_hash = '{GENESIS}'"
    conn.execute(f'UPDATE history_stream SET {change} WHERE "key" = ?', (stream,))
    assert _suspects(conn) == Suspects([stream], [])


def test_a_head_without_events_and_events_without_a_head_are_found(
    conn: sqlite3.Connection,
) -> None:
    conn.execute("DELETE FROM history_stream WHERE \"key\" = 'b'")
    conn.execute(
        'INSERT INTO history_stream ("key", engagement_id, last_seq, last_hash)'
        " VALUES ('ghost', NULL, 0, ?)",
        (GENESIS,),
    )
    assert _suspects(conn) == Suspects(["b"], ["ghost"])
