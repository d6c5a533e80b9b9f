"""History and calendar exports (CSV, XLSX, ICS, PDF) and the export commands."""

from __future__ import annotations

import csv
import errno
import gc
import io
import os
import re
import subprocess
import sys
import tempfile
import zipfile
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader

from core import files
from core.db import Database
from core.history import engagement_stream
from core.queries import EventRow, engagement_detail, iter_history
from core.services import Services
from reports.cells import DANGEROUS_FIRST, safe_cell
from reports.exports import ExportCancelled, export_history
from reports.i18n import labels
from tests.factories import Cli
from tests.reports.builders import bulk_events, engagement, pdf_text

CODE = "RM-2026-01"
ROOT = Path(__file__).resolve().parents[2]
# Text a user controls that a spreadsheet would run as a formula, or that hides one.
FORMULAS = ["=1+2", "+SUM(A1:A9)", "-2+3", "@SUM(A1)", '=HYPERLINK("http://x","y")']


def events(db: Database, code: str = CODE) -> list[EventRow]:
    with db.reading() as session:
        detail = engagement_detail(session, code, date.today())
        return list(iter_history(session, detail.id))


def acting_as(db: Database, actors: list[str], engagement_id: str) -> None:
    """Each actor records one change (an idea), so their name is the first cell of a column."""
    for actor in actors:
        Services(db, actor).ideas.capture(
            engagement_id, description=f"Idea from {actor!r}", raised_by="Marie",
            raised_on=date(2026, 2, 1),
        )  # fmt: skip


# --- CSV ------------------------------------------------------------------------------------


def test_csv_cells_that_could_run_as_formulas_are_neutralised_and_nothing_else_changes(
    services: Services, db: Database, tmp_path: Path
) -> None:
    built = engagement(services, titles=["=cmd|' /C calc'!A0", 'Quote " comma, and;', "Reçu 驗收"])
    acting_as(
        db, [*FORMULAS, "\t=tab", "\r=cr", 'Zoë, "the" tester\nsecond line'], built.engagement_id
    )
    target = tmp_path / "history.csv"
    export_history(db, CODE, "csv", target, raw=True)
    with target.open(newline="", encoding="utf-8") as handle:
        header, *rows = list(csv.reader(handle))
    assert header == [
        "seq",
        "at",
        "actor",
        "entity",
        "entity_id",
        "action",
        "before",
        "after",
        "hash",
    ]
    stored = events(db)
    assert len(rows) == len(stored)
    for row, event in zip(rows, stored, strict=True):
        original = [
            str(event.seq), event.at.strftime("%Y-%m-%dT%H:%M:%SZ"), event.actor, event.entity,
            event.entity_id, event.action, event.before, event.after, event.hash,
        ]  # fmt: skip
        for cell, value in zip(row, original, strict=True):
            if value.startswith(DANGEROUS_FIRST):
                assert cell == "'" + value  # shown as text by Excel and LibreOffice
            else:
                assert cell == value  # everything else byte for byte, quotes and newlines too
    actors = [row[2] for row in rows]
    for formula in [*FORMULAS, "\t=tab", "\r=cr"]:
        assert "'" + formula in actors
    assert 'Zoë, "the" tester\nsecond line' in actors
    assert not any(cell.startswith(DANGEROUS_FIRST) for row in rows for cell in row)
    assert any("=cmd|' /C calc'!A0" in row[7] for row in rows)  # inside JSON: not a first char


@pytest.mark.parametrize("first", ["=", "+", "-", "@", "\t", "\r", "\x00"])
def test_every_dangerous_first_character_is_neutralised(first: str) -> None:
    assert safe_cell(first + "1+1") == "'" + first + "1+1"
    assert safe_cell("1" + first) == "1" + first
    assert safe_cell(None) == "" and safe_cell(42) == "42"


# --- XLSX -----------------------------------------------------------------------------------


