"""Start-up on an existing database loads only what the first window needs: documents
(ReportLab, pyHanko, openpyxl, icalendar), migrations (Alembic), charts and the PDF viewer
load on first use, and the ORM models just after the first frame."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from core.db import open_database
from core.services import Services
from tests.factories import make_active

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

# Waits for the first frame, then for the work that follows it, and reports the ORM's state.
AFTER_FIRST_FRAME = """
import json, sys
import desktop.app
from desktop.main import main

def watch(*args, **kwargs):
    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QFontDatabase
    from PySide6.QtWidgets import QApplication
    window = build(*args, **kwargs)
    seen = {"built": "core.models" in sys.modules,
            "fonts": "Droid Sans Fallback" in QFontDatabase.families()}

    def report():
        models = sys.modules.get("core.models")
        seen["later"] = models is not None and models.Engagement.__mapper__.configured
        print(json.dumps(seen))
        QApplication.quit()

    desktop.app.AfterFirstPaint(window, report, delay_ms=4 * desktop.app.ORM_DELAY_MS)
    return window

build = desktop.app.build_main_window
desktop.app.build_main_window = watch
main(["--db", sys.argv[1]])
"""


def start_app(tmp_path: Path, probe: str) -> object:
    """Start the app on an existing database with ``probe`` around it; its last line."""
    database = tmp_path / "existing.sqlite3"
    db = open_database(str(database))  # created and migrated: the next start has no work
    make_active(Services(db, "tester"), milestones=2)
    db.close()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    for name in ("CONFIG", "DATA", "STATE", "CACHE"):
        env[f"XDG_{name}_HOME"] = str(tmp_path / name.lower())
    env.pop("SCOPEKEEPER_DB", None)
    result = subprocess.run(
        [sys.executable, "-c", probe, str(database)],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_the_first_window_loads_no_document_chart_or_migration_code(tmp_path: Path) -> None:
    loaded = set(start_app(tmp_path, PROBE))  # type: ignore[call-overload]
    assert {m.split(".")[0] for m in loaded} & LATER == set()
    assert loaded & LATER_QT == set()
    assert "desktop.views.engagement" not in loaded  # the welcome page comes first
    # The sidebar and the template check read through core.schema_light; nor does anything
    # of the write side (history, units of work) load before the window is up.
    assert {"core.models", "core.history", "core.uow"} & loaded == set()


def test_the_models_load_after_the_first_frame_and_the_fonts_before_it(tmp_path: Path) -> None:
    seen = start_app(tmp_path, AFTER_FIRST_FRAME)
    # Not loaded for the first frame, declared and configured a moment after it; the
    # bundled fonts are there before the window is built, so its first frame is final.
    assert seen == {"built": False, "fonts": True, "later": True}
