"""Desktop benchmarks on the generated agency database, at every size side by side.

    .venv/bin/python bench/bench_desktop.py [--scale 1,10 | --db A.sqlite3 B.sqlite3]
                                            [--data DIR] [--rounds 7]
                                            [--platform offscreen|xcb]

(see bench/sizes.py for the sizes). Prints, for each size, measured side by side in one run
on a shared, noisy machine (rounds interleave every program at every size, in a rotating
order, and every figure is a median):

- cold start of ``scopekeeper --db LARGE`` to its first painted main window, as a ratio to
  a floor script that imports SQLAlchemy's ORM, runs one query on the same database and
  shows a bare PySide6 window (goal <= 1.2 at every size). Both run as fresh processes on the same Qt
  platform and report "painted" the same way: the first paint event of their main window,
  then one turn of the event loop, then a timestamp. A third program, the core alone
  (its imports, opening and checking the database, the sidebar's query, a bare window),
  shows how much of the gap is the desktop's;
- switching to the 500-milestone engagement BIG-2026-0001, painted (goal <= 50 ms, issue 13);
- opening the history view of the 180,000-event engagement HIST-2026-0001, painted
  (goal <= 200 ms), with the resident memory before and after (goal: flat), and the same
  view filtered by a few typed texts (count and first page, painted; goal <= 200 ms);
- the dashboard of the whole portfolio, painted (goal <= 300 ms at every size);
- peak memory (max RSS) of the app on that database (goal <= 300 MB).

Each database is copied to a temporary folder first, and every child process gets its own
settings, data, cache and log folders there, so the run touches neither the original file
nor the user's settings. The copy is opened and closed once before the timed rounds, as a
user's file is between two sessions (closed cleanly by Scopekeeper). ``--platform xcb`` needs a display: run it under ``xvfb-run -a``."""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from sizes import Size, add_arguments, interleaved, sizes, table

ROOT = Path(__file__).resolve().parent.parent
BIG = "BIG-2026-0001"
HIST = "HIST-2026-0001"
SMALL = ("ENG-2026-0010", "ENG-2026-0011", "ENG-2026-0012")

# Both cold-start programs end with this: the first paint of ``window``, one more turn of
# the event loop (the frame is flushed by then), a wall-clock timestamp, and quit. The
# filter watches the window alone: on the whole application it would route every event
# of every widget through Python, a cost of the probe that grows with the window measured.
PAINT_PROBE = """
import time as _time
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer

class _FirstPaint(QObject):
    def __init__(self, window):
        super().__init__(window)
        self.window, self.seen = window, False
        window.installEventFilter(self)

    def eventFilter(self, obj, event):
        if not self.seen and obj is self.window and event.type() == QEvent.Type.Paint:
            self.seen = True
            QTimer.singleShot(0, self.report)
        return False

    def report(self):
        print(f"painted {_time.time():.6f}", flush=True)
        QCoreApplication.quit()
"""

FLOOR = (
    """
import sys
from sqlalchemy import create_engine, text
from sqlalchemy.orm import Session

engine = create_engine("sqlite:///" + sys.argv[1])
with Session(engine) as session:
    session.execute(text("SELECT count(*) FROM engagement")).scalar_one()
engine.dispose()  # closed as the app closes it: no WAL left behind for the next start
from PySide6.QtWidgets import QApplication, QMainWindow
"""
    + PAINT_PROBE
    + """
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.setWindowTitle("floor")
window.resize(1280, 820)
probe = _FirstPaint(window)
window.show()
app.exec()
"""
)

# Not a goal, a diagnosis: what the core alone costs the app at start (its imports, opening
# and checking the database, the sidebar's query) before a bare window, measured the same way.
CORE_FLOOR = (
    """
import sys
from core.sqlite_file import start_file_check
checked = start_file_check(sys.argv[1])
from core.db import open_database
from core.queries.listing import list_engagement_names
from core.queries.sidebar import list_sidebar_clients
db = open_database(sys.argv[1], checked=checked)
with db.reading() as session:  # what the sidebar reads before the first frame
    if list_sidebar_clients(session).engagements <= SHOWN_OPEN:
        list_engagement_names(session)
from PySide6.QtWidgets import QApplication, QMainWindow
"""
    + PAINT_PROBE
    + """
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1280, 820)
probe = _FirstPaint(window)
window.show()
app.exec()
db.close()
"""
)

