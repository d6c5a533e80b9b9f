"""A full archive imports the same whatever the sizes of the reading, spooling and writing
batches, its history is found by the search index at once, and an import refused after
every row was written (search index included) leaves the database and its index as they
were, ready for the next import."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy.orm import Session

import core.archive.checks as checks
import core.archive.exporting as exporting
import core.archive.reader as reader
import core.check
from core.archive import export_archive, import_archive
from core.archive.checks import id_key, id_text
from core.check import Problem
from core.db import Database, open_database
from core.demo import CODES, load_demo
from core.errors import ArchiveError, DomainError
from core.services import Services
from tests.checks import db_state, refused
from tests.factories import empty_target_fixture, make_active  # noqa: F401  (the target fixture)

TODAY = date(2026, 3, 2)


@pytest.fixture
def demo_source(tmp_path: Path) -> Iterator[Database]:
    source = open_database(str(tmp_path / "source.sqlite3"))
    try:
        load_demo(Services(source, "tester"), TODAY)
        yield source
    finally:
        source.close()


def _index(db: Database) -> tuple[int, int, int]:
    """FTS5's own integrity check of the history search index (it raises if the index and
    the events disagree), then (indexed rows, stored events, insert triggers)."""
    path = db.engine.url.database
    assert path is not None
    with sqlite3.connect(path) as conn:
        conn.execute("INSERT INTO history_search(history_search) VALUES ('integrity-check')")
        indexed = conn.execute("SELECT count(*) FROM history_search").fetchone()[0]
        stored = conn.execute("SELECT count(*) FROM history_event").fetchone()[0]
        triggers = conn.execute(
            "SELECT count(*) FROM sqlite_master WHERE type = 'trigger' "
            "AND name = 'history_search_insert'"
        ).fetchone()[0]
    return indexed, stored, triggers


def _config(db: Database) -> list[tuple[object, ...]]:
    path = db.engine.url.database
    assert path is not None
    with sqlite3.connect(path) as conn:
        return conn.execute("SELECT k, v FROM history_search_config ORDER BY k").fetchall()


def _found(db: Database, phrase: str) -> set[tuple[str, int]]:
    """The events the search index finds for ``phrase`` (a trigram phrase query)."""
    path = db.engine.url.database
    assert path is not None
    with sqlite3.connect(path) as conn:
        quoted = '"' + phrase.replace('"', '""') + '"'
        rows = conn.execute(
            "SELECT e.stream, e.seq FROM history_search s JOIN history_event e "
            "ON e.rowid = s.rowid WHERE history_search MATCH ?",
            (quoted,),
        )
        return {(stream, seq) for stream, seq in rows}


def _actors(db: Database) -> dict[str, set[tuple[str, int]]]:
    path = db.engine.url.database
    assert path is not None
    with sqlite3.connect(path) as conn:
        found: dict[str, set[tuple[str, int]]] = {}
        for actor, stream, seq in conn.execute("SELECT actor, stream, seq FROM history_event"):
            found.setdefault(actor, set()).add((stream, seq))
    return found


def test_an_archive_larger_than_every_batch_round_trips_and_is_searchable(
    demo_source: Database, target: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    archive = export_archive(demo_source, None)
    # Batches far smaller than the archive: the file read 64 characters at a time, rows
    # spooled 3 at a time, read back from the database 4 at a time and written about 300 characters at a time.
    monkeypatch.setattr(reader, "_CHUNK", 64)
    monkeypatch.setattr(checks, "_BATCH", 3)
    monkeypatch.setattr(exporting, "_FETCH", 4)
    monkeypatch.setattr(exporting, "_BLOCK", 300)
    assert export_archive(demo_source, None) == archive
    result = import_archive(target, archive, "tester")
    assert result.events > 3 * 4
    assert export_archive(target, None) == archive
    indexed, stored, triggers = _index(target)
    assert indexed == stored == result.events + 1  # and the import's own system event
    assert triggers == 1
    # The index's settings are FTS5's defaults again, as in a database that never imported.
    assert _config(target) == _config(demo_source)
    # Every actor's events are found by the index, as in the database they came from.
    for actor, events in _actors(demo_source).items():
        if len(actor) >= 3:
            assert events <= _found(target, actor), actor


def _always(session: Session, scope: object = None) -> list[Problem]:
    """A rule that finds a problem in any import (it runs after every row is written)."""
    return [Problem("test", "refused on purpose")] if scope is not None else []


def test_a_refusal_after_the_last_row_leaves_database_and_index_as_they_were(
    demo_source: Database, target: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    here = Services(target, "tester")
    make_active(here, code="HERE-2026-01")  # events already in the index
    archive = export_archive(demo_source, list(CODES))
    before_index = _index(target)
    monkeypatch.setattr(core.check, "RULES", (*core.check.RULES, _always))
    refused(target, ArchiveError, lambda: import_archive(target, archive, "t"), "on purpose")
    assert _index(target) == before_index
    monkeypatch.undo()
    # The next import goes through, and both the old and the new events are searchable.
    result = import_archive(target, archive, "tester")
    indexed, stored, triggers = _index(target)
    assert indexed == stored == before_index[1] + result.events + 1
    assert triggers == 1
    assert _found(target, "HERE-2026-01")
    for actor, events in _actors(demo_source).items():
        if len(actor) >= 3:
            assert events <= _found(target, actor), actor
    assert db_state(target)["engagement"] != []


def test_keys_are_told_apart_exactly_even_when_their_hashes_meet(
    demo_source: Database, target: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Only the hashes of unique keys stay in memory while an archive is read; a hash seen
    before is confirmed on the rows, so keys whose hashes meet are still told apart."""
    archive = export_archive(demo_source, None)
    monkeypatch.setattr(checks, "hash", lambda value: 0, raising=False)  # every hash meets
    monkeypatch.setattr(checks, "_BATCH", 2)  # earlier rows spooled, later ones in memory
    result = import_archive(target, archive, "tester")
    assert export_archive(target, None) == archive
    assert len(result.engagements) == len(CODES)
    # A real repeat is refused as before: the second engagement takes the first one's code.
    text = archive.decode()
    first, second = sorted(CODES)[:2]
    doubled = text.replace(f'"code": "{second}"', f'"code": "{first}"').encode()
    fresh = open_database(str(Path(str(target.engine.url.database)).with_name("fresh.sqlite3")))
    try:
        error = refused(fresh, ArchiveError, lambda: import_archive(fresh, doubled, "t"))
    finally:
        fresh.close()
    assert f"code={first}" in error.message and "must be unique" in error.message


