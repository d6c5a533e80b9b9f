"""Editing a client's contacts after creation: change one, remove one nobody's records
name, and the refusal when a review round or a sign-off names the contact."""

from __future__ import annotations

import json
from datetime import date

from core.errors import NotFoundError, StaleEditError, ValidationError
from core.history import client_stream
from core.models import Client
from core.services import ContactInput, Services, VerdictInput
from core.services.clients import ClientForm, ContactEdit, client_form
from tests.checks import all_streams_verify, refused, stream_events
from tests.factories import accept, criteria_ids, make_active, make_client


def contacts(s: Services, client_id: str) -> list[tuple[int, str, str, str, bool]]:
    with s.db.reading() as session:
        client = session.get(Client, client_id)
        assert client is not None
        return [(c.position, c.name, c.role, c.email, c.signatory) for c in client.contacts]


def contact_id(s: Services, client_id: str, name: str) -> str:
    with s.db.reading() as session:
        client = session.get(Client, client_id)
        assert client is not None
        return next(c.id for c in client.contacts if c.name == name)


def test_editing_a_contact_changes_it_and_writes_history(services: Services) -> None:
    client_id, marie = make_client(services)
    services.clients.edit_contact(
        client_id, marie, ContactInput("Marie Dupont-Leroy", "CEO", "marie@acme.example", True)
    )
    assert contacts(services, client_id) == [
        (1, "Marie Dupont-Leroy", "CEO", "marie@acme.example", True)
    ]
    event = stream_events(services.db, client_stream(client_id))[-1]
    assert event.action == "contact_edited"
    assert json.loads(event.before)["contacts"][0]["role"] == "CMO"
    assert json.loads(event.after)["contacts"][0]["role"] == "CEO"
    assert all(not problems for problems in all_streams_verify(services.db).values())


def test_an_edit_that_changes_nothing_writes_nothing(services: Services) -> None:
    client_id, marie = make_client(services)
    before = len(stream_events(services.db, client_stream(client_id)))
    changes = services.clients.edit_contact(
        client_id, marie, ContactInput("Marie Dupont", "CMO", "marie@acme.example", True)
    )
    assert not changes.clients
    assert len(stream_events(services.db, client_stream(client_id))) == before


def test_a_bad_email_is_refused_and_nothing_changes(services: Services) -> None:
    client_id, marie = make_client(services)
    refused(
        services.db,
        ValidationError,
        lambda: services.clients.edit_contact(
            client_id, marie, ContactInput("Marie Dupont", "CMO", "not an address")
        ),
        "email",
    )


def test_removing_an_unused_contact_renumbers_the_rest(services: Services) -> None:
    client_id, _ = make_client(services)
    services.clients.add_contact(client_id, ContactInput("Paul Martin", "CTO"))
    services.clients.add_contact(client_id, ContactInput("Lea Roux", "Legal"))
    services.clients.remove_contact(client_id, contact_id(services, client_id, "Paul Martin"))
    assert [(p, n) for p, n, *_ in contacts(services, client_id)] == [
        (1, "Marie Dupont"),
        (2, "Lea Roux"),
    ]
    assert stream_events(services.db, client_stream(client_id))[-1].action == "contact_removed"
    assert all(not problems for problems in all_streams_verify(services.db).values())


def test_a_reviewer_of_a_recorded_round_cannot_be_removed(services: Services) -> None:
    built = make_active(services)
    services.workflow.start(built.milestone_ids[0])
    services.workflow.submit(built.milestone_ids[0], date(2026, 3, 2))
    services.workflow.record_review(
        built.milestone_ids[0],
        held_on=date(2026, 3, 3),
        reviewer_id=built.contact_id,
        verdicts=[
            VerdictInput(c, "not_met", "not yet")
            for c in criteria_ids(services, built.milestone_ids[0])
        ],
    )
    error = refused(
        services.db,
        ValidationError,
        lambda: services.clients.remove_contact(built.client_id, built.contact_id),
        "Marie Dupont cannot be removed",
        "reviewer of round 1 of ACME-2026-01 milestone 1",
    )
    assert error.message.startswith("contact:")


def test_the_signatory_named_on_a_sign_off_cannot_be_removed(services: Services) -> None:
    """Another contact named on no record goes; the one the accepted round names stays."""
    client = make_client(services)
    built = make_active(services, client=client)
    accept(services, built, built.milestone_ids[0])
    # another signatory, named on no record: removable
    services.clients.add_contact(built.client_id, ContactInput("Paul Martin", "CTO"))
    services.clients.remove_contact(
        built.client_id, contact_id(services, built.client_id, "Paul Martin")
    )
    refused(
        services.db,
        ValidationError,
        lambda: services.clients.remove_contact(built.client_id, built.contact_id),
        "Marie Dupont cannot be removed",
    )


