"""Reading the history: pages of one engagement's stream, a streamed export, recent changes."""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Callable, Generator, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from operator import itemgetter
from typing import Any, TypeVarTuple

from sqlalchemy import (
    ColumnElement,
    Select,
    String,
    and_,
    cast,
    exists,
    false,
    func,
    literal_column,
    not_,
    or_,
    select,
    true,
    type_coerce,
)
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from core.history import engagement_stream
from core.models import Contact, Engagement, HistoryEvent, Milestone, ReviewRound, SignOff
from core.models.base import UTCTimestamp
from core.queries._sql import _longest_safe_run as longest_safe_run
from core.queries._sql import holds_in_order, is_sqlite, matches_any, spaced_oddly
from core.queries.history_index import (
    EVENT_ROWID,
    ODD_SPACES,
    STORED_ODD_SPACES,
    candidates,
    is_common,
    stored_form,
    stored_pieces,
)
from core.text import fold_sources, search_needle

MAX_PAGE = 5000

_Ts = TypeVarTuple("_Ts")


@dataclass(frozen=True, slots=True)
class EventRow:
    stream: str
    seq: int
    at: datetime
    actor: str
    entity: str
    entity_id: str
    action: str
    before: str
    """Canonical JSON text of the state before ("null" when the entity was created)."""
    after: str
    hash: str
    prev_hash: str = ""


# Table columns rather than the mapped attributes: the rows then come back through
# SQLAlchemy Core, without the ORM's per-row loading, which a 200,000-event export notices.
_TABLE = HistoryEvent.__table__.c
_COLUMNS = (
    _TABLE.stream,
    _TABLE.seq,
    _TABLE.at,
    _TABLE.actor,
    _TABLE.entity,
    _TABLE.entity_id,
    _TABLE.action,
    _TABLE.before,
    _TABLE.after,
    _TABLE.hash,
    _TABLE.prev_hash,
)


def _row(r: Any) -> EventRow:
    return EventRow(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[8], r[9], r[10])


@dataclass(frozen=True, slots=True)
class StoredTerms:
    """Stored identifiers a history search also stands for.

    The history is shown in words ("Milestone · state changed", "Jalon · changement
    d'état", "Baseline due"), but stores identifiers ("milestone", "state_changed",
    "baseline_due"). Whoever shows the words knows which identifiers the typed text names and
    passes them here, so a search finds what the reader sees. Entities and actions must equal
    the stored column; ``codes`` (field names and coded values) are found as JSON strings in
    the before/after records."""

    entities: tuple[str, ...] = ()
    actions: tuple[str, ...] = ()
    codes: tuple[str, ...] = ()
    fields: tuple[str, ...] = ()
    """Field names whose words hold the text: an event shows such a field when it changes
    its value (only used with ``shows``, see :func:`history_page`)."""
    created: bool = False
    """The text is in the words a created record's summary begins with ("created"): every
    event that creates a record shows them (only used with ``shows``, as what follows)."""
    removed: bool = False
    """The same for a removed record ("removed")."""
    texts: tuple[str, ...] = ()
    """Texts of the before/after records that a row showing the text holds: "true" and
    "false" for "yes"/"no", "[" for a list shown by its count ("3 items")."""
    everything: bool = False
    """The text may be in words no stored value holds (the "→" of a change, "no change",
    a grouped number, across two parts of the row): every event of the stream is read and
    its row asked."""


RowShows = Callable[[EventRow], bool]
"""Whether an event, as its reader sees it (who, what happened in words, before → after in
words), holds the typed text: made by whoever words the events (reports.event_text)."""

SHOWN_BATCH = 1000
"""Candidate events read at a time when each is checked against what its row shows."""


def history_names(session: Session, engagement_id: str) -> dict[str, str]:
    """The ids an engagement's history stores in place of names (its client's contacts,
    named as reviewers) -> the name a reader sees."""
    client = select(Engagement.client_id).where(Engagement.id == engagement_id).scalar_subquery()
    rows = session.execute(select(Contact.id, Contact.name).where(Contact.client_id == client))
    return {cid: name for cid, name in rows}


