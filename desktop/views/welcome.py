"""The first page: what the app is for and how to start.

On an empty database it offers "New engagement" and "Open sample data"; once engagements
exist it says how many and points to the sidebar and the dashboard instead."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.look import icon, muted

TEXT_WIDTH = 560


class WelcomeView(QWidget):
    """Two ways in: create an engagement, or explore the sample portfolio."""

    sig_new_engagement = Signal()
    """The user asked for a new engagement."""
    sig_open_sample = Signal()
    """The user asked to load the sample data."""
    sig_open_dashboard = Signal()
    """The user asked for the dashboard."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Welcome"))
        logo = QLabel()
        logo.setPixmap(icon("scopekeeper").pixmap(96, 96))
        logo.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title = QLabel(self.tr("Welcome to Scopekeeper"))
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setWeight(QFont.Weight.DemiBold)
        self.title.setFont(font)
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.text = muted(QLabel())
        self.text.setWordWrap(True)
        self.text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.text.setMinimumWidth(TEXT_WIDTH * 2 // 3)
        self.text.setMaximumWidth(TEXT_WIDTH)
        self.new_button = QPushButton(self.tr("New engagement…"))
        self.new_button.setAccessibleName(self.tr("New engagement"))
        self.new_button.setDefault(True)
        self.sample_button = QPushButton(self.tr("Open sample data"))
        self.sample_button.setAccessibleName(self.tr("Open sample data"))
        self.dashboard_button = QPushButton(self.tr("Dashboard"))
        self.dashboard_button.setAccessibleName(self.tr("Open the dashboard"))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.new_button, self.sample_button, self.dashboard_button):
            button.setMinimumHeight(36)
            button.setMinimumWidth(180)
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.new_button.clicked.connect(self.sig_new_engagement)
        self.sample_button.clicked.connect(self.sig_open_sample)
        self.dashboard_button.clicked.connect(self.sig_open_dashboard)
        hint = muted(
            QLabel(
                self.tr(
                    "Ctrl+N creates an engagement, Ctrl+I captures an idea, "
                    "Ctrl+F filters the list."
                )
            )
        )
        hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        layout.addWidget(logo)
        layout.addWidget(self.title)
        layout.addWidget(self.text, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addSpacing(16)
        layout.addLayout(buttons)
        layout.addSpacing(8)
        layout.addWidget(hint)
        layout.addStretch(3)
        self.set_engagement_count(0)

    def set_engagement_count(self, count: int) -> None:
        """Adapt the page to an empty database (``count`` 0) or one with engagements."""
        if count:
            self.title.setText(self.tr("Scopekeeper"))
            text = self.tr(
                "This database holds %n engagement(s). Choose one on the left, or open the "
                "dashboard for the portfolio's figures and what falls due.",
                "",
                count,
            )
        else:
            self.title.setText(self.tr("Welcome to Scopekeeper"))
            text = self.tr(
                "Plan each engagement as a roadmap of billing points with written acceptance "
                "criteria. Activate it to lock the scope, review milestones against their "
                "criteria, send sign-off PDFs, and divert new client ideas into spin-off "
                "engagements."
            )
        self.text.setText(text)
        # A word-wrapped label in a box layout gets one line's height unless told otherwise;
        # this is its height at its narrowest.
        self.text.setMinimumHeight(self.text.heightForWidth(TEXT_WIDTH * 2 // 3))
        self.sample_button.setVisible(not count)
        self.dashboard_button.setVisible(bool(count))
