"""A working day in the window: the dashboard's due list opens the milestone clicked, the
database dialogs say Open and Create, search everything (Ctrl+K), the last engagement
reopens, file dialogs start where the last one ended, Help and About."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialogButtonBox,
    QFileDialog,
    QMessageBox,
    QPushButton,
    QWidget,
)

from core import __version__, queries
from core.db import Database, open_database
from core.services import Services
from desktop.dialogs.help import GuideDialog
from desktop.dialogs.search import SearchDialog
from desktop.main_window import PAGE_ENGAGEMENT, MainWindow
from desktop.models.records import ROW_ROLE
from desktop.views.engagement import TAB_IDEAS
from tests.desktop.helpers import when_modal
from tests.factories import make_client

# 1. The due list opens the milestone clicked


def test_double_clicking_a_due_row_opens_its_engagement_on_that_milestone(
    qtbot, window: MainWindow
) -> None:
    window.open_sample()
    window.show_dashboard()
    dashboard = window.dashboard
    assert dashboard is not None
    model = dashboard.due_model
    due = [model.index(r, 0).data(ROW_ROLE) for r in range(model.rowCount())]
    chosen = next(n for n, row in enumerate(due) if row.position > 1)
    row = due[chosen]
    table = dashboard.due_table
    table.scrollTo(model.index(chosen, 2))
    rect = table.visualRect(model.index(chosen, 2))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.pages.currentIndex() == PAGE_ENGAGEMENT
    view = window.engagement_view
    assert view.detail is not None and view.detail.code == row.engagement_code
    assert view.selected_id() == row.milestone_id
    selected = view.selected()
    assert selected is not None and selected.position == row.position > 1
    assert view.table.currentIndex().row() == row.position - 1  # the row a PM sees selected


# 4. Open says Open, New says Create


def _accept_button(dialog: QFileDialog) -> QPushButton:
    box = dialog.findChild(QDialogButtonBox)
    assert box is not None
    button = box.button(QDialogButtonBox.StandardButton.Open) or box.button(
        QDialogButtonBox.StandardButton.Save
    )
    assert button is not None
    return button


def test_the_open_database_dialog_reads_open_and_opens_the_file(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    other = tmp_path / "other.sqlite3"
    open_database(str(other)).close()
    seen: dict[str, object] = {}

    def check(dialog: QWidget) -> None:
        assert isinstance(dialog, QFileDialog)
        seen["mode"] = dialog.acceptMode()
        seen["button"] = _accept_button(dialog).text()
        seen["title"] = dialog.windowTitle()
        dialog.selectFile(str(other))
        dialog.accept()

    done = when_modal(qtbot, check)
    window.choose_database()
    assert done == ["done"]
    assert seen["mode"] == QFileDialog.AcceptMode.AcceptOpen
    assert seen["button"].replace("&", "") == "Open"
    assert seen["title"] == "Open database"
    assert window.db.display_name.endswith("other.sqlite3")
    window.db.close()


def test_the_new_database_dialog_reads_create_and_remembers_its_folder(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    folder = tmp_path / "books"
    folder.mkdir()
    seen: dict[str, object] = {}

    def check(dialog: QWidget) -> None:
        assert isinstance(dialog, QFileDialog)
        seen["button"] = _accept_button(dialog).text()
        dialog.setDirectory(str(folder))
        dialog.selectFile(str(folder / "fresh.sqlite3"))
        dialog.accept()

    done = when_modal(qtbot, check)
    window.new_database()
    assert done == ["done"]
    assert seen["button"].replace("&", "") == "Create"
    assert (folder / "fresh.sqlite3").exists()
    assert window.sidebar_model.rowCount() == 0

    def look(dialog: QWidget) -> None:  # the next database dialog starts in that folder
        assert isinstance(dialog, QFileDialog)
        seen["start"] = Path(dialog.directory().absolutePath())
        dialog.reject()

    done = when_modal(qtbot, look)
    window.choose_database()
    assert done == ["done"]
    assert seen["start"] == folder
    window.db.close()


# 9. File dialogs of exports remember their folder


def test_an_export_dialog_starts_in_the_folder_of_the_previous_export(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    window.open_sample()
    elsewhere = tmp_path / "exports"
    elsewhere.mkdir()
    seen: list[Path] = []

    def save_there(dialog: QWidget) -> None:
        assert isinstance(dialog, QFileDialog)
        seen.append(Path(dialog.directory().absolutePath()))
        dialog.setDirectory(str(elsewhere))
        dialog.selectFile(str(elsewhere / "first.pdf"))
        dialog.accept()

    done = when_modal(qtbot, save_there)
    assert window.exporter.ask_path("Export", "first.pdf", "PDF documents (*.pdf)") == (
        elsewhere / "first.pdf"
    )
    assert done == ["done"]

    def cancel(dialog: QWidget) -> None:
        assert isinstance(dialog, QFileDialog)
        seen.append(Path(dialog.directory().absolutePath()))
        dialog.reject()

    done = when_modal(qtbot, cancel)
    assert window.exporter.ask_path("Export", "second.pdf", "PDF documents (*.pdf)") is None
    assert done == ["done"]
    assert seen[-1] == elsewhere
    assert window.settings.value("dialogs/folder/exports") == str(elsewhere)


# 9. The last engagement reopens


def test_the_engagement_open_at_closing_reopens_at_the_next_start(
    qtbot, window: MainWindow, db: Database, services: Services, qsettings: QSettings
) -> None:
    window.open_sample()
    with db.reading() as session:
        second = queries.list_engagements(session)[2]
    window.open_engagement(second.id)
    window.close()
    again = MainWindow(db, services, qsettings)
    qtbot.addWidget(again)
    again.show()
    qtbot.waitUntil(lambda: again.current_engagement_id() == second.id)
    assert again.pages.currentIndex() == PAGE_ENGAGEMENT
    assert again.engagement_view.heading.text().startswith(second.code)


def test_a_start_without_a_last_engagement_shows_the_welcome_page(
    qtbot, window: MainWindow, db: Database, services: Services, qsettings: QSettings
) -> None:
    qsettings.setValue("engagement/last", [db.display_name, "no-such-engagement"])
    again = MainWindow(db, services, qsettings)
    qtbot.addWidget(again)
    again.show()
    qtbot.waitExposed(again)
    QApplication.processEvents()
    assert again.pages.currentWidget() is again.welcome


# 7. Search everything


def test_ctrl_k_searches_everything_and_enter_opens_the_milestone_found(
    qtbot, window: MainWindow
) -> None:
    window.open_sample()
    with window.db.reading() as session:
        detail = queries.engagement_detail(session, "LUMI-2026-01", date.today())
    target = detail.milestones[-1]
    seen: dict[str, object] = {}

    def check(dialog: QWidget) -> None:
        assert isinstance(dialog, SearchDialog)
        qtbot.keyClicks(dialog.box, target.title)
        qtbot.waitUntil(lambda: any(h.id == target.id for h in dialog.hits()))
        seen["hits"] = dialog.hits()
        while dialog.results.currentIndex().data() and target.title not in (
            dialog.results.currentIndex().data()
        ):
            qtbot.keyClick(dialog.box, Qt.Key.Key_Down)
        qtbot.keyClick(dialog.box, Qt.Key.Key_Return)

    done = when_modal(qtbot, check)
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert done == ["done"]
    assert window.pages.currentIndex() == PAGE_ENGAGEMENT
    assert window.current_engagement_id() == detail.id
    assert window.engagement_view.selected_id() == target.id


def test_search_finds_a_contact_and_an_idea_and_opens_the_idea_in_the_backlog(
    qtbot, window: MainWindow
) -> None:
    window.open_sample()
    with window.db.reading() as session:
        from sqlalchemy import select

        from core.models import Contact, Idea

        contact = session.scalars(select(Contact).order_by(Contact.name)).first()
        idea = session.scalars(select(Idea).where(Idea.state == "declined")).first() or (
            session.scalars(select(Idea)).first()
        )
        contact_name, idea_id, idea_text = contact.name, idea.id, idea.description
        idea_engagement = idea.engagement_id
    dialog = SearchDialog(window.services, contact_name, window)
    qtbot.addWidget(dialog)
    assert any(h.kind == "contact" and h.title == contact_name for h in dialog.hits())
    assert contact_name in dialog.model.index(0, 0).data() or any(
        contact_name in dialog.model.index(r, 0).data() for r in range(dialog.model.rowCount())
    )
    words = " ".join(idea_text.split()[:3])
    dialog.box.setText(words)
    dialog.run_search()
    hit = next(h for h in dialog.hits() if h.id == idea_id)
    assert hit.kind == "idea" and hit.engagement_id == idea_engagement
    window.open_hit(hit)
    view = window.engagement_view
    assert view.tabs.currentIndex() == TAB_IDEAS
    ideas = view.tabs.widget(TAB_IDEAS)
    assert ideas.selected_ids() == [idea_id]


def test_enter_in_the_filter_box_that_kept_no_engagement_searches_everything(
    qtbot, window: MainWindow
) -> None:
    window.open_sample()
    with window.db.reading() as session:
        from sqlalchemy import select

        from core.models import Contact

        name = session.scalars(select(Contact.name).order_by(Contact.name)).first()
    seen: list[str] = []

    def check(dialog: QWidget) -> None:
        assert isinstance(dialog, SearchDialog)
        seen.append(dialog.box.text())
        seen.extend(h.title for h in dialog.hits())
        dialog.reject()

    window.filter.setFocus()
    window.filter.setText(name)  # typed (QTest types ASCII only; the name may not be)
    assert window.sidebar_model.rowCount() == 0  # no engagement is named after a contact
    done = when_modal(qtbot, check)
    qtbot.keyClick(window.filter, Qt.Key.Key_Return)
    assert done == ["done"]
    assert seen[0] == name and name in seen[1:]


# 9. Help and About


def test_f1_shows_the_guide_and_about_names_the_version(qtbot, window: MainWindow) -> None:
    seen: list[str] = []

    def guide(dialog: QWidget) -> None:
        assert isinstance(dialog, GuideDialog)
        seen.append(dialog.browser.toPlainText())
        dialog.reject()

    done = when_modal(qtbot, guide)
    window.guide()
    assert done == ["done"]
    assert "Ctrl+K" in seen[0] and "sign-off" in seen[0]

    def about(dialog: QWidget) -> None:
        assert isinstance(dialog, QMessageBox)
        seen.append(dialog.text())
        dialog.accept()

    done = when_modal(qtbot, about)
    window.about()
    assert done == ["done"]
    assert f"Scopekeeper {__version__}" in seen[1]
    help_menu = next(
        a.menu() for a in window.menuBar().actions() if a.text().replace("&", "") == "Help"
    )
    texts = [a.text().replace("&", "") for a in help_menu.actions()]
    assert texts == ["Scopekeeper guide", "About Scopekeeper"]


def test_a_contact_whose_client_has_no_engagement_says_so(qtbot, window: MainWindow) -> None:
    make_client(window.services, "Solo Client SA")
    dialog = SearchDialog(window.services, "marie dupont", window)
    qtbot.addWidget(dialog)
    [hit] = dialog.hits()
    assert (hit.kind, hit.title, hit.engagement_id) == ("contact", "Marie Dupont", "")
    assert "Solo Client SA" in dialog.model.index(0, 0).data()
    window.open_hit(hit)
    assert window.pages.currentWidget() is window.welcome
    assert "Solo Client SA" in window.statusBar().currentMessage()
    assert "no engagement" in window.statusBar().currentMessage()


# 2. Chart axes: whole numbers, none repeated


def _distinct_whole_numbers(labels: list[str]) -> None:
    numbers = [
        int(label.replace(",", "").replace("\u202f", "").replace(" ", "")) for label in labels
    ]
    assert len(labels) >= 2
    assert numbers == sorted(set(numbers)), labels  # rising, none twice
    assert numbers[0] == 0


def test_chart_axes_count_in_whole_numbers_without_repeats(qtbot) -> None:
    from core.queries.figures import DueCounts
    from desktop.views import dashboard_charts as charts

    for overdue in (0, 1, 2, 5, 7, 13, 999, 10**6):
        chart = charts.due_and_overdue(DueCounts(overdue=overdue), dark=False)
        labels = charts.axis_labels(chart)
        _distinct_whole_numbers(labels)
        assert int(labels[-1].replace(",", "")) >= overdue and len(labels) <= 6  # 1,000,000
    for minor in (1, 100, 500, 10**8, 10**14):
        chart = charts.value_by_state({"planned": minor, "accepted": minor // 3}, "EUR", False)
        labels = charts.axis_labels(chart)
        _distinct_whole_numbers(labels)
    assert charts.axis_labels(charts.due_and_overdue(DueCounts(overdue=1), False)) == ["0", "1"]


def test_the_dashboard_charts_label_their_axes_with_distinct_whole_numbers(
    qtbot, window: MainWindow
) -> None:
    from desktop.views.dashboard_charts import axis_labels

    window.open_sample()
    window.show_dashboard()
    dashboard = window.dashboard
    assert dashboard is not None
    labels = axis_labels(dashboard.due_chart_view.chart())
    _distinct_whole_numbers(labels)
    assert int(labels[-1]) >= max(dashboard.due_chart_values().values())
    _distinct_whole_numbers(axis_labels(dashboard.chart_view.chart()))


# 3. The history filter finds what the rows show


def test_the_history_filter_finds_the_forecast_moved_and_the_reviews_of_a_contact(
    qtbot, services: Services
) -> None:
    from desktop.ops import Ops
    from desktop.views.history import COL_SUMMARY, HistoryView
    from tests.factories import accept, make_active

    built = make_active(services, milestones=3)
    services.roadmap.move_forecast(built.milestone_ids[1], date(2026, 4, 20), "client holiday")
    accept(services, built, built.milestone_ids[0])  # reviewed by Marie Dupont
    view = HistoryView(Ops(None), services)
    qtbot.addWidget(view)
    view.show()
    view.show_engagement(built.engagement_id)
    everything = view.model.total

    def shown_for(typed: str) -> list[str]:
        view.filter.clear()
        qtbot.keyClicks(view.filter, typed)
        qtbot.waitUntil(lambda: not view.debounce.isActive() and not view.model.searching)
        return [view.model.index(r, COL_SUMMARY).data() for r in range(view.model.rowCount())]

    forecast = shown_for("forecast")
    assert len(forecast) == 1 and "Apr 20, 2026" in forecast[0]
    assert view.count.text() == "1 of 1 events shown"
    marie = shown_for("marie")
    assert len(marie) == 1 and "Reviewer=Marie Dupont" in marie[0]
    assert shown_for("") and view.model.total == everything


# 8. The agency's identity before the first sign-off


def _accepted_panel(qtbot, window: MainWindow):
    from desktop.views.engagement import TAB_SIGNOFF
    from tests.factories import accept, make_active

    built = make_active(window.services)
    accept(window.services, built, built.milestone_ids[0])  # the sign-off is prepared here
    window.open_engagement(built.engagement_id, built.milestone_ids[0])
    view = window.engagement_view
    view.tabs.setCurrentIndex(TAB_SIGNOFF)
    panel = view.tabs.currentWidget()
    assert panel.record is not None
    return panel


def test_a_start_without_an_agency_asks_for_it_and_the_sign_off_prints_it(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch
) -> None:
    from pypdf import PdfReader

    from desktop.dialogs.settings import SettingsDialog

    seen: dict[str, object] = {}

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, SettingsDialog)
        seen["message"] = dialog.findChild(QWidget, "agency_message").text()
        seen["focus"] = dialog.focusWidget() is dialog.name
        seen["database shown"] = dialog.path.isVisible()
        qtbot.keyClicks(dialog.name, "Studio Nord")
        dialog.address.setPlainText("Studio Nord\n14 quai des Chartrons\n33000 Bordeaux")
        qtbot.keyClicks(dialog.signatory_name, "Camille Nordin")
        dialog.save()

    done = when_modal(qtbot, fill)
    window.ask_agency_at_start()  # what desktop.app.run does once the window has painted
    assert done == ["done"]
    assert "agency's name, address, logo and signatory" in str(seen["message"])
    assert seen["focus"] is True and seen["database shown"] is False  # the agency part only
    assert window.services.settings.get()["name"] == "Studio Nord"
    window.ask_agency_at_start()  # named now: nothing is asked (no dialog to answer)

    panel = _accepted_panel(qtbot, window)
    target = tmp_path / "signoff.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    qtbot.mouseClick(panel.export_button, Qt.MouseButton.LeftButton)
    text = "\n".join(page.extract_text() for page in PdfReader(target).pages)
    assert text.count("Studio Nord") == 1  # once: the address's first line repeats the name
    assert "14 quai des Chartrons" in text and "Camille Nordin" in text


def test_closing_the_agency_dialog_says_what_that_means(qtbot, window: MainWindow) -> None:
    done = when_modal(qtbot, lambda dialog: dialog.reject())
    window.ask_agency_at_start()
    assert done == ["done"]
    assert "sign-offs issued now print no agency" in window.statusBar().currentMessage()
    assert window.services.settings.get()["name"] == ""


# 9. The portfolio status PDF shows its progress and can be cancelled


def test_the_portfolio_status_reports_progress_and_cancel_writes_nothing(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch, refusals
) -> None:
    import threading

    from PySide6.QtWidgets import QProgressDialog

    from reports import status_pdf

    window.open_sample()
    target = tmp_path / "portfolio.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    seen: list[tuple[int, int]] = []
    pressed = threading.Event()
    real = status_pdf.export_status

    def watched(*args, progress, **kwargs):  # type: ignore[no-untyped-def]
        def noted(done: int, total: int) -> bool:  # on the worker thread
            seen.append((done, total))
            if done == 3:  # the parts are being laid out: wait for the Cancel button
                assert pressed.wait(30)
            return progress(done, total)

        return real(*args, progress=noted, **kwargs)

    monkeypatch.setattr(status_pdf, "export_status", watched)
    window.export_portfolio_status()
    qtbot.waitUntil(lambda: len(seen) >= 4, timeout=30_000)
    dialog = window.findChild(QProgressDialog)
    assert dialog is not None and dialog.labelText().startswith("Writing the weekly status")
    [cancel] = [b for b in dialog.findChildren(QPushButton) if b.text() == "Cancel"]
    cancel.click()
    pressed.set()
    qtbot.waitUntil(lambda: "cancelled" in window.statusBar().currentMessage(), timeout=30_000)
    assert refusals == []
    assert not target.exists()
    assert [done for done, _ in seen] == [0, 1, 2, 3]  # stopped at the next step
    assert all(total == status_pdf.STEPS for _, total in seen)
