"""Help: a short guide to a working day with Scopekeeper (offline, in the interface
language), and About with the version and the open database."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
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


def guide_html() -> str:
    """The guide, one paragraph per step of an engagement's life."""
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
    return "".join(parts)


class GuideDialog(QDialog):
    """A short guide, readable without a network."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("HelpDialogs", "Scopekeeper guide"))
        self.browser = QTextBrowser()
        self.browser.setAccessibleName(QCoreApplication.translate("HelpDialogs", "Guide"))
        self.browser.setOpenExternalLinks(False)
        self.browser.setHtml(guide_html())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        self.resize(560, 520)
