"""The client signature field and the checks on a signed copy that comes back.

Signatures here are real: a throw-away CA issues a certificate for the client's signatory and
pyHanko signs the issued PDF's empty field, as a PDF reader would."""

from __future__ import annotations

import hashlib
import re
import subprocess
from io import BytesIO
from pathlib import Path
from typing import Any, Literal

import pytest
from PIL import Image
from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pypdf import PdfReader, PdfWriter
from reportlab.pdfgen import canvas

from core.canonical import fingerprint
from core.errors import ValidationError
from reports.sigfield import add_client_signature_field
from reports.signoff_pdf import build_signoff_pdf
from reports.verify import (
    NO_TRUST_LIST,
    Lookup,
    StoredSignoff,
    read_document_id,
    verify_copy,
    verify_digital,
)
from tests.reports.builders import DOC_ID, FP, issue, rendered, snapshot
from tests.reports.pki import SigningPki, make_pki, sign_field

BOX = (56.0, 90.0, 296.0, 150.0)
OLD_FP = fingerprint(snapshot(amount_minor=1_000_000))  # the same sign-off before a change


def foreign_pdf() -> bytes:
    """A PDF that is not one of our sign-offs, with a signature field like ours."""
    buf = BytesIO()
    c = canvas.Canvas(buf, invariant=1)
    c.drawString(72, 760, "Some other document")
    c.showPage()
    c.save()
    return add_client_signature_field(buf.getvalue(), page=0, box=BOX)


def lookup_for(*stored: StoredSignoff) -> Lookup:
    table = {s.document_id: s for s in stored}
    return table.get


@pytest.fixture(scope="module")
def issued() -> bytes:
    return issue()


@pytest.fixture(scope="module")
def signed(issued: bytes, pki: SigningPki) -> bytes:
    return sign_field(issued, pki)


@pytest.fixture
def lookup(issued: bytes) -> Lookup:
    return lookup_for(StoredSignoff(DOC_ID, FP, issued))


# --- the empty field -------------------------------------------------------------------------


def test_field_is_added_after_the_issued_bytes_and_is_empty() -> None:
    doc = rendered()
    page, *box = doc.client_sig_box
    out = add_client_signature_field(doc.data, page=page, box=tuple(box))  # type: ignore[arg-type]
    assert out.startswith(doc.data) and len(out) > len(doc.data)
    reader: Any = PdfReader(BytesIO(out))  # pypdf's objects are loosely typed
    field = reader.get_fields()["ClientSignature"]
    assert field["/FT"] == "/Sig" and "/V" not in field
    widget = reader.pages[page]["/Annots"][0].get_object()
    assert [float(v) for v in widget["/Rect"]] == [round(v) for v in box]
    assert sum("/Annots" in p for p in reader.pages) == 1


def test_field_is_reproducible() -> None:
    original = build_signoff_pdf(snapshot(), FP)
    assert original == rendered().data
    first = add_client_signature_field(original, page=0, box=BOX)
    assert add_client_signature_field(original, page=0, box=BOX) == first
    other = add_client_signature_field(rendered(amount_minor=1_000_000).data, page=0, box=BOX)
    ids: list[Any] = [PdfReader(BytesIO(pdf)).trailer["/ID"] for pdf in (first, other)]
    assert ids[0][1] != ids[1][1]


