"""Editing a client after creation, from the client's name on the engagement page: the
name, address and contacts change together; a reviewer cannot be removed, and the
refusal says which round names them."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog

from core.services import ContactInput, Services
from core.services.clients import client_form
from desktop.dialogs.client import ClientEditDialog
from desktop.main_window import MainWindow
from tests.factories import accept, make_active, make_draft


def shown_contacts(s: Services, client_id: str) -> list[tuple[str, str, str, bool]]:
    with s.db.reading() as session:
        form = client_form(session, client_id)
    return [(c.name, c.role, c.email, c.signatory) for _, c in form.contacts]


def open_from_the_page(qtbot, window: MainWindow, engagement_id: str, monkeypatch) -> list:
    """Click the client's link on the engagement page; the dialog is kept, not run."""
    opened: list[ClientEditDialog] = []

    def keep(dialog: ClientEditDialog) -> int:
        qtbot.addWidget(dialog)
        dialog.show()
        opened.append(dialog)
        return 0

    monkeypatch.setattr(ClientEditDialog, "exec", keep)
    window.refresh_sidebar()
    window.open_engagement(engagement_id)
    view = window.engagement_view
    assert "<a href='client:" in view.subtitle.text()
    view.subtitle.linkActivated.emit(f"client:{view.detail.client_id}")
    return opened


def test_edit_the_client_and_its_contacts_from_the_engagement_page(
    qtbot, window: MainWindow, monkeypatch, refusals
) -> None:
    s = window.services
    built = make_draft(s)
    s.clients.add_contact(built.client_id, ContactInput("Paul Martin", "CTO"))
    [dialog] = open_from_the_page(qtbot, window, built.engagement_id, monkeypatch)
    assert dialog.name.text() == "ACME SA"
    assert [e.text() for e in dialog.contacts.rows[0][0]] == [
        "Marie Dupont",
        "CMO",
        "marie@acme.example",
    ]
    dialog.name.clear()
    qtbot.keyClicks(dialog.name, "ACME Group SA")
    role = dialog.contacts.rows[0][0][1]
    role.clear()
    qtbot.keyClicks(role, "Chief Marketing Officer")
    dialog.contacts.rows[1][2].click()  # remove Paul
    dialog.contacts.add_button.click()
    new = dialog.contacts.rows[-1][0]
    qtbot.keyClicks(new[0], "Lea Roux")
    qtbot.keyClicks(new[2], "lea@acme.example")
    dialog.save_button.click()
    assert refusals == []
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert shown_contacts(s, built.client_id) == [
        ("Marie Dupont", "Chief Marketing Officer", "marie@acme.example", True),
        ("Lea Roux", "", "lea@acme.example", False),
    ]
    view = window.engagement_view
    assert ">ACME Group SA</a>" in view.subtitle.text()  # the page heard about it


def test_a_reviewer_is_not_removed_and_the_dialog_says_why(
    qtbot, window: MainWindow, monkeypatch, refusals
) -> None:
    s = window.services
    built = make_active(s)
    accept(s, built, built.milestone_ids[0])
    [dialog] = open_from_the_page(qtbot, window, built.engagement_id, monkeypatch)
    dialog.contacts.rows[0][2].click()
    dialog.save_button.click()
    assert len(refusals) == 1
    assert "Marie Dupont cannot be removed" in refusals[0]
    assert "reviewer of round 1 of ACME-2026-01 milestone 1" in refusals[0]
    assert dialog.isVisible()  # still open to put things right
    assert shown_contacts(s, built.client_id)[0][0] == "Marie Dupont"


def test_contact_fields_are_wide_enough_to_read(qtbot, window: MainWindow) -> None:
    s = window.services
    built = make_draft(s)
    s.clients.add_contact(
        built.client_id,
        ContactInput("Étienne Léger", "Responsable e-commerce", "etienne@maison-lumiere.example"),
    )
    dialog = ClientEditDialog(window.ops, s, built.client_id, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    for edits, _box, _remove in dialog.contacts.rows:
        for edit in edits:
            text = edit.text()
            assert edit.width() > edit.fontMetrics().horizontalAdvance(text) + 8, text
