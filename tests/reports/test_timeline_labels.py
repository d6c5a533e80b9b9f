"""The roadmap's timeline labels: a title too long for the room beside its marker is cut with
an ellipsis, never printed past the edge of the page; a short one is printed whole."""

from __future__ import annotations

from datetime import date, timedelta

from reports.roadmap_timeline import Captions, Point, Timeline

START = date(2026, 1, 5)
WIDTH = 480
LONG = (
    "Migration of the whole product catalogue, with every photograph retouched, every "
    "description rewritten in four languages and every price checked against the ERP export"
)
CAPTIONS = Captions("Today", "Planned", "Forecast", "Accepted", "Overdue")


def timeline(titles: list[str]) -> Timeline:
    points = [
        Point(n, START + timedelta(days=45 * n), None, f"€{n},000.00", title, False)
        for n, title in enumerate(titles, start=1)
    ]
    return Timeline(
        points,
        period=(START, START + timedelta(days=45 * len(titles) + 30)),
        today=START,
        width=WIDTH,
        captions=CAPTIONS,
        locale="en",
    )


def test_a_long_title_is_cut_with_an_ellipsis_and_stays_on_the_page() -> None:
    drawn = timeline(["Kick-off", LONG, "Launch"])
    titles = {item.point.position: item.label[2] for item in drawn.placed}
    cut = titles[2].removeprefix("  · ")
    assert cut.endswith("…")
    assert len(cut) < len(LONG)
    assert LONG.startswith(cut.removesuffix("…").rstrip())
    assert titles[1] == "  · Kick-off" and titles[3] == "  · Launch"  # short ones whole
    for x1, _, x2, _ in drawn.label_boxes():
        assert 0 <= x1 and x2 <= WIDTH


def test_a_title_made_of_one_long_word_is_cut_too() -> None:
    word = "Supercalifragilisticexpialidocious" * 6
    drawn = timeline(["Start", word])
    label = next(item.label[2] for item in drawn.placed if item.point.position == 2)
    assert label.endswith("…") and word.startswith(label.removeprefix("  · ").removesuffix("…"))
    assert all(x2 <= WIDTH for _, _, x2, _ in drawn.label_boxes())
