"""The history and status PDFs speak the engagement's language: entity, action and field
names and coded values come from the catalogues; the CSV and XLSX keep the stored identifiers.

The sample portfolio (``core.demo``) is the data: its French and Chinese engagements have
gone through reviews, sign-offs, forecasts, ideas and spin-offs, so their histories hold
nearly every kind of event the application records."""

from __future__ import annotations

import ast
import csv
import json
import re
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from core.db import Database
from core.demo import load_demo
from core.models import HistoryEvent
from core.models.enums import IdeaState
from core.services import Services
from reports.event_text import VALUE_TABLES, EventText
from reports.exports import export_history
from reports.i18n import CATALOGUE_DIR, LANGUAGES, counted, format_amount, labels
from reports.status_pdf import export_status
from tests.reports.builders import clock, pdf_text

TODAY = date(2026, 3, 10)
NOW = datetime(2026, 3, 10, 9, 30, tzinfo=UTC)
FRENCH, CHINESE = "LUMI-2026-01", "TPE-2026-01"
SNAKE_CASE = re.compile(r"\b[a-z][a-z0-9]*(?:_[a-z0-9]+)+\b")
CORE = Path(__file__).resolve().parents[2] / "core"
in_both_languages = pytest.mark.parametrize(("code", "lang"), [(FRENCH, "fr"), (CHINESE, "zh-TW")])


@pytest.fixture
def demo(services: Services, monkeypatch: pytest.MonkeyPatch) -> Services:
    """The sample portfolio, every change recorded this week."""
    with clock(monkeypatch, NOW):
        load_demo(services, TODAY)
    return services


def stored_events(db: Database) -> list[tuple[str, str, str, str]]:
    """(entity, action, before, after) of every event in the database."""
    columns = (HistoryEvent.entity, HistoryEvent.action, HistoryEvent.before, HistoryEvent.after)
    with db.reading() as session:
        return [tuple(row) for row in session.execute(select(*columns))]


def records(before: str, after: str) -> Iterator[dict[str, Any]]:
    for text in (before, after):
        value = json.loads(text) if text else None
        if isinstance(value, dict):
            yield value


def recorded_identifiers() -> tuple[set[str], set[str]]:
    """Entity and action names written as literals in ``core`` (``uow.event(stream, entity,
    id, action, ...)`` and the roadmap's ``self._event(uow, milestone, action, ...)``)."""
    entities, actions = set(), set()
    for path in CORE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)):
                continue
            args = [a.value if isinstance(a, ast.Constant) else None for a in node.args]
            if node.func.attr == "event" and len(args) >= 4:
                entities.add(args[1])
                actions.add(args[3])
            elif node.func.attr == "_event" and len(args) >= 3:
                actions.add(args[2])
    actions |= {state.value for state in IdeaState}  # ideas.py records the new state's name
    return {e for e in entities if e}, {a for a in actions if a}


# --- the catalogues --------------------------------------------------------------------------


def test_the_four_catalogues_have_exactly_the_same_keys_and_no_empty_value() -> None:
    keys = {}
    for lang in LANGUAGES:
        pairs = json.loads(
            (CATALOGUE_DIR / f"{lang}.json").read_text(encoding="utf-8"),
            object_pairs_hook=list,
        )
        names = [key for key, _ in pairs]
        assert len(names) == len(set(names)), f"{lang}: a key is written twice"
        assert all(isinstance(v, str) and v.strip() for _, v in pairs), lang
        keys[lang] = set(names)
    assert keys["fr"] == keys["es"] == keys["zh-TW"] == keys["en"]


@pytest.mark.parametrize(
    ("lang", "one", "three"),
    [
        ("en", "+1 more milestone, not shown", "+3 more milestones, not shown"),
        ("fr", "+1 autre jalon non affiché", "+3 autres jalons non affichés"),
        ("es", "+1 hito más, no mostrado", "+3 hitos más, no mostrados"),
        ("zh-TW", "另有 1 個里程碑未顯示", "另有 3 個里程碑未顯示"),
    ],
)
def test_counted_texts_take_the_plural_form_of_their_language(
    lang: str, one: str, three: str
) -> None:
    assert counted("roadmap.more", 1, lang) == one
    assert counted("roadmap.more", 3, lang) == three
    for key in labels(lang):
        if key.endswith("_one"):
            assert key.removesuffix("_one") + "_other" in labels(lang), key


def test_the_french_catalogue_writes_one_apostrophe() -> None:
    """The sign-off's French texts use the typographic apostrophe (d’acceptation); a label
    of another document written with the typewriter one would sit beside them."""
    typewriter = sorted(key for key, value in labels("fr").items() if "'" in value)
    assert typewriter == []
    assert "’" in labels("fr")["signoff.criteria"]


