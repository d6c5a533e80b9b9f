"""User text reaches PDFs exactly as typed: escaped, never read as markup, in a font that has it."""

from __future__ import annotations

import io
import unicodedata
from datetime import date

import pytest
from pypdf import PdfReader
from reportlab.pdfbase.ttfonts import makeToUnicodeCMap
from reportlab.platypus import Paragraph, Table

from reports.styles import Footer, make_styles, render
from reports.text import (
    CJK,
    HAN_EXT,
    HANGUL,
    MISSING_MARKER,
    SANS,
    SYMBOLS,
    coverage,
    font_runs,
    markup,
    to_unicode_cmap,
)

FOOTER = Footer("DOC-1", "Page {page} of {pages}", "Fingerprint", "0123456789ab")
CREATED = date(2026, 3, 5)


def render_lines(texts: list[str], bold: bool = False) -> bytes:
    styles = make_styles("en")
    style = styles.cell_bold if bold else styles.body
    flowables = [Paragraph(markup(text), style) for text in texts]
    return render(flowables, paper="A4", footer=FOOTER, lang="en", title="test", created=CREATED)


def first_page_lines(data: bytes) -> list[str]:
    return PdfReader(io.BytesIO(data)).pages[0].extract_text().splitlines()


# (typed, what the reader must see)
CASES = [
    ("<", "<"),
    ("R&D & co", "R&D & co"),
    ("<b>x</b>", "<b>x</b>"),
    ("<font color=red>", "<font color=red>"),
    ('<img src="/etc/hosts"/>', '<img src="/etc/hosts"/>'),
    ("&amp; &lt; &#60;", "&amp; &lt; &#60;"),
    ('"quoted" it\'s', '"quoted" it\'s'),
    ("驗收標準", "驗收標準"),
    ("Reçu — délai été", "Reçu — délai été"),
    ("Año señal ¿qué?", "Año señal ¿qué?"),
    ("Reçu 驗收標準 ok", "Reçu 驗收標準 ok"),
    ("Ελληνικά Кириллица", "Ελληνικά Кириллица"),
    ("✅🚀", "✅🚀"),  # Symbola draws them, in black and white
    ("한국어 𠀋𡈽", "한국어 𠀋𡈽"),
    ("🥰\ue000", MISSING_MARKER * 2),  # newer than the fonts; private use
    ("a\u200bb\u200dc\u2060d", "a\u200bb\u200dc\u2060d"),
    ("abc\u202edef\u202c ghi", "abcdef ghi"),
    ("x\x00y", f"x{MISSING_MARKER}y"),
]


@pytest.mark.parametrize("bold", [False, True])
def test_extracted_text_equals_what_was_typed(bold: bool) -> None:
    lines = first_page_lines(render_lines([typed for typed, _ in CASES], bold=bold))
    assert lines[: len(CASES)] == [shown for _, shown in CASES]


def test_markup_looking_text_is_never_interpreted() -> None:
    data = render_lines(['<img src="/etc/hosts"/> <link href="http://x">y</link> <b>z</b>'])
    page = PdfReader(io.BytesIO(data)).pages[0]
    assert "/XObject" not in page["/Resources"]  # no image was loaded
    assert "/Annots" not in page  # no link was made
    assert page.extract_text().splitlines()[0] == (
        '<img src="/etc/hosts"/> <link href="http://x">y</link> <b>z</b>'
    )


def test_markup_escapes_and_keeps_line_breaks() -> None:
    assert markup("a<b>&\"'") == "a&lt;b&gt;&amp;&quot;&#39;"
    assert markup("one\ntwo\r\nthree") == "one<br/>two<br/>three"
    lines = first_page_lines(render_lines(["first line\nsecond line"]))
    assert lines[:2] == ["first line", "second line"]


def test_chinese_runs_use_the_cjk_font_and_latin_keeps_the_paragraph_font() -> None:
    assert markup("Reçu 驗收") == f'Reçu <font face="{CJK}">驗收</font>'
    assert font_runs("Reçu 驗收") == [(SANS, "Reçu "), (CJK, "驗收")]


