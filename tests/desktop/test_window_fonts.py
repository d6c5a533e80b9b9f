"""The window draws the characters the documents draw: Hangul and CJK Extension B in a client's
name (한국, 𠀋) come from the bundled fallback fonts, registered after the first frame, rather
than showing as empty boxes where the system has no font for them."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QTextLayout
from PySide6.QtWidgets import QLabel

from desktop.app import PACKED_FONTS, PackedFonts, add_fallback_font, packed_font_files
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


def test_hangul_and_extension_b_in_a_name_render_as_glyphs(qtbot, tmp_path: Path) -> None:
    add_fallback_font()  # as run() does before the window
    fonts = PackedFonts(tmp_path / "cache")
    with qtbot.waitSignal(fonts.sig_registered, timeout=30_000):
        fonts.start()
    assert any("Nanum" in family for family in fonts.families), fonts.families
    assert "HanaMinB" in fonts.families, fonts.families

    label = QLabel(f"Client : {NAME}")
    qtbot.addWidget(label)
    label.show()
    qtbot.waitExposed(label)
    drawn = drawn_by(label)
    assert len(drawn) == len(label.text())  # one glyph per character, 𠀋 included
    assert all(glyph != 0 for _family, glyph in drawn), drawn
    families = {family for family, _glyph in drawn}
    # the system here has no font for either script: they can only come from ours
    assert any("Nanum" in family for family in families), families
    assert "HanaMinB" in families, families


def test_the_fonts_are_unpacked_once(tmp_path: Path) -> None:
    first = packed_font_files(tmp_path)
    assert [f.suffix for f in first] == [".ttf"] * len(PACKED_FONTS)
    stamps = [f.stat().st_mtime_ns for f in first]
    assert packed_font_files(tmp_path) == first
    assert [f.stat().st_mtime_ns for f in first] == stamps
    assert not list(tmp_path.glob("*.part"))