def test_pdfsig_lists_the_empty_field(issued: bytes, tmp_path: Path) -> None:
    path = tmp_path / "issued.pdf"
    path.write_bytes(issued)
    out = subprocess.run(["pdfsig", str(path)], capture_output=True, text=True, check=True).stdout
    assert "Signature Field Name: ClientSignature" in out
    assert "not signed" in out


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"page": 5, "box": BOX}, "does not exist"),
        ({"page": 0, "box": (100, 100, 50, 150)}, "positive width"),
        ({"page": 0, "box": BOX, "field_name": "a.b"}, "without dots"),
    ],
)
def test_bad_field_requests_are_refused(kwargs: dict[str, Any], message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        add_client_signature_field(rendered().data, **kwargs)


def test_a_second_field_with_the_same_name_is_refused(issued: bytes) -> None:
    with pytest.raises(ValidationError, match="already has"):
        add_client_signature_field(issued, page=0, box=BOX)


# --- digital signatures ----------------------------------------------------------------------


def test_signed_copy_is_verified(signed: bytes, pki: SigningPki, lookup: Lookup) -> None:
    result = verify_digital(signed, lookup)
    assert result.verified, result.reason
    assert result.method == "digital" and result.document_id == DOC_ID
    assert result.signer_name == "Marie Dupont"
    assert result.signer_cert_sha256 == hashlib.sha256(pki.signer_cert.dump()).hexdigest()
    assert result.file_sha256 == hashlib.sha256(signed).hexdigest()
    assert result.signed_at is not None
    assert result.trusted is None and result.trust_note == NO_TRUST_LIST


def test_trust_is_reported_apart_from_integrity(
    signed: bytes, pki: SigningPki, lookup: Lookup
) -> None:
    trusted = verify_digital(signed, lookup, trust_roots=[pki.root])
    assert trusted.verified and trusted.trusted is True
    stranger = verify_digital(signed, lookup, trust_roots=[make_pki("Someone").root])
    assert stranger.verified and stranger.trusted is False
    assert "not issued by a trusted authority" in stranger.trust_note


@pytest.mark.parametrize("where", ["issued stream data", "signature dictionary"])
def test_a_flipped_byte_breaks_the_signature(
    issued: bytes, signed: bytes, lookup: Lookup, where: str
) -> None:
    if where == "issued stream data":
        at = re.search(rb"stream\r?\n", signed).end() + 40  # type: ignore[union-attr]
        assert at < len(issued)
    else:
        at = signed.index(b"Milestone accepted") + 2
        assert at > len(issued)
    tampered = signed[:at] + bytes([signed[at] ^ 0x01]) + signed[at + 1 :]
    result = verify_digital(tampered, lookup)
    assert not result.verified
    assert "changed after it was signed" in result.reason


def test_bytes_appended_after_signing_are_refused(signed: bytes, lookup: Lookup) -> None:
    result = verify_digital(signed + b"\n% a note added later\n", lookup)
    assert not result.verified and "added to the file after it was signed" in result.reason


def test_content_added_after_signing_is_refused(signed: bytes, lookup: Lookup) -> None:
    writer: Any = IncrementalPdfFileWriter(BytesIO(signed))
    text = generic.StreamObject(stream_data=b"BT /F1 24 Tf 72 700 Td (Amount: EUR 0.00) Tj ET")
    writer.add_stream_to_page(0, writer.add_object(text))
    out = BytesIO()
    writer.write(out)
    result = verify_digital(out.getvalue(), lookup)
    assert not result.verified
    assert result.reason == "the content of page 1 was changed after we issued the sign-off"


def test_a_counter_signature_in_a_field_we_placed_is_accepted(pki: SigningPki) -> None:
    """A counter-signature in a second empty field that we placed."""
    issued = add_client_signature_field(
        issue(), page=-1, box=(320, 90, 540, 150), field_name="AgencySignature"
    )
    client = sign_field(issued, pki)
    both = sign_field(client, make_pki("Agency Signatory"), "AgencySignature")
    result = verify_digital(both, lookup_for(StoredSignoff(DOC_ID, FP, issued)))
    assert result.verified, result.reason
    assert result.signer_name == "Marie Dupont"
    assert result.reason.endswith("unchanged since we issued it (another signature added)")


def test_a_regenerated_original_is_refused(pki: SigningPki) -> None:
    """Same id and fingerprint, but not the bytes we issued (e.g. printed again to PDF)."""
    signed_other = sign_field(issue(paper="Letter"), pki)
    result = verify_digital(signed_other, lookup_for(StoredSignoff(DOC_ID, FP, issue())))
    assert not result.verified and "not built on the copy" in result.reason


def test_an_older_round_is_refused(pki: SigningPki) -> None:
    older = issue(amount_minor=1_000_000)
    result = verify_digital(sign_field(older, pki), lookup_for(StoredSignoff(DOC_ID, FP, issue())))
    assert not result.verified and "another version of sign-off" in result.reason


def test_unknown_document_id_is_refused(pki: SigningPki, lookup: Lookup) -> None:
    result = verify_digital(sign_field(issue("OTHER-2026-02-M01-R1"), pki), lookup)
    assert not result.verified
    assert "no sign-off with document id OTHER-2026-02-M01-R1" in result.reason


def test_a_pdf_not_made_by_us_is_refused(pki: SigningPki, lookup: Lookup) -> None:
    result = verify_digital(sign_field(foreign_pdf(), pki), lookup)
    assert not result.verified and "not one of our sign-offs" in result.reason


def test_an_unsigned_copy_is_refused(issued: bytes, lookup: Lookup) -> None:
    result = verify_digital(issued, lookup)
    assert not result.verified and "no digital signature" in result.reason


def test_an_encrypted_copy_is_refused(signed: bytes, lookup: Lookup) -> None:
    writer = PdfWriter(clone_from=PdfReader(BytesIO(signed)))
    writer.encrypt("secret")
    out = BytesIO()
    writer.write(out)
    result = verify_digital(out.getvalue(), lookup)
    assert not result.verified and "password-protected" in result.reason


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "empty"),
        (b"\x89PNG\r\n\x1a\n" + b"\0" * 64, "not a PDF"),
        (b"%PDF-1.7\n1 0 obj <<>> endobj\ngarbage", "damaged"),
    ],
)
def test_files_that_are_not_readable_pdfs_are_refused(
    data: bytes, message: str, lookup: Lookup
) -> None:
    result = verify_digital(data, lookup)
    assert not result.verified and message in result.reason
    assert result.file_sha256 == hashlib.sha256(data).hexdigest()


def test_oversized_files_are_refused(signed: bytes, lookup: Lookup) -> None:
    result = verify_digital(signed, lookup, max_bytes=len(signed) - 1)
    assert not result.verified and "allowed for a signed copy" in result.reason


