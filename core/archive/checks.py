"""Reading an archive and checking it on its own, before the database is touched: JSON,
format and version, every field of every row, uniqueness, references, stored hashes and
the history chains."""

from __future__ import annotations

import json
import re
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any, NoReturn

from sqlalchemy import UniqueConstraint

from core.archive.layout import (
    ARCHIVE_FORMAT,
    ARCHIVE_VERSION,
    ENUMS,
    EXTERNAL_OK,
    TABLE_ORDER,
    from_json,
    kind_of,
    table,
)
from core.canonical import sha256_bytes, sha256_text
from core.errors import ArchiveError
from core.history import GENESIS, SYSTEM_STREAM, event_hash
from core.models.base import timestamp_text

Row = dict[str, Any]
HEADER = ("exported_with", "format", "scope", "tables", "version")
STREAM_OWNERS = {"engagement": "engagement", "client": "client", "template": "review_template"}


@dataclass(frozen=True, slots=True)
class ExternalRef:
    """A reference the archive leaves to the target database (a spin-off's parent)."""

    table: str
    column: str
    value: str
    where: str


@dataclass(frozen=True, slots=True)
class Archive:
    scope: str
    rows: dict[str, list[Row]]
    """Each table's rows exactly as archived (JSON values)."""
    values: dict[str, list[Row]]
    """The same rows as Python values, ready to insert."""
    external: list[ExternalRef] = field(default_factory=list)


def parse_archive(data: bytes) -> Archive:
    """The archive in ``data``, checked as far as it can be without a database."""
    document = _load_json(data)
    scope = _check_header(document)
    tables = document["tables"]
    values = {name: _read_table(name, tables[name]) for name in TABLE_ORDER}
    rows: dict[str, list[Row]] = {name: tables[name] for name in TABLE_ORDER}
    _check_scope(scope, values)
    _check_unique(values)
    external = _check_references(values)
    _check_hashes(values)
    _check_history(values)
    return Archive(scope, rows, values, external)


def _load_json(data: bytes) -> dict[str, Any]:
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        _refuse(f"the file is not UTF-8 text (byte {exc.start}); it is not an archive")
    try:
        document = json.loads(text, object_pairs_hook=_no_duplicates, parse_constant=_no_constant)
    except json.JSONDecodeError as exc:
        _refuse(
            f"the file is not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg}); "
            "it may be truncated or damaged"
        )
    except RecursionError:
        _refuse("the file nests JSON too deeply to be an archive")
    if not isinstance(document, dict):
        _refuse("the file is not a Scopekeeper archive (no archive header)")
    if _ESCAPED_SURROGATE.search(text):
        _check_surrogates(document)
    return document


# A lone surrogate can only come from a JSON escape (raw ones are not UTF-8): only a file
# with such an escape (an emoji written as a pair, usually) is searched value by value.
_ESCAPED_SURROGATE = re.compile(r"\\u[dD][89a-fA-F][0-9a-fA-F]{2}")
_SURROGATE = re.compile("[\ud800-\udfff]")


def _check_surrogates(document: dict[str, Any]) -> None:
    """Refuse a string holding half of a UTF-16 pair: no database stores it as text, and
    no message can print it. The message names where it is, never the string itself."""
    stack: list[tuple[str, Any]] = [("", document)]
    while stack:
        where, value = stack.pop()
        if isinstance(value, str):
            found = _SURROGATE.search(value)
            if found:
                _refuse(
                    f"{where} holds a character that is not text (an unpaired surrogate, "
                    f"U+{ord(found.group()):04X}); the file was damaged or written by "
                    "another program"
                )
        elif isinstance(value, dict):
            for key, item in reversed(value.items()):
                inside = _path(where, key)
                if _SURROGATE.search(key):
                    _refuse(
                        f"a field name in {where or 'the archive header'} holds a character "
                        "that is not text (an unpaired surrogate)"
                    )
                stack.append((inside, item))
        elif isinstance(value, list):
            stack.extend((f"{where}[{i}]", item) for i, item in reversed(list(enumerate(value))))


def _printable(text: str) -> str:
    """``text`` with any lone surrogate written as its escape, so a message can print it
    (duplicate keys are found while the JSON is read, before the search above)."""
    return _SURROGATE.sub(lambda found: f"\\u{ord(found.group()):04x}", text)


