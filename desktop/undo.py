"""Undo for draft edits and idea capture.

Each user action is one ``QUndoCommand`` wrapping a plain command that knows how to do
itself and its inverse through the services (never by touching the database directly),
so every undo and redo is itself a recorded, rule-checked change in the history.

Re-creating a removed record gives it a new id. ``Ops.undo_ids`` maps the id a record
had when a command first saw it to its id now, so older commands on the stack still find
it. When the core refuses an undo or redo (the engagement was activated meanwhile, say)
the refusal is shown once and the command leaves the stack."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from core import queries
from core.changes import Changes
from core.services import CriterionInput, ObjectiveInput, Services
from desktop.ops import Ops

MOVE_ID = 1001


def current_id(ops: Ops, first_id: str) -> str:
    return ops.undo_ids.get(first_id, first_id)


@dataclass(frozen=True)
class MilestoneFields:
    """What a user edits on a draft milestone."""

    title: str
    deliverables: str = ""
    amount_minor: int = 0
    due: date | None = None
    criteria: tuple[CriterionInput, ...] = field(default_factory=tuple)

    @classmethod
    def read(cls, services: Services, milestone_id: str) -> tuple[MilestoneFields, int]:
        """The milestone's current fields and position."""
        with services.db.reading() as session:
            m = queries.milestone_terms(session, milestone_id)
        criteria = tuple(CriterionInput(text, target) for text, target in m.criteria)
        return cls(m.title, m.deliverables, m.amount_minor, m.baseline_due, criteria), m.position

    def as_kwargs(self) -> dict[str, Any]:
        return {
            "title": self.title,
            "deliverables": self.deliverables,
            "amount_minor": self.amount_minor,
            "due": self.due,
            "criteria": list(self.criteria),
        }


@dataclass(frozen=True)
class EngagementTerms:
    """The draft engagement terms the edit dialog changes."""

    title: str
    start_date: date
    target_end_date: date
    language: str
    objectives: tuple[ObjectiveInput, ...]
    deemed_acceptance_days: int | None

    @classmethod
    def read(cls, services: Services, engagement_id: str) -> EngagementTerms:
        with services.db.reading() as session:
            e = queries.engagement_terms(session, engagement_id)
        return cls(
            e.title,
            e.start_date,
            e.target_end_date,
            e.language,
            tuple(ObjectiveInput(text, measure) for text, measure in e.objectives),
            e.deemed_acceptance_days,
        )


class ServiceCommand(QUndoCommand):
    """One undoable user action: ``do`` and ``undo`` each call services through Ops."""

    def __init__(self, ops: Ops, services: Services, text: str) -> None:
        super().__init__(text)
        self.ops = ops
        self.services = services
        self.failed = False

    def do(self) -> Changes:
        raise NotImplementedError

    def inverse(self) -> Changes:
        raise NotImplementedError

    def _step(self, action: Callable[[], Changes], success: str) -> None:
        """Run one direction; a refusal is shown, marks the command failed and drops it,
        and only a step that happened says so in the status bar."""
        result = self.ops.run(action, success=success)
        if result is None:
            self.failed = True
            self.setObsolete(True)  # QUndoStack then drops the command

    def redo(self) -> None:
        self._step(self.do, self.text())

    def undo(self) -> None:
        self._step(
            self.inverse, QCoreApplication.translate("undo", "Undone: {0}").format(self.text())
        )


class AddMilestoneCommand(ServiceCommand):
    """Add a milestone to a draft; undo removes it, redo adds it again (with a new id)."""

    def __init__(
        self, ops: Ops, services: Services, engagement_id: str, fields: MilestoneFields
    ) -> None:
        super().__init__(
            ops,
            services,
            QCoreApplication.translate("undo", "Add milestone '{0}'").format(fields.title),
        )
        self.engagement_id = engagement_id
        self.fields = fields
        self.first_id: str | None = None
        self.position: int | None = None

    @property
    def created_id(self) -> str | None:
        return current_id(self.ops, self.first_id) if self.first_id else None

    def do(self) -> Changes:
        changes = self.services.roadmap.add_milestone(
            self.engagement_id, position=self.position, **self.fields.as_kwargs()
        )
        assert changes.created is not None
        if self.first_id is None:
            self.first_id = changes.created
        else:
            self.ops.undo_ids[self.first_id] = changes.created
        return changes

    def inverse(self) -> Changes:
        assert self.first_id is not None
        mid = current_id(self.ops, self.first_id)
        self.fields, self.position = MilestoneFields.read(self.services, mid)
        return self.services.roadmap.remove_milestone(mid)


