"""Styles, page sizes, page templates and the footer shared by every Scopekeeper PDF.

Builders only assemble flowables and call :func:`render`; how a document looks is decided here.

Fonts: every piece of text, paragraphs, table cells, footers and lines drawn straight on the
canvas, goes through the shipped TrueType fonts of :mod:`reports.text` (embedded as subsets,
with per-character fallback and a visible U+FFFD for what no font draws); ReportLab's
default Helvetica is never selected, so no PDF refers to a font it does not embed.

Reproducibility: documents are rendered with ReportLab's ``invariant`` mode, which fixes the
file identifier (``/ID``) and makes font subset names deterministic, so the same input always
gives the same bytes. Invariant mode would also write 2000-01-01 as the creation date; instead
every builder is given the document's real date (``created``: the day a sign-off is issued,
the day of an export) and :func:`set_creation_date` writes that day, without a time of day,
as both the creation and modification date. Same input and same day, same bytes.
"""

from __future__ import annotations

import io
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any, Literal

from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    FrameBreak,
    Image,
    LongTable,
    PageTemplate,
    Paragraph,
    Table,
    TableStyle,
)

from core.errors import ValidationError
from reports.text import SANS, SANS_BOLD, font_runs, register_fonts, string_width

Paper = Literal["A4", "Letter"]
PAGE_SIZES: dict[str, tuple[float, float]] = {"A4": A4, "Letter": LETTER}

MARGIN_X = 18 * mm
MARGIN_TOP = 16 * mm
MARGIN_BOTTOM = 20 * mm  # leaves room for the footer
FOOTER_Y = 10 * mm

INK = colors.HexColor("#1f2933")
MUTED = colors.HexColor("#616e7c")
RULE = colors.HexColor("#cbd2d9")
ACCENT = colors.HexColor("#1f3a5f")
HEADER_FILL = colors.HexColor("#e8edf3")
ZEBRA_FILL = colors.HexColor("#f7f9fb")
MET = colors.HexColor("#1e7a46")
NOT_MET = colors.HexColor("#b42318")
WAIVED = colors.HexColor("#9a6700")


TABLE_FONT: tuple[tuple[Any, ...], ...] = (("FONTNAME", (0, 0), (-1, -1), SANS),)
"""Table style command every table needs: ReportLab's default cell font is Helvetica, and a
table selects it for each cell even when the cell holds a paragraph in another font."""


def page_size(paper: Paper) -> tuple[float, float]:
    """Width and height in points of the paper size."""
    try:
        return PAGE_SIZES[paper]
    except KeyError:
        raise ValueError(f"unknown paper size {paper!r}; use 'A4' or 'Letter'") from None


def content_width(paper: Paper) -> float:
    """Width in points available to flowables between the side margins."""
    return float(page_size(paper)[0] - 2 * MARGIN_X)


@dataclass(frozen=True, slots=True)
class Styles:
    """Paragraph styles of a document; all use the shipped TrueType fonts."""

    title: ParagraphStyle
    subtitle: ParagraphStyle
    heading: ParagraphStyle
    body: ParagraphStyle
    small: ParagraphStyle
    label: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    header_cell: ParagraphStyle
    header_cell_right: ParagraphStyle
    cell_right: ParagraphStyle
    cell_right_bold: ParagraphStyle


def make_styles(lang: str) -> Styles:
    """Styles for a document written in ``lang``; Chinese text may break between any characters."""
    register_fonts()
    wrap = "CJK" if lang.startswith("zh") else None

    def style(name: str, **kw: Any) -> ParagraphStyle:
        base: dict[str, Any] = {
            "fontName": SANS,
            "fontSize": 9.5,
            "leading": 13,
            "textColor": INK,
            "alignment": TA_LEFT,
            "splitLongWords": 1,
        }
        if wrap:
            base["wordWrap"] = wrap
        base.update(kw)
        return ParagraphStyle(name, **base)

    return Styles(
        title=style("title", fontName=SANS_BOLD, fontSize=17, leading=21, textColor=ACCENT),
        subtitle=style("subtitle", fontSize=10.5, leading=14, textColor=MUTED, spaceAfter=8),
        heading=style(
            "heading",
            fontName=SANS_BOLD,
            fontSize=11.5,
            leading=15,
            textColor=ACCENT,
            spaceBefore=12,
            spaceAfter=5,
        ),
        body=style("body", spaceAfter=4),
        small=style("small", fontSize=7.5, leading=10, textColor=MUTED),
        label=style("label", fontSize=8, leading=11, textColor=MUTED),
        cell=style("cell", fontSize=8.5, leading=11),
        cell_bold=style("cell_bold", fontName=SANS_BOLD, fontSize=8.5, leading=11),
        header_cell=style(
            "header_cell", fontName=SANS_BOLD, fontSize=8, leading=10, textColor=ACCENT
        ),
        header_cell_right=style(
            "header_cell_right",
            fontName=SANS_BOLD,
            fontSize=8,
            leading=10,
            textColor=ACCENT,
            alignment=TA_RIGHT,
        ),
        cell_right=style("cell_right", fontSize=8.5, leading=11, alignment=TA_RIGHT),
        cell_right_bold=style(
            "cell_right_bold", fontName=SANS_BOLD, fontSize=8.5, leading=11, alignment=TA_RIGHT
        ),
    )


