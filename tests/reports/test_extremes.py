"""Every document and export, through the command line, for an engagement whose dates sit at
both ends of the accepted range (1900-01-01 and 2199-12-31) and whose amounts are the largest
accepted; and the portfolio documents for totals past 64 bits. Values outside the range are
refused at the door with the field named and exit code 2."""

from __future__ import annotations

import csv
import json
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

import pytest
from icalendar import Calendar
from openpyxl import load_workbook

from core.dates import EARLIEST, LATEST
from core.models import MilestoneState
from core.money import MAX_MINOR
from core.services import CriterionInput, Services
from tests.big_portfolio import big_portfolio
from tests.factories import Built, Cli, accept, make_client
from tests.reports.builders import pdf_text

CODE = "EDGE-01"
CAP = "€10,000,000,000,000.00"
"""``MAX_MINOR`` euro cents as the English documents write them."""


@pytest.fixture
def edge(services: Services, cli: Cli, tmp_path: Path) -> Built:
    """EDGE-01, 1900-01-01 to 2199-12-31: M1 due on the first day and forecast on the last;
    M2 due, submitted, accepted, signed and invoiced on the last day; M3 due on the last day.
    Each is worth the largest amount accepted. An idea raised on the first day is to be
    followed up on the last."""
    client_id, contact_id = make_client(services)
    engagement_id = services.engagements.create(
        code=CODE,
        title="Three centuries",
        client_id=client_id,
        currency="EUR",
        start_date=EARLIEST,
        target_end_date=LATEST,
    ).created
    assert engagement_id is not None
    ids = []
    for n, due in enumerate((EARLIEST, LATEST, LATEST), start=1):
        created = services.roadmap.add_milestone(
            engagement_id,
            title=f"Stage {n}",
            deliverables=f"Deliverables {n}",
            amount_minor=MAX_MINOR,
            due=due,
            criteria=[CriterionInput("Delivered as agreed")],
        ).created
        assert created is not None
        ids.append(created)
    services.engagements.activate(engagement_id)
    services.roadmap.move_forecast(ids[0], LATEST, "Pushed to the far end")
    built = Built(client_id, contact_id, engagement_id, ids)
    accept(services, built, ids[1], LATEST)
    cli.ok("export-signoff", CODE, "2", "-o", str(tmp_path / "issued.pdf"))
    typed = tmp_path / "ack.txt"
    typed.write_text("We accept stage 2.\nMarie Dupont", encoding="utf-8")
    cli.ok(
        "record-signature", CODE, "2", str(typed), "--method", "typed",
        "--signer", "Marie Dupont", "--signed-on", LATEST.isoformat(),
        "--document-id", f"{CODE}-M02-R1",
    )  # fmt: skip
    services.workflow.mark_invoiced(ids[1], LATEST)
    services.ideas.capture(
        engagement_id,
        description="A sequel",
        raised_by="Marie Dupont",
        raised_on=EARLIEST,
        follow_up=LATEST,
    )
    return built


def test_the_roadmap_pdf_spans_the_whole_range(
    edge: Built, cli: Cli, tmp_path: Path, flat: Callable[[str], str]
) -> None:
    target = tmp_path / "roadmap.pdf"
    cli.ok("export-roadmap", CODE, "-o", str(target))
    (page,) = pdf_text(target.read_bytes())
    text = flat(page)
    assert "January 1, 1900 to December 31, 2199" in text
    assert "Jan 1, 1900 Dec 31, 2199" in text  # M1: planned on the first day, forecast last
    assert text.count("Dec 31, 2199") >= 5  # M2 and M3, planned and forecast, and M1
    assert "Jan 1900" in text and "Jan 2175" in text  # the axis, in 25-year steps
    assert "Total €30,000,000,000,000.00" in text
    assert text.count(f"{CAP} ") >= 3  # each on one line of the table


def test_the_status_pdfs_show_the_figures(
    edge: Built, cli: Cli, tmp_path: Path, no_space: Callable[[str], str]
) -> None:
    """The figures columns are narrow: an amount this long wraps in its cell (read here
    without the line breaks), but every digit is there."""
    for scope in ([CODE], []):
        target = tmp_path / f"status-{len(scope)}.pdf"
        cli.ok("export-status", *scope, "-o", str(target))
        text = no_space(" ".join(pdf_text(target.read_bytes())))
        figures = text[text.index("Outstanding") :]
        # contracted; accepted, signed and invoiced (M2); nothing paid; M2 outstanding
        assert figures.startswith(f"OutstandingEUR€30,000,000,000,000.00{CAP * 3}€0.00{CAP}")


