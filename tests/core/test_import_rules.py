"""An archive import refuses whatever ``scopekeeper check`` would flag, and writes nothing.

Each case takes the demo portfolio's archive and breaks one rule the way someone editing
the file would (an amount, a currency, a due date, a link, a state, a history event...),
keeping the file well-formed. The import must refuse it through the command line with
exit code 2, naming the problem as ``check`` does, and leave the database as it was: the
very same bytes on SQLite, the same rows on PostgreSQL."""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select, update
from sqlalchemy.orm import Session

import core.archive.importing
import core.check
from core.archive import export_archive, import_archive
from core.check import Problem, added_problems, run_check
from core.db import open_database
from core.demo import CODES, load_demo
from core.errors import ArchiveError
from core.models import Engagement, Milestone
from core.services import Services
from desktop.main import main
from tests.checks import db_state, refused
from tests.factories import make_active, make_client

TODAY = date(2026, 5, 1)
Doc = dict[str, Any]


# --- the archive and the target database ----------------------------------------------------


@pytest.fixture(scope="module")
def demo_archive(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    """The sample portfolio, every engagement, as ``export-archive`` writes it."""
    source = open_database(str(tmp_path_factory.mktemp("demo") / "source.sqlite3"))
    try:
        load_demo(Services(source, "tester"), TODAY)
        return export_archive(source, list(CODES))
    finally:
        source.close()


@pytest.fixture
def target(db_url: str) -> str:
    """A database already in use (an active engagement of another client), closed, so its
    file can be hashed as it rests."""
    database = open_database(db_url)
    try:
        services = Services(database, "tester")
        make_active(services, code="OTHER-01", client=make_client(services, "Other Co"))
    finally:
        database.close()
    return db_url


def fingerprint(url: str) -> tuple[str, dict[str, list[str]]]:
    """The SQLite file's SHA-256 (empty on PostgreSQL) and every row of every table."""
    digest = ""
    if "://" not in url:
        assert not Path(url + "-wal").exists() or Path(url + "-wal").stat().st_size == 0
        digest = hashlib.sha256(Path(url).read_bytes()).hexdigest()
    database = open_database(url)
    try:
        rows = db_state(database)
    finally:
        database.close()
    return digest, rows


def cli(capsys: pytest.CaptureFixture[str], url: str, *args: str) -> tuple[int, str, str]:
    capsys.readouterr()
    code = main(["--db", url, "--actor", "Zoë Tester", *args])
    out, err = capsys.readouterr()
    assert "Traceback" not in err
    return code, out, err


# --- ways to break a rule ---------------------------------------------------------------------


def edited(data: bytes, change: Callable[[Doc], object], *, ascii_only: bool = False) -> bytes:
    document = json.loads(data)
    change(document)
    return json.dumps(document, ensure_ascii=ascii_only).encode("utf-8")


def rows(doc: Doc, name: str, **match: Any) -> list[Doc]:
    found = [r for r in doc["tables"][name] if all(r[k] == v for k, v in match.items())]
    assert found, f"no {name} row with {match}"
    return found


def engagement(doc: Doc, code: str) -> Doc:
    return rows(doc, "engagement", code=code)[0]


def milestone(doc: Doc, code: str, position: int) -> Doc:
    return rows(doc, "milestone", engagement_id=engagement(doc, code)["id"], position=position)[0]


def _amount(doc: Doc) -> None:
    row = milestone(doc, "LUMI-2026-01", 2)
    row["amount_minor"] = str(int(row["amount_minor"]) + 50_000)


def _currency(doc: Doc) -> None:
    engagement(doc, "SENAL-2026-01")["currency"] = "USD"


def _due(doc: Doc) -> None:
    row = milestone(doc, "TPE-2026-01", 3)
    row["baseline_due"] = (date.fromisoformat(row["baseline_due"]) + timedelta(days=7)).isoformat()


def _swap_positions(doc: Doc) -> None:
    first, second = milestone(doc, "SENAL-2026-01", 2), milestone(doc, "SENAL-2026-01", 3)
    first["position"], second["position"] = 3, 2


def _gap(doc: Doc) -> None:
    milestone(doc, "LUMI-2026-02", 2)["position"] = 4  # a draft: only the positions rule


def _criterion(doc: Doc) -> None:
    row = rows(doc, "criterion", milestone_id=milestone(doc, "LUMI-2026-01", 7)["id"])[0]
    row["text"] += " (edited)"


def _objective(doc: Doc) -> None:
    rows(doc, "objective", engagement_id=engagement(doc, "TPE-2026-01")["id"])[0]["measure"] = "-"


def _orphan_spinoff(doc: Doc) -> None:
    engagement(doc, "LUMI-2026-02")["parent_id"] = None


def _adopted_spinoff(doc: Doc) -> None:
    engagement(doc, "LUMI-2026-02")["parent_id"] = engagement(doc, "SENAL-2026-01")["id"]


def _lost_spinoff(doc: Doc) -> None:
    rows(doc, "idea", state="diverted")[0]["spinoff_id"] = None


def _unsigned_paid(doc: Doc) -> None:
    row = rows(doc, "signoff", document_id="SENAL-2026-01-M01-R1")[0]
    row.update(signature_method="", signer="", signed_on=None, confirmed_by="", verification="")


def _missing_signoff(doc: Doc) -> None:
    doc["tables"]["signoff"].remove(rows(doc, "signoff", document_id="HARB-2025-04-M02-R1")[0])


def _reopened(doc: Doc) -> None:
    milestone(doc, "HARB-2025-04", 2)["state"] = "planned"


def _completed(doc: Doc) -> None:
    engagement(doc, "TPE-2026-01")["status"] = "completed"


def _signoff_snapshot(doc: Doc) -> None:
    row = rows(doc, "signoff", document_id="LUMI-2026-01-M03-R1")[0]
    row["snapshot"] = row["snapshot"].replace("1400000", "1900000")
    assert "1900000" in row["snapshot"]


def _event(doc: Doc) -> None:
    stream = f"engagement:{engagement(doc, 'LUMI-2026-01')['id']}"
    rows(doc, "history_event", stream=stream, seq=3)[0]["actor"] = "Someone Else"


def _event_removed(doc: Doc) -> None:
    stream = f"engagement:{engagement(doc, 'HARB-2025-04')['id']}"
    doc["tables"]["history_event"].remove(rows(doc, "history_event", stream=stream, seq=2)[0])


def _far_follow_up(doc: Doc) -> None:
    rows(doc, "idea", engagement_id=engagement(doc, "SENAL-2026-01")["id"])[0].update(
        follow_up="9999-12-31"
    )


def _every_amount(doc: Doc) -> None:
    for row in doc["tables"]["milestone"]:
        row["amount_minor"] = str(int(row["amount_minor"]) + 1)


@dataclass(frozen=True)
class Case:
    damage: Callable[[Doc], None]
    words: tuple[str, ...]
    """What the refusal must say (case-insensitive)."""
    checked: bool = True
    """Whether ``check`` itself flags the damage once it is stored: every rule case does;
    the archive's own tests refuse a few (hashes, chains) before the database is touched."""


CASES: dict[str, Case] = {
    "changed amount in an active engagement": Case(
        _amount,
        ("[baseline]", "LUMI-2026-01", "milestone 2: amount changed since baseline v1"),
    ),
    "changed currency of an active engagement": Case(
        _currency, ("[baseline]", "SENAL-2026-01", "the currency changed since baseline v1")
    ),
    "moved baseline due date": Case(
        _due, ("[baseline]", "TPE-2026-01", "milestone 3: baseline due date changed")
    ),
    "swapped positions in an active engagement": Case(
        _swap_positions, ("[baseline]", "SENAL-2026-01", "milestone 2:", "title")
    ),
    "gap in the positions": Case(
        _gap, ("[roadmap]", "LUMI-2026-02", "positions must run 1 to 2 without gaps, found 1, 4")
    ),
    "edited criterion": Case(
        _criterion, ("LUMI-2026-01", "milestone 7: acceptance criteria changed since baseline v1")
    ),
    "edited objective": Case(_objective, ("TPE-2026-01", "the objectives changed")),
    "spin-off without its parent": Case(
        _orphan_spinoff,
        ("[ideas]", "went to LUMI-2026-02, which is not a spin-off of LUMI-2026-01"),
    ),
    "spin-off under another parent": Case(
        _adopted_spinoff, ("[ideas]", "which is not a spin-off of LUMI-2026-01")
    ),
    "diverted idea without its spin-off": Case(
        _lost_spinoff, ("[ideas]", "LUMI-2026-01: the diverted idea", "has no spin-off engagement")
    ),
    "paid milestone without a signature": Case(
        _unsigned_paid,
        ("[sign-off]", "SENAL-2026-01 milestone 1 is paid but no signature is recorded"),
    ),
    "paid milestone without its sign-off": Case(
        _missing_signoff,
        ("[sign-off]", "HARB-2025-04 milestone 2 is paid but no signature is recorded"),
    ),
    "completed engagement with a planned milestone": Case(
        _reopened, ("[status]", "HARB-2025-04 is completed but milestone 2 is planned")
    ),
    "completed engagement with open work": Case(
        _completed, ("[status]", "TPE-2026-01 is completed but milestone 2 is in progress")
    ),
    # A rule of core.check.ranges, written beside this one: listed in RULES, it applies.
    "date out of range": Case(
        _far_follow_up, ("[dates]", "SENAL-2026-01: the idea", "9999-12-31 is outside")
    ),
    "edited sign-off snapshot": Case(
        _signoff_snapshot, ("signoff[", "snapshot does not match its fingerprint"), checked=False
    ),
    "edited history event": Case(
        _event, ("the history of LUMI-2026-01", "event 3", "altered"), checked=False
    ),
    "deleted history event": Case(
        _event_removed, ("the history of HARB-2025-04", "event 2 is missing"), checked=False
    ),
}


def damaged(archive: bytes, case: str) -> bytes:
    return edited(archive, CASES[case].damage)


# --- refusals ---------------------------------------------------------------------------------


@pytest.mark.parametrize("case", sorted(CASES))
def test_an_archive_breaking_a_rule_is_refused_and_the_database_is_unchanged(
    case: str,
    demo_archive: bytes,
    target: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    archive = tmp_path / "broken.json"
    archive.write_bytes(damaged(demo_archive, case))
    before = fingerprint(target)

    code, out, err = cli(capsys, target, "import", str(archive))

    assert code == 2, out
    assert "refused" in err and "Nothing was imported" in err
    for word in CASES[case].words:
        assert word.lower() in err.lower(), f"{word!r} not in {err!r}"
    assert fingerprint(target) == before, "a refused import changed the database"
    assert cli(capsys, target, "check")[0] == 0


@pytest.mark.parametrize("case", sorted(c for c in CASES if CASES[c].checked))
def test_the_refusal_names_what_check_finds_once_the_archive_is_stored(
    case: str, demo_archive: bytes, target: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The same rules, worded the same: import the damaged archive with the rules
    switched off, and ``check`` finds exactly what the refusal named."""
    bad = damaged(demo_archive, case)
    database = open_database(target)
    try:
        error = refused(database, ArchiveError, lambda: import_archive(database, bad, "t"))

        def unchecked(session: Session, scope: object, write: Callable[[], object]) -> list[Any]:
            write()
            return []

        monkeypatch.setattr(core.archive.importing, "added_problems", unchecked)
        import_archive(database, bad, "t")
        problems = run_check(database)
    finally:
        database.close()
    assert problems, "check finds nothing wrong with this archive once it is stored"
    shown = [f"[{p.area}] {p.message}" for p in problems[:10]]
    assert "; ".join(shown) in error.message
    assert f"break {len(problems)} rule(s)" in error.message


def test_a_long_list_of_problems_is_cut_short(
    demo_archive: bytes, target: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    archive = tmp_path / "broken.json"
    archive.write_bytes(edited(demo_archive, _every_amount))
    before = fingerprint(target)

    code, _, err = cli(capsys, target, "import", str(archive))

    assert code == 2
    found = re.search(r"break (\d+) rule\(s\)", err)
    assert found is not None, err
    total = int(found.group(1))
    assert total > 10
    assert err.count("[baseline]") == 10
    assert f"; and {total - 10} more. Nothing was imported" in err
    assert fingerprint(target) == before


SURROGATES: dict[str, tuple[Callable[[Doc], None], tuple[str, ...]]] = {
    "a milestone title": (
        lambda doc: milestone(doc, "LUMI-2026-01", 1).update(title="Audit \ud800"),
        ("milestone[", "].title", "unpaired surrogate", "U+D800"),
    ),
    "a hashed history event": (
        lambda doc: doc["tables"]["history_event"][5].update(after='{"title":"\udc41"}'),
        ("history_event[5].after", "unpaired surrogate", "U+DC41"),
    ),
    "a client name": (
        lambda doc: doc["tables"]["client"][0].update(name="\udbff Ltd"),
        ("client[0].name", "unpaired surrogate"),
    ),
    "a field name": (
        lambda doc: doc["tables"]["idea"][0].update({"note\ud800": "x"}),
        ("a field name in idea[0]", "unpaired surrogate"),
    ),
    "the header": (
        lambda doc: doc.update(exported_with="0.1\ud800"),
        ("exported_with", "unpaired surrogate"),
    ),
}


@pytest.mark.parametrize("where", sorted(SURROGATES))
def test_a_lone_surrogate_is_refused_naming_where_it_is(
    where: str,
    demo_archive: bytes,
    target: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    change, words = SURROGATES[where]
    archive = tmp_path / "broken.json"
    data = edited(demo_archive, change, ascii_only=True)
    assert re.search(rb"\\u(d8|db|dc)", data)
    archive.write_bytes(data)
    before = fingerprint(target)

    code, _, err = cli(capsys, target, "import", str(archive))

    assert code == 2
    assert "refused" in err and "Nothing was imported" in err
    for word in words:
        assert word.lower() in err.lower(), f"{word!r} not in {err!r}"
    assert fingerprint(target) == before


def test_a_repeated_key_holding_a_lone_surrogate_is_named_printably(
    demo_archive: bytes, target: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    archive = tmp_path / "broken.json"
    start = b'{\n "exported_with"'
    assert demo_archive.startswith(start)
    archive.write_bytes(
        demo_archive.replace(start, b'{"\\udc00": 1, "\\udc00": 2, "exported_with"')
    )
    before = fingerprint(target)

    code, _, err = cli(capsys, target, "import", str(archive))

    assert code == 2
    assert "the key '\\udc00' appears twice" in err
    assert fingerprint(target) == before


def test_an_archive_written_with_escaped_emoji_still_imports(
    demo_archive: bytes, target: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Surrogate pairs are how JSON escapes an emoji: those are text, and accepted."""
    archive = tmp_path / "ascii.json"
    data = edited(demo_archive, lambda doc: None, ascii_only=True)
    assert b"\\u" in data
    archive.write_bytes(data)
    code, _, err = cli(capsys, target, "import", str(archive))
    assert code == 0, err


# --- what is accepted -------------------------------------------------------------------------


def test_a_genuine_archive_imports_and_check_is_clean(
    demo_archive: bytes, target: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    archive = tmp_path / "demo.json"
    archive.write_bytes(demo_archive)

    code, out, err = cli(capsys, target, "import", str(archive))

    assert code == 0, err
    assert f"imported {len(CODES)} engagement(s)" in out
    code, out, _ = cli(capsys, target, "check")
    assert code == 0, out
    database = open_database(target)
    try:
        assert export_archive(database, list(CODES)) == demo_archive
    finally:
        database.close()


def test_damage_already_in_the_database_does_not_block_an_import(
    demo_archive: bytes, target: str
) -> None:
    """The rules run on the imported records only: an existing problem elsewhere is
    check's to report, and the archive is still judged on its own records."""
    database = open_database(target)
    try:
        with database.engine.begin() as conn:
            other = select(Engagement.id).where(Engagement.code == "OTHER-01").scalar_subquery()
            conn.execute(
                update(Milestone)
                .where(Milestone.engagement_id == other, Milestone.position == 1)
                .values(amount_minor=1)
            )
        before = [p.message for p in run_check(database)]
        assert before and all(m.startswith("OTHER-01") for m in before)

        result = import_archive(database, demo_archive, "t")

        assert result.engagements == sorted(CODES)
        assert [p.message for p in run_check(database)] == before
    finally:
        database.close()


# --- one list of rules --------------------------------------------------------------------


def _titled_secret(session: Session) -> list[Problem]:
    """A rule written without a scope: it reads the whole database."""
    codes = session.scalars(
        select(Engagement.code).where(Engagement.title.contains("secret")).order_by(Engagement.code)
    )
    return [Problem("status", f"{code}: the title gives a secret away") for code in codes]


def _titled_secret_scoped(session: Session, scope: core.check.Scope | None = None) -> list[Problem]:
    stmt = select(Engagement.code).where(Engagement.title.contains("secret"))
    if scope is not None:
        stmt = stmt.where(Engagement.id.in_(scope.engagements))
    return [Problem("status", f"{code}: scoped secret") for code in session.scalars(stmt)]


@pytest.fixture
def secret_rules(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setattr(core.check, "RULES", (*core.check.RULES, _titled_secret))
    monkeypatch.setattr(core.check, "RULES", (*core.check.RULES, _titled_secret_scoped))
    yield


def _secret(doc: Doc) -> None:
    engagement(doc, "LUMI-2026-02")["title"] = "The secret plan"


@pytest.mark.usefixtures("secret_rules")
def test_a_rule_added_to_the_list_applies_to_check_and_to_import(
    demo_archive: bytes, target: str
) -> None:
    database = open_database(target)
    try:
        with database.engine.begin() as conn:
            conn.execute(
                update(Engagement).where(Engagement.code == "OTHER-01").values(title="secret")
            )
        assert [p.message for p in run_check(database)] == [
            "OTHER-01: the title gives a secret away",
            "OTHER-01: scoped secret",
        ]
        refused(
            database,
            ArchiveError,
            lambda: import_archive(database, edited(demo_archive, _secret), "t"),
            "break 2 rule(s)",
            "[status] LUMI-2026-02: the title gives a secret away",
            "[status] LUMI-2026-02: scoped secret",
        )
        # The unscoped rule's finding about OTHER-01 was there before: it does not count.
        import_archive(database, demo_archive, "t")
    finally:
        database.close()


def test_added_problems_reads_only_the_scope(db_url: str) -> None:
    """A scoped rule given an empty scope finds nothing, even in a damaged database."""
    database = open_database(db_url)
    try:
        services = Services(database, "t")
        make_active(services, code="OTHER-01")
        with database.engine.begin() as conn:
            conn.execute(update(Milestone).where(Milestone.position == 1).values(amount_minor=7))
        assert run_check(database)
        with database.unit_of_work("t") as uow:
            assert added_problems(uow.session, core.check.Scope((), ()), lambda: None) == []
    finally:
        database.close()
