"""Tampering with the history chains is found by the bulk verification exactly as by the
reference scan, event by event.

On SQLite ``verify_streams`` hashes events in bulk (SQLite assembles each event's text,
the driver's cursor hands over batches of rows) and hands any stream that does not verify
to the reference scan (``_verify_one_by_one``), which words the problems. These tests make
the batches tiny so that attacks land inside a batch and on its edges, and compare the two
verifications on the same damaged file. On PostgreSQL both names run the reference scan,
so the comparison still holds there too."""

from __future__ import annotations

import itertools
import sqlite3
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import delete, select, text, update
from sqlalchemy.orm import Session

import core.history as history
from core.db import Database
from core.history import (
    BROKEN_LINK,
    EDITED,
    GENESIS,
    MISSING,
    NO_HEAD,
    TRUNCATED,
    ChainProblem,
    append_event,
    event_hash,
    event_text,
    verify_stream,
    verify_streams,
)
from core.models import HistoryEvent, HistoryStream

LONG = "long"  # 13 events: batches 1-4, 5-8, 9-12 and 13
SHORT = "short"  # 3 events, read in one piece
OTHER = "other"  # 13 events, untouched: never reported
TRICKY = [
    'quote " backslash \\ slash /',
    "new\nline, tab\t, return\r, unit separator \x1f, delete \x7f",
    "accents élodie Ångström, 中文, emoji 😀, separators \u2028\u2029, bom \ufeff",
    ',"prev":"' + "0" * 64 + '","seq":1}',
]


@pytest.fixture(autouse=True)
def tiny_batches(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(history, "_BATCH", 4)


@pytest.fixture
def chains(db: Database) -> Database:
    start = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)
    with db.engine.connect() as conn, Session(bind=conn) as session:
        for stream, count in ((LONG, 13), (SHORT, 3), (OTHER, 13)):
            for n in range(count):
                append_event(
                    session,
                    stream=stream,
                    at=start + timedelta(minutes=n),
                    actor=TRICKY[n % len(TRICKY)],
                    entity="milestone",
                    entity_id=f"m-{n}",
                    action="updated",
                    before={"title": TRICKY[(n + 1) % len(TRICKY)], "n": n},
                    after={"title": TRICKY[(n + 2) % len(TRICKY)], "n": n + 1},
                )
        session.commit()
        conn.commit()
    return db


def _raw(db: Database, *statements: Any) -> None:
    with db.engine.begin() as conn:
        for statement in statements:
            conn.execute(statement)


def _both(db: Database) -> tuple[list[ChainProblem], list[ChainProblem]]:
    with db.reading() as session:
        bulk = list(verify_streams(session))
    with db.reading() as session:
        reference = list(history._verify_one_by_one(session, None))
    return bulk, reference


def _event(stream: str, seq: int) -> Any:
    return (HistoryEvent.stream == stream) & (HistoryEvent.seq == seq)


def _row(db: Database, stream: str, seq: int) -> dict[str, Any]:
    with db.engine.connect() as conn:
        row = (
            conn.execute(select(HistoryEvent.__table__).where(_event(stream, seq))).one()._asdict()
        )
        row["at"] = conn.execute(
            text("SELECT at FROM history_event WHERE stream = :s AND seq = :q"),
            {"s": stream, "q": seq},
        ).scalar_one()
    return row


def _rehash(db: Database, stream: str, seq: int, **changes: Any) -> None:
    """Rewrite one event with a correct hash of its new content (a forger's edit)."""
    row = _row(db, stream, seq) | changes
    fields = {k: row[k] for k in ("stream", "seq", "at", "actor", "entity", "entity_id")}
    digest = event_hash(
        **fields,
        action=row["action"],
        before=row["before"],
        after=row["after"],
        prev_hash=row["prev_hash"],
    )
    values = {k: v for k, v in changes.items() if k != "at"}
    _raw(db, update(HistoryEvent).where(_event(stream, seq)).values(**values, hash=digest))


def test_untouched_chains_with_awkward_text_verify_in_bulk(chains: Database) -> None:
    assert _both(chains) == ([], [])
    if chains.is_sqlite:
        with chains.reading() as session:
            connection = session.connection().connection.driver_connection
            # Nothing is left to the reference scan: the bulk pass alone found them sound.
            assert history.bulk_suspects(connection) == history.Suspects([], [])


