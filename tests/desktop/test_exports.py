"""File > Export and Import through the main window's menus: every document is written off
the GUI thread, the status bar says where it went and offers to show the folder."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QUrl
from PySide6.QtGui import QAction, QDesktopServices
from PySide6.QtWidgets import QFileDialog

from desktop.main_window import MainWindow


def menu_action(window: MainWindow, text: str) -> QAction:
    return next(a for a in window.export_menu.actions() if a.text().replace("&", "") == text)


def save_to(monkeypatch: pytest.MonkeyPatch, target: Path) -> list[str]:
    suggested: list[str] = []

    def save_as(_parent, _title, name, pattern, *args, **kwargs):
        suggested.append(Path(name).name)
        return str(target), pattern

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    return suggested


def pdf_text(path: Path) -> str:
    reader = PdfReader(io.BytesIO(path.read_bytes()))
    return "\n".join(page.extract_text() for page in reader.pages)


def export(qtbot, window: MainWindow, text: str) -> None:
    with qtbot.waitSignal(window.ops.sig_saved, timeout=60_000):
        menu_action(window, text).trigger()


def test_engagement_exports_wait_for_an_open_engagement(window: MainWindow) -> None:
    assert not menu_action(window, "Roadmap PDF…").isEnabled()
    assert not menu_action(window, "History as CSV…").isEnabled()
    assert menu_action(window, "Weekly status of the portfolio…").isEnabled()
    window.open_sample()
    assert menu_action(window, "Roadmap PDF…").isEnabled()


def test_history_csv_from_the_menu_and_show_in_folder(
    qtbot, window: MainWindow, monkeypatch, tmp_path: Path, refusals
) -> None:
    window.open_sample()
    target = tmp_path / "lumi-history.csv"
    assert save_to(monkeypatch, target) == []
    export(qtbot, window, "History as CSV…")
    assert refusals == []
    assert window.statusBar().currentMessage() == f"Saved to {target}"
    lines = target.read_text(encoding="utf-8-sig").splitlines()
    assert len(lines) > 10 and any("LUMI-2026-01" in line for line in lines)
    assert lines[0].startswith("Date (UTC),Auteur,Mission,Jalon")  # readable, in French
    assert window.folder_button.isVisible()
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    window.folder_button.click()
    assert opened == [QUrl.fromLocalFile(str(tmp_path))]


def test_roadmap_pdf_from_the_menu(qtbot, window: MainWindow, monkeypatch, tmp_path, refusals):
    window.open_sample()
    target = tmp_path / "roadmap.pdf"
    suggested = save_to(monkeypatch, target)
    export(qtbot, window, "Roadmap PDF…")
    assert refusals == []
    assert suggested == ["LUMI-2026-01-roadmap.pdf"]
    reader = PdfReader(io.BytesIO(target.read_bytes()))
    assert len(reader.pages) == 1  # one page, for a contract annex
    assert "LUMI-2026-01" in pdf_text(target)


def test_weekly_status_pdfs_from_the_menu(
    qtbot, window: MainWindow, monkeypatch, tmp_path, refusals
):
    window.open_sample()
    one = tmp_path / "status-one.pdf"
    save_to(monkeypatch, one)
    export(qtbot, window, "Weekly status of this engagement…")
    assert "LUMI-2026-01" in pdf_text(one)

    portfolio = tmp_path / "status-all.pdf"
    save_to(monkeypatch, portfolio)
    export(qtbot, window, "Weekly status of the portfolio…")
    text = pdf_text(portfolio)
    assert "LUMI-2026-01" in text and "TPE-2026-01" in text
    assert refusals == []


def test_an_archive_exported_from_one_database_imports_into_another(
    qtbot, window: MainWindow, monkeypatch, tmp_path: Path, refusals
) -> None:
    window.open_sample()
    archive = tmp_path / "lumi.json"
    save_to(monkeypatch, archive)
    export(qtbot, window, "Complete JSON archive…")
    assert window.switch_database(str(tmp_path / "empty.sqlite3"))
    assert window.sidebar_model.rowCount() == 0
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", lambda *a, **k: (str(archive), "Scopekeeper archives")
    )
    with qtbot.waitSignal(window.ops.sig_changed, timeout=60_000) as imported:
        window.import_archive()
    codes = {r.code for r in _engagements(window)}
    assert {"LUMI-2026-01", "LUMI-2026-02"} <= codes  # the spin-off comes along
    assert imported.args[0].engagements == {r.id for r in _engagements(window)}
    # The import's own Changes refreshed the sidebar: both engagements are listed.
    for row in _engagements(window):
        assert window.sidebar_model.index_of(row.id).isValid(), row.code
    assert "Imported" in window.statusBar().currentMessage()
    assert refusals == []
    window.db.close()


def _engagements(window: MainWindow):  # type: ignore[no-untyped-def]
    from core import queries

    with window.db.reading() as session:
        return queries.list_engagements(session)
