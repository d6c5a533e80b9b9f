"""The readable history export's fast path writes exactly what putting each event into words
one at a time writes (``EventText.summary``, the reference), in every language: on a varied
history (records created, changed and removed, amounts, days, a review round and its
verdicts, a signature, a moved forecast, a deemed acceptance, a cancelled engagement, the
demo portfolio) and on records no service writes (texts that are not JSON, lists, floats,
yes/no against 1/0, formula-like values, a milestone named by its position)."""

from __future__ import annotations

import csv
import dataclasses
import gc
import io
import json
from collections.abc import Iterator
from datetime import UTC, date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from core.db import Database
from core.history import engagement_stream
from core.money import Money
from core.queries import (
    EngagementDetail,
    engagement_detail,
    history_milestones,
    history_names,
    iter_history,
    list_engagements,
)
from core.queries.history import HISTORY_TEXT_COLUMNS, iter_history_text
from core.services import Services
from reports.cells import safe_cells
from reports.event_text import EventText, Summaries, load_record, load_records
from reports.exports import export_history
from reports.readable_history import headings, readable_rows, readable_texts
from tests.factories import (
    Built,
    demo_source_fixture,  # noqa: F401  (the source fixture: the demo portfolio)
    make_varied_history,
)
from tests.reports.builders import ODD_TEXTS as ODD_CELLS
from tests.reports.builders import add_raw_events, engagement

LANGUAGES = ["en", "fr", "es", "zh-TW"]

ODD_RECORDS: list[tuple[Any, Any]] = [
    ({"note": "same"}, {"note": "same"}),  # no change a reader sees
    ({"note": "  two   spaces "}, {"note": "two spaces"}),  # cleaned alike: no change
    ({"note": "   "}, {"note": None}),  # a blank text and nothing are both "—"
    ({"flag": True}, {"flag": 1}),  # yes against 1
    ({"flag": 0}, {"flag": False}),
    ({"ratio": -0.0}, {"ratio": 0.0}),  # equal, written apart
    ({"tags": [1]}, {"tags": [1.0]}),
    ({"tags": ["a", "b"]}, {"tags": ["a", "b", 3]}),
    ({"criteria": [{"a": 1}]}, {"criteria": [{"a": 1}, {"b": 2}]}),  # counted
    ({"contact": {"name": "A"}}, {"contact": {}}),
    ({"state": "planned"}, {"state": "in_progress"}),
    ({"state": "not a state"}, {"state": "planned"}),
    ({"baseline_due": "2026-03-05"}, {"baseline_due": "next week"}),
    ({"amount_minor": 100}, {"amount_minor": 100}),
    ({"amount_minor": 100}, {"amount_minor": -250}),
    ({"amount_minor": True}, {"amount_minor": 5}),
    ({"reviewer_id": "unknown-id"}, {"reviewer_id": None}),
    ({"title": "=SUM(A1:A9)"}, {"title": "-5"}),  # the change starts with its field
    ("=HYPERLINK(1)", "+1"),  # a value that is not a record starts the change itself
    ("@cmd", "\tx"),
    (["a", "b"], {"a": 1}),
    (12, 13.5),
    (None, {"id": "x", "client_id": "y", "title": "Made", "zeta": "last", "b_sha256": "f" * 64}),
    ({"title": "Gone", "position": 2, "nested": {"a": 1}, "list": [1, 2]}, None),
    (None, "just text"),
    ("just text", None),
    (None, None),
    ({}, {}),
    ({"milestone": 2, "text": "by position"}, {"milestone": 2, "text": "moved"}),
    ({"milestone": 99}, {"milestone": "2"}),  # no such milestone; not a position
    ({"milestone": 1, "text": "removed"}, None),  # named before only
    ({"milestone": 3}, {"text": "no position now"}),
    ("text", {"milestone": 2}),
    ({"a_sha256": "1" * 64, "z": "a"}, {"a_sha256": "2" * 64, "z": "b"}),  # hashes last
]
"""(before, after) records of events no service writes, read back from their JSON."""
ODD_TEXTS = [
    ("not json", "{}"),
    (" {}", "{} "),  # space around: not read whole by the scanner
    ("\ufeff{}", "[1"),
    ("NaN", "1e999"),
    ("", ""),
    ("null", '"text"'),
    ('{"a": 1} {"b": 2}', "tru"),
]
"""(before, after) stored texts that are not canonical JSON."""


