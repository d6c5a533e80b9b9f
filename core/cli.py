"""Core commands of the command line: sample data, listing, inspection, check, archive,
invoicing, backup.

``register`` adds the commands to the parser that ``desktop.main`` builds. Each handler takes
the parsed arguments and the open ``Services`` and returns the exit code: 0 success, 1 a
check failed, 2 bad usage or input. Refusals are raised as ``DomainError``; ``desktop.main``
prints them on stderr and exits with 2."""

from __future__ import annotations

import argparse
import functools
import gc
import json
import sys
import unicodedata
from collections.abc import Mapping, Sequence
from datetime import date
from itertools import repeat
from operator import attrgetter
from pathlib import Path
from typing import TYPE_CHECKING, Any

from core.errors import DomainError
from core.messages import msg

if TYPE_CHECKING:
    from core.queries import EngagementDetail
    from core.queries.listing import EngagementLine
    from core.services import Services


def _day(value: str) -> date:
    import os

    from core.dates import RANGE_TEXT, in_range
    from core.messages import in_language, language_of

    # argparse prints these itself, so they are put in the session's language here
    try:
        day = date.fromisoformat(value)
    except ValueError:
        said = msg("'{value}' is not a date; use YYYY-MM-DD", value=value)
        raise argparse.ArgumentTypeError(in_language(said, language_of(os.environ))) from None
    if not in_range(day):
        said = msg(
            "{day} is outside the dates Scopekeeper accepts ({range})", day=value, range=RANGE_TEXT
        )
        raise argparse.ArgumentTypeError(in_language(said, language_of(os.environ)))
    return day


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("demo", help="fill the database with sample engagements")
    p.add_argument("--today", type=_day, default=None, help="anchor date (default: today)")
    p.set_defaults(handler=demo)

    p = sub.add_parser("list", help="list the engagements")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.add_argument("--filter", default="", metavar="TEXT", help="code, title or client contains")
    p.set_defaults(handler=list_command)

    p = sub.add_parser("show", help="show one engagement: milestones, criteria, ideas")
    p.add_argument("code")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.add_argument("--today", type=_day, default=None, help="date for due flags (default: today)")
    p.set_defaults(handler=show)

    p = sub.add_parser("check", help="verify history chains and stored rules (exit 1 on problems)")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    # check reads every page itself: the start need not read them first (core.sqlite_file)
    p.set_defaults(handler=check, reads_every_page=True)

    p = sub.add_parser("export-archive", help="write a complete, re-importable JSON archive")
    p.add_argument("codes", nargs="*", metavar="CODE")
    p.add_argument("--all", action="store_true", help="every engagement")
    p.add_argument("-o", "--output", required=True, type=Path, metavar="FILE")
    p.set_defaults(handler=export_archive)

    p = sub.add_parser("import", help="import an archive written by export-archive")
    p.add_argument("file", type=Path)
    p.set_defaults(handler=import_command)

    p = sub.add_parser(
        "invoice",
        help="mark a signed-off milestone invoiced, with the invoice's reference",
        description="Record that a signed-off milestone was invoiced, as the desktop's "
        "'Mark invoiced' does. The reference (the invoice number) is optional; it is kept "
        "in the history event of the move and carried by the archive.",
    )
    p.add_argument("code", help="the engagement code, e.g. ACME-2026-01")
    p.add_argument("position", type=int, help="the milestone's number in the roadmap")
    p.add_argument("--on", type=_day, default=None, help="invoice date (default: today)")
    p.add_argument(
        "--reference", default="", metavar="TEXT", help="the invoice number, e.g. INV-2026-042"
    )
    p.set_defaults(handler=invoice)

    p = sub.add_parser(
        "paid",
        help="mark an invoiced milestone paid",
        description="Record that an invoiced milestone was paid, as the desktop's 'Mark paid' "
        "does. When every milestone is paid the engagement completes.",
    )
    p.add_argument("code", help="the engagement code, e.g. ACME-2026-01")
    p.add_argument("position", type=int, help="the milestone's number in the roadmap")
    p.add_argument("--on", type=_day, default=None, help="payment date (default: today)")
    p.set_defaults(handler=paid)

    p = sub.add_parser("backup", help="copy the SQLite database file safely while in use")
    p.add_argument("-o", "--output", required=True, type=Path, metavar="FILE")
    p.set_defaults(handler=backup)


