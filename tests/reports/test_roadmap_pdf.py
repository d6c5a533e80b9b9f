"""The one-page roadmap PDF for a contract annex."""

from __future__ import annotations

import io
import re
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader

from core.db import Database
from core.errors import NotFoundError
from core.files import FileWriteError
from core.queries import engagement_detail
from core.services import Services
from reports.i18n import format_amount, format_date, labels
from reports.roadmap_pdf import export_roadmap
from reports.roadmap_timeline import Captions, Point, Timeline
from tests.reports.builders import engagement, pdf_text

TODAY = date(2026, 3, 2)


def roadmap(db: Database, tmp_path: Path, code: str = "RM-2026-01", **kw: object) -> bytes:
    target = tmp_path / f"{code}.pdf"
    export_roadmap(db, code, target, today=TODAY, **kw)  # type: ignore[arg-type]
    return target.read_bytes()


def test_the_roadmap_shows_every_billing_point_with_amount_dates_state_and_baseline(
    services: Services, db: Database, tmp_path: Path, flat: Callable[[str], str]
) -> None:
    built = engagement(services, titles=["Discovery workshop", "Design system", "Launch"])
    services.roadmap.move_forecast(built.milestone_ids[1], date(2026, 2, 20), "Client holidays")
    (page,) = pdf_text(roadmap(db, tmp_path))
    text = flat(page)
    with db.reading() as session:
        detail = engagement_detail(session, "RM-2026-01", TODAY)
    assert "Roadmap" in text and "RM-2026-01 — Website relaunch" in text
    assert "ACME SA" in text and "Active" in text
    assert "January 5, 2026 to" in text  # the period
    assert detail.baseline_fingerprint is not None
    assert detail.baseline_fingerprint in text  # the full fingerprint, for the contract
    for m in detail.milestones:
        assert f"M{m.position}" in text
        assert m.title in text
        assert format_amount(m.amount_minor, "EUR", "en") in text
    assert "Jan 19, 2026" in text  # M1 planned
    assert "Feb 2, 2026 Feb 20, 2026" in text  # M2 planned, then its later forecast
    assert text.count("Planned") >= 2  # the timeline legend and the table
    assert "Today" in text and "As of March 2, 2026" in text
    assert f"Total {format_amount(detail.contracted_minor, 'EUR', 'en')}" in text
    assert page.strip().splitlines()[-1] == (
        f"RM-2026-01 Page 1 of 1 Fingerprint {detail.baseline_fingerprint[:12]}"
    )


def test_sixty_milestones_still_fit_on_exactly_one_page(
    services: Services, db: Database, tmp_path: Path, flat: Callable[[str], str]
) -> None:
    engagement(services, milestones=60, every_days=7)
    data = roadmap(db, tmp_path)
    pages = pdf_text(data)
    assert len(pages) == 1
    text = flat(pages[0])
    listed = [n for n in range(1, 61) if f"Milestone {n:02d}" in text]
    assert listed == list(range(1, len(listed) + 1))  # the first ones, in order
    hidden = 60 - len(listed)
    assert 10 <= len(listed) < 60
    assert f"+{hidden} more milestones, not shown" in text
    total = sum(100_050 * n for n in range(1, 61))
    assert f"Total {format_amount(total, 'EUR', 'en')}" in text  # every milestone counted


def test_two_hundred_milestones_and_the_longest_texts_stay_on_one_page(
    services: Services, db: Database, tmp_path: Path, flat: Callable[[str], str]
) -> None:
    long_title = "Migration of the legacy catalogue and every product sheet " * 5
    engagement(
        services,
        milestones=200,
        every_days=2,
        titles=[long_title.strip()[:300]] * 5,
        client_name=("Compagnie Internationale de Conseil en Transformation Numérique " * 2)[:120],
        title="A very long engagement title " * 10,
    )
    pages = pdf_text(roadmap(db, tmp_path))
    assert len(pages) == 1
    assert "+" in pages[0] and "more milestones, not shown" in flat(pages[0])


@pytest.mark.parametrize(
    ("lang", "titles", "client"),
    [
        ("fr", ["Atelier de cadrage été", "Intégration « boutique »"], "Société Générale d'Études"),
        ("zh-TW", ["需求訪談與資訊架構", "視覺設計與互動原型"], "臺北數位設計有限公司"),
    ],
)
def test_the_roadmap_speaks_the_engagement_language(
    lang: str,
    titles: list[str],
    client: str,
    services: Services,
    db: Database,
    tmp_path: Path,
    flat: Callable[[str], str],
    no_space: Callable[[str], str],
) -> None:
    engagement(services, milestones=2, titles=titles, language=lang, client_name=client)
    services.settings.update(name="Studio Nord")
    (page,) = pdf_text(roadmap(db, tmp_path))
    t = labels(lang)
    compare = no_space if lang == "zh-TW" else flat
    expected = [
        *titles,
        client,
        "Studio Nord",
        t["roadmap.title"],
        t["roadmap.col_planned"],
        t["roadmap.col_forecast"],
        t["roadmap.col_amount"],
        t["roadmap.total"],
        t["roadmap.today"],
        t["roadmap.legend_done"],
        t["state.planned"],
        t["engagement_status.active"],
        t["roadmap.as_of"].format(date=format_date(TODAY, lang)),
        format_amount(100_050, "EUR", lang),
        format_amount(200_100, "EUR", lang),
        format_amount(300_150, "EUR", lang),
        t["signoff.page_of"].format(page=1, pages=1),
    ]
    for value in expected:
        assert compare(value) in compare(page), value
    assert "Roadmap" not in page and "Total" not in page.replace(t["roadmap.total"], "")


