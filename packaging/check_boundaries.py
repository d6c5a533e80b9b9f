"""Enforce the layering: core/ imports neither Qt nor ReportLab, reports/ imports no Qt.

Two checks, because either alone can be fooled: a static scan of every import statement
(including ones inside functions), and importing every module of the package in a fresh
interpreter to see what actually ends up loaded."""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
QT = ("PySide6", "shiboken6", "PyQt5", "PyQt6")
RULES: dict[str, tuple[str, ...]] = {
    "core": (*QT, "reportlab", "desktop", "reports"),
    "reports": (*QT, "desktop"),
}


def imported_names(path: Path) -> list[tuple[int, str]]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found: list[tuple[int, str]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.extend((node.lineno, alias.name) for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.append((node.lineno, node.module))
        elif isinstance(node, ast.Call) and getattr(node.func, "id", "") == "__import__":
            if node.args and isinstance(node.args[0], ast.Constant):
                found.append((node.lineno, str(node.args[0].value)))
    return found


def static_problems() -> list[str]:
    problems = []
    for package, banned in RULES.items():
        for path in sorted((ROOT / package).rglob("*.py")):
            for line, name in imported_names(path):
                if name.split(".")[0] in banned:
                    problems.append(f"{path.relative_to(ROOT)}:{line} imports {name}")
    return problems


PROBE = """
import importlib, json, pkgutil, sys
pkg = importlib.import_module(sys.argv[1])
for info in pkgutil.walk_packages(pkg.__path__, pkg.__name__ + "."):
    if ".migrations" in info.name:
        continue
    importlib.import_module(info.name)
print(json.dumps(sorted({m.split(".")[0] for m in sys.modules})))
"""


def runtime_problems() -> list[str]:
    problems = []
    for package, banned in RULES.items():
        out = subprocess.run(
            [sys.executable, "-c", PROBE, package],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=False,
        )
        if out.returncode != 0:
            problems.append(f"importing every module of {package} failed:\n{out.stderr}")
            continue
        loaded = set(json.loads(out.stdout.strip().splitlines()[-1]))
        problems.extend(
            f"importing {package} loads {name}" for name in sorted(loaded & set(banned))
        )
    return problems


def main() -> int:
    problems = static_problems() + runtime_problems()
    for problem in problems:
        print(problem, file=sys.stderr)
    if not problems:
        print("import boundaries hold: core/ has no Qt or ReportLab, reports/ has no Qt")
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