def history_milestones(session: Session, engagement_id: str) -> dict[str, tuple[int, str]]:
    """The ids an engagement's events name (its milestones, their review rounds and
    sign-offs) -> (position, title) of the milestone each belongs to."""
    milestones = {
        mid: (position, title)
        for mid, position, title in session.execute(
            select(Milestone.id, Milestone.position, Milestone.title).where(
                Milestone.engagement_id == engagement_id
            )
        )
    }
    found = dict(milestones)
    for model in (ReviewRound, SignOff):
        rows = session.execute(
            select(model.id, model.milestone_id)
            .join(Milestone, Milestone.id == model.milestone_id)
            .where(Milestone.engagement_id == engagement_id)
        )
        found.update({oid: milestones[mid] for oid, mid in rows if mid in milestones})
    return found


def _named_ids(session: Session, engagement_id: str, needle: str) -> list[str]:
    """The ids of :func:`history_names` whose name contains ``needle``: a search for
    "anna" finds the review rounds Anna held, which store her contact id."""
    client = select(Engagement.client_id).where(Engagement.id == engagement_id).scalar_subquery()
    return sorted(
        session.scalars(
            select(Contact.id).where(
                Contact.client_id == client, matches_any(session, needle, Contact.name)
            )
        )
    )


def _in_values(session: Session, needle: str, column: ColumnElement[str]) -> ColumnElement[bool]:
    """True where the JSON record in ``column`` may show ``needle`` in one of its values (a
    text or a number), not only in a field name: "position" is a key of every milestone
    record and no value of it. The plain text comparison comes first (an index serves it on
    PostgreSQL, and it rules most records out cheaply); the values are then read with the
    database's own JSON functions.

    The record's text holds a value's quotes and backslashes escaped (``stored_form``). A
    plain text is shown with each run of whitespace as one space ("Design  review" and
    "Design\\nreview" are shown "Design review"): a needle of several words is also
    found in a value holding them in order with whitespace other than one space (and in
    a record holding them so); ``shows`` then decides."""
    stored = stored_form(needle)
    raw = matches_any(session, stored, column)
    words = needle.split()

    def shown(value: ColumnElement[str]) -> ColumnElement[bool]:
        exact = matches_any(session, needle, value)
        if len(words) < 2:
            return exact
        spread = holds_in_order(session, words, value)
        return or_(exact, and_(spread, spaced_oddly(session, value, ODD_SPACES)))

    if len(words) > 1:
        spread = holds_in_order(session, stored_pieces(needle), column)
        raw = or_(raw, and_(spread, spaced_oddly(session, column, STORED_ODD_SPACES)))
    held: Select[Any]
    if is_sqlite(session):
        tree = func.json_tree(column).table_valued("atom").alias("v")
        atom = cast(tree.c.atom, String)
        held = (
            select(literal_column("1"))
            .select_from(tree)
            .where(tree.c.atom.is_not(None), shown(atom))
        )
    else:
        items = func.jsonb_path_query(
            cast(column, JSONB), literal_column("'strict $.**'::jsonpath")
        ).column_valued("v")
        text = items.op("#>>")(literal_column("'{}'::text[]"))
        held = select(literal_column("1")).where(
            func.jsonb_typeof(items).in_(("string", "number")), shown(text)
        )
    return and_(raw, exists(held))


def _changed(session: Session, field: str) -> ColumnElement[bool]:
    """True where the event changes ``field``: its value differs between before and after
    (a record created or removed changes every field it holds)."""
    was: ColumnElement[Any]
    now: ColumnElement[Any]
    if is_sqlite(session):
        path = "$." + field
        was = func.json_extract(_TABLE.before, path)
        now = func.json_extract(_TABLE.after, path)
    else:
        was = cast(_TABLE.before, JSONB)[field]
        now = cast(_TABLE.after, JSONB)[field]
    return and_(
        matches_any(session, f'"{search_needle(field)}"', _TABLE.before, _TABLE.after),
        was.is_distinct_from(now),
    )


