"""The sidebar and roadmap models: Qt's model contract, grouping, and drag-and-drop maths."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QModelIndex, Qt

from core import queries
from core.demo import load_demo
from core.services import Services
from desktop.models.roadmap import (
    COL_AMOUNT,
    COL_STATE,
    ID_ROLE,
    RoadmapModel,
)
from desktop.models.sidebar import CODE_ROLE, STATUS_ROLE, SidebarModel
from tests.factories import make_active, make_draft


def detail(services: Services, key: str) -> queries.EngagementDetail:
    with services.db.reading() as session:
        return queries.engagement_detail(session, key, date(2026, 3, 1))


def test_sidebar_model_passes_the_model_tester_on_the_sample_portfolio(
    qtmodeltester, services: Services
) -> None:
    load_demo(services, date.today())
    model = SidebarModel(services.db)
    model.reload()
    qtmodeltester.check(model)
    model.set_filter("lumi")
    qtmodeltester.check(model)
    assert model.rowCount() == 1


def test_sidebar_groups_by_client_and_nests_spin_offs(services: Services) -> None:
    built = make_active(services, code="ACME-2026-01")
    idea = services.ideas.capture(
        built.engagement_id, description="Mobile app", raised_by="Marie", raised_on=date(2026, 2, 1)
    ).created
    assert idea is not None
    services.ideas.divert([idea], code="ACME-2026-02")
    make_draft(services, code="BETA-2026-01", client=(built.client_id, built.contact_id))
    model = SidebarModel(services.db)
    model.reload()
    client = model.index(0, 0)
    assert client.data() == "ACME SA"
    codes = [model.index(r, 0, client).data(CODE_ROLE) for r in range(model.rowCount(client))]
    assert codes == ["ACME-2026-01", "BETA-2026-01"]
    parent = model.index(0, 0, client)
    spinoff = model.index(0, 0, parent)
    assert (spinoff.data(CODE_ROLE), spinoff.data(STATUS_ROLE)) == ("ACME-2026-02", "draft")
    assert parent.data(STATUS_ROLE) == "active"
    assert model.index_of(spinoff.data(ID_ROLE)) == spinoff


def test_roadmap_model_passes_the_model_tester(qtmodeltester, services: Services) -> None:
    built = make_active(services, milestones=4)
    services.workflow.start(built.milestone_ids[1])
    model = RoadmapModel()
    model.set_detail(detail(services, built.engagement_id))
    qtmodeltester.check(model)
    assert model.index(1, COL_STATE).data() == "In progress"
    assert model.index(0, COL_AMOUNT).data() == "€1,000.00"
    assert model.total_text() == "€10,000.00"


def test_drop_positions_follow_qt_before_row_semantics(services: Services) -> None:
    built = make_draft(services, milestones=4)
    model = RoadmapModel()
    model.set_detail(detail(services, built.engagement_id))
    requested: list[tuple[str, int]] = []
    model.sig_move_requested.connect(lambda mid, pos: requested.append((mid, pos)))
    ids = built.milestone_ids
    data = model.mimeData([model.index(0, 0), model.index(0, 3)])
    assert model.dropMimeData(data, Qt.DropAction.MoveAction, 2, 0, QModelIndex())  # before row 2
    assert model.dropMimeData(data, Qt.DropAction.MoveAction, -1, 0, QModelIndex())  # at the end
    assert not model.dropMimeData(data, Qt.DropAction.MoveAction, 1, 0, QModelIndex())  # no move
    assert model.moveRows(QModelIndex(), 3, 1, QModelIndex(), 0)
    assert requested == [(ids[0], 2), (ids[0], 4), (ids[3], 1)]
    assert not model.dropMimeData(data, Qt.DropAction.CopyAction, 3, 0, QModelIndex())


def test_an_active_roadmap_offers_no_drag_and_accepts_no_drop(services: Services) -> None:
    built = make_active(services, milestones=2)
    model = RoadmapModel()
    model.set_detail(detail(services, built.engagement_id))
    assert not model.flags(model.index(0, 0)) & Qt.ItemFlag.ItemIsDragEnabled
    data = model.mimeData([model.index(0, 0)])
    assert not model.dropMimeData(data, Qt.DropAction.MoveAction, 2, 0, QModelIndex())
    assert not model.moveRows(QModelIndex(), 0, 1, QModelIndex(), 2)
