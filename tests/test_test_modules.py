"""Test modules share helpers through conftest.py and the helper modules (tests/checks.py,
tests/factories.py, tests/desktop/helpers.py, tests/reports/builders.py, ...), never by
importing another test module: that would run its tests' imports and fixtures in a module
that did not ask for them, and tie the two modules' fates together."""

from __future__ import annotations

import ast
from pathlib import Path

TESTS = Path(__file__).resolve().parent


def imported_test_modules(path: Path) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        names = []
        if isinstance(node, ast.ImportFrom) and node.module:
            names = [node.module]
        elif isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        found += [
            n for n in names if n.startswith("tests.") and n.split(".")[-1].startswith("test_")
        ]
    return found


def test_no_test_module_imports_another() -> None:
    offenders = {
        str(path.relative_to(TESTS)): imported
        for path in sorted(TESTS.rglob("test_*.py"))
        if (imported := imported_test_modules(path))
    }
    assert offenders == {}


def test_the_check_sees_such_an_import(tmp_path: Path) -> None:
    module = tmp_path / "test_x.py"
    module.write_text(
        "from tests.desktop.test_daily_window import when_modal\nimport tests.checks\n"
    )
    assert imported_test_modules(module) == ["tests.desktop.test_daily_window"]
