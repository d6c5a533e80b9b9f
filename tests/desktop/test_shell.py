"""The shell as a user meets it: welcome, sample data, the sidebar, filter, window state,
refused databases and the unexpected-error handler."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, QSettings, Qt
from PySide6.QtWidgets import QMessageBox

from core.models import Engagement
from desktop import app as desktop_app
from desktop.main_window import PAGE_ENGAGEMENT, MainWindow
from desktop.models.sidebar import CODE_ROLE, KIND_ROLE, STATUS_ROLE


def sidebar_tree(window: MainWindow) -> dict[str, dict[str, object]]:
    """client name -> {engagement code: (status, [spin-off codes])} as the sidebar shows it."""
    model = window.sidebar_model
    tree: dict[str, dict[str, object]] = {}
    for r in range(model.rowCount()):
        client = model.index(r, 0)
        engagements: dict[str, object] = {}
        for e in range(model.rowCount(client)):
            node = model.index(e, 0, client)
            kids = [model.index(k, 0, node).data(CODE_ROLE) for k in range(model.rowCount(node))]
            engagements[node.data(CODE_ROLE)] = (node.data(STATUS_ROLE), kids)
        tree[client.data()] = engagements
    return tree


def test_empty_database_starts_on_the_welcome_page(window: MainWindow) -> None:
    assert window.pages.currentWidget() is window.welcome
    assert window.sidebar_model.rowCount() == 0
    assert window.welcome.sample_button.isVisible()


def test_sample_data_fills_the_sidebar_with_clients_engagements_and_spin_offs(
    qtbot, window: MainWindow
) -> None:
    qtbot.mouseClick(window.welcome.sample_button, Qt.MouseButton.LeftButton)
    tree = sidebar_tree(window)
    assert set(tree) == {
        "Cervecería La Señal S.L.",
        "Harbour & Pine Ltd",
        "Maison Lumière SARL",
        "臺北數位設計有限公司",
    }
    lumiere = tree["Maison Lumière SARL"]
    assert lumiere == {"LUMI-2026-01": ("active", ["LUMI-2026-02"])}
    assert tree["Harbour & Pine Ltd"]["HARB-2026-01"][0] == "cancelled"
    # the first engagement is open, and the sidebar marks it as current
    assert window.pages.currentIndex() == PAGE_ENGAGEMENT
    assert window.engagement_view.heading.text().startswith("LUMI-2026-01")
    assert window.sidebar.currentIndex().data(CODE_ROLE) == "LUMI-2026-01"
    assert "Sample data loaded" in window.statusBar().currentMessage()


def test_loading_the_sample_twice_is_refused_with_the_reason(window: MainWindow, refusals) -> None:
    window.open_sample()
    window.open_sample()
    assert len(refusals) == 1
    assert "already in this database" in refusals[0]


def test_ctrl_f_focuses_the_filter_which_narrows_the_sidebar(qtbot, window: MainWindow) -> None:
    window.open_sample()
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.filter.hasFocus()
    qtbot.keyClicks(window.filter, "harb")
    assert sidebar_tree(window) == {
        "Harbour & Pine Ltd": {
            "HARB-2025-04": ("completed", []),
            "HARB-2026-01": ("cancelled", []),
        }
    }
    window.filter.clear()
    assert len(sidebar_tree(window)) == 4


def test_filter_keeps_a_matching_spin_off_when_its_parent_does_not_match(
    window: MainWindow,
) -> None:
    window.open_sample()
    with window.services.db.reading() as session:
        spinoff = session.query(Engagement).filter_by(code="LUMI-2026-02").one()
        title = spinoff.title
    window.filter.setText(title)
    assert sidebar_tree(window) == {"Maison Lumière SARL": {"LUMI-2026-02": ("draft", [])}}


def test_choosing_an_engagement_in_the_sidebar_opens_it(qtbot, window: MainWindow) -> None:
    window.open_sample()
    model = window.sidebar_model
    target = QModelIndex()
    for r in range(model.rowCount()):
        client = model.index(r, 0)
        for e in range(model.rowCount(client)):
            if model.index(e, 0, client).data(CODE_ROLE) == "TPE-2026-01":
                target = model.index(e, 0, client)
    assert target.data(KIND_ROLE) == "engagement"
    window.sidebar.setCurrentIndex(target)
    assert window.engagement_view.heading.text().startswith("TPE-2026-01")


def test_window_geometry_is_restored_from_settings(
    qtbot, db, services, qsettings: QSettings
) -> None:
    first = MainWindow(db, services, qsettings)
    qtbot.addWidget(first)
    first.show()
    first.resize(771, 555)  # inside the offscreen platform's 800x600 screen
    first.splitter.setSizes([211, 540])
    qtbot.waitUntil(lambda: first.width() == 771)
    first.close()
    second = MainWindow(db, services, QSettings(qsettings.fileName(), QSettings.Format.IniFormat))
    qtbot.addWidget(second)
    second.show()
    assert (second.width(), second.height()) == (771, 555)
    assert second.splitter.sizes()[0] == first.splitter.sizes()[0]


def test_a_refused_database_is_explained_and_the_current_one_stays(
    window: MainWindow, refusals, tmp_path: Path
) -> None:
    foreign = tmp_path / "notes.sqlite3"
    foreign.write_bytes(b"these are my notes, not a database" * 10)
    title = window.windowTitle()
    assert window.switch_database(str(foreign)) is False
    assert len(refusals) == 1 and "not a Scopekeeper database" in refusals[0]
    assert window.windowTitle() == title
    assert foreign.read_bytes().startswith(b"these are my notes")


def test_switching_to_another_database_remembers_it_in_recent(
    window: MainWindow, tmp_path: Path
) -> None:
    window.open_sample()
    other = tmp_path / "second.sqlite3"
    assert window.switch_database(str(other))
    assert window.sidebar_model.rowCount() == 0
    assert window.pages.currentWidget() is window.welcome
    assert [a.text() for a in window.recent_menu.actions()] == [str(other)]
    window.db.close()


def test_a_server_out_of_reach_is_named_and_the_current_database_stays(
    window: MainWindow, refusals
) -> None:
    import socket

    import keyring
    from keyring.backends import fail

    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())  # never the keyring of the person running the tests
    with socket.socket() as probe:  # a port where nothing listens
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    title = window.windowTitle()
    try:
        url = f"postgresql+psycopg://pat:s3cret@127.0.0.1:{port}/agency"
        assert window.switch_database(url) is False
    finally:
        keyring.set_keyring(previous)
    assert len(refusals) == 1
    assert refusals[0].startswith(
        f"Scopekeeper cannot reach the database server at 127.0.0.1, port {port}"
    )
    assert "s3cret" not in refusals[0]
    assert window.windowTitle() == title
    assert [a.text() for a in window.recent_menu.actions()] == []


def test_run_offers_another_file_when_the_database_is_refused(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    foreign = tmp_path / "other.db"
    foreign.write_bytes(b"SQLite format 3\x00" + b"\x00" * 200)
    shown: list[str] = []

    def fake_exec(box: QMessageBox) -> int:
        shown.append(box.text())
        return 0  # closed without choosing another file

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    monkeypatch.setattr(desktop_app, "log_dir", lambda: tmp_path / "logs")
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    assert desktop_app.run(str(foreign)) == 1
    assert len(shown) == 1 and "left untouched" in shown[0]


def test_the_app_writes_the_history_under_the_same_name_as_the_command_line(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """SCOPEKEEPER_ACTOR names the person in the history, in the window as in a command."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QWidget

    class Window(QWidget):
        def remember_database(self, target: str) -> None:
            pass

    actors: list[str] = []

    def build(_db: object, services, _settings: object = None) -> QWidget:  # type: ignore[no-untyped-def]
        actors.append(services.actor)
        QTimer.singleShot(0, QApplication.quit)
        return Window()

    monkeypatch.setenv("SCOPEKEEPER_ACTOR", "Lucía Gómez")
    monkeypatch.setattr(desktop_app, "build_main_window", build)
    monkeypatch.setattr(desktop_app, "log_dir", lambda: tmp_path / "logs")
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    assert desktop_app.run(str(tmp_path / "team.sqlite3")) == 0
    assert actors == ["Lucía Gómez"]