def test_xlsx_keeps_formula_looking_text_as_text_cells(
    services: Services, db: Database, tmp_path: Path
) -> None:
    from openpyxl import load_workbook

    built = engagement(services, titles=["=SUM(A1:A3)"])
    acting_as(db, FORMULAS, built.engagement_id)
    target = tmp_path / "history.xlsx"
    export_history(db, CODE, "xlsx", target, raw=True)
    with zipfile.ZipFile(target) as archive:
        sheets = [n for n in archive.namelist() if n.startswith("xl/worksheets/")]
        assert sheets and all(b"<f>" not in archive.read(n) for n in sheets)  # no formula at all
    sheet = load_workbook(target).active
    assert sheet is not None
    rows = list(sheet.iter_rows())
    stored = events(db)
    assert [c.value for c in rows[0]] == [
        "seq", "at", "actor", "entity", "entity_id", "action", "before", "after", "hash"
    ]  # fmt: skip
    assert len(rows) == len(stored) + 1
    for cells, event in zip(rows[1:], stored, strict=True):
        assert all(c.data_type == "s" for c in cells)
        assert [c.value for c in cells] == [
            str(event.seq), event.at.strftime("%Y-%m-%dT%H:%M:%SZ"), event.actor, event.entity,
            event.entity_id, event.action, event.before, event.after, event.hash,
        ]  # fmt: skip
    assert {c.value for c in sheet["C"]} >= set(FORMULAS)


# --- ICS ------------------------------------------------------------------------------------


def calendar_events(path: Path) -> dict[str, tuple[str, object, object]]:
    from icalendar import Calendar

    calendar = Calendar.from_ical(path.read_bytes())
    return {
        str(e["uid"]): (str(e["summary"]), e.decoded("dtstart"), e.decoded("dtend"))
        for e in calendar.walk("VEVENT")
    }


def test_ics_has_all_day_baseline_and_forecast_events_with_stable_uids(
    services: Services, db: Database, tmp_path: Path
) -> None:
    built = engagement(services, titles=["Discovery", "Design", "Réception 驗收"])
    services.roadmap.move_forecast(built.milestone_ids[1], date(2026, 2, 20), "Holidays")
    first, second = tmp_path / "a.ics", tmp_path / "b.ics"
    export_history(db, CODE, "ics", first)
    export_history(db, CODE, "ics", second)
    assert first.read_bytes() == second.read_bytes()
    found = calendar_events(first)
    assert len(found) == 4  # three planned dates and the one forecast that moved
    for summary, start, end in found.values():
        assert type(start) is date and end == start + timedelta(days=1)  # all-day
    summaries = sorted(s for s, _, _ in found.values())
    assert summaries == [
        f"{CODE} M1: Discovery (planned)",
        f"{CODE} M2: Design (forecast)",
        f"{CODE} M2: Design (planned)",
        f"{CODE} M3: Réception 驗收 (planned)",
    ]
    by_summary = {s: (uid, start) for uid, (s, start, _) in found.items()}
    assert by_summary[f"{CODE} M2: Design (forecast)"][1] == date(2026, 2, 20)
    assert by_summary[f"{CODE} M2: Design (planned)"][1] == date(2026, 2, 2)
    # The forecast moves again: same events (same UIDs), one date changed, one event added.
    services.roadmap.move_forecast(built.milestone_ids[1], date(2026, 2, 27), "Photos late")
    services.roadmap.move_forecast(built.milestone_ids[2], date(2026, 3, 6), "Audit")
    export_history(db, CODE, "ics", second)
    again = calendar_events(second)
    assert set(found) < set(again) and len(again) == 5
    uid = by_summary[f"{CODE} M2: Design (forecast)"][0]
    assert again[uid][1] == date(2026, 2, 27)


def test_ics_summaries_and_descriptions_are_in_the_document_language(
    services: Services, db: Database, tmp_path: Path
) -> None:
    built = engagement(services, milestones=1, titles=["Maquettes"], language="fr")
    services.roadmap.move_forecast(built.milestone_ids[0], date(2026, 2, 20), "Congés")
    target = tmp_path / "jalons.ics"
    export_history(db, CODE, "ics", target)
    from icalendar import Calendar

    events = Calendar.from_ical(target.read_bytes()).walk("VEVENT")
    assert sorted(str(e["summary"]) for e in events) == [
        f"{CODE} M1: Maquettes (estimée)",
        f"{CODE} M1: Maquettes (prévue)",
    ]
    assert all(str(e["description"]).startswith("Planifié — ") for e in events)


# --- history PDF ----------------------------------------------------------------------------


