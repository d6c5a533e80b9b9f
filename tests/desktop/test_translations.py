"""Every user-visible string of the desktop is marked for translation where Qt's tools find it,
in the context it is translated in when shown; a .qm file is all a French interface needs."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from core.models import QUALIFICATION_FIELDS
from core.models.enums import (
    EngagementStatus,
    IdeaSource,
    IdeaState,
    Language,
    MilestoneState,
    Priority,
    SignatureMethod,
    VerdictValue,
)
from desktop import labels
from desktop.app import install_translators, remove_translators
from desktop.main_window import MainWindow
from reports.verdicts import REASONS, reason

ROOT = Path(__file__).resolve().parents[2]
TOOLS = Path(sys.executable).parent


def tool(name: str) -> str:
    """A Qt translation tool; PySide6-Essentials ships them, so a missing one is a failure."""
    found = TOOLS / name
    assert found.exists(), f"{name} is missing from the environment"
    return str(found)


@pytest.fixture(scope="module")
def catalogue(tmp_path_factory) -> Path:
    """The .ts catalogue pyside6-lupdate extracts from the desktop sources."""
    ts = tmp_path_factory.mktemp("i18n") / "scopekeeper_fr.ts"
    sources = sorted(str(p) for p in (ROOT / "desktop").rglob("*.py"))
    subprocess.run(
        [tool("pyside6-lupdate"), *sources, "-ts", str(ts)], check=True, capture_output=True
    )
    return ts


def messages(ts: Path) -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        found.setdefault(name, set()).update(
            m.findtext("source") or "" for m in context.iter("message")
        )
    return found


def test_every_string_has_the_context_it_is_translated_in(catalogue: Path) -> None:
    found = messages(catalogue)
    assert "" not in found, sorted(found.get("", ()))[:10]  # a tr() lupdate could not place
    assert "&File" in found["MainWindow"]
    assert "Add milestone" in found["EngagementActions"]
    assert "Saved to {0}" in found["Exporter"]
    assert "Add milestone '{0}'" in found["undo"]
    assert "{0} days overdue" in found["DashboardView"]
    assert "Forecast" in found["RoadmapModel"]


def test_every_label_of_a_stored_value_is_in_the_catalogue(catalogue: Path) -> None:
    shown = messages(catalogue)["Labels"]
    tables = (
        labels.ENGAGEMENT_STATUS,
        labels.MILESTONE_STATE,
        labels.IDEA_STATE,
        labels.PRIORITY,
        labels.SOURCE,
        labels.VERDICT,
        labels.SIGNATURE_METHOD,
        labels.QUALIFICATION,
        labels.LANGUAGE,
    )
    for table in tables:
        assert set(table.values()) <= shown


@pytest.mark.parametrize(
    ("table", "stored"),
    [
        (labels.ENGAGEMENT_STATUS, EngagementStatus),
        (labels.MILESTONE_STATE, MilestoneState),
        (labels.IDEA_STATE, IdeaState),
        (labels.PRIORITY, Priority),
        (labels.SOURCE, IdeaSource),
        (labels.VERDICT, VerdictValue),
        (labels.SIGNATURE_METHOD, SignatureMethod),
        (labels.LANGUAGE, Language),
        (labels.QUALIFICATION, QUALIFICATION_FIELDS),
    ],
)
def test_every_stored_value_has_a_label_and_every_label_a_stored_value(table, stored) -> None:
    """The labels repeat the core's vocabularies (lupdate needs the strings written out), so a
    value added to or dropped from the core must be added to or dropped from them too: the
    dialogs offer exactly the labelled values."""
    assert sorted(table) == sorted(str(value) for value in stored)


def test_every_verdict_sentence_is_in_the_catalogue_as_the_verifier_writes_it(
    catalogue: Path,
) -> None:
    """The desktop translates a verdict from its English sentence, so its table must say
    each sentence exactly as ``reports.verdicts`` does, and lupdate must find it."""
    assert labels.VERIFICATION == dict(REASONS)
    assert set(REASONS.values()) <= messages(catalogue)["Verdicts"]


def test_a_french_catalogue_translates_the_window(
    qtbot, window: MainWindow, catalogue: Path, tmp_path: Path, db, services, qsettings
) -> None:
    ts = tmp_path / "scopekeeper_fr.ts"
    shutil.copy(catalogue, ts)
    french = {
        "&File": "&Fichier",
        "Draft": "Brouillon",
        "New engagement…": "Nouvel engagement…",
        REASONS["unknown_id"]: "aucun procès-verbal {document} ici",
    }
    tree = ET.parse(ts)
    for message in tree.getroot().iter("message"):
        text = french.get(message.findtext("source") or "")
        if text is not None:
            translation = message.find("translation")
            assert translation is not None
            translation.text = text
            translation.attrib.pop("type", None)
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    subprocess.run([tool("pyside6-lrelease"), str(ts)], check=True, capture_output=True)

    app = QApplication.instance()
    installed = install_translators(app, tmp_path, QLocale(QLocale.Language.French))
    try:
        assert installed
        french_window = MainWindow(db, services, qsettings)
        qtbot.addWidget(french_window)
        titles = [a.text() for a in french_window.menuBar().actions()]
        assert titles[0] == "&Fichier"
        assert french_window.welcome.new_button.text() == "Nouvel engagement…"
        assert labels.label_for(labels.ENGAGEMENT_STATUS, "draft") == "Brouillon"
        said = reason("unknown_id", document="ACME-2026-01-M02-R1")
        assert labels.verdict_words(said) == "aucun procès-verbal ACME-2026-01-M02-R1 ici"
        # texts the window takes from the document catalogue (history rows) follow suit
        assert labels.interface_language() == "fr"
    finally:
        remove_translators(app, installed)
    assert labels.label_for(labels.ENGAGEMENT_STATUS, "draft") == "Draft"
    assert labels.interface_language() == "en"


def test_english_counts_take_their_plural_form(qtbot, tmp_path: Path) -> None:
    """Qt cannot pluralise the source text; the shipped English catalogue does, whatever the
    user's language, and it is what pyside6-lrelease makes of its .ts."""
    from PySide6.QtCore import QCoreApplication

    from desktop.app import TRANSLATIONS

    shutil.copy(TRANSLATIONS / "scopekeeper_en.ts", tmp_path)
    subprocess.run(
        [tool("pyside6-lrelease"), str(tmp_path / "scopekeeper_en.ts")],
        check=True,
        capture_output=True,
    )
    shipped = (TRANSLATIONS / "scopekeeper_en.qm").read_bytes()
    assert (tmp_path / "scopekeeper_en.qm").read_bytes() == shipped

    app = QApplication.instance()
    installed = install_translators(app, locale=QLocale(QLocale.Language.German))
    try:
        criteria = "%n acceptance criteria"
        tr = QCoreApplication.translate
        assert tr("RoadmapModel", criteria, "", 1) == "1 acceptance criterion"
        assert tr("RoadmapModel", criteria, "", 3) == "3 acceptance criteria"
        welcome = (
            "This database holds %n engagement(s). Choose one on the left, or open the "
            "dashboard for the portfolio's figures and what falls due."
        )
        assert tr("WelcomeView", welcome, "", 1).startswith("This database holds 1 engagement.")
        assert tr("WelcomeView", welcome, "", 6).startswith("This database holds 6 engagements.")
        assert labels.interface_language() == "en"  # no German translation: English words
    finally:
        remove_translators(app, installed)


@pytest.mark.parametrize(
    ("locale", "language"),
    [
        (QLocale(QLocale.Language.French, QLocale.Country.Canada), "fr"),
        (QLocale(QLocale.Language.Spanish, QLocale.Country.Mexico), "es"),
        (QLocale(QLocale.Language.Chinese, QLocale.Country.Taiwan), "zh-TW"),
        (QLocale(QLocale.Language.Chinese, QLocale.Country.HongKong), "zh-TW"),
        (QLocale(QLocale.Language.Chinese, QLocale.Country.China), "en"),  # no Simplified yet
        (QLocale(QLocale.Language.German), "en"),
    ],
)
def test_a_locale_maps_to_the_document_language_closest_to_it(
    locale: QLocale, language: str
) -> None:
    assert labels.words_language(locale) == language
