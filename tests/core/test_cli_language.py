"""The command line's refusals in the session's language (issue 14): under a French, Spanish or
Taiwanese locale a refused command says why in that language, with its details filled in;
under C, English or Simplified Chinese it says it in English. The catalogue the command line
reads (core/i18n/*.json, no Qt) is the desktop's Qt catalogues, regenerated."""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

import pytest

from core import messages
from core.messages import in_language, language_of, listing, msg, msg_n, word
from core.services import Services
from tests.factories import Cli, make_draft

ROOT = Path(__file__).resolve().parents[2]
LOCALE_VARIABLES = ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")
Speak = Callable[..., None]


def _generator() -> ModuleType:
    path = ROOT / "packaging" / "core_messages.py"
    spec = importlib.util.spec_from_file_location("packaging_core_messages_i18n", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def session(monkeypatch: pytest.MonkeyPatch) -> Speak:
    """Set the session's locale variables (the others unset), as a terminal would have them."""

    def speak(**variables: str) -> None:
        for name in LOCALE_VARIABLES:
            monkeypatch.delenv(name, raising=False)
        for name, value in variables.items():
            monkeypatch.setenv(name, value)

    return speak


# -- a refused command -----------------------------------------------------------------------


def test_a_refusal_speaks_french_under_a_french_locale(cli: Cli, session: Speak) -> None:
    session(LANG="fr_FR.UTF-8")
    code, out, err = cli("show", "NOPE-1")
    assert code == 2 and out == ""
    assert err == "scopekeeper: error: il n’existe pas de mission «\u00a0NOPE-1\u00a0»\n"


def test_the_words_inside_a_refusal_are_translated_too(
    cli: Cli, services: Services, session: Speak, tmp_path: Path
) -> None:
    make_draft(services)
    target = tmp_path / "signoff.pdf"
    session(LANG="fr_FR.UTF-8")
    code, _, err = cli("export-signoff", "ACME-2026-01", "1", "-o", target)
    assert code == 2 and not target.exists()
    assert "le jalon 1 de ACME-2026-01 est à l’état «\u00a0planifié\u00a0»" in err
    assert "planned" not in err and "review" not in err
    session(LANG="zh_TW.UTF-8")
    code, _, err = cli("export-signoff", "ACME-2026-01", "1", "-o", target)
    assert code == 2
    assert "ACME-2026-01 的里程碑 1 為「已規劃」" in err and "planned" not in err


@pytest.mark.parametrize(
    ("variables", "expected"),
    [
        ({"LANG": "es_ES.UTF-8"}, "no existe ningún proyecto «NOPE-1»"),
        ({"LANG": "zh_TW.UTF-8"}, "沒有專案「NOPE-1」"),
        ({"LANG": "zh_HK.UTF-8"}, "沒有專案「NOPE-1」"),
        (
            {"LC_ALL": "fr_CA.UTF-8", "LANG": "es_ES.UTF-8"},
            "il n’existe pas de mission «\u00a0NOPE-1\u00a0»",
        ),
        ({"LANGUAGE": "es:fr", "LANG": "fr_FR.UTF-8"}, "no existe ningún proyecto «NOPE-1»"),
        ({"LANG": "C"}, "there is no engagement 'NOPE-1'"),
        ({"LANG": "C.UTF-8", "LANGUAGE": "fr"}, "there is no engagement 'NOPE-1'"),
        ({"LANG": "zh_CN.UTF-8"}, "there is no engagement 'NOPE-1'"),
        ({"LANG": "en_GB.UTF-8"}, "there is no engagement 'NOPE-1'"),
        ({"LANG": "de_DE.UTF-8"}, "there is no engagement 'NOPE-1'"),
        ({}, "there is no engagement 'NOPE-1'"),
    ],
)
def test_the_locale_picks_the_language_of_a_refusal(
    cli: Cli, session: Speak, variables: dict[str, str], expected: str
) -> None:
    session(**variables)
    code, _, err = cli("show", "NOPE-1")
    assert (code, err) == (2, f"scopekeeper: error: {expected}\n")


def test_the_installed_command_speaks_the_terminals_language(tmp_path: Path) -> None:
    """The real ``scopekeeper`` script, in a fresh process with a Taiwanese and a French locale;
    only the refusal is translated, the usage and tables stay as they are."""
    script = Path(sys.executable).parent / "scopekeeper"
    base = {k: v for k, v in os.environ.items() if k not in LOCALE_VARIABLES}
    db = str(tmp_path / "cli.sqlite3")
    said = {}
    for locale in ("zh_TW.UTF-8", "fr_FR.UTF-8", "C.UTF-8"):
        done = subprocess.run(
            [str(script), "--db", db, "show", "NOPE-1"],
            capture_output=True,
            text=True,
            encoding="utf-8",
            env={**base, "LANG": locale, "PYTHONIOENCODING": "utf-8"},
            cwd=tmp_path,
            timeout=120,
        )
        assert done.returncode == 2 and "Traceback" not in done.stderr
        said[locale] = done.stderr
    assert said == {
        "zh_TW.UTF-8": "scopekeeper: error: 沒有專案「NOPE-1」\n",
        "fr_FR.UTF-8": "scopekeeper: error: il n’existe pas de mission «\u00a0NOPE-1\u00a0»\n",
        "C.UTF-8": "scopekeeper: error: there is no engagement 'NOPE-1'\n",
    }


# -- choosing the language -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("variables", "language"),
    [
        ({"LANG": "fr_BE.UTF-8"}, "fr"),
        ({"LANG": "fr"}, "fr"),
        ({"LANG": "es_MX.UTF-8"}, "es"),
        ({"LANG": "zh_TW.Big5"}, "zh_TW"),
        ({"LANG": "zh_MO.UTF-8"}, "zh_TW"),
        ({"LANGUAGE": "zh-Hant-TW", "LANG": "en_US.UTF-8"}, "zh_TW"),
        ({"LANG": "zh_SG.UTF-8"}, "en"),
        ({"LANG": "POSIX", "LANGUAGE": "es"}, "en"),
        ({"LC_MESSAGES": "es_ES.UTF-8", "LANG": "fr_FR.UTF-8"}, "es"),
        ({"LC_ALL": "C", "LC_MESSAGES": "fr_FR.UTF-8"}, "en"),
        ({"LANGUAGE": "de:pt:fr", "LANG": "de_DE.UTF-8"}, "fr"),
        ({"LANGUAGE": "en:fr", "LANG": "fr_FR.UTF-8"}, "en"),
        ({"LANGUAGE": "", "LANG": "es_ES@euro"}, "es"),
        ({"LANGUAGE": "fr"}, "fr"),
        ({"LANGUAGE": "zh_CN:zh_TW", "LANG": "zh_CN.UTF-8"}, "zh_TW"),
        ({"LANGUAGE": "zh_CN", "LANG": "zh_CN.UTF-8"}, "en"),
    ],
)
def test_the_language_is_read_from_the_environment_as_gettext_does(
    variables: dict[str, str], language: str
) -> None:
    assert language_of(variables) == language


