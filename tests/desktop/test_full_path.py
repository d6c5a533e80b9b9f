"""The whole life of an engagement through the main window, as a project manager runs it:
draft → template → activate → submit → a review with a criterion not met → changes
requested → resubmit → accept → export the sign-off → record the signed copy → invoiced →
paid; an idea raised during the review is diverted into a spin-off, which opens.

Only the modal dialogs' ``exec`` and the file dialogs are replaced (by functions that fill
the real dialog's widgets as a user would); every click goes to a real widget."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QInputDialog,
    QMessageBox,
)

from core.models import Idea
from desktop.dialogs.activate import ActivateDialog
from desktop.dialogs.engagement import ClientDialog, EngagementDialog
from desktop.dialogs.review import ReviewDialog
from desktop.main_window import MainWindow
from desktop.views.engagement import TAB_IDEAS, TAB_ROADMAP, TAB_SIGNOFF, EngagementView
from desktop.views.ideas import IdeasView
from desktop.views.signoff import SignoffPanel

CODE = "NOVA-2026-01"
TEMPLATE = "Software release"


def save(qtbot, dialog: QDialog) -> None:
    buttons = dialog.findChild(QDialogButtonBox, options=Qt.FindChildOption.FindDirectChildrenOnly)
    qtbot.mouseClick(
        buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
    )


def create_engagement(qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    def new_client(dialog: ClientDialog) -> int:
        dialog.show()
        qtbot.keyClicks(dialog.name, "Nova Robotics GmbH")
        name, role, email = dialog.contacts.rows[0][0]
        qtbot.keyClicks(name, "Jonas Weber")
        qtbot.keyClicks(role, "CTO")
        qtbot.keyClicks(email, "jonas@nova.example")
        dialog.contacts.rows[0][1].setChecked(True)  # the signatory
        save(qtbot, dialog)
        return dialog.result()

    def new_engagement(dialog: EngagementDialog) -> int:
        dialog.show()
        qtbot.keyClicks(dialog.code, CODE.lower())
        qtbot.keyClicks(dialog.title, "Fleet dashboard")
        qtbot.mouseClick(dialog.new_client, Qt.MouseButton.LeftButton)
        qtbot.keyClicks(dialog.objectives.rows[0][0][0], "Operators see every robot live")
        qtbot.keyClicks(dialog.objectives.rows[0][0][1], "< 2 s latency")
        save(qtbot, dialog)
        return dialog.result()

    monkeypatch.setattr(ClientDialog, "exec", new_client)
    monkeypatch.setattr(EngagementDialog, "exec", new_engagement)
    window.act_new.trigger()


def plan_milestone(qtbot, view: EngagementView, title: str, amount: str) -> None:
    view.page_actions.act_add.trigger()
    editor = view.editor
    editor.title_edit.selectAll()
    qtbot.keyClicks(editor.title_edit, title)
    editor.amount.clear()
    qtbot.keyClicks(editor.amount, amount)
    editor.due.check.setChecked(True)
    editor.due.edit.setDate(editor.due.edit.date().addDays(30 * len(view.model.milestones)))
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    editor.template.setCurrentIndex(editor.template.findText(TEMPLATE))
    qtbot.mouseClick(editor.apply_template, Qt.MouseButton.LeftButton)


def state(view: EngagementView, position: int) -> str:
    return view.model.milestones[position - 1].state


def test_from_draft_to_paid_with_an_idea_diverted_into_a_spin_off(
    qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, refusals
) -> None:
    # Plan: a draft with two billing points built from the software-release template.
    create_engagement(qtbot, window, monkeypatch)
    view = window.engagement_view
    assert view.heading.text() == f"{CODE} — Fleet dashboard"
    assert view.badge.text() == "Draft"
    plan_milestone(qtbot, view, "Pilot release", "12,000.00")
    plan_milestone(qtbot, view, "Fleet roll-out", "18,500.00")
    assert [(m.title, m.amount_minor) for m in view.model.milestones] == [
        ("Pilot release", 1_200_000),
        ("Fleet roll-out", 1_850_000),
    ]
    pilot = view.model.milestones[0]
    assert pilot.template_name == TEMPLATE and len(pilot.criteria) >= 2
    assert view.total.text() == "Total of 2 milestones: €30,500.00"

    # Activate: the confirmation lists what locks; the fingerprint shows afterwards.
    confirmed: list[str] = []

    def confirm(dialog: ActivateDialog) -> int:
        confirmed.append(dialog.summary.text() + "\n" + dialog.roadmap.toPlainText())
        qtbot.mouseClick(dialog.activate_button, Qt.MouseButton.LeftButton)
        confirmed.append(dialog.roadmap.toPlainText())  # now the baseline fingerprint
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(ActivateDialog, "exec", confirm)
    view.page_actions.act_activate.trigger()
    assert "locks its scope" in confirmed[0] and "Pilot release" in confirmed[0]
    fingerprint = view.detail.baseline_fingerprint
    assert confirmed[1] == fingerprint
    assert view.badge.text() == "Active" and fingerprint[:16] in view.lock_label.text()

    # Run the first milestone: start, submit, a review with one criterion not met...
    view.select_milestone(pilot.id)
    view.page_actions.act_start.trigger()
    view.page_actions.act_submit.trigger()
    assert state(view, 1) == "submitted"
    ideas_in_review: list[str] = []

    def review(verdicts: list[str], expected: str, idea: str | None = None):
        def run(dialog: ReviewDialog) -> int:
            dialog.show()
            for position, verdict in enumerate(verdicts, start=1):
                dialog.set_verdict(position, verdict, "checked on the pilot site")
            assert dialog.outcome_text() == expected  # shown before saving
            if idea is not None:  # raised by the client during the review
                form = dialog.capture_idea()
                form.description.setPlainText(idea)
                form.priority.setCurrentIndex(form.priority.findData("must"))
                qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
                assert dialog.isVisible() and form.created_id is not None
                ideas_in_review.append(form.created_id)
            qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
            return dialog.result()

        return run

    criteria = len(pilot.criteria)
    first = ["not_met"] + ["met"] * (criteria - 1)
    monkeypatch.setattr(
        ReviewDialog,
        "exec",
        review(first, "Outcome: changes requested — 1 criterion not met", "Offline mode"),
    )
    view.page_actions.act_review.trigger()
    assert state(view, 1) == "changes_requested"

    # ...resubmitted after the fix, and accepted in the second round.
    view.page_actions.act_submit.trigger()
    assert state(view, 1) == "submitted"
    monkeypatch.setattr(ReviewDialog, "exec", review(["met"] * criteria, "Outcome: accepted"))
    view.page_actions.act_review.trigger()
    assert state(view, 1) == "accepted"

    # Sign-off: export with preview, bring back the typed acknowledgement, bill.
    view.page_actions.act_signoff.trigger()
    assert view.tabs.currentIndex() == TAB_SIGNOFF
    panel = view.tabs.currentWidget()
    assert isinstance(panel, SignoffPanel)
    document_id = f"{CODE}-M01-R2"
    assert panel.record is not None and panel.record.document_id == document_id
    issued = tmp_path / f"{document_id}.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(issued), ""))
    qtbot.mouseClick(panel.export_button, Qt.MouseButton.LeftButton)
    reader = PdfReader(io.BytesIO(issued.read_bytes()))
    text = "\n".join(page.extract_text() for page in reader.pages)
    assert document_id in text and "Pilot release" in text
    assert panel.pdf_document.pageCount() == len(reader.pages)  # previewed in the panel
    assert panel.folder_button.isEnabled()

    signed = tmp_path / "acknowledgement.txt"
    signed.write_text(f"We accept {document_id}. Jonas Weber, CTO", encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(signed), ""))
    panel.method.setCurrentIndex(panel.method.findData("typed"))
    assert panel.signer.text() == "Jonas Weber"
    panel.document_id.setText(document_id)
    qtbot.mouseClick(panel.bring_button, Qt.MouseButton.LeftButton)
    assert panel.signed_copy.verdict_text().startswith("✔ Matched")
    qtbot.mouseClick(panel.invoiced_button, Qt.MouseButton.LeftButton)
    asked: list[str] = []  # marking paid asks first: it cannot be undone
    yes = QMessageBox.StandardButton.Yes
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a[2]) or yes)
    qtbot.mouseClick(panel.paid_button, Qt.MouseButton.LeftButton)
    assert len(asked) == 1 and "cannot be undone" in asked[0]
    view.tabs.setCurrentIndex(TAB_ROADMAP)
    assert state(view, 1) == "paid" and state(view, 2) == "planned"

    # The idea from the review waits in the backlog; diverting it opens the spin-off.
    view.tabs.setCurrentIndex(TAB_IDEAS)
    backlog = view.tabs.currentWidget()
    assert isinstance(backlog, IdeasView)
    backlog.select_ids(ideas_in_review)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, text="", **k: (text, True))
    qtbot.mouseClick(backlog.divert_button, Qt.MouseButton.LeftButton)
    spinoff = window.engagement_view.detail
    assert spinoff is not None and spinoff.code == f"{CODE}-S1"
    assert (spinoff.status, spinoff.parent_code) == ("draft", CODE)
    assert [m.title for m in spinoff.milestones] == ["Offline mode"]
    assert window.sidebar.currentIndex().parent().data().startswith(CODE)  # under its parent
    with window.services.db.reading() as session:
        idea = session.get(Idea, ideas_in_review[0])
        assert idea is not None and (idea.state, idea.source) == ("diverted", "review_round")

    window.open_engagement(view.detail.parent_id)  # back to the parent: scope unchanged
    assert window.engagement_view.detail.baseline_fingerprint == fingerprint
    assert refusals == []
