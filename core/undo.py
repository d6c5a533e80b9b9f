"""Undo as plain commands: each user action that can be taken back, with its inverse.

A command is a small dataclass. ``do`` performs the action and ``undo`` its inverse, both
through the services only, never the database: every step and every undo is a rule-checked
change recorded in the history, and a step the rules no longer allow (the engagement was
activated meanwhile, say) raises the service's ``DomainError`` and changes nothing.

Each command has a stable ``kind`` ("add_milestone") and a ``subject`` (the milestone's
title) from which the desktop builds its translated label; nothing here is shown as is.
``desktop/undo.py`` wraps a command in one ``QUndoCommand``.

Re-creating a removed record gives it a new id. ``UndoContext.ids`` maps the id a record
had when a command first saw it to its id now, so older commands still find it.

What cannot be undone (activation, reviews, sign-offs and signatures, billing, diverting
ideas, cancelling, closing) has no command here: the desktop says so and clears the stack.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any, ClassVar, Generic, TypeVar

from core import queries
from core.changes import Changes
from core.services import CriterionInput, ObjectiveInput, Services

CAPTURE_UNDONE = "capture undone"
"""The reason an undone idea capture is declined with (ideas are never deleted)."""


@dataclass
class UndoContext:
    """What commands work with: the services and the id map."""

    services: Services
    ids: dict[str, str] = field(default_factory=dict)
    """The first id a re-created record had -> its id now."""

    def current(self, first_id: str) -> str:
        return self.ids.get(first_id, first_id)

    def recreated(self, first_id: str, now_id: str) -> None:
        if now_id != first_id:
            self.ids[first_id] = now_id
        else:
            self.ids.pop(first_id, None)


def _merged(*parts: Changes) -> Changes:
    total = Changes()
    for part in parts:
        total.merge(part)
    return total


def _created(changes: Changes) -> str:
    if changes.created is None:  # every creating service names what it created
        raise RuntimeError("the service did not say what it created")
    return changes.created


# Plain records of what a command puts back


@dataclass(frozen=True)
class MilestoneFields:
    """A draft milestone's content. The editor changes the first five; a template's name
    and checklist come along when a milestone is removed and put back, or a template is
    applied and taken back."""

    title: str
    deliverables: str = ""
    amount_minor: int = 0
    due: date | None = None
    criteria: tuple[CriterionInput, ...] = ()
    template_name: str = ""
    checklist: tuple[str, ...] = ()

    @classmethod
    def of(cls, row: queries.MilestoneRow) -> MilestoneFields:
        return cls(
            row.title,
            row.deliverables,
            row.amount_minor,
            row.baseline_due,
            tuple(CriterionInput(c.text, c.target) for c in row.criteria),
            row.template_name,
            tuple(row.checklist),
        )

    def edited(self) -> dict[str, Any]:
        """Keyword arguments of ``update_milestone`` for what the editor changes."""
        return {
            "title": self.title,
            "deliverables": self.deliverables,
            "amount_minor": self.amount_minor,
            "due": self.due,
            "clear_due": self.due is None,
            "criteria": list(self.criteria),
        }

    def whole(self) -> dict[str, Any]:
        """Keyword arguments of ``add_milestone`` for the whole milestone."""
        return {
            "title": self.title,
            "deliverables": self.deliverables,
            "amount_minor": self.amount_minor,
            "due": self.due,
            "criteria": list(self.criteria),
            "template_name": self.template_name,
            "checklist": list(self.checklist),
        }


@dataclass(frozen=True)
class EngagementTerms:
    """The draft engagement terms its edit dialog changes."""

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

    def kwargs(self) -> dict[str, Any]:
        return {
            "title": self.title,
            "start_date": self.start_date,
            "target_end_date": self.target_end_date,
            "language": self.language,
            "objectives": list(self.objectives),
            "deemed_acceptance_days": self.deemed_acceptance_days,
        }


@dataclass(frozen=True)
class IdeaFields:
    """What the idea editor changes."""

    description: str
    priority: str
    follow_up: date | None
    qualification: Mapping[str, str] = field(default_factory=dict)

    def kwargs(self) -> dict[str, Any]:
        return {
            "description": self.description,
            "priority": self.priority,
            "follow_up": self.follow_up,
            "clear_follow_up": self.follow_up is None,
            "qualification": dict(self.qualification),
        }


@dataclass(frozen=True)
class DraftRecord:
    """Everything a draft engagement is made of, to create it again."""

    create: Mapping[str, Any]
    """Keyword arguments of ``EngagementService.create``."""
    milestones: tuple[tuple[str, MilestoneFields], ...]
    """(id, content) of each milestone, in order."""

    @classmethod
    def read(cls, services: Services, engagement_id: str) -> DraftRecord:
        with services.db.reading() as session:
            d = queries.engagement_detail(session, engagement_id, date.today())
        return cls(
            {
                "code": d.code,
                "title": d.title,
                "client_id": d.client_id,
                "currency": d.currency,
                "start_date": d.start_date,
                "target_end_date": d.target_end_date,
                "language": d.language,
                "objectives": [ObjectiveInput(t, m) for t, m in d.objectives],
                "deemed_acceptance_days": d.deemed_acceptance_days,
            },
            tuple((m.id, MilestoneFields.of(m)) for m in d.milestones),
        )


def _milestone(
    services: Services, engagement_id: str, milestone_id: str
) -> tuple[MilestoneFields, int]:
    """A milestone's content and position now."""
    with services.db.reading() as session:
        d = queries.engagement_detail(session, engagement_id, date.today())
    for m in d.milestones:
        if m.id == milestone_id:
            return MilestoneFields.of(m), m.position
    with services.db.reading() as session:  # raises the read side's "no longer exists"
        queries.milestone_terms(session, milestone_id)
    raise RuntimeError("the milestone belongs to another engagement")


