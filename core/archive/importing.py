"""Restoring an archive: check it against the database, insert every row verbatim in one
transaction, and run every rule of ``scopekeeper check`` on the inserted rows before
committing. Nothing is written unless everything is accepted.

Into an SQLite database that holds none of the archive's kind of records yet (no client,
engagement or history but the system's: a new database, the usual target of a whole
archive), the rows are written while the file is read, by a thread of their own: SQLite
works beside the Python that reads and checks the file (the sqlite3 module lets other
threads run while SQLite executes), and nothing is set aside on disk but the rows that
must wait for the rows they refer to. The transaction, with the write lock, is taken
before the file is read and held until the end, so other writers wait for the whole
import; anything refused is rolled back as before. Should the archive meet records of the
database after all (a built-in template's id or name, a setting already set, a spin-off's
parent), that work is rolled back and the archive imported the other way, which weighs
those records before writing anything."""

from __future__ import annotations

import ctypes
import io
import operator
import queue
import sqlite3
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence, Set
from contextlib import ExitStack, contextmanager, suppress
from dataclasses import dataclass, field
from functools import cache
from itertools import chain, islice
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from sqlalchemy import Column, MetaData, String, Table, insert, literal, select
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from core.archive.checks import (
    STREAMED,
    Archive,
    ArchiveLoader,
    Ids,
    check_references,
    id_text,
    parents_first,
    spooled_batches,
)
from core.archive.checks import refusal as _refuse
from core.archive.exporting import Selection, collect
from core.archive.layout import SORT_KEYS, TABLE_ORDER, Kind, kind_of, table, to_json
from core.archive.reader import ArchiveReader
from core.changes import Changes
from core.check import RULES, Problem, Scope, added_problems, takes_scope
from core.db import Database
from core.errors import ArchiveError, DomainError
from core.history import SYSTEM_STREAM, client_stream, template_stream
from core.messages import listing, msg, msg_n

if TYPE_CHECKING:
    from core.uow import UnitOfWork

Row = dict[str, Any]
_CHUNK = 500
_SHOWN_RULES = 10


@dataclass(frozen=True)
class ImportResult:
    engagements: list[str]
    """Codes of the engagements imported, sorted."""
    clients: int
    """Clients added (a client already here with the identical record and history is reused)."""
    events: int
    """History events restored."""
    changes: Changes = field(default_factory=Changes)
    """What the import added, for views to refresh (``core.changes.changes_of``)."""


def import_archive(db: Database, source: bytes | IO[bytes], actor: str) -> ImportResult:
    """Import the archive in ``source`` (its bytes, or a binary file open for reading) in
    one transaction, or refuse it whole with the reason (:class:`ArchiveError`), leaving
    the database untouched. The file is read once, a row at a time (twice in the rare
    case described in the module's description)."""
    handle = io.BytesIO(source) if isinstance(source, bytes | bytearray) else source
    # Writing while reading needs every rule of the check to read only the imported
    # records: a rule of the whole database runs before the import too (``added_problems``),
    # and rows already written would be taken for damage that was there before.
    if db.is_sqlite and _rewindable(handle) and all(map(takes_scope, RULES)):
        start = handle.tell()
        result = _import_streaming(db, handle, actor)
        if result is not None:
            return result
        handle.seek(start)
    return _import_spooled(db, handle, actor)


def _rewindable(handle: IO[bytes]) -> bool:
    try:
        return handle.seekable()
    except (AttributeError, OSError, ValueError):
        return False


def _import_streaming(db: Database, handle: IO[bytes], actor: str) -> ImportResult | None:
    """Import while reading, in one transaction, if the database holds none of the
    records written that way (``STREAMED``); None, with nothing written, if it does or if
    the archive meets records of the database (the caller then imports it the other
    way)."""
    with db.unit_of_work(actor) as uow:
        session = uow.session
        if not _holds_none(session):
            return None
        raw = session.connection().connection.driver_connection
        streamer = _Streamer(_SqliteWriter(raw))  # type: ignore[arg-type]
        reader = ArchiveReader(handle)
        loader = ArchiveLoader(streamer)
        try:
            try:
                reader.read(loader)
                archive = loader.finish()
            except BaseException:
                streamer.close(abandon=True)
                raise
            streamer.close()
        except BaseException:
            for spool in loader.spools.values():
                spool.close()
            raise
        try:
            if _meets_records(session, archive):
                return None
            if loader.late is not None:
                raise loader.late
            if streamer.error is not None:
                if isinstance(streamer.error, DBAPIError | sqlite3.Error):
                    raise _database_refused(streamer.error) from streamer.error
                raise streamer.error
            plan = _Plan(archive, {"client": set(), "review_template": set()})
            return _record(uow, archive, reader.sha256, plan, STREAMED)
        finally:
            archive.close()


