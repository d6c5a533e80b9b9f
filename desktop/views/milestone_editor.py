"""The selected milestone's fields: an editor in a draft, a locked read-out afterwards."""

from __future__ import annotations

from datetime import date
from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from core import queries
from core.services import CriterionInput, Services
from desktop import formatting
from desktop.labels import MILESTONE_STATE, label_for
from desktop.look import icon, muted, verdict_colors
from desktop.qt_compat import named
from desktop.undo import MilestoneFields
from desktop.widgets import MoneyEdit, OptionalDateEdit, RowsEditor


class MilestoneEditor(QGroupBox):
    """The selected milestone's fields: editable in a draft, read-only (locked) otherwise."""

    sig_save_requested = Signal()
    """The user asked to save the edited fields."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Milestone"))
        self.setAccessibleName(self.tr("Milestone details"))
        self._services = services
        self.milestone: queries.MilestoneRow | None = None
        self.title_edit = named(QLineEdit(), self.tr("Milestone title"))
        self.deliverables = named(QPlainTextEdit(), self.tr("Deliverables"))
        self.deliverables.setTabChangesFocus(True)
        self.deliverables.setFixedHeight(70)
        self.amount = MoneyEdit(self.tr("Amount"))
        self.amount_problem = muted(QLabel())
        self.amount_problem.setWordWrap(True)
        self.amount.sig_problem.connect(self.amount_problem.setText)
        self.amount.sig_problem.connect(lambda text: self.amount_problem.setVisible(bool(text)))
        self.amount_problem.setVisible(False)
        self.due = OptionalDateEdit(self.tr("Due date"))
        self.span: tuple[date, date] | None = None
        self.due_warning = named(QLabel(), self.tr("Due date warning"))
        self.due_warning.setWordWrap(True)
        self.due_warning.setVisible(False)
        self.due.edit.dateChanged.connect(self._check_due)
        self.due.check.toggled.connect(self._check_due)
        self.criteria = RowsEditor(
            [self.tr("Acceptance criterion"), self.tr("Target (optional)")],
            self.tr("Add criterion"),
        )
        self.criteria_text = named(QLabel(), self.tr("Acceptance criteria"))
        """The criteria read whole, wrapped, where they cannot be edited."""
        self.criteria_text.setWordWrap(True)
        self.criteria_text.setTextFormat(Qt.TextFormat.RichText)
        self.criteria_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.template = named(QComboBox(), self.tr("Review template"))
        # Narrower than the longest template name when the pane is: the list shows it whole.
        self.template.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.template.setMinimumContentsLength(8)
        self.apply_template = named(
            QPushButton(self.tr("Apply template")), self.tr("Apply template")
        )
        self.save_button = named(QPushButton(self.tr("Save milestone")), self.tr("Save milestone"))
        self.save_button.setShortcut(QKeySequence.StandardKey.Save)
        self.save_button.clicked.connect(self.sig_save_requested)
        self.lock_note = QWidget()
        lock_icon = QLabel()
        lock_icon.setPixmap(icon("lock").pixmap(18, 18))
        self.lock_text = lock_text = QLabel()
        lock_text.setWordWrap(True)
        lock_row = QHBoxLayout(self.lock_note)
        lock_row.setContentsMargins(0, 0, 0, 4)
        lock_row.addWidget(lock_icon, 0, Qt.AlignmentFlag.AlignTop)
        lock_row.addWidget(lock_text, 1)
        self.info = muted(QLabel())
        self.info.setWordWrap(True)
        template_box = QWidget()
        template_row = QHBoxLayout(template_box)
        template_row.setContentsMargins(0, 0, 0, 0)
        template_row.addWidget(self.template, 1)
        template_row.addWidget(self.apply_template)
        form = QFormLayout()
        # In a narrow pane a row too wide for its label column puts its field underneath.
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("&Title"), self.title_edit)
        form.addRow(self.tr("&Deliverables"), self.deliverables)
        form.addRow(self.tr("&Amount"), self.amount)
        form.addRow("", self.amount_problem)
        form.addRow(self.tr("D&ue"), self.due)
        form.addRow("", self.due_warning)
        # The criteria take the pane's whole width under their label: in a narrow pane a
        # criterion and its target beside a label column were cut after a few letters.
        criteria_label = QLabel(self.tr("Criteria"))
        criteria_label.setBuddy(self.criteria)
        form.addRow(criteria_label)
        form.addRow(self.criteria)
        form.addRow(self.criteria_text)
        form.addRow(self.tr("Te&mplate"), template_box)
        self._form, self._template_row = form, template_box
        layout = QVBoxLayout(self)
        layout.addWidget(self.lock_note)
        layout.addLayout(form)
        layout.addWidget(self.info)
        layout.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignRight)
        layout.addStretch(1)
        self.load_templates()
        self.show_milestone(None, "EUR", "en", editable=False)

    def load_templates(self) -> None:
        self.template.clear()
        with self._services.db.reading() as session:
            templates = queries.template_choices(session)
        for template in templates:
            self.template.addItem(template.name, template.id)

    def show_milestone(
        self,
        m: queries.MilestoneRow | None,
        currency: str,
        language: str,
        *,
        editable: bool,
        span: tuple[date, date] | None = None,
        cancelled: bool = False,
    ) -> None:
        """Show ``m``; ``span`` is the engagement's start and target end (a due date
        outside it gets a warning), ``cancelled`` says why the fields are read-only."""
        self.milestone = m
        self.span = span
        self.amount.set_currency(currency, formatting.locale_name())
        self.setEnabled(m is not None)
        self.title_edit.setText(m.title if m else "")
        self.title_edit.setCursorPosition(0)
        self.deliverables.setPlainText(m.deliverables if m else "")
        self.amount.set_minor(m.amount_minor) if m else self.amount.clear()
        self.due.set_value(m.baseline_due if m else None)
        self.criteria.set_rows([[c.text, c.target] for c in m.criteria] if m else [])
        for widget in (self.title_edit, self.deliverables, self.amount):
            widget.setReadOnly(not editable)
        self.due.set_read_only(not editable)
        self.criteria.set_read_only(not editable)
        self.criteria.setVisible(editable)
        self.criteria_text.setVisible(not editable and m is not None)
        self.criteria_text.setText(self._criteria_html(m))
        self._form.setRowVisible(self._template_row, editable)
        self.save_button.setVisible(editable)
        locked = m is not None and not editable
        self.lock_note.setVisible(locked)
        self.lock_text.setText(
            self.tr("Engagement cancelled: its milestones stay as they were and no longer change.")
            if cancelled
            else self.tr(
                "Scope locked: these fields are part of the baseline. "
                "Capture an idea to propose a change."
            )
        )
        self._check_due()
        if m is None:
            self.info.setText("")
            return
        parts = [self.tr("State: {0}").format(label_for(MILESTONE_STATE, m.state))]
        if m.template_name:
            parts.append(self.tr("Template: {0}").format(m.template_name))
        if m.forecast_due and m.baseline_due and m.variance_days:
            parts.append(
                self.tr("Forecast {0} ({1:+d} days against baseline)").format(
                    formatting.day(m.forecast_due), m.variance_days
                )
            )
        if m.rounds:
            parts.append(self.tr("{0} review round(s)").format(m.rounds))
        if m.signoff_document_id:
            parts.append(self.tr("Sign-off {0}").format(m.signoff_document_id))
        self.info.setText(" · ".join(parts))

    def _criteria_html(self, m: queries.MilestoneRow | None) -> str:
        """The criteria as a numbered list, each target on its own line."""
        if m is None or not m.criteria:
            return self.tr("No acceptance criteria yet.")
        items = []
        for c in m.criteria:
            item = f"{c.position}. {escape(c.text)}"
            if c.target:
                item += "<br>&nbsp;&nbsp;&nbsp;" + escape(self.tr("Target: {0}").format(c.target))
            items.append(item)
        return "<br>".join(items)

    def _check_due(self, *_: object) -> None:
        """Warn, beside the field, about a due date outside the engagement's start-end span.
        It is allowed (plans slip, spans get extended), so it is a warning, not a refusal."""
        due, span = self.due.value(), self.span
        text = ""
        if due is not None and span is not None and self.milestone is not None:
            start, end = span
            if due < start:
                text = self.tr("⚠ Due before the engagement starts ({0}).").format(
                    formatting.day(start)
                )
            elif due > end:
                text = self.tr("⚠ Due after the engagement's target end ({0}).").format(
                    formatting.day(end)
                )
        self.due_warning.setText(text)
        self.due_warning.setVisible(bool(text))
        self.due_warning.setStyleSheet(f"color: {verdict_colors()[1]};" if text else "")

    def has_unsaved_edits(self) -> bool:
        """Whether the fields differ from the milestone as saved (an amount that does not
        read counts as an edit: saving it would be refused)."""
        m = self.milestone
        if m is None or self.title_edit.isReadOnly():
            return False
        now = self.fields()
        if now is None:
            return True
        saved = (
            m.title,
            m.deliverables,
            m.amount_minor,
            m.baseline_due,
            tuple(CriterionInput(c.text, c.target) for c in m.criteria),
        )
        return (now.title, now.deliverables, now.amount_minor, now.due, now.criteria) != saved

    def fields(self) -> MilestoneFields | None:
        """The edited fields, or None (with the reason shown) while the amount is refused."""
        minor = 0 if not self.amount.text().strip() else self.amount.value_minor()
        if minor is None:
            return None
        criteria = tuple(CriterionInput(t[0], t[1]) for t, _ in self.criteria.values())
        return MilestoneFields(
            self.title_edit.text(),
            self.deliverables.toPlainText(),
            minor,
            self.due.value(),
            criteria,
        )