def _shown_conditions(
    session: Session,
    engagement_id: str,
    needle: str,
    terms: StoredTerms | None,
    *,
    without_actions: bool = False,
    read: bool = False,
) -> tuple[ColumnElement[bool], ColumnElement[bool]]:
    """(every event that may show ``needle``, the events sure to show it) for the filter
    by what a row shows. Sure: the actor, or the entity or action named in words holding
    the text. The others are decided in Python by ``shows``.

    ``without_actions`` leaves out the events of the actions the words name (see
    :func:`_action_events`, which counts those from the action index): the search index is then
    asked only for the typed text, the codes, entities and fields it stands for. ``read``
    reads the stream as it is, without asking the search index."""
    terms = terms or StoredTerms()
    sure: list[ColumnElement[bool]] = [matches_any(session, needle, _TABLE.actor)]
    if terms.entities:
        sure.append(_TABLE.entity.in_(sorted(set(terms.entities))))
    by_action = _TABLE.action.in_(sorted(set(terms.actions))) if terms.actions else None
    if by_action is not None and not without_actions:
        sure.append(by_action)
    # a field's name is in every record that has the field: it counts where it changes
    codes = sorted({search_needle(c) for c in terms.codes} - {""} - set(terms.fields))
    codes += _named_ids(session, engagement_id, needle)
    # a record created (or removed) shows its summary's head: "created: Title=..."; its
    # other side is JSON null, as Scopekeeper writes no record (``core.history``)
    none = _TABLE.before == "null", _TABLE.after == "null"
    if terms.created:
        sure.append(and_(none[0], not_(none[1])))
    if terms.removed:
        sure.append(and_(none[1], not_(none[0])))
    maybe = [
        _in_values(session, needle, _TABLE.before),
        _in_values(session, needle, _TABLE.after),
        *(matches_any(session, f'"{code}"', _TABLE.before, _TABLE.after) for code in codes),
        *(_changed(session, field) for field in sorted(set(terms.fields))),
        *(matches_any(session, search_needle(t), _TABLE.before, _TABLE.after) for t in terms.texts),
    ]
    stream = engagement_stream(engagement_id)
    may = true() if terms.everything else or_(*sure, *maybe)
    if by_action is not None and without_actions:
        may = and_(may, not_(by_action))
    # Every condition of ``may`` needs its event to hold one of these texts, so the index's
    # candidates for them hold every event ``may`` keeps: the stored entity or action
    # named (in its column), a changed field's key, a code (in the text), the needle (in
    # the actor or the text, as it is or as _in_values looks for it: ``shown_query``).
    shown_terms = StoredTerms(entities=terms.entities) if without_actions else terms
    named = [
        *_stored_names(shown_terms),
        *(f'"{search_needle(f)}"' for f in sorted(set(terms.fields))),
    ]
    spread = len(needle.split()) > 1 or stored_form(needle) != needle
    needles = [*([] if spread else [needle]), *(f'"{code}"' for code in codes), *named]
    needles += terms.texts
    if terms.created or terms.removed:
        needles.append("null")  # the side without a record
    shown = [needle] if spread else []
    narrowed = None if read or terms.everything else candidates(session, stream, needles, shown)
    if narrowed is None:
        return and_(_TABLE.stream == stream, may), or_(*sure)
    # as in _filtered: only the index's candidates, the stream compared without its index
    return and_(_TABLE.stream.concat("") == stream, EVENT_ROWID.in_(narrowed), may), or_(*sure)


def _action_events(engagement_id: str, terms: StoredTerms | None) -> Select[Any] | None:
    """The events of the stream whose action is one the typed words name (each is sure to
    show them: its row shows the action in words), read from the index on (stream, action)
    (schema revision 0005) without visiting an event; None when the words name no action."""
    if terms is None or not terms.actions:
        return None
    return select(literal_column("1")).where(
        _TABLE.stream == engagement_stream(engagement_id),
        _TABLE.action.in_(sorted(set(terms.actions))),
    )


