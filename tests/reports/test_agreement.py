"""Documents in French, Spanish and Traditional Chinese read as written sentences: an empty
section says so in a sentence that agrees with what is missing ("Aucune mission dérivée.",
not "Missions dérivées : Aucun."), and a count agrees with the word it counts ("1 notée",
"2 refusées"). Read back from the PDFs with pdftotext."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

from core.db import Database
from core.services import Services
from reports.status_pdf import export_status
from tests.reports.builders import engagement, pdf_text

TODAY = date(2026, 2, 5)

# The empty sections of an engagement with no spin-off and nothing overdue or due soon.
EMPTY = {
    "en": (
        "No milestone is overdue.",
        "No milestone falls due in the next 14 days.",
        "No spin-off engagement.",
    ),
    "fr": (
        "Aucun jalon en retard.",
        "Aucun jalon n’arrive à échéance dans les 14 prochains jours.",
        "Aucune mission dérivée.",
    ),
    "es": (
        "Ningún hito está vencido.",
        "Ningún hito vence en los próximos 14 días.",
        "Ningún proyecto derivado.",
    ),
    "zh-TW": ("沒有逾期的里程碑。", "未來 14 天內沒有到期的里程碑。", "沒有衍生專案。"),
}

# The idea counts: one captured idea, two declined, none diverted or parked.
IDEAS = {
    "en": "1 captured · 0 diverted · 0 parked · 2 declined",
    "fr": "1 notée · 0 réorientée · 0 en attente · 2 refusées",
    "es": "1 registrada · 0 derivadas · 0 aparcadas · 2 rechazadas",
    "zh-TW": "已記錄 1 項 · 已轉為衍生專案 0 項 · 暫緩 0 項 · 已婉拒 2 項",
}

# What the old composition gave: a bare, masculine "none" after a feminine plural heading,
# and a feminine plural label before a count of one.
WRONG = {
    "fr": ("Missions dérivées Aucun.", "Notées 1"),
    "es": ("Proyectos derivados Ninguno.", "Registradas 1"),
    "zh-TW": ("衍生專案 無。",),
}


@pytest.mark.parametrize("lang", sorted(EMPTY))
def test_empty_sections_and_idea_counts_agree(
    lang: str,
    services: Services,
    db: Database,
    tmp_path: Path,
    flat: Callable[[str], str],
) -> None:
    code = "AGR-2026-01"
    # the milestones fall due weeks after TODAY's fortnight: nothing overdue, nothing due
    built = engagement(services, code, language=lang, milestones=1, every_days=60)
    kept = services.ideas.capture(
        built.engagement_id, description="Podcast", raised_by="Inès", raised_on=TODAY
    ).created
    for description in ("Dark mode", "Mascot"):
        idea = services.ideas.capture(
            built.engagement_id, description=description, raised_by="Inès", raised_on=TODAY
        ).created
        services.ideas.decline(idea or "", "Not in this contract")
    assert kept
    target = tmp_path / f"status-{lang}.pdf"
    export_status(db, code, target, TODAY)
    text = flat("\n".join(pdf_text(target.read_bytes())))
    for sentence in EMPTY[lang]:
        assert sentence in text, sentence
    assert IDEAS[lang] in text
    for wrong in WRONG.get(lang, ()):
        assert wrong not in text, wrong
