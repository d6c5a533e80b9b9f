"""Clients and contacts."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select

from core.changes import Changes
from core.db import Database
from core.errors import ValidationError
from core.history import client_stream
from core.models import Client, Contact
from core.services._common import check_version, get_client
from core.text import NAME_MAX, NOTE_MAX, clean_email, clean_text
from core.uow import UnitOfWork


@dataclass(frozen=True, slots=True)
class ContactInput:
    name: str
    role: str = ""
    email: str = ""
    signatory: bool = False


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
            raise ValidationError("name", f"a client called '{name}' already exists")

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
            check_version(client.version, expected_version, f"client {client.name}")
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
