"""The sign-off PDF a client signs: content, pagination, reproducibility, fonts, signature box."""

from __future__ import annotations

import io
import string
from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from pypdf import PdfReader
from pypdf.generic import DictionaryObject

from core.errors import ValidationError
from reports.i18n import LANGUAGES, format_amount, format_date, labels
from reports.signoff_pdf import (
    build_signoff_pdf,
    identity_from_metadata,
    render_signoff,
)

Snapshot = dict[str, Any]
STANDARD_14 = {
    "Courier", "Courier-Bold", "Courier-Oblique", "Courier-BoldOblique", "Helvetica",
    "Helvetica-Bold", "Helvetica-Oblique", "Helvetica-BoldOblique", "Times-Roman", "Times-Bold",
    "Times-Italic", "Times-BoldItalic", "Symbol", "ZapfDingbats",
}  # fmt: skip


def criterion(position: int, text: str, verdict: str = "met", **extra: Any) -> dict[str, Any]:
    row = {"position": position, "criterion": text, "target": None, "verdict": verdict}
    return row | {"note": "", "reason": ""} | extra


LANGUAGE_CASES = {
    "zh-TW": {
        "client": "台灣數位行銷股份有限公司",
        "milestone": "首頁改版驗收",
        "criterion": "驗收標準：首頁載入時間",
        "note": "已於測試環境確認",
    },
    "fr": {
        "client": "Société Générale d'Études",
        "milestone": "Reçu — délai été",
        "criterion": "Accessibilité à l'écran « lecteur »",
        "note": "Vérifié sur Firefox & Edge",
    },
    "es": {
        "client": "Compañía Año Señal",
        "milestone": "Año señal ¿qué?",
        "criterion": "Diseño en español ¡sí!",
        "note": "Revisión niño pequeño",
    },
    "en": {
        "client": "<b>Bold & Co</b>",
        "milestone": '<font color=red>Launch</font> <img src="/etc/hosts"/>',
        "criterion": "Uptime <br/> & latency < 200 ms",
        "note": "&amp; stays &amp;",
    },
}


@pytest.mark.parametrize("lang", list(LANGUAGE_CASES))
def test_text_of_the_document_is_what_was_stored(
    lang: str,
    signoff_snapshot: Snapshot,
    fingerprint_of: Callable[[Snapshot], str],
    pdf_pages: Callable[[bytes], list[str]],
    flat: Callable[[str], str],
    no_space: Callable[[str], str],
) -> None:
    case = LANGUAGE_CASES[lang]
    snap = signoff_snapshot
    snap["language"] = lang
    snap["client"]["name"] = case["client"]
    snap["milestone"]["title"] = case["milestone"]
    snap["round"]["verdicts"][0].update(criterion=case["criterion"], note=case["note"])
    data = build_signoff_pdf(snap, fingerprint_of(snap))
    text = "\n".join(pdf_pages(data))
    t = labels(lang)
    expected = [
        case["client"],
        case["milestone"],
        case["criterion"],
        case["note"],
        t["signoff.title"],
        t["verdict.met"],
        t["verdict.waived"],
        t["signoff.for_client"],
        t["signoff.for_agency"],
        format_amount(1234550, "EUR", lang),
        "Marie Dupont",
        "External audit moved to milestone 4",
        "ACME-2026-01-M03-R2",
    ]
    compare = no_space if lang == "zh-TW" else flat
    for value in expected:
        assert compare(value) in compare(text), value


@pytest.mark.parametrize(
    ("lang", "day"), [("en", "March 5, 2026"), ("fr", "5 mars 2026"), ("zh-TW", "2026年3月5日")]
)
def test_dates_are_written_for_the_language(
    lang: str,
    day: str,
    signoff_snapshot: Snapshot,
    fingerprint_of: Callable[[Snapshot], str],
    pdf_pages: Callable[[bytes], list[str]],
) -> None:
    signoff_snapshot["language"] = lang
    text = pdf_pages(build_signoff_pdf(signoff_snapshot, fingerprint_of(signoff_snapshot)))[0]
    assert day in text


