"""Signed copies as clients and attackers make them, judged by the verifier.

Genuine copies are signed with software nobody here wrote (poppler's ``pdfsig``, the pyHanko
command line, MuPDF's ``mutool``) as well as the pyHanko library; each must be verified, and poppler must
agree that every signature in it is valid. Altered copies change the issued sign-off with
pypdf incremental updates *before* the client signs (the signature then covers the alteration
and is cryptographically valid: poppler says so), *after* the signature, or hide content under a
signature appearance; each must be refused with the reason a project manager can act on.
"""

from __future__ import annotations

import subprocess
from collections.abc import Callable
from io import BytesIO
from pathlib import Path

import pytest
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.sign import fields, signers
from pyhanko.stamp import TextStampStyle
from pypdf import PdfReader, PdfWriter
from pypdf.generic import IndirectObject, NameObject

from reports.verdicts import read_reason
from reports.verify import Lookup, StoredSignoff, Verification, verify_digital
from tests.reports import tamper
from tests.reports.builders import DOC_ID, FP, issue, rendered
from tests.reports.pki import SigningPki, sign_field
from tests.reports.signers import (
    Identity,
    make_identity,
    mutool_sign,
    pdfsig_add_signature,
    pdfsig_report,
    pdfsig_sign_field,
    pyhanko_cli_sign,
)

AMOUNT = "€12,500.00"  # how the English sign-off prints 1 250 000 minor units of EUR


@pytest.fixture(scope="module")
def issued() -> bytes:
    return issue()


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> Identity:
    return make_identity(tmp_path_factory.mktemp("client"), "Pablo Ruiz")


@pytest.fixture(scope="module")
def agency(tmp_path_factory: pytest.TempPathFactory) -> Identity:
    return make_identity(tmp_path_factory.mktemp("agency"), "Jean Martin")


@pytest.fixture
def lookup(issued: bytes) -> Lookup:
    table = {DOC_ID: StoredSignoff(DOC_ID, FP, issued)}
    return table.get


def client_box() -> tuple[int, float, float, float, float]:
    """Where the sign-off placed the client's signature field: (page, x1, y1, x2, y2)."""
    page, x1, y1, x2, y2 = rendered().client_sig_box
    return page, x1, y1, x2, y2


def pyhanko_new_field(
    pdf: bytes,
    pki: SigningPki,
    name: str,
    box: tuple[int, float, float, float, float] | None,
    text: str = "",
) -> bytes:
    """The pyHanko library signs a new field: invisible without ``box``, else drawn at it with
    ``text`` as the appearance."""
    spec = None
    if box is not None:
        page, *rect = box
        spec = fields.SigFieldSpec(name, on_page=page, box=tuple(round(v) for v in rect))
    signer = signers.PdfSigner(
        signers.PdfSignatureMetadata(field_name=name),
        signer=pki.signer(),
        stamp_style=TextStampStyle(stamp_text=text or "%(signer)s", border_width=0),
        new_field_spec=spec,
    )
    # poppler's output needs the lenient reader, as in the verifier
    out: BytesIO = signer.sign_pdf(IncrementalPdfFileWriter(BytesIO(pdf), strict=False))
    return out.getvalue()


def cli_field(name: str, box: tuple[int, float, float, float, float]) -> str:
    """A new field for the pyHanko command line: PAGE/X1,Y1,X2,Y2/NAME, pages from 1."""
    page, *rect = box
    return f"{page + 1}/{','.join(str(round(v)) for v in rect)}/{name}"


def inside_client_box(name: str) -> str:
    page, x1, y1, x2, y2 = client_box()
    return cli_field(name, (page, x1 + 5, y1 + 5, x2 - 5, y2 - 5))


def amount_box() -> tuple[int, float, float, float, float]:
    place = tamper.find_word(issue(), AMOUNT)
    return (place.page, *place.grown(4))


def judged(data: bytes, lookup: Lookup) -> tuple[Verification, str | None]:
    verdict = verify_digital(data, lookup)
    read = read_reason(verdict.reason)
    return verdict, read[0] if read else None


def poppler_calls_every_signature_valid(data: bytes, folder: Path) -> bool:
    report = pdfsig_report(data, folder)
    signatures = report.count("Signature #") - report.count("form field is not signed")
    return (
        signatures > 0 and report.count("Signature Validation: Signature is Valid.") == signatures
    )


# --- genuine copies: every one verified --------------------------------------------------------

Sign = Callable[[bytes, Identity, Identity, SigningPki], bytes]

