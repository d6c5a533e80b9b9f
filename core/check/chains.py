"""The history rule: every chain verifies from its first event to its head, and each
problem names the stream as people know it (engagement code, client or template name)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from core.check.problem import Problem
from core.check.scope import Scope, stream_keys
from core.history import NO_HEAD, ChainProblem, verify_streams
from core.models import Client, Engagement, ReviewTemplate

SUSPECTS = "scopekeeper.check.history_suspects"
"""The key, in a session's ``info``, of a future of ``core.history.bulk_suspects`` over every
stream, made on another connection reading the same state (``core.check.run_check`` puts
it there); its None means the session makes the bulk pass itself."""

_OWNERS = {
    "engagement": (Engagement.id, Engagement.code, "{}"),
    "client": (Client.id, Client.name, "client {}"),
    "template": (ReviewTemplate.id, ReviewTemplate.name, "review template {}"),
}


def history(session: Session, scope: Scope | None = None) -> list[Problem]:
    keys = stream_keys(scope)
    label = _Labels(session, keys)
    problems = []
    for broken in _verify(session, keys):
        if broken.message == NO_HEAD:
            message = (
                f"{label(broken.stream)} has events but no chain head: "
                "its record of the latest event was deleted"
            )
        else:
            message = f"{label(broken.stream)}, event {broken.seq}: {broken.message}"
        problems.append(Problem("history", message))
    return problems


def _verify(session: Session, keys: Sequence[str] | None) -> Iterator[ChainProblem]:
    """All streams in one ordered scan, or the given ones each by its own (indexed) scan."""
    if keys is None:
        pending = session.info.get(SUSPECTS)
        yield from verify_streams(session, found=pending.result() if pending else None)
        return
    for key in sorted(keys):
        yield from verify_streams(session, key)


class _Labels:
    """Readable names for history streams: engagement codes, client and template names."""

    def __init__(self, session: Session, keys: Iterable[str] | None) -> None:
        wanted: dict[str, list[str]] = {kind: [] for kind in _OWNERS}
        for key in keys or ():
            kind, _, ident = key.partition(":")
            if kind in wanted:
                wanted[kind].append(ident)
        self._names: dict[str, str] = {}
        for kind, (id_column, name_column, form) in _OWNERS.items():
            stmt = select(id_column, name_column)
            if keys is not None:
                stmt = stmt.where(id_column.in_(wanted[kind]))
            for ident, name in session.execute(stmt):
                self._names[f"{kind}:{ident}"] = form.format(name)

    def __call__(self, key: str) -> str:
        if key in self._names:
            return f"the history of {self._names[key]}"
        kind, _, ident = key.partition(":")
        if ident:
            return f"the history of a deleted {kind} ({ident})"
        return f"the {key} history"