def _swap(db: Database) -> None:
    _raw(
        db,
        update(HistoryEvent).where(_event(LONG, 6)).values(seq=-6),
        update(HistoryEvent).where(_event(LONG, 7)).values(seq=6),
        update(HistoryEvent).where(_event(LONG, -6)).values(seq=7),
    )


def _fit(db: Database, value: str) -> str:
    """PostgreSQL holds at most 64 characters in a hash column (SQLite any number): there
    the attack keeps the last 64, which is still not the right hash."""
    return value if db.is_sqlite else value[-64:]


def _split_hash(db: Database) -> None:
    """Move characters between two stored hashes so that their concatenation is unchanged."""
    five, six = _row(db, LONG, 5)["hash"], _row(db, LONG, 6)["hash"]
    _raw(
        db,
        update(HistoryEvent).where(_event(LONG, 5)).values(hash=five[:60]),
        update(HistoryEvent).where(_event(LONG, 6)).values(hash=_fit(db, five[60:] + six)),
    )


def _comma_hash(db: Database) -> None:
    """Two hashes in one field, an empty one next: the same text joined with commas."""
    five, six = _row(db, LONG, 5)["hash"], _row(db, LONG, 6)["hash"]
    _raw(
        db,
        update(HistoryEvent).where(_event(LONG, 5)).values(hash=_fit(db, f"{five},{six}")),
        update(HistoryEvent).where(_event(LONG, 6)).values(hash=""),
    )


def _respelt(db: Database, column: str, where: str = "") -> None:
    """The same characters stored as bytes on SQLite; PostgreSQL keeps text only, so there
    the hex is written in capitals: either way it is no longer the text that was hashed."""
    value = f"CAST({column} AS BLOB)" if db.is_sqlite else f"upper({column})"
    _raw(db, text(f"UPDATE history_event SET {column} = {value} {where}"))


