"""Corrupted archives are refused the same way whichever way the import takes: written
while read (a new SQLite database, the file rewindable) or read and checked whole first (a
source that cannot rewind, or a database that already holds a client). Each corruption is
imported every way, one after the other into the same database: each time the archive is
refused with the same sentence naming the problem, the database (search index included) is
exactly as it was, and no writing thread is left behind."""

from __future__ import annotations

import io
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import core.archive.checks as checks
import core.archive.importing as importing
import core.archive.reader as reader
from core.archive import export_archive, import_archive
from core.db import Database, open_database
from core.errors import ArchiveError
from core.history import GENESIS, SYSTEM_STREAM, event_hash
from core.services import Services
from tests.checks import import_writers, refused, search_index
from tests.factories import (
    demo_archive_fixture,  # noqa: F401  (the archive fixture)
    make_active,
)

Document = dict[str, Any]


@pytest.fixture(autouse=True)
def small(monkeypatch: pytest.MonkeyPatch) -> None:
    """Batches far smaller than the demo archive, so that rows are written (or set aside)
    before the corruption is read."""
    monkeypatch.setattr(checks, "_BATCH", 3)
    monkeypatch.setattr(importing, "_ROWS_PER_STATEMENT", 2)
    monkeypatch.setattr(importing, "_EVENTS_PER_STATEMENT", 2)
    monkeypatch.setattr(importing, "_INDEX_STEP", 7)
    monkeypatch.setattr(reader, "_CHUNK", 256)


# --- the corruptions -----------------------------------------------------------------------


def _rows(document: Document, name: str) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = document["tables"][name]
    assert len(rows) >= 2, f"the demo archive has rows of {name}"
    return rows


def _rehash(stream: list[dict[str, Any]]) -> None:
    """Give a stream's events (in order) the links and hashes they would have had."""
    prev = GENESIS
    for event in stream:
        fields = ("stream", "seq", "at", "actor", "entity", "entity_id", "action")
        event["prev_hash"] = prev
        event["hash"] = prev = event_hash(
            **{f: event[f] for f in fields},
            before=event["before"],
            after=event["after"],
            prev_hash=prev,
        )


def _middle_event(document: Document) -> tuple[int, dict[str, Any]]:
    events = _rows(document, "history_event")
    index = len(events) // 2
    return index, events[index]


def repeated_event(document: Document) -> str:
    events = _rows(document, "history_event")
    index, event = _middle_event(document)
    events.insert(index + 1, dict(event))
    return f"event {event['seq']} is listed twice or out of order"


def repeated_id(name: str) -> Callable[[Document], str]:
    def change(document: Document) -> str:
        rows = _rows(document, name)
        rows[-1]["id"] = rows[0]["id"]
        return f"{name}[{len(rows) - 1}] repeats id={rows[0]['id']}"

    return change


def repeated_position(document: Document) -> str:
    """Two milestones of one engagement in the same place (a unique pair of columns)."""
    rows = _rows(document, "milestone")
    first, second = next(
        (i, j)
        for i in range(len(rows))
        for j in range(i + 1, len(rows))
        if rows[i]["engagement_id"] == rows[j]["engagement_id"]
    )
    rows[second]["position"] = rows[first]["position"]
    return f"milestone[{second}] repeats engagement_id="


def unknown_stream(document: Document) -> str:
    """A whole, well-linked stream of events that no history stream row announces."""
    events = _rows(document, "history_event")
    key = "engagement:" + "f" * 36
    copied = [dict(e, stream=key) for e in events if e["stream"] == events[0]["stream"]]
    _rehash(copied)
    events.extend(copied)
    return key


def missing_criterion(document: Document) -> str:
    rows = _rows(document, "verdict")
    rows[-1]["criterion_id"] = "f" * 36
    return f"verdict[{len(rows) - 1}].criterion_id refers to criterion {'f' * 36}"


