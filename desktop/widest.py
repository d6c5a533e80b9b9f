"""The width of the widest of many short texts, without measuring each of them.

The sidebar is fitted to its longest engagement code at start, and a portfolio of 10,000
engagements would mean 10,000 text measurements before the first frame (some 80 ms). Codes
differ mostly in their digits ("ACME-2026-0412"), and most fonts give every digit the same
advance: when the font sets every digit exactly as it sets 0, alone and beside every other
character the texts hold, texts that differ only in their digits have one width, and each
such family is measured once."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtGui import QFontMetrics

DIGITS = "0123456789"
_AS_ZEROS = str.maketrans(DIGITS, "0" * len(DIGITS))


def widest(metrics: QFontMetrics, texts: Iterable[str]) -> int:
    """The largest ``metrics.horizontalAdvance`` of ``texts`` (0 for none); at most one
    pixel wider than that (never narrower) where the digits shortcut was taken."""
    distinct = set(texts)
    slack = 0
    if len(distinct) > 64 and _digits_alike(metrics, "".join(distinct)):
        distinct = {text.translate(_AS_ZEROS) for text in distinct}
        slack = 1  # whole pixels hide a difference smaller than one: never come out short
    advance = metrics.horizontalAdvance
    return max((advance(text) for text in distinct), default=0) + slack


def _digits_alike(metrics: QFontMetrics, joined: str) -> bool:
    """Whether each digit is as wide as 0 on its own and beside every character of
    ``joined`` (kerning is applied pair by pair)."""
    advance = metrics.horizontalAdvance
    zero = advance("0")
    chars = set(joined)
    after = {c: advance(c + "0") for c in chars}
    before = {c: advance("0" + c) for c in chars}
    for digit in DIGITS[1:]:
        if advance(digit) != zero:
            return False
        for c in chars:
            if advance(c + digit) != after[c] or advance(digit + c) != before[c]:
                return False
    return True
