"""Clients and contacts."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import flag_modified

from core.changes import Changes
from core.db import Database
from core.errors import NotFoundError, ValidationError
from core.history import client_stream
from core.messages import msg
from core.models import (
    Client,
    Contact,
    Engagement,
    HistoryEvent,
    Milestone,
    ReviewRound,
    SignOff,
)
from core.services._common import check_version, get_client
from core.text import NAME_MAX, NOTE_MAX, clean_email, clean_text
from core.uow import UnitOfWork


@dataclass(frozen=True, slots=True)
class ContactInput:
    name: str
    role: str = ""
    email: str = ""
    signatory: bool = False


@dataclass(frozen=True, slots=True)
class ContactEdit:
    """One contact as the client form saves it: ``contact_id`` None for a new contact."""

    contact_id: str | None
    data: ContactInput


@dataclass(frozen=True, slots=True)
class ClientForm:
    """A client as the edit form shows it (``version`` guards against a stale save)."""

    id: str
    name: str
    address: str
    version: int
    contacts: tuple[tuple[str, ContactInput], ...]
    """(contact id, name/role/e-mail/signatory) in order."""


def client_form(session: Session, client_id: str) -> ClientForm:
    client = get_client(session, client_id)
    return ClientForm(
        client.id,
        client.name,
        client.address,
        client.version,
        tuple((c.id, ContactInput(c.name, c.role, c.email, c.signatory)) for c in client.contacts),
    )


def client_view(c: Client) -> dict[str, Any]:
    return {
        "name": c.name,
        "address": c.address,
        "contacts": [
            {"id": k.id, "name": k.name, "role": k.role, "email": k.email, "signatory": k.signatory}
            for k in c.contacts
        ],
    }


def _contact(position: int, data: ContactInput) -> Contact:
    return Contact(
        position=position,
        name=clean_text(data.name, field=f"contact {position} name", max_length=NAME_MAX),
        role=clean_text(
            data.role, field=f"contact {position} role", max_length=NAME_MAX, required=False
        ),
        email=clean_email(data.email, field=f"contact {position} email"),
        signatory=bool(data.signatory),
    )


def _uses(uow: UnitOfWork, client: Client, contact: Contact) -> str | None:
    """Why ``contact`` cannot be removed: the first review round that names them as reviewer,
    or the first sign-off that names them as the client's signatory; None when nothing does."""
    reviewed = uow.session.execute(
        select(Engagement.code, Milestone.position, ReviewRound.number)
        .join(Milestone, Milestone.id == ReviewRound.milestone_id)
        .join(Engagement, Engagement.id == Milestone.engagement_id)
        .where(ReviewRound.reviewer_id == contact.id)
        .order_by(Engagement.code, Milestone.position, ReviewRound.number)
    ).first()
    if reviewed is not None:
        code, position, number = reviewed
        return msg(
            "{name} is the reviewer of round {number} of {code} milestone {position}; "
            "the review record must keep naming them",
            name=contact.name,
            number=number,
            code=code,
            position=position,
        )
    signoffs = uow.session.execute(
        select(SignOff.document_id, SignOff.snapshot)
        .join(Milestone, Milestone.id == SignOff.milestone_id)
        .join(Engagement, Engagement.id == Milestone.engagement_id)
        .where(Engagement.client_id == client.id)
        .order_by(SignOff.document_id)
    ).all()
    names = _names_as_signatory(uow.session, client, contact) if signoffs else set()
    for document_id, snapshot in signoffs:
        signatory = (json.loads(snapshot).get("signatories") or {}).get("client") or {}
        if signatory.get("name") in names:
            return msg(
                "{name} is the client's signatory on sign-off {document}; "
                "the contact stays while a sign-off names them",
                name=contact.name,
                document=document_id,
            )
    return None


def _names_as_signatory(session: Session, client: Client, contact: Contact) -> set[str]:
    """Every name ``contact`` has had while marked as the client's signatory.

    A sign-off keeps the signatory's name as it was when it was issued (the snapshot is what
    the client signs), not the contact's id; the client's history ties the two: each of its
    events holds the whole client, contacts with their stable ids. So a signatory renamed,
    or no longer marked as one, since a sign-off named them is still found."""
    names = {contact.name} if contact.signatory else set()
    views = session.execute(
        select(HistoryEvent.before, HistoryEvent.after).where(
            HistoryEvent.stream == client_stream(client.id)
        )
    )
    for row in views:
        for text in row:
            view = json.loads(text) if text else None
            if not isinstance(view, dict):
                continue
            for kept in view.get("contacts") or []:
                if kept.get("id") == contact.id and kept.get("signatory"):
                    names.add(kept.get("name"))
    return names


def _find_contact(client: Client, contact_id: str) -> Contact:
    for contact in client.contacts:
        if contact.id == contact_id:
            return contact
    raise NotFoundError(
        msg("{name} has no such contact any more; reload the client", name=client.name)
    )


