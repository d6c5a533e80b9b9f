"""The empty signature field a client fills in a PDF reader.

The field is added as an incremental update: the bytes we generated stay an exact prefix of
the result, so the issued file is "our PDF, plus one form field", and a signature made later
extends it again. Verification (``reports.verify``) relies on that prefix.

The update is reproducible. pyHanko's incremental writer would otherwise make it differ from
run to run in two places, both private hooks of ``IncrementalPdfFileWriter`` (pyHanko 0.38):

* ``_handle_id`` draws the second half of the trailer ``/ID`` from ``os.urandom``. We keep the
  first half (as the standard requires) and derive the second from the SHA-256 of the input,
  so it still changes with the document but not with the clock or the random generator.
* ``_update_meta`` stamps ``/ModDate`` (and ``/Producer``, and XMP when present) with the
  current time. We leave the document information exactly as issued: adding an empty form
  field does not change what the document says, and the sign-off's own metadata (document id,
  fingerprint, its issue date) is what readers should see.

``tests/reports/test_verify.py`` builds the same field twice and compares the bytes, so a
pyHanko upgrade that moves these hooks fails a test instead of silently breaking
reproducibility.
"""

from __future__ import annotations

import hashlib
from io import BytesIO

from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.misc import PdfError
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.fields import SigFieldSpec, append_signature_field, enumerate_sig_fields

from core.errors import ValidationError

CLIENT_FIELD = "ClientSignature"


class _ReproducibleWriter(IncrementalPdfFileWriter):
    """An incremental writer whose output depends only on its input and the changes made."""

    @classmethod
    def _handle_id(cls, prev: PdfFileReader) -> generic.ArrayObject:
        random_id: generic.ArrayObject = super()._handle_id(prev)  # type: ignore[no-untyped-call]
        digest = hashlib.sha256(prev.stream.getvalue()).digest()
        return generic.ArrayObject([random_id[0], generic.ByteStringObject(digest[:16])])

    def _update_meta(self) -> None:
        """Keep the issued document information untouched (see the module docstring)."""


def _check_box(box: tuple[float, float, float, float]) -> tuple[int, int, int, int]:
    """Whole points: pyHanko sizes the field's appearance in integers, so a fractional box
    would get an appearance slightly smaller than the field."""
    if len(box) != 4:
        raise ValidationError("signature box", "needs four numbers: left, bottom, right, top")
    left, bottom, right, top = (round(float(v)) for v in box)
    if right <= left or top <= bottom:
        raise ValidationError("signature box", "must have a positive width and height")
    return left, bottom, right, top


def add_client_signature_field(
    pdf: bytes,
    *,
    page: int,
    box: tuple[float, float, float, float],
    field_name: str = CLIENT_FIELD,
) -> bytes:
    """Return ``pdf`` followed by an incremental update that adds an empty, visible signature
    field called ``field_name`` on ``page`` (0-based; -1 is the last page) at ``box``
    (left, bottom, right, top in PDF points). The input is an exact prefix of the output and
    the same input always gives the same output."""
    if not field_name or "." in field_name:
        raise ValidationError("signature field", "needs a plain name without dots")
    rect = _check_box(box)
    try:
        reader = PdfFileReader(BytesIO(pdf))
        if reader.encrypted:
            raise ValidationError("sign-off PDF", "is password-protected; cannot add a field")
        page_count = int(reader.root["/Pages"]["/Count"])
        if not -page_count <= page < page_count:
            raise ValidationError(
                "signature page", f"page {page} does not exist (the PDF has {page_count})"
            )
        if any(True for _ in enumerate_sig_fields(reader, with_name=field_name)):
            raise ValidationError("signature field", f"the PDF already has '{field_name}'")
        writer = _ReproducibleWriter(BytesIO(pdf), prev=reader)
        spec = SigFieldSpec(
            sig_field_name=field_name,
            on_page=page,
            box=rect,
            empty_field_appearance=True,
            readable_field_name="Client signature",
        )
        append_signature_field(writer, spec)
        out = BytesIO()
        writer.write(out)  # type: ignore[no-untyped-call]
    except PdfError as exc:
        raise ValidationError("sign-off PDF", f"could not be read as a PDF ({exc})") from exc
    result = out.getvalue()
    assert result.startswith(pdf), "an incremental update must keep the issued bytes"
    return result
