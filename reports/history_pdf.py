"""The engagement history as a readable PDF, streamed page by page.

A long engagement can hold 200,000 events, so this document is not built from flowables:
every page is drawn straight onto one ReportLab canvas (``showPage`` per page) while the
events are read from the database in batches. Rows have a fixed height and long values are
cut with '…', so the number of pages is known from the event count before the first page is
drawn and every footer can say "page i of n" in a single pass.

Drawing thousands of rows through ReportLab's text objects costs about 0.1 ms per cell (its
pure-Python number and string formatting dominate), so rows are written as PDF text
operators by :class:`_Ink`, which caches each character's subset code and width. The text
still goes through the shipped TrueType fonts with the per-character fallback of
:mod:`reports.text`, so any script the app accepts is drawn and embedded.
"""

from __future__ import annotations

import math
import unicodedata
import zlib
from bisect import bisect_right
from datetime import date
from itertools import accumulate
from pathlib import Path

from reportlab.lib.colors import Color
from reportlab.lib.pagesizes import landscape
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfdoc import PDFArray, PDFName, PDFStream
from reportlab.pdfgen.canvas import Canvas

from core.db import Database
from core.files import atomic_writer
from core.queries import EngagementDetail, EventRow, hash_at, history_count, iter_history
from reports import i18n
from reports.event_text import EventText
from reports.exports import ExportCancelled, Progress
from reports.styles import (
    ACCENT,
    HEADER_FILL,
    INK,
    MARGIN_BOTTOM,
    MARGIN_TOP,
    MARGIN_X,
    MUTED,
    ZEBRA_FILL,
    Footer,
    Paper,
    draw_footer,
    page_size,
    set_creation_date,
)
from reports.text import SANS, SANS_BOLD, coverage, font_runs, register_fonts

FONT_SIZE = 7.2
ROW_HEIGHT = 11.0
SHORT_HASH = 10
PROGRESS_EVERY = 500
HEADER_HEIGHT = 52.0
"""Title, subtitle and column headings above the first row of every page."""

# (catalogue key, width in points or 0 for "the rest", right-aligned)
COLUMNS: tuple[tuple[str, float, bool], ...] = (
    ("history.col_seq", 36, True),
    ("history.col_when", 92, False),
    ("history.col_who", 80, False),
    ("history.col_entity", 62, False),
    ("history.col_action", 86, False),
    ("history.col_change", 0, False),
    ("history.col_hash", 56, False),
)
_GAP = 6.0
_NARROWEST = 0.25
"""No glyph of the shipped fonts that a cell can hold is narrower than this (em)."""
_LITERAL = tuple(
    chr(b) if 32 <= b < 127 and chr(b) not in "()\\" else f"\\{b:03o}" for b in range(256)
)


def _rgb(colour: Color) -> str:
    return f"{colour.red:.3f} {colour.green:.3f} {colour.blue:.3f}"


class _PackedCanvas(Canvas):  # type: ignore[misc]  # ReportLab ships no type hints
    """A canvas that deflates each page's content as soon as the page is finished.

    ReportLab keeps every page's operators as text until ``save()``; for thousands of pages
    that is most of the memory, so the stream is compressed here instead (FlateDecode only:
    ReportLab's default ASCII85 step is slow in pure Python and makes files larger)."""

    def showPage(self) -> None:  # ReportLab's method name
        super().showPage()
        page = self._doc.Pages.pages[-1]
        code = page.stream
        if isinstance(code, str) and not page.Contents:
            packed = PDFStream(content=zlib.compress(code.encode("utf-8"), 6))
            packed.dictionary["Filter"] = PDFArray([PDFName("FlateDecode")])
            page.Contents = packed
            page.stream = None


Glyph = tuple[str, str, float]
"""(font subset name, literal code in a PDF string, advance width at size 1)."""


class _Face:
    """What :class:`_Ink` knows about drawing with one Latin font (regular or bold).

    ``fast`` holds the characters that draw as a single glyph of the font's first subset:
    a text made only of those is measured and encoded with C-level loops (``sum(map())``,
    ``str.translate``) instead of one Python step per character."""

    def __init__(self, latin: str) -> None:
        self.latin = latin
        self.glyphs: dict[str, tuple[Glyph, ...]] = {}
        self.main = ""
        self.fast: set[str] = set()
        self.widths: dict[str, float] = {}
        self.literals: dict[int, str] = {}


