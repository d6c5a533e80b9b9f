"""``scopekeeper invoice``: marking a signed-off milestone invoiced from the command line, with
the invoice reference the desktop's "Mark invoiced" asks for, refused for the same reasons."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

import pytest
from sqlalchemy import select

from core.models import HistoryEvent
from core.models import MilestoneState as S
from core.services import Services
from core.services.workflow import invoice_reference
from tests.factories import Cli, drive, make_active

CODE = "ACME-2026-01"


def state_of(cli: Cli, position: int = 1) -> str:
    shown = cli.json("show", CODE)
    assert isinstance(shown, dict)
    return str(shown["milestones"][position - 1]["state"])


def reference_of(services: Services, milestone_id: str) -> str:
    with services.db.reading() as session:
        return invoice_reference(session, milestone_id)


def services_history(services: Services) -> list[dict[str, Any]]:
    """Every history event's action and recorded after-state, oldest first."""
    with services.db.reading() as session:
        rows = session.execute(
            select(HistoryEvent.action, HistoryEvent.after).order_by(
                HistoryEvent.at, HistoryEvent.seq
            )
        ).all()
    return [{"action": a, "after": json.loads(after) if after else None} for a, after in rows]


@pytest.fixture
def signed_off(services: Services) -> str:
    """Milestone 1 of ACME-2026-01 signed off; its id."""
    built = make_active(services)
    mid = built.milestone_ids[0]
    drive(services, built, mid, S.SIGNED_OFF)
    return mid


def test_invoice_records_the_reference_as_the_desktop_does(
    cli: Cli, services: Services, signed_off: str
) -> None:
    out = cli.ok("invoice", CODE, "1", "--on", "2026-03-10", "--reference", "  INV-2026-042 ")
    assert (
        out == f"{CODE} milestone 1 marked invoiced on 2026-03-10, invoice reference INV-2026-042\n"
    )
    assert state_of(cli) == "invoiced"
    # kept where the desktop's sign-off panel reads it back
    assert reference_of(services, signed_off) == "INV-2026-042"
    history = [e for e in services_history(services) if e["action"] == "state_changed"]
    assert history[-1]["after"]["invoice_reference"] == "INV-2026-042"
    assert history[-1]["after"]["invoiced_on"] == "2026-03-10"
    assert cli("check")[0] == 0


def test_the_reference_is_optional(cli: Cli, services: Services, signed_off: str) -> None:
    out = cli.ok("invoice", CODE.lower(), "1", "--on", "2026-03-10")
    assert out.endswith("marked invoiced on 2026-03-10, no invoice reference\n")
    assert state_of(cli) == "invoiced"
    assert reference_of(services, signed_off) == ""


@pytest.mark.parametrize(
    ("reference", "words"),
    [
        ("INV-" + "9" * 200, ["invoice reference", "too long", "204 characters", "200"]),
        ("INV-1\nINV-2", ["invoice reference", "line break"]),
    ],
)
def test_a_bad_reference_is_refused_and_nothing_changes(
    cli: Cli, signed_off: str, reference: str, words: list[str]
) -> None:
    code, out, err = cli("invoice", CODE, "1", "--reference", reference)
    assert code == 2 and out == ""
    for word in words:
        assert word in err
    assert state_of(cli) == "signed_off"


def test_an_unsigned_milestone_cannot_be_invoiced(cli: Cli, services: Services) -> None:
    built = make_active(services)
    drive(services, built, built.milestone_ids[0], S.ACCEPTED)
    code, _, err = cli("invoice", CODE, "1", "--reference", "INV-7")
    assert code == 2
    assert "is accepted" in err and "signed off" in err
    assert state_of(cli) == "accepted"


def test_a_missing_milestone_or_engagement_is_named(cli: Cli, signed_off: str) -> None:
    code, _, err = cli("invoice", CODE, "9")
    assert code == 2 and f"{CODE} has no milestone 9" in err
    code, _, err = cli("invoice", "NOPE-1", "1")
    assert code == 2 and "there is no engagement 'NOPE-1'" in err
    code, _, err = cli("invoice", CODE, "1", "--on", "10/03/2026")
    assert code == 2 and "'10/03/2026' is not a date; use YYYY-MM-DD" in err
    assert state_of(cli) == "signed_off"


def test_a_refused_reference_speaks_french_in_a_french_session(
    cli: Cli, signed_off: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "fr_FR.UTF-8")
    code, _, err = cli("invoice", CODE, "1", "--reference", "x" * 201)
    assert code == 2
    assert "référence de facture" in err and "201 caractères" in err


def test_today_is_the_default_invoice_date(cli: Cli, signed_off: str) -> None:
    out = cli.ok("invoice", CODE, "1")
    assert f"marked invoiced on {date.today().isoformat()}" in out


def test_show_prints_the_invoice_reference_in_text_and_json(cli: Cli, signed_off: str) -> None:
    cli.ok("invoice", CODE, "1", "--on", "2026-03-10", "--reference", "INV-2026-042")
    assert "invoice reference INV-2026-042" in cli.ok("show", CODE)
    shown = cli.json("show", CODE)
    assert isinstance(shown, dict)
    assert [m["invoice_reference"] for m in shown["milestones"]][:2] == ["INV-2026-042", None]


# --- paid: the step after invoiced -----------------------------------------------------------


def test_paid_marks_an_invoiced_milestone_paid(cli: Cli, signed_off: str) -> None:
    cli.ok("invoice", CODE, "1", "--on", "2026-03-10", "--reference", "INV-7")
    out = cli.ok("paid", CODE, "1", "--on", "2026-04-02")
    assert out == f"{CODE} milestone 1 marked paid on 2026-04-02\n"  # milestone 2 is not
    assert state_of(cli) == "paid"
    assert "invoice reference INV-7" in cli.ok("show", CODE)  # still there once paid
    assert cli("check")[0] == 0


def test_paying_the_last_milestone_completes_the_engagement(cli: Cli, services: Services) -> None:
    built = make_active(services, milestones=1)
    drive(services, built, built.milestone_ids[0], S.INVOICED)
    out = cli.ok("paid", CODE, "1", "--on", "2026-05-01")
    assert out.endswith(f"{CODE} is completed: every milestone is paid\n")
    shown = cli.json("show", CODE)
    assert isinstance(shown, dict) and shown["status"] == "completed"


def test_paid_is_refused_before_the_invoice_and_nothing_changes(cli: Cli, signed_off: str) -> None:
    code, out, err = cli("paid", CODE, "1")
    assert code == 2 and out == ""
    assert "signed off" in err and "invoiced" in err
    assert state_of(cli) == "signed_off"
    code, _, err = cli("paid", CODE, "1", "--on", "2026-13-01")
    assert code == 2 and "'2026-13-01' is not a date; use YYYY-MM-DD" in err


def test_a_date_the_command_line_cannot_read_is_refused_in_french(
    cli: Cli, signed_off: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "fr_FR.UTF-8")
    code, _, err = cli("invoice", CODE, "1", "--on", "10/03/2026")
    assert code == 2
    assert "«\u00a010/03/2026\u00a0» n’est pas une date\u00a0; écrivez-la AAAA-MM-JJ" in err
    code, _, err = cli("paid", CODE, "1", "--on", "2300-01-01")
    assert code == 2
    assert "2300-01-01" in err and "1900-01-01" in err and "hors des dates acceptées" in err
    assert state_of(cli) == "signed_off"
