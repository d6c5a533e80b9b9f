"""The engagement history as a readable PDF, streamed page by page.

A long engagement can hold 200,000 events, so this document is not built from flowables:
every page is drawn straight onto one ReportLab canvas (``showPage`` per page) while the
events are read from the database in batches. A change is never cut: it wraps onto as many
lines as it needs. The history is read once: the footers, the only part that needs the
number of pages ("page i of n"), are written when the last page is done, each as a small
second content stream of its page (:meth:`_PackedCanvas.add_footers`), so no page is held
back as text and no event is laid out twice.

Drawing thousands of rows through ReportLab's text objects costs about 0.1 ms per cell (its
pure-Python number and string formatting dominate), so rows are written as PDF text
operators by :class:`_Ink`, which caches each character's subset code and width. The text
still goes through the shipped TrueType fonts with the per-character fallback of
:mod:`reports.text`, so any script the app accepts is drawn and embedded.
"""

from __future__ import annotations

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
from core.queries import (
    EngagementDetail,
    EventRow,
    hash_at,
    history_count,
    history_names,
    iter_history,
)
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
CHANGE = 5
"""The column of the change, which wraps; the others hold one line."""
Placed = tuple[EventRow, list[str], bool]
"""An event on a page: its change's lines there, and whether they start it (an event taller
than a page goes on over the next)."""
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
        page.Contents = _packed(page.stream)
        page.stream = None

    def add_footers(self, footer: Footer) -> None:
        """Give every finished page its footer, now that the number of pages is known: the
        footer's operators become a second content stream of the page, drawn after the
        first (a page's content may be an array of streams, read as one)."""
        pages = self._doc.Pages.pages
        for number, page in enumerate(pages, start=1):
            self._code: list[str] = []
            draw_footer(self, footer, number, len(pages))
            streams = [page.Contents, _packed("\n".join(self._code) + "\n")]
            page.Contents = PDFArray([self._doc.Reference(stream) for stream in streams])
        self._code = []  # nothing left for save() to put on a page of its own


def _packed(code: str) -> PDFStream:
    """Page operators as a deflated content stream."""
    stream = PDFStream(content=zlib.compress(code.encode("utf-8"), 6))
    stream.dictionary["Filter"] = PDFArray([PDFName("FlateDecode")])
    return stream


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

    def wrap(self, text: str, width: float, *, size: float = FONT_SIZE) -> list[str]:
        """``text`` in lines no wider than ``width``, broken between changes ("; "),
        fields (", ") or words, never inside an amount or a date unless a single word is
        wider than the line (a fingerprint, Chinese text): then between characters."""
        face = self._faces[SANS]
        if not (text.isascii() and text.isprintable()):
            text = unicodedata.normalize("NFC", text)
        room = width / size
        if not face.fast.issuperset(text):
            for ch in dict.fromkeys(text):  # in order of appearance, as text() does
                self._glyphs(face, ch)
        if face.fast.issuperset(text):
            widths = list(map(face.widths.__getitem__, text))
        else:
            widths = [sum(glyph[2] for glyph in face.glyphs[ch]) for ch in text]
        if sum(widths) <= room:  # most changes fit on one line
            return [text]
        lines: list[str] = []
        start = 0
        while start < len(text):
            advances = list(accumulate(widths[start:]))
            if advances[-1] <= room:
                lines.append(text[start:])
                break
            fits = max(1, bisect_right(advances, room))
            kept = cut_at(text[start:], fits)
            lines.append(text[start : start + kept].rstrip())
            start += kept
            while start < len(text) and text[start] == " ":
                start += 1
        return lines or [""]

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
        names: dict[str, str] | None = None,
    ) -> None:
        self.canvas, self.layout, self.lang = canvas, layout, lang
        self.labels = i18n.labels(lang)
        self.words = EventText(lang, names, whole=True)  # every change in full, wrapped
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

    def change_lines(self, event: EventRow) -> list[str]:
        """The event's change, wrapped to its column (never cut)."""
        text = self.words.summary(event.before, event.after, self.currency)
        return self.ink.wrap(text, self.layout.columns[CHANGE][1])

    def rows(self, events: list[Placed]) -> list[str]:
        """The page's events, each as tall as its wrapped change, every other one shaded."""
        lay, ink = self.layout, self.ink
        full = lay.width - 2 * MARGIN_X
        ops = [f"{_rgb(ZEBRA_FILL)} rg"]
        line = 0
        for index, (_event, lines, _first) in enumerate(events):
            if index % 2:
                y = lay.first_row - (line + len(lines)) * ROW_HEIGHT
                ops.append(f"{MARGIN_X:.2f} {y:.2f} {full:.2f} {len(lines) * ROW_HEIGHT} re f")
            line += len(lines)
        ops += ["BT", f"{_rgb(INK)} rg"]
        line = 0
        for event, lines, first in events:
            y = lay.first_row - (line + 1) * ROW_HEIGHT + 3.2
            cells = (
                str(event.seq),
                i18n.format_when(event.at, self.lang) if first else "",
                event.actor if first else "",
                self.words.entity(event.entity) if first else "",
                self.words.action(event.action) if first else "",
                lines[0],
                event.hash[:SHORT_HASH] if first else "",
            )
            for text, (x, w, right) in zip(cells, lay.columns, strict=True):
                if text:
                    ops.append(ink.text(text, x, y, width=w, right=right))
            x, w, _ = lay.columns[CHANGE]
            for n, more in enumerate(lines[1:], start=2):
                ops.append(
                    ink.text(more, x, lay.first_row - (line + n) * ROW_HEIGHT + 3.2, width=w)
                )
            line += len(lines)
        ops.append("ET")
        return ops

    def page(self, events: list[Placed]) -> None:
        """Draw a page of events; its footer comes at the end (``add_footers``)."""
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
        names = history_names(session, detail.id)
    chosen: Paper = paper or ("Letter" if setting == "Letter" else "A4")
    lang = i18n.check_language(detail.language)
    labels = i18n.labels(lang)
    width, height = landscape(page_size(chosen))
    layout = _Layout(width, height)
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
        document = _HistoryDocument(canvas, layout, lang, heading, detail.currency, names)
        number, done = 0, 0
        batch: list[Placed] = []
        used = 0
        with db.reading() as session:
            for event in iter_history(session, detail.id):
                if done == total:
                    break
                done += 1
                if (
                    progress is not None
                    and done % PROGRESS_EVERY == 0
                    and not progress(done, total)
                ):
                    raise ExportCancelled("export cancelled; no file was written")
                lines, first = document.change_lines(event), True
                if used and used + len(lines) > layout.rows:
                    number += 1
                    document.page(batch)
                    batch, used = [], 0
                while len(lines) > layout.rows - used:  # taller than a page: goes on over
                    room = layout.rows - used
                    batch.append((event, lines[:room], first))
                    number += 1
                    document.page(batch)
                    batch, used, lines, first = [], 0, lines[room:], False
                batch.append((event, lines, first))
                used += len(lines)
        if batch or number == 0:
            document.page(batch)
        canvas.add_footers(footer)
        if progress is not None and not progress(total, total):
            raise ExportCancelled("export cancelled; no file was written")
        canvas.save()
