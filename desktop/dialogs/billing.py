"""The two questions billing asks: the invoice reference when a milestone is marked
invoiced, and a confirmation before it is marked paid (neither move can be undone).

Plain functions over the standard dialogs, so the sign-off panel and the engagement page's
toolbar ask the same way. Their strings are in the translation context "Billing"."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QLineEdit, QMessageBox, QWidget

from desktop import formatting


def confirm_paid(parent: QWidget | None, code: str, position: int, title: str, on: date) -> bool:
    """Ask before marking a milestone paid; True when the user said yes."""
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("Billing", "Mark paid"),
        QCoreApplication.translate(
            "Billing",
            "Mark {0} milestone {1} “{2}” paid on {3}?\n\n"
            "A payment cannot be undone; it is written to the history.",
        ).format(code, position, title, formatting.day(on)),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    return answer == QMessageBox.StandardButton.Yes


def ask_invoice_reference(parent: QWidget | None, code: str, position: int) -> str | None:
    """The invoice reference for marking a milestone invoiced ("" when none is given), or
    None when the user cancelled."""
    text, ok = QInputDialog.getText(
        parent,
        QCoreApplication.translate("Billing", "Mark invoiced"),
        QCoreApplication.translate(
            "Billing", "Invoice reference for {0} milestone {1} (optional):"
        ).format(code, position),
        QLineEdit.EchoMode.Normal,
        "",
    )
    return text if ok else None
