"""The core's refusals in the interface's language: a refused action's dialog and a disabled
action's tooltip read French or Traditional Chinese in a French or Taiwanese window, with the
arguments filled in, while the core (and so the command line) keeps its English sentence; the
catalogue module the translators work from lists every sentence the core can say."""

from __future__ import annotations

import ast
import copy
import importlib.util
import pickle
import sqlite3
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from core.db import open_database
from core.errors import DomainError, ValidationError
from core.messages import Listing, Message, listing, msg, msg_n, word
from core.services import CriterionInput, Services
from desktop import core_messages
from desktop.app import install_translators, remove_translators
from desktop.main_window import MainWindow
from desktop.refusals import words
from tests.factories import make_active, make_draft

ROOT = Path(__file__).resolve().parents[2]


def _load(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(f"packaging_{name}", ROOT / "packaging" / name)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault(spec.name, module)  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


# -- the catalogue module ------------------------------------------------------------------


def test_the_catalogue_module_is_current_with_the_core() -> None:
    """A sentence added to core/ without regenerating the module would reach the user in
    English: run ``.venv/bin/python packaging/core_messages.py``."""
    generator = _load("core_messages.py")
    assert generator.render() == (ROOT / "desktop" / "core_messages.py").read_text(encoding="utf-8")


def test_lupdate_reads_every_core_template_exactly(tmp_path: Path) -> None:
    """What the translators get is what the core looks up: lupdate (software we did not
    write) extracts every template of the module unchanged, the counted ones as plurals."""
    ts = tmp_path / "core.ts"
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    subprocess.run(
        [str(lupdate), str(ROOT / "desktop" / "core_messages.py"), "-ts", str(ts)],
        check=True,
        capture_output=True,
    )
    found: dict[str, bool] = {}
    for context in ET.parse(ts).getroot().iter("context"):
        if context.findtext("name") != "core":
            continue
        for message in context.iter("message"):
            found[message.findtext("source") or ""] = message.get("numerus") == "yes"
    expected = dict.fromkeys(core_messages.MESSAGES, False) | dict.fromkeys(
        core_messages.PLURALS, True
    )
    assert found == expected
    assert len(expected) > 250


CONVERTED_LATER: set[str] = set()
"""Modules whose refusals are still plain English sentences: none any more (opening a
database, the sample data and the detail of a damaged archive were the last)."""

_RAISED = {
    "DomainError": 0,
    "NotFoundError": 0,
    "ScopeLockedError": 0,
    "TransitionError": 0,
    "StaleEditError": 0,
    "ArchiveError": 0,
    "DatabaseFaultError": 0,
    "DatabaseRefusedError": 0,
    "refuse": 0,  # core.archive.reader: an archive refused as a whole
    "Refusal": 0,  # core.archive.checks: one damaged row or field
    "ValidationError": 1,
    "FileWriteError": 1,
    "Permission": 1,
}
"""A refusal and the argument that holds its sentence."""


def test_the_core_writes_its_refusals_as_translatable_messages() -> None:
    """No refusal of the core is a bare string or f-string (which the desktop could not
    translate); a new one written that way fails here with its place."""
    bare: list[str] = []
    core = ROOT / "core"
    for path in sorted(core.rglob("*.py")):
        where = path.relative_to(core).as_posix()
        if where in CONVERTED_LATER or "__pycache__" in path.parts:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")
            at = _RAISED.get(name)
            if at is None or len(node.args) <= at:
                continue
            text = node.args[at]
            if isinstance(text, ast.JoinedStr | ast.BinOp) or (
                isinstance(text, ast.Constant) and isinstance(text.value, str)
            ):
                bare.append(f"core/{where}:{node.lineno} {name}")
    assert bare == []


# -- the message itself --------------------------------------------------------------------


def test_a_core_message_reads_as_its_english_sentence_and_keeps_its_parts() -> None:
    said = msg("there is no engagement '{key}'", key="ACME-9")
    assert said == "there is no engagement 'ACME-9'" and isinstance(said, str)
    assert (said.template, said.args) == ("there is no engagement '{key}'", {"key": "ACME-9"})
    assert str(DomainError(said)) == "there is no engagement 'ACME-9'"
    refused = ValidationError("amount", msg("amounts cannot be negative"))
    assert str(refused) == "amount: amounts cannot be negative"
    assert isinstance(refused.message, Message) and refused.message.template == "{field}: {detail}"
    both = listing([word("planned"), word("in_progress")])
    assert both == "planned, in progress" and isinstance(both, Listing)
    assert msg_n(1, "%n rule", "%n rules") == "1 rule"
    assert msg_n(3, "%n rule", "%n rules") == "3 rules"
    for kept in (copy.deepcopy(said), pickle.loads(pickle.dumps(said))):
        assert kept == said and kept.template == said.template and kept.args == said.args


# -- in the window ---------------------------------------------------------------------------


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The .qm files made of the catalogues, as packaging/dev.sh makes them."""
    folder = tmp_path_factory.mktemp("qm")
    _load("translations.py").release(out=folder)
    return folder


@pytest.fixture
def speaking(built: Path) -> Iterator:
    """Install the interface of a language, as the application does at start."""
    app = QApplication.instance()
    installed: list = []

    def install(locale: QLocale) -> None:
        remove_translators(app, installed)
        installed[:] = install_translators(app, built, locale)

    yield install
    remove_translators(app, installed)


FRENCH = QLocale(QLocale.Language.French, QLocale.Country.France)
TAIWANESE = QLocale(QLocale.Language.Chinese, QLocale.Country.Taiwan)


def _refuse_a_milestone(window: MainWindow, services: Services, engagement_id: str) -> None:
    window.ops.run(
        lambda: services.roadmap.add_milestone(
            engagement_id,
            title="Extra",
            deliverables="More",
            amount_minor=100,
            due=None,
            criteria=[CriterionInput("Works")],
        )
    )


def _start_tooltip(window: MainWindow, engagement_id: str, milestone_id: str) -> str:
    window.open_engagement(engagement_id)
    view = window.engagement_view
    view.select_milestone(milestone_id)
    assert not view.page_actions.act_start.isEnabled()
    return view.page_actions.act_start.toolTip()


def test_a_refused_action_speaks_french_with_its_details(
    window: MainWindow, services: Services, refusals: list[str], speaking
) -> None:
    built = make_active(services)
    speaking(FRENCH)
    _refuse_a_milestone(window, services, built.engagement_id)
    [shown] = refusals
    assert shown.startswith("on ne peut pas ajouter un jalon\u00a0: le périmètre de ACME-2026-01")
    assert "ACME-2026-01" in shown and "verrouillé" in shown
    assert "cannot" not in shown and "locked" not in shown


def test_a_disabled_action_explains_itself_in_french(
    window: MainWindow, services: Services, speaking
) -> None:
    built = make_draft(services)
    speaking(FRENCH)
    tip = _start_tooltip(window, built.engagement_id, built.milestone_ids[0])
    assert "ACME-2026-01" in tip and "«\u00a0brouillon\u00a0»" in tip
    assert "Activez-la d’abord" in tip and "démarrer les travaux" in tip
    assert "not active" not in tip and "start work" not in tip


def test_a_refusal_and_a_tooltip_speak_traditional_chinese(
    window: MainWindow, services: Services, refusals: list[str], speaking
) -> None:
    draft = make_draft(services, code="ACME-2026-02")
    active = make_active(services, client=(draft.client_id, draft.contact_id))
    speaking(TAIWANESE)
    tip = _start_tooltip(window, draft.engagement_id, draft.milestone_ids[0])
    assert "ACME-2026-02" in tip and "「草稿」" in tip and "請先啟動專案" in tip
    assert "not active" not in tip
    _refuse_a_milestone(window, services, active.engagement_id)
    [shown] = refusals
    assert "ACME-2026-01" in shown and "里程碑" in shown and "鎖定" in shown
    assert "cannot" not in shown


def test_the_english_window_and_the_core_keep_the_english_sentence(
    window: MainWindow, services: Services, refusals: list[str]
) -> None:
    built = make_active(services)
    _refuse_a_milestone(window, services, built.engagement_id)
    [shown] = refusals
    assert shown.startswith("cannot add a milestone: the scope of ACME-2026-01 is locked")
    with pytest.raises(DomainError) as refused:
        services.roadmap.add_milestone(built.engagement_id, title="Extra")
    assert words(refused.value.message) == str(refused.value) == shown


# -- a database that is refused --------------------------------------------------------------
# These read the .ts catalogues, so they pass once the translations of opening a database
# (written with core.messages in core/db.py and core/sqlite_file.py) are merged into them.


def _foreign_sqlite(path: Path) -> bytes:
    """An SQLite file of another program; its bytes, to show it is left as it was."""
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("CREATE TABLE invoices (number TEXT, amount INTEGER)")
        conn.commit()
    return path.read_bytes()


def _newer_database(path: Path) -> None:
    """A Scopekeeper database whose schema a later version wrote."""
    open_database(str(path)).close()
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
        conn.commit()


def test_a_database_of_another_program_is_refused_in_french_and_chinese(
    window: MainWindow, refusals: list[str], speaking, tmp_path: Path
) -> None:
    path = tmp_path / "compta.sqlite3"
    before = _foreign_sqlite(path)
    speaking(FRENCH)
    assert not window.switch_database(str(path))
    speaking(TAIWANESE)
    assert not window.switch_database(str(path))
    french, chinese = refusals
    assert french == (
        f"{path} est un fichier SQLite d’une autre application, pas une base Scopekeeper\u00a0; "
        "il n’a pas été modifié"
    )
    assert (
        chinese == f"{path} 是其他應用程式的 SQLite 檔案，不是 Scopekeeper 資料庫；檔案未做任何更動"
    )
    assert path.read_bytes() == before and window.db.url != f"sqlite:///{path}"


def test_the_start_dialog_says_in_french_and_chinese_why_a_database_did_not_open(
    monkeypatch: pytest.MonkeyPatch, speaking, tmp_path: Path
) -> None:
    from desktop import app

    newer = tmp_path / "newer.sqlite3"
    _newer_database(newer)
    text = tmp_path / "notes.sqlite3"
    text.write_text("name,amount\nACME,100\n", encoding="utf-8")
    asked: list[str] = []

    def what_next(message: str, _title: str, *, retry: bool) -> None:
        asked.append(message)  # and quit

    monkeypatch.setattr(app, "_what_next", what_next)
    speaking(FRENCH)
    assert app._open_with_retries(str(newer), None) is None
    assert app._open_with_retries(str(text), None) is None
    speaking(TAIWANESE)
    assert app._open_with_retries(str(newer), None) is None
    assert asked == [
        f"{newer} provient d’une version plus récente de Scopekeeper (schéma 9999)\u00a0; "
        "installez cette version pour l’ouvrir. Le fichier n’a pas été modifié.",
        f"{text} n’est pas une base Scopekeeper (ce n’est pas un fichier SQLite)\u00a0; "
        "il n’a pas été modifié",
        f"{newer} 由較新版的 Scopekeeper 寫入（結構描述 9999）；請安裝較新版本後再開啟。"
        "檔案未做任何更動。",
    ]


@pytest.mark.parametrize(
    ("language", "joined"),
    [("en", "a; b, c"), ("fr", "a\u00a0; b, c"), ("zh-TW", "a；b、c")],
)
def test_the_window_joins_a_list_as_the_command_line_does(
    qapp: QApplication, language: str, joined: str
) -> None:
    from core.messages import in_language
    from desktop.labels import LANGUAGE_PROPERTY

    items = listing(["a", listing(["b", "c"])], "; ")
    app = qapp
    app.setProperty(LANGUAGE_PROPERTY, language)
    try:
        assert words(items) == joined
    finally:
        app.setProperty(LANGUAGE_PROPERTY, None)
    assert in_language(items, language.replace("-", "_")) == joined


@pytest.mark.parametrize(
    "damaged", ["pas de mission « {clé} »", "mission {key.upper}", "{key[0][0]}"]
)
def test_a_damaged_translation_reads_english_in_the_window_as_on_the_command_line(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch, damaged: str
) -> None:
    """A translation whose fields do not fit its template (a typo in a catalogue) must not
    raise where the refusal is shown; the window falls back to English like the CLI does."""
    from core import messages
    from desktop import refusals
    from desktop.labels import LANGUAGE_PROPERTY

    refusal = msg("there is no engagement '{key}'", key=5)
    monkeypatch.setattr(refusals.QCoreApplication, "translate", lambda *args: damaged)
    monkeypatch.setattr(messages, "catalogue", lambda language: {refusal.template: damaged})
    qapp.setProperty(LANGUAGE_PROPERTY, "fr")
    try:
        assert words(refusal) == "there is no engagement '5'"
    finally:
        qapp.setProperty(LANGUAGE_PROPERTY, None)
    assert messages.in_language(refusal, "fr") == "there is no engagement '5'"
