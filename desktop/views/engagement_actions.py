"""What the user can do on the engagement page: plan a draft (add, remove, reorder, edit,
apply a template, activate) and run an active engagement's milestones (start, submit,
review, sign off, invoice, mark paid, move a forecast), plus cancel and close.

Every action calls a core service through ``Ops`` (draft edits through the undo stack).
Nothing here decides a rule: an action the core refuses shows its message, which for a
locked scope points the user to capturing an idea.

``EngagementActions`` is an object of its own that the page holds: it is given the page to
read (``EngagementPage``: the engagement shown, the selected milestone, the table's model and
the editor) and the widget its shortcuts and dialogs belong to. Its class name is the
translation context of its strings in the catalogues."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QInputDialog, QMessageBox, QToolBar, QWidget

from core import lifecycle, queries
from core.changes import Changes
from core.lifecycle import Action, Permission
from core.services import CriterionInput, Services
from core.undo import (
    AddMilestone,
    ApplyTemplate,
    DeleteDraft,
    EditMilestone,
    MilestoneFields,
    MoveForecast,
    MoveMilestone,
    RemoveMilestone,
)
from desktop import formatting
from desktop.ops import Ops
from desktop.refusals import words
from desktop.undo import UndoStep

if TYPE_CHECKING:
    from desktop.models.roadmap import RoadmapModel
    from desktop.views.milestone_editor import MilestoneEditor


class EngagementPage(Protocol):
    """What the actions read from the page they act on (``EngagementView``)."""

    @property
    def detail(self) -> queries.EngagementDetail | None: ...

    @property
    def model(self) -> RoadmapModel: ...

    @property
    def editor(self) -> MilestoneEditor: ...

    def today(self) -> date: ...

    def selected(self) -> queries.MilestoneRow | None: ...

    def select_milestone(self, milestone_id: str) -> None: ...

    def show_signoff(self) -> None: ...


class EngagementActions(QObject):
    """The engagement page's actions: its two toolbars, their shortcuts, which of them the
    engagement and the selected milestone allow, and what each one does."""

    def __init__(self, ops: Ops, services: Services, page: EngagementPage, host: QWidget) -> None:
        super().__init__(host)
        self.ops, self.services = ops, services
        self.page = page
        self.host = host
        """The widget the shortcuts work in and the dialogs open over."""
        self._build_actions()

    def _build_actions(self) -> None:
        def act(text: str, slot: Callable[[], Any], shortcut: str | None = None) -> QAction:
            action = QAction(text, self.host)
            action.triggered.connect(slot)
            if shortcut:
                action.setShortcut(QKeySequence(shortcut))
                action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.host.addAction(action)
            return action

        self.act_add = act(self.tr("Add milestone"), self.add_milestone, "Ctrl+Shift+M")
        self.act_remove = act(self.tr("Remove milestone"), self.remove_milestone)
        self.act_up = act(self.tr("Move up"), lambda: self.move_selected(-1), "Ctrl+Shift+Up")
        self.act_down = act(self.tr("Move down"), lambda: self.move_selected(1), "Ctrl+Shift+Down")
        self.act_edit = act(self.tr("Edit terms…"), self.edit_engagement)
        self.act_activate = act(self.tr("Activate…"), self.activate)
        # The four steps of a milestone, numbered in the order they happen.
        self.act_start = act(self.tr("Start work"), self.start_work, "Ctrl+1")
        self.act_submit = act(self.tr("Submit for review"), self.submit, "Ctrl+2")
        self.act_review = act(self.tr("Record review…"), self.record_review, "Ctrl+3")
        self.act_deemed = act(self.tr("Confirm deemed acceptance"), self.confirm_deemed)
        self.act_signoff = act(self.tr("Sign-off…"), self.open_signoff, "Ctrl+4")
        self.act_invoiced = act(self.tr("Mark invoiced…"), self.mark_invoiced)
        self.act_paid = act(self.tr("Mark paid"), self.mark_paid)
        self.act_forecast = act(self.tr("Move forecast…"), self.move_forecast)
        self.act_cancel = act(self.tr("Cancel engagement…"), self.cancel_engagement)
        self.act_close = act(self.tr("Close engagement"), self.close_engagement)
        self.act_delete = act(self.tr("Delete draft…"), self.delete_draft)
        self.plan_bar = QToolBar(self.tr("Planning"))
        self.work_bar = QToolBar(self.tr("Milestone actions"))
        for bar in (self.plan_bar, self.work_bar):
            bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            bar.setAccessibleName(bar.windowTitle())
        for action in (
            self.act_add,
            self.act_remove,
            self.act_up,
            self.act_down,
            self.act_edit,
            self.act_activate,
        ):
            self.plan_bar.addAction(action)
        for action in (
            self.act_start,
            self.act_submit,
            self.act_review,
            self.act_deemed,
            self.act_signoff,
            self.act_invoiced,
            self.act_paid,
            self.act_forecast,
        ):
            self.work_bar.addAction(action)
        self.plan_bar.addSeparator()
        self.plan_bar.addAction(self.act_cancel)
        self.plan_bar.addAction(self.act_close)
        self.plan_bar.addAction(self.act_delete)

    # What is allowed now

    def _explain(self, action: QAction, permission: Permission) -> None:
        """Enable ``action`` as core allows it; a disabled one says why in its tooltip,
        which also names its shortcut."""
        action.setEnabled(permission.allowed)
        label = action.text().replace("&", "").rstrip("…")
        keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        if keys:
            label = f"{label} ({keys})"
        action.setToolTip(label if permission.allowed else f"{label}: {words(permission.reason)}")

    def enable_for_engagement(self, d: queries.EngagementDetail) -> None:
        """Enable the actions on the engagement itself as core's table allows them."""
        table = lifecycle.engagement_table(d, d.milestones)
        for action, what in (
            (self.act_add, Action.ADD_MILESTONE),
            (self.act_edit, Action.EDIT_TERMS),
            (self.act_activate, Action.ACTIVATE),
            (self.act_cancel, Action.CANCEL),
            (self.act_close, Action.CLOSE),
            (self.act_delete, Action.DELETE_DRAFT),
        ):
            self._explain(action, table[what])
        if table[Action.ACTIVATE].field == "roadmap":
            # A draft whose roadmap is not complete yet: "Activate…" still opens its dialog,
            # which lists what is missing (core's own sentence) and refuses the activation.
            self.act_activate.setEnabled(True)

    def enable_for(
        self, d: queries.EngagementDetail | None, m: queries.MilestoneRow | None
    ) -> None:
        """Enable the milestone actions as core's table allows them for the selected
        milestone ``m`` of ``d`` (none selected: each says to choose one)."""
        if d is None or m is None:
            none = Permission(False, self.tr("choose a milestone first"))
            table = dict.fromkeys(lifecycle.MILESTONE_ACTIONS, none)
        else:
            table = lifecycle.milestone_table(d, m, m.deemed_acceptance_due)
        for action, what in (
            (self.act_remove, Action.REMOVE_MILESTONE),
            (self.act_up, Action.REORDER_MILESTONE),
            (self.act_down, Action.REORDER_MILESTONE),
            (self.act_start, Action.START),
            (self.act_submit, Action.SUBMIT),
            (self.act_review, Action.RECORD_REVIEW),
            (self.act_deemed, Action.CONFIRM_DEEMED),
            (self.act_signoff, Action.ISSUE_SIGNOFF),
            (self.act_invoiced, Action.MARK_INVOICED),
            (self.act_paid, Action.MARK_PAID),
            (self.act_forecast, Action.MOVE_FORECAST),
        ):
            self._explain(action, table[what])
        # Moving the first milestone up (or the last down) is no rule, just the end of the list.
        if m is not None and d is not None:
            if m.position == 1:
                self.act_up.setEnabled(False)
            if m.position == len(d.milestones):
                self.act_down.setEnabled(False)

    # Planning (drafts)

    def add_milestone(self) -> None:
        if self.page.detail is None:
            return
        fields = MilestoneFields(
            title=self.tr("Milestone {0}").format(len(self.page.detail.milestones) + 1)
        )
        step = UndoStep(self.ops, self.services, AddMilestone(self.page.detail.id, fields))
        self.ops.push(step)
        created = step.created_id()
        if created and not step.failed:
            self.page.select_milestone(created)
            self.page.editor.title_edit.setFocus()
            self.page.editor.title_edit.selectAll()

    def remove_milestone(self) -> None:
        m = self.page.selected()
        if self.page.detail is None or m is None:
            return
        command = RemoveMilestone(self.page.detail.id, m.id, m.title)
        self.ops.push(UndoStep(self.ops, self.services, command))

    def move_selected(self, step: int) -> None:
        m = self.page.selected()
        if m is not None:
            self.move_to(m.id, m.position + step)

    def move_to(self, milestone_id: str, position: int) -> None:
        row = self.page.model.row_of(milestone_id)
        if row < 0:
            return
        m = self.page.model.milestones[row]
        command = MoveMilestone(milestone_id, m.position, position, m.title)
        self.ops.push(UndoStep(self.ops, self.services, command))
        self.page.select_milestone(milestone_id)

    def save_milestone(self) -> None:
        m = self.page.selected()
        if m is None:
            return
        after = self.page.editor.fields()
        if after is None:
            self.ops.refuse(self.tr("Amount: {0}").format(self.page.editor.amount.problem))
            self.page.editor.amount.setFocus()
            return
        before = MilestoneFields(
            m.title,
            m.deliverables,
            m.amount_minor,
            m.baseline_due,
            tuple(CriterionInput(c.text, c.target) for c in m.criteria),
        )
        if after == before:
            self.ops.sig_status.emit(self.tr("Nothing to save."))
            return
        command = EditMilestone(m.id, before, after, m.version)
        self.ops.push(UndoStep(self.ops, self.services, command))

    def apply_template(self) -> None:
        m = self.page.selected()
        template_id = self.page.editor.template.currentData()
        if m is None or not template_id or self.page.detail is None:
            return
        name = self.page.editor.template.currentText()
        command = ApplyTemplate(self.page.detail.id, m.id, template_id, name)
        self.ops.push(UndoStep(self.ops, self.services, command))

    def edit_engagement(self) -> None:
        from desktop.dialogs.engagement import EngagementDialog

        if self.page.detail is not None:
            EngagementDialog(self.ops, self.services, self.host, self.page.detail.id).exec()

    def activate(self) -> None:
        """Confirm what locks, activate, then show the baseline fingerprint in the dialog."""
        from desktop.dialogs.activate import ActivateDialog

        d = self.page.detail
        if d is None:
            return

        def activate() -> str | None:
            done = self.ops.run(
                lambda: self.services.engagements.activate(d.id, expected_version=d.version),
                irreversible=True,
            )
            fingerprint = (
                self.page.detail.baseline_fingerprint if done and self.page.detail else None
            )
            if fingerprint:
                self.ops.sig_status.emit(
                    self.tr("{0} is active; baseline v1 fingerprint {1}").format(
                        d.code, fingerprint
                    )
                )
            return fingerprint

        ActivateDialog(d, activate, self.host).exec()

    def cancel_engagement(self) -> None:
        d = self.page.detail
        if d is None:
            return
        reason, ok = QInputDialog.getMultiLineText(
            self.host,
            self.tr("Cancel {0}").format(d.code),
            self.tr("Why is the engagement cancelled?"),
        )
        if ok:
            self.ops.run(
                lambda: self.services.engagements.cancel(d.id, reason, expected_version=d.version),
                success=self.tr("{0} cancelled.").format(d.code),
                irreversible=True,
            )

    def close_engagement(self) -> None:
        d = self.page.detail
        if d is not None:
            self.ops.run(
                lambda: self.services.engagements.close(d.id, expected_version=d.version),
                success=self.tr("{0} completed.").format(d.code),
                irreversible=True,
            )

    def delete_draft(self) -> None:
        """Delete the draft after a confirmation that names it; Edit > Undo creates it
        again with its terms and milestones."""
        d = self.page.detail
        if d is None:
            return
        answer = QMessageBox.question(
            self.host,
            self.tr("Delete draft {0}").format(d.code),
            self.tr(
                "Delete the draft {0} “{1}” and its milestones? "
                "Edit > Undo brings it back while this window is open."
            ).format(d.code, d.title),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        command = DeleteDraft(d.id, d.code, d.version)
        self.ops.push(UndoStep(self.ops, self.services, command))

    # Running the milestones (active)

    def _milestone_op(self, action: Callable[[queries.MilestoneRow], Changes], done: str) -> None:
        m = self.page.selected()
        if m is not None:
            self.ops.run(lambda: action(m), success=done.format(m.position), irreversible=True)

    def start_work(self) -> None:
        wf = self.services.workflow
        self._milestone_op(
            lambda m: wf.start(m.id, expected_version=m.version),
            self.tr("Milestone {0}: work started."),
        )

    def submit(self) -> None:
        wf, today = self.services.workflow, self.page.today()
        self._milestone_op(
            lambda m: wf.submit(m.id, today, expected_version=m.version),
            self.tr("Milestone {0} submitted for review."),
        )

    def confirm_deemed(self) -> None:
        wf, today = self.services.workflow, self.page.today()
        self._milestone_op(
            lambda m: wf.confirm_deemed_acceptance(m.id, today),
            self.tr("Milestone {0}: deemed acceptance confirmed."),
        )

    def mark_invoiced(self) -> None:
        """Mark invoiced today, with the invoice reference the user gives (or none)."""
        from desktop.dialogs.billing import ask_invoice_reference

        m, d = self.page.selected(), self.page.detail
        if m is None or d is None:
            return
        reference = ask_invoice_reference(self.host, d.code, m.position)
        if reference is None:
            return
        wf, today = self.services.workflow, self.page.today()
        self._milestone_op(
            lambda m: wf.mark_invoiced(
                m.id, today, reference=reference, expected_version=m.version
            ),
            self.tr("Milestone {0} marked invoiced."),
        )

    def mark_paid(self) -> None:
        """Mark paid today once the user confirmed it: a payment cannot be undone."""
        from desktop.dialogs.billing import confirm_paid

        m, d = self.page.selected(), self.page.detail
        if m is None or d is None:
            return
        wf, today = self.services.workflow, self.page.today()
        if not confirm_paid(self.host, d.code, m.position, m.title, today):
            return
        self._milestone_op(
            lambda m: wf.mark_paid(m.id, today, expected_version=m.version),
            self.tr("Milestone {0} marked paid."),
        )

    def record_review(self) -> None:
        m = self.page.selected()
        if m is None:
            return
        from desktop.dialogs.review import ReviewDialog

        ReviewDialog(self.ops, self.services, m.id, self.host).exec()

    def open_signoff(self) -> None:
        self.page.show_signoff()

    def move_forecast(self) -> None:
        from desktop.dialogs.forecast import ForecastDialog

        m = self.page.selected()
        if m is None:
            return
        dialog = ForecastDialog(m, self.host)
        if not dialog.exec():
            return
        new_date, reason = dialog.values()
        if m.forecast_due is None:  # an active milestone always has one; nothing to go back to
            return
        undo_reason = self.tr("Undo of the move to {0}: {1}").format(
            formatting.day(new_date), reason
        )
        command = MoveForecast(
            m.id, m.forecast_due, new_date, reason, undo_reason, m.title, m.version
        )
        self.ops.push(UndoStep(self.ops, self.services, command))
