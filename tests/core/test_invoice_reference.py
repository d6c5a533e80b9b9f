"""The invoice reference given when a milestone is marked invoiced: kept in the history
event of the move, read back by ``invoice_reference``, carried by the archive."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from core.archive import export_archive, import_archive
from core.db import Database, open_database
from core.errors import ValidationError
from core.history import engagement_stream
from core.services import Services, SignatureInput
from core.services.workflow import invoice_reference
from tests.checks import refused, stream_events
from tests.factories import Built, accept, make_active

CODE = "ACME-2026-01"


def signed(s: Services) -> Built:
    built = make_active(s)
    accept(s, built, built.milestone_ids[0])
    signoff = s.signoffs.for_milestone(CODE, 1)
    s.signoffs.record_signature(
        signoff.id,
        SignatureInput("typed", "Marie Dupont", date(2026, 3, 3), b"typed", True, "typed"),
    )
    return built


def reference(db: Database, milestone_id: str) -> str:
    with db.reading() as session:
        return invoice_reference(session, milestone_id)


@pytest.fixture
def fresh(tmp_path: Path) -> Iterator[Database]:
    database = open_database(str(tmp_path / "target.sqlite3"))
    try:
        yield database
    finally:
        database.close()


def test_the_reference_is_kept_and_read_back(services: Services) -> None:
    built = signed(services)
    mid = built.milestone_ids[0]
    assert reference(services.db, mid) == ""  # not invoiced yet
    services.workflow.mark_invoiced(mid, date(2026, 3, 6), reference="  INV-2026-0042 ")
    assert reference(services.db, mid) == "INV-2026-0042"
    moved = json.loads(stream_events(services.db, engagement_stream(built.engagement_id))[-1].after)
    assert moved == {
        "state": "invoiced",
        "invoiced_on": "2026-03-06",
        "invoice_reference": "INV-2026-0042",
    }
    services.workflow.mark_paid(mid, date(2026, 4, 1))
    assert reference(services.db, mid) == "INV-2026-0042"  # still shown once paid


def test_without_a_reference_the_event_is_as_before(services: Services) -> None:
    built = signed(services)
    services.workflow.mark_invoiced(built.milestone_ids[0], date(2026, 3, 6))
    moved = json.loads(stream_events(services.db, engagement_stream(built.engagement_id))[-1].after)
    assert moved == {"state": "invoiced", "invoiced_on": "2026-03-06"}
    assert reference(services.db, built.milestone_ids[0]) == ""


def test_a_reference_on_two_lines_is_refused(services: Services) -> None:
    built = signed(services)
    refused(
        services.db,
        ValidationError,
        lambda: services.workflow.mark_invoiced(
            built.milestone_ids[0], date(2026, 3, 6), reference="INV-1\nINV-2"
        ),
        "invoice reference",
    )


def test_the_archive_carries_the_reference(services: Services, fresh: Database) -> None:
    built = signed(services)
    services.workflow.mark_invoiced(built.milestone_ids[0], date(2026, 3, 6), reference="F-77")
    import_archive(fresh, export_archive(services.db, [CODE]), "tester")
    assert reference(fresh, built.milestone_ids[0]) == "F-77"
