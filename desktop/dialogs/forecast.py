"""Move a milestone's forecast date in an active engagement: a new date and a reason."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from core.queries import MilestoneRow
from desktop import formatting
from desktop.qt_compat import named
from desktop.widgets import date_edit, to_date


class ForecastDialog(QDialog):
    """The baseline stays; the forecast moves. OK needs a reason."""

    def __init__(self, milestone: MilestoneRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Move forecast of milestone {0}").format(milestone.position))
        base = formatting.day(milestone.baseline_due, "—")
        current = milestone.forecast_due or milestone.baseline_due or date.today()
        self.info = QLabel(
            self.tr(
                "“{0}”: the baseline date {1} stays in the contract; only the forecast moves "
                "and the variance is shown."
            ).format(milestone.title, base)
        )
        self.info.setWordWrap(True)
        self.new_date = date_edit(current, self.tr("New forecast date"))
        self.reason = named(QPlainTextEdit(), self.tr("Reason"))
        self.reason.setPlaceholderText(self.tr("Why does the date move? (required)"))
        self.reason.setTabChangesFocus(True)
        self.reason.setFixedHeight(80)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Move forecast"))
        self.ok.setEnabled(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.reason.textChanged.connect(self._update)
        form = QFormLayout()
        form.addRow(self.tr("New &forecast"), self.new_date)
        form.addRow(self.tr("&Reason"), self.reason)
        layout = QVBoxLayout(self)
        layout.addWidget(self.info)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

    def _update(self) -> None:
        self.ok.setEnabled(bool(self.reason.toPlainText().strip()))

    def values(self) -> tuple[date, str]:
        return to_date(self.new_date.date()), self.reason.toPlainText()
