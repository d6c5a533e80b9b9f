"""The ``scopekeeper`` command line, run in-process as a script would use it."""

from __future__ import annotations

import gc
import json
import sqlite3
import subprocess
import sys
import types
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from core.db import open_database, resolve_url
from core.models import MilestoneState
from desktop.main import default_actor, desktop_options, main
from tests.factories import Cli

TODAY = "2026-05-01"


def test_demo_then_list_show_check(demo: Cli) -> None:
    code, out, _ = demo("list")
    assert code == 0
    assert "臺北數位設計有限公司" in out and "SENAL-2026-01" in out
    assert "96,300.00 EUR" in out  # contracted total of the French engagement, formatted

    rows = demo.json("list")
    assert isinstance(rows, list)
    assert {r["code"] for r in rows} >= {"LUMI-2026-01", "LUMI-2026-02", "TPE-2026-01"}
    spinoff = next(r for r in rows if r["code"] == "LUMI-2026-02")
    assert spinoff["parent"] == "LUMI-2026-01" and spinoff["status"] == "draft"

    detail = demo.json("show", "lumi-2026-01", "--today", TODAY)
    assert isinstance(detail, dict)
    assert {m["state"] for m in detail["milestones"]} == {s.value for s in MilestoneState}
    assert detail["baseline_fingerprint"] and len(detail["baseline_fingerprint"]) == 64
    assert [s["code"] for s in detail["spinoffs"]] == ["LUMI-2026-02"]

    code, out, _ = demo("show", "LUMI-2026-01", "--today", TODAY)
    assert code == 0
    assert detail["baseline_fingerprint"] in out
    assert "changes requested" in out and "deemed accepted" in out
    assert "Temps de chargement de la page d'accueil  [target: < 2 s en 4G]" in out

    code, out, _ = demo("check")
    assert (code, out.startswith("no problems")) == (0, True)


def test_list_filter_matches_accented_names(demo: Cli) -> None:
    rows = demo.json("list", "--filter", "LUMIÈRE")
    assert isinstance(rows, list)
    assert {r["code"] for r in rows} == {"LUMI-2026-01", "LUMI-2026-02"}


def test_actor_is_recorded_in_the_history(demo: Cli) -> None:
    engine = create_engine(resolve_url(demo.db))
    with engine.connect() as conn:
        actors = set(conn.execute(text("SELECT DISTINCT actor FROM history_event")).scalars())
    engine.dispose()
    assert actors == {"Zoë Tester"}


def test_check_fails_after_an_event_is_edited(demo: Cli) -> None:
    engine = create_engine(resolve_url(demo.db))
    with engine.begin() as conn:
        conn.execute(
            text(
                "UPDATE history_event SET actor = 'Mallory' "
                "WHERE seq = 2 AND stream = (SELECT MIN(stream) FROM history_event "
                "WHERE stream LIKE 'engagement:%')"
            )
        )
    engine.dispose()
    code, out, _ = demo("check")
    assert code == 1
    assert "history" in out
    report = demo("check", "--json")
    assert report[0] == 1
    parsed = json.loads(report[1])
    assert parsed["ok"] is False and any(p["area"] == "history" for p in parsed["problems"])


def test_unknown_code_is_a_clean_error(demo: Cli) -> None:
    code, out, err = demo("show", "NOPE-2026-99")
    assert code == 2 and out == ""
    assert err.startswith("scopekeeper: error:") and "NOPE-2026-99" in err


def test_loading_the_demo_twice_is_refused(demo: Cli) -> None:
    code, _, err = demo("demo")
    assert code == 2 and "already" in err


def test_usage_errors_exit_2(cli: Cli) -> None:
    assert cli("show")[0] == 2
    assert cli("show", "X", "--today", "yesterday")[0] == 2
    assert cli("frobnicate")[0] == 2


def test_a_bad_actor_name_is_refused(cli: Cli) -> None:
    code = main(["--db", cli.db, "--actor", "bell\x07", "list"])
    assert code == 2
    assert "--actor" in cli.capsys.readouterr().err


def test_actor_defaults_to_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SCOPEKEEPER_ACTOR", "Lucía")
    assert default_actor() == "Lucía"
    monkeypatch.delenv("SCOPEKEEPER_ACTOR")
    assert default_actor()  # the login name


