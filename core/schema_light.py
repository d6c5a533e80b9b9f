"""Lightweight clauses for the few tables read before the ORM models are loaded.

``sqlalchemy.table`` and ``sqlalchemy.column`` name a table and some of its columns for a
Core query without declaring the mapped classes, which costs start-up some 25 ms. Only the
columns those early reads use are named; ``tests/core/test_schema_light.py`` holds each of
them to the real table in ``core.models``, so a renamed column fails a test, not a start."""

from __future__ import annotations

from sqlalchemy import column, table

ENGAGEMENT = table(
    "engagement",
    column("id"),
    column("code"),
    column("title"),
    column("client_id"),
    column("status"),
    column("currency"),
    column("parent_id"),
    column("version"),
)
CLIENT = table("client", column("id"), column("name"))
MILESTONE = table("milestone", column("engagement_id"), column("amount_minor"))
REVIEW_TEMPLATE = table("review_template", column("name"))

LIGHT_TABLES = (ENGAGEMENT, CLIENT, MILESTONE, REVIEW_TEMPLATE)
