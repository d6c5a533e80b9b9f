"""The shortcuts the import takes stay exact: a reference is looked up once per distinct
value of a batch yet the refusal names the first wrong row in file order; a reference to a
record that is in this database but not in the archive is still refused; asking the
database about ids only when a table has rows never lets a repeated id through; the
search index's own settings are as they were after an import, taken or refused."""

from __future__ import annotations

import io
import json
import sqlite3
from collections.abc import Callable
from datetime import date
from itertools import pairwise
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

import core.archive.checks as checks
import core.archive.reader as reader
import core.check
from core.archive import export_archive, import_archive
from core.archive.checks import ArchiveLoader
from core.archive.reader import ArchiveReader
from core.check import Problem
from core.db import Database, open_database
from core.demo import CODES, load_demo
from core.errors import ArchiveError
from core.models import Baseline, Milestone
from core.services import Services
from tests.checks import refused
from tests.factories import make_active

TODAY = date(2026, 3, 2)


@pytest.fixture(scope="module")
def archives(tmp_path_factory: pytest.TempPathFactory) -> dict[str | None, bytes]:
    """The demo's archive of all its engagements (key None) and of each plain engagement
    (no parent, no spin-off) on its own."""
    source = open_database(str(tmp_path_factory.mktemp("demo") / "source.sqlite3"))
    try:
        load_demo(Services(source, "tester"), TODAY)
        found: dict[str | None, bytes] = {None: export_archive(source, list(CODES))}
        for code in PLAIN:
            found[code] = export_archive(source, [code])
        return found
    finally:
        source.close()


PLAIN = ("HARB-2025-04", "HARB-2026-01", "SENAL-2026-01", "TPE-2026-01")


def _edited(archive: bytes, change: Callable[[dict[str, Any]], object]) -> bytes:
    document = json.loads(archive)
    change(document)
    return json.dumps(document, ensure_ascii=False, indent=1).encode()


def _dangle(rows: dict[int, str]) -> Callable[[dict[str, Any]], None]:
    def change(document: dict[str, Any]) -> None:
        criteria = document["tables"]["criterion"]
        for index, value in rows.items():
            criteria[index]["milestone_id"] = value

    return change


@pytest.mark.parametrize("batch", [2000, 3])
def test_the_first_dangling_reference_in_file_order_is_named(
    archives: dict[str | None, bytes], db: Database, monkeypatch: pytest.MonkeyPatch, batch: int
) -> None:
    """Two wrong references in one batch (and in several, when batches are small), the later
    one a value that sorts and hashes first: the refusal names the earlier row, with its
    place counted over the whole table."""
    monkeypatch.setattr(checks, "_BATCH", batch)
    criteria = json.loads(archives[None])["tables"]["criterion"]
    # The earlier wrong row shares its milestone with the row before it (a value looked up
    # once for both, and found).
    bad = next(
        i
        for i in range(1, len(criteria))
        if criteria[i - 1]["milestone_id"] == criteria[i]["milestone_id"]
    )
    later = bad + 7
    assert later < len(criteria)
    edited = _edited(archives[None], _dangle({bad: "f" * 36, later: "0" * 36}))
    error = refused(db, ArchiveError, lambda: import_archive(db, edited, "t"))
    assert f"criterion[{bad}].milestone_id refers to milestone {'f' * 36}" in error.message
    assert "0" * 36 not in error.message


def test_a_reference_to_a_record_here_but_not_in_the_archive_is_refused(
    archives: dict[str | None, bytes], db: Database
) -> None:
    """The database holding the record referred to does not make the reference good: an
    archive refers only to its own records (a spin-off's parent aside)."""
    import_archive(db, archives[PLAIN[0]], "tester")
    with db.reading() as session:
        here = session.scalars(select(Milestone.id)).first()
    assert here is not None
    edited = _edited(archives[PLAIN[1]], _dangle({0: here}))
    error = refused(db, ArchiveError, lambda: import_archive(db, edited, "t"))
    assert f"criterion[0].milestone_id refers to milestone {here}" in error.message
    assert "not in the archive" in error.message


def test_an_id_already_here_is_refused_when_nothing_else_collides(
    archives: dict[str | None, bytes], db: Database
) -> None:
    """Ids are asked of the database only for tables that have rows; a table with rows is
    asked every id, so a baseline id already here is refused by name."""
    make_active(Services(db, "tester"), code="HERE-2026-01")
    with db.reading() as session:
        here = session.scalars(select(Baseline.id)).one()

    def take(document: dict[str, Any]) -> None:
        document["tables"]["baseline"][-1]["id"] = here

    edited = _edited(archives[None], take)
    refused(db, ArchiveError, lambda: import_archive(db, edited, "t"), f"baseline {here}")


def _search_config(path: Path) -> list[tuple[Any, ...]]:
    with sqlite3.connect(path) as conn:
        return conn.execute("SELECT k, v FROM history_search_config ORDER BY k").fetchall()


def _refused_on_purpose(session: Session, scope: object = None) -> list[Problem]:
    """A rule that refuses any import, after its last row (events and index included)."""
    return [Problem("test", "refused on purpose")] if scope is not None else []