GENUINE: dict[str, tuple[Sign, str]] = {
    "pyHanko library, our field": (lambda pdf, c, a, p: sign_field(pdf, p), "signed"),
    "pyHanko command line, our field": (lambda pdf, c, a, p: pyhanko_cli_sign(pdf, c), "signed"),
    "poppler pdfsig -sign, our field": (lambda pdf, c, a, p: pdfsig_sign_field(pdf, c), "signed"),
    "poppler pdfsig -add-signature": (lambda pdf, c, a, p: pdfsig_add_signature(pdf, c), "signed"),
    "MuPDF mutool sign, our field": (lambda pdf, c, a, p: mutool_sign(pdf, c), "signed"),
    "pyHanko command line, a new field inside our box": (
        lambda pdf, c, a, p: pyhanko_cli_sign(pdf, c, inside_client_box("ClientSignature2")),
        "signed",
    ),
    "pdfsig, then an invisible pyHanko counter-signature": (
        lambda pdf, c, a, p: pyhanko_new_field(
            pdfsig_sign_field(pdf, c), p, "Countersignature", None
        ),
        "signed_countersigned",
    ),
    "pyHanko, then an invisible pdfsig counter-signature": (
        lambda pdf, c, a, p: pdfsig_add_signature(sign_field(pdf, p), a),
        "signed_countersigned",
    ),
    "a newline appended after signing": (
        lambda pdf, c, a, p: pdfsig_sign_field(pdf, c) + b"\n",
        "signed",
    ),
    "document information updated after signing": (
        lambda pdf, c, a, p: tamper.update_information(pdfsig_sign_field(pdf, c)),
        "signed_info",
    ),
    "document information updated before signing": (
        lambda pdf, c, a, p: sign_field(tamper.update_information(pdf), p),
        "signed_info",
    ),
}


@pytest.mark.parametrize("case", list(GENUINE))
def test_a_genuine_copy_is_verified(
    case: str,
    issued: bytes,
    client: Identity,
    agency: Identity,
    pki: SigningPki,
    lookup: Lookup,
    tmp_path: Path,
) -> None:
    sign, expected = GENUINE[case]
    data = sign(issued, client, agency, pki)
    assert data.startswith(issued)
    assert poppler_calls_every_signature_valid(data, tmp_path), pdfsig_report(data, tmp_path)
    verdict, key = judged(data, lookup)
    assert verdict.verified, verdict.reason
    assert verdict.outcome == "verified"
    assert key == expected, verdict.reason


def test_the_client_signature_is_the_one_reported(
    issued: bytes, client: Identity, agency: Identity, lookup: Lookup
) -> None:
    data = pdfsig_add_signature(pdfsig_sign_field(issued, client), agency)
    verdict = verify_digital(data, lookup)
    assert verdict.verified
    assert verdict.signer_name == "Pablo Ruiz"  # not the agency's counter-signature


# --- altered before the client signed: the signature is valid, the copy is not ours ------------

Alter = Callable[[bytes], bytes]

ALTERATIONS: dict[str, tuple[Alter, str]] = {
    "another amount merged into the page": (
        lambda pdf: tamper.overlay_amount(pdf, AMOUNT),
        "content_changed",
    ),
    "a content stream painting over the amount": (
        lambda pdf: tamper.append_content_stream(pdf, AMOUNT),
        "content_changed",
    ),
    "the page's content stream written again": (
        lambda pdf: tamper.rewrite_content_stream(pdf, AMOUNT),
        "content_changed",
    ),
    "a FreeText annotation over the amount": (
        lambda pdf: tamper.free_text_over_amount(pdf, AMOUNT),
        "annotations",
    ),
    "a sticky-note comment": (lambda pdf: tamper.sticky_note(pdf), "annotations"),
    "an extra page": (tamper.extra_page, "pages_changed"),
    "a new text field over the amount": (
        lambda pdf: tamper.text_field_over_amount(pdf, AMOUNT),
        "extra_field",
    ),
    "our signature field moved over the amount": (
        lambda pdf: tamper.move_signature_field(pdf, AMOUNT),
        "signature_over_content",
    ),
    "a script run when the document opens": (tamper.open_action_script, "structure_changed"),
}


@pytest.mark.parametrize("signer", ["pyHanko", "pdfsig"])
@pytest.mark.parametrize("case", list(ALTERATIONS))
def test_a_copy_altered_before_signing_is_refused(
    case: str,
    signer: str,
    issued: bytes,
    client: Identity,
    pki: SigningPki,
    lookup: Lookup,
    tmp_path: Path,
) -> None:
    alter, expected = ALTERATIONS[case]
    altered = alter(issued)
    data = sign_field(altered, pki) if signer == "pyHanko" else pdfsig_sign_field(altered, client)
    # The attack is real: the signature covers the altered file and poppler calls it valid.
    assert poppler_calls_every_signature_valid(data, tmp_path)
    verdict, key = judged(data, lookup)
    assert not verdict.verified
    assert key == expected, verdict.reason


