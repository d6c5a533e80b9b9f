"""Every character our users type is drawn, with a font embedded in the PDF.

Each kind of PDF (sign-off as issued, history, weekly status, roadmap) is made with a corpus
of the scripts our users write: Korean, the CJK Extension B characters of Taiwanese personal
names, accented Latin, Greek, Cyrillic, common symbols and Traditional Chinese. Poppler, not
the library that wrote the file, reads it back: ``pdftotext`` must give every character
(a dropped or boxed character would be missing or come out as U+FFFD), ``pdffonts`` must list
only embedded TrueType fonts (no Helvetica, Times or Courier a reader would substitute), and
``pdfinfo`` must show the document's own date as its creation date.
"""

from __future__ import annotations

import copy
import re
import subprocess
import sys
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from core.db import Database
from core.queries import engagement_detail
from core.services import Services
from reports.history_pdf import write_history_pdf
from reports.roadmap_pdf import build_roadmap_pdf
from reports.sigfield import add_client_signature_field
from reports.signoff_pdf import render_signoff
from reports.status_data import read_status
from reports.status_pdf import build_status_pdf
from reports.text import (
    CJK,
    HAN_EXT,
    HANGUL,
    MISSING_MARKER,
    SANS,
    SYMBOLS,
    coverage,
    font_runs,
    markup,
)
from tests.reports.builders import START, clock, engagement
from tests.reports.conftest import BASE_SNAPSHOT

ROOT = Path(__file__).resolve().parents[2]

CORPUS = (
    "한국어 김민준",  # Hangul
    "𠀋𡈽 陳𠀋",  # CJK Extension B (U+2000B, U+2123D), as in Taiwanese names
    "Ørsted Łódź",
    "Ñandú Œuvre",
    "Αθήνα Москва",
    "€ £ ¥ ₩ ≥ ≤ ± → ✓ ™ ©",
    "驗收確認書 里程碑",  # Traditional Chinese
)
"""Short pieces, so that each fits a cell of the history table whole."""

BASE_14 = {
    "Courier", "Courier-Bold", "Courier-Oblique", "Courier-BoldOblique",
    "Helvetica", "Helvetica-Bold", "Helvetica-Oblique", "Helvetica-BoldOblique",
    "Times-Roman", "Times-Bold", "Times-Italic", "Times-BoldItalic", "Symbol", "ZapfDingbats",
}  # fmt: skip
ISSUED = date(2026, 3, 5)
THIS_WEEK = datetime(2026, 3, 3, 10, 0, tzinfo=UTC)


def poppler(tool: str, data: bytes, folder: Path, *args: str) -> str:
    """What a poppler tool prints for the PDF ``data``."""
    path = folder / "document.pdf"
    path.write_bytes(data)
    run = subprocess.run(
        [tool, *args, str(path), *(["-"] if tool == "pdftotext" else [])],
        capture_output=True,
        check=True,
        timeout=120,
    )
    return run.stdout.decode("utf-8")


def fonts(data: bytes, folder: Path) -> list[dict[str, str]]:
    """The fonts ``pdffonts`` lists: name (subset tag removed), type, emb."""
    listed = []
    for line in poppler("pdffonts", data, folder).splitlines()[2:]:
        # name, type (one or two words), encoding, emb, sub, uni, object number, generation
        found = re.fullmatch(
            r"(\S+)\s+(.+?)\s+(\S+)\s+(yes|no)\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+", line
        )
        assert found, line
        listed.append(
            {"name": found[1].split("+")[-1], "type": found[2], "emb": found[4], "uni": found[6]}
        )
    return listed