@pytest.mark.parametrize(("forecast", "shown"), [("2026-03-08", True), ("2026-03-01", False)])
def test_the_forecast_date_is_printed_only_when_it_moved(
    forecast: str,
    shown: bool,
    signoff_snapshot: Snapshot,
    fingerprint_of: Callable[[Snapshot], str],
    pdf_pages: Callable[[bytes], list[str]],
) -> None:
    signoff_snapshot["milestone"]["forecast_due"] = forecast  # the baseline is 2026-03-01
    text = pdf_pages(build_signoff_pdf(signoff_snapshot, fingerprint_of(signoff_snapshot)))[0]
    assert "Planned due date\nMarch 1, 2026\n" in text
    assert ("Forecast due date\nMarch 8, 2026\n" in text) is shown
    assert ("Forecast due date" in text) is shown


def test_a_120_character_client_name_is_printed_whole(
    signoff_snapshot: Snapshot,
    fingerprint_of: Callable[[Snapshot], str],
    pdf_pages: Callable[[bytes], list[str]],
    flat: Callable[[str], str],
) -> None:
    name = ("Compagnie Internationale de Conseil en Transformation Numérique " * 2)[:120].strip()
    assert len(name) >= 119
    signoff_snapshot["client"]["name"] = name
    text = "\n".join(
        pdf_pages(build_signoff_pdf(signoff_snapshot, fingerprint_of(signoff_snapshot)))
    )
    assert flat(name) in flat(text)


def test_300_criteria_and_long_deliverables_run_over_pages_with_a_footer_on_each(
    signoff_snapshot: Snapshot,
    fingerprint_of: Callable[[Snapshot], str],
    pdf_pages: Callable[[bytes], list[str]],
    flat: Callable[[str], str],
) -> None:
    words = [f"word{i:05d}" for i in range(2001)]
    deliverables = " ".join(words)[:20_000]
    assert len(deliverables) == 20_000
    signoff_snapshot["milestone"]["deliverables"] = deliverables
    signoff_snapshot["round"]["verdicts"] = [
        criterion(i, f"Criterion number {i:03d} is satisfied", note=f"note {i:03d}")
        for i in range(1, 301)
    ]
    fingerprint = fingerprint_of(signoff_snapshot)
    pages = pdf_pages(build_signoff_pdf(signoff_snapshot, fingerprint))
    total = len(pages)
    assert total >= 8
    bodies = []
    for number, page in enumerate(pages, start=1):
        *body, footer = page.strip().splitlines()
        assert (
            footer == f"ACME-2026-01-M03-R2 Page {number} of {total} Fingerprint {fingerprint[:12]}"
        )
        bodies.append("\n".join(body))
    text = flat("\n".join(bodies))
    assert flat(deliverables) in text
    for i in range(1, 301):
        assert f"Criterion number {i:03d} is satisfied" in text
    pages_with_rows = [p for p in pages if "Criterion number" in p]
    assert len(pages_with_rows) >= 4
    for page in pages_with_rows:  # the column header is repeated on every page of the table
        assert "Criterion" in page.split("Criterion number")[0]
        assert "Verdict" in page.split("Criterion number")[0]


def test_same_input_gives_identical_bytes(
    signoff_snapshot: Snapshot, fingerprint_of: Callable[[Snapshot], str]
) -> None:
    fingerprint = fingerprint_of(signoff_snapshot)
    first = render_signoff(signoff_snapshot, fingerprint)
    other = build_signoff_pdf(signoff_snapshot | {"language": "zh-TW"}, "f" * 64)
    second = render_signoff(signoff_snapshot, fingerprint)
    assert first.data == second.data  # even with another document rendered in between
    assert first.client_sig_box == second.client_sig_box
    assert other != first.data


