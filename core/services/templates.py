"""User-made review templates (built-ins are installed by core.templates)."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import func, select

from core.changes import Changes
from core.db import Database
from core.errors import ValidationError
from core.history import template_stream
from core.messages import msg
from core.models import ReviewTemplate, TemplateChecklistItem, TemplateCriterion
from core.services.roadmap import CriterionInput
from core.text import NAME_MAX, NOTE_MAX, clean_text


class TemplateService:
    def __init__(self, db: Database, actor: str) -> None:
        self._db = db
        self._actor = actor

    def create(
        self,
        *,
        name: str,
        description: str = "",
        criteria: Sequence[CriterionInput],
        checklist: Sequence[str] = (),
    ) -> Changes:
        clean_name = clean_text(name, field="name", max_length=NAME_MAX)
        if not criteria:
            raise ValidationError("criteria", msg("a review template needs at least one criterion"))
        with self._db.unit_of_work(self._actor) as uow:
            taken = uow.session.scalar(
                select(ReviewTemplate.id).where(
                    func.lower(ReviewTemplate.name) == clean_name.lower()
                )
            )
            if taken is not None:
                raise ValidationError(
                    "name", msg("a template called '{name}' already exists", name=clean_name)
                )
            template = ReviewTemplate(
                name=clean_name,
                description=clean_text(
                    description,
                    field="description",
                    max_length=NOTE_MAX,
                    required=False,
                    multiline=True,
                ),
                builtin=False,
            )
            template.criteria = [
                TemplateCriterion(
                    position=i,
                    text=clean_text(
                        c.text, field=f"criterion {i}", max_length=NOTE_MAX, multiline=True
                    ),
                    target=clean_text(
                        c.target, field=f"criterion {i} target", max_length=300, required=False
                    ),
                )
                for i, c in enumerate(criteria, start=1)
            ]
            template.checklist = [
                TemplateChecklistItem(
                    position=i, text=clean_text(t, field=f"checklist item {i}", max_length=NOTE_MAX)
                )
                for i, t in enumerate(checklist, start=1)
            ]
            uow.session.add(template)
            uow.flush()
            uow.event(
                template_stream(template.id),
                "review_template",
                template.id,
                "created",
                None,
                {
                    "name": template.name,
                    "description": template.description,
                    "criteria": [{"text": c.text, "target": c.target} for c in template.criteria],
                    "checklist": [i.text for i in template.checklist],
                },
            )
            uow.changes.templates.add(template.id)
            uow.changes.created = template.id
            return uow.commit()
