"""Appending to and verifying the hash-chained history."""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import event, select, update
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


_HEADS = "scopekeeper_history_heads"


def _head(session: Session, stream: str, engagement_id: str | None) -> list[Any]:
    """The cached head ``[last_seq, last_hash, dirty]`` of a stream in this transaction.

    The first touch locks the stream's head row (a no-op UPDATE: a row lock on PostgreSQL,
    and the write lock SQLite already holds for a unit of work), so two writers can never
    both extend the same link of the chain; later appends in the same transaction only
    advance the cached head, which ``_write_heads`` stores once before the flush."""
    heads: dict[str, list[Any]] = session.info.setdefault(_HEADS, {})
    head = heads.get(stream)
    if head is not None:
        return head
    row = session.execute(
        update(HistoryStream)
        .where(HistoryStream.key == stream)
        .values(last_seq=HistoryStream.last_seq)
        .returning(HistoryStream.last_seq, HistoryStream.last_hash)
        .execution_options(synchronize_session=False)
    ).one_or_none()
    if row is None:
        session.add(
            HistoryStream(key=stream, engagement_id=engagement_id, last_seq=0, last_hash=GENESIS)
        )
        session.flush()
        head = [0, GENESIS, False]
    else:
        head = [int(row[0]), str(row[1]), False]
    heads[stream] = head
    return head


@event.listens_for(Session, "before_flush")
def _write_heads(session: Session, _context: Any, _instances: Any) -> None:
    for stream, head in session.info.get(_HEADS, {}).items():
        if head[2]:
            session.connection().execute(
                update(HistoryStream)
                .where(HistoryStream.key == stream)
                .values(last_seq=head[0], last_hash=head[1])
            )
            head[2] = False


@event.listens_for(Session, "after_commit")
@event.listens_for(Session, "after_rollback")
def _forget_heads(session: Session) -> None:
    session.info.pop(_HEADS, None)


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
    """Append one event to ``stream`` inside the caller's transaction."""
    head = _head(session, stream, engagement_id)
    seq, prev = head[0] + 1, head[1]
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
    event_row = HistoryEvent(
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
    session.add(event_row)
    head[0], head[1], head[2] = seq, digest, True
    return event_row


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
            problems.append(ChainProblem(stream, expected_seq, f"event {expected_seq} is missing"))
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
