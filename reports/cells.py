"""Spreadsheet safety: user text must never become a formula in Excel or LibreOffice.

Following OWASP's CSV-injection guidance, a cell that starts with ``=``, ``+``, ``-``, ``@``,
a tab, a carriage return or NUL is prefixed with a single quote, which spreadsheet programs
show as text. Applied to every cell, because a history 'before' value is user text too."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import Boolean, ColumnElement, Integer, String, case, literal
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.functions import FunctionElement

DANGEROUS_FIRST = ("=", "+", "-", "@", "\t", "\r", "\x00")
_DANGEROUS = frozenset(DANGEROUS_FIRST)


def safe_cells(texts: Iterable[str]) -> list[str]:
    """A row of text cells made safe, in one pass (a history export writes millions of
    cells, so the rule is applied here without a function call per cell)."""
    return ["'" + text if text[:1] in _DANGEROUS else text for text in texts]


def safe_cell(value: object) -> str:
    """One value as a safe cell; None is an empty cell."""
    return safe_cells(("" if value is None else str(value),))[0]


def safe_cell_sql(column: ColumnElement[str]) -> ColumnElement[str]:
    """The same rule as :func:`safe_cells`, applied by the database to a text column, so a
    long export does not run Python code for each of its millions of cells."""
    return case(
        (_PlainStart(column), column),
        (_FirstCode(column).in_(_DANGEROUS_CODES), literal("'", String) + column),
        else_=column,
    )


class _PlainStart(FunctionElement[bool]):
    """Whether a text surely starts with no dangerous character: its first byte is a digit,
    or 'A' or above (letters, '{', any character beyond ASCII), which byte comparisons
    tell without reading the character. Nearly every cell of a history passes here, and the
    exact test (``_FirstCode``) runs only on the others."""

    type = Boolean()
    inherit_cache = True


@compiles(_PlainStart)
def _plain_start(element: _PlainStart, compiler: SQLCompiler, **kw: Any) -> str:
    # Byte order, whatever the database's collation: "C".
    text = f'({compiler.process(element.clauses, **kw)}) COLLATE "C"'
    return f"({text} >= 'A' OR ({text} >= '0' AND {text} < ':'))"


@compiles(_PlainStart, "sqlite")
def _plain_start_sqlite(element: _PlainStart, compiler: SQLCompiler, **kw: Any) -> str:
    # Every TEXT sorts below every BLOB (x'' is the empty one), so a BLOB, which only
    # another program could have stored here, is left to the exact test as before.
    text = f"({compiler.process(element.clauses, **kw)})"
    binary = f"{text} COLLATE BINARY"
    return f"(({binary} >= 'A' AND {text} < x'') OR ({binary} >= '0' AND {binary} < ':'))"


_DANGEROUS_CODES = tuple(ord(c) if c != "\x00" else -1 for c in DANGEROUS_FIRST)


class _FirstCode(FunctionElement[int]):
    """The code point of a text's first character: 0 for an empty text, -1 for NUL."""

    type = Integer()
    inherit_cache = True


@compiles(_FirstCode)
def _first_code(element: _FirstCode, compiler: SQLCompiler, **kw: Any) -> str:
    # PostgreSQL: ascii() gives 0 for '' and a text cannot hold NUL.
    return f"ascii({compiler.process(element.clauses, **kw)})"


@compiles(_FirstCode, "sqlite")
def _first_code_sqlite(element: _FirstCode, compiler: SQLCompiler, **kw: Any) -> str:
    # SQLite's unicode() is NULL both for '' and for a text that starts with NUL (it stops
    # at the first zero byte); a comparison, which reads every byte, tells them apart.
    text = compiler.process(element.clauses, **kw)
    return f"coalesce(unicode({text}), -({text} <> ''))"
