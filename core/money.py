"""Money: a whole number of minor units (cents) plus an ISO 4217 currency code.

No float ever enters this module. Amounts are ``int`` minor units; ``Decimal`` values are built
exactly from those integers only to hand them to Babel for display.

Parsing what a person typed (:func:`parse_money`) follows the rules of the given locale:

* Every Unicode decimal digit (category Nd: fullwidth ``１２３`` from a Chinese IME,
  Arabic-Indic ``١٢٣`` ...) is mapped to its ASCII digit first; fullwidth ASCII forms count as
  ASCII (``，`` is ``,``, ``．`` is ``.``), and the Arabic decimal/thousands separators as the
  locale's own symbols. Other characters are not guessed at: they are refused.
* The locale's decimal separator is *the* decimal separator: ``1,234`` in French is one point
  two three four, so it is refused for EUR (too many decimals) and accepted for KWD.
* Group separators must sit where the locale groups digits (``1,23,4`` is refused in English,
  ``12,34,567`` is accepted in Hindi). A space or apostrophe may group digits in any locale.
* A single ``.`` or ``,`` that the locale does not use as its decimal separator is read as a
  decimal point when it cannot be grouping (``1234.50`` in French, ``1234,50`` in English);
  followed by exactly three digits it is ambiguous (``1.234`` in French) and refused.
* Decimals beyond the currency's precision are refused, trailing zeros included
  (``12.500`` EUR, ``10.0`` JPY): the digits typed are what gets stored, nothing is dropped.
* A currency code or symbol around the number is tolerated when it names the given currency.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache

from babel import Locale
from babel.numbers import (
    format_currency,
    get_currency_precision,
    get_currency_symbol,
    get_decimal_symbol,
    get_group_symbol,
    list_currencies,
)

from core.errors import ValidationError
from core.messages import listing, msg

MAX_MINOR = 10**15
"""Largest amount :func:`parse_money` accepts, in minor units (10 trillion euros)."""

_INT64_LIMIT = 2**63  # the database column is a signed 64-bit integer
MONEY_LIMIT = 10**27
"""A :class:`Money` holds less than this in absolute value. Totals may pass the 64-bit range
of a stored amount (a portfolio sums many of them), so the bound is what can be shown
exactly: Babel formats with the 28 significant digits of Python's decimal context."""
_MAX_INPUT_CHARS = 100
_NOT_CURRENCIES = frozenset({"XXX", "XTS"})  # ISO codes for "no currency" and "testing"

_MINUS = frozenset("-\u2212\ufe63\uff0d\u2012\u2013")
_SPACES = frozenset(" \u00a0\u202f\u2009\u2007\u3000")
_APOSTROPHES = frozenset("'\u2019")
_BIDI_MARKS = frozenset("\u200e\u200f\u061c")  # LRM, RLM, ALM: Babel emits them in RTL locales
_FULLWIDTH_SIGNS = {"\uffe5": "¥", "\uffe1": "£", "\uffe0": "¢"}
_DIGITS = frozenset("0123456789")
_NOT_NUMBERS = frozenset({"nan", "snan", "qnan", "inf", "infinity", "∞"})
_ARCHIVE_MINOR = re.compile(r"0|-?[1-9][0-9]*")


@lru_cache(maxsize=1)
def _known_currencies() -> frozenset[str]:
    return frozenset(list_currencies()) - _NOT_CURRENCIES


def validate_currency(code: str, field: str = "currency") -> str:
    """Return ``code`` stripped and upper-cased if it is an ISO 4217 code Babel knows.

    Withdrawn codes (e.g. HRK) stay valid so that old engagements and archives still load.
    """
    cleaned = code.strip().upper() if isinstance(code, str) else ""
    if not cleaned:
        raise ValidationError(field, msg("choose a currency, such as EUR, USD or JPY"))
    if not re.fullmatch(r"[A-Z]{3}", cleaned) or cleaned not in _known_currencies():
        raise ValidationError(
            field,
            msg(
                "'{code}' is not an ISO 4217 currency code; "
                "use three letters such as EUR, USD or JPY",
                code=_show(code),
            ),
        )
    return cleaned


@lru_cache(maxsize=512)
def currency_exponent(code: str) -> int:
    """Number of decimal places the currency uses: EUR 2, JPY 0, KWD 3."""
    return get_currency_precision(validate_currency(code))


