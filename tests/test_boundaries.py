"""The layering rule is part of the product: core/ is usable without a screen or ReportLab."""

from __future__ import annotations

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _checker():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location(
        "check_boundaries", ROOT / "packaging" / "check_boundaries.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_core_and_reports_respect_the_import_boundaries() -> None:
    checker = _checker()
    assert checker.static_problems() == []
    assert checker.runtime_problems() == []


def test_the_scan_catches_a_qt_import(tmp_path: Path) -> None:
    bad = tmp_path / "leak.py"
    bad.write_text("def f():\n    from PySide6 import QtCore\n", encoding="utf-8")
    names = [name for _, name in _checker().imported_names(bad)]
    assert "PySide6" in names
