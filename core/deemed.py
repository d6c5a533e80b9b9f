"""Deemed acceptance: a submitted milestone the client has not decided on in time.

A rule of its own module so the read side can flag such milestones without loading the
workflow service. The flag only asks the user to confirm; nothing changes by itself.

Once confirmed, the acceptance is a normal billing path: the sign-off says the milestone was
deemed accepted, after how many days, when it had been submitted and who confirmed it
(:class:`DeemedAcceptance`). The client gave no verdict on any criterion, so none is
recorded: the round accepts the milestone as a whole."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from core.models import Milestone
from core.models.enums import MilestoneState


def deemed_due(milestone: Milestone, deemed_days: int | None, today: date) -> bool:
    """True when a submitted milestone has waited past the deemed-acceptance period."""
    if (
        deemed_days is None
        or milestone.state != MilestoneState.SUBMITTED
        or milestone.submitted_at is None
    ):
        return False
    return today > milestone.submitted_at + timedelta(days=deemed_days)


@dataclass(frozen=True, slots=True)
class DeemedAcceptance:
    """How a confirmed deemed acceptance came about, as its sign-off records it."""

    days: int
    """The engagement's deemed-acceptance period."""
    submitted_on: date
    confirmed_by: str
    """The person who confirmed it (the acting user)."""
    confirmed_on: date

    def snapshot(self) -> dict[str, object]:
        """The ``round.deemed_acceptance`` part of a sign-off snapshot."""
        return {
            "days": self.days,
            "submitted_on": self.submitted_on.isoformat(),
            "confirmed_by": self.confirmed_by,
            "confirmed_on": self.confirmed_on.isoformat(),
        }