@dataclass(frozen=True, slots=True)
class Money:
    """An exact amount. Negative values arise from arithmetic (e.g. an outstanding balance);
    :func:`parse_money` never produces them. A single stored amount fits in 64 bits (see
    :func:`minor_from_str`); a total of many may not, and is still a ``Money``."""

    minor: int
    currency: str

    def __post_init__(self) -> None:
        if not isinstance(self.minor, int) or isinstance(self.minor, bool):
            raise TypeError(f"Money.minor must be an int, not {type(self.minor).__name__}")
        if not -MONEY_LIMIT < self.minor < MONEY_LIMIT:
            raise ValueError("Money.minor has more digits than an amount can be shown with")
        object.__setattr__(self, "currency", validate_currency(self.currency))

    @classmethod
    def zero(cls, currency: str) -> Money:
        return cls(0, currency)

    def _check_same_currency(self, other: Money) -> None:
        if self.currency != other.currency:
            raise ValueError(f"cannot combine {self.currency} with {other.currency}")

    def __add__(self, other: Money) -> Money:
        if not isinstance(other, Money):
            return NotImplemented
        self._check_same_currency(other)
        return Money(self.minor + other.minor, self.currency)

    def __sub__(self, other: Money) -> Money:
        if not isinstance(other, Money):
            return NotImplemented
        self._check_same_currency(other)
        return Money(self.minor - other.minor, self.currency)

    def __lt__(self, other: Money) -> bool:
        self._check_same_currency(other)
        return self.minor < other.minor

    def __le__(self, other: Money) -> bool:
        self._check_same_currency(other)
        return self.minor <= other.minor

    def __gt__(self, other: Money) -> bool:
        self._check_same_currency(other)
        return self.minor > other.minor

    def __ge__(self, other: Money) -> bool:
        self._check_same_currency(other)
        return self.minor >= other.minor

    def to_decimal(self) -> Decimal:
        """Exact value in major units: 123450 EUR -> Decimal('1234.50')."""
        return Decimal(f"{self.minor}e-{currency_exponent(self.currency)}")

    def __str__(self) -> str:
        return f"{self.to_decimal():f} {self.currency}"


@lru_cache(maxsize=64)
def _locale(name: str) -> Locale:
    return Locale.parse(name.replace("-", "_"))


SYMBOLS = {"TWD": "NT$"}
"""Currency signs shown whatever the locale: Babel's Taiwanese locale writes TWD as a bare
"$" (read as US dollars anywhere else) and the French or Spanish ones as "TWD"."""


def format_money(money: Money, locale: str = "en") -> str:
    """Display form for ``locale``, e.g. fr: '1 234,50 €' (narrow no-break space),
    zh_Hant_TW: 'NT$7,500.00' (see ``SYMBOLS``)."""
    where = _locale(locale)
    text: str = format_currency(money.to_decimal(), money.currency, locale=where)
    wanted = SYMBOLS.get(money.currency)
    if wanted is not None:
        shown = get_currency_symbol(money.currency, locale=where)
        if shown != wanted:
            text = text.replace(shown, wanted, 1)
    return text


def minor_to_str(minor: int) -> str:
    """Archive form of an amount: the minor units as plain ASCII digits, e.g. '123450'."""
    if not isinstance(minor, int) or isinstance(minor, bool):
        raise TypeError(f"minor units must be an int, not {type(minor).__name__}")
    return str(minor)


def minor_from_str(text: str, field: str = "amount") -> int:
    """Read the archive form back. Only the canonical form written by :func:`minor_to_str` is
    accepted: ASCII digits, an optional leading '-', no '+', spaces or leading zeros."""
    if not isinstance(text, str) or not _ARCHIVE_MINOR.fullmatch(text):
        raise ValidationError(
            field,
            msg(
                "'{text}' is not an amount in minor units; expected whole ASCII digits "
                "such as 123450, optionally with a leading '-'",
                text=_show(text),
            ),
        )
    value = int(text)
    if not -_INT64_LIMIT < value < _INT64_LIMIT:
        raise ValidationError(field, msg("'{text}' is too large to be an amount", text=_show(text)))
    return value


def _show(value: object) -> str:
    text = str(value)
    return text if len(text) <= 40 else text[:39] + "…"


# --- parsing --------------------------------------------------------------------------------


def _sep_token(ch: str) -> str:
    """Collapse the look-alike separators: any space to ' ', any apostrophe to "'"."""
    if ch in _SPACES or unicodedata.category(ch) == "Zs":
        return " "
    if ch in _APOSTROPHES:
        return "'"
    return ch


