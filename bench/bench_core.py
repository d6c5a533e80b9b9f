"""Core benchmarks on the large agency database (see bench/generate.py).

    .venv/bin/python bench/bench_core.py [--db bench/out/large.sqlite3] [--runs 5]

Prints, measured side by side in one run (the machine is shared and noisy, so ratios and
medians matter more than single numbers):
- `scopekeeper list` wall time as a ratio to a bare `python -c "import sqlalchemy.orm"` (goal <= 1.5)
- portfolio figures computed in SQL (goal <= 150 ms)
- `check` over every history chain and invariant (goal <= 3 s)
- archive export + import of the 500-milestone engagement into an empty database (goal <= 2 s)
- `export-archive --all` and `import` of that archive into an empty database, each in its own
  process: wall time and that process's peak memory (goals at 1x: 2 s and 3 s, at 10x: 20 s
  and 30 s; peak memory <= 300 MB at any size)
- peak memory (max RSS) of this process and of the `list` subprocesses
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BIG = "BIG-2026-0001"


def wall(cmd: list[str]) -> float:
    started = time.perf_counter()
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, cwd=ROOT)
    return time.perf_counter() - started


def wall_and_peak(cmd: list[str]) -> tuple[float, float]:
    """Wall time (s) and peak resident memory (MB) of one child process, from the kernel's
    accounting of that child alone (os.wait4)."""
    started = time.perf_counter()
    child = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, cwd=ROOT)
    _, status, usage = os.wait4(child.pid, 0)
    elapsed = time.perf_counter() - started
    child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode != 0:
        raise subprocess.CalledProcessError(child.returncode, cmd)
    return elapsed, usage.ru_maxrss / 1024


def archive_round_trip(db: Path, script: Path) -> None:
    """`export-archive --all` of ``db``, then `import` of that file into an empty database,
    each as a user runs it."""
    with tempfile.TemporaryDirectory() as tmp:
        archive = Path(tmp) / "all.json"
        seconds, peak = wall_and_peak(
            [str(script), "--db", str(db), "export-archive", "--all", "-o", str(archive)]
        )
        size = archive.stat().st_size / 1e6
        print(f"export-archive --all: {seconds:6.2f} s  peak {peak:5.0f} MB  ({size:.0f} MB file)")
        empty = Path(tmp) / "empty.sqlite3"
        seconds, peak = wall_and_peak([str(script), "--db", str(empty), "import", str(archive)])
        print(f"import (empty db):    {seconds:6.2f} s  peak {peak:5.0f} MB")


def median_ms(fn, runs: int) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        fn()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", type=Path, default=ROOT / "bench" / "out" / "large.sqlite3")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    if not args.db.exists():
        print(f"generating {args.db} first ...", flush=True)
        args.db.parent.mkdir(parents=True, exist_ok=True)
        subprocess.run(
            [sys.executable, str(ROOT / "bench" / "generate.py"), str(args.db)], check=True
        )

    py = sys.executable
    # An installed copy runs from compiled bytecode; a checkout with PYTHONDONTWRITEBYTECODE
    # set (as on CI machines) would otherwise recompile every module of ours on each start.
    subprocess.run(
        [py, "-m", "compileall", "-q", "core", "reports", "desktop"],
        check=True,
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
    )
    floor_cmd = [py, "-c", "import sqlalchemy.orm"]
    # The console script a user runs (it ends a command without the interpreter's teardown).
    script = Path(py).with_name("scopekeeper")
    list_cmd = [str(script), "--db", str(args.db), "list"]
    wall(list_cmd)  # warm the page cache once
    floors, lists = [], []
    for _ in range(args.runs):  # interleaved, so both see the same machine load
        floors.append(wall(floor_cmd))
        lists.append(wall(list_cmd))
    floor, listing = statistics.median(floors), statistics.median(lists)
    print(
        f"list:            {listing * 1000:7.0f} ms  floor {floor * 1000:5.0f} ms  ratio {listing / floor:.2f} (goal <= 1.5)"
    )

    from core.archive import export_archive, import_archive
    from core.check import run_check
    from core.db import open_database
    from core.queries import portfolio_figures

    db = open_database(str(args.db))
    with db.reading() as session:
        figures_ms = median_ms(lambda: portfolio_figures(session), max(args.runs, 10))
    print(f"portfolio (SQL): {figures_ms:7.1f} ms  (goal <= 150 ms)")

    started = time.perf_counter()
    problems = run_check(db)
    check_s = time.perf_counter() - started
    print(f"check:           {check_s:7.2f} s   problems found: {len(problems)} (goal <= 3 s)")

    with tempfile.TemporaryDirectory() as tmp:
        started = time.perf_counter()
        data = export_archive(db, [BIG])
        exported = time.perf_counter() - started
        target = open_database(str(Path(tmp) / "empty.sqlite3"))
        started = time.perf_counter()
        result = import_archive(target, data, "bench")
        imported = time.perf_counter() - started
        target.close()
    print(
        f"archive {BIG}: export {exported:.2f} s + import {imported:.2f} s = {exported + imported:.2f} s"
        f"  ({len(data) / 1e6:.1f} MB, {result.events} events; goal <= 2 s)"
    )
    db.close()
    archive_round_trip(args.db, script)
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(
        f"peak memory:     this process {own:.0f} MB, largest `list` subprocess {children:.0f} MB"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
