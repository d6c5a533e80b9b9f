"""History lines for the events that are not an edit of a record: a deleted draft, a value
that is not a record, a text that is not JSON, a date field holding words. Each reads as a
sentence in the document language, never as raw JSON."""

from __future__ import annotations

import json

from reports.event_text import EventText


def canonical(value: object) -> str:
    return json.dumps(value, ensure_ascii=False)


DRAFT = {"code": "ACME-01", "title": "Website", "currency": "EUR"}


def test_a_deleted_record_is_summed_up_as_removed_in_each_language() -> None:
    assert EventText("en").summary(canonical(DRAFT), "") == (
        "removed: Title=Website, Code=ACME-01, Currency=EUR"
    )
    assert (
        EventText("fr").summary(canonical(DRAFT), "").startswith("suppression\xa0: Titre=Website")
    )


def test_an_event_with_nothing_before_or_after_has_no_summary() -> None:
    assert EventText("en").summary("", "") == ""


def test_a_text_that_is_not_json_is_shown_as_it_is() -> None:
    assert EventText("en").summary("", "a note typed by hand") == "created: a note typed by hand"


def test_a_date_field_holding_words_shows_the_words() -> None:
    before, after = canonical({"forecast_due": "2026-03-01"}), canonical({"forecast_due": "spring"})
    assert EventText("en").summary(before, after) == "Forecast due date: Mar 1, 2026 → spring"


def test_values_that_are_not_records_are_shown_side_by_side() -> None:
    assert EventText("en").summary(canonical("draft"), canonical(12)) == "draft → 12"
    assert EventText("en").summary(canonical({"n": 3}), canonical({"n": True})) == "n: 3 → yes"


def test_the_same_record_before_and_after_says_no_change() -> None:
    same = canonical({"title": "Website"})
    assert EventText("en").summary(same, same) == "no change"