# -- translating a sentence ------------------------------------------------------------------

RULES = (
    "the archive was refused: its records break %n rule(s) that 'scopekeeper check' "
    "enforces: {problems}. Nothing was imported"
)


def test_counted_sentences_take_each_languages_plural_form() -> None:
    said = {count: msg_n(count, RULES, RULES, problems="x") for count in (0, 1, 2)}
    french = [in_language(said[n], "fr") for n in (0, 1, 2)]
    assert [f"enfreignent {n} règle que" in french[n] for n in (0, 1, 2)] == [True, True, False]
    assert "enfreignent 2 règles que" in french[2]
    assert [" regla " in in_language(said[n], "es") for n in (0, 1, 2)] == [False, True, False]
    assert [" reglas " in in_language(said[n], "es") for n in (0, 1, 2)] == [True, False, True]
    assert "違反 2 條" in in_language(said[2], "zh_TW")
    assert in_language(said[2], "en") == str(said[2])


def test_lists_and_words_inside_a_sentence_are_translated() -> None:
    states = listing([word("planned"), word("in_progress")])
    assert in_language(states, "zh_TW") == "已規劃、進行中"
    assert in_language(states, "fr") == "planifié, en cours"
    assert in_language("plain text", "fr") == "plain text"
    unknown = msg("a sentence nobody translated: {key}", key=word("draft"))
    assert in_language(unknown, "fr") == "a sentence nobody translated: draft"


def test_a_damaged_or_missing_translation_reads_english(monkeypatch: pytest.MonkeyPatch) -> None:
    refusal = msg("there is no engagement '{key}'", key="ACME-9")
    damaged = {"there is no engagement '{key}'": "pas de mission « {clé} »"}
    monkeypatch.setattr(messages, "catalogue", lambda language: damaged)
    assert in_language(refusal, "fr") == "there is no engagement 'ACME-9'"
    counted = msg_n(2, RULES, RULES, problems="x")
    monkeypatch.setattr(messages, "catalogue", lambda language: {RULES: ["une seule"]})
    assert in_language(counted, "fr") == str(counted)
    monkeypatch.setattr(messages, "catalogue", lambda language: {})
    assert in_language(refusal, "fr") == "there is no engagement 'ACME-9'"


# -- the catalogue -----------------------------------------------------------------------------


def test_the_command_lines_catalogue_is_current_with_the_qt_catalogues() -> None:
    """A translation changed in a .ts without regenerating core/i18n would reach the desktop
    but not the terminal: run ``.venv/bin/python packaging/core_messages.py``."""
    generator = _generator()
    for language in ("fr", "es", "zh_TW"):
        path = ROOT / "core" / "i18n" / f"{language}.json"
        assert generator.render_catalogue(language) == path.read_text(encoding="utf-8"), path
    assert generator.main(["--check"]) == 0


def test_the_catalogue_holds_the_core_sentences_with_their_plural_forms() -> None:
    plain, plural = _generator().collect()
    forms = {"fr": 2, "es": 2, "zh_TW": 1}
    for language, count in forms.items():
        table = json.loads((ROOT / "core" / "i18n" / f"{language}.json").read_text("utf-8"))
        assert set(table) <= set(plain) | set(plural)
        assert len(table) > 250
        assert all(isinstance(table[template], str) for template in plain if template in table)
        for template in plural:
            assert len(table[template]) == count
        assert messages.catalogue(language) == table


def test_the_catalogue_ships_with_the_package() -> None:
    import tomllib

    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert "i18n/*.json" in config["tool"]["setuptools"]["package-data"]["core"]


def test_an_import_refused_for_broken_rules_reads_french_inside_and_out() -> None:
    """The problems inside the import's refusal are the check's own sentences, each put in
    the language on its own, not glued into English text first."""
    from core.archive.importing import _broken_rules
    from core.check.problem import Problem

    problems = [
        Problem("roadmap", msg("there is no engagement '{key}'", key="ACME-9")),
        Problem("history", msg("there is no engagement '{key}'", key="ACME-8")),
    ]
    french = in_language(_broken_rules(problems).args[0], "fr")
    assert french.startswith("l’archive a été refusée\u00a0: ses enregistrements enfreignent 2")
    assert "[roadmap] il n’existe pas de mission «\u00a0ACME-9\u00a0»" in french
    assert "[history] il n’existe pas de mission «\u00a0ACME-8\u00a0»" in french
    assert "there is no" not in french
