"""Client ideas and change requests, kept out of the running scope."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Date, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from core.models.base import Base, new_id

QUALIFICATION_FIELDS = (
    "goals",
    "plans",
    "challenges",
    "timeline",
    "budget",
    "authority",
    "consequences",
    "implications",
)


class Idea(Base):
    __tablename__ = "idea"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    engagement_id: Mapped[str] = mapped_column(ForeignKey("engagement.id"), index=True)
    raised_on: Mapped[date] = mapped_column(Date)
    raised_by: Mapped[str] = mapped_column(String(200))
    source: Mapped[str] = mapped_column(String(16))
    review_round_id: Mapped[str | None] = mapped_column(
        ForeignKey("review_round.id"), nullable=True
    )
    description: Mapped[str] = mapped_column(Text)
    priority: Mapped[str] = mapped_column(String(8))
    goals: Mapped[str] = mapped_column(Text, default="")
    plans: Mapped[str] = mapped_column(Text, default="")
    challenges: Mapped[str] = mapped_column(Text, default="")
    timeline: Mapped[str] = mapped_column(Text, default="")
    budget: Mapped[str] = mapped_column(Text, default="")
    authority: Mapped[str] = mapped_column(Text, default="")
    consequences: Mapped[str] = mapped_column(Text, default="")
    implications: Mapped[str] = mapped_column(Text, default="")
    follow_up: Mapped[date | None] = mapped_column(Date, nullable=True)
    state: Mapped[str] = mapped_column(String(16), index=True)
    spinoff_id: Mapped[str | None] = mapped_column(
        ForeignKey("engagement.id"), nullable=True, index=True
    )
    version: Mapped[int] = mapped_column(Integer, nullable=False)

    # Optimistic locking; SQLAlchemy types this as an instance attribute, hence no ClassVar.
    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012