def test_no_command_opens_the_desktop_app_on_the_chosen_database(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    opened: list[str | None] = []
    actors: list[str | None] = []

    def run(target: str | None, *, checked: object = None, actor: str | None = None) -> int:
        opened.append(target)
        actors.append(actor)
        assert gc.isenabled() is False  # start-up runs without the cyclic collector
        return 0

    monkeypatch.setitem(sys.modules, "desktop.app", types.SimpleNamespace(run=run))
    monkeypatch.setenv("SCOPEKEEPER_ACTOR", "Lucía Gómez")
    assert main(["--db", "/somewhere/team.sqlite3", "--actor", "  Ana\u0301 Ruiz "]) == 0
    assert main([]) == 0
    assert opened == ["/somewhere/team.sqlite3", None]
    assert actors == ["Aná Ruiz", "Lucía Gómez"]  # trimmed, NFC, as for a command
    assert gc.isenabled()  # and it is back whatever the app did


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        ([], (None, None)),
        (["--db", "a.sqlite3"], ("a.sqlite3", None)),
        (["--db=a=b.sqlite3", "--actor", "Ann"], ("a=b.sqlite3", "Ann")),
        (["--db", "a", "--db", "b"], ("b", None)),  # the last one counts, as with argparse
        (["list"], None),
        (["--db", "a", "list"], None),
        (["--db"], None),
        (["--db", "--actor"], None),
        (["--d", "a"], None),
        (["-h"], None),
        (["--version"], None),
    ],
)
def test_only_the_desktop_options_skip_the_full_parser(
    argv: list[str], expected: tuple[str | None, str | None] | None
) -> None:
    assert desktop_options(argv) == expected


