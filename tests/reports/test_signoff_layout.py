"""How the sign-off's criteria table runs over pages: long rows split across pages, the column
header repeated at the top of each page the table continues on and nowhere else."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import pytest

from reports.signoff_pdf import build_signoff_pdf
from reports.styles import Paper

Snapshot = dict[str, Any]
HEADER = ["No.", "Criterion", "Target", "Verdict", "Note"]
ROW_WORD = re.compile(r"\b[cnr]\d+w\d+\b")


def long_criteria(count: int) -> list[dict[str, Any]]:
    """Criteria of uneven, often long texts; every word is unique ("c7w12", "n7w3", "r7w1")
    so a word lost or printed twice at a page break shows."""
    rows = []
    for i in range(1, count + 1):
        waived = i % 3 == 0
        rows.append(
            {
                "position": i,
                "criterion": " ".join(f"c{i}w{j}" for j in range(8 + (i * 37) % 110)),
                "target": "≥ 10 %",
                "verdict": "waived" if waived else "met",
                "note": " ".join(f"n{i}w{j}" for j in range((i * 53) % 150)),
                "reason": " ".join(f"r{i}w{j}" for j in range(5 + i % 30)) if waived else "",
            }
        )
    return rows


def header_lines(page: str) -> list[int]:
    """Where the criteria table's column header starts among the page's lines."""
    lines = page.splitlines()
    return [n for n in range(len(lines)) if lines[n : n + len(HEADER)] == HEADER]


@pytest.mark.parametrize("paper", ["A4", "Letter"])
def test_the_column_header_repeats_only_at_the_top_of_a_page(
    paper: Paper,
    signoff_snapshot: Snapshot,
    fingerprint_of: Callable[[Snapshot], str],
    pdf_pages: Callable[[bytes], list[str]],
) -> None:
    signoff_snapshot["round"]["verdicts"] = long_criteria(16)
    fingerprint = fingerprint_of(signoff_snapshot)
    pages = pdf_pages(build_signoff_pdf(signoff_snapshot, fingerprint, paper=paper))
    assert len(pages) >= 5
    first = pages[0].splitlines()
    summary = next(n for n, line in enumerate(first) if line.startswith("Criteria: 16"))
    assert header_lines(pages[0]) == [summary + 1]  # the table's own start, once
    table_pages = [page for page in pages[1:] if ROW_WORD.search(page)]
    assert len(table_pages) >= 3
    for page in table_pages:
        assert header_lines(page) == [0]  # continued: header first on the page, and only there


def test_rows_split_across_pages_lose_and_repeat_no_word(
    signoff_snapshot: Snapshot,
    fingerprint_of: Callable[[Snapshot], str],
    pdf_pages: Callable[[bytes], list[str]],
) -> None:
    rows = long_criteria(16)
    signoff_snapshot["round"]["verdicts"] = rows
    pages = pdf_pages(build_signoff_pdf(signoff_snapshot, fingerprint_of(signoff_snapshot)))
    words = "\n".join(pages).split()
    for row in rows:
        for field in ("criterion", "note", "reason"):
            for word in row[field].split():
                assert words.count(word) == 1, word
    split_rows = [
        row["position"]
        for row in rows
        if sum(f"n{row['position']}w" in page or f"c{row['position']}w" in page for page in pages)
        > 1
    ]
    assert split_rows  # long rows do run on over a page break instead of leaving pages empty


@pytest.mark.parametrize("paper", ["A4", "Letter"])
def test_a_section_heading_never_ends_a_page(
    paper: Paper,
    signoff_snapshot: Snapshot,
    fingerprint_of: Callable[[Snapshot], str],
    pdf_pages: Callable[[bytes], list[str]],
) -> None:
    # Longer and longer deliverables push every heading in turn towards the end of page 1.
    headings = {"Deliverables", "Acceptance criteria", "Earlier review rounds", "Signatures"}
    verdicts = signoff_snapshot["round"]["verdicts"] * 2
    signoff_snapshot["round"]["verdicts"] = [
        row | {"position": n} for n, row in enumerate(verdicts, start=1)
    ]
    seen: set[str] = set()
    for lines in range(8, 40, 2):
        snapshot = signoff_snapshot | {
            "milestone": signoff_snapshot["milestone"]
            | {"deliverables": "\n".join(f"Deliverable {n}" for n in range(lines))}
        }
        pages = pdf_pages(build_signoff_pdf(snapshot, fingerprint_of(snapshot), paper=paper))
        seen.update(h for h in headings if h in "\n".join(pages))
        for page in pages[:-1]:
            *body, _footer = page.strip().splitlines()
            assert not headings & set(body[-2:]), (lines, body[-3:])
            assert not body[-1].startswith("Criteria: "), (lines, body[-3:])
    assert seen == headings