def _holds_none(session: Session) -> bool:
    """Whether the database holds no record of the tables written while reading (but for
    the system's history)."""
    for name in sorted(STREAMED):
        rows = table(name)
        query = select(literal(1)).select_from(rows)
        if name == "history_stream":
            query = query.where(rows.c.key != SYSTEM_STREAM)
        elif name == "history_event":
            query = query.where(rows.c.stream != SYSTEM_STREAM)
        if session.execute(query.limit(1)).first() is not None:
            return False
    return True


def _meets_records(session: Session, archive: Archive) -> bool:
    """Whether the archive meets records already here that the import would have to
    weigh: a review template's id or name, a setting, a spin-off's parent."""
    if archive.external:
        return True
    for name in ("review_template", "template_criterion", "template_checklist_item"):
        if _existing(session, table(name).c.id, map(id_text, archive.ids[name])):
            return True
    names = {
        str(name).casefold() for name in session.scalars(select(table("review_template").c.name))
    }
    if any(row["name"].casefold() in names for row in archive.kept["review_template"]):
        return True
    keys = [row["key"] for row in archive.kept["setting"]]
    return bool(keys and _existing(session, table("setting").c.key, keys))


def _import_spooled(db: Database, handle: IO[bytes], actor: str) -> ImportResult:
    """Read and check the whole archive (its rows set aside on disk), then weigh it
    against the database and write it."""
    reader = ArchiveReader(handle)
    loader = ArchiveLoader()
    try:
        reader.read(loader)
    except BaseException:
        for spool in loader.spools.values():
            spool.close()
        raise
    archive = loader.finish()
    try:
        return _store(db, archive, reader.sha256, actor)
    finally:
        archive.close()


def import_archive_file(db: Database, path: Path | str, actor: str) -> ImportResult:
    """Import the archive file at ``path``: see :func:`import_archive`."""
    source = Path(path).expanduser()
    try:
        if source.is_dir():
            raise DomainError(msg("{path} is a folder, not a file", path=str(source)))
        handle = source.open("rb")
    except FileNotFoundError:
        raise DomainError(msg("{path} does not exist", path=str(source))) from None
    except OSError as exc:
        raise DomainError(
            msg("cannot read {path}: {problem}", path=str(source), problem=exc.strerror or str(exc))
        ) from exc
    with handle:
        return import_archive(db, handle, actor)


def _store(db: Database, archive: Archive, digest: str, actor: str) -> ImportResult:
    with db.unit_of_work(actor) as uow:
        session = uow.session
        reused = _reused(session, archive)
        plan = _Plan(archive, reused)
        plan.same_settings = _check_collisions(session, archive, plan)
        _check_external(session, archive)
        return _record(uow, archive, digest, plan, frozenset())


def _record(
    uow: UnitOfWork, archive: Archive, digest: str, plan: _Plan, written: Set[str]
) -> ImportResult:
    """Write the planned rows of every table but those ``written`` already, refuse them
    if they break a rule of the check, and commit with the system event of the import."""
    session = uow.session
    problems = added_problems(session, _scope(plan), lambda: _insert(session, plan, written))
    if problems:
        raise _broken_rules(problems)
    reused = plan.reused
    codes = sorted(row["code"] for row in archive.kept["engagement"])
    events = sum(n for key, n in archive.events.items() if key not in plan.streams)
    clients = len(archive.kept["client"]) - len(reused["client"])
    changes = Changes(
        engagements={row["id"] for row in archive.kept["engagement"]},
        clients={row["id"] for row in archive.kept["client"]} - reused["client"],
        templates={row["id"] for row in archive.kept["review_template"]}
        - reused["review_template"],
        settings=any(row["key"] not in plan.same_settings for row in archive.kept["setting"]),
    )
    result = ImportResult(codes, clients, events, changes)
    uow.event(
        SYSTEM_STREAM,
        "archive",
        digest[:36],
        "imported",
        None,
        {
            "sha256": digest,
            "scope": archive.scope,
            "engagements": codes,
            "clients": result.clients,
            "templates": len(archive.kept["review_template"]) - len(reused["review_template"]),
            "events": result.events,
        },
    )
    try:
        uow.commit()
    except DomainError as exc:
        raise ArchiveError(msg("{reason}. Nothing was imported", reason=exc.message)) from exc
    return result


