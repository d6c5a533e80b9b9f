"""The sample portfolio: every state a user can meet, four languages, real history."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import func, select

from core.check import run_check
from core.demo import CODES, load_demo
from core.errors import DomainError
from core.history import stream_keys, verify_stream
from core.models import Engagement, HistoryEvent, IdeaState, MilestoneState
from core.queries import engagement_detail, list_engagements
from core.services import Services
from tests.checks import db_state

TODAY = date(2026, 5, 1)


@pytest.fixture
def loaded(services: Services) -> Services:
    loaded = load_demo(services, TODAY)
    assert loaded.codes == list(CODES)
    with services.db.reading() as session:
        ids = {row.id for row in list_engagements(session)}
    # What a window refreshes from: every sample engagement, its clients and the agency
    # identity it filled in, with the first engagement to open.
    assert loaded.changes.engagements == ids
    assert len(loaded.changes.clients) >= 2 and loaded.changes.settings
    assert loaded.changes.created in ids
    return services


def test_main_engagement_has_a_milestone_in_every_state(loaded: Services) -> None:
    with loaded.db.reading() as session:
        detail = engagement_detail(session, "LUMI-2026-01", TODAY)
    assert detail.status == "active"
    assert detail.language == "fr"
    assert detail.deemed_acceptance_days == 10
    assert detail.baseline_fingerprint
    states = [m.state for m in detail.milestones]
    assert set(states) == {s.value for s in MilestoneState}
    by_state = {m.state: m for m in detail.milestones}
    two_rounds = by_state["changes_requested"]
    assert two_rounds.rounds == 2 and two_rounds.last_outcome == "changes_requested"
    # the forecast moved with a reason; the baseline stayed
    assert two_rounds.variance_days is not None and two_rounds.variance_days > 0
    waiting = by_state["accepted"]
    assert waiting.signoff_document_id and waiting.signature_method == ""
    assert by_state["submitted"].deemed_acceptance_due


def test_signed_off_milestone_carries_a_typed_acknowledgement(loaded: Services) -> None:
    record = loaded.signoffs.for_milestone("LUMI-2026-01", 3)
    assert record.milestone_state == "signed_off"
    assert record.signature_method == "typed"
    assert record.signer == "Sophie Marchand"
    assert record.verification == (
        f"typed acknowledgement matched to sign-off {record.document_id} by the id typed in; "
        "it cannot be verified cryptographically; recorded with its hash"
    )


def test_ideas_in_every_state_and_a_spinoff(loaded: Services) -> None:
    with loaded.db.reading() as session:
        parent = engagement_detail(session, "LUMI-2026-01", TODAY)
        spinoff = engagement_detail(session, "LUMI-2026-02", TODAY)
    assert {i.state for i in parent.ideas} == {s.value for s in IdeaState}
    diverted = [i for i in parent.ideas if i.state == "diverted"]
    assert {i.spinoff_code for i in diverted} == {"LUMI-2026-02"}
    assert [code for _id, code, _status in parent.spinoffs] == ["LUMI-2026-02"]
    assert spinoff.status == "draft" and spinoff.parent_code == "LUMI-2026-01"
    assert len(spinoff.milestones) == len(diverted)
    assert any(i.follow_up_due for i in parent.ideas) is False  # follow-up is in two days
    assert any(i.follow_up and i.follow_up <= TODAY + timedelta(days=14) for i in parent.ideas)


def test_four_languages_and_their_texts(loaded: Services) -> None:
    with loaded.db.reading() as session:
        rows = list_engagements(session)
        details = {r.code: engagement_detail(session, r.code, TODAY) for r in rows}
    languages = {d.language for d in details.values()}
    assert languages == {"en", "fr", "es", "zh-TW"}
    assert details["TPE-2026-01"].currency == "TWD"
    assert details["TPE-2026-01"].client_name == "臺北數位設計有限公司"
    assert "Señal" in details["SENAL-2026-01"].title
    assert "Año" in details["SENAL-2026-01"].client_address
    assert "Lumière" in details["LUMI-2026-01"].client_name
    statuses = {d.status for d in details.values()}
    assert statuses == {"draft", "active", "completed", "cancelled"}
    # review templates were applied (their criteria copied in)
    templated = [m for d in details.values() for m in d.milestones if m.template_name]
    assert {m.template_name for m in templated} >= {
        "Creative deliverable",
        "Revue de contenu bilingue",
    }
    assert loaded.settings.get()["name"] == "Studio Nord"


def test_dates_follow_the_anchor_so_something_is_due_and_overdue(loaded: Services) -> None:
    with loaded.db.reading() as session:
        detail = engagement_detail(session, "LUMI-2026-01", TODAY)
    open_ones = [m for m in detail.milestones if m.state in ("in_progress", "planned", "submitted")]
    soon = [
        m for m in open_ones if m.forecast_due and TODAY <= m.forecast_due <= TODAY + timedelta(14)
    ]
    late = [m for m in open_ones if m.forecast_due and m.forecast_due < TODAY]
    assert soon and late


def test_history_is_real_and_verifies(loaded: Services) -> None:
    with loaded.db.reading() as session:
        keys = list(stream_keys(session))
        assert len(keys) >= len(CODES)
        for key in keys:
            assert verify_stream(session, key) == []
        actors = set(session.scalars(select(HistoryEvent.actor).distinct()))
    assert actors == {"tester"}
    assert run_check(loaded.db) == []


def test_loading_twice_is_refused_and_adds_nothing(loaded: Services) -> None:
    with loaded.db.reading() as session:
        before = session.scalar(select(func.count()).select_from(Engagement))
    with pytest.raises(DomainError, match="already"):
        load_demo(loaded, TODAY)
    with loaded.db.reading() as session:
        assert session.scalar(select(func.count()).select_from(Engagement)) == before


def test_an_existing_agency_identity_is_kept(services: Services) -> None:
    services.settings.update(name="Atelier Sud", signatory_name="Noé Martín")
    load_demo(services, TODAY)
    identity = services.settings.get()
    assert (identity["name"], identity["signatory_name"]) == ("Atelier Sud", "Noé Martín")


def test_a_failure_half_way_leaves_no_half_sample(
    services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The sample is one transaction: when loading stops after two engagements were built
    (a refusal here; a killed process in test_faults), nothing of it stays, and loading it
    again then works."""
    import core.demo

    before = db_state(services.db)

    def broken(_builder: object) -> None:
        with services.db.reading() as session:  # the work so far is there, unsaved
            assert session.scalar(select(func.count()).select_from(Engagement)) == 3
        raise DomainError("the disk went away")

    with monkeypatch.context() as patch:
        patch.setattr(core.demo, "_PORTFOLIO", (*core.demo._PORTFOLIO[:2], broken))
        with pytest.raises(DomainError, match="the disk went away"):
            load_demo(services, TODAY)
    assert db_state(services.db) == before
    assert load_demo(services, TODAY).codes == list(CODES)
    assert run_check(services.db) == []