def extra_column(document: Document) -> str:
    rows = _rows(document, "contact")
    rows[-1]["nickname"] = "Bob"
    return "nickname"


def missing_column(document: Document) -> str:
    rows = _rows(document, "verdict")
    del rows[-1]["note"]
    return "note"


def number_amount(document: Document) -> str:
    """Amounts are archived as text (digits): a JSON number is the wrong type."""
    rows = _rows(document, "milestone")
    rows[-1]["amount_minor"] = int(rows[-1]["amount_minor"])
    return f"milestone[{len(rows) - 1}].amount_minor"


def huge_amount(document: Document) -> str:
    rows = _rows(document, "milestone")
    rows[-1]["amount_minor"] = str(2**63)
    return f"milestone[{len(rows) - 1}].amount_minor"


def huge_position(document: Document) -> str:
    rows = _rows(document, "verdict")
    rows[-1]["position"] = 2**63
    return f"verdict[{len(rows) - 1}].position is a whole number too large"


def broken_chain(document: Document) -> str:
    _, event = _middle_event(document)
    event["after"] = event["after"].replace("}", ', "x": 1}', 1) if event["after"] else "{}"
    return f"event {event['seq']} was altered after it was written"


def unlinked_event(document: Document) -> str:
    _, event = _middle_event(document)
    event["prev_hash"] = "0" * 64
    return "does not link to the event before it"


def edited_scope(document: Document) -> str:
    """The classic: a milestone's amount changed after its engagement's baseline."""
    locked = {row["engagement_id"] for row in _rows(document, "baseline")}
    rows = _rows(document, "milestone")
    row = next(r for r in rows if r["engagement_id"] in locked)
    row["amount_minor"] = str(int(row["amount_minor"]) + 100)
    return "'scopekeeper check'"


def lone_surrogate(document: Document) -> str:
    rows = _rows(document, "contact")
    rows[-1]["name"] = "Ann \ud800 Lee"
    return f"contact[{len(rows) - 1}].name"


def nul_text(document: Document) -> str:
    rows = _rows(document, "contact")
    rows[-1]["role"] = "before\x00after"
    return f"contact[{len(rows) - 1}].role holds a NUL character"


def newer_version(document: Document) -> str:
    document["version"] += 1
    return "newer Scopekeeper"


def repeated_signoff_milestone(document: Document) -> str:
    rows = _rows(document, "signoff")
    rows[-1]["milestone_id"] = rows[0]["milestone_id"]
    return f"signoff[{len(rows) - 1}] repeats milestone_id="


def repeated_code(document: Document) -> str:
    rows = _rows(document, "engagement")
    rows[-1]["code"] = rows[0]["code"]
    return f"engagement[{len(rows) - 1}] repeats code={rows[0]['code']}"


def contact_of_missing_client(document: Document) -> str:
    """Contacts come before clients in the file: they wait for them, then are refused."""
    rows = _rows(document, "contact")
    rows[0]["client_id"] = "f" * 36
    return f"contact[0].client_id refers to client {'f' * 36}"


def row_not_an_object(document: Document) -> str:
    rows = _rows(document, "criterion")
    rows[-1] = 12
    return f"criterion[{len(rows) - 1}] must be an object"


def table_not_a_list(document: Document) -> str:
    document["tables"]["verdict"] = {}
    return "tables.verdict must be a list"


def flag_as_number(document: Document) -> str:
    rows = _rows(document, "contact")
    rows[-1]["signatory"] = 1
    return f"contact[{len(rows) - 1}].signatory"


def impossible_date(document: Document) -> str:
    rows = _rows(document, "milestone")
    rows[-1]["baseline_due"] = "2026-02-30"
    return f"milestone[{len(rows) - 1}].baseline_due"


def wrong_fingerprint(document: Document) -> str:
    rows = _rows(document, "signoff")
    rows[-1]["fingerprint"] = "0" * 64
    return f"signoff[{len(rows) - 1}]: the snapshot does not match its fingerprint"