def _action_key(engagement_id: str, terms: StoredTerms | None) -> tuple[str, ...]:
    """Where the count of :func:`_action_events` is kept in a session's ``info`` (the count
    and the first page of a filter are read in one session: the page chooses how to read
    the stream by that count, which only changes how fast it is found, never what)."""
    actions = sorted(set(terms.actions)) if terms is not None else []
    return ("history action count", engagement_id, *actions)


def _filtered(
    session: Session,
    stmt: Select[*_Ts],
    engagement_id: str,
    text_filter: str,
    terms: StoredTerms | None,
) -> Select[*_Ts]:
    """Keep the events of the engagement's stream whose actor, entity, action or
    before/after text contains the filter, ignoring case, or that hold one of the stored
    ``terms`` it stands for.

    On a long stream the search index (``core.queries.history_index``) first narrows the
    events to those that can hold the text; the comparison below then decides, so the
    result is the same with or without it."""
    stream = engagement_stream(engagement_id)
    needle = search_needle(text_filter)
    if not needle:
        return stmt.where(_TABLE.stream == stream)
    codes = sorted({search_needle(c) for c in terms.codes} - {""}) if terms is not None else []
    codes += _named_ids(session, engagement_id, needle)
    columns = (_TABLE.actor, _TABLE.entity, _TABLE.action, _TABLE.before, _TABLE.after)
    texts = [
        _matches(session, needle, columns),
        *(matches_any(session, f'"{code}"', _TABLE.before, _TABLE.after) for code in codes),
    ]
    stored = []
    if terms is not None:
        if terms.entities:
            stored.append(_TABLE.entity.in_(sorted(set(terms.entities))))
        if terms.actions:
            stored.append(_TABLE.action.in_(sorted(set(terms.actions))))
    # The stored entity and action names are looked for too: an event holding one holds
    # its name in that column, so the candidates still cover every event kept.
    needles = [needle, *(f'"{code}"' for code in codes)]
    if terms is not None:
        needles += _stored_names(terms)
    narrowed = candidates(session, stream, needles)
    if narrowed is None:
        return stmt.where(_TABLE.stream == stream, or_(*texts, *stored))
    # Only the candidates: the stream is compared without its index (``|| ''``), so
    # SQLite starts from the few candidate rows instead of every event of the stream.
    return stmt.where(
        _TABLE.stream.concat("") == stream, EVENT_ROWID.in_(narrowed), or_(*texts, *stored)
    )


def _stored_names(terms: StoredTerms | None) -> list[str]:
    """The stored entity and action names a search stands for, as the index looks for them."""
    if terms is None:
        return []
    return sorted({search_needle(name) for name in (*terms.entities, *terms.actions)} - {""})


def _matches(
    session: Session, needle: str, columns: tuple[ColumnElement[str], ...]
) -> ColumnElement[bool]:
    """``matches_any`` of the columns; on SQLite, when ``matches_any`` would fold every
    value in Python (a needle such as "é" or "été", without two ASCII or caseless
    characters in a row), SQLite's own ``instr`` first keeps the values that hold the
    needle spelt in one of the ways that fold into it ("été", "étÉ", ..., "ÉTÉ"), and only
    those are folded: some three times faster over a long history."""
    exact = matches_any(session, needle, *columns)
    run = longest_safe_run(needle)
    if not is_sqlite(session) or run == needle or len(run) >= 2:
        return exact
    spellings = _spellings(needle)
    if spellings is None:
        return exact
    held = [func.instr(column, spelling) > 0 for column in columns for spelling in spellings]
    return and_(or_(*held), exact)


MAX_SPELLINGS = 8


