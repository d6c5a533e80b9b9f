"""Engagements, their objectives, milestones (billing points), criteria and baselines."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from core.models.base import Base, MinorUnits, UTCTimestamp, new_id
from core.models.parties import Client


class Engagement(Base):
    __tablename__ = "engagement"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    code: Mapped[str] = mapped_column(String(32), unique=True)
    title: Mapped[str] = mapped_column(String(300))
    client_id: Mapped[str] = mapped_column(ForeignKey("client.id"), index=True)
    currency: Mapped[str] = mapped_column(String(3))
    start_date: Mapped[date] = mapped_column(Date)
    target_end_date: Mapped[date] = mapped_column(Date)
    language: Mapped[str] = mapped_column(String(8))
    deemed_acceptance_days: Mapped[int | None] = mapped_column(Integer, nullable=True)
    parent_id: Mapped[str | None] = mapped_column(
        ForeignKey("engagement.id"), nullable=True, index=True
    )
    status: Mapped[str] = mapped_column(String(16), index=True)
    created_at: Mapped[datetime] = mapped_column(UTCTimestamp)
    version: Mapped[int] = mapped_column(Integer, nullable=False)

    client: Mapped[Client] = relationship()
    objectives: Mapped[list[Objective]] = relationship(
        order_by="Objective.position", cascade="all, delete-orphan"
    )
    milestones: Mapped[list[Milestone]] = relationship(
        back_populates="engagement", order_by="Milestone.position", cascade="all, delete-orphan"
    )
    baselines: Mapped[list[Baseline]] = relationship(
        order_by="Baseline.version", cascade="all, delete-orphan"
    )

    # Optimistic locking; SQLAlchemy types this as an instance attribute, hence no ClassVar.
    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012


class Objective(Base):
    """A written objective: what success looks like, optionally measurable."""

    __tablename__ = "objective"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    engagement_id: Mapped[str] = mapped_column(ForeignKey("engagement.id"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    measure: Mapped[str] = mapped_column(String(300), default="")


class Milestone(Base):
    """A billing point."""

    __tablename__ = "milestone"
    __table_args__ = (UniqueConstraint("engagement_id", "position"),)

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    engagement_id: Mapped[str] = mapped_column(ForeignKey("engagement.id"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(String(300))
    deliverables: Mapped[str] = mapped_column(Text, default="")
    amount_minor: Mapped[int] = mapped_column(MinorUnits, default=0)
    baseline_due: Mapped[date | None] = mapped_column(Date, nullable=True)
    forecast_due: Mapped[date | None] = mapped_column(Date, nullable=True)
    template_name: Mapped[str] = mapped_column(String(200), default="")
    state: Mapped[str] = mapped_column(String(24), index=True)
    submitted_at: Mapped[date | None] = mapped_column(Date, nullable=True)
    version: Mapped[int] = mapped_column(Integer, nullable=False)

    engagement: Mapped[Engagement] = relationship(back_populates="milestones")
    criteria: Mapped[list[Criterion]] = relationship(
        order_by="Criterion.position", cascade="all, delete-orphan"
    )
    checklist: Mapped[list[ChecklistItem]] = relationship(
        order_by="ChecklistItem.position", cascade="all, delete-orphan"
    )

    # Optimistic locking; SQLAlchemy types this as an instance attribute, hence no ClassVar.
    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012


class Criterion(Base):
    """An acceptance criterion, owned by one milestone."""

    __tablename__ = "criterion"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    milestone_id: Mapped[str] = mapped_column(ForeignKey("milestone.id"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    target: Mapped[str] = mapped_column(String(300), default="")


class ChecklistItem(Base):
    """A reviewer checklist item copied from a review template."""

    __tablename__ = "checklist_item"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    milestone_id: Mapped[str] = mapped_column(ForeignKey("milestone.id"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)


class Baseline(Base):
    """The canonical snapshot of a roadmap taken at activation, with its SHA-256."""

    __tablename__ = "baseline"
    __table_args__ = (UniqueConstraint("engagement_id", "version"),)

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    engagement_id: Mapped[str] = mapped_column(ForeignKey("engagement.id"), index=True)
    version: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(UTCTimestamp)
    snapshot: Mapped[str] = mapped_column(Text)
    fingerprint: Mapped[str] = mapped_column(String(64))
