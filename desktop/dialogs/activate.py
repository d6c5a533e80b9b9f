"""Confirm activation: say plainly what becomes locked before the baseline is taken."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from core.queries import EngagementDetail
from desktop.models.roadmap import money_text


class ActivateDialog(QDialog):
    """Lists the roadmap that will be locked; Activate confirms."""

    def __init__(self, detail: EngagementDetail, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Activate {0}").format(detail.code))
        total = money_text(detail.contracted_minor, detail.currency, detail.language)
        self.summary = QLabel(
            self.tr(
                "Activating {0} locks its scope. These {1} milestones, worth {2} in total, "
                "can then no longer be added, removed, reordered or changed: amounts, "
                "deliverables, acceptance criteria, baseline dates and the objectives are "
                "recorded in baseline v1 with a fingerprint.\n\n"
                "Afterwards only forecast dates move (with a reason). New client ideas go to "
                "the ideas backlog and can become spin-off engagements."
            ).format(detail.code, len(detail.milestones), total)
        )
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("What becomes locked"))
        lines = []
        for m in detail.milestones:
            due = m.baseline_due.isoformat() if m.baseline_due else self.tr("no due date")
            amount = money_text(m.amount_minor, detail.currency, detail.language)
            lines.append(f"{m.position}. {m.title} — {amount} — {due}")
            lines.extend(
                f"     ✓ {c.text}" + (f" ({c.target})" if c.target else "") for c in m.criteria
            )
        self.roadmap = QPlainTextEdit("\n".join(lines), accessibleName=self.tr("Roadmap to lock"))
        self.roadmap.setReadOnly(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.activate_button = buttons.addButton(
            self.tr("Activate and lock scope"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.activate_button.setAccessibleName(self.tr("Activate and lock scope"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setDefault(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.roadmap, 1)
        layout.addWidget(buttons)
        self.resize(600, 440)