class _Plan:
    """What the import writes: every archived row but those of clients and templates
    already here (reused), their streams, and settings already set to the same value."""

    def __init__(self, archive: Archive, reused: dict[str, set[str]]) -> None:
        self.archive = archive
        self.reused = reused
        self.skipped = _skipped_ids(archive, reused)
        self.streams = _skipped_streams(reused)
        self.same_settings: set[str] = set()

    def keep(self, name: str) -> Callable[[tuple[Any, ...]], bool]:
        """Whether a row of ``name`` (a tuple of its values) is to be written."""
        columns = [c.name for c in table(name).columns]
        if name in ("history_stream", "setting"):
            position, skipped = columns.index("key"), self.streams
            if name == "setting":
                skipped = self.same_settings
        elif name == "history_event":
            position, skipped = columns.index("stream"), self.streams
        else:
            position, skipped = columns.index("id"), self.skipped
        return lambda row: row[position] not in skipped

    def batches(self, name: str) -> Iterator[list[tuple[Any, ...]]]:
        """The rows of table ``name`` in archive order, a batch at a time, each checked
        for its references, without those that are not to be written."""
        keep = self.keep(name)
        if name == "engagement":
            values = operator.itemgetter(*(c.name for c in table(name).columns))
            rows = [values(row) for row in parents_first(self.archive.kept[name])]
            yield [row for row in rows if keep(row)]
            return
        first = 0
        for batch in self.archive.rows(name):
            check_references(self.archive.ids, name, batch, first)
            first += len(batch)
            if self.skipped or self.streams or self.same_settings:
                batch = [row for row in batch if keep(row)]
            if batch:
                yield batch


@cache
def _plain(name: str) -> Table:
    """Table ``name`` as inserted by an import: timestamps are bound as the text they are
    stored as (the archive holds that text), instead of being parsed and re-spelled."""
    columns = [
        Column(c.name, String(32) if kind_of(c) is Kind.TIMESTAMP else c.type)
        for c in table(name).columns
    ]
    return Table(name, MetaData(), *columns)


def _insert(session: Session, plan: _Plan, written: Set[str]) -> None:
    """Insert every planned row of the tables not ``written`` already, table by table in
    dependency order, in batches.

    On SQLite the rows go to the driver as they are (:class:`_SqliteWriter`). On
    PostgreSQL they pass through SQLAlchemy's parameter handling."""
    connection = session.connection()
    try:
        if connection.dialect.name == "sqlite":
            writer = _SqliteWriter(connection.connection.driver_connection)  # type: ignore[arg-type]
            for name in TABLE_ORDER:
                if name not in written:
                    for batch in plan.batches(name):
                        writer.write(name, batch)
                    writer.done(name)
        else:
            for name in TABLE_ORDER:
                statement = insert(_plain(name))
                names = [c.name for c in table(name).columns]
                for batch in plan.batches(name):
                    connection.execute(statement, [dict(zip(names, r, strict=True)) for r in batch])
    except (DBAPIError, sqlite3.Error) as exc:
        raise _database_refused(exc) from exc


def _database_refused(exc: DBAPIError | sqlite3.Error) -> ArchiveError:
    reason = exc.orig if isinstance(exc, DBAPIError) else exc
    return ArchiveError(
        msg("the database refused the archive ({reason}). Nothing was imported", reason=reason)
    )


