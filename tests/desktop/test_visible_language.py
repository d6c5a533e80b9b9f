"""In French, Spanish and Traditional Chinese, no English is left on screen: every text the
main window and each dialog show (labels, buttons, menu entries and their tooltips, tab titles,
column headers, group titles, placeholders, list entries, window titles) differs from what the
same screen shows in English, on the demo portfolio.

What the user typed (names, titles, codes, amounts of the demo) is the same in every language and
is left out by taking the database's own text away from each screen text first; what is then
left with letters must not be an English screen text, unless the language's allow-list says why
it is the same. A new English string that a catalogue lacks makes this test fail."""

from __future__ import annotations

import html
import re
import sqlite3
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QTabWidget,
    QTextBrowser,
    QWidget,
)

from core.db import Database
from core.demo import load_demo
from core.services import Services
from desktop.app import install_translators, remove_translators
from desktop.main_window import MainWindow
from tests.desktop.helpers import translations

# Texts that are rightly the same as in English, and why.
SAME_EVERYWHERE = {
    "Scopekeeper": "the product's name",
    "PDF": "the format's name",
    "CSV": "the format's name",
    "XLSX": "the format's name",
    "ICS": "the format's name",
    "PNG": "the format's name",
    "SQLite": "the product's name",
    "PostgreSQL": "the product's name",
    "English": "each language is named in itself in the language list",
    "Français": "each language is named in itself in the language list",
    "Español": "each language is named in itself in the language list",
    "繁體中文": "each language is named in itself in the language list",
    "A4": "the paper size's name",
    "Letter": "the paper size's name: Qt and printers call it so in every language",
    "postgresql+psycopg://user@server/scopekeeper": "an example URL (placeholder)",
    "ACME-2026-01": "an example engagement code (placeholder)",
    **dict.fromkeys(
        ("AUD", "CAD", "CHF", "EUR", "GBP", "JPY", "MXN", "SEK", "TWD", "USD"),
        "an ISO 4217 currency code (the currency list)",
    ),
}
ALLOWED = {
    "fr": {
        **SAME_EVERYWHERE,
        **dict.fromkeys(
            ("Action", "Budget", "Client", "Code", "Contacts", "Date", "Description", "Verdict"),
            "the French word is spelt as the English one",
        ),
        "Logo": "the French word is spelt as the English one",
        "Active": "French adjective: une mission active",
        "E-mail": "the word French PMs use (as on the documents)",
        "OK": "Qt's own French for a dialog's OK button (qtbase_fr says OK)",
    },
    "es": {
        **SAME_EVERYWHERE,
        **dict.fromkeys(("Idea", "Ideas"), "the Spanish word is spelt as the English one"),
    },
    "zh_TW": {**SAME_EVERYWHERE},
}
LANGUAGES = sorted(ALLOWED)


def plain(text: str) -> str:
    """A screen text as read: no markup, single spaces."""
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", text)).split())


def widget_texts(top: QWidget) -> Iterator[str]:
    """What ``top`` shows: its title and the texts of its visible parts."""
    yield top.windowTitle()
    for widget in [top, *top.findChildren(QWidget)]:
        if widget is not top and not widget.isVisibleTo(top):
            continue
        if isinstance(widget, QLabel):
            yield widget.text()
        elif isinstance(widget, QAbstractButton):
            yield widget.text()
            yield widget.toolTip()
        elif isinstance(widget, QGroupBox):
            yield widget.title()
        elif isinstance(widget, QLineEdit | QPlainTextEdit):
            yield widget.placeholderText()
        elif isinstance(widget, QTextBrowser):  # a read-only text of the app (the guide)
            yield widget.toPlainText()
        elif isinstance(widget, QComboBox):
            yield from (widget.itemText(i) for i in range(widget.count()))
        elif isinstance(widget, QTabWidget):
            yield from (widget.tabText(i) for i in range(widget.count()))
        elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            for column in range(model.columnCount()):
                yield str(model.headerData(column, Qt.Orientation.Horizontal) or "")
        for action in widget.actions():
            yield action.text()
            yield action.toolTip()


def menu_texts(window: MainWindow) -> Iterator[str]:
    def visit(menu: QMenu) -> Iterator[str]:
        for action in menu.actions():
            yield action.text()
            yield action.toolTip()
            if action.menu() is not None:
                yield from visit(action.menu())

    for action in window.menuBar().actions():
        yield action.text()
        if action.menu() is not None:
            yield from visit(action.menu())


