"""Document labels and locale-aware formatting for the four document languages.

Every label a document prints comes from a per-language JSON catalogue in ``reports/i18n/``;
all catalogues have exactly the same keys (a test checks it). Dates, numbers and amounts are
formatted here, by Babel with the locale that matches the document language, and every
document formats them through these functions. They are cached: a long history repeats the
same days and amounts thousands of times, and Babel takes several microseconds for each.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from datetime import UTC, date, datetime
from functools import lru_cache
from pathlib import Path
from types import MappingProxyType
from typing import cast

from babel import Locale
from babel.dates import format_date as babel_format_date
from babel.numbers import format_decimal

from core.errors import ValidationError
from core.money import Money, format_money

CATALOGUE_DIR = Path(__file__).resolve().parent / "i18n"

LOCALES: Mapping[str, str] = MappingProxyType(
    {"en": "en", "fr": "fr_FR", "es": "es_ES", "zh-TW": "zh_Hant_TW"}
)
"""Document language -> Babel locale."""

LANGUAGES: tuple[str, ...] = tuple(LOCALES)


def check_language(lang: str, field: str = "language") -> str:
    """Return ``lang`` if documents can be written in it, else refuse with a message."""
    if lang not in LOCALES:
        raise ValidationError(
            field, f"documents cannot be written in '{lang}'; choose one of {', '.join(LANGUAGES)}"
        )
    return lang


@lru_cache(maxsize=len(LOCALES))
def labels(lang: str) -> Mapping[str, str]:
    """The label catalogue of ``lang`` (read-only, loaded once)."""
    check_language(lang)
    path = CATALOGUE_DIR / f"{lang}.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    if not isinstance(data, dict) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in data.items()
    ):
        raise ValueError(f"{path} must map label keys to strings")
    return MappingProxyType(data)


def format_date(d: date, lang: str) -> str:
    """Long date in the document language, e.g. '5 mars 2026', 'March 5, 2026', '2026年3月5日'."""
    return babel_format_date(d, format="long", locale=LOCALES[check_language(lang)])


@lru_cache(maxsize=4096)
def format_day(d: date, lang: str) -> str:
    """Short date for tables, e.g. '5 mars 2026', 'Mar 5, 2026', '2026年3月5日'."""
    return str(babel_format_date(d, format="medium", locale=LOCALES[check_language(lang)]))


def format_when(at: datetime, lang: str) -> str:
    """A recorded moment as the history shows it, in UTC: 'Mar 5, 2026 09:30'. A naive
    ``at`` is taken as UTC, which is how the history stores it."""
    at = at.replace(tzinfo=UTC) if at.tzinfo is None else at.astimezone(UTC)
    return f"{format_day(at.date(), lang)} {at:%H:%M}"


@lru_cache(maxsize=len(LOCALES))
def _plural_rule(lang: str) -> Callable[[int], str]:
    return cast(Callable[[int], str], Locale.parse(LOCALES[check_language(lang)]).plural_form)


def counted(key: str, count: int, lang: str) -> str:
    """The catalogue text for ``count`` things: ``key_one`` or ``key_other``, as the
    language's plural rule says ('1 more milestone', '3 more milestones'), filled in."""
    form = "one" if _plural_rule(lang)(count) == "one" else "other"
    return labels(lang)[f"{key}_{form}"].format(count=format_number(count, lang))


@lru_cache(maxsize=4096)
def format_number(value: int, lang: str) -> str:
    """A count with the language's digit grouping, e.g. '1,234', '1 234'."""
    return str(format_decimal(value, locale=LOCALES[check_language(lang)]))


@lru_cache(maxsize=4096)
def format_amount(minor: int, currency: str, lang: str) -> str:
    """Amount in minor units shown with its currency in the document language."""
    return format_money(Money(minor, currency), LOCALES[check_language(lang)])
