"""TWD reads "NT$" in every language: Babel's Taiwanese locale writes a bare "$" (US dollars
to any other reader) and its French and Spanish ones the code "TWD". Checked in the text
poppler's pdftotext reads back from a sign-off, and in the amounts the reports format."""

from __future__ import annotations

import copy
import re
import subprocess
from pathlib import Path

import pytest

from core.money import Money, format_money, parse_money
from reports.i18n import LANGUAGES, format_amount
from reports.signoff_pdf import render_signoff
from tests.reports.conftest import BASE_SNAPSHOT

AMOUNTS = {
    "en": "NT$12,345.50",
    "fr": "12 345,50 NT$",
    "es": "12.345,50 NT$",
    "zh-TW": "NT$12,345.50",
}
"""How 1234550 TWD cents read in each document language (spaces as plain spaces)."""


def plain(text: str) -> str:
    return re.sub(r"[\u00a0\u202f]", " ", text)


def signoff_text(language: str, folder: Path) -> str:
    snapshot = copy.deepcopy(BASE_SNAPSHOT)
    snapshot["language"] = language
    snapshot["engagement"]["currency"] = "TWD"
    snapshot["milestone"]["currency"] = "TWD"
    path = folder / "signoff.pdf"
    path.write_bytes(render_signoff(snapshot, "a" * 64).data)
    run = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"],
        capture_output=True,
        check=True,
        timeout=120,
    )
    return plain(run.stdout.decode("utf-8"))


def test_every_document_language_is_covered() -> None:
    assert set(AMOUNTS) == set(LANGUAGES)


@pytest.mark.parametrize("language", sorted(AMOUNTS))
def test_a_twd_signoff_prints_nt_dollars_and_never_a_bare_dollar(
    language: str, tmp_path: Path
) -> None:
    assert BASE_SNAPSHOT["milestone"]["amount_minor"] == 1234550
    text = signoff_text(language, tmp_path)
    assert AMOUNTS[language] in text
    assert re.findall(r"(?<!NT)\$", text) == []
    assert "TWD" not in text


@pytest.mark.parametrize("language", sorted(AMOUNTS))
def test_reports_format_twd_as_nt_dollars(language: str) -> None:
    assert plain(format_amount(1234550, "TWD", language)) == AMOUNTS[language]
    assert plain(format_amount(-1234550, "TWD", language)).count("NT$") == 1


@pytest.mark.parametrize("locale", ["en", "fr_FR", "es_ES", "zh_Hant_TW"])
def test_nt_dollars_read_back_as_typed(locale: str) -> None:
    shown = format_money(Money(1234550, "TWD"), locale)
    assert parse_money(shown, "TWD", locale) == Money(1234550, "TWD")


def test_other_dollars_keep_their_signs() -> None:
    assert format_money(Money(100, "USD"), "zh_Hant_TW") == "US$1.00"
    assert format_money(Money(100, "USD"), "en") == "$1.00"
    assert format_money(Money(100, "HKD"), "en") == "HK$1.00"
