"""The None and True reference leaks of PySide6 6.12 on Python 3.11 (desktop/pyside_fixes.py):
still there, and harmless once the app has pinned those objects."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

LEAK = """
import os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
{pin}
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QPushButton

class Source(QObject):
    sig_done = Signal()

app = QApplication([])
button, source = QPushButton("x"), Source()
for _ in range(100_000):  # more than None's and True's references in a fresh interpreter
    button.setEnabled(False)
    source.sig_done.emit()
print("survived")
"""


def run_leak(pin: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", LEAK.format(pin=pin)],
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None is immortal from Python 3.12")
def test_the_upstream_bug_is_still_there(qapp) -> None:
    """When this fails, PySide no longer leaks None and desktop/pyside_fixes.py can go."""
    from PySide6.QtWidgets import QPushButton

    button = QPushButton("x")
    before = sys.getrefcount(None), sys.getrefcount(True)
    for _ in range(100):
        button.setEnabled(False)
        button.windowTitleChanged.emit("x")
    after = sys.getrefcount(None), sys.getrefcount(True)
    assert before[0] - after[0] >= 90  # one lost per call, give or take
    assert before[1] - after[1] >= 90


def test_without_the_pin_qt_calls_abort_python_and_with_it_they_do_not() -> None:
    if sys.version_info < (3, 12):
        crashed = run_leak("")
        assert crashed.returncode != 0 and "_dealloc: deallocating" in crashed.stderr
    pinned = run_leak("from desktop.pyside_fixes import pin_none; pin_none()")
    assert pinned.returncode == 0, pinned.stderr
    assert pinned.stdout.strip() == "survived"


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None is immortal from Python 3.12")
def test_importing_the_app_pins_none_true_and_false() -> None:
    # In a fresh interpreter: this one was pinned by tests/desktop/conftest.py already.
    probe = (
        "import sys\n"
        "counts = lambda: min(sys.getrefcount(o) for o in (None, True, False))\n"
        "before = counts()\n"
        "import desktop.app\n"
        "print(before, counts())\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT)),
    )
    assert done.returncode == 0, done.stderr
    before, after = map(int, done.stdout.split())
    assert before < 1 << 39 < after
