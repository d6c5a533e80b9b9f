"""Checking a signed copy that comes back from the client.

A digitally signed PDF is accepted only when it is the sign-off we issued (document id and
fingerprint in its metadata match what core stored, and our issued bytes are an unchanged
prefix), it carries a signature that is intact, and nothing but form filling happened after
signing. Whether the signer's certificate is trusted is reported on its own: an untrusted but
intact signature still proves the file was not changed since it was signed.

A scanned or typed copy has no signature to check; it is matched to a sign-off by document id
(from the file's metadata, or typed in by the user) and recorded with its hash.

Nothing here touches the network: certificate checks use only the trust roots passed in, with
fetching of revocation information switched off.
"""

from __future__ import annotations

import hashlib
import logging
import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from io import BytesIO
from typing import Literal

from asn1crypto import x509
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.diff_analysis import ModificationLevel
from pyhanko.sign.validation import validate_pdf_signature
from pyhanko.sign.validation.pdf_embedded import EmbeddedPdfSignature
from pyhanko.sign.validation.status import PdfSignatureStatus, SignatureCoverageLevel
from pyhanko_certvalidator import ValidationContext

from core.errors import ValidationError
from reports.sigfield import CLIENT_FIELD
from reports.signoff_pdf import identity_from_metadata
from reports.verdicts import reason

__all__ = [
    "MAX_BYTES",
    "NO_TRUST_LIST",
    "Lookup",
    "StoredSignoff",
    "Verification",
    "read_document_id",
    "verify_copy",
    "verify_digital",
]

log = logging.getLogger(__name__)

# pyHanko explains an untrusted or unverifiable certificate by logging a warning with its
# traceback. Our verdict already says, in words, whether the signer was checked against a
# trust list; without a handler of their own those records would go to the terminal of
# whoever runs `scopekeeper verify`. They still reach any handler the application sets up.
for _name in ("pyhanko", "pyhanko_certvalidator"):
    logging.getLogger(_name).addHandler(logging.NullHandler())

MAX_BYTES = 50 * 1024 * 1024
NO_TRUST_LIST = reason("trust_unchecked")


@dataclass(frozen=True)
class StoredSignoff:
    """What core has stored for a sign-off: the exact PDF we issued (with its empty field)."""

    document_id: str
    fingerprint: str
    original_pdf: bytes


@dataclass(frozen=True)
class Verification:
    """The verdict on a returned copy; ``reason`` is written for a project manager."""

    verified: bool
    method: Literal["digital", "scan", "typed"]
    document_id: str | None
    reason: str
    file_sha256: str
    signer_name: str | None = None
    signer_cert_sha256: str | None = None
    signed_at: datetime | None = None
    trusted: bool | None = None
    trust_note: str = ""


Lookup = Callable[[str], StoredSignoff | None]


def _size_problem(data: bytes, max_bytes: int) -> str | None:
    if not data:
        return reason("empty")
    if len(data) > max_bytes:
        return reason(
            "too_big", size=f"{len(data) / 1_048_576:.1f}", limit=f"{max_bytes / 1_048_576:.1f}"
        )
    return None


def _looks_like_pdf(data: bytes) -> bool:
    # The header may follow a little junk; PDF readers look in the first kilobyte.
    return b"%PDF-" in data[:1024]


def _signoff_meta(reader: PdfFileReader) -> tuple[str, str] | None:
    """Our identity is in the document information dictionary (Subject and Keywords, as
    ``reports.signoff_pdf`` writes them); the latest revision's dictionary is read. Whoever
    rewrote it after signing is caught by the prefix and modification checks."""
    try:
        info = reader.trailer["/Info"]
    except KeyError:
        return None
    subject, keywords = info.get("/Subject"), info.get("/Keywords")
    ids = identity_from_metadata(
        subject if isinstance(subject, str) else None,
        keywords if isinstance(keywords, str) else None,
    )
    if ids is None:
        return None
    return unicodedata.normalize("NFC", ids[0].strip()), ids[1]