def data_table_style(header_rows: int = 1, zebra: bool = True, rows: int = 0) -> TableStyle:
    """Look of a data table: shaded header row(s), thin horizontal rules, optional zebra rows."""
    commands: list[tuple[Any, ...]] = [
        *TABLE_FONT,
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
    ]
    if header_rows:
        commands += [
            ("BACKGROUND", (0, 0), (-1, header_rows - 1), HEADER_FILL),
            ("LINEBELOW", (0, header_rows - 1), (-1, header_rows - 1), 0.8, ACCENT),
        ]
    if zebra:
        for row in range(header_rows + 1, rows, 2):
            commands.append(("BACKGROUND", (0, row), (-1, row), ZEBRA_FILL))
    return TableStyle(commands)


ROW_SPLIT_MIN = 36.0
"""A row is split across pages only if at least this much of it (points) stays on the page."""
ROW_SPLIT_GAP = 120.0
"""Rows are kept whole unless keeping the next one whole would leave more than this many
points of the page empty; then that row is split and the page filled."""


class DataTable(LongTable):  # type: ignore[misc]  # ReportLab ships no type hints
    """A table whose header row is repeated at the top of every page it continues on, and only
    there.

    ReportLab splits a table into the part that fits and the rest, and the rest carries the
    repeated header. With splitting inside rows allowed (``splitInRow``), that rest is tried
    again in whatever space the first part left on the same page, and ReportLab splits it
    there too: the header then appeared in the middle of a page, between two rows. Here every
    split puts a frame break between the two parts, so the rest (and its header) always starts
    at the top of the next page. To keep that from wasting the page, a row is split inside
    when keeping it whole would leave more than ``ROW_SPLIT_GAP`` points empty.
    """

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        parts: list[Flowable] = super().split(availWidth, availHeight)  # whole rows first
        if len(parts) != 2:
            return parts
        used = parts[0].wrap(availWidth, availHeight)[1]
        if self.splitInRow and availHeight - used > ROW_SPLIT_GAP:
            parts = self._split_inside_row(availWidth, availHeight) or parts
        return [parts[0], FrameBreak(), parts[1]]

    def _split_inside_row(self, avail_width: float, avail_height: float) -> list[Flowable]:
        """ReportLab's split that tries to split inside the row crossing the page end first."""
        self.splitByRow = 0
        try:
            parts: list[Flowable] = super().split(avail_width, avail_height)
        finally:
            self.splitByRow = 1
        for part in parts:
            part.splitByRow = 1  # the parts inherit the flag; later splits start over
        return parts if len(parts) == 2 else []


def data_table(
    header: Sequence[str],
    rows: Sequence[Sequence[Flowable | list[Flowable]]],
    col_widths: Sequence[float],
    styles: Styles,
    *,
    right: Collection[int] = (),
    split_rows: bool = True,
) -> DataTable:
    """A table of records with a header row repeated at the top of every page it spans.

    ``header`` holds markup; the headings of the ``right`` columns (numbers) are aligned right,
    like their cells. A row that does not fit the rest of a page is split inside the row when
    moving it whole would leave much of the page empty (and always if taller than a page);
    with ``split_rows`` False, rows are only ever moved whole.
    """
    heads = [
        Paragraph(h, styles.header_cell_right if n in right else styles.header_cell)
        for n, h in enumerate(header)
    ]
    data: list[Sequence[Any]] = [heads, *rows]
    table = DataTable(
        data,
        colWidths=list(col_widths),
        repeatRows=1,
        splitInRow=ROW_SPLIT_MIN if split_rows else 0,
    )
    table.setStyle(data_table_style(rows=len(data)))
    return table