def huge_seq(document: Document) -> str:
    index, event = _middle_event(document)
    event["seq"] = 2**63
    return f"history_event[{index}].seq is a whole number too large"


def wrong_head_seq(document: Document) -> str:
    rows = _rows(document, "history_stream")
    rows[-1]["last_seq"] += 1
    return "does not match its last event"


def system_stream(document: Document) -> str:
    """Well-linked events of the database's own stream, with their head: never archived."""
    events = _rows(document, "history_event")
    copied = [dict(e, stream=SYSTEM_STREAM) for e in events if e["stream"] == events[0]["stream"]]
    _rehash(copied)
    events.extend(copied)
    heads = _rows(document, "history_stream")
    last = copied[-1]
    heads.append(
        {
            "engagement_id": None,
            "key": SYSTEM_STREAM,
            "last_hash": last["hash"],
            "last_seq": last["seq"],
        }
    )
    return f"history_stream[{len(heads) - 1}]: the stream '{SYSTEM_STREAM}' is not archived"


def repeated_stream(document: Document) -> str:
    rows = _rows(document, "history_stream")
    rows[-1]["key"] = rows[0]["key"]
    return f"history_stream[{len(rows) - 1}] repeats key={rows[0]['key'][:40]}"


def missing_parent(document: Document) -> str:
    """Met only once the archive is read (a parent may be in the database): the rows
    written meanwhile are rolled back, and the archive is weighed the other way."""
    rows = _rows(document, "engagement")
    spin_off = next(row for row in rows if row["parent_id"])
    spin_off["parent_id"] = "f" * 36
    return "neither in the archive nor in this database"


EDITS: dict[str, Callable[[Document], str]] = {
    "repeated event": repeated_event,
    "repeated contact id": repeated_id("contact"),
    "repeated verdict id": repeated_id("verdict"),
    "repeated objective id": repeated_id("objective"),
    "repeated criterion id": repeated_id("criterion"),
    "repeated objective position": repeated_position,
    "event of an unknown stream": unknown_stream,
    "verdict of a missing criterion": missing_criterion,
    "extra column": extra_column,
    "missing column": missing_column,
    "amount as a number": number_amount,
    "amount of 2**63": huge_amount,
    "position of 2**63": huge_position,
    "event altered": broken_chain,
    "event unlinked": unlinked_event,
    "locked scope edited": edited_scope,
    "lone surrogate": lone_surrogate,
    "NUL in text": nul_text,
    "newer version": newer_version,
    "repeated sign-off milestone": repeated_signoff_milestone,
    "repeated engagement code": repeated_code,
    "contact of a missing client": contact_of_missing_client,
    "row not an object": row_not_an_object,
    "table not a list": table_not_a_list,
    "flag as a number": flag_as_number,
    "impossible date": impossible_date,
    "wrong fingerprint": wrong_fingerprint,
    "event number of 2**63": huge_seq,
    "stream head's number": wrong_head_seq,
    "repeated stream head": repeated_stream,
    "the system's stream": system_stream,
    "spin-off of a missing parent": missing_parent,
}
WEIGHED_AFTER = {"spin-off of a missing parent"}


def _edited(archive: bytes, name: str) -> tuple[bytes, str]:
    document = json.loads(archive)
    words = EDITS[name](document)
    # ASCII escapes: a lone surrogate can only be written so.
    return json.dumps(document, sort_keys=True, indent=1).encode(), words


