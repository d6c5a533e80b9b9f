"""The agency's identity before its first sign-off: a sign-off printed with an empty
"Agency" block is no use to anyone. A sign-off takes the agency's identity from the settings
when it is first issued (its text is fixed from then on), so the app asks at start, while the
settings lack the agency's name: the Preferences open on the agency's identity, saying why."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QGroupBox, QLabel, QVBoxLayout, QWidget

from core.services import Services
from desktop.credentials import public_target
from desktop.ops import Ops

if TYPE_CHECKING:
    from desktop.dialogs.settings import SettingsDialog


def agency_named(services: Services) -> bool:
    """True when the settings hold the agency's name (what every document prints first)."""
    return bool(services.settings.get().get("name", "").strip())


def agency_dialog(ops: Ops, services: Services, parent: QWidget | None) -> SettingsDialog:
    """The Preferences showing only the agency's identity, with a message saying why, the
    cursor in its Name field."""
    from desktop.dialogs.settings import SettingsDialog

    dialog = SettingsDialog(ops, services, public_target(services.db.url), parent)
    dialog.setObjectName("agency_first")
    dialog.setWindowTitle(QCoreApplication.translate("AgencyFirst", "Your agency on documents"))
    for box in dialog.findChildren(QGroupBox):
        box.setVisible(box.isAncestorOf(dialog.name))  # only the agency's identity
    message = QLabel(
        QCoreApplication.translate(
            "AgencyFirst",
            "Sign-offs print your agency's name, address, logo and signatory beside the "
            "client's, as they are when the sign-off is first issued. They are not filled in "
            "yet: enter them once here, and every sign-off issued from now on carries them.",
        )
    )
    message.setObjectName("agency_message")
    message.setWordWrap(True)
    layout = dialog.layout()
    if isinstance(layout, QVBoxLayout):
        layout.insertWidget(0, message)
        layout.insertSpacing(1, message.fontMetrics().height() // 2)  # apart from the box
    dialog.adjustSize()
    dialog.name.setFocus()
    return dialog


def ask_agency(ops: Ops, services: Services, parent: QWidget | None) -> bool:
    """Ask for the agency's identity; True when it is named afterwards. Closing the dialog
    leaves it for later (it is asked again at the next start)."""
    dialog = agency_dialog(ops, services, parent)
    dialog.exec()
    dialog.deleteLater()
    if agency_named(services):
        return True
    ops.sig_status.emit(
        QCoreApplication.translate(
            "AgencyFirst",
            "The agency's identity is still empty: sign-offs issued now print no agency. "
            "Fill it in under File ▸ Preferences.",
        )
    )
    return False
