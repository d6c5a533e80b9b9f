"""Checking a signed copy that comes back from the client.

A digitally signed PDF is *verified* only when the client signed exactly what we issued: its
document id and fingerprint match what core stored, our issued bytes are an unchanged prefix,
every signature after them is intact and covers its whole revision, and every revision after our
issue, before and after each signature, only signed (or created invisible or in-box) signature
fields or updated the document information (``reports.revisions`` says how that is judged).
Whether the signer's certificate is trusted is reported on its own: an untrusted but intact
signature still proves the file was not changed since it was signed.

Files are parsed leniently, as poppler, qpdf and Acrobat read them (poppler's signer writes
object generations that pyHanko's strict reader refuses), but judged strictly: the byte ranges,
digests and the revision review do not depend on the parser's leniency.

A scanned or typed copy has no signature to check; it is *matched* to a sign-off by document id
(from the file's metadata, or typed in by the user) and recorded with its hash, never called
verified. It must at least be a readable PDF or image (a typed acknowledgement may also be
plain text), not arbitrary bytes.

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
from PIL import Image
from pyhanko.pdf_utils.misc import PdfStrictReadError
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.validation import validate_pdf_signature
from pyhanko.sign.validation.pdf_embedded import EmbeddedPdfSignature
from pyhanko.sign.validation.status import PdfSignatureStatus, SignatureCoverageLevel
from pyhanko_certvalidator import ValidationContext

from core.changes import Changes
from core.errors import ValidationError
from reports.revisions import review_revisions
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
    """What core has stored for a sign-off: the exact PDF we issued (with its empty field),
    None while it has not been issued."""

    document_id: str
    fingerprint: str
    original_pdf: bytes | None


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
    changes: Changes | None = None
    """What recording the copy changed (``reports.signoff.record_signed_copy``); None when
    it was only checked, or refused."""

    @property
    def outcome(self) -> Literal["verified", "matched", "not_verified"]:
        """A digital signature is verified; a scan or typed copy is only ever matched."""
        if not self.verified:
            return "not_verified"
        return "verified" if self.method == "digital" else "matched"


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


def _identity(info: object) -> tuple[str, str] | None:
    if not isinstance(info, dict):
        return None
    subject, keywords = info.get("/Subject"), info.get("/Keywords")
    ids = identity_from_metadata(
        subject if isinstance(subject, str) else None,
        keywords if isinstance(keywords, str) else None,
    )
    if ids is None:
        return None
    return unicodedata.normalize("NFC", ids[0].strip()), ids[1]


def _signoff_meta(reader: PdfFileReader) -> tuple[str, str] | None:
    """Our identity is in the document information dictionary (Subject and Keywords, as
    ``reports.signoff_pdf`` writes them). It is read from the oldest revision that has it,
    which is ours: a later update of the document information cannot pass a copy off as
    another sign-off (and whoever rewrote the oldest revision fails the prefix check)."""
    for revision in range(reader.xrefs.total_revisions):
        trailer = reader.get_historical_resolver(revision).trailer_view
        if "/Info" in trailer and (ids := _identity(trailer["/Info"])) is not None:
            return ids
    return None


def _open(data: bytes) -> PdfFileReader:
    """Strictly when the file allows it, otherwise as leniently as the common readers."""
    try:
        reader = PdfFileReader(BytesIO(data))
        reader.xrefs  # noqa: B018 - reading the cross-references is where strictness bites
    except PdfStrictReadError:
        log.info("read leniently after a strict-reader complaint", exc_info=True)
        return PdfFileReader(BytesIO(data), strict=False)
    return reader


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


def _issued_revision(reader: PdfFileReader, original: bytes) -> int | None:
    """The index of the last revision we issued inside the returned file, or None when the
    returned file's revisions do not begin with ours (its first bytes are ours, checked
    before, but a parser must also see our last cross-reference section where we wrote it)."""
    issued = PdfFileReader(BytesIO(original), strict=False)
    last: int = issued.xrefs.total_revisions - 1
    if reader.xrefs.total_revisions <= last:
        return None
    ours: int = issued.xrefs.get_startxref_for_revision(last)
    if reader.xrefs.get_startxref_for_revision(last) != ours:
        return None
    return last


def _tail_problem(data: bytes, reader: PdfFileReader, sig: EmbeddedPdfSignature) -> str | None:
    """Bytes after the signed range must be whole later revisions, not loose additions.

    The revision review judges later revisions but not bytes that belong to no revision, so
    those are checked here: the unsigned part must start with a PDF object or cross-reference
    section and the file must end with an end-of-file marker. White space alone (a newline a
    mail program or editor appended) is harmless. (Junk placed between two later revisions
    is not detected; it is invisible to every reader.)"""
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


def _signed_reason(name: str | None, *, countersigned: bool, info_updated: bool) -> str:
    key = "signed" if name else "signed_unnamed"
    key += "_countersigned" if countersigned else ""
    key += "_info" if info_updated else ""
    return reason(key, signer=name) if name else reason(key)


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
        reader = _open(data)
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
    if stored.original_pdf is None:
        return _refuse(reason("not_issued", document=doc_id), sha, "digital", doc_id)
    if not _same_fingerprint(fingerprint, stored.fingerprint):
        return _refuse(reason("other_version_pdf", document=doc_id), sha, "digital", doc_id)
    if not signatures:
        return _refuse(reason("no_signature"), sha, "digital", doc_id)
    statuses: list[PdfSignatureStatus] = []
    for sig in signatures:
        try:
            # The revisions are reviewed once, below, against our issued revision; pyHanko's
            # own review would start at each signature and so miss what came before it.
            status = validate_pdf_signature(
                sig, signer_validation_context=_validation_context(trust_roots), skip_diff=True
            )
        except Exception:  # malformed signature objects fail in many ways
            log.info("signature could not be validated", exc_info=True)
            return _refuse(reason("signature_unreadable"), sha, "digital", doc_id)
        problem = _integrity_problem(status) or _tail_problem(data, reader, sig)
        if problem:
            return _refuse(problem, sha, "digital", doc_id)
        statuses.append(status)
    # Every signature is intact; now whether what they cover begins with what we issued.
    not_ours = reason("not_issued_copy", document=doc_id)
    original = stored.original_pdf
    if not data.startswith(original):
        return _refuse(not_ours, sha, "digital", doc_id)
    try:
        base = _issued_revision(reader, original)
    except Exception:  # our own bytes are readable; a failure here is in what follows them
        log.info("issued revision not found in the signed copy", exc_info=True)
        base = None
    if base is None:
        return _refuse(not_ours, sha, "digital", doc_id)
    clients = [i for i, sig in enumerate(signatures) if sig.signed_revision > base]
    if not clients:
        return _refuse(reason("no_signature"), sha, "digital", doc_id)
    signatures = [signatures[i] for i in clients]
    statuses = [statuses[i] for i in clients]
    try:
        review = review_revisions(reader, base, {sig.signed_revision for sig in signatures})
    except Exception:  # a later revision the review cannot even walk is not one we allow
        log.info("the revisions after our issue could not be reviewed", exc_info=True)
        return _refuse(reason("structure_changed"), sha, "digital", doc_id)
    if review.problem:
        return _refuse(review.problem, sha, "digital", doc_id)
    # Report the client's signature (a counter-signature may follow it), else the first one.
    names = [sig.field_name for sig in signatures]
    first = statuses[names.index(CLIENT_FIELD)] if CLIENT_FIELD in names else statuses[0]
    cert = first.signing_cert
    name = cert.subject.native.get("common_name")
    trusted, note = _trust(first, trust_roots)
    signed_at = first.signer_reported_dt
    if first.timestamp_validity is not None and first.timestamp_validity.intact:
        signed_at = first.timestamp_validity.timestamp
    return Verification(
        verified=True,
        method="digital",
        document_id=doc_id,
        reason=_signed_reason(
            name, countersigned=len(signatures) > 1, info_updated=review.info_updated
        ),
        file_sha256=sha,
        signer_name=name,
        signer_cert_sha256=hashlib.sha256(cert.dump()).hexdigest(),
        signed_at=signed_at,
        trusted=trusted,
        trust_note=note,
    )


def _copy_is_readable(data: bytes, method: Literal["scan", "typed"]) -> bool:
    """A scan is a PDF or an image; a typed acknowledgement may also be plain text. Random
    bytes are neither, whatever document id comes with them."""
    if _looks_like_pdf(data):
        try:
            reader = PdfFileReader(BytesIO(data), strict=False)
            return reader.encrypted or int(reader.root["/Pages"]["/Count"]) > 0
        except Exception:  # a damaged file may fail anywhere in the parser
            log.info("copy is not a readable PDF", exc_info=True)
            return False
    try:
        with Image.open(BytesIO(data)) as image:
            image.verify()
        return True
    except Exception:  # Pillow raises many kinds of errors on what is not an image
        log.debug("copy is not an image", exc_info=True)
    if method == "typed":
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            return False
        printable = sum(ch.isprintable() or ch in "\r\n\t" for ch in text)
        return bool(text.strip()) and printable == len(text)
    return False


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
    if not _copy_is_readable(data, method):
        return _refuse(reason(f"{method}_unreadable"), sha, method, _clean_id(document_id))
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
    if stored.original_pdf is None:
        return _refuse(reason("not_issued", document=doc_id), sha, method, doc_id)
    if embedded and not _same_fingerprint(embedded[1], stored.fingerprint):
        return _refuse(reason("other_version_copy", document=doc_id), sha, method, doc_id)
    how = f"{method}_matched_{'file' if embedded else 'typed'}"
    return Verification(
        verified=True,
        method=method,
        document_id=doc_id,
        reason=reason(how, document=doc_id),
        file_sha256=sha,
    )
