"""Verifying every history chain in one pass over the events.

This gives the same verdicts and messages as ``core.history.verify_stream`` stream by
stream, but reads all events in a single ordered scan, takes the timestamp exactly as
stored (no parse and re-format) and builds the hashed text without the generic JSON
encoder: together about three times faster, which keeps ``check`` within seconds on
hundreds of thousands of events."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from json.encoder import encode_basestring as _quote  # the escaping json.dumps uses

from sqlalchemy import String, select, type_coerce
from sqlalchemy.orm import Session

from core.history import GENESIS, ChainProblem
from core.models import HistoryEvent, HistoryStream

MISSING = "event {seq} is missing"
BROKEN_LINK = "link to the previous event is broken"
EDITED = "event was edited after it was written"
TRUNCATED = "events at the end of the chain were deleted"
NO_HEAD = "the stream has events but no head"


def chain_hash(
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
    """Byte for byte ``core.history.event_hash`` (sorted-key compact JSON, UTF-8), built
    directly; a test holds the two together."""
    body = "".join(
        (
            '{"action":',
            _quote(action),
            ',"actor":',
            _quote(actor),
            ',"after":',
            _quote(after),
            ',"at":',
            _quote(at),
            ',"before":',
            _quote(before),
            ',"entity":',
            _quote(entity),
            ',"entity_id":',
            _quote(entity_id),
            ',"prev":',
            _quote(prev_hash),
            ',"seq":',
            str(seq),
            ',"stream":',
            _quote(stream),
            "}",
        )
    )
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


def verify_all_streams(session: Session) -> Iterator[ChainProblem]:
    """Every chain problem, stream by stream in key order. A stream whose head is gone
    is reported (``NO_HEAD``, seq 0) and its chain is still checked."""
    heads = {
        key: (last_seq, last_hash)
        for key, last_seq, last_hash in session.execute(
            select(HistoryStream.key, HistoryStream.last_seq, HistoryStream.last_hash)
        )
    }
    stmt = select(
        HistoryEvent.stream,
        HistoryEvent.seq,
        type_coerce(HistoryEvent.at, String()),  # the stored text is what was hashed
        HistoryEvent.actor,
        HistoryEvent.entity,
        HistoryEvent.entity_id,
        HistoryEvent.action,
        HistoryEvent.before,
        HistoryEvent.after,
        HistoryEvent.prev_hash,
        HistoryEvent.hash,
    ).order_by(HistoryEvent.stream, HistoryEvent.seq)
    connection = session.connection()
    if connection.dialect.name != "sqlite":  # SQLite steps lazily already
        stmt = stmt.execution_options(stream_results=True, max_row_buffer=5000)
    seen: set[str] = set()
    current: str | None = None
    prev, expected, failed = GENESIS, 1, False
    rows = connection.execute(stmt)
    for stream, seq, at, actor, entity, entity_id, action, before, after, link, digest in rows:
        if stream != current:
            if current is not None and not failed:
                yield from _head_problem(current, heads, expected, prev)
            current, prev, expected, failed = stream, GENESIS, 1, False
            seen.add(stream)
            if stream not in heads:
                yield ChainProblem(stream, 0, NO_HEAD)
        if failed:
            continue
        message = None
        if seq != expected:
            message, seq = MISSING.format(seq=expected), expected
        elif link != prev:
            message = BROKEN_LINK
        elif (
            chain_hash(stream, seq, at, actor, entity, entity_id, action, before, after, link)
            != digest
        ):
            message = EDITED
        if message is not None:
            failed = True
            yield ChainProblem(stream, seq, message)
            continue
        prev, expected = digest, expected + 1
    if current is not None and not failed:
        yield from _head_problem(current, heads, expected, prev)
    for key in sorted(set(heads) - seen):  # a head whose every event was deleted
        yield from _head_problem(key, heads, 1, GENESIS)


def _head_problem(
    stream: str, heads: dict[str, tuple[int, str]], expected: int, prev: str
) -> Iterator[ChainProblem]:
    head = heads.get(stream)
    if head is not None and (head[0] != expected - 1 or head[1] != prev):
        yield ChainProblem(stream, expected, TRUNCATED)
