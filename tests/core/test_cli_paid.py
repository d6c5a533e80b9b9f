"""``scopekeeper paid`` says the engagement is completed exactly when the payment it records
leaves no milestone unpaid, whichever milestone that is (it knows from the engagement it read
before paying; it does not read it again afterwards)."""

from __future__ import annotations

from datetime import date

from core.models import MilestoneState as S
from core.services import Services
from tests.factories import SUBMITTED_ON, Built, Cli, drive, make_active, review, sign

CODE = "ACME-2026-01"
COMPLETED = f"{CODE} is completed: every milestone is paid\n"


def _invoice(s: Services, built: Built, position: int) -> None:
    """Bring milestone ``position`` to invoiced."""
    mid = built.milestone_ids[position - 1]
    s.workflow.start(mid)
    s.workflow.submit(mid, SUBMITTED_ON)
    review(s, built, mid, ["met", "met"], SUBMITTED_ON)
    sign(s, position)
    s.workflow.mark_invoiced(mid, date(2026, 3, 10))


def test_paying_the_last_unpaid_milestone_says_completed_whatever_its_position(
    cli: Cli, services: Services
) -> None:
    built = make_active(services, milestones=3)
    for position in (1, 2, 3):
        _invoice(services, built, position)

    assert cli.ok("paid", CODE, "2", "--on", "2026-05-01").endswith("2026-05-01\n")
    assert cli.ok("paid", CODE, "3", "--on", "2026-05-02").endswith("2026-05-02\n")
    shown = cli.json("show", CODE)
    assert isinstance(shown, dict) and shown["status"] != "completed"

    assert cli.ok("paid", CODE, "1", "--on", "2026-05-03") == (
        f"{CODE} milestone 1 marked paid on 2026-05-03\n{COMPLETED}"
    )
    shown = cli.json("show", CODE)
    assert isinstance(shown, dict) and shown["status"] == "completed"


def test_a_refused_payment_says_nothing_about_completion(cli: Cli, services: Services) -> None:
    built = make_active(services, milestones=1)
    drive(services, built, built.milestone_ids[0], S.SIGNED_OFF)  # not invoiced yet
    code, out, err = cli("paid", CODE, "1")
    assert code == 2 and out == ""
    assert "completed" not in err
