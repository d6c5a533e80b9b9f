"""The interface catalogues that ship (French, Spanish, Traditional Chinese): every message
translated, none missing or left over against the sources, placeholders and markup kept,
plural forms as each language counts, the same words as the documents, and the catalogue a
user's locale asks for is the one the window then speaks.

When a test here fails after a change to the desktop's strings: run
``.venv/bin/python packaging/translations.py update``, translate what it reports unfinished
(``export`` / ``fill``, see that script), then ``release``."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QApplication

from desktop import labels
from desktop.app import TRANSLATIONS, install_translators, remove_translators
from desktop.main_window import MainWindow
from reports.verdicts import REASONS
from tests.desktop.helpers import translations

ROOT = Path(__file__).resolve().parents[2]

LANGUAGES = ["fr", "es", "zh_TW"]
DOCUMENTS = {"fr": "fr", "es": "es", "zh_TW": "zh-TW"}  # reports/i18n/<name>.json


def catalogue(language: str) -> Path:
    return TRANSLATIONS / f"scopekeeper_{language}.ts"


def translation(language: str, context: str, source: str) -> list[str]:
    for message in translations.read(catalogue(language)):
        if message.key == (context, source):
            return message.forms
    raise AssertionError(f"{source!r} ({context}) is not in {catalogue(language).name}")


@pytest.fixture(scope="module")
def extracted(tmp_path_factory: pytest.TempPathFactory) -> set[tuple[str, str, bool]]:
    """Every message pyside6-lupdate finds in the desktop sources today."""
    ts = tmp_path_factory.mktemp("extracted") / "scopekeeper_fr.ts"
    subprocess.run(
        [translations.tool("pyside6-lupdate"), *translations.sources(), "-ts", str(ts)],
        check=True,
        capture_output=True,
    )
    return {(m.context, m.source, m.numerus) for m in translations.read(ts)}


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The .qm files pyside6-lrelease makes of the catalogues, in a folder of their own."""
    folder = tmp_path_factory.mktemp("qm")
    translations.release(out=folder)
    return folder


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_message_is_translated(language: str) -> None:
    ts = catalogue(language)
    assert ET.parse(ts).getroot().get("language") == language
    messages = translations.read(ts)
    left = [(m.context, m.source, m.kind) for m in messages if m.kind]
    assert left == [], f"{len(left)} messages of {ts.name} are not finished: {left[:5]}"
    assert all(form.strip() for m in messages for form in m.forms)


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_catalogue_holds_exactly_the_strings_of_the_sources(
    language: str, extracted: set[tuple[str, str, bool]]
) -> None:
    held = {(m.context, m.source, m.numerus) for m in translations.read(catalogue(language))}
    assert sorted(extracted - held) == [], "new strings lupdate would add, untranslated"
    assert sorted(held - extracted) == [], "strings the sources no longer have"


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_translation_keeps_the_placeholders_and_markup_of_its_source(language: str) -> None:
    wrong = []
    for message in translations.read(catalogue(language)):
        want = translations.placeholders(message.source)
        for form in message.forms:
            if translations.placeholders(form) != want:
                wrong.append((message.source, form))
    assert wrong == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_translation_passes_the_script_checks(language: str) -> None:
    """Plural form counts, kept keyboard shortcuts and edge spaces, besides placeholders."""
    faults = {
        m.source: translations.problems(m, language)
        for m in translations.read(catalogue(language))
        if translations.problems(m, language)
    }
    assert faults == {}


def test_the_checks_catch_a_broken_translation() -> None:
    def faults(source: str, forms: list[str], language: str = "fr") -> list[str]:
        message = translations.Message("C", source, "%n" in source, "", forms)
        return translations.problems(message, language)

    assert faults("Saved to {0}", ["Enregistré dans {0}"]) == []
    assert faults("Saved to {0}", ["Enregistré"])  # placeholder dropped
    assert faults("Saved to {0}", ["Enregistré dans {1}"])  # placeholder renumbered
    assert faults("Forecast {0} ({1:+d} days)", ["Prévision {0} ({1} jours)"])  # format lost
    assert faults("<b>Sign-off {0}</b>", ["Procès-verbal {0}"])  # markup dropped
    assert faults("%n acceptance criteria", ["critère", "critères"])  # %n dropped
    assert faults("%n acceptance criteria", ["%n critères"])  # French needs two forms
    assert faults("%n acceptance criteria", ["%n 項", "%n 項"], "zh_TW")  # Chinese has one
    assert faults("&File", ["Fichier"])  # keyboard shortcut lost
    assert faults(" days", ["jours"])  # a suffix loses its space
    assert faults("Client: {0}", ["Client : {0}"])  # a line could start with ":"
    assert faults("'{0}'", ["« {0}\u00a0»"])  # guillemet left alone at a line's start
    assert faults("Client: {0}", ["Client\u00a0: {0}"]) == []
    assert faults("Step of a milestone", ["Étape d'un jalon"])  # typewriter apostrophe
    assert faults("<a href='{0}'>Open</a>", ["<a href='{0}'>Ouvrir</a>"]) == []
    assert faults("Client: {0}", ["客戶 : {0}"], "zh_TW") == []  # French only


