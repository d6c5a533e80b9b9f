"""Sign-off documents end to end: issue the PDF a client signs, and check what comes back.

The desktop app and the command line both call these functions; the rules about what may
be recorded stay in ``core`` (``SignoffService.record_signature``)."""

from __future__ import annotations

import base64
import dataclasses
from collections.abc import Mapping
from datetime import date
from typing import Literal

from core.services import Services
from core.services.signoffs import IssuedPdf, SignatureInput, SignoffRecord
from reports.sigfield import add_client_signature_field
from reports.signoff_pdf import render_signoff
from reports.styles import Paper
from reports.verdicts import reason
from reports.verify import MAX_BYTES, StoredSignoff, Verification, verify_copy, verify_digital

MAX_SIGNED_BYTES = MAX_BYTES
Method = Literal["digital", "scan", "typed"]


def _render(record: SignoffRecord, settings: Mapping[str, str], paper: Paper | None) -> bytes:
    """The sign-off PDF with its empty signature field, rendered now (not stored); the
    paper (unless ``paper`` is given) and the logo are those of ``settings``."""
    chosen: Paper = paper or ("Letter" if settings["paper"] == "Letter" else "A4")
    logo = base64.b64decode(settings["logo_png_base64"]) if settings["logo_png_base64"] else None
    rendered = render_signoff(record.snapshot, record.fingerprint, paper=chosen, agency_logo=logo)
    page, *box = rendered.client_sig_box
    return add_client_signature_field(
        rendered.data, page=page, box=(box[0], box[1], box[2], box[3])
    )


def issue_signoff(
    services: Services, code: str, position: int, *, paper: Paper | None = None
) -> IssuedPdf:
    """Issue the sign-off PDF of an accepted milestone, with an empty signature field for
    the client: rendered here, stored by core (``SignoffService.issue``).

    The first issue is stored: a digital signature must extend exactly those bytes, so every
    later export returns the same file (and changes nothing). Before it, the sign-off names
    the agency as the settings do now (``SignoffService.issue``)."""
    return services.signoffs.issue(
        code, position, lambda record, settings: _render(record, settings, paper)
    )


def preview_signoff(services: Services, code: str, position: int) -> bytes:
    """What the sign-off PDF looks like, without issuing it: the issued file once there is
    one, otherwise a fresh rendering of what issuing would give now (the agency as the
    settings name it), neither stored nor recorded in the history."""
    record = services.signoffs.as_issued_now(code, position)
    if record.issued_pdf is not None:
        return record.issued_pdf
    return _render(record, services.settings.get(), None)


def _lookup(services: Services):  # type: ignore[no-untyped-def]
    def find(document_id: str) -> StoredSignoff | None:
        record = services.signoffs.by_document_id(document_id)
        if record is None:
            return None
        return StoredSignoff(record.document_id, record.fingerprint, record.issued_pdf)

    return find


def verify_signed_copy(
    services: Services, data: bytes, *, method: Method, document_id: str | None = None
) -> Verification:
    """Check a returned copy without recording anything."""
    if method == "digital":
        return verify_digital(data, _lookup(services))
    return verify_copy(data, _lookup(services), method=method, document_id=document_id)


def record_signed_copy(
    services: Services,
    code: str,
    position: int,
    data: bytes,
    *,
    method: Method,
    signer: str,
    signed_on: date,
    read_id: str | None = None,
) -> Verification:
    """Verify a signed copy for this milestone and, only if it is verified, record it.

    ``read_id`` is the document id a person read off a scanned or typed copy: the copy is
    matched by it (instead of by this milestone's id), so a copy of another sign-off is
    refused rather than recorded here."""
    record = services.signoffs.for_milestone(code, position)
    expected = read_id.strip() if read_id and method != "digital" else record.document_id
    result = verify_signed_copy(services, data, method=method, document_id=expected)
    if result.verified and result.document_id != record.document_id:
        result = dataclasses.replace(
            result,
            verified=False,
            reason=reason(
                "other_milestone",
                found=result.document_id,
                document=record.document_id,
                position=position,
                code=code.upper(),
            ),
        )
    if not result.verified:
        return result
    changes = services.signoffs.record_signature(
        record.id,
        SignatureInput(
            method=method,
            signer=signer or (result.signer_name or ""),
            signed_on=signed_on,
            returned_file=data,
            verified=True,
            reason=result.reason,
            signer_cert_sha256=result.signer_cert_sha256 or "",
            confirmed_by=services.actor,
        ),
    )
    return dataclasses.replace(result, changes=changes)
