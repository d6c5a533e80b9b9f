"""Database sizes for the benchmarks: every figure at 1x and 10x, side by side, in one run.

Each benchmark takes either

    --scale 1,10                   DATA/x1.sqlite3 and DATA/x10.sqlite3, made with
                                   ``bench/generate.py --scale N`` when missing
    --db A.sqlite3 B.sqlite3       databases given by path (labelled by their file names)

where DATA is ``--data DIR``, else $SCOPEKEEPER_BENCH_DATA, else bench/out. A database made
here is written under a temporary name and renamed when complete (generate.py does that),
so another run reading the same folder never sees half a file.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class Size:
    label: str
    """'1x', '10x', or the file name of a database given by path."""
    path: Path
    scale: int | None
    """The --scale it was generated with, when known."""


def add_arguments(parser: argparse.ArgumentParser) -> None:
    group = parser.add_mutually_exclusive_group()
    group.add_argument(
        "--scale",
        default="1,10",
        help="comma-separated sizes to measure side by side (default 1,10)",
    )
    group.add_argument(
        "--db", nargs="+", type=Path, metavar="FILE", help="measure these databases instead"
    )
    parser.add_argument(
        "--data",
        type=Path,
        default=Path(os.environ.get("SCOPEKEEPER_BENCH_DATA", ROOT / "bench" / "out")),
        help="folder of the generated xN.sqlite3 files",
    )


def sizes(args: argparse.Namespace) -> list[Size]:
    """The databases to measure, generating any missing xN file first."""
    if args.db:
        missing = [p for p in args.db if not p.exists()]
        if missing:
            raise SystemExit(f"missing: {', '.join(map(str, missing))}")
        return [Size(p.stem, p, None) for p in args.db]
    found = []
    for part in str(args.scale).split(","):
        scale = int(part)
        if scale < 1:
            raise SystemExit("--scale takes whole numbers of 1 or more")
        path = args.data / f"x{scale}.sqlite3"
        if not path.exists():
            generate(path, scale)
        found.append(Size(f"{scale}x", path, scale))
    return found


def generate(path: Path, scale: int, *extra: str) -> None:
    print(f"generating {path} (--scale {scale}) ...", file=sys.stderr, flush=True)
    path.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        [sys.executable, str(ROOT / "bench" / "generate.py"), "--scale", str(scale), *extra,
         str(path)],
        check=True,
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
    )  # fmt: skip


def interleaved(
    programs: dict[str, Callable[[], object]], rounds: int, *, quiet: bool = False
) -> dict[str, list[object]]:
    """Run every program once per round, each round in a rotated order, so all of them
    see the same machine load; the results of each, in round order."""
    results: dict[str, list[object]] = {name: [] for name in programs}
    order = list(programs)
    for n in range(rounds):
        for name in order[n % len(order) :] + order[: n % len(order)]:
            results[name].append(programs[name]())
        if not quiet:
            print(f"round {n + 1}/{rounds} done", file=sys.stderr, flush=True)
    return results


def median(values: Sequence[float]) -> float:
    return statistics.median(values)


def table(title: str, labels: Sequence[str], rows: Sequence[Sequence[str]]) -> None:
    """Print rows of (figure, one cell per size..., goal) as aligned columns."""
    header = ["", *labels, "goal"]
    lines = [header, *rows]
    widths = [max(len(line[i]) for line in lines) for i in range(len(header))]
    print(title)
    for line in lines:
        print("  " + "  ".join(cell.ljust(width) for cell, width in zip(line, widths, strict=True)))
