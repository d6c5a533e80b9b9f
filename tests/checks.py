"""What the tests read back to judge an action: the whole database's rows, the history's
events and chains, a milestone's state, and a refusal that left everything as it was.

Shared by the test modules of every package (builders of test data are in factories.py)."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable
from contextlib import closing
from pathlib import Path
from typing import Any, NamedTuple

import pytest
from sqlalchemy import func, select

from core.db import Database
from core.errors import DomainError
from core.history import ChainProblem, stream_keys, verify_stream
from core.models import Base, HistoryEvent, Milestone
from core.services import Services


def db_state(db: Database) -> dict[str, list[str]]:
    """Every row of every table, as sortable text: equal states mean nothing changed."""
    with db.reading() as session:
        return {
            table.name: sorted(repr(tuple(row)) for row in session.execute(select(table)))
            for table in Base.metadata.sorted_tables
        }


def event_count(db: Database) -> int:
    with db.reading() as session:
        return int(session.scalar(select(func.count()).select_from(HistoryEvent)) or 0)


def refused(
    db: Database, error: type[DomainError], action: Callable[[], object], *words: str
) -> DomainError:
    """Run ``action``, expect ``error`` whose message contains every word, and check that
    the database (history included) is exactly as it was before."""
    before = db_state(db)
    with pytest.raises(error) as caught:
        action()
    after = db_state(db)
    assert after == before, "a refused action changed the database"
    message = str(caught.value)
    for word in words:
        assert word.lower() in message.lower(), f"{word!r} not in {message!r}"
    return caught.value


def all_streams_verify(db: Database) -> dict[str, list[ChainProblem]]:
    with db.reading() as session:
        return {key: verify_stream(session, key) for key in stream_keys(session)}


def stream_events(db: Database, stream: str) -> list[HistoryEvent]:
    with db.reading() as session:
        events = list(
            session.scalars(
                select(HistoryEvent).where(HistoryEvent.stream == stream).order_by(HistoryEvent.seq)
            )
        )
        session.expunge_all()
        return events


def milestone_state(s: Services, milestone_id: str) -> str:
    """The milestone's state as stored."""
    with s.db.reading() as session:
        milestone = session.get(Milestone, milestone_id)
        assert milestone is not None
        return milestone.state


class SearchIndex(NamedTuple):
    """An SQLite database's history search index as a test compares it before and after."""

    indexed: int
    """Rows in the index."""
    events: int
    """Rows in history_event."""
    insert_triggers: int
    """How many of the triggers that index each new event there are (1 when in place)."""
    settings: list[tuple[Any, ...]]
    """FTS5's settings (``history_search_config``)."""
    schema: list[tuple[Any, ...]]
    """Every index and trigger, with its table."""


def search_index(db: Database) -> SearchIndex | None:
    """After FTS5's own integrity check of the search index (it raises if index and events
    disagree): the index's state on SQLite; None elsewhere."""
    if not db.is_sqlite:
        return None
    path = db.engine.url.database
    assert path is not None
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("INSERT INTO history_search(history_search) VALUES ('integrity-check')")
        return SearchIndex(
            conn.execute("SELECT count(*) FROM history_search").fetchone()[0],
            conn.execute("SELECT count(*) FROM history_event").fetchone()[0],
            conn.execute(
                "SELECT count(*) FROM sqlite_master WHERE type = 'trigger' "
                "AND name = 'history_search_insert'"
            ).fetchone()[0],
            conn.execute("SELECT k, v FROM history_search_config ORDER BY k").fetchall(),
            conn.execute(
                "SELECT name, tbl_name FROM sqlite_master WHERE type IN ('index', 'trigger') "
                "ORDER BY name"
            ).fetchall(),
        )


def import_writers() -> list[threading.Thread]:
    """The archive import's writing threads still alive (none once an import has ended)."""
    from core.archive.importing import WRITER_THREAD

    return [t for t in threading.enumerate() if t.name == WRITER_THREAD]


def page_checks(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every ``PRAGMA quick_check`` run from now on by the start-up file check (or by
    ``core.sqlite_file.check_pages``), as the SQL it ran."""
    from core import sqlite_file

    ran: list[str] = []
    plain = sqlite_file.connect_readonly

    def traced(path: Path) -> sqlite3.Connection:
        conn = plain(path)
        conn.set_trace_callback(lambda sql: ran.append(sql) if "quick_check" in sql else None)
        return conn

    monkeypatch.setattr(sqlite_file, "connect_readonly", traced)
    return ran
