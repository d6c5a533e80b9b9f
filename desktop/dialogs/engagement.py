"""New engagement / edit a draft's terms, and the new-client form it can open."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from core import queries
from core.services import ContactInput, ObjectiveInput, Services
from core.undo import CreateDraft, EditTerms, EngagementTerms
from desktop.labels import LANGUAGE, label_for
from desktop.ops import Ops
from desktop.qt_compat import named
from desktop.undo import UndoStep
from desktop.widgets import RowsEditor, date_edit, to_date, to_qdate

CURRENCIES = ("EUR", "USD", "GBP", "CHF", "CAD", "JPY", "TWD", "MXN", "AUD", "SEK")


class ClientDialog(QDialog):
    """A new client with its contacts. ``created_id`` holds the client's id once saved."""

    def __init__(self, ops: Ops, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ops, self._services = ops, services
        self.created_id: str | None = None
        self.setWindowTitle(self.tr("New client"))
        self.name = named(QLineEdit(), self.tr("Client name"))
        self.address = named(QPlainTextEdit(), self.tr("Address"))
        self.address.setTabChangesFocus(True)
        self.address.setFixedHeight(70)
        self.contacts = RowsEditor(
            [self.tr("Name"), self.tr("Role"), self.tr("E-mail")],
            self.tr("Add contact"),
            checkbox=self.tr("Signatory"),
        )
        self.contacts.add_row()
        form = QFormLayout()
        form.addRow(self.tr("&Name"), self.name)
        form.addRow(self.tr("&Address"), self.address)
        form.addRow(self.tr("Contacts"), self.contacts)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(760, 320)  # name, role and e-mail read whole (issue 15)

    def save(self) -> None:
        contacts = [
            ContactInput(texts[0], texts[1], texts[2], checked)
            for texts, checked in self.contacts.values()
        ]
        changes = self._ops.run(
            lambda: self._services.clients.create(
                name=self.name.text(), address=self.address.toPlainText(), contacts=contacts
            ),
            success=self.tr("Client {0} created.").format(self.name.text().strip()),
        )
        if changes is not None:
            self.created_id = changes.created
            self.accept()


class EngagementDialog(QDialog):
    """Create an engagement, or edit a draft's terms (code, client and currency stay)."""

    def __init__(
        self,
        ops: Ops,
        services: Services,
        parent: QWidget | None = None,
        engagement_id: str | None = None,
    ) -> None:
        super().__init__(parent)
        self._ops, self._services = ops, services
        self.engagement_id = engagement_id
        self.created_id: str | None = None
        editing = engagement_id is not None
        self.setWindowTitle(self.tr("Edit engagement") if editing else self.tr("New engagement"))

        self.code = named(QLineEdit(), self.tr("Code"))
        self.code.setPlaceholderText("ACME-2026-01")
        self.title = named(QLineEdit(), self.tr("Title"))
        self.client = named(QComboBox(), self.tr("Client"))
        self.new_client = named(QPushButton(self.tr("New client…")), self.tr("New client"))
        self.new_client.clicked.connect(self.add_client)
        self.currency = named(QComboBox(), self.tr("Currency"))
        self.currency.setEditable(True)
        self.currency.addItems(CURRENCIES)
        self.language = named(QComboBox(), self.tr("Document language"))
        for value in LANGUAGE:
            self.language.addItem(label_for(LANGUAGE, value), value)
        self.start = date_edit(date.today(), self.tr("Start date"))
        self.end = date_edit(date.today() + timedelta(days=90), self.tr("Target end date"))
        self.deemed = named(QSpinBox(), self.tr("Deemed-acceptance period in days"))
        self.deemed.setRange(0, 365)
        self.deemed.setSpecialValueText(self.tr("none"))
        self.deemed.setSuffix(self.tr(" days"))
        self.objectives = RowsEditor(
            [self.tr("Objective"), self.tr("Measure (optional)")],
            self.tr("Add objective"),
            wrapping=(0,),  # an objective is a sentence: it wraps onto a few lines
        )
        client_box = QWidget()
        client_row = QHBoxLayout(client_box)
        client_row.setContentsMargins(0, 0, 0, 0)
        client_row.addWidget(self.client, 1)
        client_row.addWidget(self.new_client)
        form = QFormLayout()
        form.addRow(self.tr("C&ode"), self.code)
        form.addRow(self.tr("&Title"), self.title)
        form.addRow(self.tr("C&lient"), client_box)
        form.addRow(self.tr("C&urrency"), self.currency)
        form.addRow(self.tr("Document &language"), self.language)
        form.addRow(self.tr("&Start"), self.start)
        form.addRow(self.tr("Target &end"), self.end)
        form.addRow(self.tr("&Deemed acceptance after"), self.deemed)
        form.addRow(self.tr("Objectives"), self.objectives)
        self.hint = QLabel(
            self.tr("Objectives say what success looks like. They lock with the roadmap.")
        )
        self.hint.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.hint)
        layout.addWidget(buttons)
        self.resize(820, 520)  # objectives and their measures read whole (issue 15)
        self._load_clients()
        self._before: EngagementTerms | None = None
        self._version: int | None = None
        if engagement_id is not None:
            self._load(engagement_id)
        else:
            default = services.settings.get().get("default_currency", "EUR")
            self.currency.setCurrentText(default)
            self.objectives.add_row()

    def _load_clients(self, select_id: str | None = None) -> None:
        self.client.clear()
        with self._services.db.reading() as session:
            clients = queries.client_choices(session)
        for client in clients:
            self.client.addItem(client.name, client.id)
        if select_id is not None:
            self.client.setCurrentIndex(self.client.findData(select_id))

    def _load(self, engagement_id: str) -> None:
        with self._services.db.reading() as session:
            detail = queries.engagement_detail(session, engagement_id, date.today())
        self._before = EngagementTerms.read(self._services, engagement_id)
        self._version = detail.version
        self.code.setText(detail.code)
        self.title.setText(detail.title)
        self.client.setCurrentIndex(self.client.findData(detail.client_id))
        self.currency.setCurrentText(detail.currency)
        self.language.setCurrentIndex(self.language.findData(detail.language))
        self.start.setDate(to_qdate(detail.start_date))
        self.end.setDate(to_qdate(detail.target_end_date))
        self.deemed.setValue(detail.deemed_acceptance_days or 0)
        self.objectives.set_rows([list(o) for o in detail.objectives])
        for widget in (self.code, self.currency, self.client, self.new_client):
            widget.setEnabled(False)

    def add_client(self) -> None:
        dialog = ClientDialog(self._ops, self._services, self)
        if dialog.exec() and dialog.created_id:
            self._load_clients(dialog.created_id)

    def objective_inputs(self) -> list[ObjectiveInput]:
        return [ObjectiveInput(texts[0], texts[1]) for texts, _ in self.objectives.values()]

    def save(self) -> None:
        objectives = self.objective_inputs()
        deemed = self.deemed.value() or None
        if self.engagement_id is not None and self._before is not None:
            after = EngagementTerms(
                self.title.text(),
                to_date(self.start.date()),
                to_date(self.end.date()),
                self.language.currentData(),
                tuple(objectives),
                deemed,
            )
            command = EditTerms(self.engagement_id, self._before, after, self._version)
            step = UndoStep(self._ops, self._services, command)
            self._ops.push(step)
            if not step.failed:
                self.accept()
            return
        client_id = self.client.currentData()
        if not client_id:
            self._ops.refuse(self.tr("Choose a client, or create one with “New client…”."))
            return
        create = CreateDraft(
            {
                "code": self.code.text(),
                "title": self.title.text(),
                "client_id": client_id,
                "currency": self.currency.currentText(),
                "start_date": to_date(self.start.date()),
                "target_end_date": to_date(self.end.date()),
                "language": self.language.currentData(),
                "objectives": objectives,
                "deemed_acceptance_days": deemed,
            }
        )
        step = UndoStep(self._ops, self._services, create)  # Undo deletes the new draft
        self._ops.push(step)
        if not step.failed:
            self.created_id = step.created_id()
            self._ops.sig_status.emit(
                self.tr("Engagement {0} created as a draft.").format(self.code.text().strip())
            )
            self.accept()
