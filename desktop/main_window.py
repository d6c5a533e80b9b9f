"""The main window: sidebar of engagements, the page area, menus, status bar.

Only the sidebar and the welcome page are built at start-up; the engagement page and the
dashboard (QtCharts) are built the first time they are shown, so the window paints early."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QModelIndex, QSettings, Qt, QTimer, QUrl
from PySide6.QtGui import QAction, QCloseEvent, QDesktopServices
from PySide6.QtWidgets import (
    QApplication,
    QLineEdit,
    QMainWindow,
    QMenu,
    QSplitter,
    QStackedWidget,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from core.changes import Changes
from core.db import Database
from core.errors import DatabaseRefusedError, DomainError
from core.services import Services
from desktop.connecting import PasswordNotGivenError, ServerUnreachableError, open_target
from desktop.credentials import public_target
from desktop.exports import Exporter
from desktop.file_dialogs import ask_database
from desktop.labels import ENGAGEMENT_STATUS, label_for
from desktop.look import BADGE_ROOM, BadgeDelegate, icon
from desktop.menus import build_menus
from desktop.models.sidebar import ID_ROLE, KIND_ROLE, STATUS_ROLE, SidebarModel
from desktop.ops import Ops
from desktop.qt_compat import named
from desktop.refusals import words
from desktop.views.welcome import WelcomeView
from desktop.widest import widest

if TYPE_CHECKING:
    from desktop.views.dashboard import DashboardView
    from desktop.views.engagement import EngagementView

MAX_RECENT = 8
EXPAND_ALL_UP_TO = 150
"""Up to this many engagements every client is shown open; beyond, clients start closed."""
PAGE_WELCOME, PAGE_ENGAGEMENT, PAGE_DASHBOARD = range(3)


class MainWindow(QMainWindow):
    """Scopekeeper's one window."""

    # Made by desktop.menus.build_menus
    act_new: QAction
    act_quit: QAction
    act_undo: QAction
    act_redo: QAction
    act_idea: QAction
    act_find: QAction
    act_search: QAction
    recent_menu: QMenu
    export_menu: QMenu
    engagement_exports: list[QAction]
    engagement_menu: QMenu
    milestone_menu: QMenu

    def __init__(self, db: Database, services: Services, settings: QSettings | None = None) -> None:
        super().__init__()
        self.settings = settings if settings is not None else QSettings()
        self.ops = Ops(self)
        self.ops.sig_status.connect(lambda text: self.statusBar().showMessage(text, 10_000))
        self.ops.sig_changed.connect(self._on_changed)
        self.ops.sig_saved.connect(self._saved)
        self.exporter = Exporter(self.ops, self)
        self.setWindowIcon(icon("scopekeeper"))
        self.statusBar().setAccessibleName(self.tr("Status"))
        self._build_folder_button()
        self.db, self.services = db, services
        build_menus(self)
        self._install(db, services)
        self.restore_state()
        QTimer.singleShot(0, self.reopen_last)  # the engagement open when the app last closed

    # Building

    def _install(self, db: Database, services: Services) -> None:
        """Build the sidebar and pages for one open database."""
        self.db, self.services = db, services
        # Qt appends the application's display name ("— Scopekeeper") itself.
        self.setWindowTitle(db.display_name.removeprefix("sqlite:///"))
        self.filter = named(QLineEdit(), self.tr("Filter engagements"))
        self.filter.setPlaceholderText(self.tr("Filter (Ctrl+F)"))
        self.filter.setClearButtonEnabled(True)
        self.sidebar_model = SidebarModel(db, self)
        self.sidebar = named(QTreeView(), self.tr("Engagements"))
        self.sidebar.setModel(self.sidebar_model)
        self.sidebar.setHeaderHidden(True)
        self.sidebar.setUniformRowHeights(True)
        self.sidebar.setItemDelegate(
            BadgeDelegate(STATUS_ROLE, lambda s: label_for(ENGAGEMENT_STATUS, s), self.sidebar)
        )
        self.sidebar.selectionModel().currentChanged.connect(self._on_sidebar)
        self.filter.textChanged.connect(self._apply_filter)
        self.filter.returnPressed.connect(self._filter_entered)
        search = self.filter.addAction(icon("search"), QLineEdit.ActionPosition.TrailingPosition)
        search.setToolTip(self.tr("Search milestones, contacts and ideas too (Ctrl+K)"))
        search.triggered.connect(lambda: self.search())
        left = self.sidebar_box = QWidget()
        layout = QVBoxLayout(left)
        layout.setContentsMargins(6, 6, 0, 6)
        left.setMinimumWidth(180)
        layout.addWidget(self.filter)
        layout.addWidget(self.sidebar, 1)
        self.welcome = WelcomeView()
        self.welcome.sig_new_engagement.connect(self.new_engagement)
        self.welcome.sig_open_sample.connect(self.open_sample)
        self.welcome.sig_open_dashboard.connect(self.show_dashboard)
        self._engagement_view: EngagementView | None = None
        self.dashboard: DashboardView | None = None
        self.pages = QStackedWidget()
        self.pages.addWidget(self.welcome)
        self.pages.addWidget(QWidget())  # the engagement page, built when first needed
        self.pages.addWidget(QWidget())  # the dashboard, likewise
        self.pages.currentChanged.connect(self._update_actions)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.pages)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([260, 1020])
        self.splitter.setChildrenCollapsible(False)
        old = self.centralWidget()
        self.setCentralWidget(self.splitter)
        if old is not None:
            old.deleteLater()
        self._fitted_to: tuple[object, ...] | None = None
        self._selecting = False
        self.sidebar_model.sig_filled.connect(self._sidebar_filled)
        self.refresh_sidebar(clients_first=True)
        self.pages.setCurrentIndex(PAGE_WELCOME)
        self._update_actions()

    def _build_folder_button(self) -> None:
        """A status-bar button that opens the folder of the file just exported."""
        self.folder_button = QToolButton()
        self.folder_button.setText(self.tr("Show in folder"))
        self.folder_button.setAccessibleName(self.tr("Show the exported file in its folder"))
        self.folder_button.setAutoRaise(True)
        self.folder_button.clicked.connect(self.open_export_folder)
        self.folder_button.hide()
        self.statusBar().addPermanentWidget(self.folder_button)
        self._folder_timer = QTimer(self, singleShot=True, interval=20_000)
        self._folder_timer.timeout.connect(self.folder_button.hide)
        self.last_export: Path | None = None

    # Pages

    @property
    def engagement_view(self) -> EngagementView:
        """The engagement page, built on first use."""
        if self._engagement_view is None:
            from desktop.views.engagement import EngagementView

            view = EngagementView(self.ops, self.services)
            view.sig_open_engagement.connect(self.open_engagement)
            view.sig_gone.connect(self._engagement_gone)
            self._replace_page(PAGE_ENGAGEMENT, view)
            self._engagement_view = view
        return self._engagement_view

    def _replace_page(self, index: int, widget: QWidget) -> None:
        current = self.pages.currentIndex()
        old = self.pages.widget(index)  # the placeholder put there at start-up
        self.pages.blockSignals(True)
        if old is not None:
            self.pages.removeWidget(old)
            old.deleteLater()
        self.pages.insertWidget(index, widget)
        self.pages.setCurrentIndex(current)
        self.pages.blockSignals(False)

    def show_welcome(self) -> None:
        self.pages.setCurrentIndex(PAGE_WELCOME)

    def show_dashboard(self) -> None:
        if self.dashboard is None:
            from desktop.views.dashboard import DashboardView, read_first

            # the figures are read while the page is built
            first = read_first(self.services.db)
            self.dashboard = DashboardView(self.ops, self.services, first=first)
            self.dashboard.sig_open_engagement.connect(self.open_engagement)
            self.dashboard.sig_open_milestone.connect(self.open_engagement)
            self._replace_page(PAGE_DASHBOARD, self.dashboard)
        self.dashboard.refresh()
        self.pages.setCurrentIndex(PAGE_DASHBOARD)

    # Sidebar

    def refresh_sidebar(self, *, clients_first: bool = False) -> None:
        """Reload the sidebar. ``clients_first`` (a database just opened): a portfolio
        too large to show open starts with its clients alone, and their engagements are
        added once the window has painted (or sooner, should anything need them)."""
        current = self.current_engagement_id()
        model = self.sidebar_model
        if clients_first and model.load_clients(EXPAND_ALL_UP_TO):
            from desktop.app import AfterFirstPaint

            AfterFirstPaint(self, model.fill)
        else:
            model.reload()
            self._expand()
            self._fit_sidebar()
        if not model.text_filter:
            self.welcome.set_engagement_count(model.total)
        if current:
            self._select_in_sidebar(current)

    def _sidebar_filled(self) -> None:
        """The engagements came after the clients: fit to their codes; what was current
        is current again."""
        self._expand()
        self._fit_sidebar()
        current = self.current_engagement_id()
        if current:
            self._select_in_sidebar(current)

    def _fit_sidebar(self) -> None:
        """The sidebar never gets so narrow that it cuts an engagement's code: each row
        keeps its indentation, its code and an ellipsis, and its status badge (drawn at the
        right by ``BadgeDelegate``, its text plus ``BADGE_ROOM``). The title after the code
        is what gives way ("LUMI-2026-01  Refon…"). Measured again only when the codes,
        their places, their statuses' words or the font have changed."""
        tree = self.sidebar
        levels = self.sidebar_model.engagement_levels()
        statuses = {status for _, _, status in levels}
        words = tuple(label_for(ENGAGEMENT_STATUS, s) for s in sorted(statuses))
        key = (tree.font().key(), tree.indentation(), words, tuple(levels))
        if key == self._fitted_to:
            return
        self._fitted_to = key
        metrics = tree.fontMetrics()
        codes: dict[tuple[int, str], list[str]] = {}
        for level, code, status in levels:
            codes.setdefault((level, status), []).append(code + "  …")
        needed = 0
        for (level, status), texts in codes.items():
            badge = metrics.horizontalAdvance(label_for(ENGAGEMENT_STATUS, status)) + BADGE_ROOM
            text = widest(metrics, texts) + 6  # Qt's 3 px text margins
            needed = max(needed, tree.indentation() * (level + 1) + text + badge)
        style = tree.style()
        scrollbar = style.pixelMetric(style.PixelMetric.PM_ScrollBarExtent, None, tree)
        layout = self.sidebar_box.layout()
        margins = layout.contentsMargins() if layout is not None else None
        frame = 2 * tree.frameWidth() + (margins.left() + margins.right() if margins else 0)
        self.sidebar_box.setMinimumWidth(max(180, needed + scrollbar + frame))

    def _apply_filter(self, text: str) -> None:
        self.sidebar_model.set_filter(text)
        self._expand()
        current = self.current_engagement_id()
        if current:
            self._select_in_sidebar(current)

    def _expand(self) -> None:
        if self.sidebar_model.total <= EXPAND_ALL_UP_TO:
            self.sidebar.expandAll()

    def _select_in_sidebar(self, engagement_id: str) -> None:
        if self.sidebar_model.clients_only:
            return  # selected when the engagements arrive (_sidebar_filled), not sooner
        index = self.sidebar_model.index_of(engagement_id)
        if index.isValid():
            # Made current without opening it again (``_on_sidebar`` lets it pass), and
            # with the view told, so it repaints the two rows that changed, not all.
            self._selecting = True
            try:
                self.sidebar.setCurrentIndex(index)
            finally:
                self._selecting = False
            self.sidebar.scrollTo(index)  # opens its client when clients start closed

    def _on_sidebar(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._selecting:
            return
        if current.isValid() and current.data(KIND_ROLE) == "engagement":
            self.open_engagement(current.data(ID_ROLE))

    def current_engagement_id(self) -> str | None:
        view = self._engagement_view
        return view.detail.id if view is not None and view.detail is not None else None

    def current_code(self) -> str | None:
        view = self._engagement_view
        if view is None or view.detail is None or self.pages.currentIndex() != PAGE_ENGAGEMENT:
            return None
        return view.detail.code

    def open_engagement(
        self, engagement_id: str, milestone_id: str = "", *, quiet: bool = False
    ) -> None:
        """Show an engagement; with ``milestone_id``, with that milestone selected. ``quiet``:
        an engagement that is no longer there is not reported (reopening the last one)."""
        view = self.engagement_view
        try:
            view.show_engagement(engagement_id)
        except DomainError as exc:
            if not quiet:
                self.ops.refuse(exc.message)
            return
        if milestone_id:
            view.select_milestone(milestone_id)
        self.pages.setCurrentIndex(PAGE_ENGAGEMENT)
        if view.detail is not None:  # the key may have been a code; the sidebar knows ids
            self._select_in_sidebar(view.detail.id)
            self.settings.setValue("engagement/last", [self.db.display_name, view.detail.id])
        self._update_actions()

    def _on_changed(self, changes: Changes) -> None:
        if changes.engagements or changes.clients:
            self.refresh_sidebar()
        if changes.created and changes.created in changes.engagements:
            self.open_engagement(changes.created)

    def _engagement_gone(self) -> None:
        """The engagement page's engagement was deleted: leave its page."""
        if self.pages.currentIndex() == PAGE_ENGAGEMENT:
            self.show_welcome()
        self._update_actions()

    def _update_actions(self, *_args: object) -> None:
        for action in self.engagement_exports:
            action.setEnabled(self.current_code() is not None)

    def _filter_entered(self) -> None:
        """Enter in the filter box: to the engagements it kept, or, when it kept none, to
        a search of everything for the same words."""
        if self.sidebar_model.rowCount() == 0 and self.filter.text().strip():
            self.search(self.filter.text())
        else:
            self.sidebar.setFocus()

    def focus_filter(self) -> None:
        self.filter.setFocus()
        self.filter.selectAll()

    # Actions

    def new_engagement(self) -> None:
        from desktop.dialogs.engagement import EngagementDialog

        EngagementDialog(self.ops, self.services, self).exec()

    def open_sample(self) -> None:
        from core.demo import load_demo

        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            # Its Changes reach _on_changed like any action's: the sidebar reloads and the
            # first sample engagement opens.
            loaded = self.ops.run(lambda: load_demo(self.services, date.today()), irreversible=True)
        finally:
            QApplication.restoreOverrideCursor()
        if loaded is not None:
            self.ops.sig_status.emit(
                self.tr("Sample data loaded: {0} engagements.").format(len(loaded.codes))
            )

    def capture_idea(self) -> None:
        from desktop.dialogs.idea import IdeaDialog

        IdeaDialog(self.ops, self.services, self.current_engagement_id(), self).exec()

    def reopen_last(self) -> None:
        """Open the engagement that was open last in this database, if it is still there."""
        last = self.settings.value("engagement/last", [])
        if not isinstance(last, list | tuple) or len(last) != 2:
            return
        database, engagement_id = (str(v) for v in last)
        if database != self.db.display_name or self.current_engagement_id() is not None:
            return
        self.open_engagement(engagement_id, quiet=True)

    def ask_agency_at_start(self) -> None:
        """At a start with no agency named yet: ask for its identity (name, address, logo,
        signatory) before any sign-off is issued, since a sign-off prints them as they are
        when it is first issued (and never changes after)."""
        from desktop.dialogs.agency_first import agency_named, ask_agency

        if not agency_named(self.services):
            ask_agency(self.ops, self.services, self)

    def about(self) -> None:
        from desktop.dialogs.help import show_about

        show_about(self, self.db.display_name)

    def search(self, text: str = "") -> None:
        """Search everything (Ctrl+K), starting from ``text`` or the sidebar filter's text."""
        from desktop.dialogs.search import SearchDialog

        dialog = SearchDialog(self.services, text or self.filter.text(), self)
        dialog.sig_open.connect(self.open_hit)
        dialog.exec()

    def open_hit(self, hit: object) -> None:
        """Open what a search found: its engagement, with the milestone or idea selected."""
        from core.queries.search import Hit
        from desktop.views.engagement import TAB_IDEAS
        from desktop.views.ideas import IdeasView

        if not isinstance(hit, Hit):
            return
        if not hit.engagement_id:
            self.ops.sig_status.emit(self.tr("{0} has no engagement yet.").format(hit.context))
            return
        self.open_engagement(hit.engagement_id, hit.id if hit.kind == "milestone" else "")
        if hit.kind == "idea" and self.current_engagement_id() == hit.engagement_id:
            view = self.engagement_view
            view.tabs.setCurrentIndex(TAB_IDEAS)
            ideas = view.tabs.widget(TAB_IDEAS)
            if not isinstance(ideas, IdeasView):
                return
            if not ideas.model.index_of(hit.id).isValid():  # a settled idea is hidden
                ideas.show_settled.setChecked(True)
                ideas.refresh()
            ideas.select_ids([hit.id])

    def guide(self) -> None:
        from desktop.dialogs.help import GuideDialog

        GuideDialog(self).exec()

    def preferences(self) -> None:
        from desktop.dialogs.settings import SettingsDialog

        current = public_target(self.db.url)  # the password stays out of the dialog
        dialog = SettingsDialog(self.ops, self.services, current, self, self.settings)
        if dialog.exec() and dialog.database_target:
            self.switch_database(dialog.database_target)

    # Databases

    def choose_database(self) -> None:
        """Open an existing database file (the dialog's button reads "Open")."""
        path = ask_database(self, self.settings, create=False)
        if path:
            self.switch_database(path)

    def new_database(self) -> None:
        """Name a new database file and open it (the dialog's button reads "Create")."""
        path = ask_database(self, self.settings, create=True)
        if path:
            self.switch_database(path)

    def switch_database(self, target: str) -> bool:
        """Open another database; on refusal say why and keep the current one."""
        from desktop.dialogs.password import ask_password

        try:
            opened = open_target(
                target,
                ask_password=lambda server, reason, remembered: ask_password(
                    server, reason, remembered, parent=self
                ),
            )
        except PasswordNotGivenError as exc:
            self.ops.sig_status.emit(words(exc.message))
            return False
        except DatabaseRefusedError as exc:
            title = (
                self.tr("Database server not reachable")
                if isinstance(exc, ServerUnreachableError)
                else self.tr("Database not opened")
            )
            self.ops.refuse(exc.message, title)
            return False
        db = opened.db
        old = self.db
        self.ops.wait_for_background()
        self.ops.undo_stack.clear()
        self.ops.undo_ids.clear()
        self._install(db, Services(db, self.services.actor))
        old.close()
        self.remember_database(opened.target)
        self.ops.sig_status.emit(opened.note or self.tr("Opened {0}").format(db.display_name))
        return True

    def remember_database(self, target: str) -> None:
        """Put ``target`` first in Recent databases and open it next time. A server URL is
        remembered without its password (that one is in the keyring, if anywhere)."""
        target = public_target(target)
        recent = [t for t in self._recent() if t != target]
        self.settings.setValue("database/recent", [target, *recent][:MAX_RECENT])
        self.settings.setValue("database/target", target)
        self.fill_recent()

    def _recent(self) -> list[str]:
        value = self.settings.value("database/recent", [])
        if isinstance(value, str):  # QSettings gives a list of one back as its item
            return [value]
        return [str(target) for target in value] if isinstance(value, list | tuple) else []

    def fill_recent(self) -> None:
        self.recent_menu.clear()
        for target in self._recent():
            action = self.recent_menu.addAction(target)
            action.triggered.connect(lambda _=False, t=target: self.switch_database(t))
        self.recent_menu.setEnabled(bool(self._recent()))

    # Exports (the report modules load only when asked for)

    def _for_open_engagement(self, export: Callable[[str], None]) -> None:
        code = self.current_code()
        if code is None:
            self.ops.refuse(self.tr("Open an engagement first."))
        else:
            export(code)

    def export_history(self, fmt: str) -> None:
        self._for_open_engagement(lambda code: self.exporter.history(self.db, code, fmt))

    def export_roadmap(self) -> None:
        self._for_open_engagement(lambda code: self.exporter.roadmap(self.db, code))

    def export_status(self) -> None:
        today = date.today()
        self._for_open_engagement(lambda code: self.exporter.status(self.db, code, today))

    def export_portfolio_status(self) -> None:
        self.exporter.status(self.db, None, date.today())

    def import_archive(self) -> None:
        self.exporter.import_archive(self.services)

    def _saved(self, path: str) -> None:
        self.last_export = Path(path)
        self.folder_button.show()
        self._folder_timer.start()

    def open_export_folder(self) -> None:
        if self.last_export is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.last_export.parent)))

    # Window state

    def restore_state(self) -> None:
        geometry = self.settings.value("window/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 820)
        state = self.settings.value("window/state")
        if isinstance(state, QByteArray) and not state.isEmpty():
            self.restoreState(state)
        splitter = self.settings.value("window/splitter")
        if isinstance(splitter, QByteArray) and not splitter.isEmpty():
            self.splitter.restoreState(splitter)

    def save_state(self) -> None:
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/state", self.saveState())
        self.settings.setValue("window/splitter", self.splitter.saveState())
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.ops.wait_for_background()
        self.save_state()
        super().closeEvent(event)
