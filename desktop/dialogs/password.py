"""The password of a PostgreSQL server role, asked for when connecting.

The dialog says why it asks and what becomes of the password: kept in the system keyring,
or, where there is none, kept nowhere (asked for again next time)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.credentials import ServerTarget
from desktop.qt_compat import named


class PasswordDialog(QDialog):
    """One masked field; Connect needs something typed in it."""

    def __init__(
        self, server: ServerTarget, reason: str, remembered: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Database password"))
        self.reason = QLabel(reason)
        self.reason.setWordWrap(True)
        self.keeping = QLabel(
            self.tr(
                "Scopekeeper keeps it in the system keyring, so it will not ask again on "
                "this computer."
            )
            if remembered
            else self.tr(
                "No system keyring is available, so Scopekeeper cannot remember this "
                "password; it will ask again next time."
            )
        )
        self.keeping.setWordWrap(True)
        self.user = QLabel(server.user or "—")
        self.user.setAccessibleName(self.tr("Database user"))
        self.server = QLabel(f"{server.host or 'localhost'}:{server.port}/{server.database}")
        self.server.setAccessibleName(self.tr("Database server"))
        self.password = named(QLineEdit(), self.tr("Password"))
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.connect_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.connect_button.setText(self.tr("Connect"))
        self.connect_button.setEnabled(False)
        self.password.textChanged.connect(lambda text: self.connect_button.setEnabled(bool(text)))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("User"), self.user)
        form.addRow(self.tr("Server"), self.server)
        form.addRow(self.tr("&Password"), self.password)
        layout = QVBoxLayout(self)
        layout.addWidget(self.reason)
        layout.addLayout(form)
        layout.addWidget(self.keeping)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)
        self.password.setFocus()


def ask_password(
    server: ServerTarget, reason: str, remembered: bool, parent: QWidget | None = None
) -> str | None:
    """The password typed, or None when the dialog was cancelled."""
    dialog = PasswordDialog(server, reason, remembered, parent)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.password.text()
    finally:
        dialog.deleteLater()
