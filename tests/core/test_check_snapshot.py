"""On SQLite ``scopekeeper check`` hashes the history chains on a connection of its own, in a
thread, while the rules read through the session: the chains must be judged on the very
state the rules read. A commit between the two connections' first reads must neither hide
damage nor invent any (core.check.snapshot)."""

from __future__ import annotations

import importlib
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import update

import core.check
from core.check import run_check
from core.check.snapshot import Pinned
from core.db import Database, open_database
from core.history import EDITED, Suspects, engagement_stream
from core.models import HistoryEvent
from core.services import Services
from tests.factories import Built, make_active

chains = importlib.import_module("core.check.chains")

CODE = "ACME-2026-01"


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    """Always SQLite, even in the PostgreSQL run: only there are two connections at work."""
    database = open_database(str(tmp_path / "scopekeeper.sqlite3"))
    try:
        yield database
    finally:
        database.close()


@pytest.fixture
def built(services: Services) -> Built:
    return make_active(services, code=CODE, milestones=2)


def _edit_event(db: Database, built: Built) -> None:
    with db.engine.begin() as conn:
        conn.execute(
            update(HistoryEvent)
            .where(
                HistoryEvent.stream == engagement_stream(built.engagement_id),
                HistoryEvent.seq == 2,
            )
            .values(actor="Mallory")
        )


def _spy(monkeypatch: pytest.MonkeyPatch) -> list[Suspects | None]:
    """What the history rule was handed from the other connection, run by run."""
    handed: list[Suspects | None] = []
    verify = chains.verify_streams

    def spy(session: Any, stream: Any = None, found: Suspects | None = None) -> Any:
        handed.append(found)
        return verify(session, stream, found)

    monkeypatch.setattr(chains, "verify_streams", spy)
    return handed


def test_the_chains_are_hashed_on_the_other_connection_when_nothing_changes(
    db: Database, built: Built, monkeypatch: pytest.MonkeyPatch
) -> None:
    handed = _spy(monkeypatch)
    _edit_event(db, built)
    problems = [p.message for p in run_check(db)]
    assert problems == [f"the history of {CODE}, event 2: {EDITED}"]
    # The thread's bulk pass was used: it found the edited stream, the session worded it.
    assert handed == [Suspects([engagement_stream(built.engagement_id)], [])]


def test_an_edit_committed_between_the_two_first_reads_is_found(
    db: Database, built: Built, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The chain connection reads the state before the edit, the session the state after it:
    the chain connection's verdict (all sound) must not be taken for the session's."""
    handed = _spy(monkeypatch)
    begin = core.check.begin_reading

    def edit_then_begin(session: Any) -> None:
        _edit_event(db, built)
        begin(session)

    monkeypatch.setattr(core.check, "begin_reading", edit_then_begin)
    problems = [p.message for p in run_check(db)]
    assert problems == [f"the history of {CODE}, event 2: {EDITED}"]
    assert handed == [None]  # thrown away: the session made the pass again


def test_a_pinned_connection_tells_whether_anything_was_committed(
    db: Database, built: Built
) -> None:
    path = db.engine.url.database
    assert path is not None
    quiet = Pinned(path)
    assert quiet.unchanged()
    busy = Pinned(path)
    _edit_event(db, built)
    # It still reads the state of its first read ...
    (actor,) = busy.connection.execute(
        "SELECT actor FROM history_event WHERE seq = 2 AND stream = ?",
        (engagement_stream(built.engagement_id),),
    ).fetchone()
    assert actor != "Mallory"
    # ... and knows it is no longer the latest.
    assert not busy.unchanged()
    with pytest.raises(sqlite3.ProgrammingError):  # closed once asked
        busy.connection.execute("SELECT 1")