def test_the_french_catalogue_keeps_its_colons_and_guillemets_with_their_words() -> None:
    """French sets a no-break space before : ; ! ? and inside « »; with a breaking one a PDF
    line can begin with ":" or "»", which reads as a typesetting fault."""
    loose = re.compile(r" (?=[:;!?»])|(?<=«) ")
    assert sorted(key for key, value in labels("fr").items() if loose.search(value)) == []
    assert "\u00a0:" in labels("fr")["history.events"]


def test_everything_the_application_records_has_a_name_in_the_catalogues(
    demo: Services, db: Database
) -> None:
    entities, actions = recorded_identifiers()
    assert {"milestone", "engagement", "idea", "signoff", "review_round"} <= entities
    assert {"state_changed", "forecast_moved", "template_applied", "parked"} <= actions
    fields: set[str] = set()
    values: set[tuple[str, str]] = set()
    for entity, action, before, after in stored_events(db):
        entities.add(entity)
        actions.add(action)
        for record in records(before, after):
            fields.update(record)
            values.update((k, v) for k, v in record.items() if k in VALUE_TABLES)
    english = labels("en")
    missing = (
        [f"entity.{e}" for e in sorted(entities) if f"entity.{e}" not in english]
        + [f"action.{a}" for a in sorted(actions) if f"action.{a}" not in english]
        + [f"field.{f}" for f in sorted(fields) if f"field.{f}" not in english]
        + [
            f"{key}={value}"
            for key, value in sorted(values)
            if not any(p + value.replace(" ", "_") in english for p in VALUE_TABLES[key])
        ]
    )
    assert missing == []


# --- the PDFs ----------------------------------------------------------------------------


def history_pdf(db: Database, code: str, tmp_path: Path) -> str:
    target = tmp_path / f"{code}-history.pdf"
    export_history(db, code, "pdf", target)
    return "\n".join(pdf_text(target.read_bytes()))


def status_pdf(db: Database, code: str, tmp_path: Path) -> str:
    target = tmp_path / f"{code}-status.pdf"
    export_status(db, code, target, TODAY)
    return "\n".join(pdf_text(target.read_bytes()))


def assert_no_stored_identifier(text: str, english: tuple[str, ...]) -> None:
    """Nothing of the stored form is left: no snake_case name, none of the ``english`` words."""
    assert SNAKE_CASE.findall(text) == []
    for word in english:
        assert word not in text, word


@in_both_languages
def test_the_history_pdf_names_entities_actions_and_fields_in_the_document_language(
    code: str,
    lang: str,
    demo: Services,
    db: Database,
    tmp_path: Path,
    no_space: Callable[[str], str],
) -> None:
    text = history_pdf(db, code, tmp_path)
    compact = no_space(text)
    words = EventText(lang)
    t = labels(lang)
    for entity, action in [("milestone", "state_changed"), ("idea", "captured")]:
        assert no_space(words.entity(entity)) in compact, entity
        assert no_space(words.action(action)) in compact, action
    # A state change, with both states named in the language.
    change = t["label_value"].format(
        label=t["field.state"], value=f"{t['state.planned']} → {t['state.in_progress']}"
    )
    assert no_space(change) in compact
    assert no_space(t["entity.signoff"]) in compact and no_space(t["field.title"]) in compact
    assert_no_stored_identifier(
        text, ("state changed", "template applied", "milestone", "review_round")
    )


def test_a_french_history_pdf_reads_as_french(
    demo: Services, db: Database, tmp_path: Path, flat: Callable[[str], str]
) -> None:
    text = flat(history_pdf(db, FRENCH, tmp_path))
    assert "Client : Maison Lumière SARL" in text  # French sets a space before the colon
    assert "Jalon changement d’état État : Planifié → En cours" in text
    assert "Procès-verbal signature enregistrée État : Accepté → Signé" in text
    assert "Mission activation Statut : Brouillon → Active" in text
    assert "Soumis le : — → 24 oct. 2025" in text  # dates of the language


def test_a_recorded_verdict_reads_in_the_document_language(demo: Services, db: Database) -> None:
    """The verdict is stored as the English sentence the verifier wrote (the history is
    hash-chained); a summary says it in the document's language."""
    signed = [e for e in stored_events(db) if e[1] == "signature_recorded"]
    assert signed
    _, _, before, after = signed[0]
    assert "typed acknowledgement matched to sign-off" in after
    french = EventText("fr").summary(before, after)
    assert "Vérification\u00a0: — → accord écrit rapproché du procès-verbal" in french
    chinese = EventText("zh-TW").summary(before, after)
    assert "驗證：— → 文字確認已依輸入的編號對應到驗收確認書" in chinese
    assert "typed acknowledgement" not in french + chinese
    # the file's hash comes last: a line cut short keeps the verdict
    assert french.index("Vérification") < french.index("SHA-256")


