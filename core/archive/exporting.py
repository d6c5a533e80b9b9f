"""Writing an archive: choose the records, read them with plain selects in archive order and
write them row by row in one deterministic form (sorted keys, fixed row order, UTF-8, one
trailing newline), so memory stays flat however large the archive."""

from __future__ import annotations

import io
import json
import os
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import cache, partial
from pathlib import Path
from typing import IO, Any

from sqlalchemy import (
    BigInteger,
    Boolean,
    ColumnElement,
    Date,
    Integer,
    Select,
    SmallInteger,
    String,
    Text,
    literal,
    literal_column,
    select,
    true,
    type_coerce,
)
from sqlalchemy.orm import Session

import core
from core.archive.layout import (
    ARCHIVE_FORMAT,
    ARCHIVE_VERSION,
    SORT_KEYS,
    TABLE_ORDER,
    Kind,
    kind_of,
    table,
    to_json,
)
from core.db import Database
from core.errors import NotFoundError, ValidationError
from core.files import atomic_writer
from core.history import SYSTEM_STREAM, client_stream, engagement_stream, template_stream
from core.messages import listing, msg
from core.models import (
    Contact,
    Engagement,
    Milestone,
    MinorUnits,
    ReviewRound,
    ReviewTemplate,
    UTCTimestamp,
)
from core.models.base import timestamp_text
from core.text import code_key

Row = dict[str, Any]


@dataclass(frozen=True, slots=True)
class Selection:
    """What goes into an archive. ``None`` everywhere means the whole database."""

    engagements: list[str] | None
    clients: list[str] | None
    templates: list[str] | None


def export_archive(db: Database, codes: Sequence[str] | None) -> bytes:
    """The archive of the engagements ``codes`` (each with its spin-offs, recursively), or of
    the whole database when ``codes`` is None, in memory. Exporting twice gives the same
    bytes. A large archive is better written with :func:`write_archive`."""
    buffer = io.BytesIO()
    write_archive(db, codes, buffer)
    return buffer.getvalue()


def export_archive_file(
    db: Database, codes: Sequence[str] | None, path: str | os.PathLike[str]
) -> tuple[Path, int]:
    """Write the archive to ``path`` atomically (nothing replaced if it fails half-way);
    returns the path and the number of bytes written."""
    with atomic_writer(path, "wb") as handle:
        size = write_archive(db, codes, handle)
    return Path(path).expanduser(), size


def write_archive(db: Database, codes: Sequence[str] | None, handle: IO[bytes]) -> int:
    """Write the archive to ``handle`` row by row, reading each table in archive order
    from the database as it goes: memory stays flat whatever the size. Returns the number
    of bytes written."""
    with db.reading() as session:
        if codes is None:
            selection = Selection(None, None, None)
        else:
            selection = select_engagements(session, codes)
        header: dict[str, Any] = {
            "exported_with": core.__version__,
            "format": ARCHIVE_FORMAT,
            "scope": "all" if codes is None else "engagements",
            "version": ARCHIVE_VERSION,
        }
        out = _Output(handle)
        out.write("{\n")
        wheres = _filters(selection)
        keys = sorted([*header, "tables"])
        for i, key in enumerate(keys):
            comma = "," if i < len(keys) - 1 else ""
            if key != "tables":
                out.write(f" {_dumps(key)}: {_dumps(header[key])}{comma}\n")
                continue
            out.write(f" {_dumps(key)}: {{\n")
            names = sorted(TABLE_ORDER)
            for j, name in enumerate(names):
                after = "," if j < len(names) - 1 else ""
                out.write(f"  {_dumps(name)}: [")
                first = True
                for rows in iter_json(session, name, wheres[name]):
                    out.write_bytes(_FIRST if first else _NEXT)
                    out.write_bytes(rows)
                    first = False
                out.write(f"]{after}\n" if first else f"\n  ]{after}\n")
            out.write(f" }}{comma}\n")
        out.write("}\n")
        return out.close()


