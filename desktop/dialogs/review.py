"""Record a review round: walk the milestone's criteria, see the derived outcome, save.

The outcome rule lives in core (``derive_outcome``); this dialog only shows what it says."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from html import escape
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from core import queries
from core.models import Outcome, VerdictValue
from core.services import Services, VerdictInput
from core.services.workflow import derive_outcome
from desktop import formatting
from desktop.dialogs.idea import IdeaDialog
from desktop.labels import MILESTONE_STATE, VERDICT, label_for
from desktop.look import verdict_colors
from desktop.qt_compat import named
from desktop.widgets import date_edit, to_date


@dataclass
class CriterionRowWidgets:
    """The editors of one criterion row."""

    criterion_id: str
    position: int
    verdict: QComboBox
    note: QLineEdit
    reason: QLineEdit


class ReviewDialog(QDialog):
    """One review round of one submitted milestone."""

    sig_outcome_changed = Signal(str)
    """The outcome text shown to the user changed."""

    def __init__(
        self, ops: Any, services: Services, milestone_id: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._ops = ops
        self._services = services
        self.milestone_id = milestone_id
        with services.db.reading() as session:
            milestone = queries.milestone_ref(session, milestone_id)
            if milestone is None:
                raise LookupError(milestone_id)
            self.engagement_id = milestone.engagement_id
            detail = queries.engagement_detail(session, milestone.engagement_id, date.today())
            rounds = queries.review_rounds(session, milestone_id)
        self._detail = detail
        self.previous: queries.RoundRow | None = rounds[-1] if rounds else None
        """The round before this one: its unmet criteria and notes are shown beside them."""
        self._milestone = next(m for m in detail.milestones if m.id == milestone_id)
        m = self._milestone
        self.setWindowTitle(self.tr("Review — {0} milestone {1}").format(detail.code, m.position))
        self.setAccessibleName(self.tr("Review milestone"))
        self.setMinimumWidth(760)

        heading = QLabel(
            self.tr("<b>{0} · milestone {1}: {2}</b> — review round {3}").format(
                detail.code, m.position, escape(m.title), m.rounds + 1
            )
        )
        heading.setWordWrap(True)
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        heading.setFont(font)
        self.reviewer = named(QComboBox(), self.tr("Reviewer"))
        self.reviewer.addItem(self.tr("(no reviewer named)"), None)
        for contact in detail.contacts:
            label = f"{contact.name} — {contact.role}" if contact.role else contact.name
            self.reviewer.addItem(label, contact.id)
        signatory = next((c for c in detail.contacts if c.signatory), None)
        first = signatory or (detail.contacts[0] if detail.contacts else None)
        if first is not None:
            self.reviewer.setCurrentIndex(self.reviewer.findData(first.id))
        held = max(date.today(), m.submitted_at) if m.submitted_at else date.today()
        self.held_on = date_edit(held, self.tr("Review date"))
        form = QFormLayout()
        form.addRow(self.tr("Re&viewer"), self.reviewer)
        form.addRow(self.tr("Review &date"), self.held_on)
        self.previous_round = named(QLabel(), self.tr("Previous review round"))
        self.previous_round.setWordWrap(True)
        self.previous_round.setVisible(self.previous is not None)
        if self.previous is not None:
            self.previous_round.setText(self._previous_summary(self.previous))

        self.rows: list[CriterionRowWidgets] = []
        grid_host = QWidget()
        grid = QGridLayout(grid_host)
        for column, title in enumerate(
            (self.tr("Criterion"), self.tr("Verdict"), self.tr("Note"), self.tr("Waiver reason"))
        ):
            grid.addWidget(QLabel(f"<b>{title}</b>"), 0, column)
        for line, criterion in enumerate(m.criteria, start=1):
            self._add_row(grid, line, criterion)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(2, 2)
        grid.setColumnStretch(3, 2)
        grid.setRowStretch(len(m.criteria) + 1, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(grid_host)
        scroll.setAccessibleName(self.tr("Criteria and verdicts"))
        # As tall as the criteria need, up to a point; then the list scrolls.
        scroll.setMinimumHeight(min(grid_host.sizeHint().height() + 2 * scroll.frameWidth(), 380))

        self.outcome = named(QLabel(), self.tr("Derived outcome"))
        self.outcome.setWordWrap(True)
        bold = self.outcome.font()
        bold.setBold(True)
        self.outcome.setFont(bold)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("&Save review"))
        self.save_button.setAccessibleName(self.tr("Save review"))
        self.capture_button = QPushButton(self.tr("Capture &idea…"))
        self.capture_button.setAccessibleName(self.tr("Capture idea"))
        self.capture_button.setToolTip(
            self.tr("Note a new client idea without leaving the review; it goes to the backlog.")
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.capture_button.clicked.connect(self.capture_idea)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(form)
        layout.addWidget(self.previous_round)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.outcome)
        bottom = QHBoxLayout()
        bottom.addWidget(self.capture_button)
        bottom.addStretch(1)
        bottom.addWidget(buttons)
        layout.addLayout(bottom)
        self.idea_dialog: IdeaDialog | None = None
        self.update_outcome()
        self.resize(max(860, self.sizeHint().width()), self.sizeHint().height())

    def _previous_summary(self, previous: queries.RoundRow) -> str:
        """One line on the round before: when, who, its outcome, how many were not met."""
        not_met = sum(1 for v in previous.verdicts if v[2] == VerdictValue.NOT_MET.value)
        who = previous.reviewer or self.tr("no reviewer named")
        return self.tr(
            "Round {0} on {1} ({2}): {3} — {4} of {5} criteria not met. "
            "Its verdicts and notes are under each criterion.",
            "",
            len(previous.verdicts),  # the plural form of the number of criteria
        ).format(
            previous.number,
            formatting.day(previous.held_on),
            who,
            label_for(MILESTONE_STATE, previous.outcome),
            not_met,
            len(previous.verdicts),
        )

    def _earlier(self, criterion: queries.CriterionRow) -> str:
        """What the previous round said about ``criterion`` (rich text), or ""."""
        if self.previous is None:
            return ""
        said = next((v for v in self.previous.verdicts if v[0] == criterion.position), None)
        if said is None:
            return ""
        _position, _text, value, note, reason = said
        line = self.tr("Round {0}: {1}").format(self.previous.number, label_for(VERDICT, value))
        for extra in (note, reason):
            if extra.strip():
                line += " — " + extra.strip()
        colour = verdict_colors()[1 if value == VerdictValue.NOT_MET.value else 0]
        weight = "font-weight: 600; " if value == VerdictValue.NOT_MET.value else ""
        return f"<br><span style='{weight}color: {colour};'>{escape(line)}</span>"

    def _add_row(self, grid: QGridLayout, line: int, criterion: queries.CriterionRow) -> None:
        text = escape(f"{criterion.position}. {criterion.text}")
        if criterion.target:
            text += "<br>" + escape(self.tr("Target: {0}").format(criterion.target))
        label = QLabel(text + self._earlier(criterion))
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setWordWrap(True)
        verdict = named(QComboBox(), self.tr("Verdict on criterion {0}").format(line))
        verdict.addItem(self.tr("Choose…"), None)
        for value in VERDICT:
            verdict.addItem(label_for(VERDICT, value), value)
        verdict.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        note = named(QLineEdit(), self.tr("Note on criterion {0}").format(line))
        reason = named(QLineEdit(), self.tr("Waiver reason for criterion {0}").format(line))
        reason.setPlaceholderText(self.tr("Required when waived"))
        reason.setEnabled(False)
        label.setBuddy(verdict)
        grid.addWidget(label, line, 0)
        grid.addWidget(verdict, line, 1)
        grid.addWidget(note, line, 2)
        grid.addWidget(reason, line, 3)
        row = CriterionRowWidgets(criterion.id, criterion.position, verdict, note, reason)
        self.rows.append(row)
        verdict.currentIndexChanged.connect(lambda _i, r=row: self._verdict_changed(r))
        reason.textChanged.connect(self.update_outcome)

    def _verdict_changed(self, row: CriterionRowWidgets) -> None:
        waived = row.verdict.currentData() == VerdictValue.WAIVED.value
        row.reason.setEnabled(waived)
        if waived:
            row.reason.setFocus()
        self.update_outcome()

    def set_verdict(self, position: int, value: str, note: str = "", reason: str = "") -> None:
        """Fill one row as a user would (used by keyboard shortcuts and tests)."""
        row = next(r for r in self.rows if r.position == position)
        row.verdict.setCurrentIndex(row.verdict.findData(value))
        row.note.setText(note)
        row.reason.setText(reason)

    def outcome_text(self) -> str:
        return self.outcome.text()

    def update_outcome(self) -> None:
        chosen = [r.verdict.currentData() for r in self.rows]
        missing = sum(1 for value in chosen if value is None)
        accepted = False
        unexplained = [
            r.position
            for r in self.rows
            if r.verdict.currentData() == VerdictValue.WAIVED.value and not r.reason.text().strip()
        ]
        if missing:
            text = (
                self.tr("Outcome: not decided yet — 1 criterion has no verdict")
                if missing == 1
                else self.tr("Outcome: not decided yet — {0} criteria have no verdict").format(
                    missing
                )
            )
            ready = False
        else:
            accepted = derive_outcome([VerdictValue(v) for v in chosen]) == Outcome.ACCEPTED
            if accepted:
                text = self.tr("Outcome: accepted")
            else:
                not_met = sum(1 for v in chosen if v == VerdictValue.NOT_MET.value)
                text = (
                    self.tr("Outcome: changes requested — 1 criterion not met")
                    if not_met == 1
                    else self.tr("Outcome: changes requested — {0} criteria not met").format(
                        not_met
                    )
                )
            ready = True
        if unexplained:
            text += "\n" + self.tr("A waived criterion needs a reason: {0}").format(
                ", ".join(map(str, unexplained))
            )
            ready = False
        self.save_button.setEnabled(ready)
        if text != self.outcome.text():
            self.outcome.setText(text)
            good, bad = verdict_colors()
            colour = (good if accepted else bad) if ready else ""
            self.outcome.setStyleSheet(f"color: {colour};" if colour else "")
            self.sig_outcome_changed.emit(text)

    def verdicts(self) -> list[VerdictInput]:
        return [
            VerdictInput(
                r.criterion_id, r.verdict.currentData() or "", r.note.text(), r.reason.text()
            )
            for r in self.rows
        ]

    def save(self) -> None:
        verdicts = self.verdicts()
        reviewer = self.reviewer.currentData()
        held_on = to_date(self.held_on.date())
        version = self._milestone.version
        changes = self._ops.run(
            lambda: self._services.workflow.record_review(
                self.milestone_id,
                held_on=held_on,
                reviewer_id=reviewer,
                verdicts=verdicts,
                expected_version=version,
            ),
            irreversible=True,
        )
        if changes is None:
            return
        self._ops.sig_status.emit(self.tr("Review recorded. {0}").format(self.outcome.text()))
        self.accept()

    def capture_idea(self) -> IdeaDialog:
        """Open the idea form on top of the review, which stays open underneath.

        The round does not exist until the review is saved, so the idea is captured with
        source "review round" but without a link to a round id."""
        dialog = IdeaDialog(
            self._ops, self._services, self.engagement_id, self, source="review_round"
        )
        self.idea_dialog = dialog
        dialog.open()
        return dialog
