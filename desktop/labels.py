"""What the user reads for the values the core stores: engagement statuses, milestone
states, idea states, priorities and sources, verdicts, signature methods, the idea
qualification questions and the document languages.

Each label is marked for translation in the context "Labels" (``pyside6-lupdate`` finds the
``QT_TRANSLATE_NOOP`` calls) and translated when shown, through ``label_for``."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

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


def label_for(table: dict[str, str], value: str) -> str:
    """The translated label of ``value`` in ``table`` (the value itself when unknown)."""
    text = table.get(value)
    return QCoreApplication.translate("Labels", text) if text else value
