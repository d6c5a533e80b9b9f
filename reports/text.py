"""User text to safe ReportLab markup, with per-character font fallback.

ReportLab paragraphs parse a small HTML-like markup, so a client name such as ``<b>ACME</b>`` or
``R&D`` must be escaped or it would be interpreted (or refused). :func:`markup` is the one way a
user string enters a paragraph: it escapes, turns line breaks into ``<br/>`` and wraps every
run of characters in the shipped font that can draw it.

Fonts (``reports/fonts/``, TrueType outlines, embedded as subsets in every PDF; their licences
are in ``reports/fonts/licences/``). Each character is drawn with the first of these that has
it, in this order:

* ``SK-Sans`` / ``SK-Sans-Bold``: DejaVu Sans, for Latin (accented and extended), Greek,
  Cyrillic and most symbols.
* ``SK-CJK``: Droid Sans Fallback, for Chinese (and the rest of CJK up to Extension A).
* ``SK-Hangul``: Nanum Square, for Korean. Hangul tries it *before* Droid Sans Fallback, which
  has three stray syllables (가, 힢, 힣) that would otherwise show in another design mid-word.
* ``SK-Han-Ext``: HanaMinB, for the CJK ideographs of plane 2 (Extensions B to F, as in the
  Taiwanese name character 𠀋 U+2000B). It is only ever consulted for characters of plane 2.
* ``SK-Symbols``: Symbola, for the symbols, dingbats and emoji the fonts above lack (drawn in
  black and white, like the rest of the page).

Only DejaVu has a bold face; bold text in the other scripts is drawn with their regular face.
The last three fonts are shipped xz-compressed and unpacked in memory the first time a
character needs one of them (HanaMinB, 30 MB, takes about 0.7 s), so documents without such
characters never pay for them.

What no font can draw: a character none of these fonts has (an emoji newer than Symbola such
as 🥰 U+1F970, an unassigned code point, a lone surrogate, a control character) becomes
:data:`MISSING_MARKER`, U+FFFD '�', drawn with DejaVu, so the reader sees that something is
missing instead of a silent blank; copying the text out of the PDF gives U+FFFD as well.
Private-use code points (U+E000–U+F8FF and planes 15–16) are treated the same way although
some fonts have glyphs there: their meaning is private, so any glyph would be a guess.
Invisible formatting characters that no font has are dropped, and the bidirectional
embedding/override/isolate controls are always dropped: ReportLab draws text in stored
(logical) order and those controls must not be able to make the page read differently from
what is stored. The narrow and figure no-break spaces become U+00A0, the only no-break space
ReportLab does not wrap at.

The fonts are registered as :class:`_Font`, which corrects the ToUnicode CMap ReportLab
writes for characters above U+FFFF, so that those the fonts draw (emoji such as U+1F600) are
copied out of the PDF as themselves.
"""

from __future__ import annotations

import io
import lzma
import unicodedata
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

FONT_DIR = Path(__file__).resolve().parent / "fonts"

SANS = "SK-Sans"
SANS_BOLD = "SK-Sans-Bold"
CJK = "SK-CJK"
HANGUL = "SK-Hangul"
HAN_EXT = "SK-Han-Ext"
SYMBOLS = "SK-Symbols"

MISSING_MARKER = "\ufffd"
"""Drawn in place of a character that no shipped font can draw."""

_FILES = {
    SANS: "DejaVuSans.ttf",
    SANS_BOLD: "DejaVuSans-Bold.ttf",
    CJK: "DroidSansFallbackFull.ttf",
}
_PACKED_FILES = {
    HANGUL: "NanumSquareR.ttf.xz",
    HAN_EXT: "HanaMinB.ttf.xz",
    SYMBOLS: "Symbola_hint.ttf.xz",
}
"""Fonts shipped xz-compressed (35 MB of TrueType in 14 MB), read and unpacked in memory only
when a character first needs one of them: HanaMinB alone takes about 0.7 s to unpack."""

_FALLBACK = (CJK, HANGUL, SYMBOLS)
"""Faces tried, in order, for a character of the BMP or plane 1 that DejaVu lacks."""
_HANGUL_FALLBACK = (HANGUL, CJK, SYMBOLS)
_PLANE_2_FALLBACK = (HAN_EXT,)
_HANGUL_RANGES = (
    (0x1100, 0x11FF),  # Jamo
    (0x3130, 0x318F),  # compatibility Jamo
    (0xA960, 0xA97F),  # Jamo extended A
    (0xAC00, 0xD7FF),  # syllables, Jamo extended B
    (0xFFA0, 0xFFDC),  # halfwidth forms
)
_BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
_ESCAPES = {"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;"}
# ReportLab wraps lines at U+202F and U+2007 although Unicode defines them as no-break spaces
# (Babel puts U+202F inside French amounts: '12 345,50 €'); U+00A0 is the one it respects.
_NO_BREAK = {0x202F: 0x00A0, 0x2007: 0x00A0}
_NEWLINES = ("\r\n", "\r", "\u2028", "\u2029", "\x85", "\x0b", "\x0c")


