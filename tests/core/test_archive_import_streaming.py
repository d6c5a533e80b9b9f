"""An archive imported into a new SQLite database is written while it is read, by a thread
of its own. Whatever goes wrong, and wherever (the last row, a check after the last row, the
file, the writing thread), the archive is refused with its reason, the database is exactly
as it was (search index included), and the writing thread has ended."""

from __future__ import annotations

import io
import json
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

import core.archive.checks as checks
import core.archive.importing as importing
import core.archive.reader as reader
from core.archive import export_archive, import_archive
from core.archive.layout import table
from core.check import Problem
from core.db import Database, open_database
from core.errors import ArchiveError, DomainError
from core.models import Engagement
from core.services import Services
from tests.checks import db_state, import_writers, refused, search_index
from tests.factories import (  # noqa: F401  (the source and target fixtures)
    demo_source_fixture,
    empty_target_fixture,
    make_active,
)


@pytest.fixture
def small(monkeypatch: pytest.MonkeyPatch) -> None:
    """Batches far smaller than the demo archive: rows handed over 3 at a time, inserted 2
    to a statement, indexed 7 at a time, the file read 256 characters at a time."""
    monkeypatch.setattr(checks, "_BATCH", 3)
    monkeypatch.setattr(importing, "_ROWS_PER_STATEMENT", 2)
    monkeypatch.setattr(importing, "_EVENTS_PER_STATEMENT", 2)
    monkeypatch.setattr(importing, "_INDEX_STEP", 7)
    monkeypatch.setattr(reader, "_CHUNK", 256)