# Sorted keys, one row per line, written by the C JSON encoder (indenting every value
# would take most of the export time).
_dumps = json.JSONEncoder(sort_keys=True, ensure_ascii=False, separators=(", ", ": ")).encode


def _row_encoder() -> Callable[[dict[str, Any]], str]:
    """``_dumps`` for one row, without building a new encoder for every call as
    ``JSONEncoder.encode`` does: the C encoder is made once, with the same settings (a
    row is a flat object of text, numbers, booleans and nulls, so no cycle can occur)."""
    make = getattr(json.encoder, "c_make_encoder", None)
    if make is None:  # a Python without the C accelerator
        return _dumps
    encode = make(
        None, _ENCODER.default, json.encoder.encode_basestring, None, ": ", ", ", True, False, True
    )
    return lambda row: "".join(encode(row, 0))


_ENCODER = json.JSONEncoder(sort_keys=True, ensure_ascii=False, separators=(", ", ": "))
_dumps_row = _row_encoder()


# Between a table's opening bracket and its first row, and between two rows.
_FIRST = b"\n   "
_NEXT = b",\n   "


class _Output:
    """UTF-8 gathered into blocks of about a megabyte before each write."""

    def __init__(self, handle: IO[bytes]) -> None:
        self._handle = handle
        self._parts: list[bytes] = []
        self._pending = 0
        self.size = 0

    def write(self, text: str) -> None:
        self.write_bytes(text.encode("utf-8"))

    def write_bytes(self, data: bytes) -> None:
        self._parts.append(data)
        self._pending += len(data)
        if self._pending >= 1 << 20:
            self._flush()

    def _flush(self) -> None:
        data = b"".join(self._parts)
        self._handle.write(data)
        self.size += len(data)
        self._parts, self._pending = [], 0

    def close(self) -> int:
        self._flush()
        return self.size


def select_engagements(session: Session, codes: Sequence[str]) -> Selection:
    wanted = sorted({code_key(code) for code in codes})
    if not wanted:
        raise ValidationError("engagements", msg("name at least one engagement code to export"))
    found = dict(
        session.execute(
            select(Engagement.code, Engagement.id).where(Engagement.code.in_(wanted))
        ).all()
    )
    missing = [code for code in wanted if code not in found]
    if missing:
        raise NotFoundError(msg("there is no engagement {codes}", codes=listing(missing)))
    chosen = set(found.values())
    frontier = set(chosen)
    while frontier:  # spin-offs of spin-offs, however deep
        children = set(
            session.scalars(select(Engagement.id).where(Engagement.parent_id.in_(frontier)))
        )
        frontier = children - chosen
        chosen |= frontier
    ids = sorted(chosen)
    milestones = select(Milestone.id).where(Milestone.engagement_id.in_(ids))
    clients = set(session.scalars(select(Engagement.client_id).where(Engagement.id.in_(ids))))
    clients |= set(
        session.scalars(
            select(Contact.client_id)
            .join(ReviewRound, ReviewRound.reviewer_id == Contact.id)
            .where(ReviewRound.milestone_id.in_(milestones))
        )
    )
    templates = session.scalars(
        select(ReviewTemplate.id).where(
            ReviewTemplate.builtin.is_(False),
            ReviewTemplate.name.in_(
                select(Milestone.template_name).where(Milestone.engagement_id.in_(ids))
            ),
        )
    )
    return Selection(ids, sorted(clients), sorted(templates))


def collect(session: Session, selection: Selection) -> dict[str, list[Row]]:
    """Every archived table's rows for ``selection``, in archive form and order (in memory:
    for small selections, such as one client)."""
    wheres = _filters(selection)
    return {name: list(iter_rows(session, name, wheres[name])) for name in TABLE_ORDER}


_CANONICAL_TIMESTAMP = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z")
_TIMESTAMP = UTCTimestamp()


