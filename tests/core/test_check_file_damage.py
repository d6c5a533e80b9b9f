"""``scopekeeper check`` reads the SQLite file itself, beside the history chains and the rules
on connections of their own: damage that only SQLite's whole-file ``integrity_check`` sees (an
index that disagrees with its table, pages lost from every list) is reported, and so is every
other kind of damage found in the same run.

Each file is damaged while it lies closed with its clean-close record intact (failing storage),
the one case the start-path check leaves to ``check`` (core.sqlite_file)."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import select, update

from core.check import Problem, run_check
from core.db import Database, open_database
from core.history import engagement_stream
from core.models import Engagement, HistoryEvent, Milestone
from core.sqlite_file import record_clean_close
from tests.factories import active_file

CODE = "ACME-2026-01"


@pytest.fixture
def path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An active engagement's database file, closed cleanly: always SQLite, even in the
    PostgreSQL run (a file's pages are SQLite's alone)."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))  # the clean-close record
    return active_file(tmp_path / "scopekeeper.sqlite3", code=CODE, milestones=2)


def _check(path: Path, before: Callable[[Database], None] | None = None) -> list[Problem]:
    db = open_database(str(path))
    try:
        if before is not None:
            before(db)
        return run_check(db)
    finally:
        db.close()


def _damage(path: Path, change: Callable[[bytearray, int], None]) -> None:
    """Change the closed file's bytes in place (``change(data, page_size)``), then record a
    clean close as if nothing had happened, so opening it reads no page first."""
    data = bytearray(path.read_bytes())
    change(data, int.from_bytes(data[16:18], "big"))
    path.write_bytes(bytes(data))
    record_clean_close(path)


def _root_page(path: Path, name: str) -> int:
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro&immutable=1", uri=True)
    try:
        (root,) = conn.execute(
            "SELECT rootpage FROM sqlite_master WHERE name = ?", (name,)
        ).fetchone()
    finally:
        conn.close()
    return int(root)


def _quick_check(path: Path) -> str:
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro&immutable=1", uri=True)
    try:
        return str(conn.execute("PRAGMA quick_check").fetchone()[0])
    finally:
        conn.close()


def _point_last_index_entry_elsewhere(path: Path) -> None:
    """The greatest entry of ``ix_history_event_at`` (a single leaf page in a file this
    small) names a row that does not exist: the index stays in order, so only a check that
    compares every index with its table can see it."""
    root = _root_page(path, "ix_history_event_at")

    def change(data: bytearray, page_size: int) -> None:
        page = (root - 1) * page_size
        assert data[page] == 0x0A, "a leaf index page"
        cells = int.from_bytes(data[page + 3 : page + 5], "big")
        pointer = page + 8 + 2 * (cells - 1)  # the last cell holds the greatest key
        cell = page + int.from_bytes(data[pointer : pointer + 2], "big")
        size = data[cell]  # a one-byte varint: the record is short
        assert size < 0x80
        last = cell + size  # the record's last byte: the row id, a one-byte integer
        assert data[last] < 0x7F
        data[last] = 0x7F  # row 127: greater than every row id here, and none of them

    _damage(path, change)


def test_an_index_entry_that_disagrees_with_its_table_is_reported(path: Path) -> None:
    _point_last_index_entry_elsewhere(path)
    assert _quick_check(path) == "ok"  # what a page-by-page reading alone would conclude

    problems = _check(path)

    assert any(p.area == "database" and "ix_history_event_at" in p.message for p in problems), (
        problems
    )


def test_pages_lost_from_every_list_are_reported(path: Path) -> None:
    conn = sqlite3.connect(path)
    try:  # free pages: a scratch table's, dropped
        conn.execute("CREATE TABLE scratch (x BLOB)")
        conn.execute("INSERT INTO scratch VALUES (zeroblob(40000))")
        conn.commit()
        conn.execute("DROP TABLE scratch")
        conn.commit()
        (free,) = conn.execute("PRAGMA freelist_count").fetchone()
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()
    assert free > 0

    def forget_free_pages(data: bytearray, page_size: int) -> None:
        data[32:40] = bytes(8)  # the header's first free-list page and free-page count

    _damage(path, forget_free_pages)
    # Only the whole-file form accounts for every page: a check of each table by its own
    # (PRAGMA integrity_check(TABLE)) finds nothing wrong here.
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro&immutable=1", uri=True)
    try:
        tables = [
            name for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        ]
        assert {conn.execute(f'PRAGMA integrity_check("{t}")').fetchone()[0] for t in tables} == {
            "ok"
        }
    finally:
        conn.close()

    problems = _check(path)

    assert any(p.area == "database" and "never used" in p.message for p in problems), problems


def test_damage_in_every_part_of_the_check_is_reported_in_one_run(path: Path) -> None:
    """The file check, the history chains and the rules run side by side on connections of
    their own; each one's finding reaches the report."""
    _point_last_index_entry_elsewhere(path)

    def edit(db: Database) -> None:
        with db.engine.begin() as conn:
            event = HistoryEvent.stream == engagement_stream(_engagement_id(db))
            conn.execute(update(HistoryEvent).where(event, HistoryEvent.seq == 2).values(actor="M"))
            conn.execute(update(Milestone).where(Milestone.position == 1).values(amount_minor=1))

    problems = _check(path, before=edit)

    areas = {p.area for p in problems}
    assert {"database", "history", "baseline"} <= areas, problems
    assert any("ix_history_event_at" in p.message for p in problems if p.area == "database")
    assert any(f"{CODE}, event 2" in p.message for p in problems if p.area == "history")
    assert any(CODE in p.message for p in problems if p.area == "baseline")


def _engagement_id(db: Database) -> str:
    with db.reading() as session:
        found = session.scalar(select(Engagement.id).where(Engagement.code == CODE))
    assert isinstance(found, str)
    return found
