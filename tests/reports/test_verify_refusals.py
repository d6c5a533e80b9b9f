"""More ways a returned sign-off is refused by the verifier, each with the sentence the
project manager reads: a sign-off never issued, a signature made before we issued it, a
comment, a form field or a page added after the issue."""

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


N = generic.NameObject


def last_page(writer: Any) -> tuple[Any, Any]:
    """The reference and the dictionary of the page holding our signature field."""
    ref = writer.root["/Pages"]["/Kids"][-1]
    return ref, ref.get_object()


def discount_field(writer: Any) -> None:
    """A text field 'Discount: 20 %' filled in beside our signature field."""
    page_ref, page = last_page(writer)
    field = writer.add_object(
        generic.DictionaryObject(
            {
                N("/Type"): N("/Annot"),
                N("/Subtype"): N("/Widget"),
                N("/FT"): N("/Tx"),
                N("/T"): generic.TextStringObject("Discount"),
                N("/V"): generic.TextStringObject("20 %"),
                N("/Rect"): generic.ArrayObject(
                    [generic.FloatObject(v) for v in (72, 650, 200, 670)]
                ),
                N("/P"): page_ref,
            }
        )
    )
    annots = page.raw_get("/Annots")
    annots.get_object().append(field)
    if isinstance(annots, generic.IndirectObject):
        writer.update_container(annots.get_object())
    writer.update_container(page)
    form = writer.root.raw_get("/AcroForm")
    form.get_object()["/Fields"].append(field)
    writer.update_container(
        form.get_object() if isinstance(form, generic.IndirectObject) else writer.root
    )


def blank_page(writer: Any) -> None:
    pages = writer.root["/Pages"]
    first_page = pages["/Kids"][0].get_object()
    page = writer.add_object(
        generic.DictionaryObject(
            {
                N("/Type"): N("/Page"),
                N("/Parent"): writer.root.raw_get("/Pages"),
                N("/MediaBox"): first_page["/MediaBox"],
                N("/Resources"): generic.DictionaryObject(),
            }
        )
    )
    pages["/Kids"].append(page)
    pages[N("/Count")] = generic.NumberObject(int(pages["/Count"]) + 1)
    writer.update_container(pages)


def test_a_form_field_we_did_not_place_is_refused_by_its_name(pki: SigningPki) -> None:
    """A 'Discount: 20 %' field filled in before signing: the signature covers it, so it is
    valid, but it is not what we issued."""
    copy = sign_field(updated(issue(), discount_field), pki)
    reason = refused(verify_digital(copy, stored(issue())), "extra_field")
    assert reason == "a form field we did not place (Discount) was added to the sign-off"


def test_a_page_added_before_signing_is_refused(pki: SigningPki) -> None:
    copy = sign_field(updated(issue(), blank_page), pki)
    reason = refused(verify_digital(copy, stored(issue())), "pages_changed")
    assert reason == "pages were added to or removed from the sign-off after we issued it"


def nested_field(writer: Any) -> None:
    """A text field 'Terms.Discount': the widget inherits its type from its parent field."""
    page_ref, page = last_page(writer)
    parent = writer.add_object(
        generic.DictionaryObject(
            {
                N("/FT"): N("/Tx"),
                N("/T"): generic.TextStringObject("Terms"),
                N("/Kids"): generic.ArrayObject(),
            }
        )
    )
    widget = writer.add_object(
        generic.DictionaryObject(
            {
                N("/Type"): N("/Annot"),
                N("/Subtype"): N("/Widget"),
                N("/T"): generic.TextStringObject("Discount"),
                N("/V"): generic.TextStringObject("20 %"),
                N("/Parent"): parent,
                N("/Rect"): generic.ArrayObject(
                    [generic.FloatObject(v) for v in (72, 650, 200, 670)]
                ),
                N("/P"): page_ref,
            }
        )
    )
    parent.get_object()["/Kids"].append(widget)
    annots = page.raw_get("/Annots")
    annots.get_object().append(widget)
    if isinstance(annots, generic.IndirectObject):
        writer.update_container(annots.get_object())
    writer.update_container(page)
    form = writer.root.raw_get("/AcroForm")
    form.get_object()["/Fields"].append(parent)
    writer.update_container(
        form.get_object() if isinstance(form, generic.IndirectObject) else writer.root
    )


def test_a_field_added_under_a_parent_is_named_by_its_full_name(pki: SigningPki) -> None:
    copy = sign_field(updated(issue(), nested_field), pki)
    reason = refused(verify_digital(copy, stored(issue())), "extra_field")
    assert reason == "a form field we did not place (Terms.Discount) was added to the sign-off"