def key_value_table(
    rows: Sequence[tuple[str, str]], styles: Styles, width: float, label_width: float
) -> Table:
    """Two columns, muted labels on the left and values on the right (both markup)."""
    data = [[Paragraph(k, styles.label), Paragraph(v, styles.body)] for k, v in rows]
    table = Table(data, colWidths=[label_width, width - label_width], hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                *TABLE_FONT,
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 6),
                ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
            ]
        )
    )
    return table


def masthead(
    left: Sequence[Flowable], right: Sequence[Flowable], width: float, side: float
) -> Table:
    """The top of a one-off document: title block on the left, who and when on the right
    (``side`` points wide), both flush with the margins."""
    table = Table([[list(left), list(right)]], colWidths=[width - side, side])
    table.setStyle(
        TableStyle(
            [
                *TABLE_FONT,
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (0, 0), 12),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return table


def qr_code(value: str, size: float) -> Drawing:
    """A square QR code of ``value``, ``size`` points wide, quiet zone included."""
    widget = QrCodeWidget(value, barLevel="M")
    x1, y1, x2, y2 = widget.getBounds()
    drawing = Drawing(size, size, transform=[size / (x2 - x1), 0, 0, size / (y2 - y1), 0, 0])
    drawing.initialFontName = SANS  # else ReportLab's renderer would select Helvetica
    drawing.add(widget)
    return drawing


def logo(data: bytes, max_width: float, max_height: float) -> Image:
    """An image scaled to fit the box with its proportions kept; refuses unreadable data."""
    try:
        reader = ImageReader(io.BytesIO(data))
        pixel_width, pixel_height = reader.getSize()
    except Exception as error:  # ReportLab/Pillow raise many types for bad image data
        raise ValidationError(
            "agency_logo", "is not an image that can be read; use a PNG or JPEG file"
        ) from error
    if pixel_width <= 0 or pixel_height <= 0:
        raise ValidationError("agency_logo", "is an empty image")
    scale = min(max_width / pixel_width, max_height / pixel_height)
    image = Image(io.BytesIO(data), width=pixel_width * scale, height=pixel_height * scale)
    image.hAlign = "LEFT"
    return image


class ReservedBox(Flowable):  # type: ignore[misc]  # ReportLab ships no type hints
    """An empty dashed rectangle kept free for something added later (a signature field).

    After the document is built, ``placed`` holds ``(page index, x1, y1, x2, y2)`` in PDF
    points with the origin at the bottom-left of the page.
    """

    def __init__(self, width: float, height: float) -> None:
        super().__init__()
        self.width = width
        self.height = height
        self.placed: tuple[int, float, float, float, float] | None = None

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        canvas.saveState()
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.8)
        canvas.setDash(3, 2)
        canvas.roundRect(0, 0, self.width, self.height, 3, stroke=1, fill=0)
        canvas.restoreState()
        x1, y1 = canvas.absolutePosition(0, 0)
        x2, y2 = canvas.absolutePosition(self.width, self.height)
        page = canvas.getPageNumber() - 1
        self.placed = (page, round(x1, 2), round(y1, 2), round(x2, 2), round(y2, 2))


@dataclass(frozen=True, slots=True)
class Footer:
    """What every page shows at the bottom.

    ``page_label`` is a catalogue string with ``{page}`` and ``{pages}`` placeholders.
    """

    document_id: str
    page_label: str
    fingerprint_label: str
    fingerprint: str  # already shortened for display


def draw_line(
    canvas: Canvas, x: float, y: float, text: str, size: float, *, bold: bool = False
) -> None:
    """Draw one line of text straight on a canvas, with the shipped fonts' fallback (Chinese,
    symbols), as one text object so that it is copied out as one line."""
    line = canvas.beginText(x, y)
    for font, chunk in font_runs(text):
        line.setFont(SANS_BOLD if bold and font == SANS else font, size)
        line.textOut(chunk)
    canvas.drawText(line)


def draw_footer(canvas: Canvas, footer: Footer, page: int, pages: int) -> None:
    """The footer of page ``page`` of ``pages``: document id, page i/n and fingerprint."""
    width, _ = canvas._pagesize
    size = 7.5
    canvas.saveState()
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.5)
    canvas.line(MARGIN_X, FOOTER_Y + 10, width - MARGIN_X, FOOTER_Y + 10)
    canvas.setFillColor(MUTED)
    centre = footer.page_label.format(page=page, pages=pages)
    right = f"{footer.fingerprint_label} {footer.fingerprint}"
    draw_line(canvas, MARGIN_X, FOOTER_Y, footer.document_id, size)
    draw_line(canvas, (width - string_width(centre, SANS, size)) / 2, FOOTER_Y, centre, size)
    draw_line(canvas, width - MARGIN_X - string_width(right, SANS, size), FOOTER_Y, right, size)
    canvas.restoreState()