class _SqliteWriter:
    """Inserts rows into an SQLite connection's open transaction, a table at a time:
    every value already has the form SQLite stores, but for dates, written as ISO text as
    SQLAlchemy would. A batch goes in as statements of many rows each (``_ROWS_PER_STATEMENT``,
    within SQLite's limit on parameters), so SQLite runs each on its own: the sqlite3
    module binds the values, then lets other threads run while SQLite executes the
    statement, where ``executemany`` would wait for Python's lock again after every row
    (and, with another thread busy in Python, for a switch interval each time)."""

    def __init__(self, connection: sqlite3.Connection) -> None:
        self._cursor = connection.cursor()
        self._parameters = connection.getlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER)
        self._tables: dict[str, _Table] = {}

    def write(self, name: str, batch: list[tuple[Any, ...]]) -> None:
        target = self._tables.get(name)
        if target is None:
            target = self._tables[name] = _Table(self._cursor, name, self._parameters)
        target.write(batch)

    def done(self, name: str) -> None:
        target = self._tables.pop(name, None)
        if target is not None:
            target.done()


class _Table:
    """The rows of one table as :class:`_SqliteWriter` inserts them."""

    def __init__(self, cursor: sqlite3.Cursor, name: str, parameters: int) -> None:
        columns = table(name).columns
        self._cursor = cursor
        names = ", ".join(f'"{c.name}"' for c in columns)
        self._head = f"INSERT INTO main.{name} ({names}) VALUES "  # noqa: S608
        self._marks = f"({', '.join('?' * len(columns))})"
        rows = _EVENTS_PER_STATEMENT if name in _INDEXED else _ROWS_PER_STATEMENT
        self._rows = max(1, min(rows, parameters // len(columns)))
        self._sql: dict[int, str] = {}
        self._days = [i for i, c in enumerate(columns) if kind_of(c) is Kind.DATE]
        self._index = _BulkIndex(cursor, name) if name in _INDEXED else None

    def write(self, batch: list[tuple[Any, ...]]) -> None:
        if self._days:
            batch = [_iso_dates(row, self._days) for row in batch]
        for start in range(0, len(batch), self._rows):
            rows = batch[start : start + self._rows]
            sql = self._sql.get(len(rows))
            if sql is None:
                sql = self._sql[len(rows)] = self._head + ", ".join([self._marks] * len(rows))
            self._cursor.execute(sql, list(chain.from_iterable(rows)))
        if self._index is not None:
            self._index.added(len(batch))

    def done(self) -> None:
        if self._index is not None:
            self._index.done()


_ROWS_PER_STATEMENT = 100
"""Rows inserted by one statement. The sqlite3 module keeps each prepared statement, its
last values with it: a thousand rows to a statement kept about 1 MB per table and row
count (10 MB more at the peak of the 10x bench archive)."""

_EVENTS_PER_STATEMENT = 2000
"""History events inserted by one statement (a batch as the loader hands it over): they
are most of the rows, and each statement means waiting for Python's lock again while the
reading thread holds it (the 1x bench archive: about 0.4 s sooner than a hundred)."""


_INDEXED = {"history_event": "history_search"}
"""Tables with an SQLite full-text index (schema 0002), kept current by a trigger on each
insert. An import drops that trigger in its transaction, inserts the rows, indexes them
in a few large statements and puts the trigger back: FTS5 then tokenises the new rows in
bulk instead of writing pending index data out statement by statement (200,000 events:
about 3.0 s -> 1.9 s of CPU). A refused import rolls all of it back, the trigger
included."""

_INDEX_STEP = 50_000
"""Rows added to the full-text index in one statement. FTS5 writes out what it has
gathered at the end of every statement, so a statement per batch of rows would make many
small segments to merge (about 40 % more work); from about this many rows on, a
statement costs what indexing every row in one does, and the index grows while the
rest of the archive is read."""


class _BulkIndex:
    """The full-text index of a table, filled in bulk: see ``_INDEXED``. Without the
    index (an SQLite built without FTS5), or should new rows not be given rowids after
    the last one, the trigger indexes each row as it comes."""

    def __init__(self, cursor: sqlite3.Cursor, name: str) -> None:
        self._cursor = cursor
        self._name = name
        self._index = index = _INDEXED[name]
        trigger = f"{index}_insert"
        found = cursor.execute(
            "SELECT sql FROM main.sqlite_master "
            "WHERE type = 'trigger' AND name = ? AND tbl_name = ?",
            (trigger, name),
        ).fetchone()
        last = cursor.execute(f"SELECT max(rowid) FROM main.{name}").fetchone()[0] or 0  # noqa: S608
        self._trigger: str | None = found[0] if found is not None and last < _ROWID_ROOM else None
        self._last = last
        self._new = 0
        self._memory = ExitStack()
        if self._trigger is not None:
            cursor.execute(f'DROP TRIGGER main."{trigger}"')
            self._columns = ", ".join(
                f'"{column}"'
                for _, column, *_ in cursor.execute(f'PRAGMA main.table_info("{index}")')
            )
            self._memory.enter_context(_pending_memory(cursor, index))
        # An empty table gets its plain indexes back once its rows are in, each built in
        # one sort, instead of growing row by row (the events come in stream order, so
        # their times reach the index of times in no order: 2,000,000 events, about 7.5
        # -> 5.3 s of CPU). Indexes that enforce a constraint have no SQL of their own
        # and stay.
        self._plain: list[tuple[str, str]] = []
        if last == 0:
            self._plain = cursor.execute(
                "SELECT name, sql FROM main.sqlite_master "
                "WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL ORDER BY name",
                (name,),
            ).fetchall()
            for index_name, _ in self._plain:
                cursor.execute(f'DROP INDEX main."{index_name}"')
        # A failure from here on rolls the unit of work back, the dropped trigger and
        # indexes with it (a transaction SQLite ends itself on an error takes the DROPs
        # back as well).

    def added(self, rows: int) -> None:
        self._new += rows
        if self._trigger is not None and self._new >= _INDEX_STEP:
            self._fill()

    def _fill(self) -> None:
        cursor, index, name = self._cursor, self._index, self._name
        cursor.execute(
            f"INSERT INTO main.{index}(rowid, {self._columns}) "  # noqa: S608
            f"SELECT rowid, {self._columns} FROM main.{name} WHERE rowid > ? ORDER BY rowid",
            (self._last,),
        )
        self._last = cursor.execute(f"SELECT max(rowid) FROM main.{name}").fetchone()[0]  # noqa: S608
        self._new = 0

    def done(self) -> None:
        for _, create in self._plain:
            self._cursor.execute(create)
        if self._trigger is not None:
            if self._new:
                self._fill()
            self._memory.close()
            self._cursor.execute(self._trigger)


class _Streamer:
    """The :class:`~core.archive.checks.Sink` of an import that writes while it reads:
    the rows handed over are checked for their references and written by a thread of its
    own (``_SqliteWriter``), taken from a short queue, so the file is read while SQLite
    writes and memory holds a few batches at most. The first error met (a refusal of a
    reference included) is kept (``error``) and nothing more is written; the reading goes
    on, so a problem of the archive itself is still found and reported first."""

    def __init__(self, writer: _SqliteWriter) -> None:
        self._writer = writer
        self._queue: queue.Queue[tuple[Callable[..., None], tuple[Any, ...]] | None]
        self._queue = queue.Queue(_QUEUED)
        self.error: BaseException | None = None
        self._abandoned = False
        self._thread = threading.Thread(target=self._run, name=WRITER_THREAD, daemon=True)
        self._thread.start()

    def rows(
        self, name: str, batch: list[tuple[Any, ...]], first: int | None, present: Ids
    ) -> None:
        self._put(self._rows, name, batch, first, present)

    def spooled(self, name: str, spool: IO[bytes], present: Ids) -> None:
        self._put(self._spooled, name, spool, present)

    def _rows(
        self, name: str, batch: list[tuple[Any, ...]], first: int | None, present: Ids
    ) -> None:
        if first is not None:
            check_references(present, name, batch, first)
        self._writer.write(name, batch)

    def _done(self, name: str) -> None:
        self._writer.done(name)
        _give_back_memory()

    def _spooled(self, name: str, spool: IO[bytes], present: Ids) -> None:
        first = 0
        for batch in spooled_batches(spool):
            check_references(present, name, batch, first)
            first += len(batch)
            self._writer.write(name, batch)

    def done(self, name: str) -> None:
        self._put(self._done, name)

    def _put(self, work: Callable[..., None], *arguments: Any) -> None:
        if self.error is None:
            self._queue.put((work, arguments))

    def _run(self) -> None:
        while (item := self._queue.get()) is not None:
            if self.error is None and not self._abandoned:
                work, arguments = item
                try:
                    work(*arguments)
                except BaseException as exc:  # kept for the importing thread to raise
                    self.error = exc

    def close(self, abandon: bool = False) -> None:
        """Wait for the writing to end (``abandon``: for the work under way; what is still
        queued is dropped). Nothing is committed: the import decides."""
        self._abandoned = abandon
        self._queue.put(None)
        self._thread.join()


def _give_back_memory() -> None:
    """Return the memory freed so far to the system, where the C library can (glibc's
    ``malloc_trim``; elsewhere nothing is done). The C library gives the writing thread a
    heap of its own, where SQLite's page cache, its search index's gathered data and the
    larger values of spooled rows come and go; what is freed there is kept for that
    thread alone and not used again while the reading thread grows. Trimmed after each
    table, the peak of the 10x bench archive stays where it was before the rows were
    written while read (about 282 MB instead of 306)."""
    if _MALLOC_TRIM is not None:
        _MALLOC_TRIM(0)


def _malloc_trim() -> Callable[[int], int] | None:
    try:
        trim: Callable[[int], int] = ctypes.CDLL(None).malloc_trim
    except (AttributeError, OSError, TypeError):  # not glibc, or no C library to ask
        return None
    return trim


_MALLOC_TRIM = _malloc_trim()

WRITER_THREAD = "scopekeeper-import-writer"
_QUEUED = 4
"""Batches handed over but not yet written, at most (a few MB: 2,000 events are about
2 MB). While the writing thread adds 50,000 events to the search index (``_INDEX_STEP``),
the reading thread goes on until the queue is full: with 4 instead of 2 it waited
less on the 1x bench archive (1.4-2.2 s -> 1.1-1.6 s in all, on a busy machine), for
5 MB more."""


@contextmanager
def _pending_memory(cursor: sqlite3.Cursor, index: str) -> Iterator[None]:
    """Index in bulk: FTS5 gathers up to 8 MiB of index data before it writes a
    segment (its ``hashsize`` option, 1 MiB by default), and merges segments only when a
    level fills up (``automerge`` off; ``crisismerge`` still merges 16 segments of a level
    into one), instead of merging a little after every segment written: fewer, larger
    segments and far less rewriting (200,000 events: about 1.6 s -> 1.1 s of CPU; 16 MiB
    took as long, 20 MB of memory instead of 10, and 2,000,000 events 8 % longer). The
    options are stored in the index's configuration, so each is put back as it was (set to
    what it was, or to FTS5's default and its row removed); an SQLite without them
    indexes as usual."""
    config = f'main."{index}_config"'
    command = f"INSERT INTO main.{index}({index}, rank) VALUES (?, ?)"  # noqa: S608
    try:
        stored = dict(
            cursor.execute(
                f"SELECT k, v FROM {config} WHERE k IN ('hashsize', 'automerge')"  # noqa: S608
            ).fetchall()
        )
        for option, value in _BULK.items():
            cursor.execute(command, (option, value))
    except sqlite3.Error:
        yield
        return
    try:
        yield
    finally:
        with suppress(sqlite3.Error):  # on an error the import is rolled back anyway
            for option, default in _FTS5_DEFAULTS.items():
                cursor.execute(command, (option, stored.get(option, default)))
                if option not in stored:
                    cursor.execute(f"DELETE FROM {config} WHERE k = ?", (option,))  # noqa: S608


_BULK = {"hashsize": 8 << 20, "automerge": 0}
_FTS5_DEFAULTS = {"hashsize": 1 << 20, "automerge": 4}
"""FTS5's own defaults (``FTS5_DEFAULT_HASHSIZE``, ``FTS5_DEFAULT_AUTOMERGE``)."""

_ROWID_ROOM = 2**62
"""SQLite gives a new row the rowid after the largest one, until that reaches 2**63 - 1;
past this mark the rows are indexed one by one, as the trigger would."""


def _iso_dates(row: tuple[Any, ...], days: list[int]) -> tuple[Any, ...]:
    values = list(row)
    for i in days:
        if values[i] is not None:
            values[i] = values[i].isoformat()
    return tuple(values)


def _scope(plan: _Plan) -> Scope:
    """The records the rules of the check look at: the import's engagements (in code
    order). Its history streams are left out: reading the archive verified every link of
    every imported chain, and each stream head, on the very values that are inserted
    (``ArchiveLoader``), and the streams cannot meet events already here (a stream key or
    event already present refuses the archive), so the history rule would hash every event
    a second time to find what is already known."""
    engagements = sorted(plan.archive.kept["engagement"], key=lambda row: str(row["code"]))
    return Scope(tuple(row["id"] for row in engagements), ())


def _broken_rules(problems: Sequence[Problem]) -> ArchiveError:
    """The refusal when the imported records break rules of the check: the first few
    problems, as ``scopekeeper check`` words them."""
    shown: str = listing(
        [
            msg("[{area}] {problem}", area=p.area, problem=p.message)
            for p in problems[:_SHOWN_RULES]
        ],
        "; ",
    )
    more = len(problems) - _SHOWN_RULES
    if more > 0:
        shown = msg("{problems}; and {more} more", problems=shown, more=more)
    return ArchiveError(
        msg_n(
            len(problems),
            "the archive was refused: its records break %n rule(s) that "
            "'scopekeeper check' enforces: {problems}. Nothing was imported",
            "the archive was refused: its records break %n rule(s) that "
            "'scopekeeper check' enforces: {problems}. Nothing was imported",
            problems=shown,
        )
    )


def _existing(
    session: Session, column: Column[Any], values: Iterable[Any], skipped: Set[Any] = frozenset()
) -> set[Any]:
    """Which of ``values`` (but for those ``skipped``) ``column`` already holds, asked a
    chunk at a time: ``values`` may be a generator (the archive's ids turned back into
    text as they are asked for), never all in memory at once. A table without rows holds
    none of them, and is not asked chunk by chunk (an import into an empty database)."""
    if session.execute(select(column).limit(1)).first() is None:
        return set()
    found: set[Any] = set()
    remaining = iter(values)
    while chunk := list(islice(remaining, _CHUNK)):
        wanted = [value for value in chunk if value not in skipped]
        if wanted:
            found.update(session.scalars(select(column).where(column.in_(wanted))))
    return found


def _reused(session: Session, archive: Archive) -> dict[str, set[str]]:
    """Clients and user templates already here with the very same rows and history (an
    earlier import of another engagement of the same client): kept, not inserted again."""
    reused: dict[str, set[str]] = {"client": set(), "review_template": set()}
    owned = {
        "client": (("client", "id"), ("contact", "client_id")),
        "review_template": (
            ("review_template", "id"),
            ("template_criterion", "template_id"),
            ("template_checklist_item", "template_id"),
        ),
    }
    here = {
        owner: sorted(_existing(session, table(owner).c.id, map(id_text, archive.ids[owner])))
        for owner in owned
    }
    if not any(here.values()):
        return reused
    streams = {client_stream(i) for i in here["client"]}
    streams |= {template_stream(i) for i in here["review_template"]}
    events = _archived(archive, "history_event", "stream", streams)
    problems: list[str] = []
    for owner, parts in owned.items():
        for record_id in here[owner]:
            stream = client_stream(record_id) if owner == "client" else template_stream(record_id)
            if owner == "client":
                stored = collect(session, Selection([], [record_id], []))
            else:
                stored = collect(session, Selection([], [], [record_id]))
            wanted = {
                name: _archived(archive, name, column, {record_id}).get(record_id, [])
                for name, column in parts
            }
            wanted["history_stream"] = [
                _json_form("history_stream", r)
                for r in archive.kept["history_stream"]
                if r["key"] == stream
            ]
            wanted["history_event"] = events.get(stream, [])
            if all(stored[name] == rows for name, rows in wanted.items()):
                reused[owner].add(record_id)
                continue
            label = next(r["name"] for r in archive.kept[owner] if r["id"] == record_id)
            problems.append(
                msg(
                    "a client called '{name}' is already in this database with different "
                    "details or history",
                    name=label,
                )
                if owner == "client"
                else msg(
                    "a review template called '{name}' is already in this database with "
                    "different details or history",
                    name=label,
                )
            )
    if problems:
        raise _refuse(problems)
    return reused


def _archived(archive: Archive, name: str, column: str, values: set[str]) -> dict[str, list[Row]]:
    """The archived rows of ``name`` whose ``column`` is one of ``values``, by that value,
    in archive form and order."""
    found: dict[str, list[Row]] = {}
    rows = archive.kept[name] if name in archive.kept else _all_rows(archive, name)
    for row in rows:
        if row[column] in values:
            found.setdefault(row[column], []).append(_json_form(name, row))
    order = SORT_KEYS[name]
    for group in found.values():
        group.sort(key=lambda row: tuple(row[k] for k in order))
    return found


def _all_rows(archive: Archive, name: str) -> Iterator[Row]:
    names = [c.name for c in table(name).columns]
    for batch in archive.rows(name):
        for row in batch:
            yield dict(zip(names, row, strict=True))


def _json_form(name: str, row: Row) -> Row:
    """A row read from the archive back in its archive form (timestamps are kept as text)."""
    return {
        c.name: row[c.name] if kind_of(c) is Kind.TIMESTAMP else to_json(kind_of(c), row[c.name])
        for c in table(name).columns
    }


def _check_collisions(session: Session, archive: Archive, plan: _Plan) -> set[str]:
    """Refuse every record that would collide with one already here; return the settings
    that are already here with the same value (nothing to write for them)."""
    kept = archive.kept
    problems: list[str] = []
    codes = _existing(session, table("engagement").c.code, (r["code"] for r in kept["engagement"]))
    problems += [
        msg("engagement {code} already exists in this database", code=code)
        for code in sorted(codes)
    ]
    for owner in ("client", "review_template"):
        reused = plan.skipped
        here = {
            str(name).casefold(): record_id
            for record_id, name in session.execute(select(table(owner).c.id, table(owner).c.name))
        }
        for row in kept[owner]:
            other = here.get(row["name"].casefold())
            if other is not None and other not in reused:
                problems.append(
                    msg(
                        "a client called '{name}' already exists in this database", name=row["name"]
                    )
                    if owner == "client"
                    else msg(
                        "a review template called '{name}' already exists in this database",
                        name=row["name"],
                    )
                )
    documents = _existing(
        session,
        table("signoff").c.document_id,
        (r["document_id"] for r in _all_rows(archive, "signoff")),
    )
    problems += [
        msg("sign-off document {document} already exists in this database", document=d)
        for d in sorted(documents)
    ]
    if not problems:
        for name in TABLE_ORDER:
            if "id" not in table(name).c:
                continue
            ids = _existing(
                session, table(name).c.id, map(id_text, archive.ids[name]), plan.skipped
            )
            problems += [
                msg(
                    "{table} {id} already exists in this database",
                    table=name.replace("_", " "),
                    id=record_id,
                )
                for record_id in sorted(ids)
            ]
        keys = [r["key"] for r in kept["history_stream"] if r["key"] not in plan.streams]
        problems += [
            msg("history stream {stream} already exists in this database", stream=key)
            for key in sorted(_existing(session, table("history_stream").c.key, keys))
        ]
    setting = table("setting")
    here_settings = dict(session.execute(select(setting.c.key, setting.c.value)).all())
    same: set[str] = set()
    for row in kept["setting"]:
        current = here_settings.get(row["key"])
        if current == row["value"]:
            same.add(row["key"])
        elif current is not None:
            problems.append(
                msg("the setting '{key}' already has another value here", key=row["key"])
            )
    if problems:
        raise _refuse(problems)
    return same


def _skipped_ids(archive: Archive, reused: dict[str, set[str]]) -> set[str]:
    skipped = set(reused["client"]) | set(reused["review_template"])
    if reused["client"]:
        skipped |= {
            r["id"] for r in _all_rows(archive, "contact") if r["client_id"] in reused["client"]
        }
    if reused["review_template"]:
        for name in ("template_criterion", "template_checklist_item"):
            skipped |= {
                r["id"]
                for r in _all_rows(archive, name)
                if r["template_id"] in reused["review_template"]
            }
    return skipped


def _skipped_streams(reused: dict[str, set[str]]) -> set[str]:
    return {client_stream(i) for i in reused["client"]} | {
        template_stream(i) for i in reused["review_template"]
    }


def _check_external(session: Session, archive: Archive) -> None:
    """A spin-off's parent that is not in the archive must already be in this database."""
    by_table: dict[str, list[str]] = {}
    for ref in archive.external:
        by_table.setdefault(ref.table, []).append(ref.value)
    problems: list[str] = []
    for name, ids in by_table.items():
        found = _existing(session, table(name).c.id, ids)
        problems += [
            msg(
                "{place} refers to {table} {value}, which is neither in the archive nor in "
                "this database (import its parent engagement first)",
                place=ref.where,
                table=ref.table,
                value=ref.value,
            )
            for ref in archive.external
            if ref.table == name and ref.value not in found
        ]
    if problems:
        raise _refuse(problems)