def test_history_exports_keep_the_dates_at_both_ends(edge: Built, cli: Cli, tmp_path: Path) -> None:
    paths = {fmt: tmp_path / f"history.{fmt}" for fmt in ("pdf", "csv", "xlsx", "ics")}
    for fmt, path in paths.items():
        raw = ["--raw"] if fmt in ("csv", "xlsx") else []  # the stored records
        cli.ok("export-history", CODE, "--format", fmt, *raw, "-o", str(path))

    with paths["csv"].open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    forecast = next(r for r in rows if r["action"] == "forecast_moved")
    assert json.loads(forecast["after"])["forecast_due"] == "2199-12-31"
    created = next(r for r in rows if r["action"] == "created" and r["entity"] == "engagement")
    assert json.loads(created["after"])["start_date"] == "1900-01-01"

    sheet = load_workbook(paths["xlsx"], read_only=True).active
    assert sheet is not None
    cells = [row for row in sheet.iter_rows(values_only=True)]
    assert len(cells) == len(rows) + 1
    assert any("2199-12-31" in str(value) for row in cells for value in row)

    assert "Three centuries" in " ".join(pdf_text(paths["pdf"].read_bytes()))

    calendar = Calendar.from_ical(paths["ics"].read_bytes())
    events = {str(e["summary"]): e for e in calendar.walk("VEVENT")}
    first = events[f"{CODE} M1: Stage 1 (planned)"]
    last = events[f"{CODE} M1: Stage 1 (forecast)"]
    assert first.decoded("dtstart") == EARLIEST
    assert first.decoded("dtend") == EARLIEST + timedelta(days=1)
    assert last.decoded("dtstart") == LATEST
    assert last.decoded("dtend") == date(2200, 1, 1)
    assert len(events) == 4  # M1 planned and forecast, M2 and M3 planned (= forecast)


def test_the_sign_off_pdf_shows_the_last_day_and_the_largest_amount(
    edge: Built, cli: Cli, tmp_path: Path, flat: Callable[[str], str]
) -> None:
    target = tmp_path / "signoff.pdf"
    cli.ok("export-signoff", CODE, "2", "-o", str(target))
    text = flat(" ".join(pdf_text(target.read_bytes())))
    assert CAP in text
    assert "December 31, 2199" in text


def test_the_archive_round_trip_keeps_every_date_and_amount(
    edge: Built, cli: Cli, tmp_path: Path
) -> None:
    """Exported from the database under test, imported into a new SQLite file."""
    archive = tmp_path / "edge.json"
    cli.ok("export-archive", CODE, "-o", str(archive))
    shown = json.loads(cli.ok("show", CODE, "--json", "--today", "2199-12-31"))
    listed = json.loads(cli.ok("list", "--json"))
    other = str(tmp_path / "restored.sqlite3")
    cli.ok("import", str(archive), db=other)
    assert json.loads(cli.ok("show", CODE, "--json", "--today", "2199-12-31", db=other)) == shown
    assert json.loads(cli.ok("list", "--json", db=other)) == listed
    assert "no problems found" in cli.ok("check", db=other)
    assert shown["start_date"] == "1900-01-01" and shown["target_end_date"] == "2199-12-31"


def test_list_and_show_print_the_range_ends(edge: Built, cli: Cli) -> None:
    listed = cli.ok("list")
    assert "30,000,000,000,000.00 EUR" in listed
    shown = cli.ok("show", CODE, "--today", "1900-01-01")
    assert "1900-01-01" in shown and "2199-12-31" in shown
    assert "10,000,000,000,000.00 EUR" in shown


def test_a_signature_date_outside_the_range_is_refused_with_exit_2(
    services: Services, edge: Built, cli: Cli, tmp_path: Path
) -> None:
    accept(services, edge, edge.milestone_ids[2], LATEST)
    cli.ok("export-signoff", CODE, "3", "-o", str(tmp_path / "third.pdf"))
    typed = tmp_path / "ack3.txt"
    typed.write_text("We accept stage 3.\nMarie Dupont", encoding="utf-8")
    for day in ("0001-01-01", "2200-01-01"):
        code, _, err = cli(
            "record-signature", CODE, "3", str(typed), "--method", "typed",
            "--signer", "Marie Dupont", "--signed-on", day, "--document-id", f"{CODE}-M03-R1",
        )  # fmt: skip
        assert code == 2
        assert f"signature date: {day} is outside the dates Scopekeeper accepts" in err
        assert "1900-01-01 to 2199-12-31" in err
    assert services.signoffs.for_milestone(CODE, 3).milestone_state == MilestoneState.ACCEPTED


def test_an_archive_with_a_date_outside_the_range_is_not_imported(
    edge: Built, cli: Cli, tmp_path: Path
) -> None:
    archive = tmp_path / "edge.json"
    cli.ok("export-archive", CODE, "-o", str(archive))
    document = json.loads(archive.read_text(encoding="utf-8"))
    (idea,) = document["tables"]["idea"]
    idea["follow_up"] = "9999-12-31"
    archive.write_text(json.dumps(document), encoding="utf-8")
    other = str(tmp_path / "restored.sqlite3")
    code, _, err = cli("import", str(archive), db=other)
    assert code == 2
    assert "the follow-up date 9999-12-31 is outside 1900-01-01 to 2199-12-31" in err
    assert "no engagements" in cli.ok("list", db=other)


def test_portfolio_documents_show_totals_past_64_bits(
    services: Services,
    cli: Cli,
    tmp_path: Path,
    flat: Callable[[str], str],
    no_space: Callable[[str], str],
) -> None:
    big_portfolio(services)
    target = tmp_path / "status.pdf"
    cli.ok("export-status", "-o", str(target))
    text = no_space(" ".join(pdf_text(target.read_bytes())))
    # Contracted: 10**19 cents, ten engagements at the cap; nothing accepted yet.
    assert "OutstandingEUR€100,000,000,000,000,000.00€0.00€0.00€0.00€0.00€0.00" in text
    roadmap = tmp_path / "roadmap.pdf"
    cli.ok("export-roadmap", "BIG-00", "-o", str(roadmap))
    assert "Total €10,000,000,000,000,000.00" in flat(pdf_text(roadmap.read_bytes())[0])
