"""From review to payment through the real widgets: a failed review, a resubmission, an
accepting review, the sign-off PDF, the signed copy coming back, invoicing and payment."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QFileDialog, QMessageBox

from core.history import engagement_stream
from core.models import SignOff
from core.services import Services, SignatureInput
from desktop.dialogs.review import ReviewDialog
from desktop.ops import Ops
from desktop.views.signoff import SignoffPanel
from tests.checks import milestone_state, stream_events
from tests.factories import Built, accept, make_active, make_deemed_accepted


def review(qtbot, ops: Ops, services: Services, mid: str, verdicts: list[str]) -> str:
    dialog = ReviewDialog(ops, services, mid)
    qtbot.addWidget(dialog)
    dialog.show()
    for position, value in enumerate(verdicts, start=1):
        dialog.set_verdict(position, value, "checked on the staging site")
    text = dialog.outcome_text()
    dialog.save_button.click()
    assert not dialog.isVisible()  # saved and closed
    return text


def open_panel(qtbot, ops: Ops, services: Services, mid: str) -> SignoffPanel:
    panel = SignoffPanel(ops, services)
    qtbot.addWidget(panel)
    panel.resize(900, 900)
    panel.show()
    panel.show_milestone(mid)
    return panel


def save_dialog_to(monkeypatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(path), ""))


def open_dialog_to(monkeypatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))


def panel_with_issued_pdf(
    qtbot, ops: Ops, services: Services, mid: str, monkeypatch, tmp_path: Path
) -> tuple[SignoffPanel, Path]:
    """The sign-off panel of an accepted milestone, its PDF exported (and so issued)."""
    panel = open_panel(qtbot, ops, services, mid)
    issued = tmp_path / "issued.pdf"
    save_dialog_to(monkeypatch, issued)
    panel.export_pdf()
    return panel, issued


def pdf_text(data: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def test_review_to_payment(qtbot, ops, services, monkeypatch, tmp_path, refusals):
    built = make_active(services)
    mid = built.milestone_ids[0]
    services.workflow.start(mid)
    services.workflow.submit(mid, date(2026, 2, 2))

    outcome = review(qtbot, ops, services, mid, ["met", "not_met"])
    assert outcome == "Outcome: changes requested — 1 criterion not met"
    assert milestone_state(services, mid) == "changes_requested"

    panel = open_panel(qtbot, ops, services, mid)
    assert "No sign-off yet" in panel.heading.text()
    assert not panel.export_button.isEnabled()

    services.workflow.submit(mid, date(2026, 2, 9))  # the agency fixed it and resubmitted
    assert review(qtbot, ops, services, mid, ["met", "met"]) == "Outcome: accepted"
    assert milestone_state(services, mid) == "accepted"  # the panel hears about it through ops
    assert panel.record is not None
    document_id = panel.record.document_id
    assert document_id == "ACME-2026-01-M01-R2"
    assert document_id in panel.heading.text()

    target = tmp_path / "sign-off.pdf"
    save_dialog_to(monkeypatch, target)
    assert panel.export_pdf() == target
    text = pdf_text(target.read_bytes())
    assert document_id in text and "Milestone 1" in text
    assert panel.pdf_document.pageCount() >= 1  # previewed in the panel
    assert panel.folder_button.isEnabled()
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    panel.folder_button.click()
    assert opened == [QUrl.fromLocalFile(str(tmp_path))]

    ack = tmp_path / "acknowledgement.txt"
    ack.write_text(f"We accept sign-off {document_id}.\nMarie Dupont, CMO", encoding="utf-8")
    open_dialog_to(monkeypatch, ack)
    panel.method.setCurrentIndex(panel.method.findData("typed"))
    assert panel.signer.text() == "Marie Dupont"  # the client's signatory, proposed
    panel.document_id.setText(document_id.lower())
    panel.bring_button.click()
    assert panel.signed_copy.verdict_text().startswith("✔ Matched: typed acknowledgement matched")
    assert milestone_state(services, mid) == "signed_off"
    assert not panel.bring_button.isEnabled()

    assert panel.invoiced_button.isEnabled() and not panel.paid_button.isEnabled()
    panel.invoiced_button.click()
    assert milestone_state(services, mid) == "invoiced"
    answers = [QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Yes]
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: answers.pop(0))
    panel.paid_button.click()  # asked first, and the user thought better of it
    assert milestone_state(services, mid) == "invoiced"
    panel.paid_button.click()
    assert milestone_state(services, mid) == "paid"
    assert not panel.paid_button.isEnabled()
    assert refusals == []


@pytest.fixture
def accepted(services: Services) -> Built:
    built = make_active(services)
    accept(services, built, built.milestone_ids[0])
    return built


def test_a_copy_of_another_sign_off_is_not_verified_and_nothing_is_recorded(
    qtbot, ops, services, accepted, monkeypatch, tmp_path
):
    mid = accepted.milestone_ids[0]
    panel = open_panel(qtbot, ops, services, mid)
    panel.method.setCurrentIndex(panel.method.findData("scan"))
    panel.document_id.setText("ACME-2026-01-M02-R1")
    scan = tmp_path / "scan.pdf"
    page = io.BytesIO()
    Image.new("L", (120, 160), 240).save(page, format="PDF")  # a scanned page, as a PDF
    scan.write_bytes(page.getvalue())
    open_dialog_to(monkeypatch, scan)
    panel.bring_button.click()
    assert panel.signed_copy.verdict_text().startswith("✘ Not verified:")
    assert "ACME-2026-01-M02-R1" in panel.signed_copy.verdict_text()
    assert milestone_state(services, mid) == "accepted"
    assert panel.bring_button.isEnabled()  # the user can try again with the right file


def test_a_copy_brought_back_after_switching_milestones_is_recorded_on_the_one_shown(
    qtbot, ops, services, accepted, monkeypatch, tmp_path, refusals
):
    """The panel hands the milestone it shows to its signed-copy actions: after moving from
    the first accepted milestone to the second, a copy is checked against and recorded on
    the second one only."""
    first, second = accepted.milestone_ids[:2]
    accept(services, accepted, second)
    panel = open_panel(qtbot, ops, services, first)
    panel.show_milestone(second)
    assert panel.record is not None
    document_id = panel.record.document_id
    assert "-M02-" in document_id
    save_dialog_to(monkeypatch, tmp_path / "second.pdf")
    panel.export_pdf()  # issues the second milestone's sign-off
    qtbot.waitUntil(lambda: panel.pdf_document.pageCount() > 0)
    assert document_id in panel.pdf_document.getAllText(0).text()

    ack = tmp_path / "acknowledgement.txt"
    ack.write_text(f"We accept sign-off {document_id}.\nMarie Dupont, CMO", encoding="utf-8")
    open_dialog_to(monkeypatch, ack)
    panel.method.setCurrentIndex(panel.method.findData("typed"))
    panel.document_id.setText(document_id)
    panel.bring_button.click()
    assert panel.signed_copy.verdict_text().startswith("✔ Matched:")
    assert milestone_state(services, first) == "accepted"
    assert milestone_state(services, second) == "signed_off"
    assert refusals == []


def dropped(path: Path) -> tuple[QDropEvent, QMimeData]:
    """A drop of ``path``; keep the mime data alive as long as the event."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    event = QDropEvent(
        QPointF(20, 20),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    return event, mime