ATTACKS: dict[str, tuple[Callable[[Database], None], list[tuple[str, int, str]]]] = {
    "edited mid-batch": (
        lambda db: _raw(db, update(HistoryEvent).where(_event(LONG, 6)).values(actor="mallory")),
        [(LONG, 6, EDITED)],
    ),
    "edited first of a batch": (
        lambda db: _raw(db, update(HistoryEvent).where(_event(LONG, 5)).values(after="{}")),
        [(LONG, 5, EDITED)],
    ),
    "edited in a short stream": (
        lambda db: _raw(db, update(HistoryEvent).where(_event(SHORT, 2)).values(before="{}")),
        [(SHORT, 2, EDITED)],
    ),
    "timestamp re-spelt": (
        lambda db: _raw(
            db,
            text("UPDATE history_event SET at = replace(at, 'Z', '+00:00') WHERE seq = 3"),
        ),
        [(LONG, 3, EDITED), (OTHER, 3, EDITED), (SHORT, 3, EDITED)],
    ),
    "edited and rehashed": (
        lambda db: _rehash(db, LONG, 8, actor="mallory"),
        [(LONG, 9, BROKEN_LINK)],
    ),
    "last event edited and rehashed": (
        lambda db: _rehash(db, LONG, 13, actor="mallory"),
        [(LONG, 14, TRUNCATED)],
    ),
    "forged hash": (
        lambda db: _raw(db, update(HistoryEvent).where(_event(LONG, 7)).values(hash="ab" * 32)),
        [(LONG, 7, EDITED)],
    ),
    "hash split across two events": (_split_hash, [(LONG, 5, EDITED)]),
    "two hashes in one field": (_comma_hash, [(LONG, 5, EDITED)]),
    "hash stored as bytes": (
        lambda db: _respelt(db, "hash"),
        [(LONG, 1, EDITED), (OTHER, 1, EDITED), (SHORT, 1, EDITED)],
    ),
    "link stored as bytes": (
        lambda db: _respelt(db, "prev_hash", "WHERE seq = 4"),
        [(LONG, 4, BROKEN_LINK), (OTHER, 4, BROKEN_LINK)],
    ),
    "deleted mid-batch": (
        lambda db: _raw(db, delete(HistoryEvent).where(_event(LONG, 6))),
        [(LONG, 6, MISSING.format(seq=6))],
    ),
    "deleted on a batch edge": (
        lambda db: _raw(db, delete(HistoryEvent).where(_event(LONG, 5))),
        [(LONG, 5, MISSING.format(seq=5))],
    ),
    "first deleted": (
        lambda db: _raw(db, delete(HistoryEvent).where(_event(SHORT, 1))),
        [(SHORT, 1, MISSING.format(seq=1))],
    ),
    "last deleted": (
        lambda db: _raw(db, delete(HistoryEvent).where(_event(LONG, 13))),
        [(LONG, 13, TRUNCATED)],
    ),
    "a whole batch deleted": (
        lambda db: _raw(
            db,
            delete(HistoryEvent).where(
                (HistoryEvent.stream == LONG) & HistoryEvent.seq.between(5, 8)
            ),
        ),
        [(LONG, 5, MISSING.format(seq=5))],
    ),
    "every event deleted": (
        lambda db: _raw(db, delete(HistoryEvent).where(HistoryEvent.stream == SHORT)),
        [(SHORT, 1, TRUNCATED)],
    ),
    "reordered": (_swap, [(LONG, 6, BROKEN_LINK)]),
    "renumbered": (
        lambda db: _raw(db, update(HistoryEvent).where(_event(LONG, 13)).values(seq=14)),
        [(LONG, 13, MISSING.format(seq=13))],
    ),
    "head deleted": (
        lambda db: _raw(db, delete(HistoryStream).where(HistoryStream.key == SHORT)),
        [(SHORT, 0, NO_HEAD)],
    ),
    "head moved back": (
        lambda db: _raw(
            db, update(HistoryStream).where(HistoryStream.key == LONG).values(last_seq=12)
        ),
        [(LONG, 14, TRUNCATED)],
    ),
    "head of nothing": (
        lambda db: _raw(
            db,
            HistoryStream.__table__.insert().values(
                key="ghost", engagement_id=None, last_seq=2, last_hash=GENESIS
            ),
        ),
        [("ghost", 1, TRUNCATED)],
    ),
}


@pytest.mark.parametrize("attack", list(ATTACKS))
def test_every_attack_is_found_and_worded_as_by_the_reference_scan(
    chains: Database, attack: str
) -> None:
    tamper, expected = ATTACKS[attack]
    tamper(chains)
    bulk, reference = _both(chains)
    assert bulk == reference
    assert [(p.stream, p.seq, p.message) for p in bulk] == expected


def test_one_stream_is_verified_alone(chains: Database) -> None:
    _raw(chains, update(HistoryEvent).where(_event(LONG, 10)).values(entity="client"))
    with chains.reading() as session:
        assert verify_stream(session, OTHER) == []
        assert verify_stream(session, SHORT) == []
        assert [(p.seq, p.message) for p in verify_stream(session, LONG)] == [(10, EDITED)]


def test_sqlite_writes_the_very_text_that_is_hashed() -> None:
    """SQLite's text of an event, for awkward values in every field, is ``event_text``'s."""
    conn = sqlite3.connect(":memory:")
    columns = ("stream", "seq", "at", "actor", "entity", "entity_id", "action")
    conn.execute(
        "CREATE TABLE history_event (stream, seq, at, actor, entity, entity_id, action,"
        ' "before", "after", prev_hash)'
    )
    rows = [
        (a, n, b, c, a, b, c, a, b, "f" * 64)
        for n, (a, b, c) in enumerate(itertools.permutations([*TRICKY, "nul \x00"], 3))
    ]
    rows.append(("", 0, "", "", "", "", "", "", "", GENESIS))
    conn.executemany("INSERT INTO history_event VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
    made = conn.execute(f"SELECT {history._EVENT_TEXT_SQL} FROM history_event ORDER BY rowid")
    for (text_made,), row in zip(made, rows, strict=True):
        fields = dict(zip(columns, row, strict=False))
        expected = event_text(**fields, before=row[7], after=row[8], prev_hash=row[9])
        assert text_made == expected