def test_what_the_quick_path_leaves_to_the_parser_is_refused_as_before(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setitem(sys.modules, "desktop.app", types.SimpleNamespace(run=None))
    assert main(["--db"]) == 2
    assert "--db: expected one argument" in capsys.readouterr().err
    assert main(["--db", "x", "--colour"]) == 2
    assert "unrecognized arguments: --colour" in capsys.readouterr().err


def test_starting_the_app_builds_no_command_parser(tmp_path: Path) -> None:
    """In a fresh interpreter: ``scopekeeper --db X`` reaches the app without importing the
    commands' modules or argparse, which start-up would otherwise pay for."""
    script = (
        "import sys, types\n"
        "sys.modules['desktop.app'] = types.SimpleNamespace(run=lambda *a, **k: 0)\n"
        "from desktop.main import main\n"
        "assert main(sys.argv[1:]) == 0\n"
        "loaded = {'argparse', 'core.cli', 'reports.cli'} & set(sys.modules)\n"
        "assert not loaded, loaded\n"
    )
    run = subprocess.run(
        [sys.executable, "-c", script, "--db", str(tmp_path / "x.sqlite3"), "--actor=Ann"],
        capture_output=True,
        text=True,
        cwd=Path(__file__).resolve().parents[2],
        timeout=120,
    )
    assert run.returncode == 0, run.stderr


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--version"]) == 0
    assert capsys.readouterr().out.strip() == "scopekeeper 0.1.0"


@pytest.mark.parametrize(
    "content",
    [b"name,amount\nACME,100\n", b"SQLite format 3\x00" + b"\x00" * 200],
    ids=["csv", "damaged-sqlite"],
)
def test_a_foreign_file_is_refused_and_left_untouched(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, content: bytes
) -> None:
    path = tmp_path / "not-ours.db"
    path.write_bytes(content)
    code, out, err = Cli(capsys, str(path))("list")
    assert code == 2 and out == ""
    assert "left untouched" in err
    assert path.read_bytes() == content
    assert sorted(p.name for p in tmp_path.iterdir()) == ["not-ours.db"]


def test_another_applications_sqlite_file_is_refused(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = tmp_path / "other.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE notes (body TEXT)")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    code, _, err = Cli(capsys, str(path))("demo")
    assert code == 2 and "another application" in err
    assert path.read_bytes() == before


def test_export_archive_to_a_missing_folder_writes_nothing(demo: Cli, tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    target = out / "no-such-folder" / "archive.json"
    code, _, err = demo("export-archive", "--all", "-o", str(target))
    assert code == 2 and "does not exist" in err
    assert not target.parent.exists()
    code, _, err = demo("export-archive", "--all", "-o", str(out))
    assert code == 2 and "is a folder" in err
    assert list(out.iterdir()) == []


def test_export_archive_needs_codes_or_all(demo: Cli, tmp_path: Path) -> None:
    target = tmp_path / "a.json"
    assert demo("export-archive", "-o", str(target))[0] == 2
    assert demo("export-archive", "LUMI-2026-01", "--all", "-o", str(target))[0] == 2
    assert not target.exists()


def test_archive_round_trip_into_a_fresh_database(demo: Cli, tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    archive = out / "portfolio.json"
    archive.write_bytes(b"an older file that must be replaced as a whole")
    code, _, err = demo("export-archive", "--all", "-o", str(archive))
    assert code == 0, err
    assert b"older file" not in archive.read_bytes()
    assert [p.name for p in out.iterdir()] == ["portfolio.json"]  # no temporary left over
    fresh = str(tmp_path / "fresh.sqlite3")
    code, out, err = demo("import", str(archive), db=fresh)
    assert code == 0, err
    assert "imported 6 engagement(s)" in out
    assert demo.json("list", db=fresh) == demo.json("list")
    for code_ in ("LUMI-2026-01", "LUMI-2026-02", "TPE-2026-01", "SENAL-2026-01"):
        assert demo.json("show", code_, "--today", TODAY, db=fresh) == demo.json(
            "show", code_, "--today", TODAY
        )
    assert demo("check", db=fresh)[0] == 0


def test_import_of_a_missing_or_broken_file_is_refused(demo: Cli, tmp_path: Path) -> None:
    code, _, err = demo("import", str(tmp_path / "missing.json"))
    assert code == 2 and "does not exist" in err
    broken = tmp_path / "broken.json"
    broken.write_bytes(b"\xff\xfe not an archive")
    code, _, err = demo("import", str(broken))
    assert code == 2 and err.startswith("scopekeeper: error:")


def test_backup_produces_a_database_that_opens(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    cli = Cli(capsys, str(tmp_path / "live.sqlite3"))
    assert cli("demo", "--today", TODAY)[0] == 0
    copy = tmp_path / "copy.sqlite3"
    code, _, err = cli("backup", "-o", str(copy))
    assert code == 0, err
    assert not copy.with_name("copy.sqlite3.part").exists()
    db = open_database(str(copy), migrate=False)
    db.close()
    assert cli.json("list", db=str(copy)) == cli.json("list")
    code, _, err = cli("backup", "-o", str(tmp_path / "missing" / "copy.sqlite3"))
    assert code == 2 and "does not exist" in err


def test_console_script_runs_without_qt(tmp_path: Path) -> None:
    """The installed entry point, in a fresh interpreter: commands never load Qt."""
    db = str(tmp_path / "cli.sqlite3")
    script = (
        "import sys\n"
        "from desktop.main import default_actor, main\n"
        "code = main(sys.argv[1:])\n"
        "assert 'PySide6' not in sys.modules, 'Qt was imported'\n"
        "raise SystemExit(code)\n"
    )
    root = Path(__file__).resolve().parents[2]
    run = subprocess.run(
        [sys.executable, "-c", script, "--db", db, "list"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=root,
        timeout=120,
    )
    assert run.returncode == 0, run.stderr
    assert run.stdout.strip() == "no engagements"
    bad = subprocess.run(
        [sys.executable, "-c", script, "--db", db, "show", "NOPE-1"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=root,
        timeout=120,
    )
    assert bad.returncode == 2
    assert bad.stderr.strip() == "scopekeeper: error: there is no engagement 'NOPE-1'"


def test_the_installed_command_flushes_its_output_and_keeps_its_exit_code(
    tmp_path: Path,
) -> None:
    """`scopekeeper` ends a command without the interpreter's teardown: everything it
    printed still arrives (also through a pipe), and the exit code is the command's."""
    script = Path(sys.executable).with_name("scopekeeper")
    db = str(tmp_path / "cli.sqlite3")

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [str(script), "--db", db, *args],
            capture_output=True,
            text=True,
            encoding="utf-8",
            timeout=120,
        )

    demo = run("demo")
    assert demo.returncode == 0, demo.stderr
    listed = run("list", "--json")
    assert listed.returncode == 0, listed.stderr
    rows = json.loads(listed.stdout)
    assert len(rows) >= 3 and all(r["code"] for r in rows)
    shown = run("show", rows[0]["code"])
    assert shown.returncode == 0 and rows[0]["code"] in shown.stdout
    missing = run("show", "NOPE-1")
    assert missing.returncode == 2
    assert missing.stderr.strip() == "scopekeeper: error: there is no engagement 'NOPE-1'"
    usage = run("show")
    assert usage.returncode == 2 and "usage:" in usage.stderr


def test_a_bad_actor_name_is_refused_before_the_app_opens(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setitem(sys.modules, "desktop.app", types.SimpleNamespace(run=None))
    assert main(["--actor", "   "]) == 2
    assert "--actor" in capsys.readouterr().err