@dataclass(frozen=True, slots=True)
class _Rules:
    decimal: str  # decimal symbol as a token
    group: str  # group symbol as a token
    primary: int  # digits in the rightmost group
    secondary: int  # digits in the other groups
    example: str  # how 1234.50 is typed in this locale, with the currency's decimals


@lru_cache(maxsize=256)
def _rules(locale: str, exponent: int) -> _Rules:
    loc = _locale(locale)
    decimal, group = get_decimal_symbol(loc), get_group_symbol(loc)
    primary, secondary = loc.decimal_formats[None].grouping
    shown_group = " " if group in _SPACES else group
    example = f"1{shown_group}234" + (f"{decimal}5{'0' * (exponent - 1)}" if exponent else "")
    return _Rules(_sep_token(decimal), _sep_token(group), primary, secondary, example)


@lru_cache(maxsize=256)
def _symbol_owners(locale: str) -> dict[str, tuple[str, ...]]:
    """Currency symbols of ``locale`` and of English, case-folded, mapped to their codes."""
    owners: dict[str, set[str]] = {}
    for loc in (_locale(locale), _locale("en")):
        for code, symbol in loc.currency_symbols.items():
            owners.setdefault(_affix_key(symbol), set()).add(code)
    return {key: tuple(sorted(codes)) for key, codes in owners.items()}


def _affix_key(text: str) -> str:
    return "".join(ch for ch in text if _sep_token(ch) != " ").casefold()


def _check_affix(affix: str, currency: str, locale: str, field: str, rules: _Rules) -> None:
    key = _affix_key(affix)
    if not key:
        return
    accepted = {
        currency.casefold(),
        _affix_key(get_currency_symbol(currency, _locale(locale))),
        _affix_key(get_currency_symbol(currency, _locale("en"))),
    }
    if key in accepted:
        return
    if key.upper() in _known_currencies():
        named: tuple[str, ...] = (key.upper(),)
    else:
        named = _symbol_owners(locale).get(key, ())
    if named == (key.upper(),):
        raise ValidationError(
            field,
            msg(
                "this amount is in {currency}, not {other}; enter it like {example}",
                currency=currency,
                other=named[0],
                example=rules.example,
            ),
        )
    if named:
        raise ValidationError(
            field,
            msg(
                "'{affix}' stands for {others}, but this amount is in {currency}; "
                "enter it without a currency sign, like {example}",
                affix=affix,
                others=listing(named, " or "),
                currency=currency,
                example=rules.example,
            ),
        )
    raise ValidationError(
        field,
        msg(
            "did not understand '{affix}' in the amount; enter it like {example}",
            affix=_show(affix),
            example=rules.example,
        ),
    )


def _fold(text: str, locale: str) -> str:
    """Map every Unicode decimal digit to ASCII and fullwidth forms (，．＄ＥＵＲ) to ASCII, and
    drop the invisible direction marks Babel places around numbers in right-to-left locales."""
    loc = _locale(locale)
    out: list[str] = []
    for ch in text:
        if ch in _BIDI_MARKS:
            continue
        if unicodedata.category(ch) == "Nd":
            out.append(str(unicodedata.decimal(ch)))
        elif ch == "\u066b":  # ARABIC DECIMAL SEPARATOR
            out.append(get_decimal_symbol(loc))
        elif ch == "\u066c":  # ARABIC THOUSANDS SEPARATOR
            out.append(get_group_symbol(loc))
        elif "\uff01" <= ch <= "\uff5e":  # fullwidth ASCII forms from CJK input methods
            out.append(chr(ord(ch) - 0xFEE0))
        else:
            out.append(_FULLWIDTH_SIGNS.get(ch, ch))
    return "".join(out)


def _ungroup(part: str, rules: _Rules, field: str, malformed: str) -> str:
    """Remove group separators from an integer part after checking they sit where they should."""
    kinds = {ch for ch in part if ch not in _DIGITS}
    if not kinds:
        return part
    if len(kinds) > 1:
        raise ValidationError(field, malformed)
    groups = part.split(kinds.pop())
    if (
        len(groups[-1]) != rules.primary
        or any(len(group) != rules.secondary for group in groups[1:-1])
        or not 1 <= len(groups[0]) <= rules.secondary
    ):
        raise ValidationError(field, malformed)
    return "".join(groups)