@pytest.mark.parametrize("case", list(ALTERATIONS))
def test_a_copy_altered_after_signing_is_refused(
    case: str, issued: bytes, client: Identity, lookup: Lookup
) -> None:
    alter, expected = ALTERATIONS[case]
    data = alter(pdfsig_sign_field(issued, client))
    verdict, key = judged(data, lookup)
    assert not verdict.verified
    assert key == expected, verdict.reason


def test_the_reason_names_the_page_that_changed(
    issued: bytes, pki: SigningPki, lookup: Lookup
) -> None:
    data = sign_field(tamper.overlay_amount(issued, AMOUNT), pki)
    page = tamper.find_word(issued, AMOUNT).page + 1
    assert verify_digital(data, lookup).reason == (
        f"the content of page {page} was changed after we issued the sign-off"
    )


def test_an_alteration_undone_after_signing_is_still_refused(
    issued: bytes, pki: SigningPki, lookup: Lookup
) -> None:
    """The client signed a page showing another amount; putting the page back afterwards
    does not make what they signed ours."""
    place = tamper.find_word(issued, AMOUNT)
    original = PdfReader(BytesIO(issued)).pages[place.page].raw_get("/Contents")
    signed = sign_field(tamper.overlay_amount(issued, AMOUNT), pki)
    writer = PdfWriter(BytesIO(signed), incremental=True)
    writer.pages[place.page][NameObject("/Contents")] = IndirectObject(
        original.idnum, original.generation, writer
    )
    out = BytesIO()
    writer.write(out)
    verdict, key = judged(out.getvalue(), lookup)
    assert not verdict.verified
    assert key == "content_changed"


# --- signature appearances that hide content ---------------------------------------------------

APPEARANCES: dict[str, Callable[[bytes, Identity, Identity, SigningPki], bytes]] = {
    "the client signs a new pyHanko field over the amount": (
        lambda pdf, c, a, p: pyhanko_new_field(pdf, p, "Approval", amount_box(), tamper.FAKE_AMOUNT)
    ),
    "the client signs a new field over the amount with the pyHanko command line": (
        lambda pdf, c, a, p: pyhanko_cli_sign(pdf, c, cli_field("Approval", amount_box()))
    ),
    "a counter-signature drawn over the amount after a genuine signature": (
        lambda pdf, c, a, p: pyhanko_new_field(
            pdfsig_sign_field(pdf, c), p, "Countersignature", amount_box(), tamper.FAKE_AMOUNT
        )
    ),
    "a pyHanko command-line counter-signature over the amount after a MuPDF signature": (
        lambda pdf, c, a, p: pyhanko_cli_sign(
            mutool_sign(pdf, c), a, cli_field("Countersignature", amount_box())
        )
    ),
}


@pytest.mark.parametrize("case", list(APPEARANCES))
def test_a_signature_appearance_over_the_content_is_refused(
    case: str,
    issued: bytes,
    client: Identity,
    agency: Identity,
    pki: SigningPki,
    lookup: Lookup,
    tmp_path: Path,
) -> None:
    data = APPEARANCES[case](issued, client, agency, pki)
    assert poppler_calls_every_signature_valid(data, tmp_path)
    verdict, key = judged(data, lookup)
    assert not verdict.verified
    assert key == "signature_over_content", verdict.reason


# --- whole rewrites ----------------------------------------------------------------------------


def test_a_copy_rewritten_by_qpdf_before_signing_is_refused(
    issued: bytes, client: Identity, lookup: Lookup, tmp_path: Path
) -> None:
    source, rewritten = tmp_path / "in.pdf", tmp_path / "rewritten.pdf"
    source.write_bytes(issued)
    subprocess.run(["qpdf", str(source), str(rewritten)], check=True, timeout=60)
    data = pdfsig_sign_field(rewritten.read_bytes(), client)
    verdict, key = judged(data, lookup)
    assert not verdict.verified
    assert key == "not_issued_copy"


def test_qpdf_finds_no_damage_in_the_genuine_poppler_copy(
    issued: bytes, client: Identity, tmp_path: Path
) -> None:
    """The files poppler writes are sound for another reader too: we read them, not repair them."""
    path = tmp_path / "signed.pdf"
    path.write_bytes(pdfsig_sign_field(issued, client))
    done = subprocess.run(
        ["qpdf", "--check", str(path)], capture_output=True, text=True, check=False
    )
    assert done.returncode in (0, 3), done.stdout + done.stderr  # 3: warnings only
    assert "No syntax or stream encoding errors" in done.stdout