def cut_at(text: str, fits: int) -> int:
    """How much of ``text`` to keep before a '…' when only its first ``fits`` characters fit:
    up to the last field separator ("; " between changes, ", " between fields) or else the
    last space within them, so an amount, a date or a name is never shown half-cut ("€1,5…"
    would read as a smaller sum, and so would "€1,500…"). A break is taken only when it keeps
    at least half of what fits; text without one (a long word, Chinese) is cut at ``fits``."""
    if fits >= len(text):
        return fits
    head = text[:fits]
    field = max(head.rfind("; "), head.rfind(", "))
    if field >= fits // 2:
        return field + 2
    space = head.rfind(" ")
    return space + 1 if space >= fits // 2 else fits


class _Ink:
    """Single lines of text as raw PDF operators, with every character's code cached."""

    def __init__(self, canvas: Canvas) -> None:
        self._doc = canvas._doc  # the document whose font subsets the codes belong to
        self._faces = {SANS: _Face(SANS), SANS_BOLD: _Face(SANS_BOLD)}
        for face in self._faces.values():
            self._glyphs(face, "…")

    def _glyphs(self, face: _Face, ch: str) -> tuple[Glyph, ...]:
        """The glyph(s) that draw ``ch`` with the face's Latin font, via the fallback."""
        found = face.glyphs.get(ch)
        if found is not None:
            return found
        glyphs: list[Glyph] = []
        for font_name, run in font_runs(ch):
            for shown in run:
                font = font_name
                if font == SANS and (face.latin == SANS or ord(shown) in coverage(SANS_BOLD)):
                    font = face.latin
                pdf_font = pdfmetrics.getFont(font)
                ((subset, data),) = pdf_font.splitString(shown, self._doc)
                name = pdf_font.getSubsetInternalName(subset, self._doc)
                width = float(pdfmetrics.stringWidth(shown, font, 1.0))
                glyphs.append((name, _LITERAL[data[0]], width))
        found = face.glyphs[ch] = tuple(glyphs)
        if len(found) == 1 and found[0][0] == (face.main or found[0][0]):
            face.main = found[0][0]
            face.fast.add(ch)
            face.widths[ch] = found[0][2]
            face.literals[ord(ch)] = found[0][1]
        return found

    def text(
        self,
        text: str,
        x: float,
        y: float,
        *,
        size: float = FONT_SIZE,
        width: float | None = None,
        bold: bool = False,
        right: bool = False,
    ) -> str:
        """Operators drawing ``text`` at (x, y) inside a BT/ET block, cut with '…' to ``width``."""
        face = self._faces[SANS_BOLD if bold else SANS]
        if not (text.isascii() and text.isprintable()):
            text = unicodedata.normalize("NFC", text)
        cut = False
        if width is not None and len(text) > width / (size * _NARROWEST):
            text, cut = text[: int(width / (size * _NARROWEST)) + 1], True
        if not face.fast.issuperset(text):
            # In the order they appear: a character's code in its font subset is given when it
            # is first seen, so the order must not depend on string hashing (a set's order
            # changes with every run), or the same history would give different bytes.
            for ch in dict.fromkeys(text):
                self._glyphs(face, ch)
        if face.fast.issuperset(text):
            advances = list(accumulate(map(face.widths.__getitem__, text)))
            total = (advances[-1] if advances else 0.0) * size
            line = text
            if width is not None and (cut or total > width):
                ellipsis = face.widths["…"]
                kept = cut_at(text, bisect_right(advances, width / size - ellipsis))
                line = text[:kept] + "…"
                total = ((advances[kept - 1] if kept else 0.0) + ellipsis) * size
            body = f"{face.main} {size} Tf ({line.translate(face.literals)}) Tj"
        else:
            body, total = self._mixed(face, text, size, width, cut)
        if right and width is not None:
            x += width - total
        return f"1 0 0 1 {x:.2f} {y:.2f} Tm {body}"

    def _mixed(
        self, face: _Face, text: str, size: float, width: float | None, cut: bool
    ) -> tuple[str, float]:
        """Text spanning several subsets or fonts (CJK, symbols): one glyph at a time."""
        advances = list(accumulate(sum(g[2] for g in face.glyphs[ch]) for ch in text))
        total = (advances[-1] if advances else 0.0) * size
        if width is not None and (cut or total > width):
            ellipsis = face.glyphs["…"]
            kept = cut_at(text, bisect_right(advances, width / size - ellipsis[0][2]))
            text = text[:kept]
            total = ((advances[kept - 1] if kept else 0.0) + ellipsis[0][2]) * size
            glyphs = [*(glyph for ch in text for glyph in face.glyphs[ch]), *ellipsis]
        else:
            glyphs = [glyph for ch in text for glyph in face.glyphs[ch]]
        ops: list[str] = []
        current = ""
        chunk: list[str] = []
        for name, code, _ in glyphs:
            if name != current:
                if chunk:
                    ops.append(f"({''.join(chunk)}) Tj")
                    chunk = []
                ops.append(f"{name} {size} Tf")
                current = name
            chunk.append(code)
        if chunk:
            ops.append(f"({''.join(chunk)}) Tj")
        return " ".join(ops), total