# The commands


@dataclass
class UndoCommand:
    """One undoable action. ``subject`` names what it acts on in its label."""

    kind: ClassVar[str]

    @property
    def subject(self) -> str:
        return ""

    def do(self, ctx: UndoContext) -> Changes:
        raise NotImplementedError

    def undo(self, ctx: UndoContext) -> Changes:
        raise NotImplementedError

    def merge(self, other: UndoCommand) -> bool:
        """Take ``other`` (done just after this one) into this step; False if it is not
        the same kind of step."""
        return False

    @property
    def obsolete(self) -> bool:
        """After merging, the step has come back to where it started: nothing to undo."""
        return False


_Values = TypeVar("_Values")


class _Edit(UndoCommand, Generic[_Values]):
    """An edit from ``before`` to ``after`` values of one record: ``do`` writes ``after``
    (checked against ``expected_version`` the first time only, as the form that made the
    edit saw the record), ``undo`` writes ``before`` back. Subclasses declare the fields
    and say in ``_apply`` which service writes the values."""

    before: _Values
    after: _Values
    expected_version: int | None

    def _apply(self, ctx: UndoContext, values: _Values, version: int | None) -> Changes:
        raise NotImplementedError

    def do(self, ctx: UndoContext) -> Changes:
        version, self.expected_version = self.expected_version, None  # the first time only
        return self._apply(ctx, self.after, version)

    def undo(self, ctx: UndoContext) -> Changes:
        return self._apply(ctx, self.before, None)


@dataclass
class AddMilestone(UndoCommand):
    """Add a milestone to a draft; undo removes it, redo adds it again (a new id)."""

    kind: ClassVar[str] = "add_milestone"
    engagement_id: str
    fields: MilestoneFields
    position: int | None = None
    first_id: str | None = None

    @property
    def subject(self) -> str:
        return self.fields.title

    def created_id(self, ctx: UndoContext) -> str | None:
        return ctx.current(self.first_id) if self.first_id else None

    def do(self, ctx: UndoContext) -> Changes:
        changes = ctx.services.roadmap.add_milestone(
            ctx.current(self.engagement_id), position=self.position, **self.fields.whole()
        )
        if self.first_id is None:
            self.first_id = _created(changes)
        else:
            ctx.recreated(self.first_id, _created(changes))
        return changes

    def undo(self, ctx: UndoContext) -> Changes:
        assert self.first_id is not None, "undo before do"
        mid = ctx.current(self.first_id)
        self.fields, self.position = _milestone(ctx.services, ctx.current(self.engagement_id), mid)
        return ctx.services.roadmap.remove_milestone(mid)


@dataclass
class RemoveMilestone(UndoCommand):
    """Remove a draft milestone; undo adds it back where it was, with the same content
    (template name and reviewer checklist included) under a new id."""

    kind: ClassVar[str] = "remove_milestone"
    engagement_id: str
    milestone_id: str
    title: str = ""
    fields: MilestoneFields | None = None
    position: int | None = None

    @property
    def subject(self) -> str:
        return self.title

    def do(self, ctx: UndoContext) -> Changes:
        mid = ctx.current(self.milestone_id)
        self.fields, self.position = _milestone(ctx.services, ctx.current(self.engagement_id), mid)
        self.title = self.fields.title
        return ctx.services.roadmap.remove_milestone(mid)

    def undo(self, ctx: UndoContext) -> Changes:
        assert self.fields is not None, "undo before do"
        changes = ctx.services.roadmap.add_milestone(
            ctx.current(self.engagement_id), position=self.position, **self.fields.whole()
        )
        ctx.recreated(self.milestone_id, _created(changes))
        return changes