def test_signatory_check_without_a_review_round(services: Services) -> None:
    """The sign-off alone keeps a signatory: here the round has no named reviewer."""
    client_id, marie = make_client(services)
    built = make_active(services, client=(client_id, marie))
    mid = built.milestone_ids[0]
    services.workflow.start(mid)
    services.workflow.submit(mid, date(2026, 3, 2))
    services.workflow.record_review(
        mid,
        held_on=date(2026, 3, 2),
        reviewer_id=None,
        verdicts=[VerdictInput(c, "met") for c in criteria_ids(services, mid)],
    )
    refused(
        services.db,
        ValidationError,
        lambda: services.clients.remove_contact(client_id, marie),
        "signatory on sign-off ACME-2026-01-M01-R1",
    )


def test_a_contact_of_another_client_is_not_found(services: Services) -> None:
    acme, _ = make_client(services)
    _, other = make_client(services, "Globex")
    refused(
        services.db,
        NotFoundError,
        lambda: services.clients.remove_contact(acme, other),
        "ACME SA has no such contact",
    )


# -- the client form saved as one change ---------------------------------------------------


def form(s: Services, client_id: str) -> ClientForm:
    with s.db.reading() as session:
        return client_form(session, client_id)


def test_the_form_saves_name_address_and_contacts_as_one_change(services: Services) -> None:
    client_id, marie = make_client(services)
    services.clients.add_contact(client_id, ContactInput("Paul Martin", "CTO"))
    paul = contact_id(services, client_id, "Paul Martin")
    before = form(services, client_id)
    events = len(stream_events(services.db, client_stream(client_id)))
    services.clients.edit(
        client_id,
        name="ACME Group SA",
        address="1 avenue de l'Opéra\n75001 Paris",
        contacts=[
            ContactEdit(paul, ContactInput("Paul Martin", "CTO", "paul@acme.example")),
            ContactEdit(None, ContactInput("Léa Roux", "Legal", "lea@acme.example", True)),
            ContactEdit(marie, ContactInput("Marie Dupont", "CEO", "marie@acme.example", True)),
        ],
        expected_version=before.version,
    )
    after = form(services, client_id)
    assert (after.name, after.address) == ("ACME Group SA", "1 avenue de l'Opéra\n75001 Paris")
    assert [(c.name, c.role, c.email, c.signatory) for _, c in after.contacts] == [
        ("Paul Martin", "CTO", "paul@acme.example", False),
        ("Léa Roux", "Legal", "lea@acme.example", True),
        ("Marie Dupont", "CEO", "marie@acme.example", True),
    ]
    assert [i for i, _ in after.contacts][::2] == [paul, marie]  # the same contacts, moved
    assert contacts(services, client_id)[0][0] == 1
    new_events = stream_events(services.db, client_stream(client_id))[events:]
    assert [e.action for e in new_events] == ["edited"]
    assert after.version > before.version
    assert all(not problems for problems in all_streams_verify(services.db).values())


def test_a_contacts_only_edit_makes_an_older_form_stale(services: Services) -> None:
    client_id, marie = make_client(services)
    seen = form(services, client_id)
    services.clients.edit(
        client_id,
        name=seen.name,
        address=seen.address,
        contacts=[ContactEdit(marie, ContactInput("Marie Dupont", "CEO", "marie@acme.example"))],
        expected_version=seen.version,
    )
    refused(
        services.db,
        StaleEditError,
        lambda: services.clients.edit(
            client_id,
            name="ACME",
            address="",
            contacts=[],
            expected_version=seen.version,
        ),
        "changed by someone else",
    )


def test_the_form_does_not_remove_a_reviewer_and_saves_nothing(services: Services) -> None:
    built = make_active(services)
    accept(services, built, built.milestone_ids[0])
    refused(
        services.db,
        ValidationError,
        lambda: services.clients.edit(
            built.client_id,
            name="Renamed SA",
            address="",
            contacts=[ContactEdit(None, ContactInput("Paul Martin", "CTO"))],
        ),
        "Marie Dupont cannot be removed",
    )


def test_an_unchanged_form_writes_nothing(services: Services) -> None:
    client_id, _ = make_client(services)
    seen = form(services, client_id)
    changes = services.clients.edit(
        client_id,
        name=seen.name,
        address=seen.address,
        contacts=[ContactEdit(i, c) for i, c in seen.contacts],
        expected_version=seen.version,
    )
    assert not changes.clients
    assert form(services, client_id).version == seen.version
