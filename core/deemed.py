"""Deemed acceptance: a submitted milestone the client has not decided on in time.

A rule of its own module so the read side can flag such milestones without loading the
workflow service. The flag only asks the user to confirm; nothing changes by itself."""

from __future__ import annotations

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