def test_user_text_is_printed_literally_never_as_markup(
    services: Services, db: Database, tmp_path: Path, flat: Callable[[str], str]
) -> None:
    tricky = ["<b>Bold</b> & <font color=red>red</font>", '<img src="/etc/hosts"/> R&D']
    engagement(services, milestones=2, titles=tricky, client_name="<i>Client</i> & Co")
    data = roadmap(db, tmp_path)
    text = flat(pdf_text(data)[0])
    for value in [*tricky, "<i>Client</i> & Co"]:
        assert value in text
    page = PdfReader(io.BytesIO(data)).pages[0]
    assert "/XObject" not in page["/Resources"]  # no image was loaded from the disk


def test_a_draft_has_no_baseline_yet_and_a_roadmap_without_milestones_says_so(
    services: Services, db: Database, tmp_path: Path, flat: Callable[[str], str]
) -> None:
    built = engagement(services, activate=False)
    client = (built.client_id, built.contact_id)
    engagement(services, "EMPTY-2026-01", milestones=0, activate=False, client=client)
    draft = flat(pdf_text(roadmap(db, tmp_path))[0])
    assert "Draft" in draft and "none yet: the roadmap is still a draft" in draft
    assert draft.endswith("Fingerprint —")
    empty = flat(pdf_text(roadmap(db, tmp_path, "EMPTY-2026-01"))[0])
    assert "No milestone yet." in empty


def test_same_data_gives_identical_bytes(services: Services, db: Database, tmp_path: Path) -> None:
    engagement(services, milestones=12)
    first = roadmap(db, tmp_path)
    assert roadmap(db, tmp_path) == first
    assert roadmap(db, tmp_path, paper="Letter") != first


def test_letter_paper_from_the_agency_settings(
    services: Services, db: Database, tmp_path: Path
) -> None:
    engagement(services)
    services.settings.update(paper="Letter")
    page = PdfReader(io.BytesIO(roadmap(db, tmp_path))).pages[0]
    assert (float(page.mediabox.width), float(page.mediabox.height)) == (612.0, 792.0)


def test_unknown_code_and_missing_folder_are_refused_without_a_file(
    services: Services, db: Database, tmp_path: Path
) -> None:
    engagement(services)
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(NotFoundError, match="NOPE-1"):
        export_roadmap(db, "NOPE-1", out / "x.pdf")
    with pytest.raises(FileWriteError, match="does not exist"):
        export_roadmap(db, "RM-2026-01", out / "gone" / "x.pdf")
    assert list(out.iterdir()) == []


def test_late_and_done_milestones_are_marked_in_the_table(
    services: Services, db: Database, tmp_path: Path, flat: Callable[[str], str]
) -> None:
    from tests.factories import accept

    built = engagement(services, milestones=3)
    accept(services, built, built.milestone_ids[0], on=date(2026, 1, 20))
    text = flat(pdf_text(roadmap(db, tmp_path))[0])
    assert re.search(r"M1 Milestone 01 Jan 19, 2026 Jan 19, 2026 €1,000.50 Accepted", text)
    assert re.search(r"M3 Milestone 03 .* Planned", text)


def test_the_today_line_never_crosses_a_milestone_label() -> None:
    # Today falls inside the labels of the milestones due before it (a staircase of lanes).
    start = date(2026, 1, 5)
    points = [
        Point(n, start + timedelta(days=20 * n), None, f"€{n},000.00", f"Milestone {n}", n < 4)
        for n in range(1, 8)
    ]
    captions = Captions("Today", "Planned", "Forecast", "Accepted", "Overdue")
    timeline = Timeline(
        points,
        period=(start, start + timedelta(days=160)),
        today=start + timedelta(days=75),
        width=480,
        captions=captions,
        locale="en",
    )
    x = timeline.x(timeline.today)
    crossed = [box for box in timeline.label_boxes() if box[0] <= x <= box[2]]
    assert len(crossed) >= 2  # the case this test is about
    axis, top = timeline.lane_area()
    segments = timeline.today_segments(axis, top)
    assert segments[0][0] == axis and segments[-1][1] == top + 1  # from the axis to the top
    for y1, y2 in segments:
        for _, low, _, high in crossed:
            assert y2 <= low or y1 >= high  # never across a label
