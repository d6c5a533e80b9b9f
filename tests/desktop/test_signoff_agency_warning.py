"""The sign-off panel and the agency's identity, walked as a project manager on a fresh
install: a milestone accepted before the agency was named, the identity filled in afterwards
in Preferences, then the sign-off exported. The PDF names the agency; exporting again gives
the same file, whatever the agency becomes. Exporting while the identity is empty is never
refused: the panel says, beside the export button, where to fill it in."""

from __future__ import annotations

import re
import subprocess
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QScrollArea

from core.services import Services
from core.services.signoffs import SignatureInput
from desktop.app import install_translators, remove_translators
from desktop.dialogs.settings import SettingsDialog
from desktop.labels import interface_language
from desktop.main_window import MainWindow
from desktop.views.engagement import TAB_SIGNOFF
from desktop.views.signoff import SignoffPanel
from tests.desktop.helpers import laid_out
from tests.factories import Built, accept, make_active

WHERE = "File ▸ Preferences ▸ Agency identity on documents"


def pdftotext(path: Path) -> str:
    run = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True, check=True
    )
    return re.sub(r"\s+", " ", run.stdout)


@pytest.fixture
def accepted(window: MainWindow) -> Built:
    """Two milestones, the first accepted while the agency's identity is still empty."""
    built = make_active(window.services, milestones=2)
    accept(window.services, built, built.milestone_ids[0])
    return built


def signoff_panel(window: MainWindow, built: Built, milestone: int = 0) -> SignoffPanel:
    window.open_engagement(built.engagement_id, built.milestone_ids[milestone])
    view = window.engagement_view
    view.tabs.setCurrentIndex(TAB_SIGNOFF)
    panel = view.tabs.currentWidget()
    assert isinstance(panel, SignoffPanel) and panel.record is not None
    return panel


def fill_in_preferences(qtbot, window: MainWindow, name: str) -> None:
    dialog = SettingsDialog(window.ops, window.services, window.db.url, window, window.settings)
    qtbot.addWidget(dialog)
    dialog.name.clear()
    qtbot.keyClicks(dialog.name, name)
    dialog.address.setPlainText("14 quai des Chartrons\n33000 Bordeaux")
    dialog.signatory_name.setText("Camille Nordin")
    dialog.save()


