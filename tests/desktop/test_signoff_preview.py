"""The sign-off preview belongs to the milestone shown: choosing another milestone takes the
previous one's PDF away (the hint comes back) instead of leaving it beside the new heading."""

from __future__ import annotations

from PySide6.QtPdf import QPdfDocument

from core.services import Services
from desktop.ops import Ops
from desktop.views.signoff import SignoffPanel
from tests.factories import accept, make_active


def test_another_milestone_does_not_keep_the_previous_preview(
    qtbot, ops: Ops, services: Services
) -> None:
    built = make_active(services)
    first, second = built.milestone_ids[:2]
    accept(services, built, first)
    accept(services, built, second)
    panel = SignoffPanel(ops, services)
    qtbot.addWidget(panel)
    panel.resize(900, 900)
    panel.show()
    panel.show_milestone(first)
    panel.preview_issued()
    qtbot.waitUntil(lambda: panel.pdf_document.status() == QPdfDocument.Status.Ready)
    assert "-M01-" in panel.pdf_document.getAllText(0).text()
    assert panel.pdf_view.isVisible() and not panel.preview_hint.isVisible()

    panel.show_milestone(second)
    assert panel.pdf_document.pageCount() == 0  # the first milestone's PDF is gone
    assert not panel.pdf_view.isVisible() and panel.preview_hint.isVisible()

    panel.preview_issued()
    qtbot.waitUntil(lambda: panel.pdf_document.status() == QPdfDocument.Status.Ready)
    assert "-M02-" in panel.pdf_document.getAllText(0).text()
    assert panel.pdf_view.isVisible() and not panel.preview_hint.isVisible()

    panel.refresh()  # the same milestone refreshed (after a change) keeps its preview
    assert panel.pdf_document.pageCount() >= 1
