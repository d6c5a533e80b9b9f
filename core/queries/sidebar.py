"""The sidebar's first frame: the clients it lists, without their engagements.

A large portfolio starts with its clients closed, so the first frame needs the clients
alone; their engagements (:func:`core.queries.listing.list_engagement_names`) are read
just after it. Written against ``core.schema_light``, as the engagement names are, so the
first frame waits neither for the ORM models nor for one row per engagement."""

from __future__ import annotations

from typing import NamedTuple

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from core.schema_light import CLIENT, ENGAGEMENT


class ClientName(NamedTuple):
    """A client as the sidebar's first frame lists it."""

    id: str
    name: str
    engagements: int
    """Every engagement of the client, spin-offs included."""


class SidebarClients(NamedTuple):
    clients: list[ClientName]
    """In the sidebar's order, each once."""
    engagements: int
    """How many engagements the whole list holds."""


def list_sidebar_clients(session: Session) -> SidebarClients:
    """The clients the unfiltered sidebar shows at its top level, in its order, and how
    many engagements it lists in all.

    The sidebar groups :func:`~core.queries.listing.list_engagement_names` by client and
    puts a spin-off under its parent: a client is listed when it has an engagement that is
    not a spin-off, at the place of its first such engagement in that list (sorted by
    client name, then code). Ordering by the smallest code here is that order wherever the
    database compares codes as Python does; the caller checks it when the engagements
    arrive."""
    engagement, client = ENGAGEMENT, CLIENT
    first_code = func.min(case((engagement.c.parent_id.is_(None), engagement.c.code)))
    stmt = (
        select(client.c.id, client.c.name, func.count(), first_code)
        .join(engagement, engagement.c.client_id == client.c.id)
        .group_by(client.c.id, client.c.name)
    )
    rows = session.execute(stmt).all()
    total = sum(row[2] for row in rows)
    listed = sorted(
        (row for row in rows if row[3] is not None),
        key=lambda row: (row[1].casefold(), row[1], row[3]),
    )
    return SidebarClients([ClientName(r[0], r[1], r[2]) for r in listed], total)
