"""Spreadsheet safety: user text must never become a formula in Excel or LibreOffice.

Following OWASP's CSV-injection guidance, a cell that starts with ``=``, ``+``, ``-``, ``@``,
a tab, a carriage return or NUL is prefixed with a single quote, which spreadsheet programs
show as text. Applied to every cell, because a history 'before' value is user text too."""

from __future__ import annotations

DANGEROUS_FIRST = ("=", "+", "-", "@", "\t", "\r", "\x00")


def safe_cell(value: object) -> str:
    text = "" if value is None else str(value)
    if text.startswith(DANGEROUS_FIRST):
        return "'" + text
    return text
