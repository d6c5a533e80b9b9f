"""The dashboard: every figure and indicator in one record."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sqlalchemy.orm import Session

from core.queries.figures import (
    DueRow,
    Figures,
    SpinoffRow,
    due_and_overdue,
    first_pass_rate,
    idea_counts,
    portfolio_figures,
    review_latency_days,
    spinoff_pipeline,
    value_by_state,
)

DUE_HORIZON_DAYS = 14


@dataclass(frozen=True, slots=True)
class Dashboard:
    figures: list[Figures] = field(hash=False)
    due: list[DueRow] = field(hash=False)
    overdue: list[DueRow] = field(hash=False)
    first_pass: tuple[int, int]
    latency_days: float | None
    ideas: dict[str, int] = field(hash=False)
    spinoffs: list[SpinoffRow] = field(hash=False)
    value_by_state: dict[str, dict[str, int]] = field(hash=False)


def dashboard(session: Session, today: date, engagement_id: str | None = None) -> Dashboard:
    """The portfolio dashboard, or one engagement's when ``engagement_id`` is given (its
    spin-offs are then the ones diverted from it)."""
    due, overdue = due_and_overdue(session, today, DUE_HORIZON_DAYS, engagement_id)
    return Dashboard(
        figures=portfolio_figures(session, engagement_id),
        due=due,
        overdue=overdue,
        first_pass=first_pass_rate(session, engagement_id),
        latency_days=review_latency_days(session, engagement_id),
        ideas=idea_counts(session, engagement_id),
        spinoffs=spinoff_pipeline(session, parent_id=engagement_id),
        value_by_state=value_by_state(session, engagement_id),
    )