def test_the_search_index_keeps_its_own_settings_through_an_import(
    archives: dict[str | None, bytes], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An import indexes with settings of its own (a larger buffer, no merging as it goes)
    and puts back those the index had, set or not; an import refused once every row and
    the index are written leaves them as they were too."""
    path = tmp_path / "search.sqlite3"
    db = open_database(str(path))
    try:
        untouched = _search_config(path)
        assert "automerge" not in dict(untouched)
        import_archive(db, archives[PLAIN[0]], "tester")
        assert _search_config(path) == untouched  # FTS5's defaults, as if never set
        with sqlite3.connect(path) as conn:
            for option, value in (("automerge", 8), ("hashsize", 2 << 20)):
                conn.execute(
                    "INSERT INTO history_search(history_search, rank) VALUES (?, ?)",
                    (option, value),
                )
        tuned = _search_config(path)
        assert {("automerge", 8), ("hashsize", 2 << 20)} <= set(tuned)
        import_archive(db, archives[PLAIN[1]], "tester")
        assert _search_config(path) == tuned
        monkeypatch.setattr(core.check, "RULES", (*core.check.RULES, _refused_on_purpose))
        refused(db, ArchiveError, lambda: import_archive(db, archives[PLAIN[2]], "t"), "purpose")
        assert _search_config(path) == tuned
        with sqlite3.connect(path) as conn:
            conn.execute("INSERT INTO history_search(history_search) VALUES ('integrity-check')")
    finally:
        db.close()


def test_a_repeated_key_is_refused_in_every_table_and_a_table_cannot_come_twice(
    archives: dict[str | None, bytes], db: Database
) -> None:
    """Only the keys of the table being read are held (those of the tables before are let
    go): a repeat within a table is still refused, and a second list of a table, which
    could have hidden a repeat from the first, is refused as a key given twice."""

    def same_position(document: dict[str, Any]) -> None:
        milestones = document["tables"]["milestone"]
        pairs = pairwise(milestones)
        one, other = next((a, b) for a, b in pairs if a["engagement_id"] == b["engagement_id"])
        other["position"] = one["position"]

    edited = _edited(archives[None], same_position)
    error = refused(db, ArchiveError, lambda: import_archive(db, edited, "t"), "must be unique")
    assert "milestone[" in error.message and "position=" in error.message

    def same_document(document: dict[str, Any]) -> None:
        signoffs = document["tables"]["signoff"]
        signoffs[-1]["document_id"] = signoffs[0]["document_id"]

    edited = _edited(archives[None], same_document)
    refused(db, ArchiveError, lambda: import_archive(db, edited, "t"), "document_id=", "unique")
    text = archives[None].decode()
    twice = text.replace('"tables": {', '"tables": {\n  "milestone": [],', 1).encode()
    assert twice != archives[None]
    refused(db, ArchiveError, lambda: import_archive(db, twice, "t"), "'milestone' appears twice")


def _schema(path: Path) -> list[tuple[Any, ...]]:
    with sqlite3.connect(path) as conn:
        return conn.execute(
            "SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name"
        ).fetchall()


def test_the_events_indexes_built_after_their_rows_are_whole_and_the_same(
    archives: dict[str | None, bytes], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Into a database without events, the events' own indexes are dropped and built again
    once the rows are in: afterwards the schema is exactly as before and SQLite finds every
    index whole; an import refused after its last row leaves the schema as it was."""
    path = tmp_path / "indexes.sqlite3"
    db = open_database(str(path))
    try:
        schema = _schema(path)
        assert any(row[0] == "index" and row[2] == "history_event" for row in schema)
        with sqlite3.connect(path) as conn:
            assert conn.execute("SELECT count(*) FROM history_event").fetchone() == (0,)
        monkeypatch.setattr(core.check, "RULES", (*core.check.RULES, _refused_on_purpose))
        refused(db, ArchiveError, lambda: import_archive(db, archives[None], "t"), "purpose")
        assert _schema(path) == schema
        monkeypatch.undo()
        result = import_archive(db, archives[None], "tester")
        assert _schema(path) == schema
        with sqlite3.connect(path) as conn:
            assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
            stored = conn.execute("SELECT count(*) FROM history_event").fetchone()[0]
            by_time = conn.execute(
                "SELECT count(*) FROM history_event INDEXED BY ix_history_event_at WHERE at > ''"
            ).fetchone()[0]
        assert stored == by_time == result.events + 1  # and the import's own event
    finally:
        db.close()


def test_a_surrogate_escape_in_a_row_read_across_two_pieces_of_the_file_is_found(
    archives: dict[str | None, bytes], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Reading more of the file drops what was read before and moves the row's start; a
    row holding a lone surrogate escape is refused in words wherever the pieces of the file
    end (it used to slip through when they ended inside that row, and crash later)."""
    document = json.loads(archives[None])
    document["tables"]["history_event"][5]["after"] = '{"title":"\udc41"}'
    data = json.dumps(document, ensure_ascii=True, indent=1).encode()
    row = data.index(b"\\udc41")
    assert row > 2000
    for size in range(40, 400, 9):
        monkeypatch.setattr(reader, "_CHUNK", size)
        loader = ArchiveLoader()
        ArchiveReader(io.BytesIO(data)).read(loader)
        with pytest.raises(ArchiveError) as raised:
            loader.finish().close()
        assert "history_event[5].after" in str(raised.value), size
        assert "unpaired surrogate, U+DC41" in str(raised.value), size