def set_creation_date(canvas: Canvas, created: date) -> None:
    """Write ``created`` as the creation and modification date of the canvas's document.

    The PDF date holds the day only (``D:20260305``, which the PDF format allows): the
    documents are dated by the day, and a time of day would make the same document differ
    from one export to the next. The day also goes into the seed of the file identifier."""
    stamp = f"D:{created.year:04d}{created.month:02d}{created.day:02d}"
    canvas.setDateFormatter(lambda *_: stamp)
    canvas._doc.updateSignature(stamp)


def _footer_canvas(footer: Footer, created: date) -> type[Canvas]:
    """A canvas class that holds pages back until the end, so each footer knows the total,
    and that dates the document ``created``."""

    class FooterCanvas(Canvas):  # type: ignore[misc]
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._held_pages: list[dict[str, Any]] = []
            set_creation_date(self, created)

        def showPage(self) -> None:  # ReportLab's method name
            self._held_pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._held_pages)
            for number, state in enumerate(self._held_pages, start=1):
                self.__dict__.update(state)
                draw_footer(self, footer, number, total)
                Canvas.showPage(self)
            Canvas.save(self)

    return FooterCanvas


HEADING_FOLLOW = 60.0
"""A section heading starts a new page unless this much (points) of its section fits below
it: a line or two under it, or a table's header and the start of its first row."""


def _headings_kept_with_their_section(
    flowables: Sequence[Flowable], width: float
) -> list[Flowable]:
    """``flowables`` with a conditional page break before every heading, so that a heading
    never ends a page with its section starting on the next one."""
    kept: list[Flowable] = []
    for flowable in flowables:
        style = getattr(flowable, "style", None)
        if isinstance(flowable, Paragraph) and getattr(style, "name", "") == "heading":
            height = flowable.wrap(width, 1_000_000)[1] + flowable.getSpaceBefore()
            kept.append(CondPageBreak(height + flowable.getSpaceAfter() + HEADING_FOLLOW))
        kept.append(flowable)
    return kept


def render(
    flowables: Sequence[Flowable],
    *,
    paper: Paper,
    footer: Footer,
    lang: str,
    title: str,
    created: date,
    subject: str = "",
    keywords: str = "",
    author: str = "",
) -> bytes:
    """Lay ``flowables`` out on ``paper`` with the footer on every page; return the PDF bytes.

    ``title``, ``subject``, ``keywords`` and ``author`` go to the PDF information dictionary,
    with ``created`` as its creation date (see the module documentation).
    """
    register_fonts()
    width, height = page_size(paper)
    buffer = io.BytesIO()
    doc = BaseDocTemplate(
        buffer,
        pagesize=(width, height),
        leftMargin=MARGIN_X,
        rightMargin=MARGIN_X,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title=title,
        subject=subject,
        keywords=keywords,
        author=author,
        creator="Scopekeeper",
        producer="Scopekeeper (ReportLab)",
        invariant=1,
        pageCompression=1,
        initialFontName=SANS,
        lang=lang,
    )
    frame = Frame(
        MARGIN_X,
        MARGIN_BOTTOM,
        width - 2 * MARGIN_X,
        height - MARGIN_TOP - MARGIN_BOTTOM,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        id="body",
    )
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    story = _headings_kept_with_their_section(flowables, width - 2 * MARGIN_X)
    doc.build(story, canvasmaker=_footer_canvas(footer, created))
    return buffer.getvalue()
