"""packaging/coverage_floor.py: CI fails naming each package under its floor, and its figure."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "packaging" / "coverage_floor.py"


def report(tmp_path: Path, figures: dict[str, tuple[int, int]]) -> Path:
    """A coverage.py JSON report whose files add up to ``figures`` (run, statements)."""
    files = {}
    for path, (run, total) in figures.items():
        files[path] = {"summary": {"covered_lines": run, "num_statements": total}}
    target = tmp_path / "coverage.json"
    target.write_text(json.dumps({"meta": {}, "files": files}), encoding="utf-8")
    return target


def floor_check(path: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(SCRIPT), str(path)], capture_output=True, text=True, timeout=60
    )


def test_every_package_at_or_above_its_floor_passes(tmp_path: Path) -> None:
    done = floor_check(
        report(
            tmp_path,
            {
                "core/a.py": (480, 500),  # exactly 96 %
                "core/b.py": (100, 100),
                "reports/x.py": (970, 1000),  # exactly 97 %
                "desktop/views/y.py": (93, 100),  # exactly 93 %
                "tests/helper.py": (0, 50),  # not a package with a floor
            },
        )
    )
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
    lines = done.stdout.splitlines()
    assert lines[0].split()[:3] == ["coverage", "core", "96.67"]
    assert "(580/600 statements, floor 96 %)" in lines[0]
    assert lines[1].split()[:3] == ["coverage", "reports", "97.00"]
    assert lines[2].split()[:3] == ["coverage", "desktop", "93.00"]


def test_each_package_under_its_floor_is_named_with_its_figure(tmp_path: Path) -> None:
    done = floor_check(
        report(
            tmp_path,
            {
                "core/a.py": (959, 1000),  # 95.9 %: a tenth under
                "reports/x.py": (990, 1000),
                "desktop/y.py": (92, 100),
            },
        )
    )
    assert done.returncode == 1
    problems = done.stderr.strip().splitlines()
    assert problems == [
        "coverage below floor: core: 95.90 % of 1000 statements, below its floor of 96 %",
        "coverage below floor: desktop: 92.00 % of 100 statements, below its floor of 93 %",
    ]


def test_absolute_paths_of_this_checkout_count_for_their_package(tmp_path: Path) -> None:
    done = floor_check(
        report(
            tmp_path,
            {
                str(ROOT / "core" / "a.py"): (10, 100),
                "reports/x.py": (100, 100),
                "desktop/y.py": (100, 100),
            },
        )
    )
    assert done.returncode == 1
    assert "core: 10.00 % of 100 statements" in done.stderr


def test_a_package_with_nothing_measured_fails(tmp_path: Path) -> None:
    done = floor_check(report(tmp_path, {"core/a.py": (100, 100), "reports/x.py": (100, 100)}))
    assert done.returncode == 1
    assert "desktop: nothing measured (floor 93 %)" in done.stderr


def test_a_missing_or_foreign_report_is_a_usage_error(tmp_path: Path) -> None:
    missing = floor_check(tmp_path / "absent.json")
    assert missing.returncode == 2
    assert "cannot read" in missing.stderr and "absent.json" in missing.stderr
    foreign = tmp_path / "other.json"
    foreign.write_text('{"totals": {}}', encoding="utf-8")
    done = floor_check(foreign)
    assert done.returncode == 2
    assert "not a coverage.py JSON report" in done.stderr