def test_history_pdf_lists_every_event_on_numbered_pages(
    services: Services, db: Database, tmp_path: Path, flat: Callable[[str], str]
) -> None:
    built = engagement(services)
    bulk_events(db, built.engagement_id, 130)
    target = tmp_path / "history.pdf"
    export_history(db, CODE, "pdf", target)
    pages = pdf_text(target.read_bytes())
    stored = events(db)
    assert len(stored) == 135 and len(pages) >= 3
    head = stored[-1].hash[:10]
    lines = []
    for number, page in enumerate(pages, start=1):
        *body, footer = page.strip().splitlines()
        assert footer == f"{CODE} Page {number} of {len(pages)} Last hash {head}"
        assert body[0] == f"Engagement history — {CODE} · Website relaunch"
        assert body[2].startswith("No. When Who Entity Action")  # column heads on every page
        # an event's first line ends with its short hash; a long change goes on below it
        lines += [line for line in body[3:] if re.search(r" [0-9a-f]{10}$", line)]
    assert len(lines) == len(stored)
    for line, event in zip(lines, stored, strict=True):  # every event once, in order
        assert line.startswith(f"{event.seq} ") and line.endswith(event.hash[:10])
    assert "Events: 135" in pages[0]
    assert "created: Text=note 00129" in flat(pages[-1])


def test_history_pdf_text_in_french_and_chinese_is_the_stored_text(
    services: Services, db: Database, tmp_path: Path, no_space: Callable[[str], str]
) -> None:
    title = "Refonte « été » 品牌官網"
    actor = "陳美玲 Zoë"
    built = engagement(
        Services(db, actor), title=title, titles=["Réception des maquettes", "視覺設計與互動原型"],
        language="zh-TW", client_name="臺北數位設計 Société",
    )  # fmt: skip
    assert built.engagement_id
    target = tmp_path / "history.pdf"
    export_history(db, CODE, "pdf", target)
    (page,) = pdf_text(target.read_bytes())
    lines = page.splitlines()
    assert lines[0] == f"{labels('zh-TW')['history.title']} — {CODE} · {title}"
    assert "臺北數位設計 Société" in lines[1]
    rows = [line for line in lines if re.match(r"\d+ ", line)]
    assert all(actor in row for row in rows)
    assert any(f"標題={title}" in row for row in rows)  # field names in the document language
    assert any("標題=Réception des maquettes" in row for row in rows)
    assert any(no_space("標題=視覺設計與互動原型") in no_space(row) for row in rows)


def test_history_pdf_copies_out_characters_above_u_ffff_as_stored(
    services: Services, db: Database, tmp_path: Path
) -> None:
    engagement(services, titles=["Launch 😀 party 𐌀"])  # DejaVu draws both
    target = tmp_path / "history.pdf"
    export_history(db, CODE, "pdf", target)
    assert any(
        "Title=Launch 😀 party 𐌀" in line for line in pdf_text(target.read_bytes())[0].splitlines()
    )


def test_a_long_change_wraps_between_fields_never_inside_an_amount(
    services: Services, db: Database, tmp_path: Path
) -> None:
    """A history change too long for its column goes on over the next lines, broken after
    a whole field: never cut with '…', and never inside an amount ("€7,654,3" on one line
    would read as another sum)."""
    built = engagement(services)
    titles = ["Landing " + "x" * n for n in range(0, 50, 2)]  # the break moves along
    with db.unit_of_work("Marie") as uow:
        for n, title in enumerate(titles):
            uow.event(
                engagement_stream(built.engagement_id), "milestone", f"m{n}", "added",
                after={"title": title, "amount_minor": 7_654_321_00, "state": "planned"},
                engagement_id=built.engagement_id,
            )  # fmt: skip
        uow.commit()
    target = tmp_path / "history.pdf"
    export_history(db, CODE, "pdf", target)
    text = "\n".join(pdf_text(target.read_bytes()))
    assert "…" not in text
    assert text.count("Amount=€7,654,321.00") == len(titles)  # every amount whole on a line
    for title in titles:
        assert f"Title={title}" in text


EXPORT_IN_A_NEW_PROCESS = (
    "import sys; from core.db import open_database; from reports.exports import export_history; "
    "export_history(open_database(sys.argv[1]), sys.argv[2], 'pdf', sys.argv[3])"
)


