"""Several service calls as one user action (Services.together): all kept, or none."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from core.errors import DomainError
from core.models import HistoryEvent, Idea
from core.services import Services
from tests.factories import make_draft

TODAY = date(2026, 5, 1)


def _ideas(services: Services, engagement_id: str, n: int) -> list[str]:
    return [
        services.ideas.capture(
            engagement_id, description=f"Idea {i}", raised_by="Anna", raised_on=TODAY
        ).created
        or ""
        for i in range(n)
    ]


def _states(services: Services, ids: list[str]) -> list[str]:
    with services.db.reading() as session:
        return [session.get(Idea, i).state for i in ids]  # type: ignore[union-attr]


@pytest.fixture
def engagement_id(services: Services) -> str:
    return make_draft(services, milestones=1).engagement_id


def test_steps_are_kept_together_and_their_changes_merged(
    services: Services, engagement_id: str
) -> None:
    ids = _ideas(services, engagement_id, 3)
    changes = services.together(
        [
            lambda: services.ideas.park(ids[0], "later"),
            lambda: services.ideas.decline(ids[1], "out of budget"),
            lambda: services.ideas.update(ids[2], priority="must"),
        ]
    )
    assert _states(services, ids) == ["parked", "declined", "captured"]
    assert changes.ideas == set(ids)


def test_a_refused_step_keeps_nothing_of_the_earlier_ones(
    services: Services, engagement_id: str
) -> None:
    ids = _ideas(services, engagement_id, 3)
    services.ideas.decline(ids[2], "already settled")
    with pytest.raises(DomainError, match="declined"):
        services.together(
            [
                lambda: services.ideas.park(ids[0], "later"),
                lambda: services.ideas.park(ids[1], "later"),
                lambda: services.ideas.park(ids[2], "later"),  # refused: already declined
            ]
        )
    assert _states(services, ids) == ["captured", "captured", "declined"]
    # The history holds no trace of the two parks that were rolled back.
    with services.db.reading() as session:
        parked = session.scalars(
            select(HistoryEvent.seq).where(
                HistoryEvent.entity_id.in_(ids[:2]), HistoryEvent.action == "parked"
            )
        ).all()
    assert parked == []


def test_an_error_of_the_program_in_a_step_keeps_nothing(
    services: Services, engagement_id: str
) -> None:
    ids = _ideas(services, engagement_id, 2)

    def broken() -> object:
        raise RuntimeError("bug")

    with pytest.raises(RuntimeError):
        services.together([lambda: services.ideas.park(ids[0], "later"), broken])  # type: ignore[list-item]
    assert _states(services, ids) == ["captured", "captured"]