def _cut(archive: bytes) -> tuple[bytes, str]:
    """The file ends in the middle of the events (in the middle of a row)."""
    start = archive.index(b'"history_event"')
    end = archive.index(b'"history_stream"')
    return archive[: (start + end) // 2], "not valid JSON"


def _long_number(archive: bytes) -> tuple[bytes, str]:
    """A verdict's position of 5,000 digits (more than Python turns into an int)."""
    document = json.loads(archive)
    document["tables"]["verdict"][-1]["position"] = 123456789
    text = json.dumps(document, sort_keys=True, indent=1).encode()
    return text.replace(b": 123456789,", b": " + b"9" * 5000 + b",", 1), "number far too long"


def _tables(archive: bytes, change: Callable[[list[tuple[str, Any]]], object]) -> bytes:
    """The archive written anew with its tables, as (name, rows) pairs, changed."""
    document = json.loads(archive)
    tables = list(document.pop("tables").items())
    change(tables)
    listed = ", ".join(f"{json.dumps(name)}: {json.dumps(rows)}" for name, rows in tables)
    head = json.dumps(document, sort_keys=True)[:-1]
    return f'{head}, "tables": {{{listed}}}}}'.encode()


RAW: dict[str, Callable[[bytes], tuple[bytes, str]]] = {
    "cut in the events": _cut,
    "number of 5,000 digits": _long_number,
    "table listed twice": lambda archive: (
        _tables(archive, lambda t: t.append(("objective", []))),
        "the key 'objective' appears twice",
    ),
    "unknown table": lambda archive: (
        _tables(archive, lambda t: t.append(("invoice", []))),
        "tables has unknown field(s) invoice",
    ),
    "table left out": lambda archive: (
        _tables(archive, lambda t: t.remove(next(i for i in t if i[0] == "objective"))),
        "tables lacks objective",
    ),
    "header key twice": lambda archive: (
        archive.replace(b'"version": 1', b'"version": 1, "version": 1', 1),
        "the key 'version' appears twice",
    ),
}

CASES = [*EDITS, *RAW]


# --- the ways ------------------------------------------------------------------------------


class _Pipe(io.BytesIO):
    """A source that cannot rewind: always read and checked whole before writing."""

    def seekable(self) -> bool:
        return False


@pytest.mark.parametrize("case", CASES)
def test_every_way_refuses_a_corrupted_archive_alike(
    archive: bytes, db: Database, monkeypatch: pytest.MonkeyPatch, case: str
) -> None:
    data, words = RAW[case](archive) if case in RAW else _edited(archive, case)
    taken: list[str] = []
    real = importing._import_streaming

    def streaming(*args: Any) -> Any:
        taken.append("streaming")
        result = real(*args)
        if result is None:  # the database holds records: the other way
            taken[-1] = "declined"
        return result

    monkeypatch.setattr(importing, "_import_streaming", streaming)
    messages: dict[str, str] = {}
    for way in ("new", "pipe", "occupied"):
        if way == "occupied":
            make_active(Services(db, "tester"), code="HERE-2026-01")
        source = _Pipe(data) if way == "pipe" else data
        index = search_index(db)
        error = refused(db, ArchiveError, lambda: import_archive(db, source, "t"), words)
        assert search_index(db) == index, way
        assert import_writers() == [], way
        messages[way] = error.message
        assert "Traceback" not in error.message
    # Written while read only into the new SQLite database, from the rewindable file.
    first = "declined" if case in WEIGHED_AFTER else "streaming"
    assert taken == ([first, "declined"] if db.is_sqlite else [])
    assert messages["new"] == messages["pipe"] == messages["occupied"], messages


def test_tables_in_any_order_import_alike_every_way(archive: bytes, tmp_path: Path) -> None:
    """The tables listed in reverse (rows referring to others come first, and wait for
    them): the archive is taken, the same, either way."""
    reverse = _tables(archive, lambda t: t.reverse())
    assert reverse.index(b'"verdict"') < reverse.index(b'"baseline"')
    exported = []
    for way, source in (("new", reverse), ("pipe", _Pipe(reverse))):
        db = open_database(str(tmp_path / f"{way}.sqlite3"))
        try:
            import_archive(db, source, "tester")
            assert import_writers() == []
            exported.append(export_archive(db, None))
        finally:
            db.close()
    assert exported == [archive, archive]
