"""A database the command line will not open, and an archive it will not import, explained in
the session's language (issue 14): the sentence, the file's name and the detail of what is
wrong all read French or Traditional Chinese under such a locale, English under C.

The French and Chinese sentences come from core/i18n/*.json, which the translations of
opening a database and of a damaged archive reach once merged into the catalogues."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Callable
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest

from core.db import open_database
from core.services import Services
from tests.factories import Cli, make_active

LOCALE_VARIABLES = ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")
Speak = Callable[[str], None]
NBSP = "\u00a0"
CODE = "ACME-2026-01"


@pytest.fixture
def session(monkeypatch: pytest.MonkeyPatch) -> Speak:
    """Set LANG (and no other locale variable), as a terminal would have it."""

    def speak(lang: str) -> None:
        for name in LOCALE_VARIABLES:
            monkeypatch.delenv(name, raising=False)
        monkeypatch.setenv("LANG", lang)

    return speak


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_file_that_is_no_database_is_refused_in_french(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, session: Speak
) -> None:
    path = tmp_path / "clients.db"
    path.write_text("name,amount\nACME,100\n", encoding="utf-8")
    before = _digest(path)
    said = {}
    for lang in ("fr_FR.UTF-8", "C.UTF-8"):
        session(lang)
        code, out, said[lang] = Cli(capsys, str(path))("list")
        assert (code, out) == (2, "")
    assert said == {
        "fr_FR.UTF-8": f"scopekeeper: error: {path} n’est pas une base Scopekeeper "
        f"(ce n’est pas un fichier SQLite){NBSP}; il n’a pas été modifié\n",
        "C.UTF-8": f"scopekeeper: error: {path} is not a Scopekeeper database "
        "(not an SQLite file); it was left untouched\n",
    }
    assert _digest(path) == before


def test_an_sqlite_file_of_another_program_and_a_newer_database_in_french_and_chinese(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, session: Speak
) -> None:
    foreign = tmp_path / "compta.sqlite3"
    with closing(sqlite3.connect(foreign)) as conn:
        conn.execute("CREATE TABLE invoices (number TEXT, amount INTEGER)")
        conn.commit()
    newer = tmp_path / "newer.sqlite3"
    open_database(str(newer)).close()
    with closing(sqlite3.connect(newer)) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
        conn.commit()
    before = {path: _digest(path) for path in (foreign, newer)}

    session("fr_FR.UTF-8")
    assert Cli(capsys, str(foreign))("list")[2] == (
        f"scopekeeper: error: {foreign} est un fichier SQLite d’une autre application, "
        f"pas une base Scopekeeper{NBSP}; il n’a pas été modifié\n"
    )
    assert Cli(capsys, str(newer))("list")[2] == (
        f"scopekeeper: error: {newer} provient d’une version plus récente de Scopekeeper "
        f"(schéma 9999){NBSP}; installez cette version pour l’ouvrir. "
        "Le fichier n’a pas été modifié.\n"
    )
    session("zh_TW.UTF-8")
    assert Cli(capsys, str(foreign))("list")[2] == (
        f"scopekeeper: error: {foreign} 是其他應用程式的 SQLite 檔案，不是 Scopekeeper 資料庫；"
        "檔案未做任何更動\n"
    )
    assert Cli(capsys, str(newer))("list")[2] == (
        f"scopekeeper: error: {newer} 由較新版的 Scopekeeper 寫入（結構描述 9999）；"
        "請安裝較新版本後再開啟。檔案未做任何更動。\n"
    )
    assert {path: _digest(path) for path in (foreign, newer)} == before


# -- a damaged archive ---------------------------------------------------------------------


def _damaged(source: Path, target: Path, damage: Callable[[dict[str, Any]], None]) -> Path:
    document = json.loads(source.read_text(encoding="utf-8"))
    damage(document)
    target.write_text(json.dumps(document), encoding="utf-8")
    return target


def _altered_event(document: dict[str, Any]) -> None:
    """The engagement's activation, rewritten after the fact (its hash no longer matches)."""
    event = next(e for e in document["tables"]["history_event"] if e["action"] == "activated")
    event["after"] = event["after"].replace("active", "cancelled")


