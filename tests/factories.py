"""Builders for test data, through the services only (as a user would)."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest

from core.db import Database, open_database
from core.demo import load_demo
from core.models import Milestone
from core.models import MilestoneState as S
from core.services import ContactInput, CriterionInput, Services, SignatureInput, VerdictInput
from tests.checks import milestone_state


@dataclass
class Built:
    client_id: str
    contact_id: str
    engagement_id: str
    milestone_ids: list[str]


def make_client(s: Services, name: str = "ACME SA") -> tuple[str, str]:
    client_id = s.clients.create(
        name=name,
        address="12 rue de la Paix\n75002 Paris",
        contacts=[ContactInput("Marie Dupont", "CMO", "marie@acme.example", True)],
    ).created
    assert client_id is not None
    with s.db.reading() as session:
        from core.models import Client

        client = session.get(Client, client_id)
        assert client is not None
        return client_id, client.contacts[0].id


def make_draft(
    s: Services,
    code: str = "ACME-2026-01",
    milestones: int = 3,
    criteria: int = 2,
    client: tuple[str, str] | None = None,
    currency: str = "EUR",
) -> Built:
    client_id, contact_id = client or make_client(s)
    engagement_id = s.engagements.create(
        code=code,
        title="Website relaunch",
        client_id=client_id,
        currency=currency,
        start_date=date(2026, 1, 5),
        target_end_date=date(2026, 6, 30),
        language="en",
    ).created
    assert engagement_id is not None
    ids = []
    for n in range(1, milestones + 1):
        mid = s.roadmap.add_milestone(
            engagement_id,
            title=f"Milestone {n}",
            deliverables=f"Deliverables of milestone {n}",
            amount_minor=100_000 * n,
            due=date(2026, 1 + n, 1),
            criteria=[CriterionInput(f"Criterion {n}.{k}") for k in range(1, criteria + 1)],
        ).created
        assert mid is not None
        ids.append(mid)
    return Built(client_id, contact_id, engagement_id, ids)


def make_active(s: Services, **kwargs: object) -> Built:
    built = make_draft(s, **kwargs)  # type: ignore[arg-type]
    s.engagements.activate(built.engagement_id)
    return built


def active_file(target: Path, **kwargs: object) -> Path:
    """A database file at ``target`` holding an active engagement (``make_active``'s
    ``kwargs``), closed cleanly: in WAL mode, without a WAL beside it."""
    db = open_database(str(target))
    try:
        make_active(Services(db, "tester"), **kwargs)
    finally:
        db.close()
    return target


def criteria_ids(s: Services, milestone_id: str) -> list[str]:
    with s.db.reading() as session:
        m = session.get(Milestone, milestone_id)
        assert m is not None
        return [c.id for c in m.criteria]


def accept(s: Services, built: Built, milestone_id: str, on: date = date(2026, 3, 2)) -> None:
    """planned -> in progress -> submitted -> accepted in one round."""
    s.workflow.start(milestone_id)
    s.workflow.submit(milestone_id, on)
    s.workflow.record_review(
        milestone_id,
        held_on=on,
        reviewer_id=built.contact_id,
        verdicts=[VerdictInput(c, "met", "fine") for c in criteria_ids(s, milestone_id)],
    )


# --- the milestone workflow, step by step ------------------------------------------------

SUBMITTED_ON = date(2026, 3, 2)  # when drive() submits
LATER = date(2026, 3, 5)  # when review() holds a round unless told


def review(
    s: Services, built: Built, mid: str, values: list[str], on: date = LATER, **extra: str
) -> None:
    """A review round of ``mid`` with one verdict per criterion, in their order (a waiver's
    reason passed as ``reason=``)."""
    ids = criteria_ids(s, mid)
    s.workflow.record_review(
        mid,
        held_on=on,
        reviewer_id=built.contact_id,
        verdicts=[
            VerdictInput(c, v, "note", extra.get("reason", ""))
            for c, v in zip(ids, values, strict=True)
        ],
    )


def sign(
    s: Services, position: int = 1, code: str = "ACME-2026-01", on: date = date(2026, 3, 6)
) -> None:
    """Record a typed, verified signature of the sign-off of milestone ``position``."""
    record = s.signoffs.for_milestone(code, position)
    s.signoffs.record_signature(
        record.id, SignatureInput("typed", "Marie Dupont", on, b"I agree", True, "typed copy")
    )


def drive(s: Services, built: Built, mid: str, state: S) -> None:
    """Bring a milestone to ``state`` by the shortest legal path."""
    steps: list[Callable[[], object]] = []
    if state != S.PLANNED:
        steps.append(lambda: s.workflow.start(mid))
    if state not in (S.PLANNED, S.IN_PROGRESS):
        steps.append(lambda: s.workflow.submit(mid, SUBMITTED_ON))
    if state == S.CHANGES_REQUESTED:
        steps.append(lambda: review(s, built, mid, ["met", "not_met"], SUBMITTED_ON))
    if state in (S.ACCEPTED, S.SIGNED_OFF, S.INVOICED, S.PAID):
        steps.append(lambda: review(s, built, mid, ["met", "met"], SUBMITTED_ON))
    if state in (S.SIGNED_OFF, S.INVOICED, S.PAID):
        steps.append(lambda: sign(s))
    if state in (S.INVOICED, S.PAID):
        steps.append(lambda: s.workflow.mark_invoiced(mid, date(2026, 3, 10)))
    if state == S.PAID:
        steps.append(lambda: s.workflow.mark_paid(mid, date(2026, 3, 30)))
    for step in steps:
        step()
    assert milestone_state(s, mid) == state


# --- a small portfolio ---------------------------------------------------------------------


def build_portfolio(services: Services) -> Built:
    """EUR: 4 milestones (100k..400k): paid, invoiced, signed off, accepted.
    USD: one active engagement, nothing done. Draft and cancelled EUR work is excluded."""
    client = make_client(services)
    eur = make_active(services, code="EUR-01", milestones=4, client=client)
    m1, m2, _, _ = eur.milestone_ids
    for position, mid in enumerate(eur.milestone_ids, start=1):
        accept(services, eur, mid)
        if position <= 3:
            sign(services, position, code="EUR-01", on=date(2026, 3, 3))
    for mid in (m1, m2):
        services.workflow.mark_invoiced(mid, date(2026, 3, 5))
    services.workflow.mark_paid(m1, date(2026, 3, 20))
    make_active(services, code="USD-01", milestones=1, client=client, currency="USD")
    make_draft(services, code="EUR-DRAFT", milestones=2, client=client)
    cancelled = make_active(services, code="EUR-GONE", milestones=2, client=client)
    services.engagements.cancel(cancelled.engagement_id, "client withdrew")
    return eur


# --- the command line ------------------------------------------------------------------------


class Cli:
    """The ``scopekeeper`` command line (desktop.main.main) on database ``db`` as Zoë Tester,
    run in this process: each call returns (exit code, stdout, stderr) and fails the test if a
    traceback was printed. The ``cli`` fixture (tests/conftest.py) gives one on the test's
    database."""

    def __init__(self, capsys: pytest.CaptureFixture[str], db: str) -> None:
        self.capsys = capsys
        self.db = db

    def __call__(self, *args: str | Path, db: str | None = None) -> tuple[int, str, str]:
        from desktop.main import main

        self.capsys.readouterr()
        code = main(["--db", db or self.db, "--actor", "Zoë Tester", *map(str, args)])
        out, err = self.capsys.readouterr()
        assert "Traceback" not in err
        return code, out, err

    def ok(self, *args: str | Path, db: str | None = None) -> str:
        """Run a command that must succeed; its standard output."""
        code, out, err = self(*args, db=db)
        assert code == 0, err
        return out

    def json(self, *args: str | Path, db: str | None = None) -> object:
        """Run a command with ``--json``; what it printed, read back."""
        return json.loads(self.ok(*args, "--json", db=db))


def run_fresh(script: str) -> None:
    """Run ``script`` in a fresh interpreter, where nothing is imported yet (what start-up
    loads is only visible there); the test fails with its error output unless it exits 0."""
    run = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert run.returncode == 0, run.stderr


@pytest.fixture(name="source")
def demo_source_fixture(tmp_path: Path) -> Iterator[Database]:
    """``source``: a SQLite database holding the demo portfolio as of 2 March 2026. A test
    module takes it by importing this function."""
    database = open_database(str(tmp_path / "source.sqlite3"))
    try:
        load_demo(Services(database, "tester"), date(2026, 3, 2))
        yield database
    finally:
        database.close()


@pytest.fixture(name="archive", scope="module")
def demo_archive_fixture(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    """``archive``: the demo portfolio's whole archive, as of 2 March 2026, made once per
    test module. A test module takes it by importing this function."""
    from core.archive import export_archive

    source = open_database(str(tmp_path_factory.mktemp("demo") / "source.sqlite3"))
    try:
        load_demo(Services(source, "tester"), date(2026, 3, 2))
        return export_archive(source, None)
    finally:
        source.close()


@pytest.fixture(name="how", params=["read", "indexed", "common"])
def filter_mode_fixture(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """``how`` a history text filter finds its rows: read, the stream is short and read as
    it is; indexed, the search index is asked and no action counts as common; common, every
    action named counts as common (a page is read from the stream in order) and the index
    is asked when it narrows at all. A test module takes it by importing this function."""
    from core.queries import history_index

    if request.param != "read":
        monkeypatch.setattr(history_index, "SHORT_STREAM", 0)
        share = 1000.0 if request.param == "indexed" else 0.0
        monkeypatch.setattr(history_index, "MAX_SHARE", share)
    return str(request.param)


def make_varied_history(s: Services, before_cancel: Callable[[Built], None] | None = None) -> Built:
    """An engagement whose history holds most kinds of row: records created, changed and
    removed; an amount, days, a review round with its verdicts (a list), the agency named on
    a sign-off at its first issue, a recorded signature (yes/no), a moved forecast, changes
    of state, a deemed acceptance, and the engagement cancelled at the end
    (``before_cancel`` may add more just before)."""
    from reports.signoff import issue_signoff

    built = make_draft(s, milestones=4)
    first, second, third, fourth = built.milestone_ids
    s.roadmap.update_milestone(third, amount_minor=1_234_567, title="Launch  campaign")
    s.roadmap.remove_milestone(fourth)
    s.engagements.update(built.engagement_id, deemed_acceptance_days=5)
    s.engagements.activate(built.engagement_id)
    s.roadmap.move_forecast(second, date(2026, 4, 20), "client holiday")
    accept(s, built, first)
    s.settings.update(name="Atelier Nord", address="4 quai des Chartrons")
    issue_signoff(s, "ACME-2026-01", 1)  # an agency_updated event, then issued
    sign(s, 1)
    s.workflow.start(second)
    s.workflow.submit(second, date(2026, 5, 4))
    s.workflow.confirm_deemed_acceptance(second, date(2026, 5, 20))
    if before_cancel is not None:
        before_cancel(built)
    s.engagements.cancel(built.engagement_id, "client closed the project")
    return built


@pytest.fixture(name="target")
def empty_target_fixture(tmp_path: Path) -> Iterator[Database]:
    """``target``: a new, empty SQLite database to import into. A test module takes it by
    importing this function."""
    database = open_database(str(tmp_path / "target.sqlite3"))
    try:
        yield database
    finally:
        database.close()


def make_deemed_accepted(s: Services) -> Built:
    """One milestone, submitted on 1 March 2026 with a 14-day deemed-acceptance period, and
    its acceptance confirmed on 16 March by Sam Lee (the client gave no verdict)."""
    built = make_draft(s, milestones=1)
    s.engagements.update(built.engagement_id, deemed_acceptance_days=14)
    s.engagements.activate(built.engagement_id)
    mid = built.milestone_ids[0]
    s.workflow.start(mid)
    s.workflow.submit(mid, date(2026, 3, 1))
    Services(s.db, "Sam Lee").workflow.confirm_deemed_acceptance(mid, date(2026, 3, 16))
    return built