@pytest.mark.parametrize("language", LANGUAGES)
def test_labels_and_verdicts_use_the_words_of_the_documents(language: str) -> None:
    """A state, priority or verdict reads the same in the window as on the PDF (spaces aside:
    the window puts French's no-break space before a colon or semicolon throughout)."""

    def same(text: str) -> str:
        return " ".join(text.split())  # a no-break space is a space

    words = json.loads((ROOT / f"reports/i18n/{DOCUMENTS[language]}.json").read_text("utf-8"))
    tables = {
        "engagement_status": labels.ENGAGEMENT_STATUS,
        "state": labels.MILESTONE_STATE,
        "idea_state": labels.IDEA_STATE,
        "priority": labels.PRIORITY,
        "idea_source": labels.SOURCE,
        "verdict": labels.VERDICT,
        "signature_method": labels.SIGNATURE_METHOD,
        "field": labels.QUALIFICATION,
        "language": labels.LANGUAGE,
    }
    for prefix, table in tables.items():
        for value, english in table.items():
            [shown] = translation(language, "Labels", english)
            document = words[f"{prefix}.{value}"]
            if prefix == "language":  # a list item starts with a capital, a sentence does not
                assert shown.casefold() == document.casefold()
            else:
                assert same(shown) == same(document), (english, shown, document)
    for key, english in REASONS.items():
        [shown] = translation(language, "Verdicts", english)
        assert same(shown) == same(words[f"verification.{key}"])


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_checkout_has_the_built_catalogues(language: str, built: Path) -> None:
    """Run from a checkout, the app loads desktop/translations/*.qm: packaging/dev.sh builds
    them (``packaging/translations.py release``); they are not committed."""
    for name in translations.qm_names(catalogue(language)):
        here = TRANSLATIONS / name
        assert here.exists(), (
            f"{here} missing: run .venv/bin/python packaging/translations.py release"
        )
        assert here.read_bytes() == (built / name).read_bytes(), f"{here} is older than its .ts"


ENGLISH_MENUS = ["&File", "&Edit", "En&gagement", "&Milestone", "&View", "&Help"]


@pytest.mark.parametrize(
    ("locale", "language"),
    [
        (QLocale(QLocale.Language.French, QLocale.Country.France), "fr"),
        (QLocale(QLocale.Language.French, QLocale.Country.Canada), "fr"),
        (QLocale(QLocale.Language.Spanish, QLocale.Country.Spain), "es"),
        (QLocale(QLocale.Language.Spanish, QLocale.Country.Mexico), "es"),
        (QLocale(QLocale.Language.Chinese, QLocale.Country.Taiwan), "zh_TW"),
        (QLocale(QLocale.Language.Chinese, QLocale.Country.HongKong), "zh_TW"),
    ],
    ids=lambda value: value.name() if isinstance(value, QLocale) else value,
)
def test_the_locale_chooses_the_catalogue_and_the_window_speaks_it(
    qtbot, db, services, qsettings, built: Path, locale: QLocale, language: str
) -> None:
    english = MainWindow(db, services, qsettings)
    qtbot.addWidget(english)
    assert [a.text() for a in english.menuBar().actions()] == ENGLISH_MENUS

    app = QApplication.instance()
    installed = install_translators(app, built, locale)
    try:
        window = MainWindow(db, services, qsettings)
        qtbot.addWidget(window)
        menus = [a.text() for a in window.menuBar().actions()]
        assert menus == [translation(language, "MainWindow", m)[0] for m in ENGLISH_MENUS]
        assert not set(menus) & set(ENGLISH_MENUS)
        new = window.welcome.new_button.text()
        assert (
            new == translation(language, "WelcomeView", "New engagement…")[0] != "New engagement…"
        )
        assert labels.label_for(labels.MILESTONE_STATE, "signed_off") != "Signed off"
        assert labels.interface_language() == DOCUMENTS[language]
    finally:
        remove_translators(app, installed)
    assert labels.interface_language() == "en"