def _event(db: Database, engagement_id: str, before: Any, after: Any, raw: bool = False) -> None:
    """An event whose stored before/after texts are the given records as JSON (in their
    key order, floats and all), or with ``raw`` the given texts themselves."""
    stream = engagement_stream(engagement_id)
    with db.unit_of_work("=Importer") as uow:  # an actor that looks like a formula
        uow.event(stream, "milestone", "not-a-milestone", "edited", engagement_id=engagement_id)
        uow.commit()
    if not raw:
        before, after = (
            "" if r is None else json.dumps(r, ensure_ascii=False) for r in (before, after)
        )
    with db.engine.begin() as connection:
        seq = connection.execute(
            text("SELECT max(seq) FROM history_event WHERE stream = :s"), {"s": stream}
        ).scalar_one()
        connection.execute(
            text("UPDATE history_event SET before = :b, after = :a WHERE stream = :s AND seq = :q"),
            {"b": before, "a": after, "s": stream, "q": seq},
        )


@pytest.fixture
def varied(services: Services, db: Database) -> Database:
    """An engagement whose history holds most kinds of row (``make_varied_history``), and
    odd records no service writes."""

    def odd(built: Built) -> None:
        for before, after in ODD_RECORDS:
            _event(db, built.engagement_id, before, after)
        for before, after in ODD_TEXTS:
            _event(db, built.engagement_id, before, after, raw=True)

    make_varied_history(services, odd)
    return db


def reference_cells(db: Database, detail: EngagementDetail) -> Iterator[list[str]]:
    """The CSV cells of each event made the plain way, one event at a time through
    ``EventText.summary``: what the readable CSV held before it had a fast path."""
    with db.reading() as session:
        names = history_names(session, detail.id)
        milestones = history_milestones(session, detail.id)
        by_position = {position: title for position, title in milestones.values()}
        words = EventText(detail.language, names, whole=True)
        for event in iter_history(session, detail.id):
            before, after = load_record(event.before), load_record(event.after)
            place = milestones.get(event.entity_id)
            if place is None:
                for record in (after, before):
                    position = record.get("milestone") if isinstance(record, dict) else None
                    if isinstance(position, int) and position in by_position:
                        place = (position, by_position[position])
                        break
            amounts = []
            for record in (before, after):
                found = None
                if isinstance(record, dict):
                    value = record.get("amount_minor")
                    if isinstance(value, int) and not isinstance(value, bool):
                        found = Money(value, detail.currency).to_decimal()
                amounts.append(found)
            if amounts[0] == amounts[1]:
                amounts = [None, None]
            moment = event.at.astimezone(UTC).replace(tzinfo=None)
            cells = safe_cells(
                [
                    moment.isoformat(" ", "seconds"),
                    event.actor,
                    f"{detail.code} · {detail.title}",
                    f"M{place[0]} · {place[1]}" if place else "",
                    words.what(event.entity, event.action),
                    words.summary(event.before, event.after, detail.currency),
                    "",
                    "",
                    detail.currency,
                ]
            )
            cells[6:8] = ["" if a is None else str(a) for a in amounts]
            yield cells


def details(db: Database) -> list[EngagementDetail]:
    with db.reading() as session:
        codes = [row.code for row in list_engagements(session)]
        return [engagement_detail(session, code, date(2026, 3, 2)) for code in codes]


def assert_fast_path_is_the_reference(db: Database, tmp_path: Path) -> None:
    for first in details(db):
        for lang in LANGUAGES:
            detail = dataclasses.replace(first, language=lang)
            expected = list(reference_cells(db, detail))
            assert expected  # every engagement's history starts with its creation
            fast = [row for rows in readable_texts(db, detail, batch=7) for row in rows]
            assert fast == expected, (detail.code, lang)
            # the rows the XLSX export writes (a date, amounts as numbers), as CSV cells
            rows = [
                [
                    *safe_cells(
                        [
                            row.when.isoformat(" ", "seconds"),
                            *(row.who, row.engagement, row.milestone, row.what, row.change),
                        ]
                    ),
                    *("" if a is None else str(a) for a in (row.amount_before, row.amount_after)),
                    *safe_cells([row.currency]),
                ]
                for row in readable_rows(db, detail)
            ]
            assert rows == expected, (detail.code, lang)