@dataclass
class MoveMilestone(UndoCommand):
    """Reorder a draft's milestone; moves of one milestone in a row merge into one step."""

    kind: ClassVar[str] = "move_milestone"
    milestone_id: str
    old: int
    new: int
    title: str = ""

    @property
    def subject(self) -> str:
        return self.title

    def do(self, ctx: UndoContext) -> Changes:
        return ctx.services.roadmap.move_milestone(ctx.current(self.milestone_id), self.new)

    def undo(self, ctx: UndoContext) -> Changes:
        return ctx.services.roadmap.move_milestone(ctx.current(self.milestone_id), self.old)

    def merge(self, other: UndoCommand) -> bool:
        if not isinstance(other, MoveMilestone) or other.milestone_id != self.milestone_id:
            return False
        self.new = other.new
        return True

    @property
    def obsolete(self) -> bool:
        return self.new == self.old


@dataclass
class EditMilestone(_Edit[MilestoneFields]):
    """Change what the editor shows of a draft milestone; undo puts back the previous
    values (a due date that was empty is cleared again)."""

    kind: ClassVar[str] = "edit_milestone"
    milestone_id: str
    before: MilestoneFields
    after: MilestoneFields
    expected_version: int | None = None

    @property
    def subject(self) -> str:
        return self.after.title

    def _apply(self, ctx: UndoContext, fields: MilestoneFields, version: int | None) -> Changes:
        return ctx.services.roadmap.update_milestone(
            ctx.current(self.milestone_id), expected_version=version, **fields.edited()
        )


@dataclass
class ApplyTemplate(UndoCommand):
    """Copy a review template into a draft milestone; undo gives the milestone back its
    criteria, template name and reviewer checklist exactly as they were."""

    kind: ClassVar[str] = "apply_template"
    engagement_id: str
    milestone_id: str
    template_id: str
    template_name: str = ""
    before: MilestoneFields | None = None

    @property
    def subject(self) -> str:
        return self.template_name

    def do(self, ctx: UndoContext) -> Changes:
        mid = ctx.current(self.milestone_id)
        self.before, _ = _milestone(ctx.services, ctx.current(self.engagement_id), mid)
        return ctx.services.roadmap.apply_template(mid, self.template_id)

    def undo(self, ctx: UndoContext) -> Changes:
        assert self.before is not None, "undo before do"
        return ctx.services.roadmap.update_milestone(
            ctx.current(self.milestone_id),
            template_name=self.before.template_name,
            checklist=list(self.before.checklist),
            **self.before.edited(),
        )


@dataclass
class EditTerms(_Edit[EngagementTerms]):
    """Change a draft engagement's terms; undo restores the previous terms."""

    kind: ClassVar[str] = "edit_terms"
    engagement_id: str
    before: EngagementTerms
    after: EngagementTerms
    expected_version: int | None = None

    @property
    def subject(self) -> str:
        return self.after.title

    def _apply(self, ctx: UndoContext, terms: EngagementTerms, version: int | None) -> Changes:
        return ctx.services.engagements.update(
            ctx.current(self.engagement_id), expected_version=version, **terms.kwargs()
        )


@dataclass
class CaptureIdea(UndoCommand):
    """Capture an idea. Ideas are never deleted (the history keeps them), so undo declines
    it with the reason "capture undone", which takes it out of the open backlog; redo
    captures a new copy."""

    kind: ClassVar[str] = "capture_idea"
    engagement_id: str
    values: Mapping[str, Any]
    """Keyword arguments of ``IdeaService.capture`` after the engagement id."""
    first_id: str | None = None

    @property
    def subject(self) -> str:
        lines = str(self.values.get("description", "")).strip().splitlines()
        return lines[0] if lines else ""

    def created_id(self, ctx: UndoContext) -> str | None:
        return ctx.current(self.first_id) if self.first_id else None

    def do(self, ctx: UndoContext) -> Changes:
        changes = ctx.services.ideas.capture(ctx.current(self.engagement_id), **self.values)
        if self.first_id is None:
            self.first_id = _created(changes)
        else:
            ctx.recreated(self.first_id, _created(changes))
        return changes

    def undo(self, ctx: UndoContext) -> Changes:
        assert self.first_id is not None, "undo before do"
        return ctx.services.ideas.decline(ctx.current(self.first_id), reason=CAPTURE_UNDONE)


@dataclass
class EditIdea(_Edit[IdeaFields]):
    """Change a captured idea; undo puts back the previous values."""

    kind: ClassVar[str] = "edit_idea"
    idea_id: str
    before: IdeaFields
    after: IdeaFields
    expected_version: int | None = None

    @property
    def subject(self) -> str:
        lines = self.after.description.strip().splitlines()
        return lines[0] if lines else ""

    def _apply(self, ctx: UndoContext, fields: IdeaFields, version: int | None) -> Changes:
        return ctx.services.ideas.update(
            ctx.current(self.idea_id), expected_version=version, **fields.kwargs()
        )