def test_an_unexpected_error_is_logged_and_shown(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    log_path = desktop_app.setup_logging(tmp_path)
    desktop_app.install_excepthook(log_path)
    try:
        raise RuntimeError("disk on fire")
    except RuntimeError as exc:
        sys.excepthook(RuntimeError, exc, exc.__traceback__)
    assert "disk on fire" in shown[0] and str(log_path) in shown[0]
    for handler in desktop_app.log.handlers:
        handler.flush()
    assert "RuntimeError: disk on fire" in log_path.read_text(encoding="utf-8")


def test_the_dark_appearance_chosen_in_the_preferences_applies_at_once(
    qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtGui import QPalette
    from PySide6.QtWidgets import QApplication

    from desktop.dialogs.settings import SettingsDialog
    from desktop.look import apply_colour_scheme

    def window_lightness() -> int:
        return QApplication.palette().color(QPalette.ColorRole.Window).lightness()

    light = window_lightness()
    dialog = SettingsDialog(window.ops, window.services, window.db.url, window, window.settings)
    qtbot.addWidget(dialog)
    dialog.appearance.setCurrentIndex(dialog.appearance.findData("dark"))
    try:
        dialog.save()
        assert window.settings.value("appearance/scheme") == "dark"
        assert window_lightness() < 128 <= light
    finally:
        apply_colour_scheme("system")
    assert window_lightness() == light


def test_ctrl_i_captures_an_idea_in_the_open_engagement(
    qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop.dialogs.idea import IdeaDialog

    window.open_sample()
    opened: list[str] = []
    monkeypatch.setattr(IdeaDialog, "exec", lambda d: opened.append(d.engagement.currentText()))
    window.engagement_view.table.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    assert len(opened) == 1 and opened[0].startswith("LUMI-2026-01 — ")


def test_an_unexpected_error_in_an_action_reaches_the_one_handler(
    qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """A bug behind a button: the handler shows it and logs it, the data stays as it was."""
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    desktop_app.install_excepthook(desktop_app.setup_logging(tmp_path))
    window.open_sample()
    view = window.engagement_view
    planned = next(m for m in view.model.milestones if m.state == "planned")
    view.select_milestone(planned.id)

    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("the disk went away")

    monkeypatch.setattr(window.services.workflow, "start", broken)
    view.page_actions.act_start.trigger()
    assert len(shown) == 1 and "the disk went away" in shown[0]
    for handler in desktop_app.log.handlers:
        handler.flush()
    assert "RuntimeError: the disk went away" in (tmp_path / "scopekeeper.log").read_text(
        encoding="utf-8"
    )
    view.reload()
    assert view.selected().state == "planned"


def test_the_engagement_and_milestone_menus_carry_the_page_actions(window: MainWindow) -> None:
    """Every toolbar action is reachable from the menu bar, so from the keyboard."""
    window.engagement_menu.aboutToShow.emit()
    assert [a.text() for a in window.engagement_menu.actions()] == ["Open an engagement first"]
    window.open_sample()
    view = window.engagement_view
    for menu, bar in (
        (window.engagement_menu, view.page_actions.plan_bar),
        (window.milestone_menu, view.page_actions.work_bar),
    ):
        menu.aboutToShow.emit()
        in_menu = {a for a in menu.actions() if not a.isSeparator()}
        assert {a for a in bar.actions() if not a.isSeparator()} <= in_menu
    planned = next(m for m in view.model.milestones if m.state == "planned")
    view.select_milestone(planned.id)
    window.milestone_menu.aboutToShow.emit()
    start = next(a for a in window.milestone_menu.actions() if a.text() == "Start work")
    start.trigger()
    assert view.selected().state == "in_progress"


def test_work_that_can_wait_runs_once_after_the_first_frame(qtbot) -> None:
    from PySide6.QtWidgets import QApplication, QLabel

    label = QLabel("first frame")
    qtbot.addWidget(label)
    ran: list[bool] = []
    desktop_app.AfterFirstPaint(label, lambda: ran.append(label.isVisible()))
    assert ran == []
    label.show()
    qtbot.waitUntil(lambda: ran == [True])
    label.repaint()
    QApplication.processEvents()
    assert ran == [True]  # once only


def test_the_title_names_the_database_once_and_qt_adds_the_app_name(window: MainWindow) -> None:
    title = window.windowTitle()
    assert title == window.db.display_name.removeprefix("sqlite:///")
    assert "Scopekeeper" not in title  # the display name is Qt's to append, not ours


def test_the_bundled_fonts_are_registered_for_text_the_system_cannot_draw(
    window: MainWindow,
) -> None:
    from PySide6.QtGui import QFontDatabase

    registered = set(desktop_app.add_fallback_font())  # from the app, not from the system
    assert {"DejaVu Sans", "Droid Sans Fallback"} <= registered <= set(QFontDatabase.families())
    assert QFontDatabase.writingSystems("Droid Sans Fallback").count(
        QFontDatabase.WritingSystem.TraditionalChinese
    )
