"""A contact who signed stays, whatever became of their name or their signatory flag since:
the sign-off keeps the name it was made with, and the client's history ties that name to
the contact's stable id."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from core.archive import export_archive_file, import_archive_file
from core.check import run_check
from core.db import Database, open_database
from core.errors import ValidationError
from core.services import ContactInput, Services, VerdictInput
from core.services.clients import ClientForm, ContactEdit, client_form
from tests.checks import refused
from tests.factories import criteria_ids, make_active, make_client

SIGNOFF = "ACME-2026-01-M01-R1"


@pytest.fixture
def empty_db(tmp_path: Path) -> Iterator[Database]:
    """A second, empty database to import into."""
    database = open_database(str(tmp_path / "target.sqlite3"))
    try:
        yield database
    finally:
        database.close()


def signed(services: Services) -> tuple[str, str]:
    """A client whose signatory Marie Dupont is named on sign-off SIGNOFF, and on no review
    round (the round names no reviewer, so only the sign-off keeps her): (client, contact)."""
    client = make_client(services)
    built = make_active(services, client=client)
    mid = built.milestone_ids[0]
    services.workflow.start(mid)
    services.workflow.submit(mid, date(2026, 3, 2))
    services.workflow.record_review(
        mid,
        held_on=date(2026, 3, 2),
        reviewer_id=None,
        verdicts=[VerdictInput(c, "met") for c in criteria_ids(services, mid)],
    )
    assert services.signoffs.for_milestone("ACME-2026-01", 1).document_id == SIGNOFF
    return client


def test_a_renamed_signatory_still_cannot_be_removed(services: Services) -> None:
    client_id, marie = signed(services)
    services.clients.edit_contact(
        client_id, marie, ContactInput("Marie Martin", "CMO", "marie@acme.example", True)
    )
    refused(
        services.db,
        ValidationError,
        lambda: services.clients.remove_contact(client_id, marie),
        "Marie Martin cannot be removed",
        f"signatory on sign-off {SIGNOFF}",
    )


def test_the_client_form_does_not_drop_a_renamed_signatory(services: Services) -> None:
    client_id, marie = signed(services)
    services.clients.edit_contact(
        client_id, marie, ContactInput("Marie Martin", "CMO", "marie@acme.example", True)
    )
    form = client_form_of(services, client_id)
    refused(
        services.db,
        ValidationError,
        lambda: services.clients.edit(
            client_id,
            name=form.name,
            address=form.address,
            contacts=[ContactEdit(None, ContactInput("Paul Martin", "CTO"))],
            expected_version=form.version,
        ),
        "Marie Martin cannot be removed",
        SIGNOFF,
    )


def test_a_signatory_no_longer_flagged_still_cannot_be_removed(services: Services) -> None:
    client_id, marie = signed(services)
    services.clients.edit_contact(client_id, marie, ContactInput("Marie D.", "former CMO"))
    refused(
        services.db,
        ValidationError,
        lambda: services.clients.remove_contact(client_id, marie),
        f"signatory on sign-off {SIGNOFF}",
    )


def test_a_contact_who_never_signed_goes_even_with_a_signatory_s_old_name(
    services: Services,
) -> None:
    """Only the contact the history shows under that name as signatory is kept: a later
    contact who is not a signatory is removable even if named like one."""
    client_id, marie = signed(services)
    services.clients.edit_contact(
        client_id, marie, ContactInput("Marie Martin", "CMO", "marie@acme.example", True)
    )
    services.clients.add_contact(client_id, ContactInput("Marie Dupont", "intern"))
    form = client_form_of(services, client_id)
    intern = next(cid for cid, c in form.contacts if c.role == "intern")
    services.clients.remove_contact(client_id, intern)
    assert [c.name for _, c in client_form_of(services, client_id).contacts] == ["Marie Martin"]


def test_the_rule_holds_after_an_archive_round_trip(
    services: Services, tmp_path: Path, empty_db: Database
) -> None:
    client_id, marie = signed(services)
    services.clients.edit_contact(
        client_id, marie, ContactInput("Marie Martin", "CMO", "marie@acme.example", True)
    )
    archive = tmp_path / "acme.json"
    export_archive_file(services.db, None, archive)
    import_archive_file(empty_db, archive, "Importer")
    assert run_check(empty_db) == []
    there = Services(empty_db, "Importer")
    refused(
        empty_db,
        ValidationError,
        lambda: there.clients.remove_contact(client_id, marie),
        f"signatory on sign-off {SIGNOFF}",
    )


def client_form_of(services: Services, client_id: str) -> ClientForm:
    with services.db.reading() as session:
        return client_form(session, client_id)
