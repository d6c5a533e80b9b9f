"""Appending to and verifying the hash-chained history."""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from core.canonical import canonical_json, sha256_text
from core.models import HistoryEvent, HistoryStream
from core.models.base import timestamp_text

GENESIS = "0" * 64
SYSTEM_STREAM = "system"


def engagement_stream(engagement_id: str) -> str:
    return f"engagement:{engagement_id}"


def client_stream(client_id: str) -> str:
    return f"client:{client_id}"


def template_stream(template_id: str) -> str:
    return f"template:{template_id}"


def event_hash(
    *,
    stream: str,
    seq: int,
    at: str,
    actor: str,
    entity: str,
    entity_id: str,
    action: str,
    before: str,
    after: str,
    prev_hash: str,
) -> str:
    """The hash of one event, covering every stored field and the previous hash."""
    # Every field is already a str (or the int seq) in canonical form, so plain sorted
    # JSON is the canonical form; skipping the generic normaliser keeps `check` fast.
    body = json.dumps(
        {
            "stream": stream,
            "seq": seq,
            "at": at,
            "actor": actor,
            "entity": entity,
            "entity_id": entity_id,
            "action": action,
            "before": before,
            "after": after,
            "prev": prev_hash,
        },
        sort_keys=True,
        ensure_ascii=False,
        separators=(",", ":"),
    )
    return sha256_text(body)


def append_event(
    session: Session,
    *,
    stream: str,
    at: datetime,
    actor: str,
    entity: str,
    entity_id: str,
    action: str,
    before: Any,
    after: Any,
    engagement_id: str | None = None,
) -> HistoryEvent:
    """Append one event to ``stream`` inside the caller's transaction.

    The stream head is updated *before* it is read, so the write lock (SQLite) or row
    lock (PostgreSQL) is held from the start and two writers can never both extend the
    same link of the chain."""
    head = session.execute(
        update(HistoryStream)
        .where(HistoryStream.key == stream)
        .values(last_seq=HistoryStream.last_seq + 1)
        .returning(HistoryStream.last_seq, HistoryStream.last_hash)
        .execution_options(synchronize_session=False)
    ).one_or_none()
    if head is None:
        session.add(
            HistoryStream(key=stream, engagement_id=engagement_id, last_seq=1, last_hash=GENESIS)
        )
        session.flush()
        seq, prev = 1, GENESIS
    else:
        seq, prev = int(head[0]), str(head[1])
    actor = unicodedata.normalize("NFC", actor)
    before_text = canonical_json(before)
    after_text = canonical_json(after)
    at_text = timestamp_text(at)
    digest = event_hash(
        stream=stream,
        seq=seq,
        at=at_text,
        actor=actor,
        entity=entity,
        entity_id=entity_id,
        action=action,
        before=before_text,
        after=after_text,
        prev_hash=prev,
    )
    event = HistoryEvent(
        stream=stream,
        seq=seq,
        at=at,
        actor=actor,
        entity=entity,
        entity_id=entity_id,
        action=action,
        before=before_text,
        after=after_text,
        prev_hash=prev,
        hash=digest,
    )
    session.add(event)
    session.execute(
        update(HistoryStream)
        .where(HistoryStream.key == stream)
        .values(last_hash=digest)
        .execution_options(synchronize_session=False)
    )
    return event


@dataclass(frozen=True, slots=True)
class ChainProblem:
    stream: str
    seq: int
    message: str


def verify_stream(session: Session, stream: str, batch: int = 5000) -> list[ChainProblem]:
    """Recompute every hash of one stream; report the first break and any head mismatch."""
    problems: list[ChainProblem] = []
    prev = GENESIS
    expected_seq = 1
    rows = session.execute(
        select(
            HistoryEvent.seq,
            HistoryEvent.at,
            HistoryEvent.actor,
            HistoryEvent.entity,
            HistoryEvent.entity_id,
            HistoryEvent.action,
            HistoryEvent.before,
            HistoryEvent.after,
            HistoryEvent.prev_hash,
            HistoryEvent.hash,
        )
        .where(HistoryEvent.stream == stream)
        .order_by(HistoryEvent.seq)
        .execution_options(yield_per=batch)
    )
    for seq, at, actor, entity, entity_id, action, before, after, prev_hash, digest in rows:
        if seq != expected_seq:
            problems.append(
                ChainProblem(stream, expected_seq, f"event {expected_seq} is missing")
            )
            return problems
        if prev_hash != prev:
            problems.append(ChainProblem(stream, seq, "link to the previous event is broken"))
            return problems
        recomputed = event_hash(
            stream=stream,
            seq=seq,
            at=timestamp_text(at),
            actor=actor,
            entity=entity,
            entity_id=entity_id,
            action=action,
            before=before,
            after=after,
            prev_hash=prev_hash,
        )
        if recomputed != digest:
            problems.append(ChainProblem(stream, seq, "event was edited after it was written"))
            return problems
        prev = digest
        expected_seq += 1
    head = session.get(HistoryStream, stream)
    if head is not None and (head.last_seq != expected_seq - 1 or head.last_hash != prev):
        problems.append(
            ChainProblem(stream, expected_seq, "events at the end of the chain were deleted")
        )
    return problems


def stream_keys(session: Session) -> Iterator[str]:
    yield from session.scalars(select(HistoryStream.key).order_by(HistoryStream.key))
