"""The first page on an empty database: what the app is for and how to start."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.widgets import icon, muted


class WelcomeView(QWidget):
    """Two ways in: create an engagement, or explore the sample portfolio."""

    sig_new_engagement = Signal()
    """The user asked for a new engagement."""
    sig_open_sample = Signal()
    """The user asked to load the sample data."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Welcome"))
        logo = QLabel()
        logo.setPixmap(icon("scopekeeper").pixmap(96, 96))
        logo.setAlignment(Qt.AlignmentFlag.AlignCenter)
        title = QLabel(self.tr("Welcome to Scopekeeper"))
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setWeight(QFont.Weight.DemiBold)
        title.setFont(font)
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        text = muted(
            QLabel(
                self.tr(
                    "Plan each engagement as a roadmap of billing points with written "
                    "acceptance criteria. Activate it to lock the scope, review milestones "
                    "against their criteria, send sign-off PDFs, and divert new client ideas "
                    "into spin-off engagements."
                )
            )
        )
        text.setWordWrap(True)
        text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        text.setFixedWidth(560)
        # A word-wrapped label in a box layout gets one line's height unless told otherwise.
        text.setMinimumHeight(text.heightForWidth(560))
        self.new_button = QPushButton(self.tr("New engagement…"))
        self.new_button.setAccessibleName(self.tr("New engagement"))
        self.new_button.setDefault(True)
        self.sample_button = QPushButton(self.tr("Open sample data"))
        self.sample_button.setAccessibleName(self.tr("Open sample data"))
        for button in (self.new_button, self.sample_button):
            button.setMinimumHeight(36)
            button.setMinimumWidth(180)
        self.new_button.clicked.connect(self.sig_new_engagement)
        self.sample_button.clicked.connect(self.sig_open_sample)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.sample_button)
        buttons.addStretch(1)
        hint = muted(QLabel(self.tr("Tip: Ctrl+N creates an engagement, Ctrl+I captures an idea.")))
        hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        layout.addWidget(logo)
        layout.addWidget(title)
        layout.addWidget(text, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addSpacing(16)
        layout.addLayout(buttons)
        layout.addSpacing(8)
        layout.addWidget(hint)
        layout.addStretch(3)
