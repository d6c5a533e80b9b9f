"""An import on SQLite adds the history events to the full-text index in bulk statements, with
the index's trigger off meanwhile (at the end, or as the events arrive when they are written
while the file is read): the events arrive whole, in the archive's order, the search index
agrees with them, and the trigger is back for the next event."""

from __future__ import annotations

import sqlite3
from datetime import date

from sqlalchemy import select

import core.archive.importing as importing
from core.archive import export_archive, import_archive
from core.db import Database
from core.demo import load_demo
from core.history import verify_streams
from core.models import HistoryEvent
from core.services import Services
from tests.factories import empty_target_fixture  # noqa: F401  (the target fixture)


def _events(db: Database) -> list[tuple[str, int, str]]:
    with db.reading() as session:
        rows = session.execute(
            select(HistoryEvent.stream, HistoryEvent.seq, HistoryEvent.hash).order_by(
                HistoryEvent.stream, HistoryEvent.seq
            )
        )
        return [tuple(row) for row in rows]  # type: ignore[misc]


def test_staged_events_arrive_whole_and_searchable(services: Services, target: Database) -> None:
    load_demo(services, date(2026, 3, 2))
    result = import_archive(target, export_archive(services.db, None), "tester")
    source = set(_events(services.db))
    arrived = _events(target)
    # The archived events, each as it was, and the import's own event in the system stream.
    assert len([e for e in arrived if e in source]) == result.events > 7 * 3
    assert len(arrived) == result.events + 1
    with target.reading() as session:
        assert list(verify_streams(session)) == []
    path = target.engine.url.database
    assert path is not None
    with sqlite3.connect(path) as conn:
        # FTS5's own check: the index holds exactly the rows of history_event.
        conn.execute("INSERT INTO history_search(history_search) VALUES ('integrity-check')")
        indexed = conn.execute("SELECT count(*) FROM history_search").fetchone()[0]
        stored = conn.execute("SELECT count(*) FROM history_event").fetchone()[0]
        trigger = conn.execute(
            "SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name = ?",
            (f"{importing._INDEXED['history_event']}_insert",),
        ).fetchone()[0]
    # The import's own system event came after the bulk, through the trigger.
    assert indexed == stored == result.events + 1
    assert trigger == 1