def read_document_id(data: bytes) -> tuple[str, str] | None:
    """(document id, fingerprint) from a sign-off PDF's metadata; None when the file is not
    a readable, unencrypted PDF made by us."""
    if not _looks_like_pdf(data):
        return None
    try:
        reader = PdfFileReader(BytesIO(data), strict=False)
        if reader.encrypted:
            return None
        return _signoff_meta(reader)
    except Exception:  # a damaged file may fail anywhere in the parser
        log.debug("no sign-off metadata readable", exc_info=True)
        return None


def _clean_id(document_id: str | None) -> str | None:
    if document_id is None:
        return None
    cleaned = unicodedata.normalize("NFC", document_id).strip()
    return cleaned or None


def _same_fingerprint(a: str, b: str) -> bool:
    return a.strip().lower() == b.strip().lower()


def _refuse(
    reason: str, sha: str, method: Literal["digital", "scan", "typed"], doc_id: str | None = None
) -> Verification:
    return Verification(False, method, doc_id, reason, sha)


def _validation_context(trust_roots: Sequence[x509.Certificate | bytes]) -> ValidationContext:
    # An explicit (possibly empty) list: never the operating system's store, never fetching.
    return ValidationContext(
        trust_roots=list(trust_roots), allow_fetching=False, revocation_mode="soft-fail"
    )


def _tail_problem(data: bytes, reader: PdfFileReader, sig: EmbeddedPdfSignature) -> str | None:
    """Bytes after the signed range must be whole later revisions, not loose additions.

    pyHanko's difference analysis judges later revisions but ignores bytes that belong to no
    revision, so those are checked here: the unsigned part must start with a PDF object or
    cross-reference section and the file must end with an end-of-file marker. (Junk placed
    between two later revisions is not detected; it is invisible to every reader.)"""
    _, _, start2, len2 = (int(v) for v in sig.byte_range)
    tail = data[start2 + len2 :]
    if not tail.strip():
        return None
    if reader.xrefs.total_revisions - 1 <= sig.signed_revision:
        return reason("appended")
    if not re.match(rb"\s*(\d+\s+\d+\s+obj\b|xref\b)", tail) or not tail.rstrip().endswith(
        b"%%EOF"
    ):
        return reason("appended")
    return None


def _integrity_problem(status: PdfSignatureStatus) -> str | None:
    if not status.intact or not status.valid:
        return reason("broken")
    if status.coverage is None or status.coverage < SignatureCoverageLevel.ENTIRE_REVISION:
        return reason("partial")
    level = status.modification_level
    if level is None or level > ModificationLevel.FORM_FILLING:
        return reason("modified")
    if status.docmdp_ok is False:
        return reason("not_allowed")
    return None


def _trust(
    status: PdfSignatureStatus, trust_roots: Sequence[x509.Certificate | bytes]
) -> tuple[bool | None, str]:
    if not trust_roots:
        return None, NO_TRUST_LIST
    if status.trusted:
        return True, reason("trusted")
    problem = status.trust_problem_indic
    if problem is None:
        return False, reason("untrusted_plain")
    return False, reason("untrusted", problem=str(problem.standard_name).lower().replace("_", " "))


