"""The main window's menu bar: File, Edit, Engagement, Milestone, View and Help.

Every action a toolbar or a page offers is also in a menu, with its shortcut, so the whole
app works from the keyboard. The Engagement and Milestone menus show the open engagement
page's own actions (shared QActions: same state, same enabled rules)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QMenu

from desktop.exports import HISTORY_FORMATS

if TYPE_CHECKING:
    from desktop.main_window import MainWindow


def build_menus(window: MainWindow) -> None:
    """File, Edit, Engagement, Milestone, View and Help, with their shortcuts."""
    bar = window.menuBar()

    def add(
        menu: QMenu,
        text: str,
        slot: Callable[..., object],
        shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
    ) -> QAction:
        action = menu.addAction(text)
        action.triggered.connect(slot)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        return action

    file_menu = bar.addMenu(QApplication.translate("MainWindow", "&File"))
    window.act_new = add(
        file_menu,
        QApplication.translate("MainWindow", "&New engagement…"),
        window.new_engagement,
        QKeySequence.StandardKey.New,
    )
    add(file_menu, QApplication.translate("MainWindow", "Open &sample data"), window.open_sample)
    file_menu.addSeparator()
    add(
        file_menu,
        QApplication.translate("MainWindow", "&Open database…"),
        window.choose_database,
        QKeySequence.StandardKey.Open,
    )
    add(
        file_menu,
        QApplication.translate("MainWindow", "Ne&w database…"),
        window.new_database,
    )
    window.recent_menu = file_menu.addMenu(
        QApplication.translate("MainWindow", "&Recent databases")
    )
    file_menu.addSeparator()
    window.export_menu = file_menu.addMenu(QApplication.translate("MainWindow", "&Export"))
    window.engagement_exports = []
    for fmt, label, _pattern in HISTORY_FORMATS:
        action = add(
            window.export_menu,
            QApplication.translate("Exporter", label),
            lambda _=False, f=fmt: window.export_history(f),
        )
        window.engagement_exports.append(action)
    window.export_menu.addSeparator()
    window.engagement_exports.append(
        add(
            window.export_menu,
            QApplication.translate("MainWindow", "&Roadmap PDF…"),
            window.export_roadmap,
            "Ctrl+E",
        )
    )
    window.engagement_exports.append(
        add(
            window.export_menu,
            QApplication.translate("MainWindow", "Weekly &status of this engagement…"),
            window.export_status,
        )
    )
    add(
        window.export_menu,
        QApplication.translate("MainWindow", "Weekly status of the &portfolio…"),
        window.export_portfolio_status,
    )
    add(file_menu, QApplication.translate("MainWindow", "&Import archive…"), window.import_archive)
    file_menu.addSeparator()
    add(
        file_menu,
        QApplication.translate("MainWindow", "&Preferences…"),
        window.preferences,
        QKeySequence.StandardKey.Preferences,
    )
    window.act_quit = add(
        file_menu,
        QApplication.translate("MainWindow", "&Quit"),
        window.close,
        QKeySequence.StandardKey.Quit,
    )
    edit = bar.addMenu(QApplication.translate("MainWindow", "&Edit"))
    window.act_undo = window.ops.undo_stack.createUndoAction(
        window, QApplication.translate("MainWindow", "&Undo")
    )
    window.act_undo.setShortcut(QKeySequence.StandardKey.Undo)
    window.act_redo = window.ops.undo_stack.createRedoAction(
        window, QApplication.translate("MainWindow", "&Redo")
    )
    window.act_redo.setShortcut(QKeySequence.StandardKey.Redo)
    # their text names the step they would take back ("Undo Capture idea"); the Help
    # guide's shortcut table names the key's use instead
    window.act_undo.setProperty("guide_text", QApplication.translate("MainWindow", "&Undo"))
    window.act_redo.setProperty("guide_text", QApplication.translate("MainWindow", "&Redo"))
    edit.addAction(window.act_undo)
    edit.addAction(window.act_redo)
    edit.addSeparator()
    window.act_idea = add(
        edit, QApplication.translate("MainWindow", "Capture &idea…"), window.capture_idea, "Ctrl+I"
    )
    window.act_find = add(
        edit,
        QApplication.translate("MainWindow", "&Filter engagements"),
        window.focus_filter,
        QKeySequence.StandardKey.Find,
    )
    window.act_search = add(
        edit,
        QApplication.translate("MainWindow", "&Search everything…"),
        window.search,
        "Ctrl+K",
    )
    # The engagement page's actions, for keyboard users too (Alt+G, Alt+M).
    window.engagement_menu = bar.addMenu(QApplication.translate("MainWindow", "En&gagement"))
    window.milestone_menu = bar.addMenu(QApplication.translate("MainWindow", "&Milestone"))
    for menu in (window.engagement_menu, window.milestone_menu):
        menu.aboutToShow.connect(lambda: fill_engagement_menus(window))
    view = bar.addMenu(QApplication.translate("MainWindow", "&View"))
    add(view, QApplication.translate("MainWindow", "&Dashboard"), window.show_dashboard, "Ctrl+D")
    add(
        view,
        QApplication.translate("MainWindow", "&Welcome page"),
        window.show_welcome,
    )
    help_menu = bar.addMenu(QApplication.translate("MainWindow", "&Help"))
    add(
        help_menu,
        QApplication.translate("MainWindow", "Scopekeeper &guide"),
        window.guide,
        QKeySequence.StandardKey.HelpContents,
    )
    add(help_menu, QApplication.translate("MainWindow", "&About Scopekeeper"), window.about)
    window.fill_recent()


def fill_engagement_menus(window: MainWindow) -> None:
    """The open engagement page's toolbars, Planning and Milestone actions, as menus."""
    view = window.engagement_view if window.current_code() is not None else None
    bars = (
        (view.page_actions.plan_bar, view.page_actions.work_bar)
        if view is not None
        else (None, None)
    )
    for menu, bar in zip((window.engagement_menu, window.milestone_menu), bars, strict=True):
        menu.clear()
        if bar is None:
            placeholder = menu.addAction(
                QApplication.translate("MainWindow", "Open an engagement first")
            )
            placeholder.setEnabled(False)
        else:
            menu.addActions(bar.actions())
