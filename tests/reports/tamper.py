"""Ways to alter an issued sign-off that leave our bytes in place: incremental updates written
with pypdf (a library nobody here wrote), the way an editing tool or a man in the middle would.

Every function takes the PDF as it stands and returns it followed by one more revision. Where
the amount is, is read with poppler's ``pdftotext -bbox``, so the overlays really cover it.
"""

from __future__ import annotations

import re
import subprocess
import tempfile
from dataclasses import dataclass
from io import BytesIO
from pathlib import Path

from pypdf import PdfReader, PdfWriter
from pypdf.annotations import FreeText, Text
from pypdf.generic import (
    ArrayObject,
    DecodedStreamObject,
    DictionaryObject,
    FloatObject,
    NameObject,
    NumberObject,
    TextStringObject,
)
from reportlab.pdfgen import canvas

FAKE_AMOUNT = "€1,200.00"


@dataclass(frozen=True)
class Place:
    """Where a word is printed: page index from 0 and its box in PDF points (origin bottom-left)."""

    page: int
    left: float
    bottom: float
    right: float
    top: float

    def grown(self, by: float) -> tuple[float, float, float, float]:
        return (self.left - by, self.bottom - by, self.right + by, self.top + by)


def find_word(pdf: bytes, word: str) -> Place:
    """The first place poppler finds ``word`` in ``pdf``."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "doc.pdf"
        path.write_bytes(pdf)
        html = subprocess.run(
            ["pdftotext", "-bbox", str(path), "-"],
            capture_output=True,
            text=True,
            check=True,
            timeout=60,
        ).stdout
    page = -1
    height = 0.0
    for line in html.splitlines():
        if found := re.search(r'<page width="[\d.]+" height="([\d.]+)"', line):
            page += 1
            height = float(found.group(1))
            continue
        found = re.search(
            r'xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<', line
        )
        if found and found.group(5) == word:
            x1, y1, x2, y2 = (float(found.group(i)) for i in range(1, 5))
            return Place(page, x1, height - y2, x2, height - y1)
    raise AssertionError(f"{word!r} is not printed in the PDF")


def _write(writer: PdfWriter, original: bytes) -> bytes:
    out = BytesIO()
    writer.write(out)
    data = out.getvalue()
    assert data.startswith(original), "pypdf must write an incremental update"
    return data


def _incremental(pdf: bytes) -> PdfWriter:
    return PdfWriter(BytesIO(pdf), incremental=True)


def _overlay_page(width: float, height: float, place: Place, text: str) -> bytes:
    buf = BytesIO()
    c = canvas.Canvas(buf, pagesize=(width, height), invariant=1)
    c.setFillColorRGB(1, 1, 1)
    c.rect(
        place.left - 2,
        place.bottom - 2,
        place.right - place.left + 60,
        place.top - place.bottom + 4,
        stroke=0,
        fill=1,
    )
    c.setFillColorRGB(0, 0, 0)
    c.setFont("Helvetica", 9)
    c.drawString(place.left, place.bottom + 1, text)
    c.showPage()
    c.save()
    return buf.getvalue()


def overlay_amount(pdf: bytes, amount: str, text: str = FAKE_AMOUNT) -> bytes:
    """Draw a white box and another amount over ``amount`` (the page's content is merged)."""
    place = find_word(pdf, amount)
    writer = _incremental(pdf)
    page = writer.pages[place.page]
    box = page.mediabox
    overlay = PdfReader(BytesIO(_overlay_page(float(box.width), float(box.height), place, text)))
    page.merge_page(overlay.pages[0])
    return _write(writer, pdf)


def append_content_stream(pdf: bytes, amount: str) -> bytes:
    """Add a second content stream to the amount's page that paints over the amount."""
    place = find_word(pdf, amount)
    writer = _incremental(pdf)
    page = writer.pages[place.page]
    stream = DecodedStreamObject()
    w, h = place.right - place.left + 4, place.top - place.bottom + 4
    stream.set_data(f"q 1 1 1 rg {place.left - 2} {place.bottom - 2} {w} {h} re f Q".encode())
    ref = writer._add_object(stream)
    contents = page.raw_get("/Contents")
    page[NameObject("/Contents")] = ArrayObject([contents, ref])
    return _write(writer, pdf)


def rewrite_content_stream(pdf: bytes, amount: str) -> bytes:
    """Write the amount page's own content stream again (same object number), with a white
    box painted over the amount at its end."""
    place = find_word(pdf, amount)
    writer = _incremental(pdf)
    page = writer.pages[place.page]
    contents = page.raw_get("/Contents")
    ref = contents[-1] if isinstance(contents, ArrayObject) else contents
    w, h = place.right - place.left + 4, place.top - place.bottom + 4
    patch = f"\nq 1 1 1 rg {place.left - 2} {place.bottom - 2} {w} {h} re f Q\n".encode()
    stream = DecodedStreamObject()
    stream.set_data(ref.get_object().get_data() + patch)
    writer._replace_object(ref, stream)
    return _write(writer, pdf)


def free_text_over_amount(pdf: bytes, amount: str, text: str = FAKE_AMOUNT) -> bytes:
    place = find_word(pdf, amount)
    writer = _incremental(pdf)
    note = FreeText(text=text, rect=place.grown(3), background_color="ffffff", font_size="9pt")
    writer.add_annotation(place.page, note)
    return _write(writer, pdf)


def sticky_note(
    pdf: bytes, page: int = 0, text: str = "Accepted subject to fixing the footer"
) -> bytes:
    writer = _incremental(pdf)
    writer.add_annotation(page, Text(rect=(500, 780, 520, 800), text=text, open=False))
    return _write(writer, pdf)


def extra_page(pdf: bytes) -> bytes:
    writer = _incremental(pdf)
    writer.add_blank_page()
    return _write(writer, pdf)


def text_field_over_amount(pdf: bytes, amount: str, text: str = FAKE_AMOUNT) -> bytes:
    """A new text form field, filled in and drawn over the amount."""
    place = find_word(pdf, amount)
    writer = _incremental(pdf)
    page = writer.pages[place.page]
    x1, y1, x2, y2 = place.grown(2)
    look = DecodedStreamObject()
    look.set_data(
        f"1 1 1 rg 0 0 {x2 - x1} {y2 - y1} re f BT 0 g /Helv 9 Tf 2 3 Td ({text}) Tj ET".encode(
            "latin-1", "replace"
        )
    )
    helvetica = DictionaryObject(
        {
            NameObject("/Type"): NameObject("/Font"),
            NameObject("/Subtype"): NameObject("/Type1"),
            NameObject("/BaseFont"): NameObject("/Helvetica"),
        }
    )
    look.update(
        {
            NameObject("/Type"): NameObject("/XObject"),
            NameObject("/Subtype"): NameObject("/Form"),
            NameObject("/BBox"): ArrayObject(
                [FloatObject(0), FloatObject(0), FloatObject(x2 - x1), FloatObject(y2 - y1)]
            ),
            NameObject("/Resources"): DictionaryObject(
                {
                    NameObject("/Font"): DictionaryObject(
                        {NameObject("/Helv"): writer._add_object(helvetica)}
                    )
                }
            ),
        }
    )
    field = DictionaryObject(
        {
            NameObject("/Type"): NameObject("/Annot"),
            NameObject("/Subtype"): NameObject("/Widget"),
            NameObject("/FT"): NameObject("/Tx"),
            NameObject("/T"): TextStringObject("Amount"),
            NameObject("/V"): TextStringObject(text),
            NameObject("/F"): NumberObject(4),
            NameObject("/Rect"): ArrayObject([FloatObject(v) for v in (x1, y1, x2, y2)]),
            NameObject("/P"): page.indirect_reference,
            NameObject("/AP"): DictionaryObject({NameObject("/N"): writer._add_object(look)}),
        }
    )
    ref = writer._add_object(field)
    if "/Annots" in page:
        page["/Annots"].get_object().append(ref)
    else:
        page[NameObject("/Annots")] = ArrayObject([ref])
    writer._root_object["/AcroForm"].get_object()["/Fields"].get_object().append(ref)
    return _write(writer, pdf)


def update_information(pdf: bytes) -> bytes:
    """Only the document information changes (title and producer), as some viewers do on save."""
    writer = _incremental(pdf)
    writer.add_metadata({"/Title": "Signed sign-off (filed)", "/Producer": "Some viewer 1.0"})
    return _write(writer, pdf)


def move_signature_field(pdf: bytes, amount: str, field: str = "ClientSignature") -> bytes:
    """Move our signature field over the amount, so the signature appearance hides it."""
    place = find_word(pdf, amount)
    writer = _incremental(pdf)
    for page in writer.pages:
        for item in page.get("/Annots", []):
            annot = item.get_object()
            if annot.get("/T") == field:
                annot[NameObject("/Rect")] = ArrayObject([FloatObject(v) for v in place.grown(6)])
                annot[NameObject("/P")] = writer.pages[place.page].indirect_reference
                target = writer.pages[place.page]
                if target.indirect_reference != page.indirect_reference:
                    page["/Annots"].get_object().remove(item)
                    if "/Annots" in target:
                        target["/Annots"].get_object().append(item)
                    else:
                        target[NameObject("/Annots")] = ArrayObject([item])
                return _write(writer, pdf)
    raise AssertionError(f"no field {field}")


def open_action_script(pdf: bytes) -> bytes:
    """A script that runs when the document opens (it could rewrite what a reader shows)."""
    writer = _incremental(pdf)
    action = DictionaryObject(
        {
            NameObject("/S"): NameObject("/JavaScript"),
            NameObject("/JS"): TextStringObject("this.getField('x');"),
        }
    )
    writer._root_object[NameObject("/OpenAction")] = writer._add_object(action)
    return _write(writer, pdf)