@pytest.fixture
def ways(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Which way each import went: 'streaming' (written while read), then 'spooled' if the
    archive was imported the other way."""
    taken: list[str] = []
    streaming, spooled = importing._import_streaming, importing._import_spooled

    def stream(*args: Any) -> Any:
        taken.append("streaming")
        return streaming(*args)

    def spool(*args: Any) -> Any:
        taken.append("spooled")
        return spooled(*args)

    monkeypatch.setattr(importing, "_import_streaming", stream)
    monkeypatch.setattr(importing, "_import_spooled", spool)
    return taken


def _edited(archive: bytes, edit: Callable[[dict[str, Any]], None]) -> bytes:
    document = json.loads(archive)
    edit(document)
    return json.dumps(document, ensure_ascii=False, sort_keys=True).encode()


def _refused_whole(target: Database, archive: bytes, *words: str) -> DomainError:
    """The archive is refused with ``words``; database, index and indexes as they were;
    no writing thread left behind."""
    before = search_index(target)
    error = refused(target, ArchiveError, lambda: import_archive(target, archive, "t"), *words)
    assert search_index(target) == before
    assert import_writers() == []
    return error


def test_written_while_read_it_round_trips_searchable_in_every_batch_size(
    source: Database, target: Database, ways: list[str], small: None
) -> None:
    archive = export_archive(source, None)
    fresh = search_index(target)
    assert fresh is not None
    result = import_archive(target, archive, "tester")
    assert ways == ["streaming"]
    assert import_writers() == []
    assert export_archive(target, None) == archive
    index, original = search_index(target), search_index(source)
    assert index is not None and original is not None
    assert index.indexed == index.events == result.events + 1 > 7 * 3  # the import's own event
    assert index.insert_triggers == 1
    assert index.settings == original.settings  # FTS5's defaults again
    assert index.schema == fresh.schema  # every index and trigger back
    # The same as the other way gives, into a database that already had records.
    other = open_database(str(Path(str(target.engine.url.database)).with_name("other.sqlite3")))
    try:
        make_active(Services(other, "tester"), code="HERE-2026-01")
        import_archive(other, archive, "tester")
        assert ways == ["streaming", "streaming", "spooled"]
        assert export_archive(other, None) != archive  # it holds HERE-2026-01 as well
        mine = db_state(target)
        theirs = db_state(other)
        for name in ("milestone", "criterion", "review_round", "signoff", "baseline"):
            assert mine[name] and set(mine[name]) <= set(theirs[name]), name
    finally:
        other.close()


def _last_rows(document: dict[str, Any]) -> tuple[str, dict[str, Any]]:
    """The table whose rows come last in the file, and its last row."""
    name = [n for n, rows in sorted(document["tables"].items()) if rows][-1]
    return name, document["tables"][name][-1]


def test_a_bad_last_row_is_refused_with_nothing_written(
    source: Database, target: Database, small: None
) -> None:
    archive = export_archive(source, None)

    name, _ = _last_rows(json.loads(archive))
    index = len(json.loads(archive)["tables"][name]) - 1

    def spoil(document: dict[str, Any]) -> None:
        _, row = _last_rows(document)
        row["id"] = 12  # not a string

    _refused_whole(target, _edited(archive, spoil), f"{name}[{index}].id must be a string")


def test_a_broken_last_event_is_refused_after_earlier_events_were_written(
    source: Database, target: Database, small: None
) -> None:
    archive = export_archive(source, None)

    def spoil(document: dict[str, Any]) -> None:
        document["tables"]["history_event"][-1]["actor"] = "someone else"

    _refused_whole(target, _edited(archive, spoil), "altered after it was written")


def test_a_check_after_the_last_row_refuses_with_nothing_written(
    source: Database, target: Database, small: None
) -> None:
    """A stream head that does not match its last event is only known once every event has
    been read (and written)."""
    archive = export_archive(source, None)

    def spoil(document: dict[str, Any]) -> None:
        document["tables"]["history_stream"][0]["last_hash"] = "0" * 64

    _refused_whole(target, _edited(archive, spoil), "does not match its last event")


def test_a_reference_to_a_row_read_later_that_never_comes_is_refused(
    source: Database, target: Database, small: None
) -> None:
    """Criteria come before their milestones in the file: they wait, spooled, and are
    refused when the milestones are in and one of theirs is not."""
    archive = export_archive(source, None)

    def spoil(document: dict[str, Any]) -> None:
        document["tables"]["criterion"][-1]["milestone_id"] = "f" * 36

    index = len(json.loads(archive)["tables"]["criterion"]) - 1
    _refused_whole(
        target,
        _edited(archive, spoil),
        f"criterion[{index}].milestone_id refers to milestone {'f' * 36}",
    )


def test_a_parent_loop_is_refused(source: Database, target: Database, small: None) -> None:
    archive = export_archive(source, None)

    def spoil(document: dict[str, Any]) -> None:
        first, second = document["tables"]["engagement"][:2]
        first["parent_id"], second["parent_id"] = second["id"], first["id"]

    _refused_whole(target, _edited(archive, spoil), "own ancestor")


def test_a_file_cut_short_is_refused_after_rows_were_written(
    source: Database, target: Database, small: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    archive = export_archive(source, None)
    cut = archive[: archive.index(b'"history_stream"')]  # in the middle of the file
    handed: list[str] = []
    real = importing._SqliteWriter.write

    def write(self: importing._SqliteWriter, name: str, batch: list[Any]) -> None:
        handed.append(name)
        real(self, name, batch)

    monkeypatch.setattr(importing._SqliteWriter, "write", write)
    _refused_whole(target, cut, "not valid JSON")
    assert "history_event" in handed  # rows had been written when the file ended


@pytest.mark.parametrize("fault", [sqlite3.OperationalError("disk I/O error"), MemoryError()])
def test_an_error_in_the_writing_thread_refuses_and_ends_it(
    source: Database,
    target: Database,
    small: None,
    monkeypatch: pytest.MonkeyPatch,
    fault: BaseException,
) -> None:
    archive = export_archive(source, None)
    calls: list[str] = []
    real = importing._SqliteWriter.write

    def write(self: importing._SqliteWriter, name: str, batch: list[Any]) -> None:
        calls.append(name)
        if name == "history_event" and calls.count(name) == 5:
            raise fault
        real(self, name, batch)

    monkeypatch.setattr(importing._SqliteWriter, "write", write)
    if isinstance(fault, sqlite3.Error):
        error = _refused_whole(target, archive, "the database refused the archive", "disk")
        assert "Nothing was imported" in error.message
    else:
        before = db_state(target), search_index(target)
        with pytest.raises(MemoryError):
            import_archive(target, archive, "t")
        assert (db_state(target), search_index(target)) == before
        assert import_writers() == []
    assert calls.count("history_event") == 5  # nothing written after the fault


def test_a_problem_of_the_file_outranks_an_error_of_the_writing_thread(
    source: Database, target: Database, small: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    archive = export_archive(source, None)

    def write(self: importing._SqliteWriter, name: str, batch: list[Any]) -> None:
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(importing._SqliteWriter, "write", write)
    _refused_whole(target, archive[:-10], "not valid JSON")


def test_an_error_in_the_reading_thread_ends_the_writing_thread(
    source: Database, target: Database, small: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Anything raised while reading (here: an interruption in the middle of the events)
    stops the writing thread before it propagates; nothing is kept."""
    archive = export_archive(source, None)
    real = checks.ArchiveLoader.row
    seen: list[int] = []

    def row(self: checks.ArchiveLoader, name: str, index: int, value: Any, esc: bool) -> None:
        if name == "history_event":
            seen.append(index)
            if index == 40:
                raise KeyboardInterrupt
        real(self, name, index, value, esc)

    monkeypatch.setattr(checks.ArchiveLoader, "row", row)
    before = db_state(target), search_index(target)
    with pytest.raises(KeyboardInterrupt):
        import_archive(target, archive, "t")
    assert (db_state(target), search_index(target)) == before
    assert import_writers() == []
    assert seen[-1] == 40


@pytest.mark.parametrize("why", ["setting", "template name", "parent"])
def test_an_archive_meeting_records_here_is_weighed_the_other_way(
    source: Database, target: Database, ways: list[str], small: None, why: str
) -> None:
    """A setting already set, a template named like a built-in one, a spin-off whose parent
    is not in the archive: the rows written meanwhile are rolled back, and the archive is
    imported (or refused) the way that weighs such records first."""
    archive = export_archive(source, None)
    if why == "setting":
        key = json.loads(archive)["tables"]["setting"]
        assert key, "the demo archive holds settings"
        with target.unit_of_work("tester") as uow:
            uow.session.execute(table("setting").insert().values(key=key[0]["key"], value="other"))
            uow.commit()
        _refused_whole(target, archive, "already has another value here")
    elif why == "template name":
        with target.reading() as session:
            builtin = session.scalar(select(table("review_template").c.name).limit(1))

        def rename(document: dict[str, Any]) -> None:
            document["tables"]["review_template"][0]["name"] = builtin

        edited = _edited(archive, rename)
        assert json.loads(edited)["tables"]["review_template"], "the demo has user templates"
        _refused_whole(target, edited, "already exists in this database")
    else:
        spin_off = next(
            row for row in json.loads(archive)["tables"]["engagement"] if row["parent_id"]
        )
        part = export_archive(source, [spin_off["code"]])
        _refused_whole(target, part, "neither in the archive nor in this database")
    assert ways == ["streaming", "spooled"]


def test_a_source_that_cannot_rewind_is_imported_the_other_way(
    source: Database, target: Database, ways: list[str]
) -> None:
    archive = export_archive(source, None)

    class Pipe(io.BytesIO):
        def seekable(self) -> bool:
            return False

    import_archive(target, Pipe(archive), "tester")
    assert ways == ["spooled"]
    assert export_archive(target, None) == archive


def test_the_database_is_locked_for_writing_while_the_archive_is_read(
    source: Database, target: Database, small: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The write lock is taken before the file is read: another writer waits (here it is
    told the database is busy at once) rather than slipping records in between."""
    archive = export_archive(source, None)
    path = target.engine.url.database
    assert path is not None
    busy: list[str] = []
    real = checks.ArchiveLoader.table

    def table(self: checks.ArchiveLoader, name: str) -> None:
        if name == "milestone":
            other = sqlite3.connect(path, timeout=0)
            try:
                other.execute("INSERT INTO setting(key, value) VALUES ('x', 'y')")
            except sqlite3.OperationalError as exc:
                busy.append(str(exc))
            finally:
                other.close()
        real(self, name)

    monkeypatch.setattr(checks.ArchiveLoader, "table", table)
    import_archive(target, archive, "tester")
    assert busy == ["database is locked"]


def test_a_rule_of_the_whole_database_sends_the_import_the_other_way(
    source: Database, target: Database, ways: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A rule that reads the whole database is run before the rows are written too, and only
    what it finds new refuses the import; rows written while read would already be there
    for its first run. With such a rule in the check, the import is never written while
    read, and what the rule finds in the archive still refuses it."""
    import core.check

    with source.reading() as session:
        refused_title = session.scalars(select(Engagement.title).order_by(Engagement.code)).first()
    assert refused_title  # the demo holds engagements: the rule finds one to refuse

    def no_such_title(session: Session) -> list[Problem]:  # no scope: the whole database
        titles = session.scalars(select(Engagement.title)).all()
        return [Problem("roadmap", f"'{t}' is refused") for t in titles if t == refused_title]

    rules = (*core.check.RULES, no_such_title)
    monkeypatch.setattr(core.check, "RULES", rules)
    monkeypatch.setattr(importing, "RULES", rules)
    archive = export_archive(source, None)

    _refused_whole(target, archive, "is refused")

    assert ways == ["spooled"]