@pytest.mark.parametrize(("paper", "size"), [("A4", (595.28, 841.89)), ("Letter", (612.0, 792.0))])
def test_paper_sizes(
    paper: Any, size: tuple[float, float], signoff_snapshot: Snapshot,
    fingerprint_of: Callable[[Snapshot], str],
) -> None:  # fmt: skip
    pdf = render_signoff(signoff_snapshot, fingerprint_of(signoff_snapshot), paper=paper)
    reader = PdfReader(io.BytesIO(pdf.data))
    for page in reader.pages:
        assert (round(float(page.mediabox.width), 2), round(float(page.mediabox.height), 2)) == size
    page_index, x1, y1, x2, y2 = pdf.client_sig_box
    assert 0 <= page_index < len(reader.pages)
    assert 0 < x1 < x2 < size[0] and 0 < y1 < y2 < size[1]
    assert x2 - x1 > 150 and y2 - y1 > 40  # big enough to sign in


def test_client_signature_box_is_empty_and_in_the_client_block(
    signoff_snapshot: Snapshot, fingerprint_of: Callable[[Snapshot], str]
) -> None:
    pdf = render_signoff(signoff_snapshot, fingerprint_of(signoff_snapshot))
    page_index, x1, y1, x2, y2 = pdf.client_sig_box
    page = PdfReader(io.BytesIO(pdf.data)).pages[page_index]
    placed: list[tuple[str, float, float]] = []

    def visit(text: str, cm: Any, tm: Any, font: Any, size: Any) -> None:
        if text.strip():
            placed.append((text, cm[4] + tm[4], cm[5] + tm[5]))

    page.extract_text(visitor_text=visit)
    inside = [t for t, x, y in placed if x1 <= x <= x2 and y1 <= y <= y2]
    assert inside == []
    caption = [y for t, _, y in placed if "Reserved for a digital signature" in t]
    assert caption and caption[0] < y1  # the caption sits just under the box
    client_heading = [(x, y) for t, x, y in placed if "For the client" in t]
    assert client_heading and client_heading[0][1] > y2 and client_heading[0][0] <= x1 + 1


def test_fonts_are_embedded_truetype_and_no_standard_font_is_used(
    signoff_snapshot: Snapshot, fingerprint_of: Callable[[Snapshot], str]
) -> None:
    signoff_snapshot["language"] = "zh-TW"
    signoff_snapshot["milestone"]["title"] = "首頁改版 Reçu <b>"
    data = build_signoff_pdf(signoff_snapshot, fingerprint_of(signoff_snapshot))
    fonts: dict[str, DictionaryObject] = {}
    for page in PdfReader(io.BytesIO(data)).pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            fonts[str(font["/BaseFont"])] = font
    families = {name.split("+")[-1] for name in fonts}
    assert {"DejaVuSans", "DejaVuSans-Bold", "DroidSansFallback"} <= families
    assert not families & STANDARD_14
    for name, font in fonts.items():
        assert "/FontFile2" in font["/FontDescriptor"], name
        assert "/ToUnicode" in font, name  # text can be searched and copied


def test_metadata_carries_document_id_and_full_fingerprint(
    signoff_snapshot: Snapshot, fingerprint_of: Callable[[Snapshot], str]
) -> None:
    fingerprint = fingerprint_of(signoff_snapshot)
    meta = PdfReader(io.BytesIO(build_signoff_pdf(signoff_snapshot, fingerprint))).metadata
    assert meta is not None
    assert identity_from_metadata(meta.subject, meta.keywords) == (
        "ACME-2026-01-M03-R2",
        fingerprint,
    )
    assert identity_from_metadata("X", "something else") is None


def test_qr_code_and_logo_are_optional(
    signoff_snapshot: Snapshot,
    fingerprint_of: Callable[[Snapshot], str],
    pdf_pages: Callable[[bytes], list[str]],
    flat: Callable[[str], str],
) -> None:
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (300, 90), (31, 58, 95)).save(buffer, format="PNG")
    fingerprint = fingerprint_of(signoff_snapshot)
    with_all = build_signoff_pdf(signoff_snapshot, fingerprint, agency_logo=buffer.getvalue())
    plain = build_signoff_pdf(signoff_snapshot, fingerprint, with_qr=False)
    assert "Document ID and fingerprint" in flat(pdf_pages(with_all)[0])
    assert "Document ID and fingerprint" not in flat(pdf_pages(plain)[0])
    first_page = PdfReader(io.BytesIO(with_all)).pages[0]
    assert len(first_page.images) == 1
    assert len(PdfReader(io.BytesIO(plain)).pages[0].images) == 0


