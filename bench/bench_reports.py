"""Document benchmarks: sign-off PDF, history PDF, CSV and XLSX exports, memory of a long PDF.

    .venv/bin/python bench/bench_reports.py [--scale 1,10] [--data DIR] [--runs 7]
                                            [--skip-slow]

Prints, measured side by side in one run (the machine is shared and noisy: runs of the
things compared are interleaved, and medians and ratios matter more than single numbers):
- sign-off PDF median time, and its ratio to a bare ReportLab document built from the same
  flowables with the same fonts (plain SimpleDocTemplate: no footer, no invariant mode, no
  signature field) (goal <= 1.3); the same at every size, so measured once
- history PDF pages per second for 10,000 events; likewise measured once
- for each size N: the raw CSV export (``--raw``, the stored records as they are) of the
  200,000 x N events of HIST-2026-0001 (goal at 1x: <= 1 s), beside a floor measured in the
  same rounds: the same rows written by the csv module straight from sqlite3 (goal: <= 1.3 x
  the floor at every size, and the same bytes); the readable CSV (the default export, each
  event put into words) in the same rounds, against the same floor; the readable XLSX export
  of the same events, once (rows per second)
- peak memory (max RSS) of the 200,000-event history PDF export, measured in a subprocess,
  beside the RSS of a subprocess that only imports the same modules (goal <= 300 MB); at
  the smallest size only (a PDF of 2,000,000 events takes many minutes)
``--skip-slow`` leaves out the XLSX exports and the long PDF.

The history databases (10,000 events, and 200,000 x N events in HIST-2026-0001 for each
size N) are generated with bench/generate.py into the data folder (see bench/sizes.py),
once, and reused.
"""

from __future__ import annotations

import argparse
import io
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sizes import generate, interleaved, median, table  # noqa: E402

HIST = "HIST-2026-0001"

# The child that exports the long history to PDF and reports its own peak memory; with
# "--imports-only" it loads the same modules and opens the database, and stops there.
CHILD = """
import resource, sys, time
from core.db import open_database
from reports.exports import export_history
import reports.history_pdf
db = open_database(sys.argv[1])
started = time.perf_counter()
if sys.argv[3] != "--imports-only":
    export_history(db, sys.argv[2], "pdf", sys.argv[3])
elapsed = time.perf_counter() - started
db.close()
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, elapsed)
"""


def snapshot() -> dict[str, Any]:
    """A realistic sign-off: French with a Chinese client contact, 40 criteria (some waived,
    with notes), a few paragraphs of deliverables and two earlier rounds; three pages."""
    verdicts = []
    for n in range(1, 41):
        verdict = "waived" if n % 9 == 0 else "met"
        verdicts.append(
            {
                "position": n,
                "criterion": f"Critère {n} : le parcours d'achat « mobile » respecte la maquette "
                f"validée, y compris les états d'erreur & de chargement (écran {n})",
                "target": "≥ 95 %" if n % 4 == 0 else None,
                "verdict": verdict,
                "note": "Vérifié en recette sur iOS et Android; 首頁載入時間符合要求"
                if n % 3
                else "",
                "reason": "Reporté au jalon 5 d'un commun accord" if verdict == "waived" else "",
            }
        )
    deliverables = "\n\n".join(
        f"Lot {n} — intégration des pages produit, du panier et du paiement, avec les "
        "contenus traduits (FR, ES, 繁體中文), les tests automatisés et la documentation "
        "d'exploitation remise au client. " * 3
        for n in range(1, 6)
    )
    return {
        "schema": "scopekeeper.signoff/1",
        "document_id": "LUMI-2026-01-M05-R3",
        "language": "fr",
        "agency": {"name": "Studio Nord", "address": "12 rue des Arts\n75011 Paris"},
        "client": {"name": "Maison Lumière SARL", "address": "4 quai des Lumières\n69002 Lyon"},
        "engagement": {
            "code": "LUMI-2026-01",
            "title": "Refonte de la boutique en ligne",
            "currency": "EUR",
        },
        "milestone": {
            "position": 5,
            "title": "Développement du site (boutique et back-office)",
            "deliverables": deliverables,
            "amount_minor": 2_800_000,
            "currency": "EUR",
            "baseline_due": "2026-03-06",
            "forecast_due": "2026-03-28",
        },
        "round": {
            "number": 3,
            "date": "2026-03-27",
            "reviewer": {"name": "Sophie Marchand", "role": "Directrice e-commerce"},
            "verdicts": verdicts,
        },
        "earlier_rounds": [
            {
                "number": 1,
                "date": "2026-03-09",
                "outcome": "changes_requested",
                "not_met": 6,
                "reviewer": "Sophie Marchand",
            },
            {
                "number": 2,
                "date": "2026-03-18",
                "outcome": "changes_requested",
                "not_met": 2,
                "reviewer": "陳美玲",
            },
        ],
        "signatories": {
            "client": {"name": "Sophie Marchand", "role": "Directrice e-commerce"},
            "agency": {"name": "Jean Martin", "role": "Chef de projet"},
        },
    }


