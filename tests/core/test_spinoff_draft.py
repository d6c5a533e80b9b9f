"""Diverting an idea carries its qualification into the spin-off's draft: goals become
objectives, a budget that reads as an amount the milestone's amount, a timeline that is a
date its due date; what does not read that way stays in the deliverables, labelled."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from core.history import engagement_stream
from core.models import Engagement
from core.services import Services
from tests.checks import all_streams_verify, stream_events
from tests.factories import make_active

RAISED = date(2026, 2, 10)


def divert(s: Services, engagement_id: str, *ideas: dict[str, Any]) -> dict[str, Any]:
    ids = []
    for fields in ideas:
        description = fields.pop("description")
        created = s.ideas.capture(
            engagement_id,
            description=description,
            raised_by="Marie Dupont",
            raised_on=RAISED,
            qualification=fields,
        ).created
        assert created is not None
        ids.append(created)
    spinoff_id = s.ideas.divert(ids).created
    assert spinoff_id is not None
    with s.db.reading() as session:
        spin = session.get(Engagement, spinoff_id)
        assert spin is not None
        return {
            "id": spin.id,
            "end": spin.target_end_date,
            "objectives": [(o.text, o.measure) for o in spin.objectives],
            "milestones": [
                (m.deliverables, m.amount_minor, m.baseline_due) for m in spin.milestones
            ],
        }


def test_goals_budget_and_timeline_fill_the_draft(services: Services) -> None:
    built = make_active(services)
    spin = divert(
        services,
        built.engagement_id,
        {
            "description": "Mobile app",
            "goals": "Customers reorder from their phone",
            "budget": "€40,000",
            "timeline": "2026-09-30",
        },
    )
    assert spin["objectives"] == [("Customers reorder from their phone", "")]
    assert spin["milestones"] == [("Mobile app", 4_000_000, date(2026, 9, 30))]
    assert spin["end"] == date(2026, 9, 30)  # the parent ended in June: the span covers it
    event = json.loads(stream_events(services.db, engagement_stream(spin["id"]))[0].after)
    assert event["objectives"] == [{"text": "Customers reorder from their phone", "measure": ""}]
    assert all(p == [] for p in all_streams_verify(services.db).values())


def test_words_that_are_no_amount_or_date_stay_in_the_deliverables(services: Services) -> None:
    built = make_active(services)
    spin = divert(
        services,
        built.engagement_id,
        {"description": "Loyalty programme", "budget": "about 15k", "timeline": "after summer"},
        {"description": "Chatbot", "goals": "Fewer support calls"},
    )
    assert spin["milestones"] == [
        ("Loyalty programme\n\nBudget: about 15k\nTimeline: after summer", 0, None),
        ("Chatbot", 0, None),
    ]
    assert spin["objectives"] == [("Fewer support calls", "")]
    assert spin["end"] == date(2026, 6, 30)


def test_labels_follow_the_document_language(services: Services) -> None:
    built = make_active(services)
    services.engagements.cancel(built.engagement_id, "restart in French")
    french = services.engagements.create(
        code="ACME-2026-FR",
        title="Refonte",
        client_id=built.client_id,
        currency="EUR",
        start_date=date(2026, 1, 5),
        target_end_date=date(2026, 6, 30),
        language="fr",
    ).created
    assert french is not None
    spin = divert(
        services,
        french,
        {"description": "Application", "budget": "12 000 €", "timeline": "au printemps"},
    )
    assert spin["milestones"] == [
        ("Application\n\nCalendrier\u00a0: au printemps", 1_200_000, None)
    ]
