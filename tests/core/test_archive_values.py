"""An archive whose values are not in the form an export writes is refused whole, naming the
table, the row and the column, and the database it was imported into is left as it was.
The file itself is refused the same way when it is not an archive as an export writes it.
(The rules an archive must keep, once its values are read, are in test_import_rules.)"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from core.archive import export_archive, import_archive
from core.db import Database, open_database
from core.errors import ArchiveError
from core.models import Engagement
from core.services import Services
from tests.checks import refused
from tests.factories import Cli, accept, make_active, sign

Doc = dict[str, Any]


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    """An active engagement with a signed sign-off (its returned file is stored bytes)."""
    source = open_database(str(tmp_path_factory.mktemp("source") / "source.sqlite3"))
    try:
        services = Services(source, "tester")
        built = make_active(services)
        accept(services, built, built.milestone_ids[0])
        sign(services)
        return export_archive(source, ["ACME-2026-01"])
    finally:
        source.close()


def first(doc: Doc, table: str) -> Doc:
    row: Doc = doc["tables"][table][0]
    return row


def setter(table: str, column: str, value: object) -> Callable[[Doc], None]:
    def change(doc: Doc) -> None:
        first(doc, table)[column] = value

    return change


CASES: dict[str, tuple[Callable[[Doc], None], str]] = {
    "null where a value is required": (
        setter("engagement", "title", None),
        "engagement[0].title is missing a value (null is not allowed)",
    ),
    "a yes/no that is text": (
        setter("contact", "signatory", "yes"),
        "contact[0].signatory must be true or false",
    ),
    "a position with a fraction": (
        setter("milestone", "position", 1.5),
        "milestone[0].position must be a whole number",
    ),
    "a number given as true": (
        setter("engagement", "version", True),
        "engagement[0].version must be a whole number",
    ),
    "a number beyond 64 bits": (
        setter("engagement", "version", 2**70),
        "engagement[0].version is a whole number too large for any field of an archive (22 digits)",
    ),
    "a text given as a number": (
        setter("engagement", "code", 2026),
        "engagement[0].code must be a string",
    ),
    "a code longer than its column": (
        setter("engagement", "code", "X" * 500),
        "engagement[0].code is longer than",
    ),
    "a negative amount": (
        setter("milestone", "amount_minor", "-5"),
        "an amount cannot be negative ('-5')",
    ),
    "an amount that is not a number": (
        setter("milestone", "amount_minor", "12 euros"),
        "milestone[0].amount_minor",
    ),
    "a day that does not exist": (
        setter("engagement", "start_date", "2026-02-30"),
        "engagement[0].start_date: '2026-02-30' is not a date in the form YYYY-MM-DD",
    ),
    "a date in another form": (
        setter("engagement", "start_date", "05/01/2026"),
        "is not a date in the form YYYY-MM-DD",
    ),
    "a timestamp without its zone": (
        setter("engagement", "created_at", "2026-01-05 10:00:00"),
        "engagement[0].created_at: '2026-01-05 10:00:00' is not a UTC timestamp",
    ),
    # a database would keep neither as written (PostgreSQL rounds to microseconds, and both
    # spell a zone their own way), so a hashed value could change on its way in
    "a timestamp with a fraction of a second": (
        setter("engagement", "created_at", "2026-01-05T10:00:00.5Z"),
        "engagement[0].created_at: '2026-01-05T10:00:00.5Z' is not a UTC timestamp",
    ),
    "a history event's time with an offset": (
        setter("history_event", "at", "2026-01-05T12:00:00+02:00"),
        "history_event[0].at: '2026-01-05T12:00:00+02:00' is not a UTC timestamp",
    ),
    "a file that is not base64": (
        setter("signoff", "returned_file", "this is not base64!"),
        "signoff[0].returned_file is not valid base64",
    ),
}


@pytest.mark.parametrize("case", list(CASES), ids=list(CASES))
def test_a_value_not_in_the_exported_form_refuses_the_whole_archive(
    db: Database, archive: bytes, case: str
) -> None:
    damage, words = CASES[case]
    document = json.loads(archive)
    damage(document)
    data = json.dumps(document).encode("utf-8")
    error = refused(db, ArchiveError, lambda: import_archive(db, data, "tester"), words)
    assert str(error).startswith("the archive was refused: ")
    assert str(error).endswith("Nothing was imported")


def test_the_same_archive_unharmed_is_imported(db: Database, archive: bytes) -> None:
    """The cases above differ from a good archive by their one value only."""
    import_archive(db, archive, "tester")
    with db.reading() as session:
        assert list(session.scalars(select(Engagement.code))) == ["ACME-2026-01"]


def test_an_archive_file_from_the_command_line_is_refused_the_same_way(
    cli: Cli, archive: bytes, tmp_path: Path
) -> None:
    document = json.loads(archive)
    setter("engagement", "start_date", "2026-02-30")(document)
    path = tmp_path / "damaged.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    code, out, err = cli("import", path)
    assert code == 2 and out == ""
    assert "engagement[0].start_date: '2026-02-30' is not a date" in err
    assert cli.json("list") == []


# --- the file itself, before any value is read ------------------------------------------------


def reshaped(change: Callable[[Doc], None]) -> Callable[[bytes], bytes]:
    def damage(data: bytes) -> bytes:
        document = json.loads(data)
        change(document)
        return json.dumps(document).encode("utf-8")

    return damage


def drop_title(doc: Doc) -> None:
    del first(doc, "engagement")["title"]


def row_as_list(doc: Doc) -> None:
    doc["tables"]["engagement"][0] = ["ACME-2026-01"]


FILE_CASES: dict[str, tuple[Callable[[bytes], bytes], str]] = {
    "a key given twice": (
        lambda data: data.replace(b'{"client_id"', b'{"client_id": "x", "client_id"', 1),
        "the key 'client_id' appears twice in one object",
    ),
    "a NaN": (
        lambda data: data.replace(b'"version": 2', b'"version": NaN', 1),
        "the file contains NaN, which no archive holds",
    ),
    "JSON without the archive header": (
        lambda _: b"[1, 2, 3]",
        "the file is not a Scopekeeper archive (no archive header)",
    ),
    "nesting beyond any archive": (
        lambda _: b'{"format": ' + b"[" * 5000 + b"]" * 5000 + b"}",
        "the file nests JSON too deeply to be an archive",
    ),
    "text after the archive": (
        lambda data: data + b" {}",
        "the file is not valid JSON (line",
    ),
    "bytes that are not UTF-8": (
        lambda _: b"\xff\xfe garbage",
        "the file is not UTF-8 text (byte 0); it is not an archive",
    ),
    "a table that is not a list": (
        reshaped(lambda doc: doc["tables"].update(engagement={"a": 1})),
        "tables.engagement must be a list",
    ),
    "a row that is not an object": (reshaped(row_as_list), "engagement[0] must be an object"),
    "a field no table has": (
        reshaped(setter("engagement", "colour", "red")),
        "engagement[0] has unknown field(s) colour",
    ),
    "a field left out": (reshaped(drop_title), "engagement[0] lacks title"),
    "a state no engagement has": (
        reshaped(setter("engagement", "status", "finished")),
        "engagement[0].status: 'finished' is not one of 'active', 'cancelled', 'completed', "
        "'draft'",
    ),
    "a table no database has": (
        reshaped(lambda doc: doc["tables"].update(wishlist=[])),
        "tables has unknown field(s) wishlist",
    ),
    "an archive of a newer Scopekeeper": (
        reshaped(lambda doc: doc.update(version=99)),
        "made by a newer Scopekeeper (archive version 99); this one reads version 1",
    ),
}


@pytest.mark.parametrize("case", list(FILE_CASES), ids=list(FILE_CASES))
def test_a_damaged_archive_file_is_refused_whole_in_words(
    db: Database, archive: bytes, case: str
) -> None:
    damage, words = FILE_CASES[case]
    data = damage(archive)
    assert data != archive
    error = refused(db, ArchiveError, lambda: import_archive(db, data, "tester"), words)
    assert str(error).endswith("Nothing was imported")