def signoff_pair() -> tuple[Callable[[], bytes], Callable[[], bytes], Callable[[], bytes]]:
    """(ours: render_signoff, ours + the signature field, bare ReportLab) as callables."""
    from reportlab.platypus import SimpleDocTemplate

    from core.canonical import fingerprint
    from reports import signoff_pdf
    from reports.sigfield import add_client_signature_field
    from reports.styles import MARGIN_BOTTOM, MARGIN_TOP, MARGIN_X
    from reports.text import register_fonts

    snap = snapshot()
    digest = fingerprint(snap)

    def ours() -> bytes:
        return signoff_pdf.render_signoff(snap, digest).data

    def ours_with_field() -> bytes:
        rendered = signoff_pdf.render_signoff(snap, digest)
        page, x1, y1, x2, y2 = rendered.client_sig_box
        return add_client_signature_field(rendered.data, page=page, box=(x1, y1, x2, y2))

    def bare() -> bytes:
        # The same story (same flowables, same embedded fonts) in a plain document.
        register_fonts()
        builder = signoff_pdf._Builder(snap, digest, "fr", "A4")
        story = builder.story(None, True)
        buffer = io.BytesIO()
        doc = SimpleDocTemplate(
            buffer,
            leftMargin=MARGIN_X,
            rightMargin=MARGIN_X,
            topMargin=MARGIN_TOP,
            bottomMargin=MARGIN_BOTTOM,
        )
        doc.build(story)
        return buffer.getvalue()

    return ours, ours_with_field, bare


def history_db(folder: Path, events: int, scale: int = 1) -> Path:
    """A database whose HIST-2026-0001 holds ``events`` x ``scale`` events (three
    engagements x scale: BIG takes 500 milestones, HIST 10 and every event), made once."""
    path = folder / f"history-{events * scale}.sqlite3"
    if not path.exists():
        args = ["--engagements", "3", "--milestones", "520", "--criteria", "1040"]
        args += ["--events", str(events), "--heavy-events", str(events)]
        generate(path, scale, *args)
    return path


def child(db: Path, target: str) -> tuple[float, float]:
    """(max RSS in MB, seconds of export) of a fresh interpreter running CHILD."""
    out = subprocess.run(
        [sys.executable, "-c", CHILD, str(db), HIST, target],
        check=True,
        cwd=ROOT,
        capture_output=True,
        text=True,
    ).stdout.split()
    return int(out[0]) / 1024, float(out[1])


