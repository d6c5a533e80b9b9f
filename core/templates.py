"""Built-in review templates, installed in every database with stable ids."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import TYPE_CHECKING, Final

from sqlalchemy import select

from core.schema_light import REVIEW_TEMPLATE

if TYPE_CHECKING:
    from core.db import Database

_NAMESPACE: Final = uuid.UUID("5c0be6ee-5c0b-4ee5-9c0b-5c0be6ee0001")

# name -> (description, [(criterion, target)], [checklist item])
BUILTINS: Final[dict[str, tuple[str, list[tuple[str, str]], list[str]]]] = {
    "Creative deliverable": (
        "Design, copy, video or other creative work reviewed against the brief.",
        [
            ("Matches the approved brief and key message", ""),
            ("Follows the brand guidelines (logo, colours, typography)", ""),
            ("All agreed formats and sizes are delivered", ""),
            ("Copy is proofread and approved by the client", ""),
        ],
        ["Source files handed over", "Usage rights and licences listed"],
    ),
    "Software release": (
        "A release of software reviewed against its agreed scope and quality bar.",
        [
            ("Every agreed user story is demonstrable", ""),
            ("Automated tests pass on the release build", "100 % of the suite"),
            ("No open defects of severity high or critical", "0"),
            ("Deployed to the agreed environment", ""),
            ("Release notes and operating instructions delivered", ""),
        ],
        ["Demo held with the client", "Access credentials handed over securely"],
    ),
    "Campaign launch": (
        "A marketing campaign going live across its channels.",
        [
            ("Campaign is live on every agreed channel", ""),
            ("Tracking and analytics verified end to end", ""),
            ("Budget pacing is within plan", "±10 %"),
            ("Launch report delivered", ""),
        ],
        ["Creative approved before launch", "Audience targeting reviewed"],
    ),
    "Document / report": (
        "A written deliverable such as a study, audit or strategy document.",
        [
            ("Covers every section of the agreed outline", ""),
            ("Sources and data are cited", ""),
            ("Recommendations are specific and actionable", ""),
            ("Delivered in the agreed format and language", ""),
        ],
        ["Executive summary reviewed by the sponsor"],
    ),
}


def builtin_id(name: str) -> str:
    return str(uuid.uuid5(_NAMESPACE, name))


def ensure_builtin_templates(
    db: Database, before_writing: Callable[[], None] | None = None
) -> None:
    """Install any missing built-in template. Shipped content, not a user change, so no
    history event; their stable ids keep archives portable between databases.
    ``before_writing`` is called when some are missing, before anything is written (it
    may refuse by raising)."""
    # The common case, at every start: all there, no write lock taken, and no ORM model
    # loaded (core.schema_light).
    with db.reading() as session:
        if set(BUILTINS) <= set(session.scalars(select(REVIEW_TEMPLATE.c.name))):
            return
    if before_writing is not None:
        before_writing()
    from core.models import ReviewTemplate, TemplateChecklistItem, TemplateCriterion

    with db.unit_of_work("scopekeeper") as uow:
        present = set(uow.session.scalars(select(ReviewTemplate.name)))
        missing = [name for name in BUILTINS if name not in present]
        if not missing:
            return
        for name in missing:
            description, criteria, checklist = BUILTINS[name]
            template = ReviewTemplate(
                id=builtin_id(name), name=name, description=description, builtin=True
            )
            template.criteria = [
                TemplateCriterion(position=i, text=text, target=target)
                for i, (text, target) in enumerate(criteria, start=1)
            ]
            template.checklist = [
                TemplateChecklistItem(position=i, text=text)
                for i, text in enumerate(checklist, start=1)
            ]
            uow.session.add(template)
        uow.commit()