def _spellings(needle: str) -> list[str] | None:
    """Every text whose ``search_fold`` is ``needle``, when there are at most
    ``MAX_SPELLINGS``; None when there are more, or a character of it cannot be listed
    that way (see ``core.text.fold_sources``)."""
    spellings = [""]
    for char in needle:
        sources = fold_sources(char)
        if sources is None or len(spellings) * len(sources) > MAX_SPELLINGS:
            return None
        spellings = [s + c for s in spellings for c in sorted(sources)]
    return spellings


def history_count(
    session: Session,
    engagement_id: str,
    text_filter: str = "",
    terms: StoredTerms | None = None,
    shows: RowShows | None = None,
) -> int:
    """How many events of the engagement's stream match ``text_filter`` (all if empty) or
    hold one of the ``terms`` it stands for; with ``shows``, only those whose row shows
    the text (see :func:`history_page`)."""
    needle = search_needle(text_filter)
    if shows is not None and needle:
        # The events of the actions the words name are counted from the action index; the
        # others (the text in a value, the actor, an entity...) are looked for apart, so
        # the search index is not asked for an action that is a third of the stream.
        actions = _action_events(engagement_id, terms)
        may, sure = _shown_conditions(
            session, engagement_id, needle, terms, without_actions=actions is not None
        )
        count = select(func.count()).select_from(HistoryEvent.__table__)
        certain = int(session.scalar(count.where(may, sure)) or 0)
        if actions is not None:
            counted = int(session.scalar(select(func.count()).select_from(actions.subquery())) or 0)
            # kept for history_page in the same session, which uses it to choose how to read
            session.info[_action_key(engagement_id, terms)] = counted
            certain += counted
        unsure = _candidates(session, and_(may, not_(sure)), false(), 0)
        return certain + sum(1 for row, _ in unsure if shows(row))
    stmt = select(func.count()).select_from(HistoryEvent.__table__)
    return int(session.scalar(_filtered(session, stmt, engagement_id, text_filter, terms)) or 0)


def _candidates(
    session: Session,
    may: ColumnElement[bool],
    sure: ColumnElement[bool],
    after_seq: int,
) -> Iterator[tuple[EventRow, bool]]:
    """The events ``may`` keeps after ``after_seq``, oldest first, read ``SHOWN_BATCH`` at a
    time, each with whether ``sure`` holds for it."""
    last = after_seq
    while True:
        stmt = select(*_COLUMNS, sure).where(may, _TABLE.seq > last)
        found = session.execute(stmt.order_by(_TABLE.seq).limit(SHOWN_BATCH)).all()
        for r in found:
            yield _row(r), bool(r[len(_COLUMNS)])
        if len(found) < SHOWN_BATCH:
            return
        last = found[-1][1]


def hash_at(session: Session, engagement_id: str, seq: int) -> str | None:
    """The hash of event number ``seq`` of the engagement's stream (numbers run from 1 with
    no gap, so the ``n``-th event is number ``n``); None if there is no such event."""
    found = session.scalar(
        select(_TABLE.hash).where(
            _TABLE.stream == engagement_stream(engagement_id), _TABLE.seq == seq
        )
    )
    return None if found is None else str(found)