def _path(where: str, key: str) -> str:
    """A value's place as other messages name it: ``milestone[0].title``, ``scope``."""
    if where == "":
        return key
    if where == "tables":
        return key
    return f"{where}.{key}"


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            _refuse(f"the key '{_printable(key[:40])}' appears twice in one object")
        result[key] = value
    return result


def _no_constant(name: str) -> NoReturn:
    _refuse(f"the file contains {name}, which no archive holds")


def _check_header(document: dict[str, Any]) -> str:
    if document.get("format") != ARCHIVE_FORMAT:
        _refuse(f"the file is not a Scopekeeper archive (its format is not '{ARCHIVE_FORMAT}')")
    version = document.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        _refuse(f"the archive version {str(version)[:20]!r} is unknown")
    if version > ARCHIVE_VERSION:
        _refuse(
            f"the archive was made by a newer Scopekeeper (archive version {version}); "
            f"this one reads version {ARCHIVE_VERSION}. Install the newer version to import it"
        )
    _exact_keys(document, HEADER, "the archive header")
    if not isinstance(document["exported_with"], str):
        _refuse("exported_with must be a string")
    scope = document["scope"]
    if scope not in ("all", "engagements"):
        _refuse(f"the archive scope {str(scope)[:20]!r} is unknown")
    tables = document["tables"]
    if not isinstance(tables, dict):
        _refuse("tables must be an object")
    _exact_keys(tables, TABLE_ORDER, "tables")
    return str(scope)


def _exact_keys(obj: dict[str, Any], expected: tuple[str, ...], where: str) -> None:
    missing = sorted(set(expected) - obj.keys())
    extra = sorted(obj.keys() - set(expected))
    if missing:
        _refuse(f"{where} lacks {', '.join(missing)}")
    if extra:
        _refuse(f"{where} has unknown field(s) {', '.join(k[:40] for k in extra)}")


def _read_table(name: str, rows: Any) -> list[Row]:
    if not isinstance(rows, list):
        _refuse(f"tables.{name} must be a list")
    t = table(name)
    columns = [(column, kind_of(column)) for column in t.columns]
    names = tuple(column.name for column in t.columns)
    enums = {c: allowed for (tn, c), allowed in ENUMS.items() if tn == name}
    result: list[Row] = []
    for index, row in enumerate(rows):
        where = f"{name}[{index}]"
        if not isinstance(row, dict):
            _refuse(f"{where} must be an object")
        _exact_keys(row, names, where)
        try:
            values = {
                column.name: from_json(column, kind, row[column.name], f"{where}.{column.name}")
                for column, kind in columns
            }
        except ArchiveError as exc:
            _refuse(exc.message)
        for column_name, allowed in enums.items():
            if values[column_name] not in allowed:
                _refuse(
                    f"{where}.{column_name}: '{str(values[column_name])[:40]}' is not one of "
                    + ", ".join(sorted(repr(v) for v in allowed))
                )
        result.append(values)
    return result


def _check_scope(scope: str, values: dict[str, list[Row]]) -> None:
    if scope != "all" and values["setting"]:
        _refuse("settings appear only in an archive of the whole database")
    for index, row in enumerate(values["review_template"]):
        if row["builtin"]:
            _refuse(f"review_template[{index}] is a built-in template, which is never archived")


def _check_unique(values: dict[str, list[Row]]) -> None:
    """Primary keys and unique columns are unique within the archive."""
    for name in TABLE_ORDER:
        t = table(name)
        keys = [tuple(c.name for c in t.primary_key.columns)]
        keys += [
            tuple(c.name for c in constraint.columns)
            for constraint in t.constraints
            if isinstance(constraint, UniqueConstraint)
        ]
        for key in keys:
            seen: set[tuple[Any, ...]] = set()
            for index, row in enumerate(values[name]):
                value = tuple(row[c] for c in key)
                if value in seen:
                    shown = ", ".join(f"{c}={str(v)[:40]}" for c, v in zip(key, value, strict=True))
                    _refuse(f"{name}[{index}] repeats {shown}, which must be unique")
                seen.add(value)


