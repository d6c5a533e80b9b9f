"""Every interactive widget a user can reach has a name a screen reader can say: its own
accessible name, its text, or the label it is the buddy of (what Qt's accessibility reports).
Checked on every page and tab of the main window and in every dialog."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QAbstractSpinBox,
    QComboBox,
    QHeaderView,
    QScrollBar,
    QWidget,
)

from desktop.dialogs.activate import ActivateDialog
from desktop.dialogs.engagement import ClientDialog, EngagementDialog
from desktop.dialogs.forecast import ForecastDialog
from desktop.dialogs.idea import IdeaDialog
from desktop.dialogs.review import ReviewDialog
from desktop.dialogs.settings import SettingsDialog
from desktop.main_window import MainWindow
from desktop.views.engagement import TAB_HISTORY, TAB_IDEAS, TAB_ROADMAP, TAB_SIGNOFF


def internal(widget: QWidget) -> bool:
    """Parts Qt builds inside a composite widget, which speaks for them."""
    parent = widget.parentWidget()
    return (
        widget.objectName().startswith("qt_")
        or isinstance(widget, QScrollBar | QHeaderView)
        or isinstance(parent, QAbstractSpinBox | QComboBox)
        or (isinstance(parent, QAbstractScrollArea) and parent.viewport() is widget)
    )


def nameless(root: QWidget) -> list[str]:
    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        if widget.focusPolicy() == Qt.FocusPolicy.NoFocus or internal(widget):
            continue
        if widget is not root and not widget.isVisibleTo(root):
            continue
        face = QAccessible.queryAccessibleInterface(widget)
        if face is None or not face.text(QAccessible.Text.Name).strip():
            found.append(f"{type(widget).__name__} in {type(widget.parentWidget()).__name__}")
    return found


def test_every_page_and_tab_of_the_main_window(qtbot, window: MainWindow) -> None:
    assert nameless(window) == []  # the welcome page
    window.open_sample()
    view = window.engagement_view
    for tab in (TAB_ROADMAP, TAB_IDEAS, TAB_SIGNOFF, TAB_HISTORY):
        view.tabs.setCurrentIndex(tab)
        assert nameless(window) == [], view.tabs.tabText(tab)
    window.show_dashboard()
    assert nameless(window) == []


@pytest.fixture
def sample(window: MainWindow) -> MainWindow:
    window.open_sample()
    return window


def dialogs(window: MainWindow) -> list[tuple[str, object]]:
    view = window.engagement_view
    services, ops = window.services, window.ops
    milestones = view.model.milestones
    submitted = next(m for m in milestones if m.state == "submitted")
    return [
        ("new engagement", lambda: EngagementDialog(ops, services, window)),
        ("edit terms", lambda: EngagementDialog(ops, services, window, view.detail.id)),
        ("new client", lambda: ClientDialog(ops, services, window)),
        ("idea", lambda: IdeaDialog(ops, services, view.detail.id, window)),
        ("review", lambda: ReviewDialog(ops, services, submitted.id, window)),
        ("activate", lambda: ActivateDialog(view.detail, lambda: None, window)),
        ("forecast", lambda: ForecastDialog(milestones[0], window)),
        ("preferences", lambda: SettingsDialog(ops, services, window.db.url, window)),
    ]


@pytest.mark.parametrize(
    "name",
    [
        "new engagement",
        "edit terms",
        "new client",
        "idea",
        "review",
        "activate",
        "forecast",
        "preferences",
    ],
)
def test_every_dialog(qtbot, sample: MainWindow, name: str) -> None:
    make = dict(dialogs(sample))[name]
    dialog = make()  # type: ignore[operator]
    qtbot.addWidget(dialog)
    dialog.show()
    assert nameless(dialog) == []


def test_the_review_dialog_names_each_row_by_its_criterion(qtbot, sample: MainWindow) -> None:
    view = sample.engagement_view
    submitted = next(m for m in view.model.milestones if m.state == "submitted")
    dialog = ReviewDialog(sample.ops, sample.services, submitted.id, sample)
    qtbot.addWidget(dialog)
    names = [row.verdict.accessibleName() for row in dialog.rows]
    assert names == [f"Verdict on criterion {n}" for n in range(1, len(dialog.rows) + 1)]
