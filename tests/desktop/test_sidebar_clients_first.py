"""A portfolio too large to show open starts with its clients alone in the sidebar, and their
engagements arrive once the window has painted (issue 13: the first frame no longer waits
for one row per engagement). Nothing a person sees or does changes: the same clients in
the same order, every engagement found by the filter, a client opened from the keyboard
shows its engagements, the width fits the widest code, the last engagement is selected.

The demo's six engagements stand in for the 10,000: the threshold above which clients
start closed is lowered to three."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QModelIndex, QSettings, Qt

import desktop.main_window
from core.db import Database
from core.demo import load_demo
from core.queries.listing import list_engagement_names
from core.queries.sidebar import list_sidebar_clients
from core.services import Services
from desktop.main_window import MainWindow
from desktop.models.sidebar import CODE_ROLE, ID_ROLE, KIND_ROLE, SidebarModel, build_tree
from tests.factories import make_client, make_draft


@pytest.fixture
def large(monkeypatch: pytest.MonkeyPatch, services: Services) -> Services:
    """The demo, with two clients whose names are one when case is ignored (``casefold``):
    the sidebar orders them by name, then by code."""
    monkeypatch.setattr(desktop.main_window, "EXPAND_ALL_UP_TO", 3)
    load_demo(services, date.today())
    for name, code in (("STRASSE SA", "ZZ-2026-01"), ("Straße SA", "AA-2026-01")):
        make_draft(services, code=code, milestones=1, client=make_client(services, name))
    return services


def shown(model: SidebarModel, parent: QModelIndex = QModelIndex()) -> list[object]:
    """The tree as the view reads it: each row's text, kind and id, and its rows."""
    rows: list[object] = []
    for row in range(model.rowCount(parent)):
        index = model.index(row, 0, parent)
        rows.append((index.data(), index.data(KIND_ROLE), index.data(ID_ROLE)))
        rows.append(shown(model, index))
    return rows


def started(qtbot, db: Database, services: Services, qsettings: QSettings) -> MainWindow:
    window = MainWindow(db, services, qsettings)
    qtbot.addWidget(window)
    return window


def full_tree(db: Database) -> SidebarModel:
    model = SidebarModel(db)
    model.reload()
    return model


def test_the_first_frame_lists_the_clients_of_the_whole_list(qtbot, db, large, qsettings):
    window = started(qtbot, db, large, qsettings)
    model = window.sidebar_model
    assert model.clients_only  # not shown yet: nothing has painted
    everything = full_tree(db)
    clients = [everything.index(row, 0).data() for row in range(everything.rowCount())]
    assert [model.index(row, 0).data() for row in range(model.rowCount())] == clients
    assert clients.index("STRASSE SA") + 1 == clients.index("Straße SA")
    for row in range(model.rowCount()):
        client = model.index(row, 0)
        assert model.hasChildren(client) and not window.sidebar.isExpanded(client)
    assert "holds 8 engagement" in window.welcome.text.text()


def test_the_engagements_arrive_after_the_first_paint(qtbot, db, large, qsettings):
    window = started(qtbot, db, large, qsettings)
    width_before = window.sidebar_box.minimumWidth()
    window.show()
    qtbot.waitUntil(lambda: not window.sidebar_model.clients_only)
    assert shown(window.sidebar_model) == shown(full_tree(db))
    assert window.sidebar_model.total == 8
    # fitted to the codes now, exactly as a window that read everything at once
    fitted = window.sidebar_box.minimumWidth()
    assert fitted > width_before
    window.refresh_sidebar()
    assert window.sidebar_box.minimumWidth() == fitted


def test_a_client_opened_from_the_keyboard_before_they_arrive_shows_them(
    qtbot, db, large, qsettings
):
    window = started(qtbot, db, large, qsettings)
    tree, model = window.sidebar, window.sidebar_model
    harbour = next(
        model.index(row, 0)
        for row in range(model.rowCount())
        if model.index(row, 0).data() == "Harbour & Pine Ltd"
    )
    tree.setCurrentIndex(harbour)
    tree.setFocus()
    qtbot.keyClick(tree, Qt.Key.Key_Right)  # opens the client, as a person would
    assert not model.clients_only
    client = tree.currentIndex()
    assert client.data() == "Harbour & Pine Ltd" and tree.isExpanded(client)
    codes = [model.index(r, 0, client).data(CODE_ROLE) for r in range(model.rowCount(client))]
    assert codes == ["HARB-2025-04", "HARB-2026-01"]
    qtbot.keyClick(tree, Qt.Key.Key_Down)
    assert tree.currentIndex().data(CODE_ROLE) == "HARB-2025-04"
    assert window.engagement_view.heading.text().startswith("HARB-2025-04")


def test_the_filter_finds_every_engagement_before_they_arrive(qtbot, db, large, qsettings):
    window = started(qtbot, db, large, qsettings)
    window.filter.setText("lumi")
    model = window.sidebar_model
    assert not model.clients_only
    client = model.index(0, 0)
    assert client.data() == "Maison Lumière SARL"
    first = model.index(0, 0, client)
    assert first.data(CODE_ROLE) == "LUMI-2026-01"
    assert model.index(0, 0, first).data(CODE_ROLE) == "LUMI-2026-02"  # the spin-off
    window.filter.clear()
    assert shown(model) == shown(full_tree(db))


def test_the_last_engagement_is_selected_again(qtbot, db, large, qsettings):
    with db.reading() as session:
        lumi = next(r.id for r in list_engagement_names(session) if r.code == "LUMI-2026-02")
    qsettings.setValue("engagement/last", [db.display_name, lumi])
    window = started(qtbot, db, large, qsettings)
    qtbot.waitUntil(lambda: window.current_engagement_id() == lumi)
    assert window.sidebar_model.clients_only  # reopening it did not read them before a paint
    window.show()
    qtbot.waitUntil(lambda: not window.sidebar_model.clients_only)
    current = window.sidebar.currentIndex()
    assert current.data(ID_ROLE) == lumi
    assert window.sidebar.isExpanded(current.parent())  # shown, its client and parent open


def test_clients_changed_before_the_engagements_arrive_are_shown_as_they_are(
    qtbot, db, large, qsettings
):
    window = started(qtbot, db, large, qsettings)
    make_draft(large, code="ABC-2026-01", milestones=1, client=make_client(large, "Abc SA"))
    window.sidebar_model.fill()
    assert shown(window.sidebar_model) == shown(full_tree(db))
    assert window.sidebar_model.total == 9


def test_the_clients_query_matches_the_list_it_stands_for(db, large):
    with db.reading() as session:
        listed = list_sidebar_clients(session)
        rows = list_engagement_names(session)
    tree = build_tree(rows)
    assert [(c.id, c.name) for c in listed.clients] == [(c.id, c.label) for c in tree.children]
    assert listed.engagements == len(rows) == 8


def test_the_width_is_measured_again_only_when_the_codes_change(
    qtbot, window, services, monkeypatch
):
    load_demo(services, date.today())
    window.refresh_sidebar()
    measured: list[int] = []
    real = desktop.main_window.widest

    def counted(metrics, texts):
        measured.append(1)
        return real(metrics, texts)

    monkeypatch.setattr(desktop.main_window, "widest", counted)
    window.refresh_sidebar()  # what a saved edit does: nothing the width depends on moved
    assert not measured
    before = window.sidebar_box.minimumWidth()
    make_draft(services, code="WWWWWWWWWW-2026-01", milestones=1)
    window.refresh_sidebar()
    assert measured and window.sidebar_box.minimumWidth() > before