def _unknown_status(document: dict[str, Any]) -> None:
    document["tables"]["engagement"][0]["status"] = "finished"


def test_the_detail_of_a_damaged_archive_reads_french(
    cli: Cli, services: Services, session: Speak, tmp_path: Path
) -> None:
    make_active(services, code=CODE)
    archive = tmp_path / "acme.json"
    cli.ok("export-archive", CODE, "-o", archive)
    altered = _damaged(archive, tmp_path / "altered.json", _altered_event)
    status = _damaged(archive, tmp_path / "status.json", _unknown_status)
    events = json.loads(archive.read_text(encoding="utf-8"))["tables"]["history_event"]
    seq = next(e["seq"] for e in events if e["action"] == "activated")
    target = str(tmp_path / "target.sqlite3")
    said = {}
    for lang in ("fr_FR.UTF-8", "C.UTF-8"):
        session(lang)
        for name, path in (("altered", altered), ("status", status)):
            code, out, said[lang, name] = cli("import", path, db=target)
            assert (code, out) == (2, "")
    assert said["fr_FR.UTF-8", "altered"] == (
        f"scopekeeper: error: l’archive a été refusée\u00a0: l’historique de {CODE}{NBSP}: "
        f"l’événement {seq} a été modifié après son enregistrement. Rien n’a été importé\n"
    )
    assert said["C.UTF-8", "altered"] == (
        f"scopekeeper: error: the archive was refused: the history of {CODE}: "
        f"event {seq} was altered after it was written. Nothing was imported\n"
    )
    assert said["fr_FR.UTF-8", "status"] == (
        "scopekeeper: error: l’archive a été refusée\u00a0: engagement[0].status"
        f"{NBSP}: «{NBSP}finished{NBSP}» ne fait pas partie des valeurs admises "
        "('active', 'cancelled', 'completed', 'draft'). Rien n’a été importé\n"
    )
    assert "finished' is not one of 'active'" in said["C.UTF-8", "status"]
    assert CODE not in cli.ok("list", db=target)  # nothing was half-imported


def test_a_database_server_out_of_reach_is_explained_in_french(
    capsys: pytest.CaptureFixture[str], session: Speak
) -> None:
    session("fr_FR.UTF-8")
    code, out, err = Cli(capsys, "postgresql+psycopg://nobody@127.0.0.1:1/none")("list")
    assert (code, out) == (2, "")
    assert err.startswith(
        f"scopekeeper: error: impossible d’ouvrir la base de données{NBSP}: "
        "le serveur de base de données est injoignable ("
    )
    assert "cannot" not in err and "reached" not in err


def test_records_already_in_the_database_are_listed_in_french(
    cli: Cli, services: Services, session: Speak, tmp_path: Path
) -> None:
    first = make_active(services, code=CODE)
    make_active(services, code="ACME-2026-02", client=(first.client_id, first.contact_id))
    archive = tmp_path / "acme.json"
    cli.ok("export-archive", "--all", "-o", archive)
    said = {}
    for lang in ("fr_FR.UTF-8", "C.UTF-8"):
        session(lang)
        code, out, said[lang] = cli("import", archive)
        assert (code, out) == (2, "")
    assert said["C.UTF-8"] == (
        f"scopekeeper: error: the archive was refused: engagement {CODE} already exists in "
        "this database; engagement ACME-2026-02 already exists in this database. "
        "Nothing was imported\n"
    )
    assert said["fr_FR.UTF-8"] == (
        f"scopekeeper: error: l’archive a été refusée\u00a0: la mission {CODE} existe déjà dans "
        f"cette base de données{NBSP}; la mission ACME-2026-02 existe déjà dans cette base de "
        "données. Rien n’a été importé\n"
    )
