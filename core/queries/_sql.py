"""SQL helpers shared by the queries: Unicode-aware text filters and date arithmetic.

SQLite's built-in ``lower()`` and ``LIKE`` fold ASCII letters only, so a search for
"élodie" would miss "Élodie". On SQLite the filters call a small Python function
(``sk_lower``) that the engine factory registers on every connection; PostgreSQL's
``lower()`` already folds every script when the database's LC_CTYPE is a UTF-8 locale
(with the plain "C" locale it folds ASCII only)."""

from __future__ import annotations

import unicodedata
from typing import Any

from sqlalchemy import ColumnElement, false, func, literal, or_
from sqlalchemy.orm import Session

from core.db import FOLD_FUNCTION

_ESCAPE = "\\"


def is_sqlite(session: Session) -> bool:
    return session.get_bind().dialect.name == "sqlite"


def folded_needle(text: str) -> str:
    """The search text as compared: NFC (like everything stored), lower-cased, trimmed."""
    return unicodedata.normalize("NFC", text).strip().lower()


def matches_any(session: Session, needle: str, *columns: Any) -> ColumnElement[bool]:
    """True where any of ``columns`` contains ``needle``, ignoring case in every script.

    ``needle`` must already be folded (see ``folded_needle``). LIKE wildcards in it are
    escaped, so "100%" finds the text "100%" and nothing else."""
    if not columns:
        return false()
    escaped = (
        needle.replace(_ESCAPE, _ESCAPE * 2).replace("%", _ESCAPE + "%").replace("_", _ESCAPE + "_")
    )
    pattern = literal(f"%{escaped}%")
    fold = getattr(func, FOLD_FUNCTION) if is_sqlite(session) else func.lower
    return or_(*(fold(column).like(pattern, escape=_ESCAPE) for column in columns))


def days_between(session: Session, start: Any, end: Any) -> ColumnElement[Any]:
    """``end - start`` in days for two DATE columns, on either database."""
    if is_sqlite(session):
        return func.julianday(end) - func.julianday(start)
    return end - start  # type: ignore[no-any-return]
