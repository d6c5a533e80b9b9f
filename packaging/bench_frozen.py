"""Start-up time of the frozen app against the same app run from source, side by side.

    .venv/bin/python packaging/bench_frozen.py [--runs 11] [--bundle DIR] [--python PYTHON]

Measures, for each of the two, the wall time from starting the process to the first painted
main window (offscreen platform), reported by the start-up probe
(``packaging/pyi_rth_first_paint.py``: the frozen build has it as a runtime hook, the source
run executes it before ``desktop.main.entry``, what both ``.venv/bin/scopekeeper`` and the
frozen executable call, with this checkout first on ``PYTHONPATH`` so that both run the same
code).
Three situations:

- ``first start``: a fresh data folder each time, so the database is created and migrated;
- ``demo database``: an existing database filled by ``scopekeeper demo`` (the usual start);
- ``--version``: the command line's own start, to process exit.

Runs are interleaved (frozen, source, frozen, ...; the order inside each pair alternates) so
that load from other work on the machine hits both alike, and medians are compared. One
warm-up run of each comes first and is not counted: the numbers are for a new process with
the files already in the page cache, not for a disk read after a reboot.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PROBE = ROOT / "packaging" / "pyi_rth_first_paint.py"
SOURCE_PYTHON = ROOT / ".venv" / "bin" / "python"
SOURCE_MAIN = (
    "import runpy, sys; runpy.run_path(sys.argv.pop(1)); from desktop.main import entry; entry()"
)


@dataclass(frozen=True)
class Setup:
    bundle: Path  # the frozen app's folder
    python: Path  # the interpreter for the source run
    work: Path  # scratch folder for this benchmark


def default_bundle() -> Path:
    found = sorted((ROOT / "dist").glob("scopekeeper-*-linux-*/scopekeeper"))
    if len(found) != 1:
        raise SystemExit("bench: build first (bash packaging/build.sh) or pass --bundle")
    return found[0].parent


def environment(kind: str, home: Path, db: Path | None) -> dict[str, str]:
    env = {
        "PATH": "/usr/bin:/bin",
        "LANG": "C.UTF-8",
        "HOME": str(home),
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_STATE_HOME": str(home / "state"),
        "XDG_CACHE_HOME": str(home / "cache"),
        "QT_QPA_PLATFORM": "offscreen",
    }
    if kind == "source":
        env["PYTHONPATH"] = str(ROOT)
    if db is not None:
        env["SCOPEKEEPER_DB"] = str(db)
    return env


def command(kind: str, setup: Setup, args: list[str]) -> list[str]:
    if kind == "frozen":
        return [str(setup.bundle / "scopekeeper"), *args]
    return [str(setup.python), "-c", SOURCE_MAIN, str(PROBE), *args]


def to_first_paint(kind: str, setup: Setup, db: Path | None) -> float:
    """Seconds from process start to the first complete frame of the main window."""
    home = Path(tempfile.mkdtemp(dir=setup.work))
    report = home / "paint.json"
    env = environment(kind, home, db) | {"SCOPEKEEPER_FIRST_PAINT": str(report)}
    started = time.monotonic()
    done = subprocess.run(
        command(kind, setup, []), env=env, cwd=home, capture_output=True, timeout=120
    )
    result = json.loads(report.read_text(encoding="utf-8"))
    if done.returncode != 0 or not result.get("painted") or result["dialogs"]:
        raise SystemExit(f"bench: {kind} start failed: {result} {done.stderr[-2000:]!r}")
    shutil.rmtree(home)
    return float(result["painted_at_monotonic"]) - started


def to_exit(kind: str, setup: Setup, args: list[str]) -> float:
    env = environment(kind, setup.work, None)
    started = time.monotonic()
    subprocess.run(
        command(kind, setup, args), env=env, cwd=setup.work, check=True, capture_output=True
    )
    return time.monotonic() - started


def summary(label: str, times: dict[str, list[float]]) -> str:
    frozen, source = statistics.median(times["frozen"]), statistics.median(times["source"])
    spread = {k: f"{min(v) * 1000:.0f}-{max(v) * 1000:.0f}" for k, v in times.items()}
    return (
        f"{label:<14} frozen {frozen * 1000:5.0f} ms (range {spread['frozen']:>9})  "
        f"source {source * 1000:5.0f} ms (range {spread['source']:>9})  "
        f"frozen/source {frozen / source:4.2f}"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=11, help="measured runs of each (default 11)")
    parser.add_argument("--bundle", type=Path, default=None, help="default: the one in dist/")
    parser.add_argument(
        "--python", type=Path, default=SOURCE_PYTHON, help="for the source run (default .venv)"
    )
    args = parser.parse_args()
    if not args.python.exists():
        raise SystemExit(f"bench: no {args.python} (bash packaging/dev.sh app sets up .venv)")

    with tempfile.TemporaryDirectory() as tmp:
        setup = Setup((args.bundle or default_bundle()).resolve(), args.python, Path(tmp))
        demo = setup.work / "demo.sqlite3"
        subprocess.run(
            command("frozen", setup, ["--db", str(demo), "demo"]),
            env=environment("frozen", setup.work, None),
            check=True,
            capture_output=True,
        )
        cases = {
            "first start": lambda kind: to_first_paint(kind, setup, None),
            "demo database": lambda kind: to_first_paint(kind, setup, demo),
            "--version": lambda kind: to_exit(kind, setup, ["--version"]),
        }
        results = {}
        for label, measure in cases.items():
            times: dict[str, list[float]] = {"frozen": [], "source": []}
            measure("frozen"), measure("source")  # warm-up, not counted
            for i in range(args.runs):
                order = ("frozen", "source") if i % 2 == 0 else ("source", "frozen")
                for kind in order:
                    times[kind].append(measure(kind))
            results[label] = times

    print(f"frozen: {setup.bundle}/scopekeeper")
    print(f"source: {setup.python} running desktop.main.entry from {ROOT}, same probe")
    print(
        f"{args.runs} interleaved runs each, medians; {os.cpu_count()} CPUs; "
        f"load average {os.getloadavg()[0]:.2f} at the end"
    )
    for label, times in results.items():
        print(summary(label, times))
    return 0


if __name__ == "__main__":
    sys.exit(main())
