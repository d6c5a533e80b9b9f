"""The readable history PDF reads the history once: its progress moves from the first events
on, and every footer still says "page i of n" with the right total."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

import reports.history_pdf
from core.db import Database
from core.queries import EventRow
from core.services import Services
from reports.exports import export_history
from tests.reports.builders import CODE, bulk_events, engagement, pdf_text


def test_the_history_is_read_once_and_the_progress_moves_from_the_start(
    services: Services, db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    built = engagement(services)
    bulk_events(db, built.engagement_id, 1200)
    reads: list[int] = []
    original = reports.history_pdf.iter_history

    def counted(*args: object, **kwargs: object) -> Iterator[EventRow]:
        reads.append(1)
        return original(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(reports.history_pdf, "iter_history", counted)
    seen: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> bool:
        seen.append((done, total))
        return True

    target = tmp_path / "history.pdf"
    export_history(db, CODE, "pdf", target, progress=progress)
    assert len(reads) == 1
    total = 1205
    # no phase where the bar sits at 0 while the events are measured: it counts from the start
    assert [done for done, _ in seen] == [500, 1000, total]
    assert {t for _, t in seen} == {total}
    pages = pdf_text(target.read_bytes())
    assert len(pages) > 3
    for number, page in enumerate(pages, start=1):
        assert f"Page {number} of {len(pages)}" in page.strip().splitlines()[-1]


def test_pdftotext_reads_the_footer_last_on_every_page(
    services: Services, db: Database, tmp_path: Path
) -> None:
    """Poppler (software nobody here wrote) reads the pages with their footer in the second
    content stream as one page: title first, footer last, no error."""
    built = engagement(services)
    bulk_events(db, built.engagement_id, 300)
    target = tmp_path / "history.pdf"
    export_history(db, CODE, "pdf", target)
    run = subprocess.run(
        ["pdftotext", "-layout", str(target), "-"], capture_output=True, text=True, check=True
    )
    assert run.stderr == ""
    pages = [page for page in run.stdout.split("\f") if page.strip()]
    assert len(pages) >= 3
    for number, page in enumerate(pages, start=1):
        lines = [line.strip() for line in page.strip().splitlines()]
        assert lines[0].startswith(f"Engagement history — {CODE}")
        assert lines[-1].startswith(CODE) and f"Page {number} of {len(pages)}" in lines[-1]
