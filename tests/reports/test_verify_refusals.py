"""More ways a returned sign-off is refused by the verifier, each with the sentence the
project manager reads: a sign-off never issued, a signature made before we issued it, a
comment added to the page after the issue."""

from __future__ import annotations

from io import BytesIO
from typing import Any

from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

from reports.verdicts import read_reason
from reports.verify import StoredSignoff, Verification, verify_digital
from tests.reports.builders import DOC_ID, FP, issue
from tests.reports.pki import SigningPki, sign_field


def stored(original: bytes | None) -> Any:
    return {DOC_ID: StoredSignoff(DOC_ID, FP, original)}.get


def refused(result: Verification, key: str) -> str:
    assert not result.verified
    assert result.outcome == "not_verified"
    found = read_reason(result.reason)
    assert found is not None and found[0] == key, result.reason
    return result.reason


def updated(pdf: bytes, change: Any) -> bytes:
    """``pdf`` with one incremental update made by ``change(writer)``."""
    writer: Any = IncrementalPdfFileWriter(BytesIO(pdf))
    change(writer)
    out = BytesIO()
    writer.write(out)
    return out.getvalue()


def test_a_signed_copy_of_a_sign_off_never_issued_says_to_export_it_first(
    pki: SigningPki,
) -> None:
    result = verify_digital(sign_field(issue(), pki), stored(None))
    reason = refused(result, "not_issued")
    assert reason.startswith(f"sign-off {DOC_ID} has not been issued yet: export its PDF first")


def test_a_signature_older_than_our_issue_is_no_signature_of_the_client(
    pki: SigningPki,
) -> None:
    """We issued a copy that was already signed; what came back adds nothing signed."""
    already_signed = sign_field(issue(), pki)

    def retitle(writer: Any) -> None:
        writer.set_info(
            generic.DictionaryObject(
                {generic.NameObject("/Title"): generic.TextStringObject("Sign-off")}
            )
        )

    back = updated(already_signed, retitle)
    refused(verify_digital(back, stored(already_signed)), "no_signature")


def test_a_comment_added_before_signing_is_refused_as_a_marking(pki: SigningPki) -> None:
    """A sticky note ('accepted subject to…') put on the page, then the field signed: the
    signature is valid, the note is what the client agreed to, so the copy is refused."""

    def note(writer: Any) -> None:
        page_ref = writer.root["/Pages"]["/Kids"][0]
        page = page_ref.get_object()
        annot = writer.add_object(
            generic.DictionaryObject(
                {
                    generic.NameObject("/Type"): generic.NameObject("/Annot"),
                    generic.NameObject("/Subtype"): generic.NameObject("/Text"),
                    generic.NameObject("/Rect"): generic.ArrayObject(
                        [generic.FloatObject(v) for v in (72, 700, 92, 720)]
                    ),
                    generic.NameObject("/Contents"): generic.TextStringObject(
                        "Accepted subject to a 20 % discount"
                    ),
                }
            )
        )
        annots = page.get("/Annots")
        if annots is None:
            page[generic.NameObject("/Annots")] = generic.ArrayObject([annot])
        else:
            annots.get_object().append(annot)
            writer.update_container(annots)
        writer.update_container(page)

    noted = updated(issue(), note)
    reason = refused(verify_digital(sign_field(noted, pki), stored(issue())), "annotations")
    assert "page 1" in reason and "without comments" in reason