def verify_digital(
    data: bytes,
    lookup: Lookup,
    *,
    max_bytes: int = MAX_BYTES,
    trust_roots: Sequence[x509.Certificate | bytes] = (),
) -> Verification:
    """Check a digitally signed sign-off PDF against what we issued (see the module doc)."""
    sha = hashlib.sha256(data).hexdigest()
    if problem := _size_problem(data, max_bytes):
        return _refuse(problem, sha, "digital")
    if not _looks_like_pdf(data):
        return _refuse(reason("not_pdf"), sha, "digital")
    try:
        reader = PdfFileReader(BytesIO(data))
        encrypted = reader.encrypted
        ids = None if encrypted else _signoff_meta(reader)
        signatures = [] if encrypted else list(reader.embedded_signatures)
    except Exception:  # a damaged file may fail anywhere in the parser
        log.info("signed copy unreadable", exc_info=True)
        return _refuse(reason("unreadable"), sha, "digital")
    if encrypted:
        return _refuse(reason("encrypted"), sha, "digital")
    if ids is None:
        return _refuse(reason("not_ours"), sha, "digital")
    doc_id, fingerprint = ids
    stored = lookup(doc_id)
    if stored is None:
        return _refuse(reason("unknown_id", document=doc_id), sha, "digital", doc_id)
    if not _same_fingerprint(fingerprint, stored.fingerprint):
        return _refuse(reason("other_version_pdf", document=doc_id), sha, "digital", doc_id)
    if not signatures:
        return _refuse(reason("no_signature"), sha, "digital", doc_id)
    statuses: list[PdfSignatureStatus] = []
    for sig in signatures:
        try:
            status = validate_pdf_signature(
                sig, signer_validation_context=_validation_context(trust_roots)
            )
        except Exception:  # malformed signature objects fail in many ways
            log.info("signature could not be validated", exc_info=True)
            return _refuse(reason("signature_unreadable"), sha, "digital", doc_id)
        problem = _integrity_problem(status) or _tail_problem(data, reader, sig)
        if problem:
            return _refuse(problem, sha, "digital", doc_id)
        statuses.append(status)
    if not data.startswith(stored.original_pdf):
        return _refuse(
            reason("not_issued_copy", document=doc_id),
            sha,
            "digital",
            doc_id,
        )
    # Report the client's signature (a counter-signature may follow it), else the first one.
    names = [sig.field_name for sig in signatures]
    first = statuses[names.index(CLIENT_FIELD)] if CLIENT_FIELD in names else statuses[0]
    cert = first.signing_cert
    name = cert.subject.native.get("common_name")
    trusted, note = _trust(first, trust_roots)
    filled = "" if first.modification_level == ModificationLevel.NONE else "_filled"
    signed_at = first.signer_reported_dt
    if first.timestamp_validity is not None and first.timestamp_validity.intact:
        signed_at = first.timestamp_validity.timestamp
    return Verification(
        verified=True,
        method="digital",
        document_id=doc_id,
        reason=reason(f"signed{filled}", signer=name)
        if name
        else reason(f"signed_unnamed{filled}"),
        file_sha256=sha,
        signer_name=name,
        signer_cert_sha256=hashlib.sha256(cert.dump()).hexdigest(),
        signed_at=signed_at,
        trusted=trusted,
        trust_note=note,
    )


def verify_copy(
    data: bytes,
    lookup: Lookup,
    *,
    method: Literal["scan", "typed"],
    document_id: str | None = None,
    max_bytes: int = MAX_BYTES,
) -> Verification:
    """Match a scanned or typed copy to a sign-off by document id: the one typed in by the
    user, or the one in the file's metadata (both must agree when both are there)."""
    if method not in ("scan", "typed"):
        raise ValidationError("method", "a copy is either a scan or a typed acknowledgement")
    sha = hashlib.sha256(data).hexdigest()
    if problem := _size_problem(data, max_bytes):
        return _refuse(problem, sha, method, _clean_id(document_id))
    given = _clean_id(document_id)
    embedded = read_document_id(data)
    if given and embedded and embedded[0] != given:
        return _refuse(reason("id_mismatch", found=embedded[0], document=given), sha, method, given)
    doc_id = given or (embedded[0] if embedded else None)
    if doc_id is None:
        return _refuse(reason("no_id"), sha, method)
    stored = lookup(doc_id)
    if stored is None and given and not embedded and doc_id != doc_id.upper():
        stored = lookup(doc_id.upper())  # typed by hand: ids are printed in capitals
        doc_id = stored.document_id if stored is not None else doc_id
    if stored is None:
        return _refuse(reason("unknown_id", document=doc_id), sha, method, doc_id)
    if embedded and not _same_fingerprint(embedded[1], stored.fingerprint):
        return _refuse(reason("other_version_copy", document=doc_id), sha, method, doc_id)
    how = f"{method}_by_{'file' if embedded else 'typed'}"
    return Verification(
        verified=True,
        method=method,
        document_id=doc_id,
        reason=reason(how, document=doc_id),
        file_sha256=sha,
    )