class _Layout:
    """Where everything goes on a page of the given (landscape) size."""

    def __init__(self, width: float, height: float) -> None:
        self.width, self.height = width, height
        self.top = height - MARGIN_TOP
        self.first_row = self.top - HEADER_HEIGHT  # top edge of the first row
        self.rows = max(1, int((self.first_row - MARGIN_BOTTOM) // ROW_HEIGHT))
        fixed = sum(w for _, w, _ in COLUMNS) + _GAP * (len(COLUMNS) - 1)
        rest = width - 2 * MARGIN_X - fixed
        self.columns: list[tuple[float, float, bool]] = []
        x = MARGIN_X
        for _, w, right in COLUMNS:
            self.columns.append((x, w or rest, right))
            x += (w or rest) + _GAP


class _HistoryDocument:
    def __init__(
        self,
        canvas: Canvas,
        layout: _Layout,
        lang: str,
        heading: tuple[str, str],
        currency: str,
    ) -> None:
        self.canvas, self.layout, self.lang = canvas, layout, lang
        self.labels = i18n.labels(lang)
        self.words = EventText(lang)
        self.currency = currency
        self.ink = _Ink(canvas)
        self.title, self.subtitle = heading

    def page_top(self) -> list[str]:
        lay, ink, labels = self.layout, self.ink, self.labels
        band_top = lay.first_row + 15
        ops = [
            f"{_rgb(HEADER_FILL)} rg {MARGIN_X:.2f} {lay.first_row:.2f} "
            f"{lay.width - 2 * MARGIN_X:.2f} 15 re f",
            f"{_rgb(ACCENT)} RG 0.8 w {MARGIN_X:.2f} {lay.first_row:.2f} m "
            f"{lay.width - MARGIN_X:.2f} {lay.first_row:.2f} l S",
            "BT",
            f"{_rgb(ACCENT)} rg",
            ink.text(
                self.title,
                MARGIN_X,
                lay.top - 12,
                size=12,
                bold=True,
                width=lay.width - 2 * MARGIN_X,
            ),
            f"{_rgb(MUTED)} rg",
            ink.text(self.subtitle, MARGIN_X, lay.top - 26, size=8, width=lay.width - 2 * MARGIN_X),
            f"{_rgb(ACCENT)} rg",
        ]
        for (key, _, _), (x, w, right) in zip(COLUMNS, lay.columns, strict=True):
            ops.append(ink.text(labels[key], x, band_top - 10.5, width=w, bold=True, right=right))
        ops.append("ET")
        return ops

    def rows(self, events: list[EventRow]) -> list[str]:
        lay, ink = self.layout, self.ink
        ops = [f"{_rgb(ZEBRA_FILL)} rg"]
        for index in range(1, len(events), 2):
            y = lay.first_row - (index + 1) * ROW_HEIGHT
            ops.append(f"{MARGIN_X:.2f} {y:.2f} {lay.width - 2 * MARGIN_X:.2f} {ROW_HEIGHT} re f")
        ops += ["BT", f"{_rgb(INK)} rg"]
        for index, event in enumerate(events):
            y = lay.first_row - (index + 1) * ROW_HEIGHT + 3.2
            cells = (
                str(event.seq),
                i18n.format_when(event.at, self.lang),
                event.actor,
                self.words.entity(event.entity),
                self.words.action(event.action),
                self.words.summary(event.before, event.after, self.currency),
                event.hash[:SHORT_HASH],
            )
            for text, (x, w, right) in zip(cells, lay.columns, strict=True):
                ops.append(ink.text(text, x, y, width=w, right=right))
        ops.append("ET")
        return ops

    def page(self, events: list[EventRow], footer: Footer, number: int, pages: int) -> None:
        ops = ["q", *self.page_top(), *self.rows(events)]
        if not events:
            ops += [
                "BT",
                f"{_rgb(MUTED)} rg",
                self.ink.text(
                    self.labels["history.no_events"], MARGIN_X, self.layout.first_row - 16, size=9
                ),
                "ET",
            ]
        ops.append("Q")
        self.canvas.addLiteral("\n".join(ops))
        draw_footer(self.canvas, footer, number, pages)
        self.canvas.showPage()


def write_history_pdf(
    db: Database,
    detail: EngagementDetail,
    path: str | Path,
    progress: Progress | None = None,
    *,
    paper: Paper | None = None,
    created: date | None = None,
) -> None:
    """Write every event of the engagement's history to a PDF at ``path`` (atomically).

    ``progress(done, total)`` is called every few hundred events and at the end; when it
    returns False the export stops with :class:`ExportCancelled` and no file is written.
    The paper defaults to the agency settings' size, turned to landscape; ``created``, the
    PDF's creation date, to the day of the export."""
    from core.services.settings import agency_identity

    register_fonts()
    with db.reading() as session:
        total = history_count(session, detail.id)
        # The document shows exactly the first `total` events (events are only ever appended),
        # so an event recorded while the export runs cannot break "page i of n".
        head = hash_at(session, detail.id, total)
        setting = agency_identity(session)["paper"]
    chosen: Paper = paper or ("Letter" if setting == "Letter" else "A4")
    lang = i18n.check_language(detail.language)
    labels = i18n.labels(lang)
    width, height = landscape(page_size(chosen))
    layout = _Layout(width, height)
    pages = max(1, math.ceil(total / layout.rows))
    count = i18n.format_number(total, lang)
    heading = (
        f"{labels['history.title']} — {detail.code} · {detail.title}",
        " · ".join(
            (
                labels["label_value"].format(
                    label=labels["signoff.client"], value=detail.client_name
                ),
                labels["history.events"].format(count=count),
                labels["history.times_utc"],
            )
        ),
    )
    footer = Footer(
        document_id=detail.code,
        page_label=labels["signoff.page_of"],
        fingerprint_label=labels["history.last_hash"],
        fingerprint=(head or "")[:SHORT_HASH] or "—",
    )
    with atomic_writer(path, "wb") as handle:
        canvas = _PackedCanvas(
            handle,
            pagesize=(width, height),
            invariant=1,
            pageCompression=1,
            lang=lang,
            initialFontName=SANS,  # else every page would select (and refer to) Helvetica
        )
        set_creation_date(canvas, created or date.today())
        canvas.setTitle(heading[0])
        canvas.setSubject(f"{detail.code} history")
        canvas.setCreator("Scopekeeper")
        canvas.setProducer("Scopekeeper (ReportLab)")
        document = _HistoryDocument(canvas, layout, lang, heading, detail.currency)
        number, done, batch = 0, 0, []
        with db.reading() as session:
            for event in iter_history(session, detail.id):
                if done == total:
                    break
                batch.append(event)
                done += 1
                if (
                    progress is not None
                    and done % PROGRESS_EVERY == 0
                    and not progress(done, total)
                ):
                    raise ExportCancelled("export cancelled; no file was written")
                if len(batch) == layout.rows:
                    number += 1
                    document.page(batch, footer, number, pages)
                    batch = []
        if batch or number == 0:
            number += 1
            document.page(batch, footer, number, pages)
        if progress is not None and not progress(total, total):
            raise ExportCancelled("export cancelled; no file was written")
        canvas.save()
