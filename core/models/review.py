"""Review templates, review rounds with per-criterion verdicts, and sign-offs."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    Date,
    ForeignKey,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from core.models.base import Base, UTCTimestamp, new_id
from core.models.parties import Contact


class ReviewTemplate(Base):
    __tablename__ = "review_template"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    description: Mapped[str] = mapped_column(Text, default="")
    builtin: Mapped[bool] = mapped_column(Boolean, default=False)
    version: Mapped[int] = mapped_column(Integer, nullable=False)

    criteria: Mapped[list[TemplateCriterion]] = relationship(
        order_by="TemplateCriterion.position", cascade="all, delete-orphan"
    )
    checklist: Mapped[list[TemplateChecklistItem]] = relationship(
        order_by="TemplateChecklistItem.position", cascade="all, delete-orphan"
    )

    # Optimistic locking; SQLAlchemy types this as an instance attribute, hence no ClassVar.
    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012


class TemplateCriterion(Base):
    __tablename__ = "template_criterion"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    template_id: Mapped[str] = mapped_column(ForeignKey("review_template.id"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    target: Mapped[str] = mapped_column(String(300), default="")


class TemplateChecklistItem(Base):
    __tablename__ = "template_checklist_item"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    template_id: Mapped[str] = mapped_column(ForeignKey("review_template.id"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)


class ReviewRound(Base):
    __tablename__ = "review_round"
    __table_args__ = (UniqueConstraint("milestone_id", "number"),)

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    milestone_id: Mapped[str] = mapped_column(ForeignKey("milestone.id"), index=True)
    number: Mapped[int] = mapped_column(Integer)
    submitted_on: Mapped[date] = mapped_column(Date)
    held_on: Mapped[date] = mapped_column(Date)
    reviewer_id: Mapped[str | None] = mapped_column(ForeignKey("contact.id"), nullable=True)
    outcome: Mapped[str] = mapped_column(String(24))
    deemed: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(UTCTimestamp)

    reviewer: Mapped[Contact | None] = relationship()
    verdicts: Mapped[list[Verdict]] = relationship(
        order_by="Verdict.position", cascade="all, delete-orphan"
    )


class Verdict(Base):
    __tablename__ = "verdict"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    round_id: Mapped[str] = mapped_column(ForeignKey("review_round.id"), index=True)
    criterion_id: Mapped[str] = mapped_column(ForeignKey("criterion.id"))
    position: Mapped[int] = mapped_column(Integer)
    value: Mapped[str] = mapped_column(String(16))
    note: Mapped[str] = mapped_column(Text, default="")
    reason: Mapped[str] = mapped_column(Text, default="")


class SignOff(Base):
    """The sign-off of an accepted milestone, and later the signature recorded against it."""

    __tablename__ = "signoff"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    milestone_id: Mapped[str] = mapped_column(ForeignKey("milestone.id"), unique=True)
    round_id: Mapped[str] = mapped_column(ForeignKey("review_round.id"))
    document_id: Mapped[str] = mapped_column(String(64), unique=True)
    snapshot: Mapped[str] = mapped_column(Text)
    fingerprint: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(UTCTimestamp)
    issued_pdf: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)
    issued_sha256: Mapped[str] = mapped_column(String(64), default="")
    signature_method: Mapped[str] = mapped_column(String(16), default="")
    signer: Mapped[str] = mapped_column(String(200), default="")
    signed_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    returned_file: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)
    returned_sha256: Mapped[str] = mapped_column(String(64), default="")
    signer_cert_sha256: Mapped[str] = mapped_column(String(64), default="")
    confirmed_by: Mapped[str] = mapped_column(String(200), default="")
    verification: Mapped[str] = mapped_column(Text, default="")
