"""Activate a draft in two steps in one dialog: first say plainly what becomes locked, then,
once the core has taken baseline v1, show its fingerprint (the parties can write it down)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from core.queries import EngagementDetail
from desktop import formatting
from desktop.qt_compat import named


class ActivateDialog(QDialog):
    """Lists the roadmap that will be locked; "Activate" calls ``activate``, which returns
    the baseline fingerprint, or None when the core refused (its message is already shown)."""

    def __init__(
        self,
        detail: EngagementDetail,
        activate: Callable[[], str | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._activate = activate
        self.fingerprint: str | None = None
        self.setWindowTitle(self.tr("Activate {0}").format(detail.code))
        total = formatting.money(detail.contracted_minor, detail.currency)
        self.summary = QLabel(
            self.tr(
                "Activating {0} locks its scope: its %n milestones, worth {1} in total, can "
                "then no longer be changed, removed or reordered, and no milestone can be "
                "added. Amounts, deliverables, acceptance criteria, baseline dates and the "
                "objectives are recorded in baseline v1 with a fingerprint.\n\n"
                "Afterwards only forecast dates move (with a reason). New client ideas go to "
                "the ideas backlog and can become spin-off engagements.",
                "",
                len(detail.milestones),  # the plural form of the number of milestones
            ).format(detail.code, total)
        )
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("What becomes locked"))
        lines = []
        for m in detail.milestones:
            due = formatting.day(m.baseline_due, self.tr("no due date"))
            amount = formatting.money(m.amount_minor, detail.currency)
            lines.append(f"{m.position}. {m.title} — {amount} — {due}")
            lines.extend(
                f"     ✓ {c.text}" + (f" ({c.target})" if c.target else "") for c in m.criteria
            )
        self.roadmap = named(QPlainTextEdit("\n".join(lines)), self.tr("Roadmap to lock"))
        self.roadmap.setReadOnly(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.activate_button = self.buttons.addButton(
            self.tr("Activate and lock scope"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.activate_button.setAccessibleName(self.tr("Activate and lock scope"))
        self.activate_button.clicked.connect(self._on_activate)
        self.buttons.rejected.connect(self.reject)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setDefault(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.roadmap, 1)
        layout.addWidget(self.buttons)
        self.resize(600, 440)

    def _on_activate(self) -> None:
        fingerprint = self._activate()
        if fingerprint is None:
            return  # refused: the reason was shown; the user can cancel or fix the draft
        self.fingerprint = fingerprint
        self.summary.setText(
            self.tr(
                "The scope is locked. Baseline v1 was recorded with this SHA-256 fingerprint; "
                "the sign-off documents and the history refer to it."
            )
        )
        self.roadmap.setPlainText(fingerprint)
        self.roadmap.setAccessibleName(self.tr("Baseline fingerprint"))
        self.roadmap.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.roadmap.setMaximumHeight(self.roadmap.fontMetrics().height() * 3)
        self.roadmap.selectAll()
        self.buttons.clear()
        close = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.clicked.connect(self.accept)
        close.setDefault(True)
        close.setFocus(Qt.FocusReason.OtherFocusReason)
        self.adjustSize()