def _timestamp_form(value: Any) -> Any:
    """A stored timestamp's archive form: the stored text itself when it is already in
    the canonical form (it always is when the application wrote it), else re-spelled."""
    if value is None or (type(value) is str and _CANONICAL_TIMESTAMP.fullmatch(value)):
        return value
    return timestamp_text(_TIMESTAMP.process_result_value(value, None))  # type: ignore[arg-type]


def iter_rows(
    session: Session, name: str, where: ColumnElement[bool] | None, offset: int = 0
) -> Iterator[Row]:
    """The rows of one table in archive form, in the table's archive order, read from the
    database a batch at a time (a server-side cursor on PostgreSQL), from the ``offset``-th.

    The order is the code point order of the archived values, as Python sorts them: SQLite
    compares text byte by byte in UTF-8, which is that order; PostgreSQL is asked for the
    "C" collation, which is the same, whatever the database's own collation."""
    if where is None:
        return
    t = table(name)
    connection = session.connection()
    postgres = connection.dialect.name == "postgresql"
    columns: list[Any] = []
    forms: list[tuple[str, Callable[[Any], Any] | None]] = []
    for column in t.columns:
        kind = kind_of(column)
        if kind is Kind.TIMESTAMP:  # the stored text, not a datetime made and re-spelled
            columns.append(type_coerce(column, String()).label(column.name))
            forms.append((column.name, _timestamp_form))
        elif kind in (Kind.TEXT, Kind.INT, Kind.BOOL):
            columns.append(column)
            forms.append((column.name, None))
        else:
            columns.append(column)
            forms.append((column.name, partial(to_json, kind)))
    order = [
        t.c[key].collate("C") if postgres and kind_of(t.c[key]) is Kind.TEXT else t.c[key]
        for key in SORT_KEYS[name]
    ]
    stmt = select(*columns).where(where).order_by(*order)
    if offset:
        stmt = stmt.offset(offset)
    if postgres:
        stmt = stmt.execution_options(stream_results=True, max_row_buffer=2000)
    names = [key for key, _ in forms]
    converted = [(i, key, form) for i, (key, form) in enumerate(forms) if form is not None]
    for part in connection.execute(stmt).partitions(2000):
        for raw in part:
            row = dict(zip(names, raw, strict=True))
            for i, key, form in converted:
                row[key] = form(raw[i])
            yield row


def iter_json(session: Session, name: str, where: ColumnElement[bool] | None) -> Iterator[bytes]:
    """The rows of :func:`iter_rows`, each as its archive JSON text (``_dumps_row``) in
    UTF-8, a non-empty run of about ``_BLOCK`` bytes at a time, rows separated by ``_NEXT``.

    On SQLite, a table without binary columns is written by SQLite itself: each row's
    text is built in the query (``json_quote`` escapes text exactly as the encoder does
    with ``ensure_ascii`` off), with a test per value that it has the stored form the
    application writes (text, a whole number, a valid ISO date, a canonical timestamp, a
    0/1 flag). The first row with any other value ends that query; it and the rows after
    it are written by the encoder from :func:`iter_rows`, as before, so the bytes are the
    same either way. SQLite hands each row over as its UTF-8 bytes (no text made and
    encoded again in Python), so only from a database stored in UTF-8 (as SQLite makes
    them unless told otherwise)."""
    if where is None:
        return
    t = table(name)
    connection = session.connection()
    text = None
    if connection.dialect.name == "sqlite":
        if connection.exec_driver_sql("PRAGMA encoding").scalar() == "UTF-8":
            text = _sqlite_json(name)
    done = 0
    if text is not None:
        as_bytes: ColumnElement[Any] = literal_column(f"CAST({text} AS BLOB)")
        stmt: Select[Any] = select(as_bytes).select_from(t).where(where)
        stmt = stmt.order_by(*(t.c[key] for key in SORT_KEYS[name]))
        with connection.execute(stmt) as result:
            for part in result.scalars().partitions(_FETCH):
                if None in part:  # a value in another form: the encoder takes over
                    usual = part[: part.index(None)]
                    yield from _slices(usual)
                    done += len(usual)
                    break
                yield from _slices(part)
                done += len(part)
            else:
                return
        # (the first query is closed here, before the encoder's own query starts)
    for block in _blocks(map(_dumps_row, iter_rows(session, name, where, done))):
        yield _NEXT.join(text.encode("utf-8") for text in block)