def test_history_pdf_bytes_do_not_depend_on_the_process(
    services: Services, db_url: str, tmp_path: Path
) -> None:
    """The same history exported by two fresh interpreters whose string hashing differs
    (as it does between any two runs) gives the same bytes."""
    engagement(services, titles=["Réception « été » — qualité", "視覺設計與互動原型 ✓ Zoë"])
    outputs = []
    for seed in ("1", "2"):
        target = tmp_path / f"history-{seed}.pdf"
        subprocess.run(
            [sys.executable, "-c", EXPORT_IN_A_NEW_PROCESS, db_url, CODE, str(target)],
            cwd=ROOT,
            env={**os.environ, "PYTHONHASHSEED": seed},
            check=True,
            timeout=120,
        )
        outputs.append(target.read_bytes())
    assert outputs[0] == outputs[1]


@pytest.fixture
def system_temp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The system's temporary folder, for this test only (openpyxl streams sheets there)."""
    folder = tmp_path / "system-temp"
    folder.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder


class Failure(Exception):
    """Something going wrong in the middle of an export (a lost database connection, say)."""


# pytest shows warnings; here any warning (openpyxl's writer dropped half-written used to
# emit one when collected) fails the test.
@pytest.mark.filterwarnings("error")
@pytest.mark.parametrize("fmt", ["csv", "xlsx", "pdf"])
@pytest.mark.parametrize("outcome", ["cancelled", "failed"])
def test_an_export_stopped_halfway_leaves_no_file_behind_and_the_old_one_unchanged(
    fmt: str,
    outcome: str,
    services: Services,
    db: Database,
    tmp_path: Path,
    system_temp: Path,
) -> None:
    built = engagement(services)
    bulk_events(db, built.engagement_id, 1200)
    folder = tmp_path / "exports"
    folder.mkdir()
    target = folder / f"history.{fmt}"
    target.write_bytes(b"the earlier export")
    seen: list[int] = []

    def stop_halfway(done: int, total: int) -> bool:
        seen.append(done)
        if done >= 1000 and outcome == "failed":
            raise Failure("connection lost")
        return done < 1000

    with pytest.raises(ExportCancelled if outcome == "cancelled" else Failure):
        export_history(db, CODE, fmt, target, progress=stop_halfway)
    # Right after the call: only the earlier file, unchanged; nothing in the temporary folder.
    assert sorted(p.name for p in folder.iterdir()) == [f"history.{fmt}"]
    assert target.read_bytes() == b"the earlier export"
    assert list(system_temp.iterdir()) == []
    assert 500 in seen and 1000 in seen
    gc.collect()  # whatever was dropped is collected inside the test, where warnings fail it


@pytest.mark.filterwarnings("error")
def test_a_first_export_cancelled_leaves_no_file_at_all(
    services: Services, db: Database, tmp_path: Path, system_temp: Path
) -> None:
    built = engagement(services)
    bulk_events(db, built.engagement_id, 600)
    for fmt in ("csv", "xlsx", "pdf"):
        with pytest.raises(ExportCancelled):
            export_history(db, CODE, fmt, tmp_path / f"new.{fmt}", progress=lambda d, t: False)
        assert not any(p.name.startswith(("new.", ".new.")) for p in tmp_path.iterdir())
    assert list(system_temp.iterdir()) == []
    gc.collect()


def test_a_completed_xlsx_export_leaves_no_temporary_file(
    services: Services, db: Database, tmp_path: Path, system_temp: Path
) -> None:
    built = engagement(services)
    bulk_events(db, built.engagement_id, 600)
    export_history(db, CODE, "xlsx", tmp_path / "h.xlsx")
    assert zipfile.is_zipfile(tmp_path / "h.xlsx")
    assert list(system_temp.iterdir()) == []


# --- command line ---------------------------------------------------------------------------


@pytest.fixture
def cli(services: Services, db_url: str, capsys: pytest.CaptureFixture[str]) -> Cli:
    built = engagement(services, language="fr", titles=["Atelier", "Maquettes", "Lancement"])
    services.roadmap.move_forecast(built.milestone_ids[0], date(2026, 1, 26), "Vacances")
    return Cli(capsys, db_url)


MAGIC = {
    "pdf": b"%PDF-",
    "csv": "\ufeffDate (UTC),Auteur,Mission".encode(),  # readable, in the engagement's language
    "raw-csv": b"seq,at,actor",
    "xlsx": b"PK\x03\x04",
    "ics": b"BEGIN:VCALENDAR",
}