def assert_every_character_drawn_and_embedded(data: bytes, folder: Path) -> set[str]:
    """The corpus reads back whole, and every font is embedded TrueType; returns the fonts."""
    text = re.sub(r"\s+", "", poppler("pdftotext", data, folder, "-enc", "UTF-8"))
    for piece in CORPUS:
        # Whitespace aside (Chinese may wrap anywhere), every character is there, in order.
        assert re.sub(r"\s+", "", piece) in text, piece
    assert MISSING_MARKER not in text
    listed = fonts(data, folder)
    assert listed
    for font in listed:
        assert font["emb"] == "yes", font
        assert font["uni"] == "yes", font  # text can be searched and copied
        assert font["type"] == "TrueType", font
        assert font["name"] not in BASE_14, font
    names = {font["name"] for font in listed}
    assert {"DejaVuSans", "DroidSansFallback", "NanumSquareR", "HanaMinB"} <= names
    return names


def creation_date(data: bytes, folder: Path) -> str:
    info = poppler("pdfinfo", data, folder, "-isodates")
    found = re.search(r"^CreationDate:\s+(\S+)$", info, re.MULTILINE)
    assert found, info
    assert f"ModDate:         {found[1]}" in info
    return found[1]


# --- the four documents ---------------------------------------------------------------------


def issued_signoff(created: date) -> bytes:
    """A sign-off in Chinese whose names and titles hold the corpus, as issue_signoff makes it
    (with the empty signature field)."""
    snapshot = copy.deepcopy(BASE_SNAPSHOT)
    snapshot["language"] = "zh-TW"
    snapshot["client"]["name"] = CORPUS[0]
    snapshot["milestone"]["title"] = " ".join(CORPUS)
    snapshot["round"]["reviewer"]["name"] = CORPUS[1]
    snapshot["signatories"]["client"]["name"] = CORPUS[1]
    pdf = render_signoff(snapshot, "a" * 64, created=created)
    page, x1, y1, x2, y2 = pdf.client_sig_box
    return add_client_signature_field(pdf.data, page=page, box=(x1, y1, x2, y2))


def test_an_issued_signoff_draws_every_character_with_embedded_fonts(tmp_path: Path) -> None:
    data = issued_signoff(ISSUED)
    assert_every_character_drawn_and_embedded(data, tmp_path)
    assert creation_date(data, tmp_path) == "2026-03-05T00:00:00Z"


def test_a_signoff_is_the_same_bytes_for_the_same_snapshot_and_day() -> None:
    assert issued_signoff(ISSUED) == issued_signoff(ISSUED)
    assert issued_signoff(ISSUED + timedelta(days=1)) != issued_signoff(ISSUED)


def corpus_engagement(services: Services, monkeypatch: pytest.MonkeyPatch) -> str:
    """An engagement named in the corpus with one milestone per piece, created this week
    (so the weekly status lists the changes) with milestones due around now."""
    with clock(monkeypatch, THIS_WEEK):
        engagement(
            services,
            "GLY-2026-01",
            titles=CORPUS,
            milestones=len(CORPUS),
            client_name=f"{CORPUS[0]} {CORPUS[1]}",
            title=CORPUS[6],
            every_days=8,
        )
    return "GLY-2026-01"