def _slices(rows: Sequence[bytes | None]) -> Iterator[bytes]:
    """A fetched batch (no NULL in it) in runs of about ``_BLOCK`` bytes, cut by the
    batch's average row length (the batch itself is already in memory)."""
    if not rows:
        return
    size = sum(map(len, rows))  # type: ignore[arg-type]  # the caller checked: no None
    step = max(1, len(rows) * _BLOCK // max(size, 1))
    for start in range(0, len(rows), step):
        yield _NEXT.join(rows[start : start + step])  # type: ignore[arg-type]


def _blocks(texts: Iterable[str]) -> Iterator[list[str]]:
    """``texts`` in lists of about ``_BLOCK`` characters."""
    block: list[str] = []
    size = 0
    for text in texts:
        block.append(text)
        size += len(text)
        if size >= _BLOCK:
            yield block
            block, size = [], 0
    if block:
        yield block


_BLOCK = 1 << 20
_FETCH = 2000
_DIGITS = "[0-9]"
_DAY_GLOB = "-".join((_DIGITS * 4, _DIGITS * 2, _DIGITS * 2))
_TIME_GLOB = f"{_DAY_GLOB}T{_DIGITS * 2}:{_DIGITS * 2}:{_DIGITS * 2}Z"
_PLAIN_TYPES: dict[Kind, tuple[type[Any], ...]] = {
    Kind.TEXT: (String, Text),
    Kind.INT: (Integer, BigInteger, SmallInteger),
    Kind.BOOL: (Boolean,),
    Kind.DATE: (Date,),
    Kind.MONEY: (MinorUnits,),
    Kind.TIMESTAMP: (UTCTimestamp,),
}


@cache
def _sqlite_json(name: str) -> str | None:
    """The SQLite expression giving a row of ``name`` as its archive JSON text, or NULL
    when a value is not in the form the application stores; None when the table has a
    column SQLite cannot write (binary data, a type with its own conversion)."""
    t = table(name)
    tests: list[str] = []
    members: list[tuple[str, str]] = []
    for column in sorted(t.columns, key=lambda c: c.name):
        kind = kind_of(column)
        if type(column.type) not in _PLAIN_TYPES.get(kind, ()):
            return None
        value = f'"{t.name}"."{column.name}"'
        if kind is Kind.TEXT:
            test = f"typeof({value}) = 'text'"
            form = f"json_quote({value})"
        elif kind is Kind.INT:
            test, form = f"typeof({value}) = 'integer'", f"json_quote({value})"
        elif kind is Kind.BOOL:
            test = f"typeof({value}) = 'integer' AND {value} IN (0, 1)"
            form = f"CASE {value} WHEN 1 THEN 'true' WHEN 0 THEN 'false' ELSE 'null' END"
        elif kind is Kind.MONEY:
            test = f"typeof({value}) = 'integer'"
            form = f"""CASE WHEN {value} IS NULL THEN 'null' ELSE '"' || {value} || '"' END"""
        elif kind is Kind.DATE:
            test = (
                f"typeof({value}) = 'text' AND {value} GLOB '{_DAY_GLOB}' "
                f"AND date({value}) = {value}"
            )
            form = f"json_quote({value})"
        else:
            test = f"typeof({value}) = 'text' AND {value} GLOB '{_TIME_GLOB}'"
            form = f"json_quote({value})"
        tests.append(f"({value} IS NULL OR ({test}))")
        members.append((_dumps(column.name), form))
    # The constant text between two values is one literal: every || copies the row built
    # so far, so each one fewer counts.
    row: list[str] = []
    before = "{"
    for key, form in members:
        row += [_sql_text(f"{before}{key}: "), form]
        before = ", "
    row.append("'}'")
    return f"CASE WHEN {' AND '.join(tests)} THEN {' || '.join(row)} END"


def _sql_text(text: str) -> str:
    """``text`` as an SQL string literal."""
    return "'" + text.replace("'", "''") + "'"


def _filters(s: Selection) -> dict[str, ColumnElement[bool] | None]:
    """A WHERE clause per table (None: the table is not archived in this selection)."""
    t = table
    every = true()
    e_ids, c_ids, tpl_ids = s.engagements, s.clients, s.templates
    milestones: Select[tuple[str]] = select(t("milestone").c.id)
    rounds: Select[tuple[str]] = select(t("review_round").c.id)
    if e_ids is not None:
        milestones = milestones.where(t("milestone").c.engagement_id.in_(e_ids))
        rounds = rounds.where(t("review_round").c.milestone_id.in_(milestones))

    def by_engagement(name: str) -> ColumnElement[bool]:
        return every if e_ids is None else t(name).c.engagement_id.in_(e_ids)

    def by_milestone(name: str) -> ColumnElement[bool]:
        return every if e_ids is None else t(name).c.milestone_id.in_(milestones)

    def by_ids(name: str, column: str, ids: list[str] | None) -> ColumnElement[bool]:
        return every if ids is None else t(name).c[column].in_(ids)

    user_templates = t("review_template").c.builtin.is_(False)
    builtin_ids = select(t("review_template").c.id).where(t("review_template").c.builtin.is_(True))
    streams = _stream_keys(s)
    # The stream of a deleted draft belongs to no engagement any more: like the system
    # stream it stays in its own database (an archive holds the history of its records).
    key = t("history_stream").c.key
    deleted = select(key).where(
        key.like("engagement:%"),
        key.not_in(select(literal("engagement:", String) + t("engagement").c.id)),
    )
    stream_filter: ColumnElement[bool] = (
        (key != SYSTEM_STREAM) & key.not_in(deleted) if streams is None else key.in_(streams)
    )
    event_filter: ColumnElement[bool] = (
        (t("history_event").c.stream != SYSTEM_STREAM) & t("history_event").c.stream.not_in(deleted)
        if streams is None
        else t("history_event").c.stream.in_(streams)
    )
    return {
        "client": by_ids("client", "id", c_ids),
        "contact": by_ids("contact", "client_id", c_ids),
        "review_template": by_ids("review_template", "id", tpl_ids) & user_templates,
        "template_criterion": by_ids("template_criterion", "template_id", tpl_ids)
        & t("template_criterion").c.template_id.not_in(builtin_ids),
        "template_checklist_item": by_ids("template_checklist_item", "template_id", tpl_ids)
        & t("template_checklist_item").c.template_id.not_in(builtin_ids),
        "engagement": by_ids("engagement", "id", e_ids),
        "objective": by_engagement("objective"),
        "milestone": by_engagement("milestone"),
        "criterion": by_milestone("criterion"),
        "checklist_item": by_milestone("checklist_item"),
        "baseline": by_engagement("baseline"),
        "review_round": by_milestone("review_round"),
        "verdict": every if e_ids is None else t("verdict").c.round_id.in_(rounds),
        "signoff": by_milestone("signoff"),
        "idea": by_engagement("idea"),
        "setting": every if e_ids is None else None,
        "history_stream": stream_filter,
        "history_event": event_filter,
    }


def _stream_keys(s: Selection) -> list[str] | None:
    if s.engagements is None or s.clients is None or s.templates is None:
        return None
    return sorted(
        [engagement_stream(i) for i in s.engagements]
        + [client_stream(i) for i in s.clients]
        + [template_stream(i) for i in s.templates]
    )