def demo(args: argparse.Namespace, services: Services) -> int:
    from core.demo import load_demo

    loaded = load_demo(services, args.today or date.today())
    print(f"sample data loaded into {_where(services)}: {', '.join(loaded.codes)}")
    return 0


def list_command(args: argparse.Namespace, services: Services) -> int:
    from core.queries.listing import list_engagement_lines

    # A listing makes a few objects per engagement and no reference cycles; the cyclic
    # garbage collector, walking them again and again while they are made, took some 12 ms
    # of the command at 10,000 engagements. It is on again once the listing is printed.
    gc.disable()
    try:
        with services.db.reading() as session:
            rows = list_engagement_lines(session, text_filter=args.filter)
        if args.json:
            _dump(
                [
                    {
                        "code": r.code,
                        "title": r.title,
                        "client": r.client_name,
                        "status": r.status,
                        "currency": r.currency,
                        "parent": r.parent_code,
                        "milestones": r.milestones,
                        "contracted_minor": r.contracted_minor,
                    }
                    for r in rows
                ]
            )
        else:
            print_engagements(rows, args.filter)
    finally:
        gc.enable()
    return 0


def show(args: argparse.Namespace, services: Services) -> int:
    from core.queries.engagements import engagement_detail
    from core.services.workflow import invoice_reference

    with services.db.reading() as session:
        detail = engagement_detail(session, args.code, args.today or date.today())
        billed = {"invoiced", "paid"}
        references = {
            m.id: invoice_reference(session, m.id) for m in detail.milestones if m.state in billed
        }
    if args.json:
        _dump(detail_json(detail, references))
    else:
        print_show(detail, references)
    return 0


def detail_json(d: EngagementDetail, references: Mapping[str, str] | None = None) -> dict[str, Any]:
    """The engagement as stable JSON: codes and positions, no internal ids. ``references``:
    the invoice reference of each invoiced milestone, by milestone id."""
    references = references or {}
    return {
        "code": d.code,
        "title": d.title,
        "client": d.client_name,
        "status": d.status,
        "currency": d.currency,
        "language": d.language,
        "start_date": d.start_date.isoformat(),
        "target_end_date": d.target_end_date.isoformat(),
        "deemed_acceptance_days": d.deemed_acceptance_days,
        "parent": d.parent_code,
        "objectives": [{"text": text, "measure": measure} for text, measure in d.objectives],
        "contracted_minor": d.contracted_minor,
        "baseline_fingerprint": d.baseline_fingerprint,
        "milestones": [
            {
                "position": m.position,
                "title": m.title,
                "deliverables": m.deliverables,
                "amount_minor": m.amount_minor,
                "baseline_due": _iso(m.baseline_due),
                "forecast_due": _iso(m.forecast_due),
                "variance_days": m.variance_days,
                "state": m.state,
                "template": m.template_name,
                "criteria": [
                    {"position": c.position, "text": c.text, "target": c.target} for c in m.criteria
                ],
                "rounds": m.rounds,
                "last_outcome": m.last_outcome,
                "deemed_acceptance_due": m.deemed_acceptance_due,
                "signoff_document_id": m.signoff_document_id,
                "invoice_reference": references.get(m.id) or None,
                "signature_method": m.signature_method,
            }
            for m in d.milestones
        ],
        "ideas": [
            {
                "raised_on": i.raised_on.isoformat(),
                "raised_by": i.raised_by,
                "source": i.source,
                "description": i.description,
                "priority": i.priority,
                "state": i.state,
                "follow_up": _iso(i.follow_up),
                "spinoff": i.spinoff_code,
            }
            for i in d.ideas
        ],
        "spinoffs": [{"code": code, "status": status} for _id, code, status in d.spinoffs],
    }