def history_page(
    session: Session,
    engagement_id: str,
    *,
    after_seq: int = 0,
    limit: int = 200,
    text_filter: str = "",
    terms: StoredTerms | None = None,
    shows: RowShows | None = None,
) -> list[EventRow]:
    """Up to ``limit`` events of the engagement's stream with ``seq > after_seq``, oldest
    first. Pass the last row's ``seq`` as ``after_seq`` to get the next page (keyset
    pagination: every page costs the same, however deep).

    The SQL filter compares the stored records, which hold more than a row shows: field
    names ("forecast_due" in every milestone record), fields that did not change, ids in
    place of names. It keeps every event that can show the text; ``shows``, when given,
    then decides on each of them by what its row shows, so a filter finds what the reader
    sees and nothing else, on either database."""
    limit = max(1, min(limit, MAX_PAGE))
    needle = search_needle(text_filter)
    if shows is not None and needle:
        # When the actions the words name are a large share of the stream, reading it in
        # order finds a page of them soon, without the search index listing them all.
        stream = engagement_stream(engagement_id)
        counted = session.info.get(_action_key(engagement_id, terms))
        read = is_common(session, stream, _action_events(engagement_id, terms), counted)
        may, sure = _shown_conditions(session, engagement_id, needle, terms, read=read)
        page: list[EventRow] = []
        for row, certain in _candidates(session, may, sure, after_seq):
            if certain or shows(row):
                page.append(row)
                if len(page) == limit:
                    break
        return page
    stmt = select(*_COLUMNS).where(_TABLE.seq > after_seq)
    stmt = _filtered(session, stmt, engagement_id, text_filter, terms)
    stmt = stmt.order_by(_TABLE.seq).limit(limit)
    return [_row(r) for r in session.execute(stmt)]


def iter_history(session: Session, engagement_id: str, batch: int = 2000) -> Iterator[EventRow]:
    """Every event of the engagement's stream, oldest first, fetched ``batch`` rows at a
    time (a server-side cursor on PostgreSQL), so memory stays flat for any length.
    Keep the session open until the iteration ends."""
    result = session.execute(
        select(*_COLUMNS)
        .where(_TABLE.stream == engagement_stream(engagement_id))
        .order_by(_TABLE.seq)
        .execution_options(yield_per=batch)
    )
    try:
        for r in result:
            yield _row(r)
    finally:
        result.close()


HISTORY_TEXT_COLUMNS = (
    "seq", "at", "actor", "entity", "entity_id", "action", "before", "after", "hash"
)  # fmt: skip
"""The columns :func:`iter_history_text` gives, in its order."""

TextCell = Callable[[ColumnElement[str]], ColumnElement[str]]
"""An SQL expression made of a text column, applied in the query (see iter_history_text)."""


def iter_history_text(
    session: Session,
    engagement_id: str,
    *,
    cell: TextCell | None = None,
    batch: int = 5000,
    columns: Sequence[str] = HISTORY_TEXT_COLUMNS,
) -> Iterator[Sequence[Sequence[str]]]:
    """Every event of the engagement's stream as text, oldest first, in lists of up to
    ``batch`` rows whose values follow ``HISTORY_TEXT_COLUMNS``: what an export writes,
    read through SQLAlchemy Core without an object or a parsed date per event.

    The number is in decimal and the time in the stored form '2026-03-05T09:30:00Z' (a
    time stored with another offset, which only another program could have written, is
    given in UTC in that same form); the rest is the stored text. ``cell``, when given, is
    applied in SQL to every column but the time, which in that form starts with a digit.
    ``columns``, some of ``HISTORY_TEXT_COLUMNS`` in its order with "at" among them, reads
    only those (a reader that needs no number or hash does not pay for them).
    Keep the session open until the iteration ends."""
    wrap = cell or (lambda column: column)
    if "at" not in columns or list(columns) != [c for c in HISTORY_TEXT_COLUMNS if c in columns]:
        raise ValueError(f"columns must be some of {HISTORY_TEXT_COLUMNS}, in order, with 'at'")
    special = {
        "seq": wrap(cast(_TABLE.seq, String)),
        "at": type_coerce(_TABLE.at, String),  # the stored text, not a parsed datetime
    }
    chosen = [special[name] if name in special else wrap(_TABLE[name]) for name in columns]
    when = columns.index("at")
    stmt = (
        select(*chosen)
        .where(_TABLE.stream == engagement_stream(engagement_id))
        .order_by(_TABLE.seq)
        .execution_options(stream_results=True, yield_per=batch)
    )
    if is_sqlite(session):
        driver = _driver_batches(session, stmt, batch)
        batches: Iterator[Sequence[Sequence[str]]] = driver
        close: Callable[[], None] = driver.close
    else:  # the session's connection runs it as plain Core (a server-side cursor)
        result = session.connection().execute(stmt)
        batches, close = result.partitions(batch), result.close
    try:
        for rows in batches:
            # One match over the batch's times joined (C code, not a call per row): every
            # time Scopekeeper writes has the stored form.
            if _STORED_TIMES.fullmatch("".join(map(itemgetter(when), rows))):
                yield rows
            else:
                yield [_in_utc(r, when) for r in rows]
    finally:
        close()


