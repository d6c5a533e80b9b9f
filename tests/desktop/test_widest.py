"""The sidebar is fitted to its widest code without measuring 10,000 codes one by one:
the width found is the widest code's, never less, at most one pixel more."""

from __future__ import annotations

import itertools

import pytest
from PySide6.QtGui import QFont, QFontMetrics

from desktop.widest import widest

PREFIXES = ["ACME-2026-", "WWW-", "iii-", "LUMI-2026-", "AV-", "中文-", "Été-"]


def codes(count: int) -> list[str]:
    numbers = itertools.cycle(["0001", "1111", "8888", "0417", "9", "12345", "7"])
    return [f"{PREFIXES[n % len(PREFIXES)]}{next(numbers)}{n}  …" for n in range(count)]


@pytest.mark.parametrize("family", ["", "Monospace", "Serif"])
@pytest.mark.parametrize("count", [0, 5, 2000])
def test_the_widest_code_is_found(qapp, family: str, count: int) -> None:  # type: ignore[no-untyped-def]
    font = QFont(family) if family else qapp.font()
    metrics = QFontMetrics(font)
    texts = codes(count)
    exact = max((metrics.horizontalAdvance(t) for t in texts), default=0)
    found = widest(metrics, texts)
    assert exact <= found <= exact + 1


def test_a_code_wider_by_its_letters_is_not_hidden_by_its_digits(qapp) -> None:  # type: ignore[no-untyped-def]
    metrics = QFontMetrics(qapp.font())
    texts = [f"ii-{n:04d}" for n in range(3000)] + ["WW-0000"]
    assert widest(metrics, texts) >= metrics.horizontalAdvance("WW-0000")
    assert widest(metrics, texts) > metrics.horizontalAdvance("ii-0000")
