"""Start-up on an existing database loads only what the first window needs: documents
(ReportLab, pyHanko, openpyxl, icalendar), migrations (Alembic), charts and the PDF viewer
load on first use."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from core.db import open_database

ROOT = Path(__file__).resolve().parents[2]
LATER = {"reportlab", "pyhanko", "openpyxl", "icalendar", "alembic", "pypdf"}
LATER_QT = {"PySide6.QtCharts", "PySide6.QtPdf", "PySide6.QtPdfWidgets"}

PROBE = """
import json, sys
import desktop.app
from desktop.main import main

def quit_when_shown(*args, **kwargs):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication
    window = build(*args, **kwargs)
    QTimer.singleShot(0, QApplication.quit)
    return window

build = desktop.app.build_main_window
desktop.app.build_main_window = quit_when_shown
main(["--db", sys.argv[1]])
print(json.dumps(sorted(sys.modules)))
"""


def test_the_first_window_loads_no_document_chart_or_migration_code(tmp_path: Path) -> None:
    database = tmp_path / "existing.sqlite3"
    open_database(str(database)).close()  # created and migrated: the next start has no work
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    for name in ("CONFIG", "DATA", "STATE", "CACHE"):
        env[f"XDG_{name}_HOME"] = str(tmp_path / name.lower())
    env.pop("SCOPEKEEPER_DB", None)
    result = subprocess.run(
        [sys.executable, "-c", PROBE, str(database)],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    loaded = set(json.loads(result.stdout.strip().splitlines()[-1]))
    assert {m.split(".")[0] for m in loaded} & LATER == set()
    assert loaded & LATER_QT == set()
    assert "desktop.views.engagement" not in loaded  # the welcome page comes first
