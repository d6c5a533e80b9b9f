"""Capture a client idea: one form, reachable from anywhere (Ctrl+I) and from a review.

The idea lands in the backlog of the chosen engagement; it never touches that engagement's
scope. When the undo stack offers a capture command the capture is undoable."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from core import queries
from core.models import QUALIFICATION_FIELDS, EngagementStatus, IdeaSource, IdeaState, Priority
from core.services import Services
from desktop import formatting
from desktop.labels import IDEA_STATE, PRIORITY, QUALIFICATION, SOURCE, label_for
from desktop.qt_compat import named
from desktop.widgets import date_edit, to_date, to_qdate


class IdeaDialog(QDialog):
    """The capture form. ``created_id`` holds the new idea's id once it is saved."""

    def __init__(
        self,
        ops: Any,
        services: Services,
        engagement_id: str | None,
        parent: QWidget | None = None,
        review_round_id: str | None = None,
        *,
        source: str | None = None,
    ) -> None:
        super().__init__(parent)
        self._ops = ops
        self._services = services
        self._review_round_id = review_round_id
        self.created_id: str | None = None
        self.setWindowTitle(self.tr("Capture idea"))
        self.setAccessibleName(self.tr("Capture idea"))
        self.setMinimumWidth(520)
        # 620 x 680, or less on a small screen (a 1920 x 1200 one at 200 % leaves 960 x 600):
        # the fields and the qualification scroll, the buttons stay on screen
        screen = (parent or self).screen().availableGeometry()
        self.resize(min(620, screen.width()), min(680, screen.height() - 60))

        self.engagement = named(QComboBox(), self.tr("Engagement"))
        self.engagement.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.engagement.setMinimumContentsLength(30)
        self.description = named(QPlainTextEdit(), self.tr("Description"))
        self.description.setPlaceholderText(self.tr("What did the client ask for?"))
        self.description.setTabChangesFocus(True)
        self.raised_by = named(QComboBox(), self.tr("Raised by"))
        self.raised_by.setEditable(True)
        self.raised_on = date_edit(date.today(), self.tr("Raised on"))
        self.source = named(QComboBox(), self.tr("Source"))
        for source_value in SOURCE:
            self.source.addItem(label_for(SOURCE, source_value), source_value)
        self.priority = named(QComboBox(), self.tr("Priority"))
        for value in PRIORITY:
            self.priority.addItem(label_for(PRIORITY, value), value)
        self.priority.setCurrentIndex(self.priority.findData(Priority.SHOULD.value))
        self.has_follow_up = named(QCheckBox(self.tr("Follow up on")), self.tr("Follow up"))
        self.follow_up = date_edit(date.today(), self.tr("Follow-up date"))
        self.follow_up.setEnabled(False)
        self.has_follow_up.toggled.connect(self.follow_up.setEnabled)
        self.qualification: dict[str, QPlainTextEdit] = {}
        self.error = named(QLabel(), self.tr("Problem"))
        self.error.setWordWrap(True)
        self.error.setVisible(False)

        form = QFormLayout()
        form.addRow(self.tr("&Engagement"), self.engagement)
        form.addRow(self.tr("&Description"), self.description)
        form.addRow(self.tr("Raised &by"), self.raised_by)
        form.addRow(self.tr("Raised &on"), self.raised_on)
        form.addRow(self.tr("&Source"), self.source)
        form.addRow(self.tr("&Priority"), self.priority)
        form.addRow(self.has_follow_up, self.follow_up)  # the box in the labels' column

        self.qualify = QGroupBox(self.tr("&Qualification (optional)"))
        self.qualify.setCheckable(True)
        self.qualify.setChecked(False)
        self.qualify.setAccessibleName(self.tr("Qualification"))
        qual_form = QFormLayout(self.qualify)
        for name in QUALIFICATION_FIELDS:
            edit = named(QPlainTextEdit(), label_for(QUALIFICATION, name))
            edit.setTabChangesFocus(True)
            edit.setFixedHeight(edit.fontMetrics().lineSpacing() * 3)
            self.qualification[name] = edit
            qual_form.addRow(wrapping_label(label_for(QUALIFICATION, name), edit), edit)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.qualify)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setAccessibleName(self.tr("Qualification"))

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setAccessibleName(self.tr("Save idea"))

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

        self._load_engagements(engagement_id)
        self.engagement.currentIndexChanged.connect(self._load_contacts)
        self._load_contacts()
        if source is None and review_round_id is not None:
            source = IdeaSource.REVIEW_ROUND.value
        if source is not None:
            self.source.setCurrentIndex(max(0, self.source.findData(source)))
        self.description.setFocus(Qt.FocusReason.OtherFocusReason)

    def _load_engagements(self, selected: str | None) -> None:
        with self._services.db.reading() as session:
            rows = queries.list_engagements(session)
        for row in rows:
            if row.status == EngagementStatus.CANCELLED:
                continue
            self.engagement.addItem(f"{row.code} — {row.title} ({row.client_name})", row.id)
        index = self.engagement.findData(selected) if selected else -1
        self.engagement.setCurrentIndex(max(index, 0) if self.engagement.count() else -1)

    def _load_contacts(self) -> None:
        """Offer the client's contacts as who raised it; any other name can be typed."""
        typed = self.raised_by.currentText()
        self.raised_by.clear()
        engagement_id = self.engagement.currentData()
        if engagement_id:
            with self._services.db.reading() as session:
                detail = queries.engagement_detail(session, engagement_id, date.today())
            for contact in detail.contacts:
                self.raised_by.addItem(contact.name)
        if typed:
            self.raised_by.setEditText(typed)

    def values(self) -> dict[str, Any]:
        """The form as keyword arguments of ``services.ideas.capture``."""
        qualification = {}
        if self.qualify.isChecked():
            qualification = {
                name: edit.toPlainText()
                for name, edit in self.qualification.items()
                if edit.toPlainText().strip()
            }
        return {
            "description": self.description.toPlainText(),
            "raised_by": self.raised_by.currentText(),
            "raised_on": to_date(self.raised_on.date()),
            "source": self.source.currentData(),
            "priority": self.priority.currentData(),
            "review_round_id": self._review_round_id,
            "follow_up": to_date(self.follow_up.date()) if self.has_follow_up.isChecked() else None,
            "qualification": qualification,
        }

    def save(self) -> None:
        engagement_id = self.engagement.currentData()
        if not engagement_id:
            self._show_error(self.tr("Choose the engagement the idea was raised in."))
            return
        if not self.description.toPlainText().strip():
            self._show_error(self.tr("Describe the idea before saving it."))
            self.description.setFocus()
            return
        kwargs = self.values()
        created = self._capture(engagement_id, kwargs)
        if created is None:
            return
        self.created_id = created
        self._ops.sig_status.emit(self.tr("Idea captured in the backlog."))
        self.accept()

    def _capture(self, engagement_id: str, kwargs: dict[str, Any]) -> str | None:
        """Through the undo stack, so Undo takes the idea back out of the open backlog."""
        from core.undo import CaptureIdea
        from desktop.undo import UndoStep

        step = UndoStep(self._ops, self._services, CaptureIdea(engagement_id, kwargs))
        self._ops.push(step)
        return None if step.failed else step.created_id()

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(True)


