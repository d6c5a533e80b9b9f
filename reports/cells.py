"""Spreadsheet safety: user text must never become a formula in Excel or LibreOffice.

Following OWASP's CSV-injection guidance, a cell that starts with ``=``, ``+``, ``-``, ``@``,
a tab, a carriage return or NUL is prefixed with a single quote, which spreadsheet programs
show as text. Applied to every cell, because a history 'before' value is user text too."""

from __future__ import annotations

from collections.abc import Iterable

DANGEROUS_FIRST = ("=", "+", "-", "@", "\t", "\r", "\x00")
_DANGEROUS = frozenset(DANGEROUS_FIRST)


def safe_cells(texts: Iterable[str]) -> list[str]:
    """A row of text cells made safe, in one pass (a history export writes millions of
    cells, so the rule is applied here without a function call per cell)."""
    return ["'" + text if text[:1] in _DANGEROUS else text for text in texts]


def safe_cell(value: object) -> str:
    """One value as a safe cell; None is an empty cell."""
    return safe_cells(("" if value is None else str(value),))[0]
