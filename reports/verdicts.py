"""The words of a verdict on a signed copy, in every language.

``reports.verify`` explains each verdict in one English sentence built from ``REASONS``: the
command line prints it and a recorded signature stores it in the sign-off and its history
event, where it must stay as written (the history is hash-chained). Because every sentence
comes from this table, it can be read back into its reason and values (``read_reason``) and
shown in another language: the catalogue's ``verification.*`` texts for documents
(``reason_in``), the desktop's translated copies of the same English for the interface. A
sentence that is not one of ours (data from an older version, say) is shown as it is.

Stdlib only, so the desktop and the document catalogue can use it without loading pyHanko.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import cache

REASONS: Mapping[str, str] = {
    # refusals: the file itself
    "empty": "the file is empty",
    "too_big": "the file is {size} MB, more than the {limit} MB allowed for a signed copy",
    "not_pdf": "the file is not a PDF",
    "unreadable": "the PDF is damaged and could not be read",
    "encrypted": "the PDF is password-protected; ask the client for a copy without a password",
    # refusals: which sign-off it is
    "not_ours": "this PDF is not one of our sign-offs (it has no document id)",
    "no_id": "the file carries no document id; type the id printed on the sign-off",
    "unknown_id": "no sign-off with document id {document} exists here",
    "other_version_pdf": (
        "this PDF is another version of sign-off {document} (an earlier round or a different "
        "milestone): its fingerprint does not match the accepted round"
    ),
    "other_version_copy": (
        "this file is another version of sign-off {document} (an earlier round or a "
        "different milestone): its fingerprint does not match the accepted round"
    ),
    "not_issued": (
        "sign-off {document} has not been issued yet: export its PDF first; only an issued "
        "sign-off can come back signed"
    ),
    "id_mismatch": "the file belongs to sign-off {found}, not {document}",
    "other_milestone": "this file is sign-off {found}, not {document} (milestone {position} of {code})",
    # refusals: the signature
    "no_signature": (
        "the PDF has no digital signature; a copy signed on paper is recorded as a scan"
    ),
    "signature_unreadable": "the signature is damaged and could not be checked",
    "broken": "the signature is broken: the document was changed after it was signed",
    "partial": "the signature does not cover the whole document",
    "modified": ("the document was changed after it was signed (more than filling in form fields)"),
    "not_allowed": "the document was changed in a way its signer did not allow",
    "appended": "data was added to the file after it was signed",
    "not_issued_copy": (
        "the signed PDF is not built on the copy of {document} we issued "
        "(it was regenerated or edited before signing)"
    ),
    # refusals: what changed after we issued the sign-off (before or after a signature)
    "pages_changed": "pages were added to or removed from the sign-off after we issued it",
    "content_changed": "the content of page {page} was changed after we issued the sign-off",
    "annotations": (
        "comments or markings were added to page {page} after we issued the sign-off; a "
        "comment can carry conditions, so ask the client for a signed copy without comments"
    ),
    "extra_field": "a form field we did not place ({field}) was added to the sign-off",
    "signature_over_content": (
        "a signature appearance on page {page} lies outside the signature box, over the "
        "sign-off's content"
    ),
    "structure_changed": (
        "the sign-off was changed after we issued it in a way other than signing it"
    ),
    "scan_unreadable": "the file is neither a readable PDF nor an image, so it is not a scan",
    "typed_unreadable": (
        "the file is neither a readable PDF, an image nor text, so it is not an acknowledgement"
    ),
    # verified
    "signed": "signed digitally by {signer}; the sign-off is unchanged since we issued it",
    "signed_filled": (
        "signed digitally by {signer}; the sign-off is unchanged since we issued it "
        "(form fields were filled in after signing)"
    ),
    "signed_unnamed": (
        "signed digitally by an unnamed signer; the sign-off is unchanged since we issued it"
    ),
    "signed_unnamed_filled": (
        "signed digitally by an unnamed signer; the sign-off is unchanged since we issued it "
        "(form fields were filled in after signing)"
    ),
    "signed_countersigned": (
        "signed digitally by {signer}; the sign-off is unchanged since we issued it "
        "(another signature added)"
    ),
    "signed_unnamed_countersigned": (
        "signed digitally by an unnamed signer; the sign-off is unchanged since we issued it "
        "(another signature added)"
    ),
    "signed_info": (
        "signed digitally by {signer}; the sign-off is unchanged since we issued it "
        "(document information updated)"
    ),
    "signed_unnamed_info": (
        "signed digitally by an unnamed signer; the sign-off is unchanged since we issued it "
        "(document information updated)"
    ),
    "signed_countersigned_info": (
        "signed digitally by {signer}; the sign-off is unchanged since we issued it "
        "(another signature added; document information updated)"
    ),
    "signed_unnamed_countersigned_info": (
        "signed digitally by an unnamed signer; the sign-off is unchanged since we issued it "
        "(another signature added; document information updated)"
    ),
    "scan_matched_file": (
        "scanned copy matched to sign-off {document} by the id in the file; a scan cannot be "
        "verified cryptographically; recorded with its hash"
    ),
    "scan_matched_typed": (
        "scanned copy matched to sign-off {document} by the id typed in; a scan cannot be "
        "verified cryptographically; recorded with its hash"
    ),
    "typed_matched_file": (
        "typed acknowledgement matched to sign-off {document} by the id in the file; it "
        "cannot be verified cryptographically; recorded with its hash"
    ),
    "typed_matched_typed": (
        "typed acknowledgement matched to sign-off {document} by the id typed in; it cannot "
        "be verified cryptographically; recorded with its hash"
    ),
    # earlier wordings, no longer produced: kept so that stored verdicts still read back
    "scan_by_file": (
        "scanned copy matched to sign-off {document} by the id in the file; recorded with its hash"
    ),
    "scan_by_typed": (
        "scanned copy matched to sign-off {document} by the id typed in; recorded with its hash"
    ),
    "typed_by_file": (
        "typed acknowledgement matched to sign-off {document} by the id in the file; "
        "recorded with its hash"
    ),
    "typed_by_typed": (
        "typed acknowledgement matched to sign-off {document} by the id typed in; "
        "recorded with its hash"
    ),
    # the signer's certificate, reported beside a digital verdict
    "trust_unchecked": "signer certificate not checked against a trust list",
    "trusted": "signer certificate chains to a trusted root",
    "untrusted": "signer certificate is not issued by a trusted authority ({problem})",
    "untrusted_plain": "signer certificate is not issued by a trusted authority",
}
"""Every sentence a verdict can say, in English, with its values as ``{name}``."""

_FIELD = re.compile(r"\{(\w+)\}")


def reason(key: str, **values: object) -> str:
    """The English sentence of ``key`` with its values filled in."""
    return REASONS[key].format(**values)


@cache
def _patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """Each reason as a pattern, those with fewer values first: "signed digitally by an
    unnamed signer; ..." is that sentence, not "signed digitally by {signer}; ..." with the
    signer "an unnamed signer"."""
    found = []
    for key, template in REASONS.items():
        parts = _FIELD.split(template)  # literal, name, literal, name, ..., literal
        regex = "".join(
            f"(?P<{part}>.+?)" if index % 2 else re.escape(part) for index, part in enumerate(parts)
        )
        found.append((len(parts) // 2, key, re.compile(regex, re.DOTALL)))
    found.sort(key=lambda item: item[0])
    return tuple((key, pattern) for _, key, pattern in found)


def read_reason(sentence: str) -> tuple[str, dict[str, str]] | None:
    """The reason and values an English verdict sentence was built from; None when the
    sentence is not one of ``REASONS``."""
    text = sentence.strip()
    for key, pattern in _patterns():
        found = pattern.fullmatch(text)
        if found is not None:
            return key, found.groupdict()
    return None


def reason_in(labels: Mapping[str, str], sentence: str) -> str:
    """``sentence`` in the language of the catalogue ``labels`` (its ``verification.*``
    texts); as it is when it is not one of ours."""
    read = read_reason(sentence)
    if read is None:
        return sentence
    key, values = read
    template = labels.get("verification." + key)
    return template.format(**values) if template else sentence