def check(args: argparse.Namespace, services: Services) -> int:
    from core.check import run_check

    problems = run_check(services.db)
    if args.json:
        _dump(
            {
                "ok": not problems,
                "problems": [{"area": p.area, "message": p.message} for p in problems],
            }
        )
    elif problems:
        print(f"{len(problems)} problem(s) found in {_where(services)}:")
        for p in problems:
            print(f"  [{p.area}] {p.message}")
    else:
        print(f"no problems found in {_where(services)}")
    return 1 if problems else 0


def export_archive(args: argparse.Namespace, services: Services) -> int:
    from core.archive import export_archive_file

    codes: Sequence[str] = args.codes
    if args.all == bool(codes):
        raise DomainError(msg("give the engagement codes to export, or --all (not both)"))
    written, size = export_archive_file(services.db, None if args.all else list(codes), args.output)
    print(f"wrote {written} ({size} bytes)")
    return 0


def import_command(args: argparse.Namespace, services: Services) -> int:
    from core.archive import import_archive_file

    result = import_archive_file(services.db, args.file, services.actor)
    print(
        f"imported {_count(result.engagements)} engagement(s), "
        f"{_count(result.clients)} client(s), {_count(result.events)} history event(s)"
    )
    return 0


def invoice(args: argparse.Namespace, services: Services) -> int:
    from core.services._common import get_engagement, milestone_at
    from core.services.workflow import invoice_reference

    with services.db.reading() as session:
        engagement = get_engagement(session, args.code)
        code = engagement.code
        milestone_id = milestone_at(session, engagement, args.position).id
    on: date = args.on or date.today()
    services.workflow.mark_invoiced(milestone_id, on, reference=args.reference)
    with services.db.reading() as session:
        kept = invoice_reference(session, milestone_id)  # as stored: trimmed, normalised
    print(
        f"{code} milestone {args.position} marked invoiced on {on.isoformat()}"
        + (f", invoice reference {kept}" if kept else ", no invoice reference")
    )
    return 0


def paid(args: argparse.Namespace, services: Services) -> int:
    from core.models import Engagement
    from core.services._common import get_engagement, milestone_at

    with services.db.reading() as session:
        engagement = get_engagement(session, args.code)
        code, engagement_id = engagement.code, engagement.id
        milestone_id = milestone_at(session, engagement, args.position).id
    on: date = args.on or date.today()
    services.workflow.mark_paid(milestone_id, on)
    print(f"{code} milestone {args.position} marked paid on {on.isoformat()}")
    with services.db.reading() as session:
        status = session.get(Engagement, engagement_id)
        if status is not None and status.status == "completed":
            print(f"{code} is completed: every milestone is paid")
    return 0


def backup(args: argparse.Namespace, services: Services) -> int:
    import errno
    import sqlite3

    from core.db import backup_sqlite
    from core.files import explain_write_error

    db = services.db
    if not db.is_sqlite:
        raise DomainError(
            msg(
                "backup copies the SQLite file; for a PostgreSQL database use pg_dump "
                "(or export-archive --all for a portable archive)"
            )
        )
    from sqlalchemy.engine import make_url

    source = Path(make_url(db.url).database or "")
    target = Path(args.output).expanduser()
    if target.is_dir():
        raise DomainError(
            msg("{path} is a folder; give a file name for the backup", path=str(target))
        )
    if not target.parent.is_dir():
        raise DomainError(
            msg(
                "cannot write {path}: the folder {folder} does not exist",
                path=str(target),
                folder=str(target.parent),
            )
        )
    if target.exists() and target.resolve() == source.resolve():
        raise DomainError(msg("the backup cannot overwrite the database it copies"))
    try:
        backup_sqlite(source, target)
    except OSError as exc:
        raise explain_write_error(target, exc) from exc
    except sqlite3.Error as exc:
        if exc.sqlite_errorcode & 0xFF == _SQLITE_FULL:
            raise explain_write_error(target, OSError(errno.ENOSPC, "disk full")) from exc
        raise DomainError(
            msg("cannot write the backup {path}: {problem}", path=str(target), problem=str(exc))
        ) from exc
    print(f"backed up {source} to {target}")
    return 0


_SQLITE_FULL = 13  # SQLite's result code for "database or disk is full"