class ClientService:
    def __init__(self, db: Database, actor: str) -> None:
        self._db = db
        self._actor = actor

    def _unique_name(self, uow: UnitOfWork, name: str, own_id: str | None) -> None:
        other = uow.session.scalar(
            select(Client.id).where(
                func.lower(Client.name) == name.lower(), Client.id != (own_id or "")
            )
        )
        if other is not None:
            raise ValidationError("name", msg("a client called '{name}' already exists", name=name))

    def create(
        self, *, name: str, address: str = "", contacts: Sequence[ContactInput] = ()
    ) -> Changes:
        clean_name = clean_text(name, field="name", max_length=NAME_MAX)
        with self._db.unit_of_work(self._actor) as uow:
            self._unique_name(uow, clean_name, None)
            client = Client(
                name=clean_name,
                address=clean_text(
                    address, field="address", max_length=NOTE_MAX, required=False, multiline=True
                ),
            )
            client.contacts = [_contact(i, c) for i, c in enumerate(contacts, start=1)]
            uow.session.add(client)
            uow.flush()
            uow.event(
                client_stream(client.id), "client", client.id, "created", None, client_view(client)
            )
            uow.changes.clients.add(client.id)
            uow.changes.created = client.id
            return uow.commit()

    def update(
        self,
        client_id: str,
        *,
        expected_version: int | None = None,
        name: str | None = None,
        address: str | None = None,
    ) -> Changes:
        with self._db.unit_of_work(self._actor) as uow:
            client = get_client(uow.session, client_id)
            check_version(client.version, expected_version, msg("client {name}", name=client.name))
            before = client_view(client)
            if name is not None:
                clean_name = clean_text(name, field="name", max_length=NAME_MAX)
                self._unique_name(uow, clean_name, client.id)
                client.name = clean_name
            if address is not None:
                client.address = clean_text(
                    address, field="address", max_length=NOTE_MAX, required=False, multiline=True
                )
            after = client_view(client)
            if after == before:
                return uow.changes
            uow.event(client_stream(client.id), "client", client.id, "edited", before, after)
            uow.changes.clients.add(client.id)
            return uow.commit()

    def edit(
        self,
        client_id: str,
        *,
        name: str,
        address: str,
        contacts: Sequence[ContactEdit],
        expected_version: int | None = None,
    ) -> Changes:
        """Save the client form as one change: name, address and the whole contact list
        in its order (new contacts added, missing ones removed, the rest edited). A contact
        a review round or a sign-off names cannot be removed; then nothing is saved."""
        clean_name = clean_text(name, field="name", max_length=NAME_MAX)
        clean_address = clean_text(
            address, field="address", max_length=NOTE_MAX, required=False, multiline=True
        )
        cleaned = [_contact(n, e.data) for n, e in enumerate(contacts, start=1)]
        with self._db.unit_of_work(self._actor) as uow:
            client = get_client(uow.session, client_id)
            check_version(client.version, expected_version, msg("client {name}", name=client.name))
            self._unique_name(uow, clean_name, client.id)
            before = client_view(client)
            current = {c.id: c for c in client.contacts}
            kept = {e.contact_id for e in contacts if e.contact_id is not None}
            if kept - current.keys():
                raise NotFoundError(
                    msg("{name} has no such contact any more; reload the client", name=client.name)
                )
            for contact in client.contacts:
                reason = None if contact.id in kept else _uses(uow, client, contact)
                if reason is not None:
                    raise ValidationError(
                        "contact",
                        msg("{name} cannot be removed: {reason}", name=contact.name, reason=reason),
                    )
            result: list[Contact] = []
            for edit, new in zip(contacts, cleaned, strict=True):
                if edit.contact_id is None:
                    result.append(new)
                    continue
                old = current[edit.contact_id]
                old.position, old.name, old.role = new.position, new.name, new.role
                old.email, old.signatory = new.email, new.signatory
                result.append(old)
            client.name, client.address = clean_name, clean_address
            client.contacts = result
            uow.flush()
            after = client_view(client)
            if after == before:
                return uow.changes
            flag_modified(client, "name")  # a contact-only edit moves the client's version too
            uow.flush()
            uow.event(client_stream(client.id), "client", client.id, "edited", before, after)
            uow.changes.clients.add(client.id)
            return uow.commit()

    def add_contact(self, client_id: str, contact: ContactInput) -> Changes:
        with self._db.unit_of_work(self._actor) as uow:
            client = get_client(uow.session, client_id)
            before = client_view(client)
            new = _contact(len(client.contacts) + 1, contact)
            client.contacts.append(new)
            uow.flush()
            uow.event(
                client_stream(client.id),
                "client",
                client.id,
                "contact_added",
                before,
                client_view(client),
            )
            uow.changes.clients.add(client.id)
            uow.changes.created = new.id
            return uow.commit()

    def edit_contact(self, client_id: str, contact_id: str, contact: ContactInput) -> Changes:
        """Change a contact's name, role, e-mail or signatory flag. Sign-offs already made
        keep the name they were made with (their snapshot is what the client signed)."""
        with self._db.unit_of_work(self._actor) as uow:
            client = get_client(uow.session, client_id)
            current = _find_contact(client, contact_id)
            before = client_view(client)
            edited = _contact(current.position, contact)
            current.name, current.role = edited.name, edited.role
            current.email, current.signatory = edited.email, edited.signatory
            after = client_view(client)
            if after == before:
                return uow.changes
            uow.event(
                client_stream(client.id), "client", client.id, "contact_edited", before, after
            )
            uow.changes.clients.add(client.id)
            return uow.commit()

    def remove_contact(self, client_id: str, contact_id: str) -> Changes:
        """Remove a contact nobody's records name; a reviewer of a recorded round or the
        signatory of a sign-off stays, and the refusal says which record names them."""
        with self._db.unit_of_work(self._actor) as uow:
            client = get_client(uow.session, client_id)
            contact = _find_contact(client, contact_id)
            reason = _uses(uow, client, contact)
            if reason is not None:
                raise ValidationError(
                    "contact",
                    msg("{name} cannot be removed: {reason}", name=contact.name, reason=reason),
                )
            before = client_view(client)
            client.contacts.remove(contact)
            for position, kept in enumerate(client.contacts, start=1):
                kept.position = position
            uow.flush()
            uow.event(
                client_stream(client.id),
                "client",
                client.id,
                "contact_removed",
                before,
                client_view(client),
            )
            uow.changes.clients.add(client.id)
            return uow.commit()
