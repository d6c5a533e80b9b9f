"""The weekly status PDF: the dashboard's numbers and the week's changes, nothing else."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from core.db import Database
from core.history import engagement_stream
from core.queries import engagement_detail
from core.queries.overview import dashboard
from core.services import Services, VerdictInput
from reports.i18n import format_amount, labels
from reports.status_data import SHOWN_CHANGES
from reports.status_pdf import LISTED_MILESTONES, export_status
from tests.factories import criteria_ids
from tests.reports.builders import clock, engagement, pdf_text

TODAY = date(2026, 2, 5)
LONG_AGO = datetime(2026, 1, 10, 9, 0, tzinfo=UTC)
THIS_WEEK = datetime(2026, 2, 3, 14, 30, tzinfo=UTC)


def status(db: Database, tmp_path: Path, code: str | None = None) -> list[str]:
    target = tmp_path / "status.pdf"
    export_status(db, code, target, TODAY)
    return pdf_text(target.read_bytes())


def section(text: str, start: str, end: str | None) -> str:
    """The part of the text between two headings."""
    after = text.split(start, 1)[1]
    return after.split(end, 1)[0] if end else after


@pytest.fixture
def portfolio(services: Services, monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    """Two active engagements in two currencies and a draft, set up weeks ago; this week one
    forecast moved and an idea was parked."""
    with clock(monkeypatch, LONG_AGO):
        eur = engagement(
            services, "EUR-2026-01", titles=["Discovery", "Design system", "Launch campaign"]
        )
        gbp = engagement(
            services,
            "GBP-2026-01",
            milestones=2,
            currency="GBP",
            client_name="Harbour Ltd",
            every_days=21,
        )
        client = (gbp.client_id, gbp.contact_id)
        engagement(services, "DRAFT-2026-01", activate=False, client=client)
        first = eur.milestone_ids[0]  # submitted Jan 20, accepted at the first review Jan 23
        services.workflow.start(first)
        services.workflow.submit(first, date(2026, 1, 20))
        services.workflow.record_review(
            first,
            held_on=date(2026, 1, 23),
            reviewer_id=eur.contact_id,
            verdicts=[VerdictInput(c, "met", "") for c in criteria_ids(services, first)],
        )
        idea = services.ideas.capture(
            eur.engagement_id,
            description="Loyalty programme",
            raised_by="Marie",
            raised_on=date(2026, 1, 12),
        ).created
        services.ideas.divert([idea or ""], code="EUR-2026-02", title="Loyalty spin-off")
        parked = services.ideas.capture(
            eur.engagement_id,
            description="Dark mode",
            raised_by="Marie",
            raised_on=date(2026, 1, 12),
        ).created
        services.ideas.capture(
            eur.engagement_id,
            description="Podcast",
            raised_by="Marie",
            raised_on=date(2026, 1, 13),
        )
    with clock(monkeypatch, THIS_WEEK):
        services.roadmap.move_forecast(
            eur.milestone_ids[2], date(2026, 2, 27), "Waiting for the client's photos"
        )
        services.ideas.park(parked or "", "Not this year")
    return {"eur": eur.engagement_id, "gbp": gbp.engagement_id}


def test_the_figures_are_the_dashboard_numbers(
    portfolio: dict[str, str], db: Database, tmp_path: Path, flat: Callable[[str], str]
) -> None:
    pages = status(db, tmp_path)
    text = flat("\n".join(pages))
    with db.reading() as session:
        board = dashboard(session, TODAY)
    assert [f.currency for f in board.figures] == ["EUR", "GBP"]
    figures = section(text, "Figures", "Overdue")
    for f in board.figures:
        amounts = [
            format_amount(getattr(f, key), f.currency, "en")
            for key in ("contracted", "accepted", "signed", "invoiced", "paid", "outstanding")
        ]
        assert f"{f.currency} {' '.join(amounts)}" in figures
    eur = board.figures[0]
    assert (eur.contracted, eur.accepted) == (600_300, 100_050)  # the draft is not counted
    # Overdue: GBP M1 (due Jan 26) and EUR M2 (due Feb 2).
    overdue = section(text, "Overdue", "Due in the next 14 days")
    assert [r.title for r in board.overdue] == ["Milestone 01", "Design system"]
    assert "GBP-2026-01 M1 Milestone 01 Jan 26, 2026 10 £1,000.50 Planned" in overdue
    assert "EUR-2026-01 M2 Design system Feb 2, 2026 3 €2,001.00 Planned" in overdue
    # Due: GBP M2 on Feb 16; EUR M3, moved to Feb 27, is past the 14 days.
    due = section(text, "Due in the next 14 days", "Indicators")
    assert [r.title for r in board.due] == ["Milestone 02"]
    assert "GBP-2026-01 M2 Milestone 02 Feb 16, 2026 11 £2,001.00 Planned" in due
    assert "Launch campaign" not in due
    indicators = section(text, "Indicators", "Spin-off pipeline")
    assert board.first_pass == (1, 1) and board.latency_days == 3.0
    assert "First-pass acceptance 1 of 1 reviewed milestones (100%)" in indicators
    assert "Client review latency 3.0 days on average" in indicators
    assert board.ideas == {"captured": 1, "diverted": 1, "parked": 1, "declined": 0}
    assert "1 captured · 1 diverted · 1 parked · 0 declined" in indicators
    spinoffs = section(text, "Spin-off pipeline", "Changes in the last 7 days")
    assert "EUR-2026-02 — Loyalty spin-off EUR-2026-01 Draft 1 €0.00" in spinoffs


def test_only_the_changes_of_the_last_seven_days_are_listed(
    portfolio: dict[str, str], db: Database, tmp_path: Path, flat: Callable[[str], str]
) -> None:
    changes = section(flat("\n".join(status(db, tmp_path))), "Changes in the last 7 days", None)
    assert "Feb 3, 2026 14:30" in changes
    assert "EUR-2026-01 · M3" in changes and "forecast moved" in changes
    assert "Waiting for the client's photos" in changes
    assert "Idea · parked" in changes and "Not this year" in changes
    for old in ("created", "activated", "recorded", "Jan 10, 2026", "diverted"):
        assert old not in changes, old


def test_an_engagement_report_keeps_to_that_engagement(
    portfolio: dict[str, str],
    db: Database,
    tmp_path: Path,
    flat: Callable[[str], str],
) -> None:
    text = flat("\n".join(status(db, tmp_path, "gbp-2026-01")))
    assert "GBP-2026-01 — Website relaunch" in text and "Client: Harbour Ltd" in text
    assert "EUR-2026-01" not in text and "€" not in text
    assert "No change recorded." in text  # nothing happened to it this week
    assert "Spin-off pipeline No spin-off engagement." in text


def test_an_engagement_report_speaks_its_language_and_the_portfolio_english(
    services: Services,
    db: Database,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    no_space: Callable[[str], str],
) -> None:
    with clock(monkeypatch, THIS_WEEK):
        engagement(
            services,
            "TPE-2026-01",
            titles=["需求訪談與資訊架構"],
            language="zh-TW",
            currency="TWD",
            client_name="臺北數位設計有限公司",
        )
    t = labels("zh-TW")
    pages = status(db, tmp_path, "TPE-2026-01")
    text = no_space("\n".join(pages))
    for key in ("status.title", "status.figures", "status.overdue", "status.changes"):
        assert no_space(t[key]) in text, key
    assert no_space("臺北數位設計有限公司") in text and no_space("需求訪談與資訊架構") in text
    assert no_space(format_amount(600_300, "TWD", "zh-TW")) in text
    assert no_space(t["signoff.page_of"].format(page=1, pages=len(pages))) in text
    portfolio = "\n".join(status(db, tmp_path))
    assert "Weekly status" in portfolio and "Portfolio" in portfolio


def test_a_busy_week_lists_the_newest_changes_and_counts_the_rest(
    services: Services, db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with clock(monkeypatch, THIS_WEEK):
        built = engagement(services, "BUSY-2026-01", milestones=1)
    with db.unit_of_work("Importer") as uow:  # a bulk change: many events in one go
        for n in range(SHOWN_CHANGES + 25):
            uow.now = THIS_WEEK + timedelta(minutes=n)
            uow.event(
                engagement_stream(built.engagement_id),
                "note",
                f"n{n}",
                "added",
                after={"text": f"note number {n:03d}"},
                engagement_id=built.engagement_id,
            )
        uow.commit()
    pages = status(db, tmp_path, "BUSY-2026-01")
    text = "\n".join(pages)
    assert len(pages) > 3
    assert "note number 224" in text and "note number 025" in text  # newest first
    assert "note number 024" not in text
    total = SHOWN_CHANGES + 25 + 3  # the notes, the engagement, its milestone and activation
    assert f"+{total - SHOWN_CHANGES:,} more changes, not shown" in text
    for number, page in enumerate(pages, start=1):
        assert re.search(
            rf"BUSY-2026-01 Page {number} of {len(pages)} Weekly status Feb 5, 2026$", page.strip()
        )


def test_an_empty_portfolio_and_refusals(db: Database, tmp_path: Path) -> None:
    text = "\n".join(status(db, tmp_path))
    assert "No active or completed engagement." in text and "No change recorded." in text
    from core.errors import NotFoundError

    with pytest.raises(NotFoundError):
        export_status(db, "NOPE-1", tmp_path / "x.pdf", TODAY)
    assert not (tmp_path / "x.pdf").exists()


def test_same_data_gives_identical_bytes(
    portfolio: dict[str, str], db: Database, tmp_path: Path
) -> None:
    export_status(db, None, tmp_path / "a.pdf", TODAY)
    export_status(db, None, tmp_path / "b.pdf", TODAY)
    assert (tmp_path / "a.pdf").read_bytes() == (tmp_path / "b.pdf").read_bytes()
    with db.reading() as session:
        assert engagement_detail(session, "EUR-2026-01", TODAY).status == "active"


def test_a_long_overdue_list_shows_the_most_overdue_and_counts_the_rest(
    services: Services, db: Database, tmp_path: Path, flat: Callable[[str], str]
) -> None:
    engagement(services, "LATE-2026-01", milestones=LISTED_MILESTONES + 7, every_days=0)
    text = flat("\n".join(status(db, tmp_path)))
    overdue = section(text, "Overdue", "Due in the next 14 days")
    assert overdue.count("LATE-2026-01 M") == LISTED_MILESTONES
    assert "+7 more milestones, not shown" in overdue
    assert f"M{LISTED_MILESTONES} Milestone {LISTED_MILESTONES}" in overdue
    assert f"M{LISTED_MILESTONES + 1} " not in overdue