def _where(services: Services) -> str:
    """The database as a person recognises it: the file path, or the URL without password."""
    from sqlalchemy.engine import make_url

    db = services.db
    return (make_url(db.url).database or db.display_name) if db.is_sqlite else db.display_name


def _count(value: object) -> int:
    return value if isinstance(value, int) else len(value)  # type: ignore[arg-type]


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value is not None else None


def _dump(value: object) -> None:
    print(json.dumps(value, ensure_ascii=False, indent=2, sort_keys=True))


# --- human-readable output ----------------------------------------------------------------


def _width(text: str) -> int:
    """Columns the text takes in a terminal: CJK wide characters take two."""
    if text.isascii():
        return len(text)
    return sum(
        0
        if unicodedata.combining(ch)
        else 2
        if unicodedata.east_asian_width(ch) in ("W", "F")
        else 1
        for ch in text
    )


def _fit(text: str, width: int) -> str:
    """Cut to ``width`` columns (with an ellipsis) and pad to exactly that width."""
    if _width(text) > width:
        out, used = "", 0
        for ch in text:
            used += _width(ch)
            if used > width - 1:
                break
            out += ch
        text = out + "…"
    return text + " " * (width - _width(text))


def _table(headers: Sequence[str], rows: Sequence[Sequence[str]], right: set[int]) -> None:
    """Print the rows under the headers in columns, in one write (see :func:`_columns`)."""
    _columns(headers, list(zip(*rows, strict=True)) or [()] * len(headers), right)


def _columns(headers: Sequence[str], columns: Sequence[Sequence[str]], right: set[int]) -> None:
    """Print the columns (each a sequence of cells, one per row) under the headers, in one
    write. Each cell is measured once (plain ASCII by its length) and only a cell wider than
    its column is cut, without an object per cell beside its text. A column all of ASCII
    that needs no cut (codes, states, amounts) is padded by ``str.ljust``/``rjust`` without
    a step of Python per cell."""
    laid_out = []
    for i, (header, cells) in enumerate(zip(headers, columns, strict=True)):
        texts = [header, *cells]
        plain = "".join(texts).isascii()
        widths = list(map(len if plain else _width, texts))
        widest = max(widths)
        column = min(40, widest)
        if plain and widest <= column:
            if i in right:
                laid_out.append(list(map(str.rjust, map(str.rstrip, texts), repeat(column))))
            else:
                laid_out.append(list(map(str.ljust, texts, repeat(column))))
            continue
        fitted = [
            text + " " * (column - width) if width <= column else _fit(text, column)
            for text, width in zip(texts, widths, strict=True)
        ]
        if i in right:
            fitted = [" " * (column - _width(t)) + t for t in map(str.rstrip, fitted)]
        laid_out.append(fitted)
    sys.stdout.write(
        "".join("  ".join(line).rstrip() + "\n" for line in zip(*laid_out, strict=True))
    )


def _money(minor: int, currency: str) -> str:
    """Plain '96,300.00 EUR': unambiguous in a terminal and cheap for long listings (whole
    numbers only: no ``Money`` or ``Decimal`` per amount)."""
    places = _places(currency)
    if not places:
        return f"{minor:,} {currency}"
    major, cents = divmod(abs(minor), 10**places)
    return f"{'-' if minor < 0 else ''}{major:,}.{cents:0{places}d} {currency}"


_COMMON_PLACES = {
    **dict.fromkeys(("JPY", "KRW"), 0),
    **dict.fromkeys(("BHD", "KWD"), 3),
    **dict.fromkeys(
        "AUD BRL CAD CHF CNY CZK DKK EUR GBP HKD HUF INR MXN NOK NZD PLN SEK SGD TWD USD ZAR".split(),
        2,
    ),
}
"""Decimal places of common currencies, as Babel gives them (a test holds each entry to
``core.money.currency_exponent``). A listing in these currencies does not load Babel and its
currency data, some 9 ms of ``scopekeeper list``; any other currency is looked up there."""


@functools.cache
def _places(currency: str) -> int:
    """The currency's decimal places, looked up once per currency a listing shows."""
    places = _COMMON_PLACES.get(currency)
    if places is not None:
        return places
    from core.money import currency_exponent

    return currency_exponent(currency)