class RemoveMilestoneCommand(ServiceCommand):
    """Remove a draft milestone; undo adds it back at its position with the same title,
    deliverables, amount, due date and criteria. The template name and reviewer checklist
    copied by a template are not restored (the add service does not take them)."""

    def __init__(self, ops: Ops, services: Services, engagement_id: str, milestone_id: str) -> None:
        fields, position = MilestoneFields.read(services, milestone_id)
        super().__init__(
            ops,
            services,
            QCoreApplication.translate("undo", "Remove milestone '{0}'").format(fields.title),
        )
        self.engagement_id = engagement_id
        self.first_id = milestone_id
        self.fields = fields
        self.position = position

    def do(self) -> Changes:
        mid = current_id(self.ops, self.first_id)
        self.fields, self.position = MilestoneFields.read(self.services, mid)
        return self.services.roadmap.remove_milestone(mid)

    def inverse(self) -> Changes:
        changes = self.services.roadmap.add_milestone(
            self.engagement_id, position=self.position, **self.fields.as_kwargs()
        )
        assert changes.created is not None
        self.ops.undo_ids[self.first_id] = changes.created
        return changes


class MoveMilestoneCommand(ServiceCommand):
    """Reorder; consecutive moves of the same milestone merge into one undo step."""

    def __init__(self, ops: Ops, services: Services, milestone_id: str, old: int, new: int) -> None:
        super().__init__(
            ops,
            services,
            QCoreApplication.translate("undo", "Move milestone to position {0}").format(new),
        )
        self.first_id = milestone_id
        self.old = old
        self.new = new

    def id(self) -> int:
        return MOVE_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, MoveMilestoneCommand) or other.first_id != self.first_id:
            return False
        if other.failed:
            return False
        self.new = other.new
        self.setText(
            QCoreApplication.translate("undo", "Move milestone to position {0}").format(self.new)
        )
        if self.new == self.old:
            self.setObsolete(True)
        return True

    def do(self) -> Changes:
        return self.services.roadmap.move_milestone(current_id(self.ops, self.first_id), self.new)

    def inverse(self) -> Changes:
        return self.services.roadmap.move_milestone(current_id(self.ops, self.first_id), self.old)


class EditMilestoneCommand(ServiceCommand):
    """Change a draft milestone's fields; undo puts the previous values back.

    A due date can be set or changed but the service has no way to clear one, so undoing
    the first due date given to a milestone leaves that date in place."""

    def __init__(
        self,
        ops: Ops,
        services: Services,
        milestone_id: str,
        before: MilestoneFields,
        after: MilestoneFields,
        expected_version: int | None = None,
    ) -> None:
        super().__init__(
            ops,
            services,
            QCoreApplication.translate("undo", "Edit milestone '{0}'").format(after.title),
        )
        self.first_id = milestone_id
        self.before = before
        self.after = after
        self.expected_version = expected_version

    def _apply(self, fields: MilestoneFields, version: int | None) -> Changes:
        return self.services.roadmap.update_milestone(
            current_id(self.ops, self.first_id), expected_version=version, **fields.as_kwargs()
        )

    def do(self) -> Changes:
        version, self.expected_version = self.expected_version, None
        return self._apply(self.after, version)

    def inverse(self) -> Changes:
        return self._apply(self.before, None)


class EditEngagementCommand(ServiceCommand):
    """Change a draft engagement's terms; undo restores the previous terms."""

    def __init__(
        self,
        ops: Ops,
        services: Services,
        engagement_id: str,
        before: EngagementTerms,
        after: EngagementTerms,
        expected_version: int | None = None,
    ) -> None:
        super().__init__(ops, services, QCoreApplication.translate("undo", "Edit engagement terms"))
        self.engagement_id = engagement_id
        self.before = before
        self.after = after
        self.expected_version = expected_version

    def _apply(self, terms: EngagementTerms, version: int | None) -> Changes:
        return self.services.engagements.update(
            self.engagement_id,
            expected_version=version,
            title=terms.title,
            start_date=terms.start_date,
            target_end_date=terms.target_end_date,
            language=terms.language,
            objectives=list(terms.objectives),
            deemed_acceptance_days=terms.deemed_acceptance_days,
        )

    def do(self) -> Changes:
        version, self.expected_version = self.expected_version, None
        return self._apply(self.after, version)

    def inverse(self) -> Changes:
        return self._apply(self.before, None)


class CaptureIdeaCommand(ServiceCommand):
    """Capture an idea in an engagement's backlog.

    The core keeps every idea forever (history is append-only and ideas cannot be
    deleted), so undo cannot make the capture disappear: it *declines* the idea with the
    reason "capture undone", which takes it out of the open backlog. Redo captures a new
    copy with the same fields; the declined one stays in the history, as it should."""

    def __init__(
        self, ops: Ops, services: Services, engagement_id: str, kwargs: dict[str, Any]
    ) -> None:
        super().__init__(ops, services, QCoreApplication.translate("undo", "Capture idea"))
        self.engagement_id = engagement_id
        self.kwargs = dict(kwargs)
        self.created_id: str | None = None

    def do(self) -> Changes:
        changes = self.services.ideas.capture(self.engagement_id, **self.kwargs)
        self.created_id = changes.created
        return changes

    def inverse(self) -> Changes:
        assert self.created_id is not None
        return self.services.ideas.decline(self.created_id, reason="capture undone")