def dialogs(window: MainWindow, services: Services) -> Iterator[QDialog]:
    """Every dialog of the app, built as its menu entry or button builds it."""
    from desktop.connecting import translate
    from desktop.credentials import server_target
    from desktop.dialogs.activate import ActivateDialog
    from desktop.dialogs.client import ClientEditDialog
    from desktop.dialogs.engagement import ClientDialog, EngagementDialog
    from desktop.dialogs.forecast import ForecastDialog
    from desktop.dialogs.help import GuideDialog, about_text
    from desktop.dialogs.idea import IdeaDialog
    from desktop.dialogs.password import PasswordDialog
    from desktop.dialogs.review import ReviewDialog
    from desktop.dialogs.search import SearchDialog
    from desktop.dialogs.settings import SettingsDialog

    ops, view = window.ops, window.engagement_view
    window.open_engagement("LUMI-2026-02")  # the draft
    assert view.detail is not None and view.detail.status == "draft"
    draft = view.detail
    yield EngagementDialog(ops, services, window)
    yield EngagementDialog(ops, services, window, draft.id)
    yield ClientDialog(ops, services, window)
    yield ActivateDialog(draft, lambda: None, window)
    window.open_engagement("LUMI-2026-01")  # the active one, every milestone state
    milestones = {m.state: m for m in view.model.milestones}
    yield ForecastDialog(milestones["in_progress"], window)
    yield ReviewDialog(ops, services, milestones["submitted"].id, window)
    yield IdeaDialog(ops, services, view.detail.id if view.detail else None, window)
    yield SettingsDialog(ops, services, window.db.url, window, window.settings)
    server = server_target("postgresql+psycopg://claire@db.example:5432/scopekeeper")
    assert server is not None
    # with the sentence the connection gives it when the server asks for a password
    reason = translate("connecting", "The server asks for the password of {0}.")
    yield PasswordDialog(server, reason.format(server.label), True, window)
    yield ClientEditDialog(ops, services, draft.client_id, window)
    yield SearchDialog(services, "Lumi", window)
    yield GuideDialog(window)
    about = QMessageBox(window)  # what show_about gives QMessageBox.about
    about.setWindowTitle(QCoreApplication.translate("HelpDialogs", "About Scopekeeper"))
    about.setText(about_text(window.db.display_name))
    yield about


def screens(qtbot, window: MainWindow, services: Services) -> Iterator[str]:
    """Every text of the main window's views and of the dialogs, as a user meets them."""
    from desktop.views.engagement import TAB_HISTORY, TAB_IDEAS, TAB_ROADMAP, TAB_SIGNOFF

    yield from menu_texts(window)
    window.show_dashboard()
    yield from widget_texts(window)
    for code in ("LUMI-2026-01", "LUMI-2026-02", "HARB-2025-04", "HARB-2026-01"):
        window.open_engagement(code)
        view = window.engagement_view
        for tab in (TAB_ROADMAP, TAB_IDEAS, TAB_SIGNOFF, TAB_HISTORY):
            view.tabs.setCurrentIndex(tab)
            if tab == TAB_ROADMAP and view.model.milestones:
                view.select_milestone(view.model.milestones[-1].id)
            window.ops.wait_for_background()
            yield from widget_texts(window)
    for dialog in dialogs(window, services):
        qtbot.addWidget(dialog)
        dialog.show()
        yield from widget_texts(dialog)
        dialog.reject()


def typed(db: Database) -> list[str]:
    """Every text stored in the database (what users typed, codes, currencies), longest
    first so that a name is taken away before a word inside it."""
    path = db.url.removeprefix("sqlite:///")
    with sqlite3.connect(path) as connection:
        found: set[str] = set()
        tables = [row[0] for row in connection.execute("select name from sqlite_master")]
        for table in tables:
            try:
                rows = connection.execute(f'select * from "{table}"').fetchall()
            except sqlite3.Error:
                continue
            found |= {v for row in rows for v in row if isinstance(v, str) and len(v) > 1}
    # what the tests give the app besides: its database file, the password dialog's server
    found |= {path, "claire", "db.example:5432/scopekeeper"}
    return sorted(found, key=len, reverse=True)


def words_left(text: str, data: list[str]) -> str:
    """``text`` without the stored texts in it and without numbers; '' if no letters remain."""
    for value in data:
        if value in text:  # whole words only: a language code "es" is not in "Description"
            text = re.sub(rf"(?<!\w){re.escape(value)}(?!\w)", " ", text)
    text = re.sub(r"\(&\w\)|&(?=\w)", "", text)  # accelerators: "&File", "檔案(&F)"
    text = re.sub(r"[\d\W_]+", " ", text).strip()
    return text if any(ch.isalpha() for ch in text) else ""


@pytest.fixture
def demo(services: Services) -> None:
    load_demo(services, date.today())


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("qm")
    translations.release(out=folder)
    return folder


def shown(qtbot, db: Database, services: Services, qsettings, refusals) -> set[str]:
    window = MainWindow(db, services, qsettings)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    texts = {plain(t) for t in screens(qtbot, window, services)}
    window.ops.wait_for_background()
    return {t for t in texts if t}


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_english_is_left_on_screen(
    language: str,
    qtbot,
    demo: None,
    db: Database,
    services: Services,
    qsettings,
    refusals: list[str],
    built: Path,
) -> None:
    from PySide6.QtCore import QLocale

    data = typed(db)
    english = shown(qtbot, db, services, qsettings, refusals)
    english_words = {words_left(t, data) for t in english} - {""}
    assert len(english_words) > 150  # the screens were really visited

    app = QApplication.instance()
    installed = install_translators(app, built, QLocale(language))
    try:
        translated = shown(qtbot, db, services, qsettings, refusals)
    finally:
        remove_translators(app, installed)
    allowed = ALLOWED[language]
    left = sorted(
        text
        for text in translated
        if (words := words_left(text, data))
        and words in english_words
        and text not in allowed
        and words not in allowed
    )
    assert not left, f"English left in the {language} interface: {left}"
    assert not refusals