def test_unsigned_signatories_leave_lines_to_fill_in(
    signoff_snapshot: Snapshot,
    fingerprint_of: Callable[[Snapshot], str],
    pdf_pages: Callable[[bytes], list[str]],
) -> None:
    signoff_snapshot["signatories"] = {"client": None, "agency": None}
    signoff_snapshot["earlier_rounds"] = []
    text = "\n".join(
        pdf_pages(build_signoff_pdf(signoff_snapshot, fingerprint_of(signoff_snapshot)))
    )
    assert "Jean Martin" not in text
    assert "accepted at its first review" in text


@pytest.mark.parametrize(
    ("change", "field"),
    [
        (lambda s: s.update(schema="other/1"), "snapshot"),
        (lambda s: s.update(language="de"), "snapshot.language"),
        (lambda s: s.pop("client"), "snapshot"),
        (lambda s: s["round"]["verdicts"][0].update(verdict="maybe"), "round.verdicts"),
        (lambda s: s["milestone"].update(baseline_due="01/03/2026"), "baseline_due"),
    ],
)
def test_bad_snapshots_are_refused_with_a_message(
    change: Callable[[Snapshot], Any], field: str, signoff_snapshot: Snapshot
) -> None:
    change(signoff_snapshot)
    with pytest.raises(ValidationError) as caught:
        build_signoff_pdf(signoff_snapshot, "a" * 64)
    assert caught.value.field == field


def test_bad_fingerprint_and_bad_logo_are_refused(signoff_snapshot: Snapshot) -> None:
    with pytest.raises(ValidationError, match="fingerprint"):
        build_signoff_pdf(signoff_snapshot, "ABC")
    with pytest.raises(ValidationError, match="agency_logo"):
        build_signoff_pdf(signoff_snapshot, "a" * 64, agency_logo=b"not an image")


# --- label catalogues and formatting (reports.i18n) ----------------------------------------


def placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}


def test_every_catalogue_has_the_same_keys_and_placeholders() -> None:
    english = labels("en")
    for lang in LANGUAGES:
        catalogue = labels(lang)
        assert set(catalogue) == set(english), lang
        for key, text in catalogue.items():
            assert text.strip(), (lang, key)
            assert placeholders(text) == placeholders(english[key]), (lang, key)
    assert labels("fr")["signoff.title"] != english["signoff.title"]  # really translated


@pytest.mark.parametrize(
    ("lang", "day", "amount"),
    [
        ("en", "March 5, 2026", "€12,345.50"),
        ("fr", "5 mars 2026", "12\u202f345,50\u00a0€"),
        ("es", "5 de marzo de 2026", "12.345,50\u00a0€"),
        ("zh-TW", "2026年3月5日", "€12,345.50"),
    ],
)
def test_dates_and_amounts_follow_the_language(lang: str, day: str, amount: str) -> None:
    assert format_date(date(2026, 3, 5), lang) == day
    assert format_amount(1234550, "EUR", lang) == amount


def test_yen_has_no_decimals() -> None:
    assert format_amount(1234550, "JPY", "en") == "¥1,234,550"


def test_unknown_language_is_refused() -> None:
    with pytest.raises(ValidationError, match="de"):
        labels("de")


def test_the_reviewer_and_role_are_joined_as_the_language_writes_them(
    signoff_snapshot: Snapshot,
    fingerprint_of: Callable[[Snapshot], str],
    pdf_pages: Callable[[bytes], list[str]],
) -> None:
    signoff_snapshot["round"]["reviewer"] = {"name": "陳冠宇", "role": "技術主管"}
    english = pdf_pages(build_signoff_pdf(signoff_snapshot, fingerprint_of(signoff_snapshot)))
    assert "陳冠宇, 技術主管" in english[0].splitlines()
    chinese = signoff_snapshot | {"language": "zh-TW"}
    pages = pdf_pages(build_signoff_pdf(chinese, fingerprint_of(chinese)))
    assert "陳冠宇（技術主管）" in pages[0].splitlines()
