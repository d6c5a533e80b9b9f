"""Bringing back the signed copy of a sign-off: by file dialog or by dropping the file on
the panel, verified by ``reports.signoff`` and recorded only when verified; the verdict is
said in plain words.

``SignedCopyActions`` is an object the sign-off panel holds. The panel builds the form
(``SignedCopyForm``) and tells the actions which sign-off is shown (``show_signoff``); they
verify, record and show the verdict. Its class name is the translation context of its
strings in the catalogues."""

from __future__ import annotations

from dataclasses import dataclass
from html import escape
from pathlib import Path

from PySide6.QtCore import QMimeData, QObject
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from core.queries import MilestoneRef
from core.services import Services
from core.services.signoffs import SignoffRecord
from desktop.labels import verdict_words
from desktop.look import verdict_colors
from desktop.ops import Ops
from desktop.widgets import to_date


def pdf_url(mime: QMimeData) -> Path | None:
    """The first local .pdf file among dropped urls, if any."""
    for url in mime.urls() if mime.hasUrls() else []:
        if url.isLocalFile() and url.toLocalFile().lower().endswith(".pdf"):
            return Path(url.toLocalFile())
    return None


@dataclass(frozen=True)
class SignedCopyForm:
    """The panel's widgets for a returned copy: what the actions read and where they say
    the verdict."""

    method: QComboBox
    signer: QLineEdit
    signed_on: QDateEdit
    document_id: QLineEdit
    bring_button: QPushButton
    verdict: QLabel


class SignedCopyActions(QObject):
    """Verify and record a returned copy; show the verdict."""

    def __init__(self, ops: Ops, services: Services, form: SignedCopyForm, host: QWidget) -> None:
        super().__init__(host)
        self._ops, self._services = ops, services
        self.form = form
        self.host = host
        """The panel: the file dialog opens over it and files are dropped on it."""
        self.record: SignoffRecord | None = None
        self.milestone: MilestoneRef | None = None
        self.folder: Path | None = None
        """Where the file dialog starts: the folder the sign-off was exported to."""
        form.bring_button.clicked.connect(self.bring_back)

    def show_signoff(self, record: SignoffRecord | None, milestone: MilestoneRef | None) -> None:
        """The sign-off (of ``milestone``) a returned copy is for from now on."""
        self.record, self.milestone = record, milestone

    def bring_back(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self.host,
            self.tr("Bring back the signed copy"),
            str(self.folder) if self.folder else "",
            self.tr("Signed copies (*.pdf *.txt *.png *.jpg);;All files (*)"),
        )
        if path:
            self.record_copy(Path(path))

    def record_copy(self, path: Path) -> bool:
        """Verify the returned file and record it if verified; say the verdict plainly."""
        record, milestone, form = self.record, self.milestone, self.form
        if record is None or milestone is None:
            return False
        try:
            data = path.read_bytes()
        except OSError as error:
            self.show_verdict(
                "not_verified", self.tr("the file cannot be read ({0})").format(error)
            )
            return False
        method = form.method.currentData()
        read_id = form.document_id.text().strip() or None
        from reports.signoff import record_signed_copy

        verification = self._ops.run(
            lambda: record_signed_copy(
                self._services,
                milestone.engagement_code,
                milestone.position,
                data,
                method=method,
                signer=form.signer.text(),
                signed_on=to_date(form.signed_on.date()),
                read_id=read_id,
            ),
            irreversible=True,
        )
        if verification is None:
            return False
        self.show_verdict(verification.outcome, verification.reason, verification.trust_note)
        if verification.verified:
            self._ops.sig_status.emit(
                self.tr("Signed copy verified and recorded.")
                if verification.outcome == "verified"
                else self.tr("Signed copy matched by its document id and recorded.")
            )
        else:
            self._ops.sig_status.emit(self.tr("Signed copy not verified; nothing was recorded."))
        return bool(verification.verified)

    def show_verdict(self, outcome: str, reason: str, trust_note: str = "") -> None:
        """The verdict in the interface's language: a digital signature is verified, a scan or
        typed copy only matched by its document id; for a digital signature, whether its
        certificate was checked against a trust list on a second line."""
        good, bad = verdict_colors()
        words = escape(verdict_words(reason))
        if outcome == "verified":
            text = self.tr("✔ Verified: {0}").format(words)
            html = f'<span style="color:{good}"><b>{text}</b></span>'
        elif outcome == "matched":
            text = self.tr("✔ Matched: {0}").format(words)
            html = f'<span style="color:{good}"><b>{text}</b></span>'
        else:
            text = self.tr("✘ Not verified: {0}").format(words)
            html = f'<span style="color:{bad}"><b>{text}</b></span>'
        if trust_note:
            html += "<br>" + escape(self.tr("Certificate: {0}").format(verdict_words(trust_note)))
        self.form.verdict.setText(html)
        self.form.verdict.setAccessibleDescription(self.verdict_text())

    def verdict_text(self) -> str:
        from PySide6.QtGui import QTextDocumentFragment

        return QTextDocumentFragment.fromHtml(self.form.verdict.text()).toPlainText()

    def drag_enter(self, event: QDragEnterEvent) -> None:
        """Take a PDF dragged over the panel while a signed copy is awaited."""
        if self.form.bring_button.isEnabled() and pdf_url(event.mimeData()) is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def drop(self, event: QDropEvent) -> None:
        """Verify and record a PDF dropped on the panel while a signed copy is awaited."""
        path = pdf_url(event.mimeData())
        if path is None or not self.form.bring_button.isEnabled():
            event.ignore()
            return
        event.acceptProposedAction()
        self.record_copy(path)