def _split_number(core: str, rules: _Rules, field: str, text: str) -> tuple[str, str, str]:
    """Return (integer digits, fraction digits, decimal separator used) of the number part."""
    malformed = msg(
        "'{text}' is not a well-formed amount; enter it like {example}",
        text=_show(text),
        example=rules.example,
    )
    tokens = "".join(_sep_token(ch) for ch in core)
    for ch in tokens:
        if ch not in _DIGITS and ch not in ".,' ":
            raise ValidationError(
                field,
                msg(
                    "'{character}' cannot appear in an amount; enter it like {example}",
                    character=ch,
                    example=rules.example,
                ),
            )
    kinds = {ch for ch in tokens if ch not in _DIGITS}
    if not kinds:
        return tokens, "", ""
    if rules.decimal in kinds:
        whole, sep, fraction = tokens.partition(rules.decimal)
        if not fraction or not set(fraction) <= _DIGITS:
            raise ValidationError(field, malformed)
        return _ungroup(whole, rules, field, malformed), fraction, sep
    if len(kinds) > 1:
        raise ValidationError(field, malformed)
    sep = kinds.pop()
    if sep in ".," and tokens.count(sep) == 1:
        whole, _, fraction = tokens.partition(sep)
        if len(fraction) != 3:
            return whole, fraction, sep  # cannot be grouping, so it is a decimal point
        if sep != rules.group:
            raise ValidationError(
                field,
                msg(
                    "'{text}' is ambiguous here: '{separator}' could separate thousands or "
                    "decimals; enter it like {example}",
                    text=_show(text),
                    separator=sep,
                    example=rules.example,
                ),
            )
    return _ungroup(tokens, rules, field, malformed), "", ""


def parse_money(text: str, currency: str, locale: str = "en", field: str = "amount") -> Money:
    """Read an amount typed by a person in ``locale``; refuse anything doubtful with a message."""
    code = validate_currency(currency)
    exponent = currency_exponent(code)
    rules = _rules(locale, exponent)
    if not isinstance(text, str) or not text.strip():
        raise ValidationError(field, msg("enter an amount, like {example}", example=rules.example))
    if len(text) > _MAX_INPUT_CHARS:
        raise ValidationError(field, msg("is too long to be an amount"))
    folded = _fold(text, locale).strip()
    digits = [i for i, ch in enumerate(folded) if ch in _DIGITS]
    if not digits:
        word = "".join(ch for ch in folded if not ch.isspace() and ch not in "+-").casefold()
        if word in _NOT_NUMBERS:
            raise ValidationError(
                field,
                msg(
                    "'{text}' is not a number; enter an amount, like {example}",
                    text=_show(text),
                    example=rules.example,
                ),
            )
        raise ValidationError(
            field, msg("enter the amount in digits, like {example}", example=rules.example)
        )
    prefix, core = folded[: digits[0]].strip(), folded[digits[0] : digits[-1] + 1]
    suffix = folded[digits[-1] + 1 :].strip()
    if any(ch in _MINUS for ch in prefix + suffix) or (
        prefix.startswith("(") and suffix.endswith(")")
    ):
        raise ValidationError(field, msg("amounts cannot be negative"))
    if "e" in core.casefold():
        raise ValidationError(
            field,
            msg(
                "scientific notation such as '1e3' is not accepted; "
                "write all the digits, like {example}",
                example=rules.example,
            ),
        )
    if prefix[-1:] in (".", ",") and not prefix[:-1].strip()[-1:].isalpha():
        prefix, core = prefix[:-1].strip(), prefix[-1] + core  # '.50' or '€.50'
    for affix in (prefix, suffix):
        _check_affix(affix, code, locale, field, rules)
    whole, fraction, sep = _split_number(core, rules, field, text)
    if len(fraction) > exponent:
        values = {"code": code, "text": _show(text), "digits": len(fraction), "separator": sep}
        if exponent:
            problem = msg(
                "{code} amounts have at most {places} decimal places, but '{text}' has "
                "{digits} after the decimal separator '{separator}'",
                places=exponent,
                **values,
            )
        else:
            problem = msg(
                "{code} amounts have no decimal places, but '{text}' has {digits} after the "
                "decimal separator '{separator}'",
                **values,
            )
        if not fraction[exponent:].strip("0"):
            problem = msg("{problem} (remove the extra zeros)", problem=problem)
        raise ValidationError(field, problem)
    minor = int(whole or "0") * 10**exponent + int(fraction.ljust(exponent, "0") or "0")
    if minor > MAX_MINOR:
        limit = format_money(Money(MAX_MINOR, code), locale)
        raise ValidationError(
            field, msg("is too large; the largest amount accepted is {limit}", limit=limit)
        )
    return Money(minor, code)
