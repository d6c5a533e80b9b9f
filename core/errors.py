"""Domain errors: every refusal the user can see is one of these, with a readable message."""

from __future__ import annotations

from core.messages import Message, msg


class DomainError(Exception):
    """A rule refused the action. ``message`` is written for the person who asked: build it
    with ``core.messages.msg`` so the desktop can show it in the interface's language (it
    reads as the English sentence everywhere else)."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class ValidationError(DomainError):
    """A single field received a value it cannot take."""

    def __init__(self, field: str, message: str) -> None:
        # A field name is a word of the catalogue too (collected from the source).
        named = field if isinstance(field, Message) else Message(field)
        super().__init__(msg("{field}: {detail}", field=named, detail=message))
        self.field = field
        self.detail = message


class NotFoundError(DomainError):
    """The record asked for does not exist (any more)."""


class ScopeLockedError(DomainError):
    """The engagement's scope is locked; the change must become an idea instead."""


class TransitionError(DomainError):
    """A state change that the state machine does not allow."""


class StaleEditError(DomainError):
    """Someone else changed the record since it was loaded; the user should reload."""


class ArchiveError(DomainError):
    """An archive file was refused as a whole."""


class DatabaseRefusedError(DomainError):
    """The database file or server cannot be opened safely; it was left untouched."""


class DatabaseFaultError(DomainError):
    """The database could not carry out the action: it is busy, full, damaged or out of
    reach. The message says which, and whether anything was saved."""
