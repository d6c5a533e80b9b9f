"""The roadmap: freely editable in draft, locked once active (only forecasts move), and
templates copied into milestones."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from sqlalchemy import update

from core.errors import (
    DomainError,
    NotFoundError,
    ScopeLockedError,
    StaleEditError,
    TransitionError,
    ValidationError,
)
from core.history import engagement_stream
from core.models import Engagement, Milestone, MilestoneState, TemplateCriterion
from core.services import CriterionInput, Services
from core.templates import builtin_id
from tests.checks import refused, stream_events
from tests.factories import Built, drive, make_active, make_draft

S = MilestoneState


def roadmap(s: Services, engagement_id: str) -> list[dict[str, Any]]:
    """The roadmap as a user sees it, in position order."""
    with s.db.reading() as session:
        e = session.get(Engagement, engagement_id)
        assert e is not None
        return [
            {
                "id": m.id,
                "position": m.position,
                "title": m.title,
                "deliverables": m.deliverables,
                "amount": m.amount_minor,
                "due": m.baseline_due,
                "forecast": m.forecast_due,
                "criteria": [(c.position, c.text, c.target) for c in m.criteria],
                "criterion_ids": [c.id for c in m.criteria],
                "checklist": [i.text for i in m.checklist],
                "template": m.template_name,
                "version": m.version,
            }
            for m in e.milestones
        ]


def titles(s: Services, engagement_id: str) -> list[str]:
    rows = roadmap(s, engagement_id)
    assert [r["position"] for r in rows] == list(range(1, len(rows) + 1))
    return [r["title"] for r in rows]


# --- editing a draft ----------------------------------------------------------------------


def test_milestones_are_appended_in_order(services: Services) -> None:
    built = make_draft(services, milestones=3)
    assert titles(services, built.engagement_id) == ["Milestone 1", "Milestone 2", "Milestone 3"]


@pytest.mark.parametrize(
    ("position", "expected"),
    [
        (1, ["New", "Milestone 1", "Milestone 2", "Milestone 3"]),
        (2, ["Milestone 1", "New", "Milestone 2", "Milestone 3"]),
        (4, ["Milestone 1", "Milestone 2", "Milestone 3", "New"]),
        (99, ["Milestone 1", "Milestone 2", "Milestone 3", "New"]),
    ],
)
def test_a_milestone_can_be_inserted_at_a_position(
    services: Services, position: int, expected: list[str]
) -> None:
    built = make_draft(services, milestones=3)
    services.roadmap.add_milestone(built.engagement_id, title="New", position=position)
    assert titles(services, built.engagement_id) == expected


@pytest.mark.parametrize("which", [0, 1, 2])
def test_removing_a_milestone_closes_the_gap(services: Services, which: int) -> None:
    built = make_draft(services, milestones=3)
    services.roadmap.remove_milestone(built.milestone_ids[which])
    expected = [f"Milestone {n}" for n in (1, 2, 3) if n != which + 1]
    assert titles(services, built.engagement_id) == expected
    event = stream_events(services.db, engagement_stream(built.engagement_id))[-1]
    assert (
        event.action == "removed" and json.loads(event.before)["title"] == f"Milestone {which + 1}"
    )


@pytest.mark.parametrize(
    ("which", "to", "expected"),
    [
        (0, 3, [2, 3, 1]),
        (2, 1, [3, 1, 2]),
        (1, 3, [1, 3, 2]),
        (1, 1, [2, 1, 3]),
    ],
)
def test_a_milestone_can_be_moved(
    services: Services, which: int, to: int, expected: list[int]
) -> None:
    built = make_draft(services, milestones=3)
    services.roadmap.move_milestone(built.milestone_ids[which], to)
    assert titles(services, built.engagement_id) == [f"Milestone {n}" for n in expected]


def test_moving_to_the_same_place_changes_nothing(services: Services) -> None:
    built = make_draft(services, milestones=2)
    assert services.roadmap.move_milestone(built.milestone_ids[0], 1).empty
    assert titles(services, built.engagement_id) == ["Milestone 1", "Milestone 2"]


@pytest.mark.parametrize("to", [0, 4, -1])
def test_moving_outside_the_roadmap_is_refused(services: Services, to: int) -> None:
    built = make_draft(services, milestones=3)
    refused(
        services.db,
        ValidationError,
        lambda: services.roadmap.move_milestone(built.milestone_ids[0], to),
        "from 1 to 3",
    )


def test_every_part_of_a_draft_milestone_can_be_edited(services: Services) -> None:
    built = make_draft(services, milestones=2)
    mid = built.milestone_ids[1]
    services.roadmap.update_milestone(
        mid,
        title="Beta release",
        deliverables="Beta build\nRelease notes",
        amount_minor=250_050,
        due=date(2026, 4, 15),
        criteria=[CriterionInput("Installs cleanly", "0 errors"), CriterionInput("Docs")],
    )
    row = roadmap(services, built.engagement_id)[1]
    assert (row["title"], row["deliverables"]) == ("Beta release", "Beta build\nRelease notes")
    assert (row["amount"], row["due"]) == (250_050, date(2026, 4, 15))
    assert row["criteria"] == [(1, "Installs cleanly", "0 errors"), (2, "Docs", "")]
    event = stream_events(services.db, engagement_stream(built.engagement_id))[-1]
    assert (event.action, json.loads(event.after)["amount_minor"]) == ("edited", 250_050)


def test_crlf_in_deliverables_is_stored_as_newlines(services: Services) -> None:
    built = make_draft(services, milestones=1)
    services.roadmap.update_milestone(built.milestone_ids[0], deliverables="a\r\nb\rc")
    assert roadmap(services, built.engagement_id)[0]["deliverables"] == "a\nb\nc"


@pytest.mark.parametrize(
    ("kwargs", "words"),
    [
        ({"amount_minor": -1}, ["amount", "negative"]),
        ({"amount_minor": 10**15 + 1}, ["amount", "too large"]),
        ({"amount_minor": 1.5}, ["amount", "minor units"]),
        ({"amount_minor": True}, ["amount", "minor units"]),
        ({"title": " "}, ["title", "empty"]),
        ({"title": "x" * 301}, ["title", "too long"]),
        ({"deliverables": "ok\x00"}, ["deliverables", "U+0000"]),
        ({"deliverables": "\udcff"}, ["deliverables", "surrogate"]),
        ({"criteria": [CriterionInput("ok"), CriterionInput("\u202e")]}, ["criterion 2"]),
        ({"criteria": [CriterionInput("ok", "x" * 301)]}, ["criterion 1 target", "too long"]),
    ],
)
def test_bad_milestone_input_is_refused(
    services: Services, kwargs: dict[str, Any], words: list[str]
) -> None:
    built = make_draft(services, milestones=1)
    refused(
        services.db,
        ValidationError,
        lambda: services.roadmap.update_milestone(built.milestone_ids[0], **kwargs),
        *words,
    )
    add_kwargs = {"title": "New", **kwargs}
    refused(
        services.db,
        ValidationError,
        lambda: services.roadmap.add_milestone(built.engagement_id, **add_kwargs),
        *words,
    )


def test_a_stale_milestone_edit_is_refused(services: Services) -> None:
    built = make_draft(services, milestones=1)
    mid = built.milestone_ids[0]
    version = roadmap(services, built.engagement_id)[0]["version"]
    services.roadmap.update_milestone(mid, expected_version=version, amount_minor=1_000)
    for action in (
        lambda: services.roadmap.update_milestone(
            mid, expected_version=version, amount_minor=2_000
        ),
        lambda: services.roadmap.remove_milestone(mid, expected_version=version),
    ):
        refused(services.db, StaleEditError, action, "milestone 1", "reload")
    assert roadmap(services, built.engagement_id)[0]["amount"] == 1_000


def test_a_removed_milestone_is_reported_missing(services: Services) -> None:
    built = make_draft(services, milestones=2)
    mid = built.milestone_ids[0]
    services.roadmap.remove_milestone(mid)
    refused(
        services.db,
        NotFoundError,
        lambda: services.roadmap.update_milestone(mid, title="Ghost"),
        "no longer exists",
    )


# --- the locked scope ---------------------------------------------------------------------


def _scope_edits(s: Services, built: Built) -> dict[str, Callable[[], object]]:
    first = built.milestone_ids[0]
    return {
        "add": lambda: s.roadmap.add_milestone(built.engagement_id, title="Extra", amount_minor=1),
        "remove": lambda: s.roadmap.remove_milestone(first),
        "reorder": lambda: s.roadmap.move_milestone(first, 2),
        "title": lambda: s.roadmap.update_milestone(first, title="Renamed"),
        "amount": lambda: s.roadmap.update_milestone(first, amount_minor=1),
        "deliverables": lambda: s.roadmap.update_milestone(first, deliverables="More"),
        "criteria": lambda: s.roadmap.update_milestone(first, criteria=[CriterionInput("Other")]),
        "due date": lambda: s.roadmap.update_milestone(first, due=date(2027, 1, 1)),
        "template": lambda: s.roadmap.apply_template(first, builtin_id("Software release")),
    }


@pytest.mark.parametrize(
    "edit",
    [
        "add",
        "remove",
        "reorder",
        "title",
        "amount",
        "deliverables",
        "criteria",
        "due date",
        "template",
    ],
)
def test_scope_edits_in_an_active_engagement_point_to_an_idea(
    services: Services, edit: str
) -> None:
    built = make_active(services, milestones=2)
    before = roadmap(services, built.engagement_id)
    refused(
        services.db,
        ScopeLockedError,
        _scope_edits(services, built)[edit],
        "ACME-2026-01",
        "locked",
        "idea",
    )
    assert roadmap(services, built.engagement_id) == before


def test_scope_stays_locked_after_completion(services: Services) -> None:
    from tests.factories import accept

    built = make_active(services, milestones=2)
    for mid in built.milestone_ids:
        accept(services, built, mid)
    services.engagements.close(built.engagement_id)
    for action in _scope_edits(services, built).values():
        refused(services.db, ScopeLockedError, action, "completed", "can no longer change")


# --- forecasts ----------------------------------------------------------------------------


def test_the_forecast_moves_with_a_reason_and_the_baseline_stays(services: Services) -> None:
    built = make_active(services, milestones=2)
    with services.db.reading() as session:
        e = session.get(Engagement, built.engagement_id)
        assert e is not None
        baseline = (e.baselines[0].snapshot, e.baselines[0].fingerprint)
    services.roadmap.move_forecast(built.milestone_ids[0], date(2026, 2, 11), "Client away")
    row = roadmap(services, built.engagement_id)[0]
    assert (row["due"], row["forecast"]) == (date(2026, 2, 1), date(2026, 2, 11))
    event = stream_events(services.db, engagement_stream(built.engagement_id))[-1]
    assert event.action == "forecast_moved"
    assert json.loads(event.before) == {"forecast_due": "2026-02-01"}
    assert json.loads(event.after) == {
        "forecast_due": "2026-02-11",
        "reason": "Client away",
        "variance_days": 10,
    }
    services.roadmap.move_forecast(built.milestone_ids[0], date(2026, 1, 29), "Ahead of plan")
    after = json.loads(stream_events(services.db, engagement_stream(built.engagement_id))[-1].after)
    assert after["variance_days"] == -3
    with services.db.reading() as session:
        e = session.get(Engagement, built.engagement_id)
        assert e is not None
        assert [(b.snapshot, b.fingerprint) for b in e.baselines] == [baseline]


@pytest.mark.parametrize("reason", ["", "  ", "bad\x07bell"])
def test_a_forecast_move_needs_a_clean_reason(services: Services, reason: str) -> None:
    built = make_active(services, milestones=1)
    refused(
        services.db,
        ValidationError,
        lambda: services.roadmap.move_forecast(built.milestone_ids[0], date(2026, 3, 1), reason),
        "reason",
    )


def test_a_draft_has_no_forecast_to_move(services: Services) -> None:
    built = make_draft(services, milestones=1)
    refused(
        services.db,
        ValidationError,
        lambda: services.roadmap.move_forecast(built.milestone_ids[0], date(2026, 3, 1), "late"),
        "draft",
        "due date",
    )


def test_a_cancelled_engagement_forecast_cannot_move(services: Services) -> None:
    built = make_active(services, milestones=1)
    services.engagements.cancel(built.engagement_id, "stopped")
    refused(
        services.db,
        ValidationError,
        lambda: services.roadmap.move_forecast(built.milestone_ids[0], date(2026, 3, 1), "late"),
        "cancelled",
        "not active",
    )


NOT_YET_ACCEPTED = [S.PLANNED, S.IN_PROGRESS, S.SUBMITTED, S.CHANGES_REQUESTED]
ACCEPTED_OR_LATER = [S.ACCEPTED, S.SIGNED_OFF, S.INVOICED, S.PAID]


def test_every_state_is_either_open_to_forecast_moves_or_closed_to_them() -> None:
    assert set(NOT_YET_ACCEPTED) | set(ACCEPTED_OR_LATER) == set(S)


@pytest.mark.parametrize("state", NOT_YET_ACCEPTED, ids=str)
def test_the_forecast_of_work_not_yet_accepted_moves(services: Services, state: S) -> None:
    built = make_active(services, milestones=1)
    mid = built.milestone_ids[0]
    drive(services, built, mid, state)
    services.roadmap.move_forecast(mid, date(2026, 3, 20), "The client's team is away")
    assert roadmap(services, built.engagement_id)[0]["forecast"] == date(2026, 3, 20)


@pytest.mark.parametrize("state", ACCEPTED_OR_LATER, ids=str)
def test_the_forecast_of_accepted_work_no_longer_moves(services: Services, state: S) -> None:
    """Delivered and accepted work has a date of the past: moving it, even from the command
    line, is refused with the milestone's state, and nothing is written. (A second milestone
    keeps the engagement active once the first is paid.)"""
    built = make_active(services, milestones=2)
    mid = built.milestone_ids[0]
    drive(services, built, mid, state)
    refused(
        services.db,
        ValidationError,
        lambda: services.roadmap.move_forecast(mid, date(2026, 6, 30), "Paid late"),
        "forecast",
        f"milestone 1 'Milestone 1' is {state.value.replace('_', ' ')}",
        "accepted",
    )


def test_a_stale_forecast_move_is_refused(services: Services) -> None:
    built = make_active(services, milestones=1)
    version = roadmap(services, built.engagement_id)[0]["version"]
    services.roadmap.move_forecast(
        built.milestone_ids[0], date(2026, 3, 1), "late", expected_version=version
    )
    refused(
        services.db,
        StaleEditError,
        lambda: services.roadmap.move_forecast(
            built.milestone_ids[0], date(2026, 3, 9), "later", expected_version=version
        ),
    )


# --- templates ----------------------------------------------------------------------------


def test_applying_a_template_copies_its_criteria_and_checklist(services: Services) -> None:
    built = make_draft(services, milestones=1, criteria=1)
    services.roadmap.apply_template(built.milestone_ids[0], "Software release")
    row = roadmap(services, built.engagement_id)[0]
    assert row["template"] == "Software release"
    assert [c[0] for c in row["criteria"]] == list(range(1, 7))
    assert row["criteria"][0][1] == "Criterion 1.1"
    assert row["criteria"][2] == (
        3,
        "Automated tests pass on the release build",
        "100 % of the suite",
    )
    assert row["checklist"] == [
        "Demo held with the client",
        "Access credentials handed over securely",
    ]


def test_template_criteria_are_copies_that_later_template_changes_do_not_touch(
    services: Services,
) -> None:
    template_id = services.templates.create(
        name="Brand review",
        criteria=[
            CriterionInput("Logo is correct"),
            CriterionInput("Colours match", "Pantone 286"),
        ],
        checklist=["Print proof checked"],
    ).created
    assert template_id is not None
    built = make_draft(services, milestones=2, criteria=0)
    for mid in built.milestone_ids:
        services.roadmap.apply_template(mid, template_id)
    rows = roadmap(services, built.engagement_id)
    ids = [set(r["criterion_ids"]) for r in rows]
    assert len(ids[0]) == 2 and ids[0].isdisjoint(ids[1])  # each milestone owns its own rows
    services.engagements.activate(built.engagement_id)
    locked = roadmap(services, built.engagement_id)
    # No template edit service exists yet; change the template's rows directly.
    with services.db.engine.begin() as conn:
        conn.execute(
            update(TemplateCriterion)
            .where(TemplateCriterion.template_id == template_id)
            .values(text="Changed after the fact")
        )
    assert roadmap(services, built.engagement_id) == locked
    assert locked[0]["criteria"] == [
        (1, "Logo is correct", ""),
        (2, "Colours match", "Pantone 286"),
    ]


def test_applying_a_template_twice_does_not_duplicate_the_checklist(services: Services) -> None:
    built = make_draft(services, milestones=1, criteria=0)
    services.roadmap.apply_template(built.milestone_ids[0], "Campaign launch")
    services.roadmap.apply_template(built.milestone_ids[0], "Campaign launch")
    row = roadmap(services, built.engagement_id)[0]
    assert len(row["checklist"]) == 2 and len(row["criteria"]) == 8


def test_an_unknown_template_is_refused(services: Services) -> None:
    built = make_draft(services, milestones=1)
    refused(
        services.db,
        NotFoundError,
        lambda: services.roadmap.apply_template(built.milestone_ids[0], "No such template"),
        "No such template",
    )


def test_template_names_must_be_unique_and_carry_criteria(services: Services) -> None:
    services.templates.create(name="Audit", criteria=[CriterionInput("Complete")])
    refused(
        services.db,
        ValidationError,
        lambda: services.templates.create(name="AUDIT", criteria=[CriterionInput("x")]),
        "already exists",
    )
    refused(
        services.db,
        ValidationError,
        lambda: services.templates.create(name="Empty", criteria=[]),
        "at least one criterion",
    )


def test_milestone_in_draft_has_no_workflow(services: Services) -> None:
    built = make_draft(services, milestones=1)
    error = refused(
        services.db,
        DomainError,
        lambda: services.workflow.start(built.milestone_ids[0]),
        "draft",
        "Activate it first",
    )
    assert not isinstance(error, TransitionError)
    with services.db.reading() as session:
        m = session.get(Milestone, built.milestone_ids[0])
        assert m is not None and m.state == "planned"


# --- built-in templates in the document language ---------------------------------------


def _criteria_and_checklist(
    s: Services, milestone_id: str
) -> tuple[list[tuple[str, str]], list[str]]:
    with s.db.reading() as session:
        m = session.get(Milestone, milestone_id)
        assert m is not None
        return [(c.text, c.target) for c in m.criteria], [i.text for i in m.checklist]


@pytest.mark.parametrize(
    ("language", "first", "target"),
    [
        ("en", "Every agreed user story is demonstrable", "100 % of the suite"),
        ("fr", "Chaque récit utilisateur convenu peut être démontré", "100 % de la suite"),
        ("es", "Cada historia de usuario acordada se puede demostrar", "100 % de la batería"),
        ("zh-TW", "每個約定的使用者故事皆可展示", "測試套件 100 %"),
    ],
)
def test_a_built_in_template_is_copied_in_the_document_language(
    services: Services, language: str, first: str, target: str
) -> None:
    built = make_draft(services, milestones=1, criteria=1)
    services.engagements.update(built.engagement_id, language=language)
    services.roadmap.apply_template(built.milestone_ids[0], builtin_id("Software release"))
    criteria, checklist = _criteria_and_checklist(services, built.milestone_ids[0])
    assert criteria[0] == ("Criterion 1.1", "")  # what was there stays first
    assert criteria[1][0] == first
    assert criteria[2][1] == target
    assert len(criteria) == 1 + 5 and len(checklist) == 2


def test_a_user_template_is_copied_as_written_whatever_the_language(services: Services) -> None:
    built = make_draft(services, milestones=1, criteria=1)
    services.engagements.update(built.engagement_id, language="fr")
    template = services.templates.create(
        name="Revue bilingue",
        criteria=[CriterionInput("Both versions say the same", "")],
        checklist=["Glossary agreed"],
    ).created
    assert template is not None
    services.roadmap.apply_template(built.milestone_ids[0], template)
    criteria, checklist = _criteria_and_checklist(services, built.milestone_ids[0])
    assert criteria[1] == ("Both versions say the same", "")
    assert checklist == ["Glossary agreed"]


def test_every_translation_of_the_built_ins_matches_the_original_shape() -> None:
    import unicodedata

    from core.template_translations import TRANSLATIONS
    from core.templates import BUILTINS
    from core.text import NOTE_MAX, clean_text

    assert set(TRANSLATIONS) == {"fr", "es", "zh-TW"}
    for language, templates in TRANSLATIONS.items():
        assert set(templates) == set(BUILTINS), language
        for name, (criteria, checklist) in templates.items():
            _, english, english_checklist = BUILTINS[name]
            assert len(criteria) == len(english), (language, name)
            assert len(checklist) == len(english_checklist), (language, name)
            for (text, target), (_, english_target) in zip(criteria, english, strict=True):
                assert bool(target) == bool(english_target), (language, name, text)
                assert clean_text(text, field="criterion", max_length=NOTE_MAX) == text
                assert unicodedata.is_normalized("NFC", text + target)