def export_to(qtbot, panel: SignoffPanel, monkeypatch, target: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    qtbot.mouseClick(panel.export_button, Qt.MouseButton.LeftButton)
    assert target.exists()


def test_the_agency_filled_in_after_the_acceptance_is_on_the_exported_sign_off(
    qtbot, window: MainWindow, accepted: Built, monkeypatch, tmp_path: Path, refusals
) -> None:
    panel = signoff_panel(window, accepted)
    assert panel.agency_warning.isVisible()  # before any export: where to fill it in
    assert WHERE in panel.agency_warning.text() and "would name no agency" in (
        panel.agency_warning.text()
    )

    prepared = window.services.signoffs.for_milestone("ACME-2026-01", 1)
    assert prepared.fingerprint[:12] in panel.heading.text()

    fill_in_preferences(qtbot, window, "Studio Nord")
    assert not panel.agency_warning.isVisible()  # the panel heard of the new settings
    # the heading already shows the fingerprint the export is about to give
    assert prepared.fingerprint[:12] not in panel.heading.text()
    before_export = panel.heading.text()
    first = tmp_path / "signoff.pdf"
    export_to(qtbot, panel, monkeypatch, first)

    text = pdftotext(first)
    assert "Studio Nord" in text and "14 quai des Chartrons" in text and "Camille Nordin" in text
    assert window.statusBar().currentMessage() == f"Sign-off PDF saved to {first}."
    assert not panel.agency_warning.isVisible() and refusals == []
    stored = window.services.signoffs.for_milestone("ACME-2026-01", 1)
    assert stored.fingerprint[:12] in panel.heading.text()  # the renewed fingerprint
    assert stored.fingerprint[:12] in before_export and stored.fingerprint[:16] in text

    fill_in_preferences(qtbot, window, "Studio Sud")  # after the issue: the file stays
    again = tmp_path / "again.pdf"
    export_to(qtbot, panel, monkeypatch, again)
    assert again.read_bytes() == first.read_bytes()
    assert "Studio Sud" not in pdftotext(again)
    assert not panel.agency_warning.isVisible() and refusals == []


def test_exporting_without_an_agency_warns_and_still_issues(
    qtbot, window: MainWindow, accepted: Built, monkeypatch, tmp_path: Path, refusals
) -> None:
    panel = signoff_panel(window, accepted)
    target = tmp_path / "signoff.pdf"
    export_to(qtbot, panel, monkeypatch, target)

    assert refusals == []  # nothing stopped the export or asked a question
    assert window.services.signoffs.for_milestone("ACME-2026-01", 1).issued_pdf == (
        target.read_bytes()
    )
    message = window.statusBar().currentMessage()
    assert message.startswith(f"Sign-off PDF saved to {target}.") and "names no agency" in message
    warning = panel.agency_warning.text()
    assert panel.agency_warning.isVisible()
    assert "issued sign-off never changes" in warning and WHERE in warning

    fill_in_preferences(qtbot, window, "Studio Nord")  # too late for this one
    assert panel.agency_warning.isVisible()
    warning = panel.agency_warning.text()  # no longer asks to fill in what is filled in
    assert "issued sign-off never changes" in warning and WHERE not in warning
    accept(window.services, accepted, accepted.milestone_ids[1])
    second = signoff_panel(window, accepted, 1)
    assert not second.agency_warning.isVisible()  # not issued yet: it will name the agency


def test_a_sign_off_signed_before_any_issue_says_it_was_signed_without_an_agency(
    qtbot, window: MainWindow, accepted: Built, services: Services
) -> None:
    """Signed (here typed in, as a client does in person) before a PDF was ever issued: the
    signature fixed its text, so the warning speaks of the signature, not of an issue."""
    signoff = services.signoffs.for_milestone("ACME-2026-01", 1)
    services.signoffs.record_signature(
        signoff.id, SignatureInput("typed", "Marie Dupont", date(2026, 3, 3), b"ack", True, "ok")
    )
    panel = signoff_panel(window, accepted)
    warning = panel.agency_warning.text()
    assert panel.agency_warning.isVisible()
    assert "empty when it was signed, and a signed sign-off never changes" in warning
    assert "issued" not in warning.split(".")[0] and WHERE in warning

    fill_in_preferences(qtbot, window, "Studio Nord")  # too late for this one
    warning = panel.agency_warning.text()
    assert panel.agency_warning.isVisible() and "signed sign-off never changes" in warning
    assert WHERE not in warning  # no longer asks to fill in what is filled in


def test_the_warning_follows_the_settings_while_nothing_is_issued(
    qtbot, window: MainWindow, accepted: Built, services: Services
) -> None:
    panel = signoff_panel(window, accepted)
    fill_in_preferences(qtbot, window, "Studio Nord")
    assert not panel.agency_warning.isVisible()
    window.act_undo.trigger()  # the agency's identity is empty again
    assert services.settings.get()["name"] == ""
    assert panel.agency_warning.isVisible()


@pytest.mark.parametrize(("language", "code"), [("fr", "fr"), ("es", "es"), ("zh_TW", "zh-TW")])
def test_the_warning_reads_whole_without_a_sideways_scroll_bar(
    qtbot, window: MainWindow, accepted: Built, language: str, code: str
) -> None:
    """The steps' column, warning shown, is as wide as its widest row: in French its
    signature form once needed 406 px of a 400 px column, and a scroll bar hid the last
    pixels of every box."""
    app = QApplication.instance()
    installed = install_translators(app, locale=QLocale(language))
    try:
        assert interface_language() == code, "build the catalogues first (translations.py)"
        window.resize(1280, 800)
        panel = signoff_panel(window, accepted)
        laid_out(window)
        qtbot.waitUntil(panel.agency_warning.isVisible)
        steps = panel.findChild(QScrollArea)
        assert not steps.horizontalScrollBar().isVisible(), steps.widget().minimumSizeHint()
        box = panel.agency_warning.parentWidget()
        assert panel.agency_warning.geometry().right() <= box.contentsRect().right()
    finally:
        remove_translators(app, installed)