# The real entry point; the only addition is the same probe on the window it builds. The
# probe is attached when desktop.app is first imported, so the app imports its modules in
# its own order (it loads the database layer before Qt, see desktop.main).
APP = """
import importlib.abc, importlib.util, sys

def _watch(module):
    probe = {}
    exec(PROBE, probe)
    build = module.build_main_window

    def build_and_watch(*args, **kwargs):
        window = build(*args, **kwargs)
        window._bench_probe = probe["_FirstPaint"](window)
        return window

    module.build_main_window = build_and_watch

class _OnImport(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name != "desktop.app":
            return None
        sys.meta_path.remove(self)
        spec = importlib.util.find_spec(name)
        run_module = spec.loader.exec_module

        def exec_module(module):
            run_module(module)
            _watch(module)

        spec.loader.exec_module = exec_module
        return spec

PROBE = {probe!r}
sys.meta_path.insert(0, _OnImport())
from desktop.main import main
sys.exit(main(["--db", sys.argv[1]]))
""".replace("{probe!r}", repr(PAINT_PROBE))


def child_env(home: Path, platform: str) -> dict[str, str]:
    env = dict(os.environ)
    for name in ("CONFIG", "DATA", "STATE", "CACHE"):
        env[f"XDG_{name}_HOME"] = str(home / name.lower())
    env["QT_QPA_PLATFORM"] = platform
    env["PYTHONPATH"] = str(ROOT)
    env.pop("SCOPEKEEPER_DB", None)
    return env


def cold_start(code: str, db: Path, env: dict[str, str]) -> tuple[float, float]:
    """Seconds from spawning the process to its 'painted' line, and its max RSS in MB."""
    # The output goes to files, not pipes: the child is reaped with os.wait4 (for its own
    # max RSS) before anything is read, and a full pipe would leave it blocked forever.
    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err:
        started = time.time()
        proc = subprocess.Popen(
            [sys.executable, "-c", code, str(db)], cwd=ROOT, env=env, stdout=out, stderr=err
        )
        _, status, usage = os.wait4(proc.pid, 0)
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        output, errors = out.read(), err.read()
    painted = [line for line in output.splitlines() if line.startswith("painted ")]
    if proc.returncode != 0 or not painted:
        raise RuntimeError(f"cold start failed ({proc.returncode}):\n{output}\n{errors}")
    return float(painted[0].split()[1]) - started, usage.ru_maxrss / 1024


FILTERS = {
    "after 1001": "ASCII text",
    "forecast moved": "the words shown for a stored action",
    "élodie": "accented, found nowhere: every event read",
}
"""What the history filter is timed with: each counts the matches and loads the first page."""


