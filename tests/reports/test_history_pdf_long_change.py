"""A change too long for one page of the history PDF goes on over the next pages, whole:
nothing of it is cut, and the page count printed in the footers agrees."""

from __future__ import annotations

import re
from pathlib import Path

from core.db import Database
from core.history import engagement_stream
from core.services import Services
from reports.exports import export_history
from tests.reports.builders import engagement, pdf_text

CODE = "RM-2026-01"


def test_a_change_taller_than_a_page_continues_on_the_next_pages_whole(
    services: Services, db: Database, tmp_path: Path
) -> None:
    built = engagement(services)
    words = [f"clause{n:04d}" for n in range(1, 1601)]
    with db.unit_of_work("Importer") as uow:
        uow.event(
            engagement_stream(built.engagement_id),
            "note",
            "n1",
            "added",
            after={"text": " ".join(words)},
            engagement_id=built.engagement_id,
        )
        uow.commit()
    target = tmp_path / "history.pdf"
    export_history(db, CODE, "pdf", target)
    pages = pdf_text(target.read_bytes())
    assert len(pages) >= 2
    text = re.sub(r"\s+", " ", " ".join(pages))
    missing = [w for w in words if w not in text]
    assert missing == []
    for number, page in enumerate(pages, start=1):
        assert f"Page {number} of {len(pages)}" in page
