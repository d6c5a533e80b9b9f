"""The interface language chosen in Preferences: it wins over the system's locale at the next
start, "Follow the system" gives the locale back, and the dialog offers to restart. Amounts
and dates in the window then follow that language everywhere, TWD reading "NT$"."""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSettings
from PySide6.QtWidgets import QApplication, QMessageBox

from core.services import Services
from desktop import formatting, labels
from desktop.app import LANGUAGE_SETTING, install_translators, remove_translators
from desktop.dialogs import settings as settings_dialog
from desktop.dialogs.settings import SettingsDialog
from desktop.main_window import MainWindow
from desktop.models.roadmap import COL_AMOUNT, COL_DUE
from desktop.views.dashboard import DashboardView
from desktop.views.history import HistoryView
from tests.factories import make_draft

ROOT = Path(__file__).resolve().parents[2]

ENGLISH_LOCALE = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
SPANISH_LOCALE = QLocale(QLocale.Language.Spanish, QLocale.Country.Spain)


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The .qm files made of the catalogues, as packaging/dev.sh makes them."""
    spec = importlib.util.spec_from_file_location(
        "packaging_translations", ROOT / "packaging" / "translations.py"
    )
    assert spec is not None and spec.loader is not None
    translations = importlib.util.module_from_spec(spec)
    sys.modules.setdefault(spec.name, translations)  # dataclasses look their module up there
    spec.loader.exec_module(translations)
    folder = tmp_path_factory.mktemp("qm")
    translations.release(out=folder)
    return folder


class Prompts:
    """The restart questions asked and the restarts made, with the answer to give."""

    def __init__(self) -> None:
        self.asked: list[tuple[str, list[str]]] = []
        self.started: list[tuple[str, list[str]]] = []
        self.quits = 0
        self.answer = "&Restart now"


@pytest.fixture
def prompts(monkeypatch: pytest.MonkeyPatch) -> Prompts:
    seen = Prompts()

    def answer(box: QMessageBox) -> int:
        buttons = {b.text(): b for b in box.buttons()}
        seen.asked.append((box.text(), list(buttons)))
        buttons[seen.answer].click()  # as the user would: the box closes with that button
        return 0

    def start(program: str, arguments: list[str]) -> tuple[bool, int]:
        seen.started.append((program, list(arguments)))
        return True, 4242

    def quit_app() -> None:
        seen.quits += 1

    monkeypatch.setattr(QMessageBox, "exec", answer)
    monkeypatch.setattr(settings_dialog.QProcess, "startDetached", start)
    monkeypatch.setattr(QApplication, "quit", quit_app)
    return seen


@pytest.fixture
def start_up(built: Path) -> Iterator:
    """What ``desktop.app.run`` does at start, as often as a test restarts the app."""
    app = QApplication.instance()
    installed: list = []

    def start(qsettings: QSettings, locale: QLocale) -> None:
        remove_translators(app, installed)
        installed[:] = install_translators(app, built, locale, qsettings)

    yield start
    remove_translators(app, installed)


def menus(qtbot, window: MainWindow) -> list[str]:
    fresh = MainWindow(window.db, window.services, window.settings)
    qtbot.addWidget(fresh)
    return [a.text() for a in fresh.menuBar().actions()]


def choose(qtbot, window: MainWindow, language: str) -> SettingsDialog:
    dialog = SettingsDialog(window.ops, window.services, window.db.url, window, window.settings)
    qtbot.addWidget(dialog)
    dialog.language.setCurrentIndex(dialog.language.findData(language))
    dialog.save()
    return dialog


def test_the_languages_are_named_in_themselves(qtbot, window: MainWindow) -> None:
    dialog = SettingsDialog(window.ops, window.services, window.db.url, window, window.settings)
    qtbot.addWidget(dialog)
    names = [dialog.language.itemText(i) for i in range(dialog.language.count())]
    assert names == ["Follow the system", "English", "Français", "Español", "繁體中文"]
    assert dialog.language.currentData() == "system"


def test_french_chosen_and_restarted_gives_french_menus_then_the_system_comes_back(
    qtbot, window: MainWindow, prompts: Prompts, start_up
) -> None:
    qsettings = window.settings
    start_up(qsettings, ENGLISH_LOCALE)
    assert menus(qtbot, window)[0] == "&File"

    choose(qtbot, window, "fr")
    assert qsettings.value(LANGUAGE_SETTING) == "fr"
    [(question, buttons)] = prompts.asked
    assert "next time Scopekeeper starts" in question
    assert buttons == ["&Restart now", "&Later"]
    assert prompts.started == [(sys.executable, sys.orig_argv[1:])] and prompts.quits == 1

    start_up(QSettings(qsettings.fileName(), QSettings.Format.IniFormat), ENGLISH_LOCALE)
    assert menus(qtbot, window)[:2] == ["&Fichier", "É&dition"]
    assert labels.interface_language() == "fr"

    prompts.answer = "Plus &tard"  # the box now speaks French
    choose(qtbot, window, "system")
    assert prompts.asked[-1][1] == ["&Redémarrer maintenant", "Plus &tard"]
    assert len(prompts.started) == 1 and prompts.quits == 1  # later: nothing restarted
    assert menus(qtbot, window)[0] == "&Fichier"  # until the next start

    start_up(qsettings, SPANISH_LOCALE)
    assert menus(qtbot, window)[0] == "&Archivo"
    start_up(qsettings, ENGLISH_LOCALE)
    assert menus(qtbot, window)[0] == "&File"
    assert labels.interface_language() == "en"


def test_english_chosen_wins_over_a_spanish_system(
    qtbot, window: MainWindow, prompts: Prompts, start_up
) -> None:
    start_up(window.settings, SPANISH_LOCALE)
    assert menus(qtbot, window)[0] == "&Archivo"
    prompts.answer = "Más &tarde"
    choose(qtbot, window, "en")
    start_up(window.settings, SPANISH_LOCALE)
    assert menus(qtbot, window)[0] == "&File"
    assert labels.interface_language() == "en"


def test_saving_without_changing_the_language_asks_nothing(
    qtbot, window: MainWindow, prompts: Prompts
) -> None:
    choose(qtbot, window, "system")
    assert prompts.asked == [] and prompts.started == []


def amounts_shown(qtbot, window: MainWindow, services: Services, currency: str) -> set[str]:
    """The amount of the one milestone as the roadmap, its total, the dashboard and the
    history show it, after it changed from 1,000.00 to 7,500.00."""
    built = make_draft(services, code="AMT-2026-01", milestones=1, currency=currency)
    services.roadmap.update_milestone(built.milestone_ids[0], amount_minor=750_000)
    services.engagements.activate(built.engagement_id)
    window.refresh_sidebar()
    window.open_engagement(built.engagement_id)
    view = window.engagement_view
    roadmap = view.model.index(0, COL_AMOUNT).data()
    total = view.model.total_text()
    dashboard = DashboardView(window.ops, services)
    qtbot.addWidget(dashboard)
    dashboard.refresh()
    figures = dashboard.figures_model
    [contracted] = [
        figures.index(r, 1).data()
        for r in range(figures.rowCount())
        if figures.index(r, 0).data() == currency
    ]
    history = HistoryView(window.ops, services)
    qtbot.addWidget(history)
    history.show_engagement(built.engagement_id)
    changed = [
        history.model.summary(r)
        for r in range(history.model.rowCount())
        if "→" in history.model.summary(r) and "7" in history.model.summary(r)
    ]
    assert changed, "the amount change is in the history"
    after = changed[0].split("→")[-1].strip()
    return {roadmap, total, contracted, after}


@pytest.mark.parametrize(
    ("language", "currency", "expected"),
    [
        ("es", "EUR", "7.500,00\u00a0€"),
        ("en", "EUR", "€7,500.00"),
        ("fr", "TWD", "7\u202f500,00\u00a0NT$"),
        ("zh_TW", "TWD", "NT$7,500.00"),
        ("es", "TWD", "7.500,00\u00a0NT$"),
    ],
)
def test_roadmap_dashboard_and_history_write_an_amount_the_same_way(
    qtbot, window: MainWindow, services: Services, start_up, language, currency, expected
) -> None:
    window.settings.setValue(LANGUAGE_SETTING, language)
    start_up(window.settings, ENGLISH_LOCALE)
    assert amounts_shown(qtbot, window, services, currency) == {expected}


def test_dates_follow_the_interface_language(
    qtbot, window: MainWindow, services: Services, start_up
) -> None:
    built = make_draft(services, code="DAY-2026-01", milestones=1)
    window.settings.setValue(LANGUAGE_SETTING, "es")
    start_up(window.settings, ENGLISH_LOCALE)
    window.refresh_sidebar()
    window.open_engagement(built.engagement_id)
    # the factory's first milestone is due on 1 February 2026
    assert window.engagement_view.model.index(0, COL_DUE).data() == "1 feb 2026"
    assert "5 ene 2026 → 30 jun 2026" in window.engagement_view.subtitle.text()
    window.settings.setValue(LANGUAGE_SETTING, "zh_TW")
    start_up(window.settings, ENGLISH_LOCALE)
    assert formatting.day(date(2026, 2, 1)) == "2026年2月1日"
    assert formatting.money(750_000, "TWD") == "NT$7,500.00"
