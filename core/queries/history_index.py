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
planner weighs them.

A typed text the filter by what a row shows looks for in a value (``shown_query``) is
asked for as the record stores it (a quote escaped), and, since a row shows a plain text's
runs of whitespace as one space, as words with a longer run after one of them: the words'
runs, and one of the trigrams that such a run makes with the end of the word before it."""

from __future__ import annotations

import re
from collections.abc import Sequence
from json.encoder import encode_basestring
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


def stored_form(text: str) -> str:
    """``text`` as the stored JSON text of a record holds it in a string value: a quote, a
    backslash and a control character escaped (as ``json`` escapes them)."""
    return str(encode_basestring(text))[1:-1]


def stored_pieces(needle: str) -> list[str]:
    """The pieces of ``needle`` (folded, as a row shows it) that the stored JSON text of an
    event showing it in a value holds, in order: its words between whitespace (a plain
    text is shown with each run of spaces, tabs and line breaks as one space, so "design
    review" is shown for "Design  review" and "Design\\nreview"), cut again where the
    stored text escapes a character (a quote, a backslash, a control character)."""
    return [piece for word in needle.split() for piece in _ESCAPED.split(word) if piece]


_ESCAPED = re.compile('["\\\\\x00-\x1f]+')
SPACES = "".join(char for char in map(chr, range(0x3001)) if char.isspace())
"""Every character ``str.split`` cuts a text at (none is above U+3000)."""
ODD_SPACES = SPACES.replace(" ", "")
"""What a text holds, besides two spaces in a row, where a run of its whitespace is more
than one space."""
STORED_ODD_SPACES = "\\" + "".join(char for char in ODD_SPACES if char > "\x1f")
"""The same in a stored JSON text, where a control character is escaped (a backslash)."""

SHOWN_COLUMNS = ("actor", "before", "after")
"""The columns of the index a typed text may be shown from as it is stored (the entity
and action are shown by their words, which the stored names stand for)."""


def _phrases(texts: Sequence[str]) -> str:
    return " AND ".join('"' + text.replace('"', '""') + '"' for text in texts)


def _odd_gaps(words: Sequence[str]) -> list[str] | None:
    """Trigrams of which a stored text holding ``words`` with a run of whitespace other
    than one space between two of them holds one: the end of the word before that run
    and the run's first character (a backslash or a space other than " "), or its last
    character, a space and the next; None when a word is too short to say (or its end
    may be stored otherwise, see ``_like_safe``)."""
    found = []
    for word in words[:-1]:
        end = stored_form(word)[-2:]
        if len(end) < 2 or not all(_like_safe(char) for char in end):
            return None
        found += [end + char for char in STORED_ODD_SPACES]
        found += [end[-1] + " " + char for char in " " + STORED_ODD_SPACES]
    return sorted(set(found))


def shown_query(texts: Sequence[str]) -> str | None:
    """The FTS5 query for events whose actor, before or after text may show any of
    ``texts`` (each folded, of several words): the text as it is (the actor) or as it is
    stored in a value, or, for a value whose whitespace the row shows as one space, its
    words in the stored text with a run of other whitespace after one of them (see
    ``_odd_gaps``). None when one of them has no run the index can look for."""
    alternatives = []
    for text in texts:
        for literal in sorted({text, stored_form(text)}):
            runs = search_runs(literal)
            if not runs:
                return None
            alternatives.append(f"({_phrases(runs)})")
        words = text.split()
        if len(words) < 2:
            continue
        runs = [run for piece in stored_pieces(text) for run in search_runs(piece)]
        gaps = _odd_gaps(words)
        if not runs and not gaps:
            return None
        spread = [f"({_phrases(runs)})"] if runs else []
        if gaps:
            spread.append("(" + " OR ".join(_phrases([gap]) for gap in gaps) + ")")
        alternatives.append("(" + " AND ".join(spread) + ")")
    if not alternatives:
        return None
    return f"{{{' '.join(SHOWN_COLUMNS)}}} : ({' OR '.join(alternatives)})"


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


def candidates(
    session: Session, stream: str, needles: Sequence[str], shown: Sequence[str] = ()
) -> Select[Any] | None:
    """The row ids of the events that may contain any of ``needles``, or show any of
    ``shown`` (see :func:`shown_query`), as a subquery, when the index should narrow the
    search of ``stream``; None when the stream is better read as it is (PostgreSQL, a short
    stream, a text too short or too common for the index)."""
    if not is_sqlite(session) or not has_index(session):
        return None
    queries = [match_query(needles)] if needles else []
    if shown:
        queries.append(shown_query(shown))
    if not queries or None in queries:
        return None
    query = " OR ".join(q for q in queries if q is not None)
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
