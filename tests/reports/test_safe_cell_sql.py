"""The formula-safe rule applied by the database (``safe_cell_sql``) says of every text
exactly what ``safe_cells`` says, whatever its first character: its shortcut for cells
that surely start harmlessly (a digit, or a byte from 'A' up) must never let a dangerous
one through, whichever way the database compares text."""

from __future__ import annotations

from sqlalchemy import String, literal, literal_column, select

from core.db import Database
from reports.cells import DANGEROUS_FIRST, safe_cell_sql, safe_cells

# Every ASCII and Latin-1 first character, some beyond (CJK, a byte order mark, the line
# separator, an emoji, the last code point), then the empty text.
FIRSTS = [chr(code) for code in range(256)] + ["驗", "\ufeff", "\u2028", "😀", "\U0010ffff", ""]


def through_sql(db: Database, texts: list[str]) -> list[str]:
    with db.reading() as session:
        return [
            session.execute(select(safe_cell_sql(literal(value, String)))).scalar_one()
            for value in texts
        ]


def test_the_database_makes_exactly_the_cells_python_makes_safe(db: Database) -> None:
    texts = [first + tail for first in FIRSTS for tail in ("", "1+1", "=A1")]
    if not db.is_sqlite:  # a PostgreSQL text cannot hold NUL at all
        texts = [t for t in texts if "\x00" not in t]
    made = through_sql(db, texts)
    assert made == safe_cells(texts)
    quoted = [cell for cell, value in zip(made, texts, strict=True) if cell != value]
    assert sorted({cell[1] for cell in quoted}) == sorted(
        c for c in DANGEROUS_FIRST if db.is_sqlite or c != "\x00"
    )


def test_values_another_program_stored_keep_their_treatment(db: Database) -> None:
    """A history column holds text, but SQLite stores a BLOB as given, and expressions may
    be numbers: a number that starts with '-' is quoted as its text would be, a BLOB is
    left to the exact test (quoted when its first byte is dangerous), NULL stays NULL."""
    values = ["CAST(NULL AS VARCHAR)"]
    expected: list[object] = [None]
    if db.is_sqlite:
        values += ["-5", "5"]
        expected += ["'-5", 5]
        values += ["x'3d31'", "x'4142'", "x''"]
        expected += ["'=1", b"AB", "'"]  # an empty BLOB reads as a NUL first
    with db.reading() as session:
        made = [
            session.execute(select(safe_cell_sql(literal_column(sql, String)))).scalar_one()
            for sql in values
        ]
    assert made == expected
