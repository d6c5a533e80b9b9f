"""Help: a short guide to a working day with Scopekeeper (offline, in the interface
language) with the keyboard shortcuts of the window's real actions, and About with the
version and the open database."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from html import escape

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QMainWindow,
    QMenu,
    QMessageBox,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from core import __version__


def about_text(database: str) -> str:
    """The version, what the app is for, and the database open."""
    return "\n\n".join(
        (
            QCoreApplication.translate("HelpDialogs", "Scopekeeper {0}").format(__version__),
            QCoreApplication.translate(
                "HelpDialogs",
                "Locked-scope engagements, milestone sign-offs and spin-offs, offline.",
            ),
            QCoreApplication.translate("HelpDialogs", "Database: {0}").format(database),
        )
    )


def show_about(parent: QWidget | None, database: str) -> None:
    QMessageBox.about(
        parent, QCoreApplication.translate("HelpDialogs", "About Scopekeeper"), about_text(database)
    )


def shortcut_actions(window: QWidget | None) -> list[QAction]:
    """The actions of the window's menus, then those of its engagement page (the milestone
    steps, Ctrl+1 to Ctrl+4), as the user finds them."""
    found: list[QAction] = []

    def walk(menu: QMenu) -> None:
        for action in menu.actions():
            submenu = action.menu()
            if isinstance(submenu, QMenu):
                walk(submenu)
            else:
                found.append(action)

    if isinstance(window, QMainWindow):
        for entry in window.menuBar().actions():
            submenu = entry.menu()
            if isinstance(submenu, QMenu):
                walk(submenu)
    # the main window's engagement page, built here if no engagement was opened yet
    page = getattr(getattr(window, "engagement_view", None), "page_actions", None)
    if page is not None:
        found += page.plan_bar.actions() + page.work_bar.actions()
    return found


def shortcut_rows(actions: Iterable[QAction]) -> list[tuple[str, str]]:
    """(keys, what they do) for every action with a shortcut, once each, in the order given:
    read from the actions themselves, so the guide says what the keys really do."""
    rows: list[tuple[str, str]] = []
    seen: set[str] = set()
    for action in actions:
        keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        if not keys or keys in seen:
            continue
        seen.add(keys)
        text = action.property("guide_text") or action.text()
        words = str(text).replace("&&", "\0").replace("&", "").replace("\0", "&")
        rows.append((keys, words.rstrip("…").strip()))
    return rows


def shortcuts_html(rows: Sequence[tuple[str, str]]) -> str:
    if not rows:
        return ""
    title = QCoreApplication.translate("HelpDialogs", "Keyboard shortcuts")
    note = QCoreApplication.translate(
        "HelpDialogs",
        "The milestone steps work on the milestone selected on an engagement's page.",
    )
    lines = "".join(
        f"<tr><td><b>{escape(keys)}</b>&nbsp;&nbsp;</td><td>{escape(words)}</td></tr>"
        for keys, words in rows
    )
    return f"<h3>{escape(title)}</h3><p>{escape(note)}</p><table>{lines}</table>"


def guide_html(actions: Iterable[QAction] = ()) -> str:
    """The guide, one paragraph per step of an engagement's life, then the shortcuts of
    ``actions``."""
    steps = [
        (
            QCoreApplication.translate("HelpDialogs", "Plan"),
            QCoreApplication.translate(
                "HelpDialogs",
                "File ▸ New engagement (Ctrl+N) creates a draft for a client. Add its "
                "milestones with amounts, due dates and acceptance criteria; a draft can "
                "change freely.",
            ),
        ),
        (
            QCoreApplication.translate("HelpDialogs", "Lock the scope"),
            QCoreApplication.translate(
                "HelpDialogs",
                "Activate the engagement: its milestones, amounts and criteria are then the "
                "contract. New wishes become ideas (Ctrl+I), never silent changes.",
            ),
        ),
        (
            QCoreApplication.translate("HelpDialogs", "Deliver and review"),
            QCoreApplication.translate(
                "HelpDialogs",
                "Start a milestone, submit it for review, then record the client's verdict on "
                "each criterion. An accepted milestone gets a sign-off PDF to be signed.",
            ),
        ),
        (
            QCoreApplication.translate("HelpDialogs", "Get paid"),
            QCoreApplication.translate(
                "HelpDialogs",
                "Mark a signed milestone invoiced, then paid. The dashboard (Ctrl+D) shows "
                "what is outstanding and what falls due in the next 14 days.",
            ),
        ),
        (
            QCoreApplication.translate("HelpDialogs", "Ideas and spin-offs"),
            QCoreApplication.translate(
                "HelpDialogs",
                "Ideas wait in the backlog: park them, decline them, or divert them into a "
                "spin-off engagement with its own contract.",
            ),
        ),
        (
            QCoreApplication.translate("HelpDialogs", "Find and export"),
            QCoreApplication.translate(
                "HelpDialogs",
                "Ctrl+K searches engagements, milestones, contacts and ideas. File ▸ Export "
                "writes the history (PDF, CSV, Excel), the roadmap and the weekly status.",
            ),
        ),
    ]
    parts = [f"<h3>{title}</h3><p>{text}</p>" for title, text in steps]
    return "".join(parts) + shortcuts_html(shortcut_rows(actions))


class GuideDialog(QDialog):
    """A short guide, readable without a network; over the main window it lists that
    window's shortcuts."""

    def __init__(self, parent: QWidget | None = None) -> None:
        actions = shortcut_actions(parent)  # before this dialog is one of its children
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("HelpDialogs", "Scopekeeper guide"))
        self.browser = QTextBrowser()
        self.browser.setAccessibleName(QCoreApplication.translate("HelpDialogs", "Guide"))
        self.browser.setOpenExternalLinks(False)
        self.browser.setHtml(guide_html(actions))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        self.resize(560, 520)
