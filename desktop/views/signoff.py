"""The sign-off of one accepted milestone: issue the PDF, preview it, bring back the signed
copy (file dialog or drag and drop), then mark the milestone invoiced and paid.

The returned copy is verified and recorded by a ``SignedCopyActions`` the panel holds
(``desktop.views.signed_copy``). ReportLab, pyHanko and QtPdf load only when this panel needs
them."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from html import escape
from pathlib import Path
from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QStandardPaths, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from core import lifecycle, queries
from core.changes import Changes
from core.errors import DomainError
from core.lifecycle import Action, MilestoneFacts, Permission
from core.models.enums import SignatureMethod
from core.services import Services
from core.services.signoffs import IssuedPdf, SignoffRecord
from core.services.workflow import invoice_reference
from desktop.dialogs.agency_first import agency_named
from desktop.dialogs.billing import confirm_paid
from desktop.labels import MILESTONE_STATE, SIGNATURE_METHOD, label_for
from desktop.look import muted, verdict_colors
from desktop.ops import Ops
from desktop.qt_compat import named
from desktop.refusals import words
from desktop.views.signed_copy import SignedCopyActions, SignedCopyForm
from desktop.widgets import date_edit, to_date, to_qdate


class SignoffPanel(QWidget):
    """Everything that happens to a milestone after its review accepted it."""

    def __init__(self, ops: Ops, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ops = ops
        self._services = services
        self.milestone_id: str | None = None
        self.milestone: queries.MilestoneRef | None = None
        self.record: SignoffRecord | None = None
        self.issued_now: SignoffRecord | None = None
        self.exported_path: Path | None = None
        self.pdf_document: Any = None
        self.pdf_view: Any = None
        self._pdf_buffer: QBuffer | None = None
        self.today: Callable[[], date] = date.today
        self.setAccessibleName(self.tr("Sign-off"))
        self.setAcceptDrops(True)

        self.heading = named(QLabel(), self.tr("Sign-off summary"))
        self.heading.setWordWrap(True)
        self.heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.export_button = QPushButton(self.tr("&Export sign-off PDF…"))
        self.folder_button = QPushButton(self.tr("Open containing &folder"))
        self.preview_button = QPushButton(self.tr("Pre&view"))
        self.where = named(QLabel(), self.tr("Exported file"))
        self.where.setWordWrap(True)
        self.where.hide()  # until something is exported
        self.agency_warning = named(QLabel(), self.tr("Agency warning"))
        self.agency_warning.setWordWrap(True)
        self.agency_warning.hide()  # unless the document names no agency
        issue_box = QGroupBox(self.tr("Issue"))
        issue = QVBoxLayout(issue_box)
        issue_buttons = QHBoxLayout()
        for widget in (self.export_button, self.preview_button):
            issue_buttons.addWidget(widget)
        issue_buttons.addStretch(1)
        issue.addLayout(issue_buttons)
        issue.addWidget(self.folder_button, 0, Qt.AlignmentFlag.AlignLeft)
        issue.addWidget(self.where)
        issue.addWidget(self.agency_warning)

        self.method = named(QComboBox(), self.tr("Signature method"))
        for value in SIGNATURE_METHOD:
            self.method.addItem(label_for(SIGNATURE_METHOD, value), value)
        self.signer = named(QLineEdit(), self.tr("Signer name"))
        self.signed_on = date_edit(date.today(), self.tr("Signed on"))
        self.document_id = named(QLineEdit(), self.tr("Document id on the copy"))
        self.bring_button = QPushButton(self.tr("&Bring back signed copy…"))
        self.drop_hint = muted(QLabel(self.tr("…or drop the signed PDF anywhere on this panel.")))
        self.drop_hint.setWordWrap(True)
        self.verdict = named(QLabel(), self.tr("Verification result"))
        self.verdict.setWordWrap(True)
        self.verdict.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        signed_box = QGroupBox(self.tr("Signed copy"))
        signed = QFormLayout(signed_box)
        signed.addRow(self.tr("&Method"), self.method)
        signed.addRow(self.tr("Si&gner"), self.signer)
        signed.addRow(self.tr("Signed &on"), self.signed_on)
        signed.addRow(self.tr("&Document id"), self.document_id)
        signed.addRow(self.bring_button)
        signed.addRow(self.drop_hint)
        signed.addRow(self.verdict)

        self.billing_date = date_edit(date.today(), self.tr("Billing date"))
        self.reference = named(QLineEdit(), self.tr("Invoice reference"))
        self.reference.setPlaceholderText(self.tr("Optional, e.g. INV-2026-042"))
        self.invoiced_button = QPushButton(self.tr("Mark &invoiced"))
        self.paid_button = QPushButton(self.tr("Mark &paid"))
        billing_box = QGroupBox(self.tr("Billing"))
        billing = QFormLayout(billing_box)
        billing.addRow(self.tr("Da&te"), self.billing_date)
        billing.addRow(self.tr("Invoice &reference"), self.reference)
        billing_buttons = QHBoxLayout()
        billing_buttons.addWidget(self.invoiced_button)
        billing_buttons.addWidget(self.paid_button)
        billing_buttons.addStretch(1)
        billing.addRow(billing_buttons)
        self.export_button.setAccessibleName(self.tr("Export sign-off PDF"))
        self.folder_button.setAccessibleName(self.tr("Open the folder of the exported PDF"))
        self.preview_button.setAccessibleName(self.tr("Preview the sign-off PDF"))
        self.bring_button.setAccessibleName(self.tr("Bring back the signed copy"))
        self.invoiced_button.setAccessibleName(self.tr("Mark the milestone invoiced"))
        self.paid_button.setAccessibleName(self.tr("Mark the milestone paid"))

        preview = QWidget()
        self.preview_host = QVBoxLayout(preview)
        self.preview_host.setContentsMargins(0, 0, 0, 0)
        self.preview_hint = QLabel(self.tr("Export or preview the sign-off to read it here."))
        self.preview_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview_hint.setWordWrap(True)  # a long translation must not widen the window
        self.preview_hint.setEnabled(False)
        self.preview_host.addWidget(self.preview_hint, 1)
        controls = QWidget()
        column = QVBoxLayout(controls)
        column.setContentsMargins(0, 0, 6, 0)
        column.addWidget(self.heading)
        column.addWidget(issue_box)
        column.addWidget(signed_box)
        column.addWidget(billing_box)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidget(controls)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setMinimumWidth(340)
        scroll.setAccessibleName(self.tr("Sign-off steps"))
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(scroll)
        split.addWidget(preview)  # the document gets the height it needs to be read
        split.setStretchFactor(1, 1)
        # The steps' column as wide as its widest row (some translations need more than
        # 400 px), with room for its vertical scroll bar: no sideways scroll bar at start.
        steps_width = (
            controls.minimumSizeHint().width() + scroll.verticalScrollBar().sizeHint().width()
        )
        split.setSizes([max(400, steps_width), 560])
        layout = QVBoxLayout(self)
        layout.addWidget(split)

        self.export_button.clicked.connect(self.export_pdf)
        self.preview_button.clicked.connect(self.preview_issued)
        self.folder_button.clicked.connect(self.open_folder)
        self.invoiced_button.clicked.connect(self.mark_invoiced)
        self.paid_button.clicked.connect(self.mark_paid)
        self.method.currentIndexChanged.connect(self._method_changed)
        self.signed_copy = SignedCopyActions(
            ops,
            services,
            SignedCopyForm(
                self.method,
                self.signer,
                self.signed_on,
                self.document_id,
                self.bring_button,
                self.verdict,
            ),
            host=self,
        )
        ops.sig_changed.connect(self._on_changed)
        self._update_buttons()

    # -- loading -----------------------------------------------------------------------

    def show_milestone(self, milestone_id: str) -> None:
        """Show ``milestone_id``'s sign-off with a fresh form: nothing typed or dated for the
        milestone shown before stays (the signature date starts at today). Showing the same
        milestone again (back from another tab) keeps what was typed."""
        if milestone_id == self.milestone_id:
            self.refresh()
            return
        if self.pdf_view is not None:
            # the preview was of the milestone shown before: never beside another's heading
            self.pdf_document.close()
            self.pdf_view.hide()
            self.preview_hint.show()
        self.milestone_id = milestone_id
        self.exported_path = self.signed_copy.folder = None
        for widget in (self.where, self.verdict, self.signer, self.document_id, self.reference):
            widget.clear()
        self.where.hide()
        self.signed_on.clearMinimumDate()
        self.signed_on.setDate(to_qdate(self.today()))
        self.billing_date.setDate(to_qdate(self.today()))
        self.refresh()

    def refresh(self) -> None:
        if self.milestone_id is None:
            return
        with self._services.db.reading() as session:
            # its version too: billing from a stale copy is refused
            milestone = queries.milestone_ref(session, self.milestone_id)
        self.milestone = milestone
        if milestone is None:
            self._show_record(None)
            self.heading.setText(self.tr("That milestone no longer exists."))
            self._update_buttons()
            return
        code, position = milestone.engagement_code, milestone.position
        try:
            r = self._services.signoffs.for_milestone(code, position)
        except DomainError as refusal:
            self._show_record(None)
            self.heading.setText(
                self.tr("<b>{0} — milestone {1}: {2}</b><br>No sign-off yet: {3}.").format(
                    code, position, escape(milestone.title), escape(words(refusal.message))
                )
            )
            self._update_buttons()
            return
        # Before its first issue the sign-off's text still follows the agency's identity
        # (core renews it on issue): show the fingerprint the document would carry now, the
        # one the preview prints and the export will give.
        now = r if r.settled else self._services.signoffs.as_issued_now(code, position)
        self._show_record(r, now)
        heading = self.tr(
            "<b>Sign-off {0}</b><br>Milestone {1}: {2}<br>State: {3} · fingerprint {4}…"
        ).format(
            r.document_id,
            position,
            escape(milestone.title),
            label_for(MILESTONE_STATE, milestone.state),
            now.fingerprint[:12],
        )
        with self._services.db.reading() as session:
            reference = invoice_reference(session, milestone.id)
        if reference:
            heading += "<br>" + self.tr("Invoice reference: {0}").format(escape(reference))
            self.reference.setText(reference)
        self.heading.setText(heading)
        # Nobody signs what was not accepted yet: the signature date starts at the
        # accepting review's date (core refuses an earlier one too).
        accepted = (r.snapshot.get("round") or {}).get("date")
        if accepted:
            self.signed_on.setMinimumDate(to_qdate(date.fromisoformat(accepted)))
        # Short enough to be read whole in the field; the tooltip says the rest.
        self.document_id.setPlaceholderText(self.tr("e.g. {0}").format(r.document_id))
        self.document_id.setToolTip(self.tr("The document id as printed on the returned copy"))
        client = (r.snapshot.get("signatories") or {}).get("client") or {}
        if r.signature_method:  # already signed: show what was recorded
            self.method.setCurrentIndex(max(0, self.method.findData(r.signature_method)))
            self.signer.setText(r.signer)
            if r.signed_on is not None:
                self.signed_on.setDate(to_qdate(r.signed_on))
            if not self.verdict.text():
                shown = "verified" if r.signature_method == "digital" else "matched"
                self.signed_copy.show_verdict(shown, r.verification)
        elif not self.signer.text() and client.get("name"):
            self.signer.setText(client["name"])
        self._update_buttons()

    def _show_record(self, record: SignoffRecord | None, now: SignoffRecord | None = None) -> None:
        """Show ``record``; ``now`` is the sign-off as issuing it now would give it."""
        self.record = record
        self.issued_now = now
        self.signed_copy.show_signoff(record, self.milestone)
        self._warn_about_agency()

    def _warn_about_agency(self) -> None:
        """Say, beside the export button, when the sign-off names no agency: before its first
        issue it names the agency of the settings then (so say where to fill it in); once
        issued or signed, its text stays as it is."""
        m, r = self.milestone, self.record
        text = ""
        if m is not None and r is not None:
            if r.settled and not r.agency_named and r.issued_pdf is None:
                # signed before any PDF was issued: its text was fixed by the signature
                text = self.tr(
                    "⚠ This sign-off names no agency: the agency's identity was empty when "
                    "it was signed, and a signed sign-off never changes."
                )
                if not agency_named(self._services):
                    text += " " + self.tr(
                        "Sign-offs neither issued nor signed yet name the agency once it is "
                        "filled in under File ▸ Preferences ▸ Agency identity on documents."
                    )
            elif r.settled and not r.agency_named and agency_named(self._services):
                # filled in since it was issued: the others will name it, nothing to ask
                text = self.tr(
                    "⚠ This sign-off names no agency: the agency's identity was empty when "
                    "it was issued, and an issued sign-off never changes."
                )
            elif r.settled and not r.agency_named:
                text = self.tr(
                    "⚠ This sign-off names no agency: the agency's identity was empty when "
                    "it was issued, and an issued sign-off never changes. Sign-offs not "
                    "issued yet name the agency once it is filled in under File ▸ "
                    "Preferences ▸ Agency identity on documents."
                )
            elif not r.settled and self.issued_now is not None and not self.issued_now.agency_named:
                text = self.tr(
                    "⚠ Your agency's identity is empty, so this sign-off would name no agency. "
                    "Fill it in under File ▸ Preferences ▸ Agency identity on documents "
                    "before exporting it."
                )
        self.agency_warning.setText(text)
        self.agency_warning.setVisible(bool(text))
        self.agency_warning.setStyleSheet(f"color: {verdict_colors()[1]};" if text else "")

    def _on_changed(self, changes: Changes) -> None:
        if self.milestone_id is None:
            return
        if self.milestone_id in changes.milestones or (
            self.record is not None and self.record.id in changes.signoffs
        ):
            self.refresh()
        elif changes.settings:  # the agency a sign-off not issued yet would name
            if self.record is not None and not self.record.settled:
                self.refresh()  # its fingerprint in the heading follows the agency too
            else:
                self._warn_about_agency()

    def _update_buttons(self) -> None:
        """Enable what core's table allows for the milestone shown; a disabled button says
        why in its tooltip."""
        m = self.milestone
        has = self.record is not None
        self.export_button.setEnabled(has)
        self.preview_button.setEnabled(has)
        self.folder_button.setEnabled(self.exported_path is not None)
        if m is None or self.record is None:
            none = Permission(False, self.tr("choose an accepted milestone first"))
            table = dict.fromkeys(lifecycle.MILESTONE_ACTIONS, none)
        else:
            facts = MilestoneFacts(
                m.engagement_code, m.engagement_status, m.position, m.title, m.state
            )
            table = lifecycle.milestone_permissions(facts)
        sign = table[Action.RECORD_SIGNATURE]
        for widget in (self.method, self.signer, self.signed_on, self.bring_button):
            widget.setEnabled(sign.allowed)
        self.bring_button.setToolTip("" if sign.allowed else words(sign.reason))
        self.drop_hint.setVisible(sign.allowed)
        self._method_changed()
        for button, action in (
            (self.invoiced_button, Action.MARK_INVOICED),
            (self.paid_button, Action.MARK_PAID),
        ):
            button.setEnabled(table[action].allowed)
            button.setToolTip("" if table[action].allowed else words(table[action].reason))
        self.billing_date.setEnabled(
            table[Action.MARK_INVOICED].allowed or table[Action.MARK_PAID].allowed
        )
        self.reference.setEnabled(table[Action.MARK_INVOICED].allowed)

    def _method_changed(self, *_args: object) -> None:
        typed_in = self.method.currentData() != SignatureMethod.DIGITAL.value
        self.document_id.setEnabled(typed_in and self.bring_button.isEnabled())

    # -- issuing -------------------------------------------------------------------------

    def _issue(self) -> IssuedPdf | None:
        """Issue the sign-off (core stores it once and says what changed) and return it."""
        from reports.signoff import issue_signoff

        m = self.milestone
        if m is None:
            return None
        return self._ops.run(
            lambda: issue_signoff(self._services, m.engagement_code, m.position),
            irreversible=True,
        )

    def export_pdf(self) -> Path | None:
        if self.record is None:
            return None
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        suggested = str(Path(folder) / f"{self.record.document_id}.pdf")
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export sign-off PDF"), suggested, self.tr("PDF documents (*.pdf)")
        )
        if not path:
            return None
        issued = self._issue()
        if issued is None:
            return None
        pdf = issued.pdf
        from core.files import atomic_write_bytes

        target = Path(path)

        def write() -> Path:
            atomic_write_bytes(target, pdf)
            return target

        if self._ops.run(write) is None:
            return None
        self.exported_path = target
        self.signed_copy.folder = target.parent
        self.where.setText(self.tr("Saved to {0}").format(target))
        self.where.show()
        if issued.agency_named:
            self._ops.sig_status.emit(self.tr("Sign-off PDF saved to {0}.").format(target))
        else:
            self._ops.sig_status.emit(
                self.tr(
                    "Sign-off PDF saved to {0}. It names no agency: the agency's identity was "
                    "empty when it was issued."
                ).format(target)
            )
        self._update_buttons()
        self.show_pdf(pdf)
        return target

    def preview_issued(self) -> None:
        """Show the sign-off without issuing it: previewing is not issuing, so nothing is
        stored or written to the history until the PDF is exported."""
        from reports.signoff import preview_signoff

        m = self.milestone
        if m is None:
            return
        pdf = self._ops.run(lambda: preview_signoff(self._services, m.engagement_code, m.position))
        if pdf is not None:
            self.show_pdf(pdf)

    def show_pdf(self, pdf: bytes) -> None:
        """Show the PDF in the panel (QtPdf is loaded on first use)."""
        from PySide6.QtPdf import QPdfDocument
        from PySide6.QtPdfWidgets import QPdfView

        if self.pdf_view is None:
            self.pdf_document = QPdfDocument(self)
            self.pdf_view = QPdfView(self)
            self.pdf_view.setAccessibleName(self.tr("Sign-off preview"))
            self.pdf_view.setPageMode(QPdfView.PageMode.MultiPage)
            self.pdf_view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
            self.pdf_view.setDocument(self.pdf_document)
            self.preview_hint.hide()
            self.preview_host.addWidget(self.pdf_view, 1)
        self.preview_hint.hide()
        self.pdf_view.show()
        self.pdf_document.close()
        buffer = QBuffer(self)
        buffer.setData(QByteArray(pdf))
        buffer.open(QBuffer.OpenModeFlag.ReadOnly)
        self.pdf_document.load(buffer)
        if self._pdf_buffer is not None:
            self._pdf_buffer.deleteLater()
        self._pdf_buffer = buffer

    def open_folder(self) -> None:
        if self.exported_path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.exported_path.parent)))

    # -- billing -----------------------------------------------------------------------

    def mark_invoiced(self) -> None:
        """Mark invoiced on the billing date, with the invoice reference if one is typed."""
        wf, reference = self._services.workflow, self.reference.text()
        self._bill(
            lambda mid, on, seen: wf.mark_invoiced(
                mid, on, reference=reference, expected_version=seen
            ),
            self.tr("Milestone marked invoiced."),
        )

    def mark_paid(self) -> None:
        """Mark paid on the billing date, once the user confirmed it (it cannot be undone)."""
        m, on = self.milestone, to_date(self.billing_date.date())
        if m is None or not confirm_paid(self, m.engagement_code, m.position, m.title, on):
            return
        wf = self._services.workflow
        self._bill(
            lambda mid, on, seen: wf.mark_paid(mid, on, expected_version=seen),
            self.tr("Milestone marked paid."),
        )

    def _bill(self, action: Callable[[str, date, int | None], Changes], done: str) -> None:
        if self.milestone_id is None:
            return
        milestone_id, on = self.milestone_id, to_date(self.billing_date.date())
        seen = self.milestone.version if self.milestone is not None else None
        self._ops.run(lambda: action(milestone_id, on, seen), success=done, irreversible=True)

    # -- a signed copy dropped on the panel ----------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        self.signed_copy.drag_enter(event)

    def dropEvent(self, event: QDropEvent) -> None:
        self.signed_copy.drop(event)
