"""Bringing back the signed copy of a sign-off: by file dialog or by dropping the file on
the panel, verified by ``reports.signoff`` and recorded only when verified; the verdict is
said in plain words. A mix-in of ``SignoffPanel``, which owns the widgets it uses."""

from __future__ import annotations

from html import escape
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QFileDialog

from core.changes import Changes
from desktop.labels import verdict_words
from desktop.look import verdict_colors
from desktop.widgets import to_date

if TYPE_CHECKING:
    from PySide6.QtWidgets import QComboBox, QDateEdit, QLabel, QLineEdit, QPushButton

    from core.services import Services
    from core.services.signoffs import SignoffRecord


def pdf_url(mime: Any) -> Path | None:
    """The first local .pdf file among dropped urls, if any."""
    for url in mime.urls() if mime.hasUrls() else []:
        if url.isLocalFile() and url.toLocalFile().lower().endswith(".pdf"):
            return Path(url.toLocalFile())
    return None


class SignedCopyActions:
    """Verify and record a returned copy; show the verdict."""

    _ops: Any
    _services: Services
    _code: str
    _position: int
    _engagement_id: str
    milestone_id: str | None
    record: SignoffRecord | None
    exported_path: Path | None
    method: QComboBox
    signer: QLineEdit
    signed_on: QDateEdit
    document_id: QLineEdit
    bring_button: QPushButton
    verdict: QLabel

    def bring_back(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Bring back the signed copy"),
            str(self.exported_path.parent) if self.exported_path else "",
            self.tr("Signed copies (*.pdf *.txt *.png *.jpg);;All files (*)"),
        )
        if path:
            self.record_copy(Path(path))

    def record_copy(self, path: Path) -> bool:
        """Verify the returned file and record it if verified; say the verdict plainly."""
        if self.record is None:
            return False
        try:
            data = path.read_bytes()
        except OSError as error:
            self.show_verdict("not_verified", self.tr("the file cannot be read ({0})").format(error))
            return False
        method = self.method.currentData()
        read_id = self.document_id.text().strip() or None
        from reports.signoff import record_signed_copy

        verification = self._ops.run(
            lambda: record_signed_copy(
                self._services,
                self._code,
                self._position,
                data,
                method=method,
                signer=self.signer.text(),
                signed_on=to_date(self.signed_on.date()),
                read_id=read_id,
            )
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
            self._ops.sig_changed.emit(
                Changes(
                    engagements={self._engagement_id},
                    milestones={self.milestone_id or ""},
                    signoffs={self.record.id},
                )
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
        self.verdict.setText(html)
        self.verdict.setAccessibleDescription(self.verdict_text())

    def verdict_text(self) -> str:
        from PySide6.QtGui import QTextDocumentFragment

        return QTextDocumentFragment.fromHtml(self.verdict.text()).toPlainText()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self.bring_button.isEnabled() and pdf_url(event.mimeData()) is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        path = pdf_url(event.mimeData())
        if path is None or not self.bring_button.isEnabled():
            event.ignore()
            return
        event.acceptProposedAction()
        self.record_copy(path)
