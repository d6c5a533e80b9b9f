"""Work-around for a crash in the Qt for Python release the app ships with.

PySide6 6.12.0 on Python 3.11 returns ``None`` from every Qt method without taking a
reference to it: each ``setEnabled``, ``setText`` or ``QModelIndex.data()`` that answers
nothing lowers the reference count of ``None`` by one. The count starts in the tens of
thousands, so after a few minutes of normal use CPython aborts with "none_dealloc:
deallocating None". Python 3.12 made ``None`` immortal, which hides the bug there; the
test ``tests/desktop/test_pyside_fixes.py`` fails once an upgrade no longer needs this.

``pin_none`` does by hand what 3.12 does: it gives ``None`` so many extra references that
no session can use them up. ``desktop.app`` calls it before any Qt object exists."""

from __future__ import annotations

import sys

EXTRA_REFERENCES = 1 << 40
_pinned = False


def pin_none() -> None:
    """Make ``None`` practically immortal on Python < 3.12 (a no-op afterwards)."""
    global _pinned
    if _pinned or sys.version_info >= (3, 12):
        return
    import ctypes

    # ob_refcnt is the first field of every object: a Py_ssize_t at the object's address.
    ctypes.c_ssize_t.from_address(id(None)).value += EXTRA_REFERENCES
    _pinned = True
