"""The small reads behind the desktop's forms (core.queries.lookups): pick lists, where a
milestone is, and the terms an edit starts from, as frozen records."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest

from core.errors import NotFoundError
from core.queries import (
    client_choices,
    engagement_detail,
    engagement_terms,
    milestone_ref,
    milestone_terms,
    template_choices,
)
from core.services import CriterionInput, ObjectiveInput, Services
from tests.factories import make_active, make_client, make_draft


def test_clients_are_offered_by_name(services: Services) -> None:
    zeta, _ = make_client(services, "Zeta Corp")
    acme, _ = make_client(services, "ACME SA")
    with services.db.reading() as session:
        choices = client_choices(session)
    assert [(c.id, c.name) for c in choices] == [(acme, "ACME SA"), (zeta, "Zeta Corp")]


def test_each_template_offered_is_one_a_milestone_can_take(services: Services) -> None:
    built = make_draft(services, milestones=1)
    with services.db.reading() as session:
        choices = template_choices(session)
    names = [c.name for c in choices]
    assert names and names == sorted(names)
    chosen = choices[-1]
    services.roadmap.apply_template(built.milestone_ids[0], chosen.id)
    with services.db.reading() as session:
        detail = engagement_detail(session, built.engagement_id, date(2026, 1, 5))
    assert detail.milestones[0].template_name == chosen.name


def test_a_milestone_ref_places_the_milestone_and_follows_its_state(services: Services) -> None:
    built = make_active(services)
    second = built.milestone_ids[1]
    services.workflow.start(second)
    with services.db.reading() as session:
        ref = milestone_ref(session, second)
        gone = milestone_ref(session, "no-such-milestone")
    assert ref is not None and gone is None
    assert (ref.id, ref.engagement_id, ref.engagement_code) == (
        second,
        built.engagement_id,
        "ACME-2026-01",
    )
    assert (ref.position, ref.title, ref.state) == (2, "Milestone 2", "in_progress")
    with pytest.raises(dataclasses.FrozenInstanceError):
        ref.state = "paid"  # type: ignore[misc]


def test_milestone_terms_are_what_was_stored_and_refused_once_it_is_removed(
    services: Services,
) -> None:
    built = make_draft(services, milestones=2)
    first = built.milestone_ids[0]
    services.roadmap.update_milestone(
        first,
        title="Design",
        deliverables="Mock-ups",
        amount_minor=250_000,
        due=date(2026, 3, 1),
        criteria=[CriterionInput("Approved by the CMO", "signed"), CriterionInput("Accessible")],
    )
    with services.db.reading() as session:
        terms = milestone_terms(session, first)
    assert (terms.title, terms.deliverables, terms.amount_minor, terms.baseline_due) == (
        "Design",
        "Mock-ups",
        250_000,
        date(2026, 3, 1),
    )
    assert terms.criteria == (("Approved by the CMO", "signed"), ("Accessible", ""))
    assert terms.position == 1

    services.roadmap.remove_milestone(first)
    with services.db.reading() as session, pytest.raises(NotFoundError, match="no longer"):
        milestone_terms(session, first)


def test_engagement_terms_are_what_was_stored(services: Services) -> None:
    built = make_draft(services, milestones=1)
    services.engagements.update(
        built.engagement_id,
        objectives=[ObjectiveInput("Faster checkout", "under 2 s"), ObjectiveInput("New look")],
        deemed_acceptance_days=10,
    )
    with services.db.reading() as session:
        terms = engagement_terms(session, built.engagement_id)
        with pytest.raises(NotFoundError, match="no longer exists"):
            engagement_terms(session, "no-such-engagement")
    assert (terms.title, terms.start_date, terms.target_end_date, terms.language) == (
        "Website relaunch",
        date(2026, 1, 5),
        date(2026, 6, 30),
        "en",
    )
    assert terms.objectives == (("Faster checkout", "under 2 s"), ("New look", ""))
    assert terms.deemed_acceptance_days == 10
