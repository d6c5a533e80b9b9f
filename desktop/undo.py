"""Undo in the desktop: a thin ``QUndoCommand`` around one of core's plain commands.

``core/undo.py`` holds the commands: each does its action and its inverse through the
services, so every step and every undo is a rule-checked, recorded change. Here an
``UndoStep`` runs them through ``Ops.run`` (one refusal dialog, one ``Changes`` broadcast),
gives them a translated label, and merges consecutive moves of one milestone into one step.

When the core refuses a step (someone activated the engagement meanwhile, say) the refusal
is shown once, the step leaves the stack, and the status bar never says "Undone"."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from core.changes import Changes
from core.services import Services
from core.undo import (
    EngagementTerms,
    IdeaFields,
    MilestoneFields,
    MoveMilestone,
    UndoCommand,
    UndoContext,
)
from desktop.ops import Ops
from desktop.qt_compat import QT_TRANSLATE_NOOP

__all__ = ["EngagementTerms", "IdeaFields", "MilestoneFields", "UndoStep", "label"]

LABELS: dict[str, str] = {
    "add_milestone": QT_TRANSLATE_NOOP("undo", "Add milestone '{0}'"),
    "remove_milestone": QT_TRANSLATE_NOOP("undo", "Remove milestone '{0}'"),
    "move_milestone": QT_TRANSLATE_NOOP("undo", "Move milestone to position {0}"),
    "edit_milestone": QT_TRANSLATE_NOOP("undo", "Edit milestone '{0}'"),
    "apply_template": QT_TRANSLATE_NOOP("undo", "Apply template '{0}'"),
    "edit_terms": QT_TRANSLATE_NOOP("undo", "Edit engagement terms"),
    "capture_idea": QT_TRANSLATE_NOOP("undo", "Capture idea"),
    "edit_idea": QT_TRANSLATE_NOOP("undo", "Edit idea '{0}'"),
    "move_forecast": QT_TRANSLATE_NOOP("undo", "Move forecast of '{0}'"),
    "update_settings": QT_TRANSLATE_NOOP("undo", "Change preferences"),
    "create_draft": QT_TRANSLATE_NOOP("undo", "Create draft {0}"),
    "delete_draft": QT_TRANSLATE_NOOP("undo", "Delete draft {0}"),
}
"""Each command kind's label, in the ``undo`` translation context; {0} is its subject."""

MERGING = {"move_milestone": 1001}
"""QUndoCommand ids of the kinds whose consecutive steps may merge."""


def label(command: UndoCommand) -> str:
    """The translated label of ``command`` (Edit > Undo <label>)."""
    template = QCoreApplication.translate("undo", LABELS[command.kind])
    if isinstance(command, MoveMilestone):
        return template.format(command.new)
    return template.format(command.subject)


class UndoStep(QUndoCommand):
    """One user action on the undo stack: its core command, run through ``Ops``."""

    def __init__(self, ops: Ops, services: Services, command: UndoCommand) -> None:
        super().__init__(label(command))
        self.ops = ops
        self.command = command
        self.context = UndoContext(services, ops.undo_ids)
        self.failed = False

    def created_id(self) -> str | None:
        """The id (now) of what the command created, for commands that create."""
        created = getattr(self.command, "created_id", None)
        return created(self.context) if callable(created) else None

    def _step(self, run: str, success: str) -> None:
        """Run one direction; a refusal is shown, marks the step failed and drops it, and
        only a step that happened says so in the status bar."""
        command, context = self.command, self.context

        def action() -> Changes:
            return command.do(context) if run == "do" else command.undo(context)

        result = self.ops.run(action, success=success)
        if result is None:
            self.failed = True
            self.setObsolete(True)  # QUndoStack then drops the step
        elif result.empty:
            self.setObsolete(True)  # it changed nothing: no step to undo

    def redo(self) -> None:
        self._step("do", self.text())

    def undo(self) -> None:
        self._step("undo", QCoreApplication.translate("undo", "Undone: {0}").format(self.text()))

    def id(self) -> int:
        return MERGING.get(self.command.kind, -1)

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, UndoStep) or other.failed or self.failed:
            return False
        if not self.command.merge(other.command):
            return False
        self.setText(label(self.command))
        if self.command.obsolete:
            self.setObsolete(True)
        return True
