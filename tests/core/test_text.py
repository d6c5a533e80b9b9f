"""Text cleaning: what gets stored is NFC, trimmed, and free of invisible tricks."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from core.errors import ValidationError
from core.text import (
    CODE_MAX,
    NAME_MAX,
    NOTE_MAX,
    TEXT_MAX,
    TITLE_MAX,
    clean_code,
    clean_email,
    clean_text,
    nfc,
)


def test_limits_are_ordered_sensibly() -> None:
    assert CODE_MAX < NAME_MAX < TITLE_MAX < NOTE_MAX < TEXT_MAX


# --- clean_text: accepted -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "multiline", "stored"),
    [
        ("Website redesign", False, "Website redesign"),
        ("  padded \u00a0", False, "padded"),
        ("\u3000全角スペース\u3000", False, "全角スペース"),
        ("Cafe\u0301", False, "Café"),  # decomposed accent composed (NFC)
        ("\ufeffACME launch", False, "ACME launch"),  # stray byte-order mark from a file
        ("line one\r\nline two\rline three", True, "line one\nline two\nline three"),
        ("para\u2029next\u2028line", True, "para\nnext\nline"),
        ("\n\n  body  \n\n", True, "body"),
        ("col1\tcol2", True, "col1\tcol2"),
        ("کتاب\u200cها", False, "کتاب\u200cها"),  # ZWNJ is part of correct Persian spelling
        ("👩\u200d💻 dev", False, "👩\u200d💻 dev"),  # ZWJ emoji sequence
        ("ราคา\u200bรวม", False, "ราคา\u200bรวม"),  # zero-width space as a Thai word break
        ("עברית \u200eABC\u200f", False, "עברית \u200eABC\u200f"),  # direction marks are fine
        ("報價單 – 第二階段", False, "報價單 – 第二階段"),
    ],
)
def test_clean_text_stores(value: str, multiline: bool, stored: str) -> None:
    assert clean_text(value, field="title", max_length=TITLE_MAX, multiline=multiline) == stored


@pytest.mark.parametrize("blank", [None, "", "   ", "\n\t ", "\u00a0\u3000"])
def test_blank_optional_text_becomes_empty(blank: str | None) -> None:
    assert clean_text(blank, field="note", max_length=NOTE_MAX, required=False) == ""
    assert (
        clean_text(blank, field="note", max_length=NOTE_MAX, required=False, multiline=True) == ""
    )


@pytest.mark.parametrize("blank", [None, "", "   ", "\r\n", "\ufeff"])
def test_blank_required_text_is_refused(blank: str | None) -> None:
    with pytest.raises(ValidationError) as caught:
        clean_text(blank, field="client name", max_length=NAME_MAX)
    assert caught.value.field == "client name"
    assert caught.value.detail == "cannot be empty"


def test_length_limit_counts_characters_after_nfc() -> None:
    decomposed = "e\u0301" * 10  # 20 code points typed, 10 characters stored
    assert clean_text(decomposed, field="name", max_length=10) == "é" * 10
    with pytest.raises(ValidationError, match="at most 9"):
        clean_text(decomposed, field="name", max_length=9)


def test_length_limit_names_the_limit() -> None:
    assert clean_text("x" * NAME_MAX, field="name", max_length=NAME_MAX) == "x" * NAME_MAX
    with pytest.raises(ValidationError) as caught:
        clean_text("x" * (NAME_MAX + 1), field="name", max_length=NAME_MAX)
    assert caught.value.detail == f"is too long: {NAME_MAX + 1} characters, at most 200 are allowed"


# --- clean_text: refused --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "multiline", "says"),
    [
        ("two\nlines", False, "single line"),
        ("a\r\nb", False, "single line"),
        ("a\u2028b", False, "single line"),
        ("tab\there", False, "tab"),
        ("nul\x00byte", True, "control character (U+0000) at position 4"),
        ("bell\x07", True, "U+0007"),
        ("escape\x1b[31m", True, "U+001B"),
        ("a\x0bb", True, "U+000B"),  # vertical tab
        ("a\x0cb", True, "U+000C"),  # form feed
        ("trailing unit separator\x1f", False, "U+001F"),
        ("next line\x85", True, "U+0085"),  # C1 control
        ("del\x7f", False, "U+007F"),
        ("pay \u202eusd 0001\u202c", False, "text-direction control (U+202E)"),
        ("\u202aembedded\u202c", False, "U+202A"),
        ("\u202bembedded\u202c", False, "U+202B"),
        ("\u202doverride\u202c", False, "U+202D"),
        ("\u2066isolate\u2069", False, "U+2066"),
        ("\u2067isolate\u2069", False, "U+2067"),
        ("\u2068isolate\u2069", False, "U+2068"),
        ("x\u2069", False, "U+2069"),
        ("mid\ufeffdle", False, "byte-order mark"),
        ("non\ufffecharacter", False, "not a character"),
        ("non\U0010ffffcharacter", False, "not a character"),
        ("bad paste \ud800 here", False, "broken character at position 11"),
        ("\udc80", True, "unpaired surrogate"),
    ],
)
def test_clean_text_refuses(value: str, multiline: bool, says: str) -> None:
    with pytest.raises(ValidationError) as caught:
        clean_text(value, field="scope", max_length=TEXT_MAX, multiline=multiline)
    assert caught.value.field == "scope"
    assert says in caught.value.detail


def test_bidi_refusal_explains_why() -> None:
    with pytest.raises(ValidationError, match="display differently from what is stored"):
        clean_text("invoice\u202e", field="title", max_length=TITLE_MAX)


def test_clean_text_rejects_non_text_as_a_programming_error() -> None:
    with pytest.raises(TypeError):
        clean_text(12, field="title", max_length=TITLE_MAX)  # type: ignore[arg-type]


# --- clean_text: properties -----------------------------------------------------------------


@given(value=st.text(max_size=200), multiline=st.booleans())
def test_clean_text_is_idempotent_and_nfc(value: str, multiline: bool) -> None:
    try:
        once = clean_text(
            value, field="f", max_length=TEXT_MAX, required=False, multiline=multiline
        )
    except ValidationError:
        return
    assert unicodedata.is_normalized("NFC", once)
    assert once == once.strip()
    assert "\r" not in once
    assert multiline or "\n" not in once
    assert (
        clean_text(once, field="f", max_length=TEXT_MAX, required=False, multiline=multiline)
        == once
    )


@given(
    value=st.text(alphabet=st.characters(categories=["L", "M", "N", "P", "S", "Zs"]), max_size=80)
)
def test_ordinary_text_is_kept_up_to_normalisation(value: str) -> None:
    stored = clean_text(value, field="f", max_length=TEXT_MAX, required=False)
    assert stored == nfc(value).strip()


def test_nfc() -> None:
    assert nfc("A\u030a") == "\u00c5"
    assert nfc("\u212b") == "\u00c5"  # ANGSTROM SIGN is canonically Å
    assert nfc("ﬁ") == "ﬁ"  # compatibility forms are left alone


# --- clean_code -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "code"),
    [
        ("ACME-2026-01", "ACME-2026-01"),
        ("  acme-2026-01 ", "ACME-2026-01"),
        ("ab", "AB"),
        ("7UP-1", "7UP-1"),
        ("ＡＣＭＥ－２０２６", "ACME-2026"),  # fullwidth from a CJK input method
        ("A" * CODE_MAX, "A" * CODE_MAX),
    ],
)
def test_clean_code_accepts(typed: str, code: str) -> None:
    assert clean_code(typed) == code


@pytest.mark.parametrize(
    ("typed", "says"),
    [
        ("", "cannot be empty"),
        ("A", "at least 2 characters"),
        ("-ACME", "only letters A-Z, digits and hyphens"),
        ("ACME_2026", "only letters A-Z, digits and hyphens"),
        ("ACMÉ-1", "only letters A-Z, digits and hyphens"),
        ("ﬁrm-1", "only letters A-Z, digits and hyphens"),  # no silent ligature expansion
        ("ACME 2026", "cannot contain spaces"),
        ("A" * (CODE_MAX + 1), "at most 32"),
        ("AC\u202eME", "text-direction control"),
    ],
)
def test_clean_code_refuses_with_an_example(typed: str, says: str) -> None:
    with pytest.raises(ValidationError) as caught:
        clean_code(typed, field="engagement code")
    assert caught.value.field == "engagement code"
    assert says in caught.value.detail
    if says.startswith(("only", "cannot contain", "at least")):
        assert "ACME-2026-01" in caught.value.detail


# --- clean_email ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("ana@example.com", "ana@example.com"),
        ("  Ana.Ruiz@Example.COM ", "Ana.Ruiz@example.com"),
        ("李@例子.公司", "李@例子.公司"),
        (None, ""),
        ("   ", ""),
    ],
)
def test_clean_email_accepts(typed: str | None, stored: str) -> None:
    assert clean_email(typed) == stored


@pytest.mark.parametrize(
    ("typed", "says"),
    [
        ("ana", "exactly one '@'"),
        ("ana@@example.com", "exactly one '@'"),
        ("a@b@example.com", "exactly one '@'"),
        ("Ana <ana@example.com>", "cannot contain spaces"),
        ("@example.com", "name before the '@'"),
        ("ana@localhost", "domain"),
        ("ana@example.", "domain"),
        ("ana@.example.com", "domain"),
        ("ana@example..com", "domain"),
        ("ana@", "domain"),
    ],
)
def test_clean_email_refuses(typed: str, says: str) -> None:
    with pytest.raises(ValidationError) as caught:
        clean_email(typed, field="client email")
    assert caught.value.field == "client email"
    assert says in caught.value.detail
    assert "name@example.com" in caught.value.detail


def test_clean_email_required() -> None:
    with pytest.raises(ValidationError, match="cannot be empty"):
        clean_email("  ", required=True)


def test_every_character_with_a_case_is_below_the_bound_the_fold_table_reads() -> None:
    from core.text import CASED_BELOW

    assert all(chr(p).lower() == chr(p) for p in range(CASED_BELOW, 0x110000))


def test_fold_sources_list_every_spelling_that_folds_into_a_character() -> None:
    from core.text import fold_sources, search_fold

    assert fold_sources("é") == {"é", "É"}
    assert fold_sources("k") == {"k", "K", "\u212a"}
    assert fold_sources("'") == {"'", "\u2019"}
    assert fold_sources("臺") == {"臺"}
    assert fold_sources("i") is None  # "İ" folds into "i" and a combining dot
    for char in ("é", "k", "ǆ", "ω", "'"):
        sources = fold_sources(char)
        assert sources is not None
        assert {search_fold(s) for s in sources} == {char}