def raw_csv(db: Path, target: Path) -> None:
    """The same rows written by the csv module straight from sqlite3: no ORM, no parsing of
    timestamps, no cell checks. What the export could cost at best on this machine."""
    import csv
    import sqlite3

    connection = sqlite3.connect(db)
    try:
        rows = connection.execute(
            "SELECT e.seq, e.at, e.actor, e.entity, e.entity_id, e.action, e.before, e.after, "
            "e.hash FROM history_event e JOIN engagement g ON e.stream = 'engagement:' || g.id "
            "WHERE g.code = ? ORDER BY e.seq",
            (HIST,),
        )
        with target.open("w", newline="", encoding="utf-8") as handle:
            writer = csv.writer(handle)
            writer.writerow(("seq", "at", "actor", "entity", "entity_id", "action", "before",
                             "after", "hash"))  # fmt: skip
            writer.writerows(rows)
    finally:
        connection.close()


def timed(fn: Callable[[], object]) -> float:
    started = time.perf_counter()
    fn()
    return time.perf_counter() - started


def timed_cpu(fn: Callable[[], object]) -> tuple[float, float]:
    """(wall seconds, CPU seconds of this process) of one call."""
    started, cpu = time.perf_counter(), time.process_time()
    fn()
    return time.perf_counter() - started, time.process_time() - cpu


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--scale", default="1,10", help="comma-separated sizes to measure side by side"
    )
    parser.add_argument(
        "--data",
        type=Path,
        default=Path(os.environ.get("SCOPEKEEPER_BENCH_DATA", ROOT / "bench" / "out")),
        help="folder of the generated databases",
    )
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--skip-slow", action="store_true", help="no XLSX, no long PDF")
    args = parser.parse_args()
    scales = [int(part) for part in args.scale.split(",")]

    from core.db import open_database
    from reports.exports import export_history
    from reports.history_pdf import _Layout
    from reports.styles import page_size

    started = time.perf_counter()
    small = history_db(args.data, 10_000)
    large = {n: history_db(args.data, 200_000, n) for n in scales}
    print(f"databases ready in {time.perf_counter() - started:.1f} s ({args.data})", flush=True)

    with tempfile.TemporaryDirectory() as scratch:
        out = Path(scratch)

        # 1. Sign-off PDF against the bare document, interleaved.
        ours, ours_with_field, bare = signoff_pair()
        pages = ours().count(b"/Type /Page\n")
        for fn in (ours, ours_with_field, bare):
            fn()  # warm up: fonts, caches
        t_ours, t_field, t_bare = [], [], []
        for _ in range(args.runs):
            t_ours.append(timed(ours))
            t_bare.append(timed(bare))
            t_field.append(timed(ours_with_field))
        m_ours, m_field, m_bare = map(statistics.median, (t_ours, t_field, t_bare))
        print(
            f"sign-off PDF:    {m_ours * 1000:6.0f} ms  bare ReportLab {m_bare * 1000:6.0f} ms  "
            f"ratio {m_ours / m_bare:.2f} (goal <= 1.3); with the signature field "
            f"{m_field * 1000:.0f} ms, ratio {m_field / m_bare:.2f}  [{pages} pages]"
        )

        # 2. History PDF of 10,000 events.
        db_small = open_database(str(small))
        width, height = page_size("A4")
        rows_per_page = _Layout(height, width).rows  # landscape
        history_pages = -(-10_000 // rows_per_page)
        export_history(db_small, HIST, "pdf", out / "h.pdf")  # warm up
        t_pdf = [
            timed(lambda: export_history(db_small, HIST, "pdf", out / "h.pdf"))
            for _ in range(max(3, args.runs // 2))
        ]
        db_small.close()
        m_pdf = statistics.median(t_pdf)
        size_pdf = (out / "h.pdf").stat().st_size / 1e6
        print(
            f"history PDF:     10,000 events, {history_pages} pages in {m_pdf:.2f} s = "
            f"{history_pages / m_pdf:.0f} pages/s  ({size_pdf:.1f} MB)",
            flush=True,
        )

        # 3. CSV of 200,000 x N events beside its floor, every size in the same rounds; each
        # run's wall time and CPU time (this process's, user + system: the machine is shared,
        # and the CPU time says what the export itself costs whatever else runs).
        dbs = {n: open_database(str(large[n])) for n in scales}
        programs: dict[str, Callable[[], object]] = {}
        for n in scales:
            programs[f"csv {n}"] = lambda n=n: timed_cpu(
                lambda: export_history(dbs[n], HIST, "csv", out / f"h{n}.csv", raw=True)
            )
            programs[f"readable {n}"] = lambda n=n: timed_cpu(
                lambda: export_history(dbs[n], HIST, "csv", out / f"r{n}.csv")
            )
            programs[f"floor {n}"] = lambda n=n: timed_cpu(
                lambda: raw_csv(large[n], out / f"floor{n}.csv")
            )
        for program in programs.values():
            program()  # warm the file cache
        results = interleaved(programs, max(3, args.runs // 2), quiet=True)
        labels = [f"{n}x" for n in scales]

        def ratio(name: str, n: int, part: int) -> str:
            """'1.23 s / 1.01 = 1.22': the median of ``name`` and of the floor (wall time
            for part 0, CPU time for part 1) and their ratio."""
            ours = median([run[part] for run in results[f"{name} {n}"]])  # type: ignore[index]
            floor = median([run[part] for run in results[f"floor {n}"]])  # type: ignore[index]
            return f"{ours:.2f} s / {floor:.2f} = {ours / floor:.2f}"

        table_rows: list[list[str]] = [[
            "history CSV (--raw), export / floor",
            *(ratio("csv", n, 0) for n in scales),
            "<= 1 s at 1x; <= 1.3 x floor",
        ], [
            "  CPU time, export / floor",
            *(ratio("csv", n, 1) for n in scales),
            "",
        ], [
            "  events, file size",
            *(
                f"{200_000 * n:,}, {(out / f'h{n}.csv').stat().st_size / 1e6:.0f} MB"
                for n in scales
            ),
            "",
        ], [
            "  same bytes as the floor",
            *(
                "yes" if (out / f"h{n}.csv").read_bytes() == (out / f"floor{n}.csv").read_bytes()
                else "no"
                for n in scales
            ),
            "(no cell here needs the quote)",
        ], [
            "readable CSV (the default), export / floor",
            *(ratio("readable", n, 0) for n in scales),
            "<= 1.3 x floor (each event put into words)",
        ], [
            "  CPU time, export / floor",
            *(ratio("readable", n, 1) for n in scales),
            "",
        ]]  # fmt: skip
        if not args.skip_slow:
            xlsx = {n: timed(lambda n=n: export_history(dbs[n], HIST, "xlsx", out / "h.xlsx"))
                    for n in scales}  # fmt: skip
            table_rows.append([
                "history XLSX (one run)",
                *(f"{xlsx[n]:.1f} s = {200_000 * n / xlsx[n]:,.0f} rows/s" for n in scales),
                "",
            ])  # fmt: skip
        for db in dbs.values():
            db.close()
        table("History exports of HIST-2026-0001, medians", labels, table_rows)

        # 4. Peak memory of the 200,000-event PDF export, in a fresh process.
        if not args.skip_slow:
            first = large[scales[0]]
            floor_rss, _ = child(first, "--imports-only")
            rss, seconds = child(first, str(out / "long.pdf"))
            size = (out / "long.pdf").stat().st_size / 1e6
            print(
                f"history PDF {200_000 * scales[0]:,} events ({scales[0]}x only): peak RSS "
                f"{rss:.0f} MB (goal <= 300 MB; imports and open database alone "
                f"{floor_rss:.0f} MB), {seconds:.1f} s, {size:.0f} MB file"
            )
    return 0


if __name__ == "__main__":
    os.environ.setdefault("PYTHONHASHSEED", "0")
    raise SystemExit(main())
