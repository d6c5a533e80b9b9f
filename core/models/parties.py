"""Clients and their contacts."""

from __future__ import annotations

from sqlalchemy import Boolean, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from core.models.base import Base, new_id


class Client(Base):
    __tablename__ = "client"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    address: Mapped[str] = mapped_column(Text, default="")
    version: Mapped[int] = mapped_column(Integer, nullable=False)

    contacts: Mapped[list[Contact]] = relationship(
        back_populates="client", order_by="Contact.position", cascade="all, delete-orphan"
    )

    # Optimistic locking; SQLAlchemy types this as an instance attribute, hence no ClassVar.
    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012


class Contact(Base):
    __tablename__ = "contact"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    client_id: Mapped[str] = mapped_column(ForeignKey("client.id"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(200), default="")
    email: Mapped[str] = mapped_column(String(254), default="")
    signatory: Mapped[bool] = mapped_column(Boolean, default=False)

    client: Mapped[Client] = relationship(back_populates="contacts")