def to_unicode_cmap(font_name: str, subset: list[int]) -> str:
    """The ToUnicode CMap of a font subset: code ``i`` is the character ``subset[i]``.

    Like ReportLab's ``ttfonts.makeToUnicodeCMap``, except that a character above U+FFFF is
    written as the UTF-16BE surrogate pair the PDF format requires (``<D83DDE00>`` for
    U+1F600); ReportLab writes ``<1F600>``, which readers cannot decode, so copying such a
    character out of the PDF gave nothing or garbage.
    """

    def utf16(cp: int) -> str:
        return chr(cp).encode("utf-16-be").hex().upper()

    return "\n".join(
        [
            "/CIDInit /ProcSet findresource begin",
            "12 dict begin",
            "begincmap",
            "/CIDSystemInfo",
            f"<< /Registry ({font_name})",
            f"/Ordering ({font_name})",
            "/Supplement 0",
            ">> def",
            f"/CMapName /{font_name} def",
            "/CMapType 2 def",
            "1 begincodespacerange",
            f"<00> <{len(subset) - 1:02X}>",
            "endcodespacerange",
            f"{len(subset)} beginbfchar",
            *(f"<{code:02X}> <{utf16(cp)}>" for code, cp in enumerate(subset)),
            "endbfchar",
            "endcmap",
            "CMapName currentdict /CMap defineresource pop",
            "end",
            "end",
        ]
    )


class _Font(TTFont):  # type: ignore[misc]  # ReportLab ships no type hints
    """A TrueType font whose subsets copy out of the PDF as the characters they draw.

    ReportLab writes each subset's ToUnicode CMap when the document is saved
    (``addObjects``); a subset holding a character above U+FFFF (DejaVu draws a few hundred:
    emoji such as U+1F600, Gothic, musical and mathematical symbols) gets a CMap readers
    cannot decode. This class lets ReportLab write everything as usual, then replaces the
    CMap of just those subsets with :func:`to_unicode_cmap`; documents without such
    characters come out byte for byte as before.
    """

    def addObjects(self, doc: Any) -> None:  # ReportLab's method name
        state = self.state.get(doc)
        astral = [
            (self.getSubsetInternalName(n, doc)[1:], list(subset))
            for n, subset in enumerate(state.subsets if state is not None else ())
            if max(subset, default=0) > 0xFFFF
        ]
        super().addObjects(doc)
        fonts = doc.idToObject["BasicFonts"].dict
        for internal_name, subset in astral:
            pdf_font = fonts[internal_name]
            stream = doc.idToObject[pdf_font.ToUnicode.name]
            stream.content = to_unicode_cmap(pdf_font.BaseFont, subset)


@lru_cache(maxsize=1)
def register_fonts() -> tuple[str, ...]:
    """Register the shipped fonts with ReportLab (once per process) and return their names.

    Every registered name is also given a family mapping, so ``<b>`` inside a paragraph and
    ``<font face=...>`` inside a bold paragraph resolve to a font we ship. The packed fonts
    are registered later, by :func:`_register_packed`, when a character first needs them.
    """
    for name, file_name in _FILES.items():
        pdfmetrics.registerFont(_Font(name, str(FONT_DIR / file_name)))
    pdfmetrics.registerFontFamily(
        SANS, normal=SANS, bold=SANS_BOLD, italic=SANS, boldItalic=SANS_BOLD
    )
    addMapping(SANS_BOLD.lower(), 0, 0, SANS_BOLD)  # so ps2tt(SANS_BOLD) is known as well
    # Only DejaVu has a bold face: bold text in the other fonts uses their regular one.
    pdfmetrics.registerFontFamily(CJK, normal=CJK, bold=CJK, italic=CJK, boldItalic=CJK)
    return tuple(_FILES)


@cache
def _register_packed(name: str) -> str:
    """Unpack and register one of the packed fonts (once per process); returns its name."""
    register_fonts()
    with lzma.open(FONT_DIR / _PACKED_FILES[name]) as packed:
        font = _Font(name, io.BytesIO(packed.read()))
    pdfmetrics.registerFont(font)
    pdfmetrics.registerFontFamily(name, normal=name, bold=name, italic=name, boldItalic=name)
    return name


def _is_private_use(cp: int) -> bool:
    return 0xE000 <= cp <= 0xF8FF or cp >= 0xF0000