def _amounts(rows: Sequence[EngagementLine]) -> list[str]:
    """:func:`_money` of each row's contracted total. An amount of two decimal places, not
    negative (almost every one), is written here without a call per row."""
    cents = {c for c in {r.currency for r in rows} if _places(c) == 2}
    return [
        f"{minor // 100:,}.{minor % 100:02d} {currency}"
        if minor >= 0 and currency in cents
        else _money(minor, currency)
        for minor, currency in map(attrgetter("contracted_minor", "currency"), rows)
    ]


def print_engagements(rows: Sequence[EngagementLine], text_filter: str = "") -> None:
    if not rows:
        print(f"no engagements match '{text_filter}'" if text_filter else "no engagements")
        return
    # Built column by column: a listing can hold thousands of rows.
    _columns(
        ("CODE", "CLIENT", "STATUS", "CUR", "MILESTONES", "CONTRACTED", "TITLE"),
        [
            [r.code for r in rows],
            [r.client_name for r in rows],
            [r.status for r in rows],
            [r.currency for r in rows],
            [str(r.milestones) for r in rows],
            _amounts(rows),
            [
                f"{r.title} (spin-off of {r.parent_code})" if r.parent_code else r.title
                for r in rows
            ],
        ],
        right={4, 5},
    )


def print_show(d: EngagementDetail, references: Mapping[str, str] | None = None) -> None:
    print(f"{d.code}  {d.title}")
    facts = [
        ("Client", d.client_name),
        ("Status", d.status),
        ("Currency", d.currency),
        ("Language", d.language),
        ("Dates", f"{d.start_date.isoformat()} to {d.target_end_date.isoformat()}"),
        ("Contracted", _money(d.contracted_minor, d.currency)),
    ]
    if d.deemed_acceptance_days is not None:
        facts.append(("Deemed acceptance", f"after {d.deemed_acceptance_days} days"))
    if d.parent_code:
        facts.append(("Spin-off of", d.parent_code))
    facts.append(("Baseline", d.baseline_fingerprint or "none yet (draft)"))
    for label, value in facts:
        print(f"  {label + ':':<19}{value}")
    if d.objectives:
        print("\nObjectives")
        for n, (text, measure) in enumerate(d.objectives, start=1):
            print(f"  {n}. {text}" + (f"  [{measure}]" if measure else ""))
    print("\nMilestones")
    _table(
        ("#", "STATE", "BASELINE", "FORECAST", "VAR", "AMOUNT", "TITLE"),
        [
            (
                str(m.position),
                m.state.replace("_", " ")
                + (" (deemed accepted — confirm)" if m.deemed_acceptance_due else ""),
                _iso(m.baseline_due) or "-",
                _iso(m.forecast_due) or "-",
                "-" if m.variance_days is None else f"{m.variance_days:+d}",
                _money(m.amount_minor, d.currency),
                m.title,
            )
            for m in d.milestones
        ],
        right={0, 4, 5},
    )
    for m in d.milestones:
        print(f"\n  {m.position}. {m.title}")
        for c in m.criteria:
            print(f"     - {c.text}" + (f"  [target: {c.target}]" if c.target else ""))
        notes = []
        if m.rounds:
            last = (m.last_outcome or "-").replace("_", " ")
            notes.append(f"{m.rounds} review round(s), last {last}")
        if m.signoff_document_id:
            signed = (
                f", signed ({m.signature_method})" if m.signature_method else ", not signed yet"
            )
            notes.append(f"sign-off {m.signoff_document_id}{signed}")
        if reference := (references or {}).get(m.id):
            notes.append(f"invoice reference {reference}")
        if notes:
            print("     " + "; ".join(notes))
    if d.ideas:
        print("\nIdeas")
        for i in d.ideas:
            where = f" -> {i.spinoff_code}" if i.spinoff_code else ""
            print(f"  [{i.state}{where}] ({i.priority}) {i.description}")
    if d.spinoffs:
        print("\nSpin-offs")
        for _id, code, status in d.spinoffs:
            print(f"  {code} ({status})")
