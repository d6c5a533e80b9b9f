"""Core benchmarks on the generated agency database, at every size side by side.

    .venv/bin/python bench/bench_core.py [--scale 1,10 | --db A.sqlite3 B.sqlite3]
                                         [--data DIR] [--runs 5] [--skip-slow]

(see bench/sizes.py for the sizes). Prints, measured in one run on a shared, noisy machine
(the processes compared run in interleaved rounds; medians and ratios matter more than
single numbers), for each size:
- `scopekeeper list`, the whole process: wall and CPU time, each as a ratio to a bare
  `python -c "import sqlalchemy.orm"` (goal <= 1.2 at every size)
- the start-path file check (header, mark, revision; the page check only after an unclean
  close), beside `PRAGMA quick_check` over the whole file, which every start used to run
- open_database, and the portfolio figures computed in SQL (goal <= 150 ms)
- `check` over the file, every history chain and every rule, as a process: wall and CPU
  time (goal <= 5 s at 10x), beside SQLite's `PRAGMA integrity_check` alone in a process of
  its own, in the same rounds: one thread, the floor `check` cannot go below
- archive export + import of the 500-milestone engagement into an empty database (goal <= 2 s)
- `export-archive --all` and `import` of that archive into an empty database, each in its own
  process: wall time, CPU time and that process's peak memory (goals at 1x: 2 s and 3 s, at
  10x: 20 s and 30 s; peak memory <= 300 MB at any size), beside the import's floor: SQLite
  alone copying the same rows into an empty database of the app's making (bench/import_floor.py)
- peak memory (max RSS) of the `list` processes
``--skip-slow`` leaves out check and the archive figures.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from sizes import Size, add_arguments, interleaved, median, sizes, table

ROOT = Path(__file__).resolve().parent.parent
BIG = "BIG-2026-0001"


def run_child(cmd: list[str]) -> tuple[float, float, float]:
    """Wall time (s), CPU time (user + system, s) and peak resident memory (MB) of one child
    process, from the kernel's accounting of that child alone (os.wait4)."""
    started = time.perf_counter()
    child = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, cwd=ROOT)
    _, status, usage = os.wait4(child.pid, 0)
    elapsed = time.perf_counter() - started
    child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode != 0:
        raise subprocess.CalledProcessError(child.returncode, cmd)
    return elapsed, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024


def archive_round_trip(db: Path, script: Path) -> dict[str, str]:
    """`export-archive --all` of ``db``, then `import` of that file into an empty database,
    each as a user runs it."""
    with tempfile.TemporaryDirectory() as tmp:
        archive = Path(tmp) / "all.json"
        seconds, cpu, peak = run_child(
            [str(script), "--db", str(db), "export-archive", "--all", "-o", str(archive)]
        )
        size = archive.stat().st_size / 1e6
        exported = f"{seconds:.2f} s ({cpu:.2f} s CPU), peak {peak:.0f} MB ({size:.0f} MB file)"
        empty = Path(tmp) / "empty.sqlite3"
        seconds, cpu, peak = run_child([str(script), "--db", str(empty), "import", str(archive)])
        imported = f"{seconds:.2f} s ({cpu:.2f} s CPU), peak {peak:.0f} MB"
        # The import's floor: SQLite alone writing the same rows into an empty database the
        # app made (bench/import_floor.py), without reading or checking anything.
        bare = Path(tmp) / "bare.sqlite3"
        run_child([str(script), "--db", str(bare), "list"])
        floor = [sys.executable, str(ROOT / "bench" / "import_floor.py"), str(db), str(bare)]
        seconds, cpu, peak = run_child(floor)
        copied = f"{seconds:.2f} s ({cpu:.2f} s CPU), peak {peak:.0f} MB"
    return {"export_all": exported, "import_all": imported, "import_floor": copied}


def median_ms(fn, runs: int) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        fn()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def quick_check_seconds(path: Path) -> float:
    """What every start used to pay: SQLite's quick_check over the whole file."""
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        started = time.perf_counter()
        result = conn.execute("PRAGMA quick_check").fetchone()[0]
        elapsed = time.perf_counter() - started
    finally:
        conn.close()
    if result != "ok":
        raise RuntimeError(f"{path}: {result}")
    return elapsed


def integrity_check_command(path: Path) -> list[str]:
    """A process that runs SQLite's ``PRAGMA integrity_check`` over the whole file (read-only)
    and fails unless the file is sound."""
    code = (
        "import sqlite3, sys; conn = sqlite3.connect(sys.argv[1], uri=True); "
        "sys.exit(conn.execute('PRAGMA integrity_check').fetchall() != [('ok',)])"
    )
    return [sys.executable, "-c", code, f"{path.resolve().as_uri()}?mode=ro"]


def check_figures(path: Path, runs: int, script: Path) -> dict[str, str]:
    """`check` of ``path`` as a process and, in the same interleaved rounds, SQLite's own
    whole-file check alone in a process of its own: one thread, the floor `check` cannot go
    below. Medians of wall and CPU time."""
    commands = {
        "check": [str(script), "--db", str(path), "check"],
        "integrity_check": integrity_check_command(path),
    }
    timings: dict[str, list[tuple[float, float]]] = {name: [] for name in commands}
    for n in range(min(runs, 3)):
        for name in list(commands)[:: 1 if n % 2 == 0 else -1]:
            wall, cpu, _ = run_child(commands[name])
            timings[name].append((wall, cpu))
    return {
        name: f"{statistics.median(w for w, _ in found):.2f} s wall, "
        f"{statistics.median(c for _, c in found):.2f} s CPU"
        for name, found in timings.items()
    }


