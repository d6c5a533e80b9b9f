"""Append-only, hash-chained history.

Events are grouped in streams (one per engagement, one per client, one per review
template, and a local ``system`` stream). Each stream is its own chain, which lets an
engagement's archive carry its whole chain into another database unchanged."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from core.models.base import Base, UTCTimestamp


class HistoryStream(Base):
    """The head of one chain: its last sequence number and hash.

    Writers update this row first, which serialises appends to a stream on
    PostgreSQL (row lock) and SQLite (write lock) alike."""

    __tablename__ = "history_stream"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    engagement_id: Mapped[str | None] = mapped_column(
        ForeignKey("engagement.id"), nullable=True, index=True
    )
    last_seq: Mapped[int] = mapped_column(Integer, default=0)
    last_hash: Mapped[str] = mapped_column(String(64))


class HistoryEvent(Base):
    __tablename__ = "history_event"

    stream: Mapped[str] = mapped_column(String(64), primary_key=True)
    seq: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime] = mapped_column(UTCTimestamp, index=True)  # recent changes
    actor: Mapped[str] = mapped_column(String(200))
    entity: Mapped[str] = mapped_column(String(32))
    entity_id: Mapped[str] = mapped_column(String(36))
    action: Mapped[str] = mapped_column(String(48))
    before: Mapped[str] = mapped_column(Text)
    after: Mapped[str] = mapped_column(Text)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))