def rss_mb() -> float:
    with open("/proc/self/statm") as fh:
        return int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def session(db: Path, repeats: int) -> dict[str, object]:
    """In one app process: switch to BIG and open HIST's history ``repeats`` times each."""
    from PySide6.QtCore import QEvent, QObject, QSettings
    from PySide6.QtWidgets import QApplication, QWidget

    import desktop.app
    from core.db import open_database
    from core.services import Services
    from desktop.views.engagement import TAB_HISTORY, TAB_ROADMAP

    _app = QApplication.instance() or QApplication(sys.argv[:1])
    database = open_database(str(db))
    window = desktop.app.build_main_window(
        database, Services(database, "bench"), QSettings("bench", "bench")
    )
    QApplication.processEvents()

    class Paints(QObject):
        """Counts the paint events of the widget it watches."""

        count = 0

        def eventFilter(self, obj: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                self.count += 1
            return False

    def painted(
        action: Callable[[], None],
        target: Callable[[], QWidget],
        busy: Callable[[], bool] = lambda: False,
    ) -> float:
        """Milliseconds for ``action`` and the paint of ``target`` that follows it, once
        ``busy`` (work ``action`` left to a thread) says it is done."""
        paints = Paints()
        started = time.perf_counter()
        action()
        widget = target()
        widget.installEventFilter(paints)
        while busy():
            QApplication.processEvents()
            time.sleep(0.0005)
        QApplication.processEvents()
        elapsed = (time.perf_counter() - started) * 1000
        widget.removeEventFilter(paints)
        if not paints.count:
            raise RuntimeError("nothing was painted")
        return elapsed

    view = window.engagement_view
    window.open_engagement(SMALL[0])
    QApplication.processEvents()
    switch = []
    for n in range(repeats):
        window.open_engagement(SMALL[n % len(SMALL)])
        QApplication.processEvents()
        switch.append(painted(lambda: window.open_engagement(BIG), view.table.viewport))
    assert view.detail is not None and len(view.detail.milestones) == 500

    window.open_engagement(HIST)
    QApplication.processEvents()
    rss_before = rss_mb()

    def history_table() -> QWidget:
        return view.tabs.currentWidget().table.viewport()  # type: ignore[attr-defined]

    first_history = painted(lambda: view.tabs.setCurrentIndex(TAB_HISTORY), history_table)
    history = []
    for _ in range(repeats):
        view.tabs.setCurrentIndex(TAB_ROADMAP)
        QApplication.processEvents()
        history.append(painted(lambda: view.tabs.setCurrentIndex(TAB_HISTORY), history_table))
    rss_after = rss_mb()
    history_view = view.tabs.currentWidget()
    loaded = history_view.model.rowCount()  # type: ignore[attr-defined]
    total = history_view.model.total  # type: ignore[attr-defined]

    def filtered(typed: str) -> Callable[[], None]:
        def apply() -> None:
            history_view.filter.setText(typed)  # type: ignore[attr-defined]
            history_view.debounce.stop()  # type: ignore[attr-defined]
            history_view.reload()  # type: ignore[attr-defined]

        return apply

    def searching() -> bool:
        # the count and first page are read in a thread: timed until they are shown
        return bool(history_view.model.searching)  # type: ignore[attr-defined]

    filters: dict[str, list[float]] = {typed: [] for typed in FILTERS}
    for _ in range(repeats):
        for typed in FILTERS:
            filters[typed].append(painted(filtered(typed), history_table, searching))
            filtered("")()
            QApplication.processEvents()

    dashboard = painted(
        window.show_dashboard,
        lambda: window.dashboard.figures_table.viewport(),  # type: ignore[union-attr]
    )
    result = {
        "switch_ms": switch,
        "history_first_ms": first_history,
        "history_ms": history,
        "history_rows_loaded": loaded,
        "history_total": total,
        "filter_ms": filters,
        "rss_before_history_mb": rss_before,
        "rss_after_history_mb": rss_after,
        "dashboard_ms": dashboard,
        "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }
    window.close()
    database.close()
    return result


def run_session(db: Path, env: dict[str, str], repeats: int) -> dict[str, object]:
    out = subprocess.run(
        [sys.executable, str(Path(__file__).resolve()), "--session", str(db), str(repeats)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    lines = [line for line in out.stdout.splitlines() if line.startswith("{")]
    if out.returncode != 0 or not lines:
        raise RuntimeError(f"session failed ({out.returncode}):\n{out.stdout}\n{out.stderr}")
    return dict(json.loads(lines[-1]))


def main() -> int:
    if len(sys.argv) == 4 and sys.argv[1] == "--session":
        print(json.dumps(session(Path(sys.argv[2]), int(sys.argv[3]))), flush=True)
        return 0
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    add_arguments(parser)
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--platform", default="offscreen", choices=("offscreen", "xcb"))
    args = parser.parse_args()
    measured = sizes(args)

    from desktop.main_window import EXPAND_ALL_UP_TO  # the sidebar's choice at start

    core_floor = CORE_FLOOR.replace("SHOWN_OPEN", str(EXPAND_ALL_UP_TO))
    with tempfile.TemporaryDirectory(prefix="sk-bench-") as tmp:
        home = Path(tmp)
        env = child_env(home, args.platform)
        programs: dict[str, Callable[[], object]] = {}
        for size in measured:
            db = home / f"{size.label}.sqlite3"
            shutil.copyfile(size.path, db)
            programs[f"floor {size.label}"] = lambda db=db: cold_start(FLOOR, db, env)
            programs[f"app {size.label}"] = lambda db=db: cold_start(APP, db, env)
            programs[f"core {size.label}"] = lambda db=db: cold_start(core_floor, db, env)
            programs[f"session {size.label}"] = lambda db=db: run_session(db, env, 3)
            # One untimed round warms the file cache, and its clean close is what a user's
            # next start finds.
            cold_start(FLOOR, db, env)
            cold_start(APP, db, env)
        results = interleaved(programs, args.rounds)

    columns = [report(size, results) for size in measured]
    names = [row[0] for row in columns[0]]
    goals = [row[2] for row in columns[0]]
    rows = [
        [name, *(column[i][1] for column in columns), goal]
        for i, (name, goal) in enumerate(zip(names, goals, strict=True))
    ]
    sizes_text = ", ".join(
        f"{s.label} = {s.path.name} ({s.path.stat().st_size / 2**20:.0f} MB)" for s in measured
    )
    table(
        f"Scopekeeper desktop on {sizes_text}; platform {args.platform}, "
        f"{args.rounds} interleaved rounds, medians",
        [s.label for s in measured],
        rows,
    )
    return 0


def report(size: Size, results: dict[str, list[object]]) -> list[tuple[str, str, str]]:
    """(figure, value at this size, goal) for one size."""
    label = size.label
    floor = statistics.median(t for t, _ in results[f"floor {label}"])  # type: ignore[misc]
    app = statistics.median(t for t, _ in results[f"app {label}"])  # type: ignore[misc]
    core = statistics.median(t for t, _ in results[f"core {label}"])  # type: ignore[misc]
    app_rss = max(rss for _, rss in results[f"app {label}"])  # type: ignore[misc]
    sessions: list[dict[str, object]] = results[f"session {label}"]  # type: ignore[assignment]

    def samples(key: str) -> list[float]:
        values: list[float] = []
        for s in sessions:
            value = s[key]
            values.extend(value if isinstance(value, list) else [value])  # type: ignore[arg-type]
        return values

    switch = statistics.median(samples("switch_ms"))
    history = statistics.median(samples("history_ms"))
    first_history = statistics.median(samples("history_first_ms"))
    before = statistics.median(samples("rss_before_history_mb"))
    after = statistics.median(samples("rss_after_history_mb"))
    peak = max(max(samples("peak_rss_mb")), app_rss)
    s0 = sessions[0]
    rows = [
        (
            "cold start to first paint, app / floor",
            f"{app:.3f} s / {floor:.3f} = {app / floor:.2f}",
            "<= 1.2",
        ),
        (
            "  the core alone (imports, open, list, bare window) / floor",
            f"{core:.3f} s = {core / floor:.2f}; desktop adds {(app - core) * 1000:.0f} ms",
            "",
        ),
        (f"switch to {BIG} (500 milestones)", f"{switch:.0f} ms", "<= 50 ms (issue 13)"),
        (
            f"history view of {HIST}",
            f"{history:.0f} ms, first {first_history:.0f} ms "
            f"({s0['history_total']:,} events, {s0['history_rows_loaded']} loaded)",
            "<= 200 ms",
        ),
    ]
    for typed, why in FILTERS.items():
        times = [t for sess in sessions for t in sess["filter_ms"][typed]]  # type: ignore[index]
        rows.append(
            (f"  filtered by {typed!r} ({why})", f"{statistics.median(times):.0f} ms", "<= 200 ms")
        )
    rows += [
        ("  resident memory around it", f"{before:.1f} MB -> {after:.1f} MB", "flat"),
        (
            "dashboard of the whole portfolio",
            f"{statistics.median(samples('dashboard_ms')):.0f} ms",
            "<= 300 ms",
        ),
        ("peak memory of the app", f"{peak:.0f} MB", "<= 300 MB"),
    ]
    return rows


if __name__ == "__main__":
    raise SystemExit(main())
