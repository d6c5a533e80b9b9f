"""What a diverted idea's qualification gives the spin-off's draft.

An idea's goals become written objectives of the spin-off; its budget becomes the draft
milestone's amount when it reads as an amount in the spin-off's currency, and its timeline
the milestone's due date when it is a date (YYYY-MM-DD). What does not read that way stays
with the milestone's deliverables, under a label in the engagement's document language, so
nothing the client said is lost and the PM turns it into terms while the spin-off is a draft."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from core.dates import in_range
from core.errors import DomainError
from core.models import Idea, Objective
from core.money import MAX_MINOR, parse_money
from core.text import NOTE_MAX, TEXT_MAX, clean_text

__all__ = ["DraftMilestone", "draft_milestone", "draft_objectives"]

LABELS = {
    "en": ("Budget: ", "Timeline: "),
    "fr": ("Budget\u00a0: ", "Calendrier\u00a0: "),
    "es": ("Presupuesto: ", "Plazos: "),
    "zh-TW": ("預算：", "時程："),
}
"""How the budget and the timeline are labelled in the deliverables, per document language
(French puts a no-break space before the colon, Chinese a full-width colon)."""


@dataclass(frozen=True, slots=True)
class DraftMilestone:
    deliverables: str
    amount_minor: int
    due: date | None


def _amount(budget: str, currency: str, language: str) -> int | None:
    """The budget as minor units of ``currency``, or None when it is not just an amount."""
    if not budget.strip():
        return None
    try:
        minor = parse_money(budget, currency, language, field="budget").minor
    except (DomainError, ValueError):
        return None
    return minor if 0 < minor <= MAX_MINOR else None


def _day(timeline: str) -> date | None:
    try:
        day = date.fromisoformat(timeline.strip())
    except ValueError:
        return None
    return day if in_range(day) else None


def draft_milestone(idea: Idea, currency: str, language: str) -> DraftMilestone:
    """The draft milestone's deliverables, amount and due date from ``idea``."""
    budget_label, timeline_label = LABELS.get(language, LABELS["en"])
    amount = _amount(idea.budget, currency, language)
    due = _day(idea.timeline)
    kept = []
    if idea.budget.strip() and amount is None:
        kept.append(budget_label + idea.budget.strip())
    if idea.timeline.strip() and due is None:
        kept.append(timeline_label + idea.timeline.strip())
    deliverables = idea.description + ("\n\n" + "\n".join(kept) if kept else "")
    text = clean_text(
        deliverables, field="deliverables", max_length=TEXT_MAX, required=False, multiline=True
    )
    return DraftMilestone(text, amount or 0, due)


def draft_objectives(ideas: list[Idea]) -> list[Objective]:
    """One written objective per distinct goal of the ideas, in their order."""
    goals = list(dict.fromkeys(i.goals.strip() for i in ideas if i.goals.strip()))
    return [
        Objective(
            position=n,
            text=clean_text(text, field=f"objective {n}", max_length=NOTE_MAX, multiline=True),
            measure="",
        )
        for n, text in enumerate(goals, start=1)
    ]