def test_the_history_draws_every_character_with_embedded_fonts(
    services: Services, db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    code = corpus_engagement(services, monkeypatch)
    with db.reading() as session:
        detail = engagement_detail(session, code, THIS_WEEK.date())
    target = tmp_path / "history.pdf"
    write_history_pdf(db, detail, target, created=date(2026, 3, 6))
    data = target.read_bytes()
    assert_every_character_drawn_and_embedded(data, tmp_path)
    assert creation_date(data, tmp_path) == "2026-03-06T00:00:00Z"


def test_the_weekly_status_draws_every_character_with_embedded_fonts(
    services: Services, db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    code = corpus_engagement(services, monkeypatch)
    data = build_status_pdf(read_status(db, code, THIS_WEEK.date()))
    assert_every_character_drawn_and_embedded(data, tmp_path)
    assert creation_date(data, tmp_path) == "2026-03-03T00:00:00Z"  # the day it is as of
    later = build_status_pdf(read_status(db, code, THIS_WEEK.date()), created=date(2026, 3, 9))
    assert creation_date(later, tmp_path) == "2026-03-09T00:00:00Z"


def test_the_roadmap_draws_every_character_with_embedded_fonts(
    services: Services, db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    code = corpus_engagement(services, monkeypatch)
    today = START + timedelta(days=20)
    with db.reading() as session:
        detail = engagement_detail(session, code, today)
    data = build_roadmap_pdf(detail, agency=CORPUS[2], today=today)
    assert_every_character_drawn_and_embedded(data, tmp_path)
    assert creation_date(data, tmp_path) == f"{today.isoformat()}T00:00:00Z"


# --- the fallback itself --------------------------------------------------------------------


def test_each_script_is_drawn_by_the_font_made_for_it() -> None:
    assert font_runs("Łódź Αθήνα Москва ₩") == [(SANS, "Łódź Αθήνα Москва ₩")]
    assert font_runs("驗收") == [(CJK, "驗收")]
    # Droid Sans Fallback has 가 but not 나: the whole word stays in one design.
    assert font_runs("가나다") == [(HANGUL, "가나다")]
    assert font_runs("陳𠀋") == [(CJK, "陳"), (HAN_EXT, "𠀋")]
    assert font_runs("✅🚀") == [(SYMBOLS, "✅🚀")]  # symbols and emoji DejaVu lacks
    assert markup("김 <b>") == f'<font face="{HANGUL}">김</font> &lt;b&gt;'


def test_what_no_font_draws_becomes_a_visible_replacement(tmp_path: Path) -> None:
    newer_emoji = "\U0001f970"  # 🥰, Unicode 11: newer than Symbola
    private = "\ue000"  # a private-use character: its meaning is known only to its sender
    unassigned = "\U00030000"  # plane 3 (Extension G), which no shipped font has
    for ch in (newer_emoji, private, unassigned):
        assert not any(ord(ch) in coverage(f) for f in (SANS, CJK, HANGUL, HAN_EXT, SYMBOLS))
        assert markup(f"a{ch}b") == f"a{MISSING_MARKER}b"
    snapshot = copy.deepcopy(BASE_SNAPSHOT)
    snapshot["milestone"]["title"] = f"Launch {newer_emoji} party {private}!"
    data = render_signoff(snapshot, "b" * 64, created=ISSUED).data
    text = poppler("pdftotext", data, tmp_path, "-enc", "UTF-8")
    assert f"Launch {MISSING_MARKER} party {MISSING_MARKER}!" in text


PACKED_FONTS_LOADED = """
import copy, sys
from datetime import date
from reportlab.pdfbase import pdfmetrics
from reports.signoff_pdf import render_signoff
from tests.reports.conftest import BASE_SNAPSHOT

for title in sys.argv[1:]:
    snapshot = copy.deepcopy(BASE_SNAPSHOT)
    snapshot["milestone"]["title"] = title
    render_signoff(snapshot, "c" * 64, created=date(2026, 3, 5))
    names = pdfmetrics.getRegisteredFontNames()
    print(" ".join(sorted(n for n in ("SK-Hangul", "SK-Han-Ext", "SK-Symbols") if n in names)))
"""


def test_the_compressed_fonts_are_unpacked_only_when_a_character_needs_them() -> None:
    """HanaMinB takes 0.7 s to unpack: documents without a plane 2 character never do it."""
    titles = ["Reçu Łódź 驗收 ✓", "한국어", "✅ done", "陳𠀋"]
    run = subprocess.run(
        [sys.executable, "-c", PACKED_FONTS_LOADED, *titles],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert run.returncode == 0, run.stderr
    assert run.stdout.splitlines() == [
        "",  # DejaVu and Droid Sans Fallback draw all of it
        HANGUL,
        f"{HANGUL} {SYMBOLS}",
        f"{HAN_EXT} {HANGUL} {SYMBOLS}",
    ]