def test_an_id_is_kept_compactly_and_never_mistaken_for_another_spelling(
    demo_source: Database, target: Database
) -> None:
    """Ids are kept as numbers while an archive is read, each standing for one text only;
    a reference spelled with capitals is still not the id it resembles, so the archive is
    refused as before."""
    spellings = [
        "0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0",
        "0F1E2D3C-4B5A-6978-8796-A5B4C3D2E1F0",
        "000000k1-0001-4001-8000-000000001ef0",
        "client-1",
        "",
        "\x00",
        "里程碑",
    ]
    keys = [id_key(text) for text in spellings]
    assert [id_text(key) for key in keys] == spellings
    assert len(set(keys)) == len(spellings)
    archive = json.loads(export_archive(demo_source, None))
    contact = archive["tables"]["contact"][0]
    contact["client_id"] = contact["client_id"].upper()
    edited = json.dumps(archive, ensure_ascii=False).encode()
    error = refused(target, ArchiveError, lambda: import_archive(target, edited, "t"))
    assert f"refers to client {contact['client_id']}" in error.message


def test_keys_an_archive_can_make_meet_in_python_hashes_stay_apart() -> None:
    """Numbers hash alike in every Python process (-1 and -2, n and n + 2**61 - 1), so an
    archive holding milestone positions like these could make every key meet and turn the
    reading into a rescan of all rows per row; the keys are hashed as text instead, with the
    process's secret key."""
    pairs = [(("m", -1), ("m", -2)), (("m", 5), ("m", 5 + 2**61 - 1)), ((-1,), (-2,))]
    for one, other in pairs:
        assert hash(one) == hash(other)  # what the archive could exploit
        assert checks._token(one) != checks._token(other)
    assert checks._token(("m", 1)) == checks._token(("m", 1))  # a real repeat still meets


def test_a_failure_while_the_events_are_written_leaves_the_search_trigger_and_index(
    demo_source: Database, target: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The search trigger is dropped while the events go in; a failure in the middle of
    them (here: a disk error after the first batch) leaves it in place and the index whole."""
    from core.archive import importing

    here = Services(target, "tester")
    make_active(here, code="HERE-2026-01")
    archive = export_archive(demo_source, list(CODES))
    before = _index(target)
    real = importing._Plan.batches

    def failing(self, name):  # type: ignore[no-untyped-def]
        for number, batch in enumerate(real(self, name)):
            if name == "history_event" and number == 1:
                raise sqlite3.OperationalError("disk I/O error")
            yield batch

    monkeypatch.setattr(checks, "_BATCH", 5)  # the events come in many batches
    monkeypatch.setattr(importing._Plan, "batches", failing)
    with pytest.raises(DomainError) as raised:  # the fault in words, nothing written
        import_archive(target, archive, "t")
    assert "disk" in str(raised.value).lower()
    assert _index(target) == before  # trigger back, index and events as they were
    assert _found(target, "HERE-2026-01")
