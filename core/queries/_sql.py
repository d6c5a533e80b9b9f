"""SQL helpers shared by the queries: Unicode-aware text filters and date arithmetic.

SQLite's built-in ``lower()`` and ``LIKE`` fold ASCII letters only, so a search for
"élodie" would miss "Élodie". On SQLite the filters call a small Python function
(``sk_lower``) that the engine factory registers on every connection; PostgreSQL's
``lower()`` already folds every script when the database's LC_CTYPE is a UTF-8 locale
(with the plain "C" locale it folds ASCII only). Both sides also read the typographic
apostrophe as the keyboard one (``core.text.search_fold``)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, and_, false, func, literal, or_
from sqlalchemy.orm import Session

from core.db import FOLD_FUNCTION

_ESCAPE = "\\"


def is_sqlite(session: Session) -> bool:
    return session.get_bind().dialect.name == "sqlite"


def _like_pattern(text: str) -> Any:
    escaped = (
        text.replace(_ESCAPE, _ESCAPE * 2).replace("%", _ESCAPE + "%").replace("_", _ESCAPE + "_")
    )
    return literal(f"%{escaped}%")


def _like_safe(char: str) -> bool:
    """True for a character SQLite's own LIKE compares as a search should: an ASCII one
    (LIKE ignores the case of ASCII letters) or one without case (digits, punctuation, CJK),
    but not the apostrophe, which stands for the typographic one too (``search_fold``)."""
    return char != "'" and (char.isascii() or char.lower() == char.upper())


def _longest_safe_run(needle: str) -> str:
    runs, run = [], ""
    for char in needle:
        if _like_safe(char):
            run += char
        else:
            runs.append(run)
            run = ""
    runs.append(run)
    return max(runs, key=len)


def matches_any(session: Session, needle: str, *columns: Any) -> ColumnElement[bool]:
    """True where any of ``columns`` contains ``needle``, ignoring case in every script.

    ``needle`` must already be folded (``core.text.search_needle``). LIKE wildcards in it are
    escaped, so "100%" finds the text "100%" and nothing else.

    On SQLite the Python fold is called only where it must be: a needle of ASCII and
    caseless characters ("kiosk", "里程碑") is found by SQLite's own LIKE, and for any other
    ("accepté") only the values holding its longest such run ("accept") are folded. Over the
    900,000 values of a 180,000-event history that is several times faster. The one loss:
    a character whose lower case is ASCII without being ASCII itself (the Kelvin sign "K")
    is no longer found by its ASCII twin."""
    if not columns:
        return false()
    pattern = _like_pattern(needle)
    if not is_sqlite(session):  # search_fold in SQL
        return or_(
            *(
                func.replace(func.lower(column), "\u2019", "'").like(pattern, escape=_ESCAPE)
                for column in columns
            )
        )
    run = _longest_safe_run(needle)
    if run == needle:
        return or_(*(column.like(pattern, escape=_ESCAPE) for column in columns))
    fold = getattr(func, FOLD_FUNCTION)
    if len(run) < 2:
        return or_(*(fold(column).like(pattern, escape=_ESCAPE) for column in columns))
    first = _like_pattern(run)
    return or_(
        *(
            and_(column.like(first, escape=_ESCAPE), fold(column).like(pattern, escape=_ESCAPE))
            for column in columns
        )
    )


def days_between(session: Session, start: Any, end: Any) -> ColumnElement[Any]:
    """``end - start`` in days for two DATE columns, on either database."""
    if is_sqlite(session):
        return func.julianday(end) - func.julianday(start)
    return end - start  # type: ignore[no-any-return]
