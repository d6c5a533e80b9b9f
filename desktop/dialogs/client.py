"""Edit a client after creation: its name, address and contacts (add, change, remove,
reorder by removing and adding). Saved as one change (``ClientService.edit``); a contact a
review round or a sign-off names is not removed, and core's refusal says which record
names them. Reached from the client's name on the engagement page."""

from __future__ import annotations

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from core.services import ContactInput, Services
from core.services.clients import ContactEdit, client_form
from desktop.look import muted
from desktop.ops import Ops
from desktop.qt_compat import named
from desktop.widgets import RowsEditor

FIELD_CHARS = {0: 18, 1: 14, 2: 24}
"""How many average characters each contact column shows at least (name, role, e-mail)."""
MAX_CHARS = 40
"""A column grows to its longest text, up to this many average characters."""


class ClientEditDialog(QDialog):
    """The client's name, address and contacts, saved together."""

    def __init__(
        self, ops: Ops, services: Services, client_id: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._ops, self._services = ops, services
        self.client_id = client_id
        with services.db.reading() as session:
            shown = client_form(session, client_id)
        self._version = shown.version
        self._ids: dict[QWidget, str] = {}  # by the row's first field
        """The contact id of each row that was loaded (keyed by its name field)."""
        self.setWindowTitle(self.tr("Edit client {0}").format(shown.name))
        self.setAccessibleName(self.tr("Edit client"))
        self.name = named(QLineEdit(shown.name), self.tr("Client name"))
        self.address = named(QPlainTextEdit(shown.address), self.tr("Address"))
        self.address.setTabChangesFocus(True)
        self.address.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        self.contacts = RowsEditor(
            [self.tr("Name"), self.tr("Role"), self.tr("E-mail")],
            self.tr("Add contact"),
            checkbox=self.tr("Signatory"),
        )
        self.contacts.sig_edited.connect(self._widen)
        for contact_id, c in shown.contacts:
            edits = self.contacts.add_row([c.name, c.role, c.email], c.signatory)
            self._ids[edits[0]] = contact_id
        note = muted(
            QLabel(
                self.tr(
                    "Sign-offs already made keep the names they were made with. A contact "
                    "who reviewed a round or is named on a sign-off cannot be removed."
                )
            )
        )
        note.setWordWrap(True)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("&Name"), self.name)
        form.addRow(self.tr("&Address"), self.address)
        form.addRow(self.tr("Contacts"), self.contacts)
        form.addRow("", note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self._widen()
        self.resize(max(self.sizeHint().width(), 760), self.sizeHint().height())

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._widen()
        if self.width() < self.sizeHint().width():  # wider contacts than it opened with
            self.resize(self.sizeHint().width(), self.height())

    def _widen(self) -> None:
        """Contact fields wide enough to read a name, a role and an e-mail address whole:
        each column as wide as its longest text (within reason), every row alike."""
        metrics = self.fontMetrics()
        average = metrics.averageCharWidth()
        widths: dict[int, int] = {}
        for edits, _box, _remove in self.contacts.rows:
            for column, edit in enumerate(edits):
                wanted = metrics.horizontalAdvance(edit.text()) + 2 * average
                least = average * FIELD_CHARS.get(column, 12)
                widths[column] = max(widths.get(column, least), min(wanted, average * MAX_CHARS))
        for edits, _box, _remove in self.contacts.rows:
            for column, edit in enumerate(edits):
                edit.setMinimumWidth(widths[column])

    def contact_edits(self) -> list[ContactEdit]:
        """The rows as the service takes them; blank new rows are left out."""
        result = []
        for edits, box, _remove in self.contacts.rows:
            texts = [e.text() for e in edits]
            contact_id = self._ids.get(edits[0])
            if contact_id is None and not any(t.strip() for t in texts):
                continue
            checked = box.isChecked() if box is not None else False
            name, role, email = texts
            result.append(ContactEdit(contact_id, ContactInput(name, role, email, checked)))
        return result

    def save(self) -> None:
        contacts = self.contact_edits()
        name, address, version = self.name.text(), self.address.toPlainText(), self._version
        changes = self._ops.run(
            lambda: self._services.clients.edit(
                self.client_id,
                name=name,
                address=address,
                contacts=contacts,
                expected_version=version,
            ),
            success=self.tr("Client {0} saved.").format(name.strip()),
        )
        if changes is not None:
            self.accept()
