"""The read side: frozen records for views, reports and the command line.

Every function takes a read session (``Database.reading()``) and returns plain frozen
dataclasses; no ORM object leaves this package."""

from core.queries.dashboard import Dashboard, dashboard
from core.queries.engagements import (
    ContactRow,
    CriterionRow,
    EngagementDetail,
    EngagementRow,
    IdeaRow,
    MilestoneRow,
    engagement_detail,
    idea_rows,
    list_engagements,
)
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
from core.queries.history import (
    EventRow,
    changes_since,
    history_count,
    history_page,
    iter_history,
)
from core.queries.reviews import RoundRow, review_rounds

__all__ = [
    "ContactRow",
    "CriterionRow",
    "Dashboard",
    "DueRow",
    "EngagementDetail",
    "EngagementRow",
    "EventRow",
    "Figures",
    "IdeaRow",
    "MilestoneRow",
    "RoundRow",
    "SpinoffRow",
    "changes_since",
    "dashboard",
    "due_and_overdue",
    "engagement_detail",
    "first_pass_rate",
    "history_count",
    "history_page",
    "idea_counts",
    "idea_rows",
    "iter_history",
    "list_engagements",
    "portfolio_figures",
    "review_latency_days",
    "review_rounds",
    "spinoff_pipeline",
    "value_by_state",
]
