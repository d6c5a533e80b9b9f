"""An import checks the history chains as it reads the events, while other rows are
checked and batches are written. What it reports must be what reading the events one by
one finds first: a broken link or an altered
event before a bad field of a later event, a bad field before a later break, a break in
the very last event, and streams whose events the archive interleaves are followed each
on its own. Every case is imported both ways (written while read into a new database,
and read whole from a source that cannot rewind), in batches of 3 events and of the
usual size."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import pytest

import core.archive.checks as checks
import core.archive.importing as importing
from core.archive import export_archive, import_archive
from core.db import Database, open_database
from core.errors import ArchiveError
from tests.checks import import_writers, refused, search_index
from tests.factories import demo_archive_fixture  # noqa: F401  (the archive fixture)

Document = dict[str, Any]


@pytest.fixture(params=[3, 2000], ids=["batches of 3", "usual batches"])
def batch(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> int:
    size: int = request.param
    monkeypatch.setattr(checks, "_BATCH", size)
    monkeypatch.setattr(importing, "_EVENTS_PER_STATEMENT", min(size, 2000))
    return size


class _Pipe(io.BytesIO):
    """A source that cannot rewind: read and checked whole before anything is written."""

    def seekable(self) -> bool:
        return False


def _events(document: Document) -> list[dict[str, Any]]:
    events: list[dict[str, Any]] = document["tables"]["history_event"]
    assert len(events) > 20, "the demo archive has events"
    return events


def _altered(event: dict[str, Any]) -> str:
    event["action"] += "!"
    return f"event {event['seq']} was altered after it was written"


def _refused_both_ways(db: Database, document: Document, *words: str) -> None:
    data = json.dumps(document, indent=1).encode()
    messages = []
    for source in (data, _Pipe(data)):
        index = search_index(db)
        error = refused(db, ArchiveError, lambda s=source: import_archive(db, s, "t"), *words)
        assert search_index(db) == index
        assert import_writers() == []
        messages.append(error.message)
    assert messages[0] == messages[1]


def test_an_altered_event_outranks_a_bad_field_of_a_later_event(
    archive: bytes, db: Database, batch: int
) -> None:
    document = json.loads(archive)
    events = _events(document)
    words = _altered(events[10])
    events[11]["actor"] = 12
    _refused_both_ways(db, document, words)


def test_a_bad_field_outranks_a_later_altered_event(
    archive: bytes, db: Database, batch: int
) -> None:
    document = json.loads(archive)
    events = _events(document)
    events[10]["actor"] = 12
    _altered(events[11])
    _refused_both_ways(db, document, "history_event[10].actor")


def test_an_unlinked_event_outranks_a_later_one_out_of_order(
    archive: bytes, db: Database, batch: int
) -> None:
    document = json.loads(archive)
    events = _events(document)
    events[5]["prev_hash"] = "0" * 64
    events.insert(15, dict(events[14]))
    _refused_both_ways(db, document, "does not link to the event before it")


def test_the_last_event_altered_is_refused(archive: bytes, db: Database, batch: int) -> None:
    document = json.loads(archive)
    _refused_both_ways(db, document, _altered(_events(document)[-1]))


def _interleaved(events: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The events with the streams' runs dealt out in turn, one event of each stream after
    another: each stream still lists its own in order."""
    runs: dict[str, list[dict[str, Any]]] = {}
    for event in events:
        runs.setdefault(event["stream"], []).append(event)
    assert len(runs) > 2, "the demo archive has several streams"
    dealt = []
    while any(runs.values()):
        for run in runs.values():
            if run:
                dealt.append(run.pop(0))
    assert dealt != events
    return dealt


def test_interleaved_streams_are_taken_and_a_break_in_one_is_found(
    archive: bytes, db: Database, batch: int, tmp_path: Path
) -> None:
    document = json.loads(archive)
    document["tables"]["history_event"] = _interleaved(_events(document))
    for way, source in (("new", json.dumps(document).encode()), ("pipe", None)):
        target = open_database(str(tmp_path / f"{way}.sqlite3"))
        try:
            data = json.dumps(document).encode()
            import_archive(target, data if source is not None else _Pipe(data), "tester")
            assert export_archive(target, None) == archive
        finally:
            target.close()
    events = _events(document)
    second_run = [e for e in events if e["stream"] == events[-1]["stream"]]
    _refused_both_ways(db, document, _altered(second_run[len(second_run) // 2]))
