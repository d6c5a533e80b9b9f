"""The unit of work: one user action, one session, one transaction."""

from __future__ import annotations

from datetime import datetime
from types import TracebackType
from typing import Any

from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from core.changes import Changes
from core.errors import StaleEditError
from core.faults import STALE, explain
from core.history import append_event
from core.models.base import utcnow


def _stale() -> StaleEditError:
    return StaleEditError(STALE)


class UnitOfWork:
    """Owns a session for one action. Nothing is kept unless ``commit`` is called;
    history events are written in the same transaction as the change they describe.

    A database error met on the way (busy, full, connection lost, a write that collided
    with another person's) leaves as the readable refusal ``core.faults.explain`` gives it,
    after the rollback."""

    def __init__(self, session: Session, actor: str) -> None:
        self.session = session
        self.actor = actor
        self.now: datetime = utcnow()
        self.changes = Changes()
        self._committed = False

    def __enter__(self) -> UnitOfWork:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        try:
            if not self._committed:
                self.session.rollback()
            self.session.close()
        except DBAPIError:
            if exc is None:
                raise
            # The connection is already broken (the error below says how); the server
            # keeps nothing of a transaction that was not committed.
        if isinstance(exc, StaleDataError):
            # A flush SQLAlchemy ran on its own (autoflush before a query) met a row that
            # another writer changed first: the same refusal as an explicit flush.
            raise _stale() from exc
        if isinstance(exc, DBAPIError):
            refusal = explain(exc)
            if refusal is not None:
                raise refusal from exc

    def event(
        self,
        stream: str,
        entity: str,
        entity_id: str,
        action: str,
        before: Any = None,
        after: Any = None,
        engagement_id: str | None = None,
    ) -> None:
        append_event(
            self.session,
            stream=stream,
            at=self.now,
            actor=self.actor,
            entity=entity,
            entity_id=entity_id,
            action=action,
            before=before,
            after=after,
            engagement_id=engagement_id,
        )

    def flush(self) -> None:
        try:
            self.session.flush()
        except StaleDataError as exc:
            raise _stale() from exc

    def commit(self) -> Changes:
        self.flush()
        try:
            self.session.commit()
        except DBAPIError as exc:
            refusal = explain(exc, committing=True)
            if refusal is None:
                raise
            raise refusal from exc
        self._committed = True
        return self.changes
