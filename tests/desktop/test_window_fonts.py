"""The window draws the characters the documents draw: Hangul and CJK Extension B in a client's
name (한국, 𠀋) come from the bundled fallback fonts, registered after the first frame, rather
than showing as empty boxes where the system has no font for them."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtGui import QTextLayout
from PySide6.QtWidgets import QLabel

from desktop.app import PACKED_FONTS, packed_font_files
from reports.text import _PACKED_FILES

NAME = "한국 𠀋"


def drawn_by(label: QLabel) -> list[tuple[str, int]]:
    """(font family, glyph index) of every character of the label's text as Qt lays it out
    with the label's font and its fallbacks; glyph 0 is the font's empty box."""
    layout = QTextLayout(label.text(), label.font())
    layout.beginLayout()
    layout.createLine()
    layout.endLayout()
    return [
        (run.rawFont().familyName(), glyph)
        for run in layout.glyphRuns()
        for glyph in run.glyphIndexes()
    ]


def test_the_window_registers_the_packed_fonts_the_documents_use() -> None:
    assert sorted(PACKED_FONTS) == sorted(_PACKED_FILES.values())


_LAYOUT = """
import json, sys
from pathlib import Path
from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtGui import QTextLayout
from PySide6.QtWidgets import QApplication, QLabel
from desktop.app import PackedFonts, add_fallback_font

app = QApplication([])
add_fallback_font()  # as run() does before the window
fonts = PackedFonts(Path(sys.argv[1]))
loop = QEventLoop()
fonts.sig_registered.connect(lambda _families: loop.quit())
QTimer.singleShot(60_000, loop.quit)
fonts.start()
loop.exec()
label = QLabel(sys.argv[2])
label.show()
layout = QTextLayout(label.text(), label.font())
layout.beginLayout()
layout.createLine()
layout.endLayout()
drawn = [
    (run.rawFont().familyName(), glyph) for run in layout.glyphRuns() for glyph in run.glyphIndexes()
]
print(json.dumps({"families": list(fonts.families), "drawn": drawn}))
"""


def test_hangul_and_extension_b_in_a_name_render_as_glyphs(tmp_path: Path) -> None:
    # In a process of its own, as a start is: which fonts Qt falls back on is decided once
    # per process, so a test run after other widget tests would not see a start's choice.
    text = f"Client : {NAME}"
    done = subprocess.run(
        [sys.executable, "-c", _LAYOUT, str(tmp_path / "cache"), text],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=Path(__file__).resolve().parents[2],
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout.strip().splitlines()[-1])
    families = result["families"]
    assert any("Nanum" in family for family in families), families
    assert "HanaMinB" in families, families
    drawn = [(family, glyph) for family, glyph in result["drawn"]]
    assert len(drawn) == len(text)  # one glyph per character, 𠀋 included
    assert all(glyph != 0 for _family, glyph in drawn), drawn
    used = {family for family, _glyph in drawn}
    # the system here has no font for either script: they can only come from ours
    assert any("Nanum" in family for family in used), used
    assert "HanaMinB" in used, used


def test_the_fonts_are_unpacked_once(tmp_path: Path) -> None:
    first = packed_font_files(tmp_path)
    assert [f.suffix for f in first] == [".ttf"] * len(PACKED_FONTS)
    stamps = [f.stat().st_mtime_ns for f in first]
    assert packed_font_files(tmp_path) == first
    assert [f.stat().st_mtime_ns for f in first] == stamps
    assert not list(tmp_path.glob("*.part"))
