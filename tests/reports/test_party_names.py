"""A party's name prints once on the sign-off, even where its address was typed as on an
envelope, name first (the sample data does so for the agency and for a client)."""

from __future__ import annotations

import subprocess
from pathlib import Path
from typing import Any

from reports.signoff_pdf import address_after_name, build_signoff_pdf
from tests.reports.builders import fingerprint, snapshot


def _text(data: bytes, tmp_path: Path) -> str:
    source = tmp_path / "signoff.pdf"
    source.write_bytes(data)
    return subprocess.run(
        ["pdftotext", "-layout", str(source), "-"], check=True, capture_output=True, text=True
    ).stdout


def test_the_name_is_not_printed_twice_when_the_address_starts_with_it(tmp_path: Path) -> None:
    snap: dict[str, Any] = snapshot()
    snap["agency"] = {
        "name": "Studio Nord",
        "address": "Studio Nord\n14 quai des Chartrons\n33000 Bordeaux\nFrance",
    }
    snap["client"] = {
        "name": "Maison Lumière SARL",
        "address": "  maison lumière  SARL \n27 rue de l'Église\n69002 Lyon",
    }
    text = _text(build_signoff_pdf(snap, fingerprint(snap)), tmp_path)
    lines = text.splitlines()
    parties = next(n for n, line in enumerate(lines) if "AGENCY" in line)
    block = "\n".join(lines[parties : parties + 6])
    assert block.count("Studio Nord") == 1, block
    assert block.casefold().count("maison lumière") == 1, block
    assert "14 quai des Chartrons" in block and "27 rue de l'Église" in block
    # the name line, then the street right under it
    name_line = next(n for n, line in enumerate(lines) if "Studio Nord" in line)
    assert "14 quai des Chartrons" in lines[name_line + 1]


def test_an_address_that_only_mentions_the_name_further_on_is_kept_whole() -> None:
    party = {"name": "ACME SA", "address": "c/o ACME SA\n12 rue de la Paix"}
    assert address_after_name(party) == "c/o ACME SA\n12 rue de la Paix"
    assert address_after_name({"name": "ACME SA", "address": "ACME SA"}) == ""
    assert address_after_name({"name": "", "address": "\n1 Quay Street\n"}) == "1 Quay Street"