def test_characters_no_font_has_become_a_visible_marker() -> None:
    smiling = "\U0001f970"  # 🥰, Unicode 11, newer than every shipped font
    assert all(ord(smiling) not in coverage(f) for f in (SANS, CJK, HANGUL, HAN_EXT, SYMBOLS))
    assert markup(f"go {smiling}!") == f"go {MISSING_MARKER}!"
    assert ord(MISSING_MARKER) in coverage(SANS)
    # A broken surrogate from a bad paste does not break rendering either.
    assert markup("a\ud800b") == f"a{MISSING_MARKER}b"
    render_lines(["a\ud800b", "\U0001f468\u200d\U0001f469\u200d\U0001f467"])


def test_text_is_normalised_to_nfc() -> None:
    decomposed = "e\u0301te\u0301"  # 'été' typed with combining accents
    assert markup(decomposed) == "\u00e9t\u00e9"


def test_long_unbroken_text_wraps_inside_the_page_without_losing_characters() -> None:
    word = "x" * 600
    cjk = "驗收標準" * 150
    lines = first_page_lines(render_lines([word, cjk]))[:-1]  # the last line is the footer
    joined = "".join(lines)
    assert joined == word + cjk
    assert len(lines) > 10
    # 'x' is ~5.6 pt wide at 9.5 pt and the text is 493 pt wide: ~88 fit on a line.
    assert max(len(line) for line in lines) < 100


def test_amounts_with_no_break_spaces_are_never_split_across_lines() -> None:
    amount = "12\u202f345,50\u00a0€"  # as Babel writes it in French
    styles = make_styles("fr")
    cell = Paragraph(markup(" ".join([f"Montant {amount}"] * 12)), styles.body)
    table = Table([[cell]], colWidths=[90])
    data = render([table], paper="A4", footer=FOOTER, lang="fr", title="test", created=CREATED)
    lines = first_page_lines(data)[:-1]
    assert len(lines) >= 12
    for line in lines:
        assert line.count("345,50") == line.count("€") == line.count("12"), line


def test_the_to_unicode_cmap_writes_characters_above_u_ffff_as_surrogate_pairs() -> None:
    bmp = [0, *range(32, 127), 0xE9, 0x9A57]
    assert to_unicode_cmap("AAAAAA+DejaVuSans", bmp) == makeToUnicodeCMap("AAAAAA+DejaVuSans", bmp)
    cmap = to_unicode_cmap("AAAAAA+DejaVuSans", [0, 0x41, 0x1F600, 0x10300]).splitlines()
    assert "<00> <03>" in cmap  # the code space: one byte per glyph
    start = cmap.index("4 beginbfchar")
    assert cmap[start + 1 : start + 6] == [
        "<00> <0000>",
        "<01> <0041>",
        "<02> <D83DDE00>",  # U+1F600 as UTF-16BE
        "<03> <D800DF00>",  # U+10300
        "endbfchar",
    ]


def test_every_character_a_shipped_font_draws_above_u_ffff_is_copied_out() -> None:
    drawn = coverage(SANS) | coverage(CJK) | coverage(HANGUL) | coverage(SYMBOLS)
    sample = set(sorted(coverage(HAN_EXT))[::97])  # HanaMinB has 60,000: one in 97 of them
    astral = sorted(chr(cp) for cp in drawn | sample if cp > 0xFFFF)
    assert len(astral) > 3000
    lines = [" ".join(astral[i : i + 40]) for i in range(0, len(astral), 40)]
    text = PdfReader(io.BytesIO(render_lines(lines))).pages
    copied = "".join("".join(page.extract_text().splitlines()[:-1]) for page in text)
    # A few musical symbols (U+1D15E...) have a canonical decomposition: like every text, they
    # are drawn (and copied out) in NFC.
    assert copied.replace(" ", "") == "".join(unicodedata.normalize("NFC", ch) for ch in astral)