@pytest.mark.parametrize(
    ("language", "counts"),
    [
        # which form each count takes: French 0 and 1 singular, Spanish only 1, Chinese one form
        ("fr", {0: 0, 1: 0, 2: 1, 21: 1}),
        ("es", {0: 1, 1: 0, 2: 1, 21: 1}),
        ("zh_TW", {0: 0, 1: 0, 2: 0, 21: 0}),
    ],
)
def test_counts_take_the_plural_form_of_the_language(
    qtbot, built: Path, language: str, counts: dict[int, int]
) -> None:
    source = "%n acceptance criteria"
    forms = translation(language, "RoadmapModel", source)
    app = QApplication.instance()
    installed = install_translators(app, built, QLocale(language))
    try:
        for n, form in counts.items():
            shown = QCoreApplication.translate("RoadmapModel", source, "", n)
            assert shown == forms[form].replace("%n", str(n))
    finally:
        remove_translators(app, installed)


def test_simplified_chinese_is_not_given_the_traditional_catalogue(qtbot, built: Path) -> None:
    app = QApplication.instance()
    installed = install_translators(
        app, built, QLocale(QLocale.Language.Chinese, QLocale.Country.China)
    )
    try:
        assert QCoreApplication.translate("MainWindow", "&File") == "&File"
        assert labels.interface_language() == "en"
    finally:
        remove_translators(app, installed)


def shared_alt_keys(window: MainWindow) -> set[tuple[int, ...]]:
    """(menu position, item positions) of the items of one menu, or of the menu bar, that
    share an Alt key: the key then only moves between them instead of choosing."""

    def key(text: str) -> str | None:
        found = re.search(r"&([^&\s])", text)
        return found.group(1).casefold() if found else None

    shared: set[tuple[int, ...]] = set()

    def visit(actions: list, where: tuple[int, ...]) -> None:
        by_key: dict[str, list[int]] = {}
        for position, action in enumerate(actions):
            if (letter := key(action.text())) is not None:
                by_key.setdefault(letter, []).append(position)
            if action.menu() is not None:
                visit(action.menu().actions(), (*where, position))
        shared.update((*where, -1, *items) for items in by_key.values() if len(items) > 1)

    visit(window.menuBar().actions(), ())
    return shared


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_translated_menu_has_no_more_alt_key_clashes_than_the_english_one(
    qtbot, db, services, qsettings, built: Path, language: str
) -> None:
    english = MainWindow(db, services, qsettings)
    qtbot.addWidget(english)
    app = QApplication.instance()
    installed = install_translators(app, built, QLocale(language))
    try:
        window = MainWindow(db, services, qsettings)
        qtbot.addWidget(window)
        assert shared_alt_keys(window) <= shared_alt_keys(english)
    finally:
        remove_translators(app, installed)


@pytest.mark.parametrize(
    ("environment", "menu"),
    [("fr_FR.UTF-8", "&Fichier"), ("es_AR.UTF-8", "&Archivo"), ("zh_TW.UTF-8", "檔案(&F)")],
)
def test_the_app_run_from_the_checkout_speaks_the_language_of_the_session(
    environment: str, menu: str
) -> None:
    """What ``desktop.app.run`` does at start: the session's locale (LANG, LC_ALL) picks the
    .qm of desktop/translations, with no setting involved."""
    script = (
        "from PySide6.QtCore import QCoreApplication\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from desktop.app import install_translators\n"
        "from desktop.labels import interface_language\n"
        "app = QApplication([])\n"
        "install_translators(app)\n"
        "print(QCoreApplication.translate('MainWindow', '&File'), interface_language())\n"
    )
    env = {**os.environ, "LC_ALL": environment, "LANG": environment, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("LANGUAGE", None)
    said = subprocess.run(
        [sys.executable, "-c", script],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    assert said == [menu, labels.words_language(QLocale(environment.split(".")[0]))]
