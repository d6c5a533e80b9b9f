"""Reading an archive and checking it on its own, before the database is touched: JSON,
format and version, every field of every row, uniqueness, references, stored hashes and
the history chains.

Rows are checked one at a time as the file is read (:class:`ArchiveLoader`) and set aside
in temporary spool files, table by table, for the import to insert later in dependency
order; only the keys that other rows may refer to, and the few rows the import decides
with (engagements, clients, templates, stream heads, settings), stay in memory. A value's
place (``milestone[3].title``) is spelled out only when it is wrong.

Given a :class:`Sink` (an import into a database that holds none of these records yet),
the loader hands the rows of most tables over to be written while the rest of the file is
read: a table's rows go straight to the sink when every table they refer to has been
handed over whole already and no key but the id has to be unique (the history events, in
an exported archive); the rows of any other table are spooled as usual and handed over,
spool and all, as soon as every table they refer to has been. So the sink writes each row
after the rows it refers to, and can check its references against ids already complete."""

from __future__ import annotations

import io
import operator
import pickle
import re
import tempfile
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import cache
from typing import IO, Any, Final, NoReturn, Protocol

from sqlalchemy import Column, UniqueConstraint

from core.archive.layout import (
    ARCHIVE_FORMAT,
    ARCHIVE_VERSION,
    ENUMS,
    EXTERNAL_OK,
    TABLE_ORDER,
    Kind,
    from_json,
    kind_of,
    table,
)
from core.archive.reader import SURROGATE, refuse
from core.canonical import sha256_bytes, sha256_text
from core.errors import ArchiveError
from core.history import GENESIS, SYSTEM_STREAM, event_hash
from core.messages import listing, msg
from core.models.base import timestamp_text

Row = dict[str, Any]
HEADER = ("exported_with", "format", "scope", "tables", "version")
STREAM_OWNERS = {"engagement": "engagement", "client": "client", "template": "review_template"}
KEPT = ("client", "review_template", "engagement", "setting", "history_stream")
"""Tables whose rows stay in memory: few, and what the import decides with."""
STREAMED: Final = frozenset(TABLE_ORDER) - {
    "review_template",
    "template_criterion",
    "template_checklist_item",
    "setting",
}
"""Tables a :class:`Sink` writes while the archive is read. The others may meet records
already in the target database (built-in templates, settings), which the import weighs
once the whole archive is known; no streamed table refers to them."""
_BATCH = 2000
_INT64 = 2**63
Ids = dict[str, set[Any]]


class Sink(Protocol):
    """Where :class:`ArchiveLoader` hands rows to be written while it reads, in the order
    they are to be written (a table's rows after those of every table they refer to).
    Before writing rows, the sink checks their references (:func:`check_references`)
    against ``present``, the ids of the archive, complete by then for every table the
    rows refer to."""

    def rows(
        self, name: str, batch: list[tuple[Any, ...]], first: int | None, present: Ids
    ) -> None:
        """Rows of table ``name``, each a tuple of its values in column order; ``first``:
        the place of the first in the table (None: their references were checked)."""

    def spooled(self, name: str, spool: IO[bytes], present: Ids) -> None:
        """Every row of table ``name``, as batches pickled in ``spool`` (see
        :func:`spooled_batches`; the loader's: read it, do not close it)."""

    def done(self, name: str) -> None:
        """Every row of table ``name`` has been handed over."""


