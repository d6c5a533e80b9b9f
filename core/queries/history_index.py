"""The history search index on SQLite: which events can hold a typed text, found without
reading every event of a long stream.

Schema revision 0002 adds ``history_search``, an FTS5 table with the ``trigram`` tokenizer
over the actor, entity, action and before/after text of every event, kept in step by
triggers. The filter of ``core.queries.history`` asks it for candidates and still makes its
own comparison on them (``core.queries._sql.matches_any``), so the index changes how fast
a search is, never what it finds. That holds because the index is only asked for runs of
the typed text that a match must contain as they are, up to the case of ASCII letters:
the same runs ``matches_any`` itself looks for with SQLite's LIKE (``_like_safe``: ASCII
and caseless characters such as digits, punctuation and CJK, but not the apostrophe, which
also stands for the typographic one). The tokenizer folds case on both sides, and a run of
three characters or more is a phrase of trigrams that only a text containing it can match.

The index is asked only where it pays: a short stream is read faster than the index is
asked, and a text found in a large share of the events (every event has the actor "bench")
is found sooner by reading the stream in order, which stops at the first page. PostgreSQL
needs none of this: its trigram indexes (pg_trgm) serve the LIKE filters directly and its
planner weighs them."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any
from weakref import WeakKeyDictionary

from sqlalchemy import ColumnElement, Engine, Select, column, func, literal_column, select, table
from sqlalchemy.orm import Session

from core.models import HistoryStream
from core.queries._sql import _like_safe, is_sqlite

SEARCH_TABLE = "history_search"
EVENT_ROWID: ColumnElement[Any] = literal_column("history_event.rowid")
"""The event row's id, which is also its row id in the index."""

_SEARCH = table(SEARCH_TABLE, column("rowid"), column(SEARCH_TABLE))

MIN_PHRASE = 3
"""The trigram tokenizer finds nothing for a phrase shorter than three characters."""
SHORT_STREAM = 5000
"""A stream with fewer events is simply read."""
MAX_SHARE = 0.25
"""The index is used when it leaves fewer candidates than this share of the stream's
events; past that, reading the stream in order costs less."""

_PRESENT: WeakKeyDictionary[Engine, bool] = WeakKeyDictionary()


def search_runs(needle: str) -> list[str]:
    """The runs of the folded ``needle`` that every match holds as they are (up to ASCII
    case) and the index can look for: its longest stretches of LIKE-safe characters, three
    characters or more."""
    runs, run = [], ""
    for char in needle:
        if _like_safe(char):
            run += char
            continue
        runs.append(run)
        run = ""
    runs.append(run)
    return [r for r in runs if len(r) >= MIN_PHRASE]


def match_query(needles: Sequence[str]) -> str | None:
    """The FTS5 query for events that may contain any of ``needles`` (each folded), or None
    when one of them has no run the index can look for (it would have to read everything)."""
    alternatives = []
    for needle in needles:
        runs = search_runs(needle)
        if not runs:
            return None
        phrases = " AND ".join('"' + run.replace('"', '""') + '"' for run in runs)
        alternatives.append(f"({phrases})")
    return " OR ".join(alternatives) if alternatives else None


def has_index(session: Session) -> bool:
    """True when this SQLite database has the search index (schema revision 0002 and an
    SQLite built with FTS5)."""
    engine = session.connection().engine
    present = _PRESENT.get(engine)
    if present is None:
        found = session.scalar(
            select(literal_column("1"))
            .select_from(table("sqlite_master", column("type"), column("name")))
            .where(literal_column("type") == "table", literal_column("name") == SEARCH_TABLE)
        )
        present = _PRESENT[engine] = found is not None
    return present


def candidates(session: Session, stream: str, needles: Sequence[str]) -> Select[Any] | None:
    """The row ids of the events that may contain any of ``needles``, as a subquery, when
    the index should narrow the search of ``stream``; None when the stream is better read
    as it is (PostgreSQL, a short stream, a text too short or too common for the index)."""
    if not is_sqlite(session) or not has_index(session):
        return None
    query = match_query(needles)
    if query is None:
        return None
    length = session.scalar(select(HistoryStream.last_seq).where(HistoryStream.key == stream))
    if length is None or length < SHORT_STREAM:
        return None
    matches = select(_SEARCH.c.rowid).where(_SEARCH.c[SEARCH_TABLE].match(query))
    enough = max(1, int(length * MAX_SHARE))
    # Counting stops at ``enough``: a common text costs no more to rule out than that.
    probe = select(func.count()).select_from(matches.limit(enough).subquery())
    if int(session.scalar(probe) or 0) >= enough:
        return None
    return matches


def is_common(
    session: Session, stream: str, events: Select[Any] | None, counted: int | None = None
) -> bool:
    """True when ``events`` (a query of events of ``stream``; None: no events) are at least
    ``MAX_SHARE`` of the stream: so common that reading the stream in order meets them
    sooner than the search index would list them. ``counted`` is their number when it is
    known already; otherwise they are counted up to that share only."""
    if events is None:
        return False
    length = session.scalar(select(HistoryStream.last_seq).where(HistoryStream.key == stream))
    enough = max(1, int((length or 0) * MAX_SHARE))
    if counted is None:
        limited = events.limit(enough).subquery()
        counted = int(session.scalar(select(func.count()).select_from(limited)) or 0)
    return counted >= enough