@pytest.mark.parametrize("fmt", ["pdf", "csv", "raw-csv", "xlsx", "ics"])
def test_export_history_command(fmt: str, cli: Cli, tmp_path: Path) -> None:
    target = tmp_path / "out" / f"Historique été.{fmt}"
    target.parent.mkdir()
    raw = ["--raw"] if fmt.startswith("raw-") else []
    code, out, err = cli(
        "export-history", CODE.lower(), "--format", fmt.removeprefix("raw-"), *raw, "-o", target
    )
    assert (code, err) == (0, "")
    assert out.strip() == f"wrote {target}"
    assert target.read_bytes().startswith(MAGIC[fmt])
    assert [p.name for p in target.parent.iterdir()] == [target.name]


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["export-roadmap", CODE], ["Feuille de route", "Atelier", "Lancement"]),
        (["export-status", CODE], ["Point hebdomadaire", "Chiffres", "Atelier"]),
        (["export-status"], ["Weekly status", "Portfolio", CODE]),
    ],
)
def test_roadmap_and_status_commands(
    args: list[str], expected: list[str], cli: Cli, tmp_path: Path, flat: Callable[[str], str]
) -> None:
    target = tmp_path / "out.pdf"
    code, out, err = cli(*args, "-o", target)
    assert (code, err, out.strip()) == (0, "", f"wrote {target}")
    text = flat("\n".join(pdf_text(target.read_bytes())))
    for value in expected:
        assert value in text


COMMANDS = [
    ["export-history", "{code}", "--format", "pdf"],
    ["export-history", "{code}", "--format", "csv"],
    ["export-history", "{code}", "--format", "xlsx"],
    ["export-history", "{code}", "--format", "ics"],
    ["export-roadmap", "{code}"],
    ["export-status", "{code}"],
]


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: "-".join(c[::2]))
def test_an_unknown_code_is_refused_in_one_line_and_writes_nothing(
    command: list[str], cli: Cli, tmp_path: Path
) -> None:
    target = tmp_path / "out" / "file"
    target.parent.mkdir()
    code, out, err = cli(*[a.format(code="NOPE-2026-01") for a in command], "-o", target)
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and err.startswith("scopekeeper: error: ")
    assert "NOPE-2026-01" in err
    assert list(target.parent.iterdir()) == []


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: "-".join(c[::2]))
def test_a_missing_folder_is_refused_in_one_line(
    command: list[str], cli: Cli, tmp_path: Path
) -> None:
    target = tmp_path / "no such folder" / "file"
    code, out, err = cli(*[a.format(code=CODE) for a in command], "-o", target)
    assert code == 2 and out == ""
    assert (
        err
        == f"scopekeeper: error: the folder '{target.parent}' does not exist; choose another place\n"
    )
    assert not target.parent.exists()


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: "-".join(c[::2]))
def test_a_read_only_folder_is_refused_and_the_old_file_stays(
    command: list[str], cli: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "locked"
    folder.mkdir()
    target = folder / "file"
    target.write_bytes(b"last week's file")
    folder.chmod(0o500)
    if os.geteuid() == 0:  # root ignores permissions: refuse as the kernel would for others
        real_open = os.open

        def refusing_open(path: str | os.PathLike[str], flags: int, mode: int = 0o777) -> int:
            if Path(path).parent == folder and flags & os.O_CREAT:
                raise PermissionError(errno.EACCES, "Permission denied", str(path))
            return real_open(path, flags, mode)

        monkeypatch.setattr(files.os, "open", refusing_open)
    try:
        code, out, err = cli(*[a.format(code=CODE) for a in command], "-o", target)
    finally:
        folder.chmod(0o700)
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and "read-only" in err
    assert [p.name for p in folder.iterdir()] == ["file"]
    assert target.read_bytes() == b"last week's file"


def test_exported_pdfs_can_be_read_back(cli: Cli, tmp_path: Path) -> None:
    for args in (["export-roadmap", CODE], ["export-history", CODE, "--format", "pdf"]):
        target = tmp_path / f"{args[0]}.pdf"
        assert cli(*args, "-o", target)[0] == 0
        reader = PdfReader(io.BytesIO(target.read_bytes()))
        assert reader.metadata is not None and reader.metadata.title
