"""One problem found by the integrity check."""

from __future__ import annotations

from dataclasses import dataclass

from core.errors import DomainError
from core.money import Money


@dataclass(frozen=True, slots=True)
class Problem:
    area: str
    """Where: database, history, roadmap, baseline, sign-off, ideas or status."""
    message: str
    """What is wrong, naming the engagement code and milestone position where they apply."""


def show_amount(minor: int, currency: str) -> str:
    """An amount as people read it ("6500.00 EUR"); raw minor units if the currency is
    itself damaged."""
    try:
        return str(Money(minor, currency))
    except (TypeError, ValueError, DomainError):  # Money refuses an unknown currency
        return f"{minor} minor units of {currency!r}"
