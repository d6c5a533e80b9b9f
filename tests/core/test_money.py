"""Money: exact minor units, currency facts from Babel, locale-aware parsing and display."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from core.errors import ValidationError
from core.money import (
    MAX_MINOR,
    MONEY_LIMIT,
    Money,
    currency_exponent,
    format_money,
    minor_from_str,
    minor_to_str,
    parse_money,
    validate_currency,
)

NNBSP = "\u202f"
NBSP = "\u00a0"


# --- currencies -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("EUR", "EUR"), (" eur ", "EUR"), ("jpy", "JPY"), ("TwD", "TWD"), ("HRK", "HRK")],
)
def test_validate_currency_accepts_iso_codes(typed: str, expected: str) -> None:
    assert validate_currency(typed) == expected


@pytest.mark.parametrize("typed", ["", "  ", "EURO", "EU", "XYZ", "XXX", "XTS", "€", "ÉUR", "E1R"])
def test_validate_currency_refuses_unknown_codes(typed: str) -> None:
    with pytest.raises(ValidationError) as caught:
        validate_currency(typed, field="engagement currency")
    assert caught.value.field == "engagement currency"
    assert "EUR" in caught.value.detail  # the message shows what a valid code looks like


@pytest.mark.parametrize(
    ("code", "exponent"), [("EUR", 2), ("USD", 2), ("JPY", 0), ("KWD", 3), ("TWD", 2), ("eur", 2)]
)
def test_currency_exponent(code: str, exponent: int) -> None:
    assert currency_exponent(code) == exponent


# --- the Money value ------------------------------------------------------------------------


def test_money_normalises_its_currency_and_compares_by_value() -> None:
    assert Money(100, "eur") == Money(100, "EUR")
    assert Money(100, "EUR") != Money(100, "USD")
    assert Money(100, "EUR") != Money(101, "EUR")
    assert len({Money(5, "EUR"), Money(5, "eur")}) == 1


@pytest.mark.parametrize("minor", [1.5, 1.0, Decimal("1"), "100", True, None])
def test_money_refuses_anything_but_int_minor_units(minor: object) -> None:
    with pytest.raises(TypeError):
        Money(minor, "EUR")  # type: ignore[arg-type]


def test_money_refuses_an_unknown_currency() -> None:
    with pytest.raises(ValidationError):
        Money(100, "ABC")


def test_money_holds_totals_past_a_stored_amount_up_to_what_can_be_shown() -> None:
    # A portfolio total can pass the 64-bit range of one stored amount; it is still shown
    # exactly, digit for digit.
    assert format_money(Money(2**64, "EUR"), "en") == "€184,467,440,737,095,516.16"
    assert format_money(Money(MONEY_LIMIT - 1, "KWD"), "en").startswith("KWD999,999,999")
    with pytest.raises(ValueError):
        Money(MONEY_LIMIT, "EUR")
    with pytest.raises(ValueError):
        Money(-MONEY_LIMIT, "EUR")


def test_money_arithmetic_keeps_currency_and_allows_negative_results() -> None:
    fee, paid = Money(150_000, "EUR"), Money(200_000, "EUR")
    assert fee + paid == Money(350_000, "EUR")
    assert fee - paid == Money(-50_000, "EUR")
    assert sum([fee, paid], Money.zero("EUR")) == Money(350_000, "EUR")
    assert Money.zero("jpy") == Money(0, "JPY")
    assert fee < paid and paid > fee and fee <= fee and fee >= fee


@pytest.mark.parametrize(
    "combine",
    [
        lambda a, b: a + b,
        lambda a, b: a - b,
        lambda a, b: a < b,
        lambda a, b: a >= b,
    ],
)
def test_money_refuses_to_mix_currencies(combine) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ValueError, match="EUR"):
        combine(Money(100, "EUR"), Money(100, "USD"))


def test_money_does_not_add_plain_numbers() -> None:
    with pytest.raises(TypeError):
        Money(100, "EUR") + 1  # type: ignore[operator]


@pytest.mark.parametrize(
    ("minor", "currency", "decimal", "text"),
    [
        (123450, "EUR", Decimal("1234.50"), "1234.50 EUR"),
        (0, "EUR", Decimal("0.00"), "0.00 EUR"),
        (5, "EUR", Decimal("0.05"), "0.05 EUR"),
        (-1999, "USD", Decimal("-19.99"), "-19.99 USD"),
        (1234, "JPY", Decimal("1234"), "1234 JPY"),
        (1234500, "KWD", Decimal("1234.500"), "1234.500 KWD"),
        (MAX_MINOR, "EUR", Decimal("10000000000000.00"), "10000000000000.00 EUR"),
    ],
)
def test_decimal_and_plain_text_forms(
    minor: int, currency: str, decimal: Decimal, text: str
) -> None:
    money = Money(minor, currency)
    assert money.to_decimal() == decimal
    assert str(money.to_decimal()) == str(decimal)  # same exponent: trailing zeros kept
    assert str(money) == text


# --- display --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("money", "locale", "shown"),
    [
        (Money(123450, "EUR"), "en", "€1,234.50"),
        (Money(123450, "EUR"), "fr", f"1{NNBSP}234,50{NBSP}€"),
        (Money(123450, "EUR"), "es", f"1.234,50{NBSP}€"),
        (Money(123450, "USD"), "en", "$1,234.50"),
        (Money(1234, "JPY"), "en", "¥1,234"),
        # TWD reads NT$ everywhere: Babel gives a bare "$" in zh_TW and "TWD" in fr and es
        (Money(120000, "TWD"), "zh_TW", "NT$1,200.00"),
        (Money(120000, "TWD"), "en", "NT$1,200.00"),
        (Money(-120000, "TWD"), "fr", f"-1{NNBSP}200,00{NBSP}NT$"),
        (Money(120000, "TWD"), "es", f"1.200,00{NBSP}NT$"),
        (Money(1234500, "KWD"), "fr", f"1{NNBSP}234,500{NBSP}KWD"),
        (Money(0, "EUR"), "en", "€0.00"),
    ],
)
def test_format_money_follows_the_locale(money: Money, locale: str, shown: str) -> None:
    assert format_money(money, locale) == shown


# --- archive form ---------------------------------------------------------------------------


@pytest.mark.parametrize("minor", [0, 1, 123450, -50, 2**63 - 1, -(2**63) + 1])
def test_archive_form_round_trips(minor: int) -> None:
    assert minor_from_str(minor_to_str(minor)) == minor


def test_archive_form_is_plain_digits() -> None:
    assert minor_to_str(123450) == "123450"
    assert minor_to_str(-7) == "-7"
    with pytest.raises(TypeError):
        minor_to_str(True)


@pytest.mark.parametrize(
    "text", ["", " 1", "1 ", "+1", "1.0", "1e3", "007", "-0", "--1", "１２", "١٢", "0x10", "2" * 20]
)
def test_archive_form_refuses_anything_not_canonical(text: str) -> None:
    with pytest.raises(ValidationError) as caught:
        minor_from_str(text, field="milestones[0].amount")
    assert caught.value.field == "milestones[0].amount"


# --- parsing: accepted ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "currency", "locale", "minor"),
    [
        ("1,234.50", "EUR", "en", 123450),
        ("1234.50", "EUR", "en", 123450),
        ("1234.5", "EUR", "en", 123450),
        ("1234", "EUR", "en", 123400),
        ("0", "EUR", "en", 0),
        (".50", "EUR", "en", 50),
        ("  12  ", "EUR", "en", 1200),
        ("1,234,567", "USD", "en", 123456700),
        ("1234,50", "EUR", "en", 123450),  # bare decimal comma: ',50' cannot be grouping
        ("1 234.50", "EUR", "en", 123450),  # spaces may group digits in any locale
        ("1 234,50", "EUR", "fr", 123450),
        (f"1{NNBSP}234,50", "EUR", "fr", 123450),
        (f"1{NBSP}234,50", "EUR", "fr", 123450),
        ("1234,50", "EUR", "fr", 123450),
        ("1234.50", "EUR", "fr", 123450),  # bare decimal point in a decimal-comma locale
        ("1.234,50", "EUR", "fr", 123450),  # dots group when the comma marks the decimals
        ("1.234.567", "EUR", "fr", 123456700),
        ("1,234", "KWD", "fr", 1234),  # in French the comma is the decimal separator
        ("1.234,50", "EUR", "es", 123450),
        ("1234,50", "EUR", "es", 123450),
        ("1.234", "EUR", "es", 123400),  # in Spanish the dot groups thousands
        ("1234.50", "EUR", "de", 123450),  # '.50' cannot be a thousands group
        ("1,234.50", "TWD", "zh_TW", 123450),
        ("12,34,567.00", "INR", "en_IN", 123456700),  # Indian grouping
        ("1’234.50", "CHF", "de_CH", 123450),
        ("1'234.50", "CHF", "de_CH", 123450),
        # currency signs and codes that name the given currency
        ("€ 12", "EUR", "en", 1200),
        ("€12", "EUR", "fr", 1200),
        ("12 €", "EUR", "fr", 1200),
        ("12 EUR", "EUR", "en", 1200),
        ("eur 12", "EUR", "en", 1200),
        ("$12", "USD", "en", 1200),
        ("US$12", "USD", "zh_TW", 1200),
        ("NT$1,200", "TWD", "zh_TW", 120000),
        ("NT$1,200", "TWD", "en", 120000),
        ("$1,200", "TWD", "zh_TW", 120000),  # in Taiwan '$' is the local dollar
        ("¥1,234", "JPY", "en", 1234),
        ("€.5", "EUR", "en", 50),
        # digits and punctuation from other scripts and input methods
        ("１２３", "JPY", "zh_TW", 123),
        ("１，２３４．５０", "TWD", "zh_TW", 123450),
        ("ＮＴ＄１２", "TWD", "zh_TW", 1200),
        ("١٢٣", "EUR", "ar", 12300),
        ("١٬٢٣٤٫٥٠", "EUR", "ar", 123450),  # Arabic thousands and decimal separators
        ("۱۲۳", "EUR", "fa", 12300),  # Extended Arabic-Indic (Persian) digits
        ("१२३.५०", "INR", "hi", 12350),  # Devanagari digits
        ("\u200f1,234.50\xa0€", "EUR", "ar", 123450),  # Babel's own right-to-left output
        (f"{MAX_MINOR // 100:,}.00", "EUR", "en", MAX_MINOR),
    ],
)
def test_parse_money_accepts(text: str, currency: str, locale: str, minor: int) -> None:
    assert parse_money(text, currency, locale) == Money(minor, currency)


# --- parsing: refused -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "currency", "locale", "says"),
    [
        ("", "EUR", "en", "enter an amount"),
        ("   ", "EUR", "en", "enter an amount"),
        ("NaN", "EUR", "en", "not a number"),
        ("nan", "EUR", "en", "not a number"),
        ("inf", "EUR", "en", "not a number"),
        ("-Infinity", "EUR", "en", "not a number"),
        ("∞", "EUR", "en", "not a number"),
        ("twelve", "EUR", "en", "in digits"),
        ("-12", "EUR", "en", "cannot be negative"),
        ("- 12", "EUR", "en", "cannot be negative"),
        ("−12", "EUR", "en", "cannot be negative"),  # U+2212 MINUS SIGN
        ("－12", "EUR", "zh_TW", "cannot be negative"),  # fullwidth hyphen-minus
        ("(12.00)", "EUR", "en", "cannot be negative"),
        ("（12）", "EUR", "zh_TW", "cannot be negative"),
        ("12-", "EUR", "en", "cannot be negative"),
        ("-€12.00", "EUR", "en", "cannot be negative"),
        ("EUR-12.00", "EUR", "de_CH", "cannot be negative"),
        ("12.345", "EUR", "en", "at most 2 decimal places"),
        ("12.500", "EUR", "en", "remove the extra zeros"),
        ("10.5", "JPY", "en", "no decimal places"),
        ("10.0", "JPY", "en", "no decimal places"),
        ("1.2345", "KWD", "en", "at most 3 decimal places"),
        ("1,234", "EUR", "fr", "after the decimal separator ','"),
        ("1e3", "EUR", "en", "scientific notation"),
        ("1E+3", "EUR", "en", "scientific notation"),
        ("1.5e-2", "EUR", "en", "scientific notation"),
        ("1.234", "EUR", "fr", "ambiguous"),  # thousands or decimals? refuse rather than guess
        ("1,234", "EUR", "de_CH", "ambiguous"),
        ("1,23,4", "EUR", "en", "1,234.50"),  # malformed grouping: show the expected form
        ("1,2345", "EUR", "en", "at most 2 decimal places"),
        ("1.234.50", "EUR", "en", "1,234.50"),
        ("1.234,50", "EUR", "en", "1,234.50"),  # a French/German amount in an English locale
        ("1,234.50", "EUR", "fr", "1 234,50"),
        ("1,234.50", "EUR", "es", "1.234,50"),
        ("123,456.00", "INR", "en_IN", "1,234.50"),  # should be 1,23,456.00
        ("1 234,50", "EUR", "en", "1,234.50"),
        ("12 5", "EUR", "en", "1,234.50"),
        ("1x2", "EUR", "en", "'x' cannot appear"),
        ("1²3", "EUR", "en", "'²' cannot appear"),
        ("12 abc", "EUR", "en", "did not understand 'abc'"),
        ("+12", "EUR", "en", "did not understand '+'"),
        ("12.", "EUR", "en", "did not understand '.'"),
        ("$12", "EUR", "en", "'$' stands for USD"),
        ("¥12", "CNY", "en", "'¥' stands for JPY"),
        ("12 USD", "EUR", "en", "in EUR, not USD"),
        ("12 gbp", "USD", "en", "in USD, not GBP"),
        ("€12", "USD", "fr", "'€' stands for EUR"),
        ("10000000000000.01", "EUR", "en", "too large"),
        ("1000000000000000000000", "JPY", "en", "too large"),
        ("1" * 101, "EUR", "en", "too long"),
    ],
)
def test_parse_money_refuses_with_a_specific_message(
    text: str, currency: str, locale: str, says: str
) -> None:
    with pytest.raises(ValidationError) as caught:
        parse_money(text, currency, locale, field="milestone amount")
    assert caught.value.field == "milestone amount"
    assert says in caught.value.detail


def test_parse_money_refuses_an_unknown_currency() -> None:
    with pytest.raises(ValidationError) as caught:
        parse_money("12", "ABC")
    assert caught.value.field == "currency"


def test_refusal_example_uses_the_currency_precision() -> None:
    with pytest.raises(ValidationError, match=r"like 1,234\b(?![.,])"):
        parse_money("1,23,4", "JPY", "en")
    with pytest.raises(ValidationError, match=r"like 1 234,500"):
        parse_money("1.2.3", "KWD", "fr")


# --- properties -----------------------------------------------------------------------------

LOCALES = ["en", "fr", "es", "zh_TW"]
CURRENCIES = ["EUR", "USD", "JPY", "TWD", "KWD"]
amounts = st.builds(
    Money, st.integers(min_value=0, max_value=MAX_MINOR), st.sampled_from(CURRENCIES)
)


@settings(max_examples=400)
@given(money=amounts, locale=st.sampled_from(LOCALES))
def test_what_format_money_shows_parses_back_to_the_same_amount(money: Money, locale: str) -> None:
    shown = format_money(money, locale)
    assert parse_money(shown, money.currency, locale) == money


@given(money=amounts, locale=st.sampled_from(LOCALES))
def test_the_plain_decimal_form_parses_in_every_locale(money: Money, locale: str) -> None:
    plain = f"{money.to_decimal():f}"  # e.g. '1234.50': no grouping, '.' as decimal point
    if locale in ("fr", "es") and currency_exponent(money.currency) == 3:
        plain = plain.replace(".", ",")  # '1234.500' would be ambiguous there (see the tables)
    assert parse_money(plain, money.currency, locale) == money


_NON_ASCII_DIGIT_ZEROS = [0xFF10, 0x0660, 0x06F0, 0x0966, 0x09E6, 0x0E50, 0x1040, 0x1D7CE]


@given(
    value=st.integers(min_value=0, max_value=10**12),
    zero=st.sampled_from(_NON_ASCII_DIGIT_ZEROS),
)
def test_unicode_digits_read_as_their_ascii_value(value: int, zero: int) -> None:
    typed = "".join(chr(zero + int(d)) for d in str(value))
    assert parse_money(typed, "JPY", "en") == Money(value, "JPY")


@given(text=st.text(max_size=30), locale=st.sampled_from(LOCALES))
def test_parse_money_answers_every_input_with_an_amount_or_a_refusal(
    text: str, locale: str
) -> None:
    try:
        money = parse_money(text, "EUR", locale)
    except ValidationError as refusal:
        assert refusal.detail
    else:
        assert 0 <= money.minor <= MAX_MINOR