def test_pdfsig_reports_the_signature_valid(signed: bytes, tmp_path: Path) -> None:
    path = tmp_path / "signed.pdf"
    path.write_bytes(signed)
    out = subprocess.run(["pdfsig", str(path)], capture_output=True, text=True).stdout
    assert "Signer Certificate Common Name: Marie Dupont" in out
    assert "Signature Validation: Signature is Valid." in out
    assert "Total document signed" in out


# --- scans and typed acknowledgements -------------------------------------------------------


def test_document_id_is_read_from_our_metadata(issued: bytes) -> None:
    assert read_document_id(issued) == (DOC_ID, FP)
    assert read_document_id(foreign_pdf()) is None
    assert read_document_id(b"\xff\xd8\xff\xe0 a jpeg") is None


def scanned_page(kind: str = "JPEG") -> bytes:
    """A small image, as a scanner or a phone camera makes it."""
    out = BytesIO()
    Image.new("L", (60, 80), color=235).save(out, format=kind)
    return out.getvalue()


def test_scan_is_matched_by_the_id_typed_in(lookup: Lookup) -> None:
    scan = scanned_page()
    result = verify_copy(scan, lookup, method="scan", document_id=f"  {DOC_ID.lower()} ")
    assert result.verified, result.reason
    assert result.outcome == "matched"
    assert result.reason == (
        f"scanned copy matched to sign-off {DOC_ID} by the id typed in; a scan cannot be "
        "verified cryptographically; recorded with its hash"
    )
    assert result.document_id == DOC_ID and result.method == "scan"
    assert result.file_sha256 == hashlib.sha256(scan).hexdigest()
    assert result.signer_cert_sha256 is None and result.trusted is None


def test_copy_carrying_our_metadata_is_matched_by_it(issued: bytes, lookup: Lookup) -> None:
    result = verify_copy(issued, lookup, method="typed")
    assert result.verified and result.document_id == DOC_ID
    assert "by the id in the file" in result.reason


@pytest.mark.parametrize(
    ("data", "typed", "message"),
    [
        (scanned_page("PNG"), None, "carries no document id"),
        (scanned_page(), "ACME-2026-01-M09-R1", "no sign-off with document id ACME-2026-01-M09-R1"),
        (b"", DOC_ID, "empty"),
    ],
)
def test_copies_that_cannot_be_matched_are_refused(
    data: bytes, typed: str | None, message: str, lookup: Lookup
) -> None:
    result = verify_copy(data, lookup, method="scan", document_id=typed)
    assert not result.verified and message in result.reason


def test_copy_whose_metadata_disagrees_is_refused(lookup: Lookup) -> None:
    other = issue("ACME-2026-01-M04-R1")
    result = verify_copy(other, lookup, method="scan", document_id=DOC_ID)
    assert not result.verified and "belongs to sign-off ACME-2026-01-M04-R1" in result.reason
    older = verify_copy(issue(amount_minor=1_000_000), lookup, method="scan")
    assert not older.verified and "another version of sign-off" in older.reason


@pytest.mark.parametrize(
    ("method", "data"),
    [
        ("scan", bytes(range(256)) * 8),
        ("scan", b"a typed note is not a scan"),
        ("scan", b"%PDF-1.7\n" + bytes(range(256)) * 4),
        ("typed", bytes(range(256)) * 8),
        ("typed", b"\x00\x01binary\xff"),
    ],
)
def test_random_bytes_are_not_a_copy_whatever_id_comes_with_them(
    method: Literal["scan", "typed"], data: bytes, lookup: Lookup
) -> None:
    result = verify_copy(data, lookup, method=method, document_id=DOC_ID)
    assert not result.verified
    assert result.reason.startswith("the file is neither a readable PDF")


@pytest.mark.parametrize(
    ("method", "data"),
    [
        ("scan", scanned_page("PNG")),
        ("scan", scanned_page("TIFF")),
        ("typed", "Nous acceptons le jalon 3. — Marie Dupont, 4 mars 2026\n".encode()),
        ("typed", scanned_page()),
    ],
)
def test_readable_copies_are_matched_not_verified(
    method: Literal["scan", "typed"], data: bytes, lookup: Lookup
) -> None:
    result = verify_copy(data, lookup, method=method, document_id=DOC_ID)
    assert result.verified, result.reason
    assert result.outcome == "matched"
    assert "cannot be verified cryptographically" in result.reason


def test_oversized_copy_is_refused(lookup: Lookup) -> None:
    result = verify_copy(b"x" * 100, lookup, method="typed", document_id=DOC_ID, max_bytes=99)
    assert not result.verified and "allowed for a signed copy" in result.reason


def test_copy_method_must_be_scan_or_typed(lookup: Lookup) -> None:
    with pytest.raises(ValidationError, match="scan or a typed"):
        verify_copy(b"x", lookup, method="digital", document_id=DOC_ID)  # type: ignore[arg-type]