@dataclass
class MoveForecast(UndoCommand):
    """Move an active milestone's forecast; undo moves it back, with a reason saying it is
    an undo (the history keeps both moves)."""

    kind: ClassVar[str] = "move_forecast"
    milestone_id: str
    old: date
    new: date
    reason: str
    undo_reason: str = ""
    """The reason recorded by the undo; by default "undo of the move to <date>: <reason>"."""
    title: str = ""
    expected_version: int | None = None

    @property
    def subject(self) -> str:
        return self.title

    def do(self, ctx: UndoContext) -> Changes:
        version, self.expected_version = self.expected_version, None
        return ctx.services.roadmap.move_forecast(
            ctx.current(self.milestone_id), self.new, self.reason, expected_version=version
        )

    def undo(self, ctx: UndoContext) -> Changes:
        why = self.undo_reason or f"undo of the move to {self.new.isoformat()}: {self.reason}"
        return ctx.services.roadmap.move_forecast(ctx.current(self.milestone_id), self.old, why)


@dataclass
class UpdateSettings(UndoCommand):
    """Change the agency's settings; undo gives back the previous values of those keys."""

    kind: ClassVar[str] = "update_settings"
    after: Mapping[str, str]
    before: Mapping[str, str] | None = None

    def do(self, ctx: UndoContext) -> Changes:
        if self.before is None:
            now = ctx.services.settings.get()
            self.before = {key: now[key] for key in self.after if key in now}
        return ctx.services.settings.update(**self.after)

    def undo(self, ctx: UndoContext) -> Changes:
        assert self.before is not None, "undo before do"
        return ctx.services.settings.update(**self.before)


@dataclass
class CreateDraft(UndoCommand):
    """Create a draft engagement; undo deletes the draft, redo creates it again (a new id,
    the same code)."""

    kind: ClassVar[str] = "create_draft"
    values: Mapping[str, Any]
    """Keyword arguments of ``EngagementService.create``."""
    first_id: str | None = None

    @property
    def subject(self) -> str:
        return str(self.values.get("code", "")).strip().upper()

    def created_id(self, ctx: UndoContext) -> str | None:
        return ctx.current(self.first_id) if self.first_id else None

    def do(self, ctx: UndoContext) -> Changes:
        changes = ctx.services.engagements.create(**self.values)
        if self.first_id is None:
            self.first_id = _created(changes)
        else:
            ctx.recreated(self.first_id, _created(changes))
        return changes

    def undo(self, ctx: UndoContext) -> Changes:
        assert self.first_id is not None, "undo before do"
        return ctx.services.engagements.delete_draft(ctx.current(self.first_id))


@dataclass
class DeleteDraft(UndoCommand):
    """Delete a draft engagement; undo creates it again with the same code, terms and
    milestones (new ids, in the id map), in one transaction."""

    kind: ClassVar[str] = "delete_draft"
    engagement_id: str
    code: str = ""
    expected_version: int | None = None
    record: DraftRecord | None = None

    @property
    def subject(self) -> str:
        return self.code

    def do(self, ctx: UndoContext) -> Changes:
        eid = ctx.current(self.engagement_id)
        self.record = DraftRecord.read(ctx.services, eid)
        self.code = str(self.record.create["code"])
        version, self.expected_version = self.expected_version, None
        return ctx.services.engagements.delete_draft(eid, expected_version=version)

    def undo(self, ctx: UndoContext) -> Changes:
        record = self.record
        assert record is not None, "undo before do"
        s = ctx.services
        with s.db.one_transaction():
            parts = [s.engagements.create(**record.create)]
            new_id = _created(parts[0])
            added: list[tuple[str, str]] = []
            for old_id, fields in record.milestones:
                part = s.roadmap.add_milestone(new_id, **fields.whole())
                added.append((old_id, _created(part)))
                parts.append(part)
        ctx.recreated(self.engagement_id, new_id)
        for old_id, now_id in added:
            firsts = [first for first, now in ctx.ids.items() if now == old_id]
            for first in [*firsts, old_id]:
                ctx.recreated(first, now_id)
        changes = _merged(*parts)
        changes.created = new_id
        return changes


__all__ = [
    "CAPTURE_UNDONE",
    "AddMilestone",
    "ApplyTemplate",
    "CaptureIdea",
    "CreateDraft",
    "DeleteDraft",
    "DraftRecord",
    "EditIdea",
    "EditMilestone",
    "EditTerms",
    "EngagementTerms",
    "IdeaFields",
    "MilestoneFields",
    "MoveForecast",
    "MoveMilestone",
    "RemoveMilestone",
    "UndoCommand",
    "UndoContext",
    "UpdateSettings",
]