@lru_cache(maxsize=8)
def coverage(font_name: str) -> frozenset[int]:
    """Code points the named shipped font maps to a real glyph (from its cmap, cached);
    private-use code points are left out (see the module documentation)."""
    if font_name in _PACKED_FILES:
        _register_packed(font_name)
    else:
        register_fonts()
    font = pdfmetrics.getFont(font_name)
    char_to_glyph: dict[int, int] = font.face.charToGlyph
    return frozenset(
        cp
        for cp, glyph in char_to_glyph.items()
        if glyph != 0 and cp >= 0x20 and not _is_private_use(cp)
    )


def _fallback(cp: int) -> tuple[str, ...]:
    """The faces that may draw a character DejaVu lacks, in the order they are tried."""
    if cp >= 0x20000:  # of the fallback fonts, only HanaMinB has anything there
        return _PLANE_2_FALLBACK if cp < 0x30000 else ()
    if any(first <= cp <= last for first, last in _HANGUL_RANGES):
        return _HANGUL_FALLBACK
    return _FALLBACK


def _is_ignorable(ch: str) -> bool:
    """Invisible characters that can be dropped without the reader losing anything."""
    cp = ord(ch)
    return (
        unicodedata.category(ch) == "Cf"
        or 0xFE00 <= cp <= 0xFE0F
        or 0xE0100 <= cp <= 0xE01EF
        or 0x180B <= cp <= 0x180F
    )


_INHERIT = ""
"""Pseudo font of a run drawn with the paragraph's own font (DejaVu regular or bold)."""


def _font_for(ch: str) -> str | None:
    """The face that draws ``ch`` (``_INHERIT`` for the paragraph's font); None: drop it."""
    cp = ord(ch)
    if ch in _BIDI_CONTROLS:
        return None
    if cp in coverage(SANS):
        # A few rare symbols exist in DejaVu regular only: they are drawn regular in bold text.
        return _INHERIT if cp in coverage(SANS_BOLD) else SANS
    for face in _fallback(cp):
        if cp in coverage(face):
            return face
    if _is_ignorable(ch):
        return None
    return _INHERIT  # drawn as MISSING_MARKER, which both DejaVu faces have


def _clean(text: str) -> str:
    text = unicodedata.normalize("NFC", text).translate(_NO_BREAK)
    for newline in _NEWLINES:
        text = text.replace(newline, "\n")
    return text.replace("\t", " ")


def font_runs(text: str) -> list[tuple[str, str]]:
    """Split ``text`` into ``(font name, chunk)`` runs for drawing directly on a canvas.

    Line breaks become spaces; undrawable characters become :data:`MISSING_MARKER`. Chunks in
    DejaVu are reported as :data:`SANS`; draw them with the bold face when drawing bold.
    """
    return [(face or SANS, chunk) for face, chunk in _runs(_clean(text).replace("\n", " "))]


def _runs(text: str) -> list[tuple[str, str]]:
    """``(face, chunk)`` runs; face "\n" marks line breaks, ``_INHERIT`` the paragraph font."""
    runs: list[tuple[str, list[str]]] = []
    for ch in text:
        if ch == "\n":
            face, shown = "\n", ch
        else:
            maybe_face = _font_for(ch)
            if maybe_face is None:
                continue
            face = maybe_face
            shown = ch if ord(ch) in coverage(face or SANS) else MISSING_MARKER
        if runs and runs[-1][0] == face:
            runs[-1][1].append(shown)
        else:
            runs.append((face, [shown]))
    return [(face, "".join(chars)) for face, chars in runs]


def escape(text: str) -> str:
    """Escape the characters ReportLab markup gives a meaning to (no font handling)."""
    return "".join(_ESCAPES.get(ch, ch) for ch in text)


def markup(text: str) -> str:
    """Safe paragraph markup for a user string: nothing in it is ever read as a tag.

    Runs that DejaVu draws are left unwrapped so that they take the paragraph's own font (bold
    stays bold); other runs are wrapped in ``<font face="...">``. Line breaks become ``<br/>``.
    """
    parts: list[str] = []
    for font, chunk in _runs(_clean(text)):
        if font == "\n":
            parts.append("<br/>" * len(chunk))
        elif font == _INHERIT:
            parts.append(escape(chunk))
        else:
            parts.append(f'<font face="{font}">{escape(chunk)}</font>')
    return "".join(parts)


def string_width(text: str, font_name: str, size: float) -> float:
    """Width in points of ``text`` drawn with fallback, ``font_name`` being the Latin font."""
    return sum(
        float(pdfmetrics.stringWidth(chunk, font_name if font == SANS else font, size))
        for font, chunk in font_runs(text)
    )
