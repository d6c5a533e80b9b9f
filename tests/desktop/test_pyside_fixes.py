"""The None reference leak of PySide6 6.12 on Python 3.11 (desktop/pyside_fixes.py): still
there, and harmless once the app has pinned None."""

from __future__ import annotations

import subprocess
import sys

import pytest

LEAK = """
import os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
{pin}
from PySide6.QtWidgets import QApplication, QPushButton
app = QApplication([])
button = QPushButton("x")
for _ in range(100_000):  # more than None's references in a fresh interpreter
    button.setEnabled(False)
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
    before = sys.getrefcount(None)
    for _ in range(100):
        button.setEnabled(False)
    assert before - sys.getrefcount(None) >= 90  # one lost per call, give or take


def test_without_the_pin_qt_calls_abort_python_and_with_it_they_do_not() -> None:
    if sys.version_info < (3, 12):
        crashed = run_leak("")
        assert crashed.returncode != 0 and "deallocating None" in crashed.stderr
    pinned = run_leak("from desktop.pyside_fixes import pin_none; pin_none()")
    assert pinned.returncode == 0, pinned.stderr
    assert pinned.stdout.strip() == "survived"


def test_importing_the_app_pins_none() -> None:
    import desktop.app  # noqa: F401

    if sys.version_info < (3, 12):
        assert sys.getrefcount(None) > 1 << 39
