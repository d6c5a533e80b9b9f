"""The roadmap's dashed "today" line, as drawn in the PDF, never runs through a word: read
back with MuPDF (the line's strokes, ``mutool trace``) and poppler (every word's box,
``pdftotext -bbox``) on every engagement of the sample portfolio, for several days."""

from __future__ import annotations

import re
import subprocess
from datetime import date, timedelta
from pathlib import Path

import pytest

from core import queries
from core.demo import load_demo
from core.services import Services
from reports.roadmap_pdf import export_roadmap

TODAY = date(2026, 12, 4)
DASH = "2.5 1.8"


def today_strokes(pdf: Path) -> list[tuple[float, float, float]]:
    """(x, y1, y2) of every dashed stroke of the today line, in points from the page's top
    left (the legend's short sample is horizontal and left out)."""
    trace = subprocess.run(
        ["mutool", "trace", str(pdf)], check=True, capture_output=True, text=True
    ).stdout
    strokes = []
    for path in re.finditer(
        r'<stroke_path [^>]*dash="([^"]*)"[^>]*transform="([^"]*)">(.*?)</stroke_path>', trace, re.S
    ):
        dash, transform, body = path.groups()
        if dash != DASH:
            continue
        a, b, c, d, e, f = (float(v) for v in transform.split())
        points = [(float(x), float(y)) for x, y in re.findall(r'x="([^"]+)" y="([^"]+)"', body)]
        (x1, y1), (x2, y2) = points[0], points[-1]
        if abs(x1 - x2) > 0.01:
            continue  # not vertical: the legend's sample
        assert (a, b, c) == (1, 0, 0) and d in (1, -1)
        top, bottom = sorted((d * y1 + f, d * y2 + f))
        strokes.append((x1 + e, top, bottom))
    return strokes


def word_boxes(pdf: Path) -> list[tuple[str, float, float, float, float]]:
    html = subprocess.run(
        ["pdftotext", "-bbox", str(pdf), "-"], check=True, capture_output=True, text=True
    ).stdout
    words = []
    for x1, y1, x2, y2, text in re.findall(
        r'<word xMin="([^"]+)" yMin="([^"]+)" xMax="([^"]+)" yMax="([^"]+)">([^<]*)</word>', html
    ):
        words.append((text, float(x1), float(y1), float(x2), float(y2)))
    return words


@pytest.mark.parametrize("offset", [0, 23, 61])
def test_the_today_line_runs_through_no_word(
    services: Services, tmp_path: Path, offset: int
) -> None:
    load_demo(services, TODAY)
    with services.db.reading() as session:
        codes = [e.code for e in queries.list_engagements(session)]
    drawn = 0
    for code in codes:
        target = tmp_path / f"{code}-{offset}.pdf"
        export_roadmap(services.db, code, target, today=TODAY + timedelta(days=offset))
        strokes = today_strokes(target)
        drawn += bool(strokes)
        for word, x1, y1, x2, y2 in word_boxes(target):
            for x, top, bottom in strokes:
                crosses = x1 - 0.3 <= x <= x2 + 0.3 and top < y2 - 0.5 and bottom > y1 + 0.5
                assert not crosses, (code, offset, word, (x1, y1, x2, y2), (x, top, bottom))
    assert drawn >= 3  # the line is on most roadmaps of the sample