def test_a_signed_copy_dropped_on_the_panel_is_verified_and_recorded(
    qtbot, ops, services, accepted, monkeypatch, tmp_path
):
    mid = accepted.milestone_ids[0]
    panel, issued = panel_with_issued_pdf(qtbot, ops, services, mid, monkeypatch, tmp_path)

    scan = tmp_path / "returned.pdf"
    scan.write_bytes(issued.read_bytes())  # printed, signed, scanned back by the client
    panel.method.setCurrentIndex(panel.method.findData("scan"))
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(scan))])
    enter = QDragEnterEvent(
        QPointF(20, 20),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    enter.setAccepted(False)
    panel.dragEnterEvent(enter)
    assert enter.isAccepted()  # the panel says it will take the file
    event, _mime = dropped(scan)
    event.setAccepted(False)
    panel.dropEvent(event)
    assert event.isAccepted()
    assert panel.signed_copy.verdict_text().startswith("✔ Matched: scanned copy matched")
    assert milestone_state(services, mid) == "signed_off"
    with services.db.reading() as session:
        signoff = session.query(SignOff).filter_by(milestone_id=mid).one()
        assert signoff.returned_file == issued.read_bytes()
        assert signoff.signature_method == "scan"

    other, _other_mime = dropped(tmp_path / "notes.txt")
    panel.dropEvent(other)
    assert not other.isAccepted()  # only PDFs are taken, and only while awaiting a signature


def test_billing_on_a_stale_panel_is_refused_and_nothing_is_billed(
    qtbot, ops, services, accepted, refusals
):
    """Someone else changed the milestone while the panel was open: marking it invoiced
    from the old view is refused with the reload message, as in the roadmap."""
    mid = accepted.milestone_ids[0]
    services.signoffs.record_signature(
        services.signoffs.for_milestone("ACME-2026-01", 1).id,
        SignatureInput(
            method="typed", signer="Marie Dupont", signed_on=date(2026, 3, 4),
            returned_file=b"We accept.", verified=True, reason="typed", confirmed_by="tester",
        ),
    )  # fmt: skip
    panel = open_panel(qtbot, ops, services, mid)
    assert panel.invoiced_button.isEnabled()
    other = Services(services.db, "colleague")
    other.workflow.mark_invoiced(mid, date(2026, 3, 9))  # a colleague invoiced it meanwhile
    panel.invoiced_button.click()
    assert len(refusals) == 1 and "someone else" in refusals[0]
    assert milestone_state(services, mid) == "invoiced"
    events = stream_events(services.db, engagement_stream(accepted.engagement_id))
    invoiced = [e for e in events if e.after and '"invoiced_on"' in e.after]
    assert [e.actor for e in invoiced] == ["colleague"]  # billed once, by the colleague


def test_a_digitally_signed_copy_says_who_signed_and_how_far_the_certificate_was_checked(
    qtbot, ops, services, accepted, monkeypatch, tmp_path
):
    from tests.reports.pki import make_pki, sign_field

    mid = accepted.milestone_ids[0]
    panel, issued = panel_with_issued_pdf(qtbot, ops, services, mid, monkeypatch, tmp_path)
    signed = tmp_path / "signed.pdf"
    signed.write_bytes(sign_field(issued.read_bytes(), make_pki("Marie Dupont")))

    panel.method.setCurrentIndex(panel.method.findData("digital"))
    open_dialog_to(monkeypatch, signed)
    panel.bring_button.click()
    assert panel.signed_copy.verdict_text() == (
        "✔ Verified: signed digitally by Marie Dupont; the sign-off is unchanged since we "
        "issued it\nCertificate: signer certificate not checked against a trust list"
    )
    assert milestone_state(services, mid) == "signed_off"


def test_a_copy_altered_before_poppler_signed_it_is_refused_in_words_and_not_recorded(
    qtbot, ops, services, accepted, monkeypatch, tmp_path
):
    """The client's reader (poppler) signed a copy someone had added a page to: the signature
    itself is valid, the panel says what changed and records nothing."""
    from tests.reports import tamper
    from tests.reports.signers import make_identity, pdfsig_sign_field

    mid = accepted.milestone_ids[0]
    panel, issued = panel_with_issued_pdf(qtbot, ops, services, mid, monkeypatch, tmp_path)
    client = make_identity(tmp_path / "client", "Marie Dupont")
    signed = tmp_path / "signed.pdf"
    signed.write_bytes(pdfsig_sign_field(tamper.extra_page(issued.read_bytes()), client))

    panel.method.setCurrentIndex(panel.method.findData("digital"))
    open_dialog_to(monkeypatch, signed)
    panel.bring_button.click()
    assert panel.signed_copy.verdict_text() == (
        "✘ Not verified: pages were added to or removed from the sign-off after we issued it"
    )
    assert milestone_state(services, mid) == "accepted"
    assert panel.bring_button.isEnabled()

    genuine = tmp_path / "genuine.pdf"
    genuine.write_bytes(pdfsig_sign_field(issued.read_bytes(), client))
    open_dialog_to(monkeypatch, genuine)
    panel.bring_button.click()
    assert panel.signed_copy.verdict_text().startswith(
        "✔ Verified: signed digitally by Marie Dupont;"
    )
    assert milestone_state(services, mid) == "signed_off"


def test_the_panel_previews_and_exports_a_deemed_acceptance(
    qtbot, ops, services, monkeypatch, tmp_path, refusals
):
    """No reviewer, no verdicts: the sign-off of a deemed acceptance previews like any
    other, and says how it was accepted instead of naming a reviewer."""
    from PySide6.QtPdf import QPdfDocument

    built = make_deemed_accepted(services)
    mid = built.milestone_ids[0]

    panel = open_panel(qtbot, ops, services, mid)
    assert panel.record is not None and "ACME-2026-01-M01-R1" in panel.heading.text()
    assert panel.preview_button.isEnabled()
    panel.preview_button.click()
    assert refusals == []
    qtbot.waitUntil(lambda: panel.pdf_document.status() == QPdfDocument.Status.Ready)
    assert panel.pdf_document.pageCount() >= 1
    shown = panel.pdf_document.getAllText(0).text()  # what the preview itself reads
    assert "Deemed accepted" in " ".join(shown.split())

    issued = tmp_path / "deemed.pdf"
    save_dialog_to(monkeypatch, issued)
    assert panel.export_pdf() == issued
    text = " ".join(pdf_text(issued.read_bytes()).split())
    assert (
        "Deemed accepted: the client made no decision within 14 days of submission "
        "(submitted March 1, 2026); confirmed by Sam Lee on March 16, 2026"
    ) in text
    assert "Reviewer" not in text  # nobody reviewed it; no reviewer is named
    assert panel.method.isEnabled()  # awaiting the client's signed copy


def issued_events(services: Services, engagement_id: str) -> int:
    from core.queries import iter_history

    with services.db.reading() as session:
        return sum(1 for e in iter_history(session, engagement_id) if e.action == "issued")


def test_previewing_is_not_issuing(qtbot, ops, services, accepted, monkeypatch, tmp_path, refusals):
    """A preview shows the sign-off but stores nothing and writes no history; a copy of a
    sign-off never issued is refused in words; exporting issues it once."""
    mid = accepted.milestone_ids[0]
    panel = open_panel(qtbot, ops, services, mid)
    assert panel.record is not None
    document_id = panel.record.document_id
    panel.preview_button.click()
    qtbot.waitUntil(lambda: panel.pdf_document.pageCount() > 0)
    assert document_id in panel.pdf_document.getAllText(0).text()
    assert issued_events(services, accepted.engagement_id) == 0
    assert services.signoffs.for_milestone("ACME-2026-01", 1).issued_pdf is None

    ack = tmp_path / "acknowledgement.txt"
    ack.write_text(f"We accept sign-off {document_id}.", encoding="utf-8")
    open_dialog_to(monkeypatch, ack)
    panel.method.setCurrentIndex(panel.method.findData("typed"))
    panel.document_id.setText(document_id)
    panel.bring_button.click()
    assert panel.signed_copy.verdict_text() == (
        f"✘ Not verified: sign-off {document_id} has not been issued yet: export its PDF "
        "first; only an issued sign-off can come back signed"
    )
    assert milestone_state(services, mid) == "accepted"

    save_dialog_to(monkeypatch, tmp_path / "issued.pdf")
    panel.export_pdf()
    panel.export_pdf()
    assert issued_events(services, accepted.engagement_id) == 1
    panel.bring_button.click()
    assert milestone_state(services, mid) == "signed_off"
    assert refusals == []
