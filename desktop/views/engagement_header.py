"""What the engagement page's header says about the scope, for each status.

A draft's scope is open; an active or completed engagement's scope is locked at its
baseline; a cancelled engagement says it is cancelled, and whether its scope had been
locked (cancelled after activation) or never was (cancelled as a draft). The strings are in
the translation context of the page, "EngagementView"."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication


@dataclass(frozen=True, slots=True)
class ScopeLine:
    icon: str
    """'lock', 'unlock' or '' (no icon: a cancelled draft was never locked nor is open)."""
    text: str
    tooltip: str


def scope_line(status: str, fingerprint: str | None) -> ScopeLine:
    """The icon, text and tooltip beside the client line for an engagement in ``status``
    whose baseline has ``fingerprint`` (None: never activated)."""
    tooltip = (
        QCoreApplication.translate("EngagementView", "Baseline fingerprint (SHA-256): {0}").format(
            fingerprint
        )
        if fingerprint
        else ""
    )
    if status == "cancelled":
        if fingerprint:
            text = QCoreApplication.translate(
                "EngagementView",
                "Cancelled after activation · scope stayed locked at baseline v1 {0}",
            ).format(fingerprint[:16])
            return ScopeLine("lock", text, tooltip)
        text = QCoreApplication.translate(
            "EngagementView", "Cancelled as a draft · the scope was never locked"
        )
        return ScopeLine("", text, "")
    if fingerprint:
        text = QCoreApplication.translate(
            "EngagementView", "Scope locked · baseline v1 {0}"
        ).format(fingerprint[:16])
        return ScopeLine("lock", text, tooltip)
    return ScopeLine(
        "unlock", QCoreApplication.translate("EngagementView", "Draft: scope open for planning"), ""
    )