def _driver_batches(
    session: Session, stmt: Select[*_Ts], batch: int
) -> Generator[list[Any], None, None]:
    """``stmt``'s rows on SQLite, read by the driver's own cursor in the session's
    transaction: plain tuples, without the row object SQLAlchemy makes for each (which the
    csv writer then reads more slowly: about 70 ms of a 200,000-event export). Every
    column is text or a number, which the driver gives as they are; a database error is
    raised as SQLAlchemy's, as from any other query, so it is explained the same way."""
    connection = session.connection()
    compiled = stmt.compile(dialect=connection.dialect, compile_kwargs={"render_postcompile": True})
    sql = str(compiled)
    named = compiled.construct_params()
    params = tuple(named[name] for name in compiled.positiontup or ())
    dbapi = connection.connection.driver_connection
    assert dbapi is not None  # an open session's connection
    try:
        cursor = dbapi.cursor()
        try:
            cursor.execute(sql, params)
            while rows := cursor.fetchmany(batch):
                yield rows
        finally:
            cursor.close()
    except sqlite3.Error as error:
        raise DBAPIError.instance(sql, params, error, sqlite3.Error) from error


_STORED_TIMES = re.compile(r"(?:[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z)*")
_STAMP = UTCTimestamp()


def _in_utc(row: Sequence[str], when: int) -> Sequence[str]:
    """The row with its time (column ``when``) in the stored UTC form, as the ORM would
    read it."""
    at = row[when]
    if _STORED_TIMES.fullmatch(at):
        return row
    moment = _STAMP.process_result_value(at, None)  # type: ignore[arg-type]
    if moment is None:
        return row
    return (*row[:when], moment.isoformat(timespec="seconds")[:19] + "Z", *row[when + 1 :])


def _between(
    stmt: Select[*_Ts], since: datetime, until: datetime | None, engagement_id: str | None
) -> Select[*_Ts]:
    """Events at or after ``since`` and before ``until`` (naive datetimes are UTC), of every
    stream or only the engagement's."""
    stmt = stmt.where(_TABLE.at >= _aware(since))
    if until is not None:
        stmt = stmt.where(_TABLE.at < _aware(until))
    if engagement_id is not None:
        stmt = stmt.where(_TABLE.stream == engagement_stream(engagement_id))
    return stmt


def _aware(moment: datetime) -> datetime:
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment


def count_changes(
    session: Session,
    since: datetime,
    until: datetime | None = None,
    engagement_id: str | None = None,
) -> int:
    """How many events :func:`changes_since` would find without a limit."""
    stmt = select(func.count()).select_from(HistoryEvent.__table__)
    return int(session.scalar(_between(stmt, since, until, engagement_id)) or 0)


def changes_since(
    session: Session,
    since: datetime,
    engagement_id: str | None = None,
    limit: int = 500,
    *,
    until: datetime | None = None,
) -> list[EventRow]:
    """Events at or after ``since`` and, when given, before ``until`` (naive datetimes are
    UTC), newest first, from every stream or only the engagement's."""
    stmt = _between(select(*_COLUMNS), since, until, engagement_id)
    if engagement_id is not None:
        # One stream: append order is time order, and the primary key serves it.
        stmt = stmt.order_by(_TABLE.seq.desc())
    else:  # every stream: walks the index on ``at`` backwards
        stmt = stmt.order_by(_TABLE.at.desc(), _TABLE.stream, _TABLE.seq.desc())
    return [_row(r) for r in session.execute(stmt.limit(max(1, limit)))]
