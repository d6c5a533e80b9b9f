"""Hold each package to its coverage floor.

coverage.py has one ``fail_under`` for everything; the three packages have floors of their
own. This reads the report ``coverage json`` writes (of the SQLite and PostgreSQL runs
together, see packaging/dev.sh), adds up the statements of each package's files, prints one
line per package and exits 1, naming every package under its floor and its figure.

    .venv/bin/python -m coverage json -q -o build/coverage.json
    .venv/bin/python packaging/coverage_floor.py build/coverage.json
"""

from __future__ import annotations

import json
import sys
from fractions import Fraction
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# Percent of statements run by the test suite, per top-level package.
FLOORS: dict[str, int] = {"core": 96, "reports": 97, "desktop": 93}


def package_of(filename: str) -> str | None:
    """The top-level package a measured file belongs to, or None for anything else."""
    path = Path(filename)
    if path.is_absolute():
        try:
            path = path.relative_to(ROOT)
        except ValueError:
            return None
    top = path.parts[0] if path.parts else ""
    return top if top in FLOORS else None


def per_package(report: dict[str, object]) -> dict[str, tuple[int, int]]:
    """(statements run, statements) of each package, from a ``coverage json`` report."""
    totals = {name: (0, 0) for name in FLOORS}
    files = report.get("files")
    if not isinstance(files, dict):
        raise ValueError("not a coverage.py JSON report (no 'files')")
    for filename, data in files.items():
        package = package_of(filename)
        if package is None:
            continue
        summary = data["summary"]
        run, total = totals[package]
        totals[package] = (run + summary["covered_lines"], total + summary["num_statements"])
    return totals


def below_floor(totals: dict[str, tuple[int, int]]) -> list[str]:
    """One sentence per package under its floor (a package with nothing measured is too)."""
    problems = []
    for name, floor in FLOORS.items():
        run, total = totals[name]
        if total == 0:
            problems.append(f"{name}: nothing measured (floor {floor} %)")
        elif Fraction(run * 100, total) < floor:
            problems.append(
                f"{name}: {100 * run / total:.2f} % of {total} statements, below its floor of "
                f"{floor} %"
            )
    return problems


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print("usage: coverage_floor.py COVERAGE_JSON", file=sys.stderr)
        return 2
    try:
        report = json.loads(Path(argv[0]).read_text(encoding="utf-8"))
        totals = per_package(report)
    except (OSError, ValueError, KeyError, TypeError) as exc:
        print(f"coverage_floor: cannot read {argv[0]}: {exc}", file=sys.stderr)
        return 2
    for name, floor in FLOORS.items():
        run, total = totals[name]
        figure = f"{100 * run / total:6.2f} %" if total else "     — "
        print(f"coverage {name:<8} {figure}  ({run}/{total} statements, floor {floor} %)")
    problems = below_floor(totals)
    for problem in problems:
        print(f"coverage below floor: {problem}", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
