"""A sign-off names the agency beside the client: the command line refuses to issue a sign-off
PDF while the agency's identity has no name (the window asks for it at start), says how to set
it, and issues nothing; once named, the PDF is issued. A PDF issued before is still given back
as it was (its bytes are what a signature extends)."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import func, select

from core.models import HistoryEvent
from core.services import Services
from tests.factories import Cli, accept, make_active

CODE = "ACME-2026-01"


def _issued_events(services: Services) -> int:
    with services.db.reading() as session:
        count = session.scalar(
            select(func.count()).select_from(HistoryEvent).where(HistoryEvent.action == "issued")
        )
    return int(count or 0)


def test_export_signoff_is_refused_until_the_agency_is_named(
    cli: Cli, services: Services, tmp_path: Path
) -> None:
    built = make_active(services, milestones=2)
    accept(services, built, built.milestone_ids[0])
    target = tmp_path / "signoff.pdf"

    code, out, err = cli("export-signoff", CODE, "1", "-o", target)

    assert code == 2 and out == ""
    assert "the agency's identity is not set, and a sign-off must name the agency" in err
    assert "File ▸ Preferences ▸ Agency identity on documents" in err  # where to set it
    assert not target.exists()
    assert services.signoffs.for_milestone(CODE, 1).issued_pdf is None  # nothing issued
    assert _issued_events(services) == 0

    services.settings.update(name="   ")  # blanks are no name either
    assert cli("export-signoff", CODE, "1", "-o", target)[0] == 2

    services.settings.update(name="Atelier Nord")
    assert cli.ok("export-signoff", CODE, "1", "-o", target) == f"wrote {target}\n"
    assert target.read_bytes().startswith(b"%PDF-")
    assert services.signoffs.for_milestone(CODE, 1).issued_pdf == target.read_bytes()
    assert _issued_events(services) == 1


def test_a_sign_off_issued_before_is_given_back_even_without_a_name(
    cli: Cli, services: Services, tmp_path: Path
) -> None:
    services.settings.update(name="Atelier Nord")
    built = make_active(services, milestones=2)
    accept(services, built, built.milestone_ids[0])
    first, again = tmp_path / "first.pdf", tmp_path / "again.pdf"
    cli.ok("export-signoff", CODE, "1", "-o", first)

    services.settings.update(name="")
    cli.ok("export-signoff", CODE, "1", "-o", again)

    assert again.read_bytes() == first.read_bytes()
    assert _issued_events(services) == 1


def test_the_refusal_names_the_field_in_the_usual_form(
    cli: Cli, services: Services, tmp_path: Path
) -> None:
    built = make_active(services, milestones=1)
    accept(services, built, built.milestone_ids[0])
    code, _, err = cli("export-signoff", CODE, "1", "-o", tmp_path / "unused.pdf")
    assert code == 2
    assert err.startswith("scopekeeper: error: agency: the agency's identity is not set")
