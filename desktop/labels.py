"""What the user reads for the values the core stores: engagement statuses, milestone
states, idea states, priorities and sources, verdicts, signature methods, the idea
qualification questions and the document languages.

Each label is marked for translation in the context "Labels" (``pyside6-lupdate`` finds the
``QT_TRANSLATE_NOOP`` calls) and translated when shown, through ``label_for``."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from desktop.qt_compat import QT_TRANSLATE_NOOP

LANGUAGE_PROPERTY = "scopekeeperLanguage"
"""The application property naming the language of the Scopekeeper translation installed
(``desktop.app.install_translators``): the interface is in that language, else in English."""


def words_language(locale: QLocale) -> str:
    """The document language (en, fr, es, zh-TW) closest to a Qt locale: Traditional
    Chinese for Taiwan, Hong Kong, Macao or the Hant script, English for anything else."""
    language = locale.language()
    if language == QLocale.Language.French:
        return "fr"
    if language == QLocale.Language.Spanish:
        return "es"
    if language == QLocale.Language.Chinese and (
        locale.script() == QLocale.Script.TraditionalChineseScript
        or locale.territory()
        in (QLocale.Country.Taiwan, QLocale.Country.HongKong, QLocale.Country.Macao)
    ):
        return "zh-TW"
    return "en"


def interface_language() -> str:
    """The language the interface speaks: that of the installed Scopekeeper translation,
    English when none is (a French locale without a French translation reads English, so
    texts from the document catalogue shown in the window speak it too)."""
    app = QCoreApplication.instance()
    value = app.property(LANGUAGE_PROPERTY) if app is not None else None
    return value if value in ("fr", "es", "zh-TW") else "en"


ENGAGEMENT_STATUS = {
    "draft": QT_TRANSLATE_NOOP("Labels", "Draft"),
    "active": QT_TRANSLATE_NOOP("Labels", "Active"),
    "completed": QT_TRANSLATE_NOOP("Labels", "Completed"),
    "cancelled": QT_TRANSLATE_NOOP("Labels", "Cancelled"),
}
MILESTONE_STATE = {
    "planned": QT_TRANSLATE_NOOP("Labels", "Planned"),
    "in_progress": QT_TRANSLATE_NOOP("Labels", "In progress"),
    "submitted": QT_TRANSLATE_NOOP("Labels", "Submitted"),
    "changes_requested": QT_TRANSLATE_NOOP("Labels", "Changes requested"),
    "accepted": QT_TRANSLATE_NOOP("Labels", "Accepted"),
    "signed_off": QT_TRANSLATE_NOOP("Labels", "Signed off"),
    "invoiced": QT_TRANSLATE_NOOP("Labels", "Invoiced"),
    "paid": QT_TRANSLATE_NOOP("Labels", "Paid"),
}
IDEA_STATE = {
    "captured": QT_TRANSLATE_NOOP("Labels", "captured"),
    "diverted": QT_TRANSLATE_NOOP("Labels", "diverted"),
    "parked": QT_TRANSLATE_NOOP("Labels", "parked"),
    "declined": QT_TRANSLATE_NOOP("Labels", "declined"),
}
PRIORITY = {
    "must": QT_TRANSLATE_NOOP("Labels", "Must have"),
    "should": QT_TRANSLATE_NOOP("Labels", "Should have"),
    "could": QT_TRANSLATE_NOOP("Labels", "Could have"),
    "wont": QT_TRANSLATE_NOOP("Labels", "Won't have now"),
}
SOURCE = {
    "meeting": QT_TRANSLATE_NOOP("Labels", "Meeting"),
    "review_round": QT_TRANSLATE_NOOP("Labels", "Review round"),
    "email": QT_TRANSLATE_NOOP("Labels", "E-mail"),
    "call": QT_TRANSLATE_NOOP("Labels", "Call"),
}
VERDICT = {
    "met": QT_TRANSLATE_NOOP("Labels", "Met"),
    "not_met": QT_TRANSLATE_NOOP("Labels", "Not met"),
    "waived": QT_TRANSLATE_NOOP("Labels", "Waived"),
}
SIGNATURE_METHOD = {
    "typed": QT_TRANSLATE_NOOP("Labels", "Typed acknowledgement"),
    "scan": QT_TRANSLATE_NOOP("Labels", "Scan of a wet-ink signature"),
    "digital": QT_TRANSLATE_NOOP("Labels", "Digital signature in the PDF"),
}
QUALIFICATION = {
    "goals": QT_TRANSLATE_NOOP("Labels", "Goals"),
    "plans": QT_TRANSLATE_NOOP("Labels", "Plans"),
    "challenges": QT_TRANSLATE_NOOP("Labels", "Challenges"),
    "timeline": QT_TRANSLATE_NOOP("Labels", "Timeline"),
    "budget": QT_TRANSLATE_NOOP("Labels", "Budget"),
    "authority": QT_TRANSLATE_NOOP("Labels", "Authority"),
    "consequences": QT_TRANSLATE_NOOP("Labels", "Consequences if not done"),
    "implications": QT_TRANSLATE_NOOP("Labels", "Implications if done"),
}
LANGUAGE = {
    "en": QT_TRANSLATE_NOOP("Labels", "English"),
    "fr": QT_TRANSLATE_NOOP("Labels", "French"),
    "es": QT_TRANSLATE_NOOP("Labels", "Spanish"),
    "zh-TW": QT_TRANSLATE_NOOP("Labels", "Chinese (Traditional)"),
}

VERIFICATION = {
    "empty": QT_TRANSLATE_NOOP("Verdicts", "the file is empty"),
    "too_big": QT_TRANSLATE_NOOP(
        "Verdicts", "the file is {size} MB, more than the {limit} MB allowed for a signed copy"
    ),
    "not_pdf": QT_TRANSLATE_NOOP("Verdicts", "the file is not a PDF"),
    "unreadable": QT_TRANSLATE_NOOP("Verdicts", "the PDF is damaged and could not be read"),
    "encrypted": QT_TRANSLATE_NOOP(
        "Verdicts", "the PDF is password-protected; ask the client for a copy without a password"
    ),
    "not_ours": QT_TRANSLATE_NOOP(
        "Verdicts", "this PDF is not one of our sign-offs (it has no document id)"
    ),
    "no_id": QT_TRANSLATE_NOOP(
        "Verdicts", "the file carries no document id; type the id printed on the sign-off"
    ),
    "unknown_id": QT_TRANSLATE_NOOP(
        "Verdicts", "no sign-off with document id {document} exists here"
    ),
    "other_version_pdf": QT_TRANSLATE_NOOP(
        "Verdicts",
        "this PDF is another version of sign-off {document} (an earlier round or a different milestone): its fingerprint does not match the accepted round",
    ),
    "other_version_copy": QT_TRANSLATE_NOOP(
        "Verdicts",
        "this file is another version of sign-off {document} (an earlier round or a different milestone): its fingerprint does not match the accepted round",
    ),
    "not_issued": QT_TRANSLATE_NOOP(
        "Verdicts",
        "sign-off {document} has not been issued yet: export its PDF first; only an issued sign-off can come back signed",
    ),
    "id_mismatch": QT_TRANSLATE_NOOP(
        "Verdicts", "the file belongs to sign-off {found}, not {document}"
    ),
    "other_milestone": QT_TRANSLATE_NOOP(
        "Verdicts", "this file is sign-off {found}, not {document} (milestone {position} of {code})"
    ),
    "no_signature": QT_TRANSLATE_NOOP(
        "Verdicts", "the PDF has no digital signature; a copy signed on paper is recorded as a scan"
    ),
    "signature_unreadable": QT_TRANSLATE_NOOP(
        "Verdicts", "the signature is damaged and could not be checked"
    ),
    "broken": QT_TRANSLATE_NOOP(
        "Verdicts", "the signature is broken: the document was changed after it was signed"
    ),
    "partial": QT_TRANSLATE_NOOP("Verdicts", "the signature does not cover the whole document"),
    "modified": QT_TRANSLATE_NOOP(
        "Verdicts",
        "the document was changed after it was signed (more than filling in form fields)",
    ),
    "not_allowed": QT_TRANSLATE_NOOP(
        "Verdicts", "the document was changed in a way its signer did not allow"
    ),
    "appended": QT_TRANSLATE_NOOP("Verdicts", "data was added to the file after it was signed"),
    "not_issued_copy": QT_TRANSLATE_NOOP(
        "Verdicts",
        "the signed PDF is not built on the copy of {document} we issued (it was regenerated or edited before signing)",
    ),
    "signed": QT_TRANSLATE_NOOP(
        "Verdicts", "signed digitally by {signer}; the sign-off is unchanged since we issued it"
    ),
    "signed_filled": QT_TRANSLATE_NOOP(
        "Verdicts",
        "signed digitally by {signer}; the sign-off is unchanged since we issued it (form fields were filled in after signing)",
    ),
    "signed_unnamed": QT_TRANSLATE_NOOP(
        "Verdicts",
        "signed digitally by an unnamed signer; the sign-off is unchanged since we issued it",
    ),
    "signed_unnamed_filled": QT_TRANSLATE_NOOP(
        "Verdicts",
        "signed digitally by an unnamed signer; the sign-off is unchanged since we issued it (form fields were filled in after signing)",
    ),
    "scan_by_file": QT_TRANSLATE_NOOP(
        "Verdicts",
        "scanned copy matched to sign-off {document} by the id in the file; recorded with its hash",
    ),
    "scan_by_typed": QT_TRANSLATE_NOOP(
        "Verdicts",
        "scanned copy matched to sign-off {document} by the id typed in; recorded with its hash",
    ),
    "typed_by_file": QT_TRANSLATE_NOOP(
        "Verdicts",
        "typed acknowledgement matched to sign-off {document} by the id in the file; recorded with its hash",
    ),
    "typed_by_typed": QT_TRANSLATE_NOOP(
        "Verdicts",
        "typed acknowledgement matched to sign-off {document} by the id typed in; recorded with its hash",
    ),
    "pages_changed": QT_TRANSLATE_NOOP(
        "Verdicts",
        "pages were added to or removed from the sign-off after we issued it",
    ),
    "content_changed": QT_TRANSLATE_NOOP(
        "Verdicts",
        "the content of page {page} was changed after we issued the sign-off",
    ),
    "annotations": QT_TRANSLATE_NOOP(
        "Verdicts",
        "comments or markings were added to page {page} after we issued the sign-off; a comment can carry conditions, so ask the client for a signed copy without comments",
    ),
    "extra_field": QT_TRANSLATE_NOOP(
        "Verdicts",
        "a form field we did not place ({field}) was added to the sign-off",
    ),
    "signature_over_content": QT_TRANSLATE_NOOP(
        "Verdicts",
        "a signature appearance on page {page} lies outside the signature box, over the sign-off's content",
    ),
    "structure_changed": QT_TRANSLATE_NOOP(
        "Verdicts",
        "the sign-off was changed after we issued it in a way other than signing it",
    ),
    "scan_unreadable": QT_TRANSLATE_NOOP(
        "Verdicts",
        "the file is neither a readable PDF nor an image, so it is not a scan",
    ),
    "typed_unreadable": QT_TRANSLATE_NOOP(
        "Verdicts",
        "the file is neither a readable PDF, an image nor text, so it is not an acknowledgement",
    ),
    "signed_countersigned": QT_TRANSLATE_NOOP(
        "Verdicts",
        "signed digitally by {signer}; the sign-off is unchanged since we issued it (another signature added)",
    ),
    "signed_unnamed_countersigned": QT_TRANSLATE_NOOP(
        "Verdicts",
        "signed digitally by an unnamed signer; the sign-off is unchanged since we issued it (another signature added)",
    ),
    "signed_info": QT_TRANSLATE_NOOP(
        "Verdicts",
        "signed digitally by {signer}; the sign-off is unchanged since we issued it (document information updated)",
    ),
    "signed_unnamed_info": QT_TRANSLATE_NOOP(
        "Verdicts",
        "signed digitally by an unnamed signer; the sign-off is unchanged since we issued it (document information updated)",
    ),
    "signed_countersigned_info": QT_TRANSLATE_NOOP(
        "Verdicts",
        "signed digitally by {signer}; the sign-off is unchanged since we issued it (another signature added; document information updated)",
    ),
    "signed_unnamed_countersigned_info": QT_TRANSLATE_NOOP(
        "Verdicts",
        "signed digitally by an unnamed signer; the sign-off is unchanged since we issued it (another signature added; document information updated)",
    ),
    "scan_matched_file": QT_TRANSLATE_NOOP(
        "Verdicts",
        "scanned copy matched to sign-off {document} by the id in the file; a scan cannot be verified cryptographically; recorded with its hash",
    ),
    "scan_matched_typed": QT_TRANSLATE_NOOP(
        "Verdicts",
        "scanned copy matched to sign-off {document} by the id typed in; a scan cannot be verified cryptographically; recorded with its hash",
    ),
    "typed_matched_file": QT_TRANSLATE_NOOP(
        "Verdicts",
        "typed acknowledgement matched to sign-off {document} by the id in the file; it cannot be verified cryptographically; recorded with its hash",
    ),
    "typed_matched_typed": QT_TRANSLATE_NOOP(
        "Verdicts",
        "typed acknowledgement matched to sign-off {document} by the id typed in; it cannot be verified cryptographically; recorded with its hash",
    ),
    "trust_unchecked": QT_TRANSLATE_NOOP(
        "Verdicts", "signer certificate not checked against a trust list"
    ),
    "trusted": QT_TRANSLATE_NOOP("Verdicts", "signer certificate chains to a trusted root"),
    "untrusted": QT_TRANSLATE_NOOP(
        "Verdicts", "signer certificate is not issued by a trusted authority ({problem})"
    ),
    "untrusted_plain": QT_TRANSLATE_NOOP(
        "Verdicts", "signer certificate is not issued by a trusted authority"
    ),
}
"""The verdict sentences of ``reports.verdicts.REASONS``, written out for lupdate."""


def label_for(table: dict[str, str], value: str) -> str:
    """The translated label of ``value`` in ``table`` (the value itself when unknown)."""
    text = table.get(value)
    return QCoreApplication.translate("Labels", text) if text else value


def verdict_words(sentence: str) -> str:
    """A verdict on a signed copy in the interface's language: the English sentence of
    ``reports.verify`` is read back into its reason and values and the translated sentence
    filled in; a sentence that is not one of ours is shown as it is."""
    from reports.verdicts import read_reason

    read = read_reason(sentence)
    if read is None:
        return sentence
    key, values = read
    return QCoreApplication.translate("Verdicts", VERIFICATION[key]).format(**values)
