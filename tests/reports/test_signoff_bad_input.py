"""The sign-off document with the issue's bad input that the other sign-off tests leave out:
bidi controls, zero-width characters and emoji in the document itself, and a long
deliverables text mixing scripts and markup-like characters across pages."""

from __future__ import annotations

import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import Any

from reports.signoff_pdf import build_signoff_pdf
from reports.text import MISSING_MARKER

Snapshot = dict[str, Any]


def document_text(
    snapshot: Snapshot,
    fingerprint_of: Callable[[Snapshot], str],
    pdf_pages: Callable[[bytes], list[str]],
) -> list[str]:
    return pdf_pages(build_signoff_pdf(snapshot, fingerprint_of(snapshot)))


def test_bidi_controls_cannot_reorder_what_the_reader_sees(
    signoff_snapshot: Snapshot,
    fingerprint_of: Callable[[Snapshot], str],
    pdf_pages: Callable[[bytes], list[str]],
) -> None:
    # U+202E would show "Invoice 0001 fdp.exe" as "Invoice 0001 exe.pdf"; U+2067 isolates.
    signoff_snapshot["client"]["name"] = "ACME \u202eexe.pdf\u202c SA"
    signoff_snapshot["milestone"]["title"] = "Release \u2067v2\u2069 \u202bbeta\u202c"
    text = "\n".join(document_text(signoff_snapshot, fingerprint_of, pdf_pages))
    assert "ACME exe.pdf SA" in text.splitlines()
    assert "Milestone 3: Release v2 beta" in text.splitlines()
    assert not any(ch in text for ch in "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def test_zero_width_characters_are_kept_exactly(
    signoff_snapshot: Snapshot,
    fingerprint_of: Callable[[Snapshot], str],
    pdf_pages: Callable[[bytes], list[str]],
    flat: Callable[[str], str],
) -> None:
    note = "zero\u200bwidth, joiner\u200dhere, word\u2060joiner, marks \u200eLRM \u200fRLM"
    signoff_snapshot["round"]["verdicts"][0]["note"] = note
    signoff_snapshot["agency"]["name"] = "Studio\u200bNord"
    text = "\n".join(document_text(signoff_snapshot, fingerprint_of, pdf_pages))
    assert flat(note) in flat(text)  # the note column wraps it at a space
    assert "Studio\u200bNord" in text.splitlines()


def test_emoji_are_drawn_or_a_visible_replacement_never_a_silent_blank(
    signoff_snapshot: Snapshot,
    fingerprint_of: Callable[[Snapshot], str],
    pdf_pages: Callable[[bytes], list[str]],
) -> None:
    # Symbola draws these (in black and white); 🥰 and 🫠 are newer than every shipped font.
    signoff_snapshot["milestone"]["title"] = "Launch 🚀 party 🥰"
    signoff_snapshot["round"]["verdicts"][0]["criterion"] = "Feedback 👍🏽 from users ✅ 🫠"
    signoff_snapshot["client"]["name"] = "Café ☕ & Co"  # DejaVu has this one
    lines = "\n".join(document_text(signoff_snapshot, fingerprint_of, pdf_pages)).splitlines()
    assert f"Milestone 3: Launch 🚀 party {MISSING_MARKER}" in lines
    # The thumb and its skin tone are two characters, both drawn.
    assert f"Feedback 👍🏽 from users ✅ {MISSING_MARKER}" in lines
    assert "Café ☕ & Co" in lines


def test_an_emoji_the_font_has_is_copied_out_as_itself(
    signoff_snapshot: Snapshot,
    fingerprint_of: Callable[[Snapshot], str],
    pdf_pages: Callable[[bytes], list[str]],
    tmp_path: Path,
) -> None:
    # DejaVu draws these characters above U+FFFF (a monochrome smiley, an Old Italic letter),
    # in the regular face (milestone) and the bold one (client name).
    signoff_snapshot["milestone"]["title"] = "Launch 😀 party 𐌀"
    signoff_snapshot["client"]["name"] = "Smile 😀 Inc"
    data = build_signoff_pdf(signoff_snapshot, fingerprint_of(signoff_snapshot))
    lines = "\n".join(pdf_pages(data)).splitlines()
    assert "Milestone 3: Launch 😀 party 𐌀" in lines
    assert "Smile 😀 Inc" in lines
    path = tmp_path / "signoff.pdf"
    path.write_bytes(data)
    poppler = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout.splitlines()
    assert "Milestone 3: Launch 😀 party 𐌀" in poppler
    assert any(line.strip().endswith("Smile 😀 Inc") for line in poppler)
    assert MISSING_MARKER not in "\n".join(poppler)


def test_twenty_thousand_characters_of_mixed_scripts_and_markup_come_back_unchanged(
    signoff_snapshot: Snapshot,
    fingerprint_of: Callable[[Snapshot], str],
    pdf_pages: Callable[[bytes], list[str]],
    no_space: Callable[[str], str],
) -> None:
    paragraph = (
        "Intégration de la boutique <b>été</b> & R&D: <font color=red>rouge</font> "
        '<img src="/etc/hosts"/> 首頁改版驗收與多語系網站 — año señal.\n'
    )
    deliverables = (paragraph * (20_000 // len(paragraph) + 1))[:20_000]
    signoff_snapshot["milestone"]["deliverables"] = deliverables
    pages = document_text(signoff_snapshot, fingerprint_of, pdf_pages)
    assert len(pages) >= 4
    bodies = "\n".join("\n".join(page.strip().splitlines()[:-1]) for page in pages)  # no footer
    assert no_space(deliverables) in no_space(bodies)
