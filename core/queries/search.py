"""Search across the portfolio (the desktop's Ctrl+K): engagements, milestones, contacts and
ideas whose words contain what was typed, ignoring case in every script.

Each kind is read by its own small query, cut at ``limit`` rows, so a search over the
20,000 milestones of a large portfolio costs one scan of their titles and never reads them
all back. Every hit names the engagement it opens in (a contact opens its client's first
engagement by code) and, for a milestone or an idea, the item to select there."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from core.models import Client, Contact, Engagement, Idea, Milestone
from core.queries._sql import matches_any
from core.text import search_needle

KINDS = ("engagement", "milestone", "contact", "idea")
PER_KIND = 25
"""Hits shown of each kind at most; a search that finds more says so (``more``)."""
MIN_LENGTH = 2
"""Shorter needles ("a") would match nearly everything; they find nothing."""


@dataclass(frozen=True, slots=True)
class Hit:
    """One thing found: what it is, its words, and where it opens."""

    kind: str
    """One of KINDS."""
    id: str
    """The engagement's, milestone's, contact's or idea's id."""
    title: str
    """Its name: engagement code and title, milestone title, contact name, idea text."""
    context: str
    """Where it is: the client, or the engagement's code and title."""
    engagement_id: str
    """The engagement page it opens; "" for a contact whose client has no engagement."""
    state: str = ""
    """The engagement status, milestone state or idea state."""


@dataclass(frozen=True, slots=True)
class SearchResult:
    hits: list[Hit]
    more: frozenset[str]
    """The kinds that had more than ``limit`` hits (only the first ``limit`` are listed)."""


def search(session: Session, text: str, limit: int = PER_KIND) -> SearchResult:
    """Engagements, milestones, contacts and ideas that contain ``text``, in that order;
    within a kind by engagement code and position (contacts by name)."""
    needle = search_needle(text)
    if len(needle) < MIN_LENGTH:
        return SearchResult([], frozenset())
    hits: list[Hit] = []
    more: set[str] = set()
    for kind, found in (
        ("engagement", _engagements(session, needle, limit + 1)),
        ("milestone", _milestones(session, needle, limit + 1)),
        ("contact", _contacts(session, needle, limit + 1)),
        ("idea", _ideas(session, needle, limit + 1)),
    ):
        if len(found) > limit:
            more.add(kind)
        hits.extend(found[:limit])
    return SearchResult(hits, frozenset(more))


def _engagements(session: Session, needle: str, limit: int) -> list[Hit]:
    stmt = (
        select(Engagement.id, Engagement.code, Engagement.title, Engagement.status, Client.name)
        .join(Client, Client.id == Engagement.client_id)
        .where(matches_any(session, needle, Engagement.code, Engagement.title, Client.name))
        .order_by(Engagement.code)
        .limit(limit)
    )
    return [
        Hit("engagement", eid, f"{code} · {title}", client, eid, status)
        for eid, code, title, status, client in session.execute(stmt)
    ]


def _milestones(session: Session, needle: str, limit: int) -> list[Hit]:
    stmt = (
        select(
            Milestone.id,
            Milestone.position,
            Milestone.title,
            Milestone.state,
            Engagement.id,
            Engagement.code,
            Engagement.title,
        )
        .join(Engagement, Engagement.id == Milestone.engagement_id)
        .where(matches_any(session, needle, Milestone.title, Milestone.deliverables))
        .order_by(Engagement.code, Milestone.position)
        .limit(limit)
    )
    return [
        Hit("milestone", mid, f"{position}. {title}", f"{code} · {etitle}", eid, state)
        for mid, position, title, state, eid, code, etitle in session.execute(stmt)
    ]


def _contacts(session: Session, needle: str, limit: int) -> list[Hit]:
    first_engagement = (
        select(Engagement.id)
        .where(Engagement.client_id == Client.id)
        .order_by(Engagement.code)
        .limit(1)
        .scalar_subquery()
    )
    stmt = (
        select(Contact.id, Contact.name, Contact.role, Contact.email, Client.name, first_engagement)
        .join(Client, Client.id == Contact.client_id)
        .where(matches_any(session, needle, Contact.name, Contact.role, Contact.email))
        .order_by(Contact.name, Client.name)
        .limit(limit)
    )
    hits = []
    for cid, name, role, email, client, eid in session.execute(stmt):
        context = " · ".join(part for part in (client, role, email) if part)
        hits.append(Hit("contact", cid, name, context, eid or ""))
    return hits


def _ideas(session: Session, needle: str, limit: int) -> list[Hit]:
    stmt = (
        select(
            Idea.id,
            Idea.description,
            Idea.state,
            Engagement.id,
            Engagement.code,
            Engagement.title,
        )
        .join(Engagement, Engagement.id == Idea.engagement_id)
        .where(matches_any(session, needle, Idea.description, Idea.raised_by, Idea.goals))
        .order_by(Engagement.code, Idea.raised_on, Idea.id)
        .limit(limit)
    )
    return [
        Hit("idea", iid, description, f"{code} · {etitle}", eid, state)
        for iid, description, state, eid, code, etitle in session.execute(stmt)
    ]
