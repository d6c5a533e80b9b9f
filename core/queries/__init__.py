"""The read side: frozen records for views, reports and the command line.

Every function takes a read session (``Database.reading()``) and returns plain frozen
dataclasses; no ORM object leaves this package.

Submodules are imported on first use (PEP 562), so a command that lists engagements does not
pay for the dashboard's queries."""

from __future__ import annotations

from typing import TYPE_CHECKING

from core.lazy import lazy_attributes

if TYPE_CHECKING:
    from core.queries.engagements import (
        ContactRow,
        CriterionRow,
        EngagementDetail,
        IdeaRow,
        MilestoneRow,
        engagement_detail,
        idea_rows,
        milestone_positions,
        next_spinoff_code,
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
        RowShows,
        StoredTerms,
        changes_since,
        count_changes,
        hash_at,
        history_count,
        history_milestones,
        history_names,
        history_page,
        iter_history,
    )
    from core.queries.listing import EngagementRow, list_engagements
    from core.queries.lookups import (
        Choice,
        EngagementTermsRow,
        MilestoneRef,
        MilestoneTermsRow,
        client_choices,
        engagement_terms,
        milestone_ref,
        milestone_terms,
        template_choices,
    )
    from core.queries.overview import Dashboard, dashboard
    from core.queries.reviews import RoundRow, review_rounds

_WHERE: dict[str, str] = {
    "Choice": "core.queries.lookups",
    "EngagementTermsRow": "core.queries.lookups",
    "MilestoneRef": "core.queries.lookups",
    "MilestoneTermsRow": "core.queries.lookups",
    "client_choices": "core.queries.lookups",
    "engagement_terms": "core.queries.lookups",
    "milestone_ref": "core.queries.lookups",
    "milestone_terms": "core.queries.lookups",
    "template_choices": "core.queries.lookups",
    "ContactRow": "core.queries.engagements",
    "CriterionRow": "core.queries.engagements",
    "Dashboard": "core.queries.overview",
    "DueRow": "core.queries.figures",
    "EngagementDetail": "core.queries.engagements",
    "EngagementRow": "core.queries.listing",
    "EventRow": "core.queries.history",
    "Figures": "core.queries.figures",
    "RowShows": "core.queries.history",
    "StoredTerms": "core.queries.history",
    "IdeaRow": "core.queries.engagements",
    "MilestoneRow": "core.queries.engagements",
    "RoundRow": "core.queries.reviews",
    "SpinoffRow": "core.queries.figures",
    "changes_since": "core.queries.history",
    "count_changes": "core.queries.history",
    "hash_at": "core.queries.history",
    "dashboard": "core.queries.overview",
    "due_and_overdue": "core.queries.figures",
    "engagement_detail": "core.queries.engagements",
    "first_pass_rate": "core.queries.figures",
    "history_count": "core.queries.history",
    "history_milestones": "core.queries.history",
    "history_names": "core.queries.history",
    "history_page": "core.queries.history",
    "idea_counts": "core.queries.figures",
    "idea_rows": "core.queries.engagements",
    "iter_history": "core.queries.history",
    "list_engagements": "core.queries.listing",
    "milestone_positions": "core.queries.engagements",
    "next_spinoff_code": "core.queries.engagements",
    "portfolio_figures": "core.queries.figures",
    "review_latency_days": "core.queries.figures",
    "review_rounds": "core.queries.reviews",
    "spinoff_pipeline": "core.queries.figures",
    "value_by_state": "core.queries.figures",
}


__getattr__ = lazy_attributes(__name__, _WHERE)


__all__ = [
    "Choice",
    "ContactRow",
    "CriterionRow",
    "Dashboard",
    "DueRow",
    "EngagementDetail",
    "EngagementRow",
    "EngagementTermsRow",
    "EventRow",
    "Figures",
    "IdeaRow",
    "MilestoneRef",
    "MilestoneRow",
    "MilestoneTermsRow",
    "RoundRow",
    "RowShows",
    "SpinoffRow",
    "StoredTerms",
    "changes_since",
    "client_choices",
    "count_changes",
    "dashboard",
    "due_and_overdue",
    "engagement_detail",
    "engagement_terms",
    "first_pass_rate",
    "hash_at",
    "history_count",
    "history_milestones",
    "history_names",
    "history_page",
    "idea_counts",
    "idea_rows",
    "iter_history",
    "list_engagements",
    "milestone_positions",
    "milestone_ref",
    "milestone_terms",
    "next_spinoff_code",
    "portfolio_figures",
    "review_latency_days",
    "review_rounds",
    "spinoff_pipeline",
    "template_choices",
    "value_by_state",
]