def in_process(size: Size, runs: int, slow: bool, script: Path) -> dict[str, str]:
    """The figures measured inside this process, for one database."""
    from core.db import open_database
    from core.queries import portfolio_figures
    from core.sqlite_file import inspect_sqlite_file, needs_page_check

    cells: dict[str, str] = {}
    cells["quick_check"] = f"{quick_check_seconds(size.path):.2f} s"
    open_database(str(size.path)).close()  # a clean close: what a start after one sees
    page_check = needs_page_check(size.path)
    check_ms = median_ms(lambda: inspect_sqlite_file(size.path), max(runs, 10))
    cells["file_check"] = f"{check_ms:.1f} ms" + (" (pages read)" if page_check else "")
    cells["open"] = f"{median_ms(lambda: open_database(str(size.path)).close(), runs):.0f} ms"
    if slow:
        # As a user runs it, in a process of its own, on the file closed cleanly (with this
        # process holding it open, its WAL would make the start read every page first):
        # wall time, and the CPU time of all its threads (the file check and the history
        # chains run beside the rules).
        cells.update(check_figures(size.path, runs, script))
    db = open_database(str(size.path))
    try:
        with db.reading() as session:
            figures_ms = median_ms(lambda: portfolio_figures(session), max(runs, 10))
        cells["portfolio"] = f"{figures_ms:.1f} ms"
        if slow:
            from core.archive import export_archive, import_archive

            with tempfile.TemporaryDirectory() as tmp:
                started = time.perf_counter()
                data = export_archive(db, [BIG])
                exported = time.perf_counter() - started
                target = open_database(str(Path(tmp) / "empty.sqlite3"))
                started = time.perf_counter()
                result = import_archive(target, data, "bench")
                imported = time.perf_counter() - started
                target.close()
            cells["archive_big"] = (
                f"{exported:.2f} + {imported:.2f} = {exported + imported:.2f} s "
                f"({len(data) / 1e6:.1f} MB, {result.events} events)"
            )
    finally:
        db.close()
    if slow:
        cells.update(archive_round_trip(size.path, script))
    return cells


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    add_arguments(parser)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--skip-slow", action="store_true", help="no check, no archive figures")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="sk-bench-") as tmp:
        # Copies, in a folder of their own with its own cache folder (where Scopekeeper
        # records clean closes): another process holding an original open (its WAL beside
        # it) would make every start here read every page, as it should.
        os.environ["XDG_CACHE_HOME"] = str(Path(tmp) / "cache")
        copies = []
        for size in sizes(args):
            copy = Path(tmp) / f"{size.label}.sqlite3"
            shutil.copyfile(size.path, copy)
            copies.append(Size(size.label, copy, size.scale))
        return measure(args, copies)


def measure(args: argparse.Namespace, measured: list[Size]) -> int:

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
    programs: dict[str, Callable[[], object]] = {"floor": lambda: run_child(floor_cmd)}
    for size in measured:
        command = [str(script), "--db", str(size.path), "list"]
        run_child(command)  # warms the page cache, and closes the file cleanly
        programs[size.label] = lambda command=command: run_child(command)  # type: ignore[misc]
    results = interleaved(programs, args.runs)

    def stat(name: str, index: int) -> float:
        return median([r[index] for r in results[name]])  # type: ignore[index]

    floor_wall, floor_cpu = stat("floor", 0), stat("floor", 1)
    labels = [s.label for s in measured]
    rows = [
        [
            "`list` whole process, wall",
            *(
                f"{stat(s.label, 0):.3f} s / {floor_wall:.3f} = {stat(s.label, 0) / floor_wall:.2f}"
                for s in measured
            ),
            "<= 1.2",
        ],
        [
            "`list` whole process, CPU",
            *(
                f"{stat(s.label, 1):.3f} s / {floor_cpu:.3f} = {stat(s.label, 1) / floor_cpu:.2f}"
                for s in measured
            ),
            "<= 1.2",
        ],
        [
            "`list` peak memory",
            *(f"{max(r[2] for r in results[s.label]):.0f} MB" for s in measured),  # type: ignore[index]
            "",
        ],
    ]
    figures = [in_process(s, args.runs, not args.skip_slow, script) for s in measured]
    named = [
        ("start-path file check", "file_check", "flat"),
        ("PRAGMA quick_check (no longer at start)", "quick_check", "off the start path"),
        ("open_database", "open", "flat"),
        ("portfolio figures (SQL)", "portfolio", "<= 150 ms"),
        ("`check` whole process", "check", "<= 5 s at 10x"),
        ("PRAGMA integrity_check alone, a process", "integrity_check", "check's floor"),
        (f"archive {BIG}: export + import", "archive_big", "<= 2 s"),
        ("export-archive --all", "export_all", "2 s at 1x, 20 s at 10x; <= 300 MB"),
        ("import of it (empty db)", "import_all", "3 s at 1x, 30 s at 10x; <= 300 MB"),
        ("  SQLite alone copying those rows", "import_floor", "the import's floor"),
    ]
    for title, key, goal in named:
        if key in figures[0]:
            rows.append([title, *(f[key] for f in figures), goal])
    sizes_text = ", ".join(
        f"{s.label} ({s.path.stat().st_size / 2**20:.0f} MB, a copy)" for s in measured
    )
    table(
        f"Scopekeeper core on {sizes_text}; {args.runs} interleaved rounds, medians",
        labels,
        rows,
    )
    print(
        f"(floor: `python -c 'import sqlalchemy.orm'`, {floor_wall:.3f} s wall, {floor_cpu:.3f} s CPU)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
