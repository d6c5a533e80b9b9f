"""The export's fast path on SQLite, where SQLite writes each row's JSON and hands it over as
UTF-8 bytes.

When a stored value is in a form the application never writes, that query is given up and the
rest of the table is read again by the encoder's own query: the first one must be closed
before the second starts, not left open (holding its statement, its sorted rows and its read
of the file) until the garbage collector finds it. And a file that keeps its text in UTF-16
must not have its bytes copied into the archive as they are."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event

import core.archive.exporting as exporting
from core.archive import export_archive
from core.db import Database, open_database
from core.demo import load_demo
from core.services import Services
from core.sqlite_file import APPLICATION_ID
from tests.factories import demo_source_fixture  # noqa: F401  (the source fixture)


def _misspell_one_event(db: Database) -> str:
    """Store one event's time in another spelling of the same moment, behind the
    application's back (as another program could); returns the archive's spelling."""
    path = db.engine.url.database
    assert path is not None
    with sqlite3.connect(path) as conn:
        stream, seq, at = conn.execute(
            "SELECT stream, seq, at FROM history_event ORDER BY stream, seq LIMIT 1 OFFSET 10"
        ).fetchone()
        spelled = at.replace("T", " ").replace("Z", "+00:00")
        changed = conn.execute(
            "UPDATE history_event SET at = ? WHERE stream = ? AND seq = ?", (spelled, stream, seq)
        ).rowcount
        assert changed == 1
    return str(at)


def _closed(cursor: Any) -> bool:
    try:
        cursor.fetchone()
    except sqlite3.ProgrammingError:  # "Cannot operate on a closed cursor"
        return True
    return False


def test_the_query_given_up_is_closed_before_the_encoder_reads_on(
    source: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    at = _misspell_one_event(source)
    monkeypatch.setattr(exporting, "_FETCH", 4)  # the odd row comes in a later batch
    fast: list[Any] = []  # the DB-API cursors of the queries where SQLite writes the JSON
    open_when_next_began: list[str] = []

    def executing(conn: Any, cursor: Any, statement: str, *args: Any) -> None:
        for earlier in fast:
            if not _closed(earlier):
                open_when_next_began.append(statement.split("FROM", 1)[-1][:60])
        if "json_quote" in statement:
            fast.append(cursor)

    event.listen(source.engine, "after_cursor_execute", executing)
    try:
        archive = export_archive(source, None)
    finally:
        event.remove(source.engine, "after_cursor_execute", executing)

    assert len(fast) > 5  # the fast path was taken, table after table
    assert open_when_next_began == []
    assert f'"at": "{at}"'.encode() in archive  # the encoder wrote the odd row in archive form


def test_a_database_stored_in_utf16_is_written_by_the_encoder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """SQLite hands the rows' JSON over as the stored bytes: from a file kept in UTF-16
    those would be the wrong bytes, so such a file is written by the encoder alone."""
    path = tmp_path / "utf16.sqlite3"
    with sqlite3.connect(path) as conn:  # an empty file whose text is stored in UTF-16
        conn.execute("PRAGMA encoding = 'UTF-16le'")
        conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        conn.execute("CREATE TABLE scratch (a)")
        conn.execute("DROP TABLE scratch")
    conn.close()
    database = open_database(str(path))
    try:
        load_demo(Services(database, "tester"), date(2026, 3, 2))
        with database.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA encoding").scalar() == "UTF-16le"
        archive = export_archive(database, None)
        with monkeypatch.context() as patch:
            patch.setattr(exporting, "_sqlite_json", lambda name: None)
            assert archive == export_archive(database, None)
    finally:
        database.close()
    assert archive.decode("utf-8").startswith("{\n")