def wrapping_label(text: str, buddy: QWidget) -> QLabel:
    """A form label that takes a second line rather than widen a narrow form (a long
    qualification question in French, "Conséquences si rien n’est fait")."""
    label = QLabel(text)
    label.setWordWrap(True)
    label.setBuddy(buddy)
    return label


class IdeaEditor(QWidget):
    """Qualify one captured idea: description, priority, follow-up and the qualification
    questions. Settled ideas (diverted, parked, declined) are shown read-only."""

    def __init__(self, ops: Any, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ops = ops
        self._services = services
        self.idea: Any = None
        self.setAccessibleName(self.tr("Idea details"))
        self.heading = QLabel(self.tr("Select one idea to qualify it."))
        self.heading.setWordWrap(True)
        self.description = named(QPlainTextEdit(), self.tr("Description"))
        self.description.setTabChangesFocus(True)
        self.priority = named(QComboBox(), self.tr("Priority"))
        for value in PRIORITY:
            self.priority.addItem(label_for(PRIORITY, value), value)
        self.has_follow_up = named(QCheckBox(self.tr("Follow up on")), self.tr("Follow up"))
        self.follow_up = date_edit(date.today(), self.tr("Follow-up date"))
        self.has_follow_up.toggled.connect(self.follow_up.setEnabled)
        self.qualification: dict[str, QPlainTextEdit] = {}
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)  # labels above: a narrow pane
        form.addRow(wrapping_label(self.tr("Description"), self.description), self.description)
        form.addRow(wrapping_label(self.tr("Priority"), self.priority), self.priority)
        # the box above its date, as every label of this narrow pane sits above its field: side
        # by side they asked for more than the pane has at 200 % and the date's arrow was cut
        form.addRow(self.has_follow_up, self.follow_up)
        for name in QUALIFICATION_FIELDS:
            edit = named(QPlainTextEdit(), label_for(QUALIFICATION, name))
            edit.setTabChangesFocus(True)
            edit.setFixedHeight(edit.fontMetrics().lineSpacing() * 3)
            self.qualification[name] = edit
            form.addRow(wrapping_label(label_for(QUALIFICATION, name), edit), edit)
        host = QWidget()
        host.setLayout(form)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(host)
        scroll.setAccessibleName(self.tr("Idea details"))
        self.save_button = QPushButton(self.tr("Save &qualification"))
        self.save_button.setAccessibleName(self.tr("Save idea details"))
        self.save_button.clicked.connect(self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.save_button)
        self.set_idea(None)

    def set_idea(self, idea: Any) -> None:
        """Show ``idea`` (a ``core.queries.IdeaRow``) or nothing."""
        self.idea = idea
        editable = idea is not None and idea.state == IdeaState.CAPTURED
        if idea is None:
            self.heading.setText(self.tr("Select one idea to qualify it."))
        elif editable:
            self.heading.setText(
                self.tr("Raised by {0} on {1} ({2})").format(
                    idea.raised_by, formatting.day(idea.raised_on), label_for(SOURCE, idea.source)
                )
            )
        else:
            self.heading.setText(
                self.tr("This idea is {0}; it can no longer be edited.").format(
                    label_for(IDEA_STATE, idea.state)
                )
            )
        self.description.setPlainText(idea.description if idea else "")
        self.priority.setCurrentIndex(max(0, self.priority.findData(idea.priority if idea else "")))
        self.has_follow_up.setChecked(bool(idea and idea.follow_up))
        if idea is not None and idea.follow_up is not None:
            self.follow_up.setDate(to_qdate(idea.follow_up))
        for name, edit in self.qualification.items():
            edit.setPlainText(idea.qualification.get(name, "") if idea else "")
            edit.setReadOnly(not editable)
        self.description.setReadOnly(not editable)
        for widget in (self.priority, self.has_follow_up, self.save_button):
            widget.setEnabled(editable)
        self.follow_up.setEnabled(editable and self.has_follow_up.isChecked())

    def save(self) -> None:
        idea = self.idea
        if idea is None:
            return
        from core.undo import EditIdea, IdeaFields
        from desktop.undo import UndoStep

        follow_up = to_date(self.follow_up.date()) if self.has_follow_up.isChecked() else None
        qualification = {name: edit.toPlainText() for name, edit in self.qualification.items()}
        before = IdeaFields(idea.description, idea.priority, idea.follow_up, idea.qualification)
        after = IdeaFields(
            self.description.toPlainText(), self.priority.currentData(), follow_up, qualification
        )
        if after == before:
            self._ops.sig_status.emit(self.tr("Nothing to save."))
            return
        step = UndoStep(self._ops, self._services, EditIdea(idea.id, before, after, idea.version))
        self._ops.push(step)  # Undo puts the previous details back
        if not step.failed:
            self._ops.sig_status.emit(self.tr("Idea details saved."))