def test_the_fast_path_writes_what_the_reference_writes_on_a_varied_history(
    varied: Database, tmp_path: Path
) -> None:
    assert_fast_path_is_the_reference(varied, tmp_path)


def test_the_fast_path_writes_what_the_reference_writes_on_the_demo(
    source: Database, tmp_path: Path
) -> None:
    assert_fast_path_is_the_reference(source, tmp_path)


def test_forgetting_the_kept_words_changes_nothing(
    varied: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With room for only two kept words, the memos start afresh all the time."""
    monkeypatch.setattr(Summaries, "KEEP", 2)
    assert_fast_path_is_the_reference(varied, tmp_path)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_readable_csv_file_holds_the_reference_cells(
    varied: Database, tmp_path: Path, lang: str
) -> None:
    detail = details(varied)[0]
    with varied.engine.begin() as connection:
        connection.execute(
            text("UPDATE engagement SET language = :l WHERE id = :i"), {"l": lang, "i": detail.id}
        )
    target = tmp_path / "history.csv"
    export_history(varied, detail.code, "csv", target)
    data = target.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")  # the BOM spreadsheets read UTF-8 by
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    expected = list(reference_cells(varied, dataclasses.replace(detail, language=lang)))
    assert rows == [safe_cells(headings(lang)), *expected]


def test_records_are_read_as_load_record_reads_them() -> None:
    texts = [
        "", "null", "{}", '{"a":[1,2.5,null,true]}', '"x"', "12", "-0.0", "NaN", "Infinity",
        "1e999", " {}", "{} ", "\ufeff{}", "[1", "tru", '{"a":1}{"b":2}', "not json", "\n",
    ]  # fmt: skip
    for before in texts:
        for after in texts:
            got = load_records(before, after)
            want = (load_record(before), load_record(after))
            assert repr(got) == repr(want), (before, after)


@pytest.fixture
def stored_elsewhere(services: Services, db: Database) -> Database:
    """Events another program stored: times with an offset, a fraction of a second or no
    zone, and texts (actor, entity, action, records) that start like a formula."""
    built = engagement(services, titles=["=SUM(A1:A3)", "+ plus", "@ at"])
    texts = [*ODD_CELLS, *(["\x00 NUL first"] if db.is_sqlite else [])]
    add_raw_events(db, built.engagement_id, texts)
    return db


def test_the_fast_path_writes_what_the_reference_writes_on_events_stored_elsewhere(
    stored_elsewhere: Database, tmp_path: Path
) -> None:
    assert_fast_path_is_the_reference(stored_elsewhere, tmp_path)


def test_some_columns_of_the_history_read_as_text_are_those_of_the_whole(
    stored_elsewhere: Database,
) -> None:
    engagement_id = details(stored_elsewhere)[0].id
    wanted = ("at", "actor", "before", "hash")
    with stored_elsewhere.reading() as session:
        whole = [r for b in iter_history_text(session, engagement_id, batch=4) for r in b]
        part = [
            list(r)
            for b in iter_history_text(session, engagement_id, batch=4, columns=wanted)
            for r in b
        ]
        for refused in [("actor",), ("after", "at"), ("at", "colour")]:
            with pytest.raises(ValueError, match="columns must be"):
                next(iter_history_text(session, engagement_id, columns=refused))
    at = [HISTORY_TEXT_COLUMNS.index(c) for c in wanted]
    assert part == [[row[i] for i in at] for row in whole]
    assert all(row[1].endswith("Z") for row in whole)  # the odd times read in UTC


@pytest.mark.parametrize("raw", [False, True], ids=["readable", "raw"])
def test_a_cancelled_csv_gives_its_connection_back_at_once(
    varied: Database, tmp_path: Path, raw: bool
) -> None:
    """Not when the error that says so is let go (a dialog may keep it), nor when the
    garbage collector comes by: the reading ends with the cancel."""
    from reports.exports import ExportCancelled

    code = details(varied)[0].code
    gc.disable()
    try:
        with pytest.raises(ExportCancelled) as cancelled:
            export_history(
                varied, code, "csv", tmp_path / "h.csv", lambda done, total: False, raw=raw
            )
        assert cancelled.value.__traceback__ is not None  # kept, with its frames
        assert varied.engine.pool.checkedout() == 0  # type: ignore[attr-defined]
    finally:
        gc.enable()
    assert not (tmp_path / "h.csv").exists()
