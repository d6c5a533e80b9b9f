"""Undo without Qt: every command of core.undo, done, undone and redone through the services,
gives back exactly the state before (and after) it, as the read side shows it."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from core import queries
from core.check import run_check
from core.errors import NotFoundError, ScopeLockedError, ValidationError
from core.history import engagement_stream
from core.models import HistoryEvent
from core.services import CriterionInput, ObjectiveInput, Services
from core.undo import (
    CAPTURE_UNDONE,
    AddMilestone,
    ApplyTemplate,
    CaptureIdea,
    CreateDraft,
    DeleteDraft,
    EditIdea,
    EditMilestone,
    EditTerms,
    EngagementTerms,
    IdeaFields,
    MilestoneFields,
    MoveForecast,
    MoveMilestone,
    RemoveMilestone,
    UndoCommand,
    UndoContext,
    UpdateSettings,
)
from tests.factories import make_active, make_client, make_draft

CODE = "ACME-2026-01"


def snapshot(s: Services, code: str = CODE) -> dict[str, Any] | None:
    """The engagement as a person sees it, without ids and versions (None: it is gone)."""
    try:
        with s.db.reading() as session:
            d = queries.engagement_detail(session, code, date(2026, 3, 1))
    except NotFoundError:
        return None
    return {
        "terms": (
            d.code,
            d.title,
            d.client_id,
            d.status,
            d.currency,
            d.language,
            d.start_date,
            d.target_end_date,
            d.deemed_acceptance_days,
            d.objectives,
        ),
        "milestones": [
            (
                m.position,
                m.title,
                m.deliverables,
                m.amount_minor,
                m.baseline_due,
                m.forecast_due,
                m.state,
                m.template_name,
                tuple((c.text, c.target) for c in m.criteria),
                m.checklist,
            )
            for m in d.milestones
        ],
        "ideas": [
            (i.description, i.priority, i.follow_up, i.state, sorted(i.qualification.items()))
            for i in d.ideas
        ],
    }


def milestones(s: Services, code: str = CODE) -> list[queries.MilestoneRow]:
    with s.db.reading() as session:
        return list(queries.engagement_detail(session, code, date(2026, 3, 1)).milestones)


def template_id(s: Services, name: str = "Software release") -> str:
    with s.db.reading() as session:
        return next(c.id for c in queries.template_choices(session) if c.name == name)


def round_trip(ctx: UndoContext, command: UndoCommand, read: Any) -> tuple[Any, Any]:
    """Do, undo, redo: undo gives back the state before, redo the state after."""
    before = read()
    command.do(ctx)
    after = read()
    assert after != before, "the command changed nothing"
    command.undo(ctx)
    assert read() == before
    command.do(ctx)
    assert read() == after
    command.undo(ctx)
    assert read() == before
    return before, after


@pytest.fixture
def ctx(services: Services) -> UndoContext:
    make_draft(services, code=CODE, milestones=3)
    return UndoContext(services)


def test_add_milestone(ctx: UndoContext) -> None:
    s = ctx.services
    command = AddMilestone(engagement_of(s), MilestoneFields("Launch", amount_minor=5_000))
    _, after = round_trip(ctx, command, lambda: snapshot(s))
    assert after["milestones"][-1][1:4] == ("Launch", "", 5_000)
    assert command.subject == "Launch"


def test_remove_milestone_puts_back_template_and_checklist(ctx: UndoContext) -> None:
    s = ctx.services
    second = milestones(s)[1]
    s.roadmap.apply_template(second.id, template_id(s))
    s.roadmap.update_milestone(second.id, clear_due=True)
    with_template = milestones(s)[1]
    assert with_template.template_name == "Software release" and with_template.checklist
    command = RemoveMilestone(engagement_of(s), second.id)
    round_trip(ctx, command, lambda: snapshot(s))
    assert command.subject == "Milestone 2"


def engagement_of(s: Services, code: str = CODE) -> str:
    with s.db.reading() as session:
        return queries.engagement_detail(session, code, date(2026, 3, 1)).id


def test_move_milestone_and_merging(ctx: UndoContext) -> None:
    s = ctx.services
    first = milestones(s)[0]
    round_trip(ctx, MoveMilestone(first.id, 1, 3, first.title), lambda: snapshot(s))
    step = MoveMilestone(first.id, 1, 2)
    step.do(ctx)
    following = MoveMilestone(first.id, 2, 3)
    following.do(ctx)
    assert step.merge(following) and (step.old, step.new) == (1, 3)
    assert not step.merge(MoveMilestone(milestones(s)[0].id, 1, 2))  # another milestone
    step.undo(ctx)
    assert [m.title for m in milestones(s)] == ["Milestone 1", "Milestone 2", "Milestone 3"]
    back = MoveMilestone(first.id, 3, 1)
    assert step.merge(back) and step.obsolete  # back where it started: nothing to undo


def test_edit_milestone_clears_a_due_date_it_had_not(ctx: UndoContext) -> None:
    s = ctx.services
    m = milestones(s)[0]
    s.roadmap.update_milestone(m.id, clear_due=True)
    before = MilestoneFields.of(milestones(s)[0])
    assert before.due is None
    after = MilestoneFields(
        "Design",
        "Mock-ups",
        123_456,
        date(2026, 4, 1),
        (CriterionInput("Approved", "by the CMO"),),
    )
    command = EditMilestone(m.id, before, after, expected_version=milestones(s)[0].version)
    _, done = round_trip(ctx, command, lambda: snapshot(s))
    assert done["milestones"][0][1:5] == ("Design", "Mock-ups", 123_456, date(2026, 4, 1))


def test_apply_template_is_undone_exactly(ctx: UndoContext) -> None:
    s = ctx.services
    m = milestones(s)[0]
    s.roadmap.apply_template(m.id, template_id(s, "Creative deliverable"))  # a template already
    command = ApplyTemplate(engagement_of(s), m.id, template_id(s), "Software release")
    before, after = round_trip(ctx, command, lambda: snapshot(s))
    assert before["milestones"][0][7] == "Creative deliverable"
    assert after["milestones"][0][7] == "Software release"
    assert len(after["milestones"][0][9]) > len(before["milestones"][0][9])  # checklist grew


def test_edit_terms(ctx: UndoContext) -> None:
    s = ctx.services
    eid = engagement_of(s)
    before = EngagementTerms.read(s, eid)
    after = EngagementTerms(
        "Relaunch, phase 1",
        date(2026, 2, 1),
        date(2026, 9, 30),
        "fr",
        (ObjectiveInput("Sell online", "100 orders"),),
        10,
    )
    round_trip(ctx, EditTerms(eid, before, after), lambda: snapshot(s))


def test_capture_idea_undo_declines_it(ctx: UndoContext) -> None:
    s = ctx.services
    values = {"description": "A loyalty programme\nfor returning buyers", "raised_by": "Marie"}
    command = CaptureIdea(engagement_of(s), {**values, "raised_on": date(2026, 3, 1)})
    assert command.subject == "A loyalty programme"
    command.do(ctx)
    first = command.created_id(ctx)
    command.undo(ctx)
    ideas = snapshot(s)["ideas"]  # type: ignore[index]
    assert [(i[0], i[3]) for i in ideas] == [(values["description"], "declined")]
    command.do(ctx)  # redo: a new copy, captured
    assert command.created_id(ctx) not in (None, first)
    with s.db.reading() as session:
        reasons = [
            e.after
            for e in session.scalars(select(HistoryEvent).where(HistoryEvent.action == "declined"))
        ]
    assert len(reasons) == 1 and CAPTURE_UNDONE in reasons[0]


def test_edit_idea_clears_a_follow_up_it_had_not(ctx: UndoContext) -> None:
    s = ctx.services
    s.ideas.capture(
        engagement_of(s), description="Newsletter", raised_by="Marie", raised_on=date(2026, 3, 1)
    )
    with s.db.reading() as session:
        idea = queries.engagement_detail(session, CODE, date(2026, 3, 1)).ideas[0]
    before = IdeaFields(idea.description, idea.priority, idea.follow_up, idea.qualification)
    after = IdeaFields(
        "Monthly newsletter", "must", date(2026, 4, 1), {**idea.qualification, "goals": "Reach"}
    )
    round_trip(ctx, EditIdea(idea.id, before, after, idea.version), lambda: snapshot(s))
    assert snapshot(s)["ideas"][0][2] is None  # type: ignore[index]


def test_move_forecast_is_moved_back_and_both_moves_are_recorded(services: Services) -> None:
    s = services
    built = make_active(s, code=CODE, milestones=2)
    ctx = UndoContext(s)
    m = milestones(s)[0]
    assert m.forecast_due is not None
    command = MoveForecast(
        m.id, m.forecast_due, m.forecast_due + timedelta(days=9), "Shoot postponed", title=m.title
    )
    round_trip(ctx, command, lambda: snapshot(s))
    with s.db.reading() as session:
        moves = session.scalars(
            select(HistoryEvent.after)
            .where(
                HistoryEvent.stream == engagement_stream(built.engagement_id),
                HistoryEvent.action == "forecast_moved",
            )
            .order_by(HistoryEvent.seq)
        ).all()
    assert len(moves) == 4  # do, undo, redo, undo
    assert "undo of the move to" in moves[1] and "Shoot postponed" in moves[1]


def test_settings(services: Services) -> None:
    s = services
    s.settings.update(name="Studio Nord", paper="A4")
    ctx = UndoContext(s)
    command = UpdateSettings({"name": "Studio Sud", "address": "1 quai", "paper": "Letter"})
    round_trip(ctx, command, s.settings.get)
    assert s.settings.get()["name"] == "Studio Nord"


def test_create_draft_undo_deletes_it(services: Services) -> None:
    s = services
    client_id, _ = make_client(s)
    values = {
        "code": "new-2026-01",
        "title": "New shop",
        "client_id": client_id,
        "currency": "EUR",
        "start_date": date(2026, 1, 1),
        "target_end_date": date(2026, 6, 30),
    }
    command = CreateDraft(values)
    before, after = round_trip(UndoContext(s), command, lambda: snapshot(s, "NEW-2026-01"))
    assert before is None and after is not None
    assert command.subject == "NEW-2026-01"
    assert run_check(s.db) == []


def test_delete_draft_undo_creates_it_again_whole(ctx: UndoContext) -> None:
    s = ctx.services
    first = milestones(s)[0]
    s.roadmap.apply_template(first.id, template_id(s))
    s.engagements.update(engagement_of(s), objectives=[ObjectiveInput("Sell", "100 orders")])
    old_id = engagement_of(s)
    edit = EditMilestone(
        first.id, MilestoneFields.of(first), MilestoneFields("Renamed", amount_minor=1)
    )
    edit.do(ctx)  # a step before the deletion, which must still find the milestone after
    command = DeleteDraft(old_id)
    _, after = round_trip(ctx, command, lambda: snapshot(s))
    assert after is None and command.subject == CODE  # round_trip ends with the undo
    assert ctx.current(old_id) != old_id  # re-created under a new id
    edit.undo(ctx)
    assert milestones(s)[0].title == "Milestone 1"
    assert run_check(s.db) == []
    # the first engagement's history stays whole and ends with its deletion
    with s.db.reading() as session:
        actions = session.scalars(
            select(HistoryEvent.action)
            .where(HistoryEvent.stream == engagement_stream(old_id))
            .order_by(HistoryEvent.seq)
        ).all()
    assert actions[0] == "created" and actions[-1] == "deleted"


def test_only_a_draft_without_ideas_is_deleted(services: Services) -> None:
    s = services
    built = make_active(s, code=CODE, milestones=1)
    with pytest.raises(ValidationError, match="only a draft can be deleted"):
        s.engagements.delete_draft(built.engagement_id)
    draft = make_draft(s, code="ACME-2026-02", milestones=1, client=(built.client_id, ""))
    s.ideas.capture(
        draft.engagement_id, description="Chat", raised_by="Marie", raised_on=date(2026, 3, 1)
    )
    with pytest.raises(ValidationError, match="Cancel the draft instead"):
        s.engagements.delete_draft(draft.engagement_id)
    assert snapshot(s, "ACME-2026-02") is not None


def test_a_refused_undo_raises_and_changes_nothing(ctx: UndoContext) -> None:
    """After activation the draft step cannot be undone: the service refuses it."""
    s = ctx.services
    command = AddMilestone(
        engagement_of(s),
        MilestoneFields(
            "Extra", amount_minor=1_000, due=date(2026, 5, 1), criteria=(CriterionInput("Done"),)
        ),
    )
    command.do(ctx)
    s.engagements.activate(engagement_of(s))
    locked = snapshot(s)
    with pytest.raises(ScopeLockedError, match="locked since activation"):
        command.undo(ctx)
    assert snapshot(s) == locked


# Random sequences of draft edits, undone in reverse order, give back the first roadmap.

OPERATIONS = st.one_of(
    st.tuples(
        st.just("add"),
        st.text(alphabet="abc xyz", min_size=1, max_size=8).filter(str.strip),
        st.integers(0, 10**7),
        st.one_of(st.none(), st.dates(date(2026, 1, 1), date(2027, 12, 31))),
    ),
    st.tuples(st.just("remove"), st.integers(0, 20)),
    st.tuples(st.just("move"), st.integers(0, 20), st.integers(0, 20)),
    st.tuples(
        st.just("edit"),
        st.integers(0, 20),
        st.text(alphabet="def uvw", min_size=1, max_size=8).filter(str.strip),
        st.one_of(st.none(), st.dates(date(2026, 1, 1), date(2027, 12, 31))),
        st.integers(0, 3),
    ),
    st.tuples(st.just("template"), st.integers(0, 20)),
)


def build(s: Services, op: tuple[Any, ...]) -> UndoCommand | None:
    rows = milestones(s)
    eid = engagement_of(s)
    if op[0] == "add":
        return AddMilestone(eid, MilestoneFields(op[1], amount_minor=op[2], due=op[3]))
    if not rows:
        return None
    m = rows[op[1] % len(rows)]
    if op[0] == "remove":
        return RemoveMilestone(eid, m.id)
    if op[0] == "move":
        target = op[2] % len(rows) + 1
        return MoveMilestone(m.id, m.position, target) if target != m.position else None
    if op[0] == "edit":
        criteria = tuple(CriterionInput(f"c{k}") for k in range(op[4]))
        after = MilestoneFields(op[2], m.deliverables, m.amount_minor, op[3], criteria)
        before = MilestoneFields.of(m)
        edited = (before.title, before.due, before.criteria) != (after.title, after.due, criteria)
        return EditMilestone(m.id, before, after) if edited else None
    return ApplyTemplate(eid, m.id, template_id(s), "Software release")


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(st.lists(OPERATIONS, min_size=1, max_size=6))
def test_random_draft_edits_undone_in_reverse_give_back_the_roadmap(
    ctx: UndoContext, operations: list[tuple[Any, ...]]
) -> None:
    s = ctx.services
    s.roadmap.update_milestone(milestones(s)[1].id, clear_due=True)  # one without a due date
    start = snapshot(s)
    done: list[UndoCommand] = []
    for op in operations:
        command = build(s, op)
        if command is not None:
            command.do(ctx)
            done.append(command)
    for command in reversed(done):
        command.undo(ctx)
    assert snapshot(s) == start


def test_a_deleted_draft_keeps_check_clean_and_stays_out_of_a_whole_archive(
    services: Services, tmp_path
) -> None:
    from core.archive import export_archive, import_archive
    from core.db import open_database

    s = services
    kept = make_draft(s, code="KEEP-2026-01", milestones=1)
    gone = make_draft(s, code=CODE, milestones=2, client=(kept.client_id, kept.contact_id))
    DeleteDraft(gone.engagement_id).do(UndoContext(s))
    assert run_check(s.db) == []
    archive = export_archive(s.db, None)
    assert gone.engagement_id.encode() not in archive  # its history stays in this database
    target = open_database(str(tmp_path / "target.sqlite3"))
    try:
        result = import_archive(target, archive, "tester")
        assert result.engagements == ["KEEP-2026-01"]
        assert run_check(target) == []
        assert export_archive(target, None) == archive  # the round trip is byte-identical
    finally:
        target.close()