def _check_references(values: dict[str, list[Row]]) -> list[ExternalRef]:
    """Every foreign key points at a row of the archive (a spin-off's parent may instead be
    in the target database; those are returned to be checked there)."""
    present = {
        name: {row["id"] for row in rows} for name, rows in values.items() if "id" in table(name).c
    }
    external: list[ExternalRef] = []
    for name in TABLE_ORDER:
        for fk in sorted(table(name).foreign_keys, key=lambda f: f.parent.name):
            column, target = fk.parent.name, fk.column.table.name
            for index, row in enumerate(values[name]):
                value = row[column]
                if value is None or value in present[target]:
                    continue
                where = f"{name}[{index}].{column}"
                if (name, column) in EXTERNAL_OK:
                    external.append(ExternalRef(target, "id", value, where))
                    continue
                _refuse(f"{where} refers to {target} {value}, which is not in the archive")
    for index, row in enumerate(values["history_stream"]):
        kind, _, owner = str(row["key"]).partition(":")
        owner_table = STREAM_OWNERS.get(kind)
        if row["key"] == SYSTEM_STREAM or owner_table is None:
            _refuse(f"history_stream[{index}]: the stream '{row['key'][:64]}' is not archived")
        if owner not in present[owner_table]:
            _refuse(
                f"history_stream[{index}]: {row['key']} belongs to no {owner_table} of the archive"
            )
    return external


def _check_hashes(values: dict[str, list[Row]]) -> None:
    for name in ("baseline", "signoff"):
        for index, row in enumerate(values[name]):
            if sha256_text(row["snapshot"]) != row["fingerprint"]:
                _refuse(f"{name}[{index}]: the snapshot does not match its fingerprint")
    for index, row in enumerate(values["signoff"]):
        for data, digest in (("issued_pdf", "issued_sha256"), ("returned_file", "returned_sha256")):
            if row[data] is not None and sha256_bytes(row[data]) != row[digest]:
                _refuse(f"signoff[{index}].{data} does not match its SHA-256 ({digest})")


def _check_history(values: dict[str, list[Row]]) -> None:
    """Every stream's chain verifies from its first event to its head."""
    events: dict[str, list[Row]] = defaultdict(list)
    for row in values["history_event"]:
        events[row["stream"]].append(row)
    heads = {row["key"]: row for row in values["history_stream"]}
    orphans = sorted(events.keys() - heads.keys())
    if orphans:
        _refuse(f"history events of stream {orphans[0][:64]} have no stream head")
    labels = _stream_labels(values)
    for key in sorted(heads):
        label = labels.get(key, key)
        prev, seq = GENESIS, 0
        json_rows = sorted(events.get(key, []), key=lambda r: int(r["seq"]))
        for row in json_rows:
            seq += 1
            if row["seq"] != seq:
                _refuse(f"{label}: event {seq} is missing")
            if row["prev_hash"] != prev:
                _refuse(f"{label}: event {seq} does not link to the event before it")
            digest = event_hash(
                stream=key,
                seq=seq,
                at=timestamp_text(row["at"]),
                actor=row["actor"],
                entity=row["entity"],
                entity_id=row["entity_id"],
                action=row["action"],
                before=row["before"],
                after=row["after"],
                prev_hash=prev,
            )
            if digest != row["hash"]:
                _refuse(f"{label}: event {seq} was altered after it was written")
            prev = digest
        head = heads[key]
        if head["last_seq"] != seq or head["last_hash"] != prev:
            _refuse(f"{label}: the stream head does not match its last event")


def _stream_labels(values: dict[str, list[Row]]) -> dict[str, str]:
    """Stream keys as people know them: 'the history of ACME-2026-01'."""
    labels = {f"engagement:{r['id']}": f"the history of {r['code']}" for r in values["engagement"]}
    labels |= {
        f"client:{r['id']}": f"the history of client '{r['name']}'" for r in values["client"]
    }
    labels |= {
        f"template:{r['id']}": f"the history of template '{r['name']}'"
        for r in values["review_template"]
    }
    return labels


def _refuse(reason: str) -> NoReturn:
    raise ArchiveError(f"the archive was refused: {reason}. Nothing was imported")
