"""The idea backlog: grouped by MoSCoW, due follow-ups flagged, qualification edited,
ideas parked, declined and diverted into a spin-off that then opens."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QPalette
from PySide6.QtWidgets import QInputDialog
from sqlalchemy import select

from core import queries
from core.db import open_database
from core.history import engagement_stream
from core.models import Engagement, HistoryEvent, Idea
from core.services import Services
from desktop import formatting
from desktop.dialogs.review import ReviewDialog
from desktop.ops import Ops
from desktop.views.ideas import COL_FOLLOW_UP, DUE_ROLE, IdeasView
from tests.factories import Built, make_active

TODAY = date.today()


@pytest.fixture
def built(services: Services) -> Built:
    return make_active(services)


def capture(services: Services, built: Built, text: str, priority: str, **kw) -> str:
    changes = services.ideas.capture(
        built.engagement_id,
        description=text,
        raised_by="Marie Dupont",
        raised_on=TODAY - timedelta(days=3),
        priority=priority,
        **kw,
    )
    assert changes.created is not None
    return changes.created


def open_view(qtbot, ops: Ops, services: Services, built: Built) -> IdeasView:
    view = IdeasView(ops, services)
    qtbot.addWidget(view)
    view.show()
    view.show_engagement(built.engagement_id)
    return view


def group_texts(view: IdeasView, priority: str) -> list[str]:
    group = view.model.group_index(priority)
    return [view.model.index(row, 0, group).data() for row in range(view.model.rowCount(group))]


def test_backlog_is_grouped_by_moscow_and_due_follow_ups_stand_out(
    qtbot, qtmodeltester, ops, services, built
):
    capture(services, built, "Loyalty programme", "must", follow_up=TODAY - timedelta(days=1))
    capture(services, built, "Gift cards", "could", follow_up=TODAY + timedelta(days=30))
    capture(services, built, "Wholesale portal", "must")
    view = open_view(qtbot, ops, services, built)
    qtmodeltester.check(view.model)

    assert view.model.rowCount() == 4
    assert view.model.group_index("must").data() == "Must have (2)"
    assert group_texts(view, "must") == ["Loyalty programme", "Wholesale portal"]
    assert group_texts(view, "could") == ["Gift cards"]
    assert group_texts(view, "should") == []

    must = view.model.group_index("must")
    due, not_due = view.model.index(0, COL_FOLLOW_UP, must), view.model.index(1, 0, must)
    assert due.data(DUE_ROLE) is True
    highlight = QGuiApplication.palette().color(QPalette.ColorRole.Highlight)
    assert due.data(Qt.ItemDataRole.BackgroundRole).rgb() == highlight.rgb()
    assert due.data(Qt.ItemDataRole.FontRole).bold()
    assert "Follow-up due" in due.data(Qt.ItemDataRole.ToolTipRole)
    assert not_due.data(Qt.ItemDataRole.BackgroundRole) is None
    assert not_due.data(DUE_ROLE) is False
    later = view.model.index(0, COL_FOLLOW_UP, view.model.group_index("could"))
    assert later.data(DUE_ROLE) is False
    # the date as the interface writes it, as the editor's date field shows it
    assert later.data() == formatting.day(TODAY + timedelta(days=30))
    assert later.data() != (TODAY + timedelta(days=30)).isoformat()


def test_a_new_capture_appears_and_undo_takes_it_out_of_the_backlog(
    qtbot, ops, services, built, refusals
):
    view = open_view(qtbot, ops, services, built)
    dialog = view.capture()
    assert dialog.engagement.currentData() == built.engagement_id
    dialog.description.setPlainText("Newsletter sign-up")
    dialog.priority.setCurrentIndex(dialog.priority.findData("could"))
    dialog.raised_by.setEditText("Marie Dupont")
    dialog.save_button.click()
    assert group_texts(view, "could") == ["Newsletter sign-up"]

    ops.undo_stack.undo()
    assert group_texts(view, "could") == []
    ops.undo_stack.redo()
    assert group_texts(view, "could") == ["Newsletter sign-up"]
    assert refusals == []


def test_qualification_is_saved_from_the_editor(qtbot, ops, services, built):
    idea_id = capture(services, built, "Loyalty programme", "should")
    view = open_view(qtbot, ops, services, built)
    view.select_ids([idea_id])
    editor = view.editor
    assert editor.save_button.isEnabled()
    editor.qualification["budget"].setPlainText("about 20 k€")
    editor.priority.setCurrentIndex(editor.priority.findData("must"))
    editor.save_button.click()

    assert group_texts(view, "must") == ["Loyalty programme"]
    with services.db.reading() as session:
        idea = session.get(Idea, idea_id)
        assert idea is not None and idea.budget == "about 20 k€"


def test_park_and_decline(qtbot, ops, services, built, monkeypatch):
    parked = capture(services, built, "Chatbot", "could")
    declined = capture(services, built, "Rebrand", "should")
    view = open_view(qtbot, ops, services, built)

    view.select_ids([parked])
    view.park_button.click()
    assert group_texts(view, "wont") == ["Chatbot"]
    assert group_texts(view, "could") == []

    monkeypatch.setattr(
        QInputDialog, "getMultiLineText", lambda *a, **k: ("Out of the agency's field", True)
    )
    view.select_ids([declined])
    view.decline_button.click()
    assert group_texts(view, "should") == []
    view.show_settled.setChecked(True)
    assert group_texts(view, "should") == ["Rebrand"]
    state = view.model.index(0, 1, view.model.group_index("should")).data()
    assert state == "declined"
    view.select_ids([declined])
    assert not view.decline_button.isEnabled() and not view.divert_button.isEnabled()


def test_idea_from_a_review_is_diverted_into_a_spin_off_which_opens(
    qtbot, ops, services, built, monkeypatch, refusals
):
    mid = built.milestone_ids[0]
    services.workflow.start(mid)
    services.workflow.submit(mid, date(2026, 3, 2))
    review = ReviewDialog(ops, services, mid)
    qtbot.addWidget(review)
    review.show()
    form = review.capture_idea()
    form.description.setPlainText("Mobile app for the loyalty card")
    form.priority.setCurrentIndex(form.priority.findData("must"))
    form.raised_by.setEditText("Marie Dupont")
    form.save_button.click()
    other = capture(services, built, "Push notifications", "should")
    review.reject()

    view = open_view(qtbot, ops, services, built)
    view.select_ids([form.created_id, other])
    assert view.divert_button.isEnabled()
    asked: list[str] = []

    def get_text(parent, title, label, *args, text="", **kwargs):
        asked.append(text)
        return text, True

    monkeypatch.setattr(QInputDialog, "getText", get_text)
    with qtbot.waitSignal(view.sig_open_engagement) as opened:
        view.divert_button.click()

    assert asked == ["ACME-2026-01-S1"]
    with services.db.reading() as session:
        spinoff = session.get(Engagement, opened.args[0])
        assert spinoff is not None
        assert (spinoff.code, spinoff.parent_id, spinoff.status) == (
            "ACME-2026-01-S1",
            built.engagement_id,
            "draft",
        )
        detail = queries.engagement_detail(session, spinoff.id, TODAY)
    assert [m.title for m in detail.milestones] == [
        "Mobile app for the loyalty card",
        "Push notifications",
    ]
    assert group_texts(view, "must") == [] and group_texts(view, "should") == []
    assert view.suggested_code() == "ACME-2026-01-S2"
    assert refusals == []


def test_a_refused_diversion_shows_the_reason_once(
    qtbot, ops, services, built, monkeypatch, refusals
):
    make_active(services, code="OTHER-01", client=(built.client_id, built.contact_id))
    idea_id = capture(services, built, "Loyalty programme", "must")
    view = open_view(qtbot, ops, services, built)
    view.select_ids([idea_id])
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("OTHER-01", True))
    with qtbot.assertNotEmitted(view.sig_open_engagement):
        view.divert_button.click()
    assert len(refusals) == 1 and "already exists" in refusals[0]
    assert group_texts(view, "must") == ["Loyalty programme"]


def states(services: Services, ids: list[str]) -> list[str]:
    with services.db.reading() as session:
        return [session.get(Idea, i).state for i in ids]


def idea_events(services: Services, built: Built) -> list[tuple[str, str]]:
    """(action, moment) of every idea event of the engagement, oldest first."""
    with services.db.reading() as session:
        rows = session.execute(
            select(HistoryEvent.action, HistoryEvent.at)
            .where(HistoryEvent.stream == engagement_stream(built.engagement_id))
            .where(HistoryEvent.entity == "idea")
            .order_by(HistoryEvent.seq)
        )
        return [(action, at.isoformat()) for action, at in rows]


def test_parking_several_ideas_is_one_step(qtbot, ops, services, built, refusals):
    ids = [capture(services, built, f"Idea {n}", "could") for n in range(5)]
    view = open_view(qtbot, ops, services, built)
    view.select_ids(ids)
    assert view.park_button.isEnabled()
    captured = len(idea_events(services, built))
    with qtbot.waitSignal(ops.sig_changed) as changed:
        view.park_button.click()
    assert changed.args[0].ideas == set(ids)  # one change notice for the five
    assert states(services, ids) == ["parked"] * 5
    assert group_texts(view, "could") == []
    assert group_texts(view, "wont") == [f"Idea {n}" for n in range(5)]
    parked = idea_events(services, built)[captured:]
    assert [action for action, _ in parked] == ["parked"] * 5
    assert len({at for _, at in parked}) == 1  # written by one action
    assert refusals == []


def test_declining_several_ideas_with_one_stale_declines_none(
    qtbot, ops, services, built, monkeypatch, refusals, db_url
):
    ids = [capture(services, built, f"Idea {n}", "should") for n in range(4)]
    view = open_view(qtbot, ops, services, built)
    view.select_ids(ids)
    other = open_database(db_url)  # someone else, on another app instance
    try:
        Services(other, "bob").ideas.update(ids[2], description="Idea 2, reworded by Bob")
    finally:
        other.close()
    monkeypatch.setattr(QInputDialog, "getMultiLineText", lambda *a, **k: ("Not now", True))
    with qtbot.assertNotEmitted(ops.sig_changed), qtbot.waitSignal(ops.sig_stale):
        view.decline_button.click()
    assert len(refusals) == 1 and "Idea 2" in refusals[0] and "reload" in refusals[0]
    assert states(services, ids) == ["captured"] * 4
    assert [action for action, _ in idea_events(services, built)] == ["captured"] * 4 + ["edited"]


def test_parking_several_ideas_with_one_stale_parks_none(
    qtbot, ops, services, built, refusals, db_url
):
    ids = [capture(services, built, f"Idea {n}", "could") for n in range(3)]
    view = open_view(qtbot, ops, services, built)
    view.select_ids(ids)
    other = open_database(db_url)
    try:
        Services(other, "bob").ideas.update(ids[2], priority="must")
    finally:
        other.close()
    with qtbot.assertNotEmitted(ops.sig_changed):
        view.park_button.click()
    assert len(refusals) == 1 and "Idea 2" in refusals[0]
    assert states(services, ids) == ["captured"] * 3