def test_a_chinese_history_pdf_shows_amounts_and_dates_of_its_language(
    demo: Services, db: Database, tmp_path: Path, no_space: Callable[[str], str]
) -> None:
    text = no_space(history_pdf(db, CHINESE, tmp_path))
    assert no_space(f"金額={format_amount(180_000_00, 'TWD', 'zh-TW')}") in text
    assert no_space("提交日期：— → 2026年2月16日") in text


@in_both_languages
def test_the_status_pdf_names_what_changed_in_the_document_language(
    code: str,
    lang: str,
    demo: Services,
    db: Database,
    tmp_path: Path,
    no_space: Callable[[str], str],
) -> None:
    text = status_pdf(db, code, tmp_path)
    compact = no_space(text)
    words = EventText(lang)
    for entity, action in [("milestone", "state_changed"), ("idea", "captured")]:
        assert no_space(words.what(entity, action)) in compact, (entity, action)
    assert_no_stored_identifier(text, ("state changed", "milestone ·", "idea ·", "signoff"))


# --- the data exports keep the stored identifiers -------------------------------------------


def test_csv_and_xlsx_keep_the_stored_identifiers_of_a_french_engagement(
    demo: Services, db: Database, tmp_path: Path
) -> None:
    export_history(db, FRENCH, "csv", tmp_path / "h.csv", raw=True)
    with (tmp_path / "h.csv").open(newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert ("milestone", "state_changed") in {(r["entity"], r["action"]) for r in rows}
    assert any('"state":"in_progress"' in r["after"] for r in rows)
    export_history(db, FRENCH, "xlsx", tmp_path / "h.xlsx", raw=True)
    sheet = load_workbook(tmp_path / "h.xlsx", read_only=True)["History"]
    cells = {(row[3], row[5]) for row in sheet.iter_rows(min_row=2, values_only=True)}
    assert ("milestone", "state_changed") in cells


# --- EventText ------------------------------------------------------------------------------


def test_a_change_summary_in_each_language() -> None:
    before = json.dumps({"state": "planned", "amount_minor": 0, "criteria": []})
    after = json.dumps({"state": "in_progress", "amount_minor": 150_050, "criteria": [{}]})
    assert EventText("en").summary(before, after, "EUR") == (
        "State: Planned → In progress; Amount: €0.00 → €1,500.50; Criteria: — → 1 item"
    )
    fr = EventText("fr").summary(before, after, "EUR")
    assert fr == (  # French sets a no-break space before the colon and the semicolon
        "État\xa0: Planifié → En cours\xa0; Montant\xa0: 0,00\xa0€ → 1\u202f500,50\xa0€\xa0; "
        "Critères\xa0: — → 1 élément"
    )
    spanish = EventText("es").summary(before, after, "EUR")
    assert spanish.startswith("Estado: Planificado → En curso")
    chinese = EventText("zh-TW").summary(before, after, "TWD")
    assert chinese.startswith("狀態：已規劃 → 進行中；")  # lists joined as the window joins them
    assert "; " not in chinese and "; " in spanish


def test_an_identifier_the_catalogue_does_not_know_is_still_readable() -> None:
    words = EventText("fr")
    assert words.what("time_sheet", "hours_logged") == "time sheet · hours logged"
    assert words.summary("", json.dumps({"hours_spent": 3})) == "création\xa0: hours spent=3"


@pytest.mark.parametrize(
    ("lang", "typed", "entities", "actions", "codes"),
    [
        ("en", "state changed", (), ("state_changed",), ()),
        ("fr", "CHANGEMENT D'ÉTAT", (), ("state_changed",), ()),  # keyboard apostrophe
        ("fr", "accepté", (), (), ("accepted",)),
        ("fr", "échéance", (), (), ("baseline_due", "forecast_due")),
        # the field "milestone" (a sign-off's) and the value "all milestones paid" also read "hito"
        ("es", "hito", ("milestone",), (), ("milestone", "all_milestones_paid")),
        ("zh-TW", "進行中", (), (), ("in_progress", "active")),  # 進行中 is also "Active"
        ("en", "baseline due", (), (), ("baseline_due",)),
    ],
)
def test_typed_words_name_the_identifiers_a_history_search_also_finds(
    lang: str,
    typed: str,
    entities: tuple[str, ...],
    actions: tuple[str, ...],
    codes: tuple[str, ...],
) -> None:
    terms = EventText(lang).stored_terms(typed)
    assert (terms.entities, terms.actions, terms.codes) == (entities, actions, codes)


def test_no_typed_text_stands_for_nothing() -> None:
    terms = EventText("fr").stored_terms("   ")
    assert (terms.entities, terms.actions, terms.codes) == ((), (), ())
    assert EventText("en").stored_terms("xyzzy").codes == ()