class Refusal(Exception):
    """One reason to refuse the archive, raised while a row is read."""

    def __init__(self, reason: str, stream: str | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.stream = stream
        """The history stream the reason is about, named once the owners are known."""


@dataclass(frozen=True, slots=True)
class ExternalRef:
    """A reference the archive leaves to the target database (a spin-off's parent)."""

    table: str
    column: str
    value: str
    where: str


@dataclass
class Archive:
    """An archive read and checked on its own; its rows wait in spool files."""

    scope: str
    kept: dict[str, list[Row]]
    """The rows of ``KEPT`` tables, as Python values (timestamps as their stored text)."""
    ids: dict[str, set[Any]]
    """Per table with an ``id``: the ids in the archive, each as :func:`id_key` keeps it."""
    counts: dict[str, int]
    events: dict[str, int]
    """History events per stream."""
    spools: dict[str, IO[bytes]]
    external: list[ExternalRef] = field(default_factory=list)

    def rows(self, name: str) -> Iterator[list[tuple[Any, ...]]]:
        """The rows of table ``name`` in archive order, a batch at a time, each a tuple of
        its values in the order of the table's columns."""
        return spooled_batches(self.spools[name])

    def close(self) -> None:
        for spool in self.spools.values():
            spool.close()


def spooled_batches(spool: IO[bytes]) -> Iterator[list[tuple[Any, ...]]]:
    """The batches of rows pickled in ``spool``, from its start."""
    spool.seek(0)
    while True:
        try:
            yield pickle.load(spool)  # noqa: S301 - our own spool (ArchiveLoader._spill)
        except EOFError:
            return


class _Slow(Exception):
    """The quick test did not accept a value: the full reading decides (and words it)."""


def _quick(column: Column[Any], kind: Kind) -> Callable[[Any], Any]:
    """A test that accepts (and converts) the usual values at a fraction of the cost of
    ``from_json``, and raises ``_Slow`` for anything else. It accepts nothing ``from_json``
    refuses and gives the same value for what it accepts."""
    nullable = bool(column.nullable)
    length = getattr(column.type, "length", None)

    def text(value: Any) -> Any:
        if type(value) is str and (length is None or len(value) <= length):
            return value
        if value is None and nullable:
            return None
        raise _Slow

    def whole(value: Any) -> Any:
        if type(value) is int and -_INT64 < value < _INT64:
            return value
        if value is None and nullable:
            return None
        raise _Slow

    def flag(value: Any) -> Any:
        if type(value) is bool or (value is None and nullable):
            return value
        raise _Slow

    def money(value: Any) -> Any:
        if type(value) is str and _MINOR.fullmatch(value):
            return int(value)
        if value is None and nullable:
            return None
        raise _Slow

    def day(value: Any) -> Any:
        if type(value) is str and len(value) == 10:
            try:
                parsed = date.fromisoformat(value)
            except ValueError:
                raise _Slow from None
            if parsed.isoformat() == value:
                return parsed
        if value is None and nullable:
            return None
        raise _Slow

    def moment(value: Any) -> Any:
        # Kept as the text it is stored as; the first digit rules out years before 1000,
        # which the stored form would spell differently.
        if type(value) is str and _TIMESTAMP.fullmatch(value) and value[0] != "0":
            try:
                datetime.fromisoformat(value)
            except ValueError:
                raise _Slow from None
            return value
        if value is None and nullable:
            return None
        raise _Slow

    def other(value: Any) -> Any:
        if value is None and nullable:
            return None
        raise _Slow

    return {
        Kind.TEXT: text,
        Kind.INT: whole,
        Kind.BOOL: flag,
        Kind.MONEY: money,
        Kind.DATE: day,
        Kind.TIMESTAMP: moment,
    }.get(kind, other)


_MINOR = re.compile(r"0|[1-9][0-9]{0,17}")
_TIMESTAMP = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z")


class _TableReader:
    """Reads the rows of one table into Python values (timestamps stay stored text)."""

    __slots__ = ("cells", "enums", "keys", "limits", "name", "names", "others", "texts", "values")

    def __init__(self, name: str) -> None:
        t = table(name)
        self.name = name
        self.names = tuple(column.name for column in t.columns)
        self.keys = frozenset(self.names)
        self.values = operator.itemgetter(*self.names)
        self.cells = [
            (column.name, _quick(column, kind_of(column)), column, kind_of(column))
            for column in t.columns
        ]
        self.enums = [(c, allowed) for (tn, c), allowed in ENUMS.items() if tn == name]
        # The text columns are screened together (see ``read``); the other cells one by one.
        texts = [c for c in t.columns if kind_of(c) is Kind.TEXT]
        self.texts = operator.itemgetter(*(c.name for c in texts)) if len(texts) > 1 else None
        self.limits = tuple(
            _UNLIMITED if getattr(c.type, "length", None) is None else c.type.length  # type: ignore[attr-defined]
            for c in texts
        )
        self.others = [cell for cell in self.cells if cell[3] is not Kind.TEXT]

    def read(self, row: Any, index: int) -> Row:
        if type(row) is not dict:
            raise Refusal(msg("{place} must be an object", place=f"{self.name}[{index}]"))
        if row.keys() != self.keys:
            _exact_keys(row, self.names, f"{self.name}[{index}]")
        cells = self.cells
        if self.texts is not None:
            # Every text cell a string within its length, checked in C: those cells are
            # what their ``quick`` test would return, and only the others are looked at.
            texts = self.texts(row)
            if _ONLY_TEXT.issuperset(map(type, texts)) and not any(
                map(operator.gt, map(len, texts), self.limits)
            ):
                cells = self.others
        for key, quick, column, kind in cells:
            value = row[key]
            try:
                row[key] = quick(value)
            except _Slow:
                row[key] = _slow(column, kind, value, f"{self.name}[{index}].{key}")
        for key, allowed in self.enums:
            if row[key] not in allowed:
                raise Refusal(
                    msg(
                        "{place}: '{value}' is not one of {allowed}",
                        place=f"{self.name}[{index}].{key}",
                        value=str(row[key])[:40],
                        allowed=listing(sorted(repr(v) for v in allowed)),
                    )
                )
        return row


_ONLY_TEXT = {str}
_UNLIMITED = 2**63


def _slow(column: Column[Any], kind: Kind, value: Any, where: str) -> Any:
    try:
        result = from_json(column, kind, value, where)
    except ArchiveError as exc:
        raise Refusal(exc.message) from None
    if kind is Kind.TIMESTAMP and result is not None:
        return timestamp_text(result)
    return result


def _exact_keys(obj: dict[str, Any], expected: tuple[str, ...], where: str) -> None:
    missing = sorted(set(expected) - obj.keys())
    extra = sorted(obj.keys() - set(expected))
    if missing:
        raise Refusal(msg("{place} lacks {fields}", place=where, fields=listing(missing)))
    if extra:
        raise Refusal(
            msg(
                "{place} has unknown field(s) {fields}",
                place=where,
                fields=listing(k[:40] for k in extra),
            )
        )


class _Chain:
    __slots__ = ("prev", "seq")

    def __init__(self) -> None:
        self.seq = 0
        self.prev = GENESIS


class ArchiveLoader:
    """The visitor of :class:`core.archive.reader.ArchiveReader`: checks each row as it is
    read and spools it. The first problem is kept (a damaged header or text outranks a
    damaged row, as a whole-file reading would find them) and the rest of the file is
    still read, so a JSON error anywhere is reported first.

    With a ``sink``, the rows of the tables in ``STREAMED`` are handed to it as they are
    read (see the module's description); no more are once a problem is found."""

    def __init__(self, sink: Sink | None = None) -> None:
        self.head: dict[str, Any] = {}
        self.names: list[str] = []
        self._readers = {name: _TableReader(name) for name in TABLE_ORDER}
        self._surrogate: str | None = None
        self._problem: Refusal | None = None
        self._not_lists: list[str] = []
        self.kept: dict[str, list[Row]] = {name: [] for name in KEPT}
        self.ids: dict[str, set[Any]] = {n: set() for n in TABLE_ORDER if "id" in table(n).c}
        self._unique = {name: _unique_keys(name) for name in TABLE_ORDER}
        self._seen: dict[tuple[str, tuple[str, ...]], set[int]] = {}  # hashes of the keys
        self.counts = dict.fromkeys(TABLE_ORDER, 0)
        self._chains: dict[str, _Chain] = {}
        self.spools: dict[str, IO[bytes]] = {}
        self._batches: dict[str, list[tuple[Any, ...]]] = {name: [] for name in TABLE_ORDER}
        self._sink = sink
        self._current: str | None = None
        self._direct = False  # the current table's rows go to the sink as they come
        self._handed: set[str] = set()  # tables whose every row the sink has had
        self._waiting: list[str] = []  # spooled tables waiting for the tables they refer to
        self.late: ArchiveError | None = None
        """A problem of the engagements found while handing them over (a parent loop, a
        missing client): the import reports it after the problems of the archive itself,
        and the sink has no more rows once it is found."""

    # --- the visitor --------------------------------------------------------------------

    def header(self, key: str, value: Any, escaped: bool) -> None:
        if escaped and self._surrogate is None:
            self._surrogate = _surrogate_in(value, key)
        self.head[key] = value

    def tables(self) -> None:
        self.head["tables"] = {}  # its tables are read one by one

    def table(self, name: str) -> None:
        self._table_read()
        self.names.append(name)
        if self._sink is not None and name in STREAMED and name not in self.names[:-1]:
            self._current = name
            self._direct = (
                not self._unique[name]
                and name != "engagement"
                and all(target in self._handed for _, _, target in references(name))
            )
        # The keys of the table before are not needed any more: a table's rows come in one
        # list (a table named twice is refused), so only one table's keys are ever held.
        self._seen.clear()

    def not_a_list(self, name: str) -> None:
        self._not_lists.append(name)

    def row(self, name: str, index: int, row: Any, escaped: bool) -> None:
        if escaped and self._surrogate is None:
            self._surrogate = _surrogate_in(row, f"{name}[{index}]")
        reader = self._readers.get(name)
        if self._problem is not None or self._surrogate is not None or reader is None:
            return
        try:
            values = reader.read(row, index)
            self._check_row(name, index, values)
        except Refusal as problem:
            self._problem = problem
            return
        batch = self._batches[name]
        batch.append(reader.values(values))
        if len(batch) >= _BATCH:
            self._spill(name)

    # --- one row ------------------------------------------------------------------------

    def _check_row(self, name: str, index: int, row: Row) -> None:
        self.counts[name] += 1
        if name in self.ids:
            record = id_key(row["id"])
            if record in self.ids[name]:
                raise Refusal(
                    msg(
                        "{place} repeats id={id}, which must be unique",
                        place=f"{name}[{index}]",
                        id=row["id"][:40],
                    )
                )
            self.ids[name].add(record)
        for key in self._unique[name]:
            value = row[key[0]] if len(key) == 1 else tuple(row[c] for c in key)
            seen = self._seen.get((name, key))
            if seen is None:  # (not ``setdefault``: that makes a new set for every row)
                seen = self._seen[name, key] = set()
            token = _token(value)
            if token in seen and self._repeated(name, key, value):
                values = (value,) if len(key) == 1 else value
                shown = listing(f"{c}={str(v)[:40]}" for c, v in zip(key, values, strict=True))
                raise Refusal(
                    msg(
                        "{place} repeats {values}, which must be unique",
                        place=f"{name}[{index}]",
                        values=shown,
                    )
                )
            seen.add(token)
        if name in self.kept:
            self.kept[name].append(dict(row))
        if name == "history_event":
            self._chain(row)
        elif name == "review_template" and row["builtin"]:
            raise Refusal(
                msg(
                    "{place} is a built-in template, which is never archived",
                    place=f"review_template[{index}]",
                )
            )
        elif name in ("baseline", "signoff") and sha256_text(row["snapshot"]) != row["fingerprint"]:
            raise Refusal(
                msg(
                    "{place}: the snapshot does not match its fingerprint",
                    place=f"{name}[{index}]",
                )
            )
        if name == "signoff":
            for data, digest in (
                ("issued_pdf", "issued_sha256"),
                ("returned_file", "returned_sha256"),
            ):
                if row[data] is not None and sha256_bytes(row[data]) != row[digest]:
                    raise Refusal(
                        msg(
                            "{place} does not match its SHA-256 ({digest})",
                            place=f"signoff[{index}].{data}",
                            digest=digest,
                        )
                    )

    def _repeated(self, name: str, key: tuple[str, ...], value: Any) -> bool:
        """Whether a row of ``name`` read before has ``value`` in the columns ``key``. Only
        the hashes of the keys seen are kept (a few bytes each instead of the text), so a
        hash seen before is confirmed on the rows themselves (a repeat is rare: it refuses
        the archive)."""
        names = self._readers[name].names
        pick = operator.itemgetter(*(names.index(column) for column in key))
        if any(pick(row) == value for row in self._batches[name]):
            return True
        spool = self.spools.get(name)
        if spool is None:
            return False
        spool.seek(0)
        try:
            while True:
                batch = pickle.load(spool)  # noqa: S301 - our own spool, written above
                if any(pick(row) == value for row in batch):
                    return True
        except EOFError:
            return False
        finally:
            spool.seek(0, io.SEEK_END)  # where the next batch is written

    def _chain(self, row: Row) -> None:
        """One more link of a stream's chain. Events are read in the order the archive
        lists them, which for each stream is the order of its chain."""
        key = row["stream"]
        chain = self._chains.get(key)
        if chain is None:
            chain = self._chains[key] = _Chain()
        seq = chain.seq + 1
        if row["seq"] != seq:
            if row["seq"] < seq:
                raise Refusal(
                    msg("event {number} is listed twice or out of order", number=row["seq"]), key
                )
            raise Refusal(msg("event {number} is missing", number=seq), key)
        if row["prev_hash"] != chain.prev:
            raise Refusal(
                msg("event {number} does not link to the event before it", number=seq), key
            )
        digest = event_hash(
            key,
            seq,
            row["at"],
            row["actor"],
            row["entity"],
            row["entity_id"],
            row["action"],
            row["before"],
            row["after"],
            chain.prev,
        )
        if digest != row["hash"]:
            raise Refusal(msg("event {number} was altered after it was written", number=seq), key)
        chain.seq, chain.prev = seq, digest

    def _spill(self, name: str) -> None:
        if name == self._current and self._direct:
            batch, self._batches[name] = self._batches[name], []
            self._hand_rows(name, batch)
            return
        spool = self.spools.get(name)
        if spool is None:
            spool = self.spools[name] = tempfile.TemporaryFile(prefix="scopekeeper-import-")
        pickle.dump(self._batches[name], spool, protocol=pickle.HIGHEST_PROTOCOL)
        self._batches[name] = []

    # --- handing rows to the sink --------------------------------------------------------

    @property
    def _streaming(self) -> bool:
        return (
            self._sink is not None
            and self._problem is None
            and self._surrogate is None
            and self.late is None
        )

    def _hand_rows(self, name: str, batch: list[tuple[Any, ...]]) -> None:
        """Rows of a table whose every referred table has been handed over."""
        if not self._streaming or not batch:
            return
        assert self._sink is not None
        first = self.counts[name] - len(batch)  # rows read so far, these the last
        self._sink.rows(name, batch, first, self.ids)

    def _table_read(self) -> None:
        """The table being read has ended: hand it over, or set it aside until the tables
        it refers to have been, then hand over every table that was waiting for it."""
        name, direct = self._current, self._direct
        self._current, self._direct = None, False
        if name is None:
            return
        if direct:
            self._hand_rows(name, self._batches[name])
            self._batches[name] = []
            self._handed.add(name)
            if self._streaming:
                assert self._sink is not None
                self._sink.done(name)
        else:
            if self._batches[name] and self._problem is None and self._surrogate is None:
                self._spill(name)
            self._waiting.append(name)
        ready = True
        while ready:
            ready = False
            for waiting in self._waiting:
                if all(target in self._handed for _, _, target in references(waiting)):
                    self._waiting.remove(waiting)
                    self._hand_spool(waiting)
                    self._handed.add(waiting)
                    ready = True
                    break

    def _hand_spool(self, name: str) -> None:
        """Hand a spooled table over whole; the engagements (kept anyway) checked here and
        handed over parents first."""
        if not self._streaming:
            return
        assert self._sink is not None
        spool = self.spools.get(name)
        if name == "engagement":
            spell = self._readers[name].values
            try:
                check_references(self.ids, name, [spell(row) for row in self.kept[name]], 0)
                rows = [spell(row) for row in parents_first(self.kept[name])]
            except ArchiveError as exc:
                self.late = exc
                return
            self._sink.rows(name, rows, None, self.ids)
        elif spool is not None:
            self._sink.spooled(name, spool, self.ids)
        self._sink.done(name)

    # --- the whole archive ---------------------------------------------------------------

    def finish(self) -> Archive:
        """The archive, once the file has been read, or the refusal of its first problem."""
        self._table_read()
        self._seen.clear()  # every key has been seen: not needed while the rows are inserted
        if self._surrogate is not None:
            refuse(self._surrogate)
        for key in self.head:
            if SURROGATE.search(key):
                refuse(
                    msg(
                        "a field name in {place} holds a character that is not text "
                        "(an unpaired surrogate)",
                        place=msg("the archive header"),
                    )
                )
        scope = self._check_header()
        if self._problem is not None:
            self._raise(self._problem)
        for name in TABLE_ORDER:
            if name in self._handed:
                continue  # written already, spooled or not
            if self._batches[name] or name not in self.spools:
                self._spill(name)
        archive = Archive(
            scope,
            self.kept,
            self.ids,
            self.counts,
            {key: chain.seq for key, chain in self._chains.items()},
            self.spools,
        )
        try:
            if scope != "all" and self.counts["setting"]:
                refuse(msg("settings appear only in an archive of the whole database"))
            archive.external = self._check_references(archive)
            self._check_heads()
        except BaseException:
            archive.close()
            raise
        return archive

    def _raise(self, problem: Refusal) -> NoReturn:
        if problem.stream is None:
            refuse(problem.reason)
        stream = _stream_labels(self.kept).get(problem.stream, problem.stream)
        refuse(msg("{stream}: {reason}", stream=stream, reason=problem.reason))

    def _check_header(self) -> str:
        document = self.head
        if document.get("format") != ARCHIVE_FORMAT:
            refuse(
                msg(
                    "the file is not a Scopekeeper archive (its format is not '{format}')",
                    format=ARCHIVE_FORMAT,
                )
            )
        version = document.get("version")
        if not isinstance(version, int) or isinstance(version, bool) or version < 1:
            refuse(msg("the archive version {version} is unknown", version=repr(str(version)[:20])))
        if version > ARCHIVE_VERSION:
            refuse(
                msg(
                    "the archive was made by a newer Scopekeeper (archive version {version}); "
                    "this one reads version {readable}. Install the newer version to import it",
                    version=version,
                    readable=ARCHIVE_VERSION,
                )
            )
        try:
            _exact_keys(document, HEADER, msg("the archive header"))
            if not isinstance(document["exported_with"], str):
                refuse(msg("{place} must be a string", place="exported_with"))
            scope = document["scope"]
            if scope not in ("all", "engagements"):
                refuse(msg("the archive scope {scope} is unknown", scope=repr(str(scope)[:20])))
            if not isinstance(document["tables"], dict):
                refuse(msg("{place} must be an object", place="tables"))
            _exact_keys(dict.fromkeys(self.names), TABLE_ORDER, "tables")
        except Refusal as problem:
            refuse(problem.reason)
        for name in self._not_lists:
            refuse(msg("{place} must be a list", place=f"tables.{name}"))
        return str(scope)

    def _check_references(self, archive: Archive) -> list[ExternalRef]:
        """A spin-off's parent may be in the target database instead of the archive: those
        references are returned to be checked there. Every other reference is checked as
        the rows are inserted (:func:`check_references`). Each stream head belongs to a
        record of the archive."""
        present = self.ids
        external: list[ExternalRef] = []
        for (name, column), target in _EXTERNAL.items():
            for index, row in enumerate(self.kept[name]):
                value = row[column]
                if value is not None and id_key(value) not in present[target]:
                    external.append(ExternalRef(target, "id", value, f"{name}[{index}].{column}"))
        for index, row in enumerate(self.kept["history_stream"]):
            kind, _, owner = str(row["key"]).partition(":")
            owner_table = STREAM_OWNERS.get(kind)
            if row["key"] == SYSTEM_STREAM or owner_table is None:
                refuse(
                    msg(
                        "{place}: the stream '{stream}' is not archived",
                        place=f"history_stream[{index}]",
                        stream=row["key"][:64],
                    )
                )
            if id_key(owner) not in present[owner_table]:
                refuse(
                    msg(
                        "{place}: {stream} belongs to no {table} of the archive",
                        place=f"history_stream[{index}]",
                        stream=row["key"],
                        table=owner_table,
                    )
                )
        return external

    def _check_heads(self) -> None:
        heads = {row["key"]: row for row in self.kept["history_stream"]}
        orphans = sorted(self._chains.keys() - heads.keys())
        if orphans:
            refuse(
                msg("history events of stream {stream} have no stream head", stream=orphans[0][:64])
            )
        labels = _stream_labels(self.kept)
        for key in sorted(heads):
            chain = self._chains.get(key) or _Chain()
            head = heads[key]
            if head["last_seq"] != chain.seq or head["last_hash"] != chain.prev:
                refuse(
                    msg(
                        "{stream}: the stream head does not match its last event",
                        stream=labels.get(key, key),
                    )
                )


_EXTERNAL = {
    (name, column): table(name).c[column].foreign_keys.copy().pop().column.table.name
    for name, column in EXTERNAL_OK
}


@cache
def references(name: str) -> list[tuple[int, str, str]]:
    """The foreign keys of table ``name`` a row must satisfy within the archive: (index of
    the column, column, table referred to)."""
    columns = [c.name for c in table(name).columns]
    return [
        (columns.index(fk.parent.name), fk.parent.name, fk.column.table.name)
        for fk in sorted(table(name).foreign_keys, key=lambda f: f.parent.name)
        if (name, fk.parent.name) not in EXTERNAL_OK
    ]


_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


def id_key(value: Any) -> Any:
    """An id as the reading keeps it, a number in less memory than its text: a UUID in its
    canonical text (every id the application makes) as its 128-bit value, any other text
    as minus the number its UTF-8 bytes spell after a leading 1 byte (so no two texts meet,
    and none meets a UUID). Two ids have the same key only if they are the same text."""
    if type(value) is not str:
        return value
    if len(value) == 36 and _UUID.fullmatch(value):
        return int(value.replace("-", ""), 16)
    return -int.from_bytes(b"\x01" + value.encode("utf-8", "surrogatepass"), "big")


def id_text(key: Any) -> Any:
    """The id whose :func:`id_key` is ``key``."""
    if type(key) is not int:
        return key
    if key < 0:
        spelled = (-key).to_bytes(((-key).bit_length() + 7) // 8, "big")
        return spelled[1:].decode("utf-8", "surrogatepass")
    digits = f"{key:032x}"
    return f"{digits[:8]}-{digits[8:12]}-{digits[12:16]}-{digits[16:20]}-{digits[20:]}"


def check_references(present: Ids, name: str, batch: list[tuple[Any, ...]], first: int) -> None:
    """Every foreign key of these rows (``first`` the index of the first) points at a row
    of the archive (``present``: its ids, as :attr:`Archive.ids`). Each distinct value of a column is looked up once per batch (rows of
    one parent come together: a milestone's criteria name it one after another); the rows
    are searched, in order, only for a value that is not found."""
    for position, column, target in references(name):
        ids = present[target]
        values = set(map(operator.itemgetter(position), batch))
        values.discard(None)
        missing = {value for value in values if id_key(value) not in ids}
        if not missing:
            continue
        for offset, row in enumerate(batch):
            value = row[position]
            if value in missing:
                refuse(
                    msg(
                        "{place} refers to {table} {value}, which is not in the archive",
                        place=f"{name}[{first + offset}].{column}",
                        table=target,
                        value=value,
                    )
                )


def _unique_keys(name: str) -> list[tuple[str, ...]]:
    """The keys that must be unique in a table, the primary key first. A stream's events
    are left out: their chain check sees a repeated number."""
    if name == "history_event":
        return []
    t = table(name)
    keys = [tuple(c.name for c in t.primary_key.columns)]
    if keys == [("id",)]:
        keys = []  # the ids are kept anyway (ArchiveLoader.ids)
    keys += [
        tuple(c.name for c in constraint.columns)
        for constraint in t.constraints
        if isinstance(constraint, UniqueConstraint)
    ]
    return keys


def _surrogate_in(value: Any, where: str) -> str | None:
    """Why ``value`` is refused if it holds half of a UTF-16 pair or a NUL: no database
    stores the first as text, PostgreSQL refuses the second (and Scopekeeper never writes
    one), and no message can print them. The reason names where it is, never the text."""
    stack: list[tuple[str, Any]] = [(where, value)]
    while stack:
        place, item = stack.pop()
        if isinstance(item, str):
            if "\x00" in item:
                return msg(
                    "{place} holds a NUL character (U+0000), which is not text; the file was "
                    "damaged or written by another program",
                    place=place,
                )
            found = SURROGATE.search(item)
            if found:
                return msg(
                    "{place} holds a character that is not text (an unpaired surrogate, "
                    "U+{code}); the file was damaged or written by another program",
                    place=place,
                    code=f"{ord(found.group()):04X}",
                )
        elif isinstance(item, dict):
            for key, inner in reversed(item.items()):
                if SURROGATE.search(key):
                    return msg(
                        "a field name in {place} holds a character that is not text "
                        "(an unpaired surrogate)",
                        place=place or msg("the archive header"),
                    )
                stack.append((f"{place}.{key}", inner))
        elif isinstance(item, list):
            stack.extend((f"{place}[{i}]", inner) for i, inner in reversed(list(enumerate(item))))
    return None


def _stream_labels(kept: dict[str, list[Row]]) -> dict[str, str]:
    """Stream keys as people know them: 'the history of ACME-2026-01'."""
    labels: dict[str, str] = {
        f"engagement:{r['id']}": msg("the history of {code}", code=r["code"])
        for r in kept["engagement"]
    }
    labels |= {
        f"client:{r['id']}": msg("the history of client '{name}'", name=r["name"])
        for r in kept["client"]
    }
    labels |= {
        f"template:{r['id']}": msg("the history of template '{name}'", name=r["name"])
        for r in kept["review_template"]
    }
    return labels


def _token(value: Any) -> int:
    """What stands for a unique key while an archive is read: the hash of its text. Python
    hashes text with a key chosen afresh in each process, so an archive cannot be written
    to make many keys meet and send every row back to ``_repeated``; numbers and tuples of
    them hash alike in every process (``hash(-1) == hash(-2)``), which an archive could."""
    return hash(repr(value))


_SHOWN = 5


def refusal(problems: Sequence[str]) -> ArchiveError:
    """The refusal of the archive for ``problems`` (the first few of them)."""
    shown = listing(problems[:_SHOWN], "; ")
    if len(problems) > _SHOWN:
        return ArchiveError(
            msg(
                "the archive was refused: {problems} (and {more} more). Nothing was imported",
                problems=shown,
                more=len(problems) - _SHOWN,
            )
        )
    return ArchiveError(
        msg("the archive was refused: {problems}. Nothing was imported", problems=shown)
    )


def parents_first(rows: list[Row]) -> list[Row]:
    """Engagement rows ordered so that a spin-off comes after its parent; a parent loop
    refuses the archive."""
    by_id = {row["id"]: row for row in rows}
    depth: dict[str, int] = {}
    for row in rows:
        chain: list[str] = []
        current: Row | None = row
        while current is not None and current["id"] not in depth:
            if current["id"] in chain:
                raise refusal(
                    [msg("engagement {code} is its own ancestor (a parent loop)", code=row["code"])]
                )
            chain.append(current["id"])
            current = by_id.get(current["parent_id"] or "")
        base = depth[current["id"]] + 1 if current is not None else 0
        for offset, record_id in enumerate(reversed(chain)):
            depth[record_id] = base + offset
    return sorted(rows, key=lambda row: depth[row["id"]])
