"""Work-around for a crash in the Qt for Python release the app ships with.

PySide6 6.12.0 on Python 3.11 returns ``None`` from every void Qt method without taking
a reference to it: each ``setEnabled``, ``setText`` or ``QModelIndex.data()`` that answers
nothing lowers the reference count of ``None`` by one. ``Signal.emit()`` does the same
with the ``True`` it returns. The counts start in the thousands, so after a few minutes
of normal use CPython aborts with "none_dealloc: deallocating None" (or "bool_dealloc",
often only when the interpreter shuts down). Python 3.12 made these objects immortal,
which hides the bug there; ``tests/desktop/test_pyside_fixes.py`` fails once an upgrade
no longer needs this module.

``pin_none`` does by hand what 3.12 does: it gives ``None``, ``True`` and ``False`` so many
extra references that no session can use them up. ``desktop.app`` calls it before any Qt
object exists."""

from __future__ import annotations

import sys

EXTRA_REFERENCES = 1 << 40
_pinned = False


def pin_none() -> None:
    """Make ``None``, ``True`` and ``False`` practically immortal on Python < 3.12."""
    global _pinned
    if _pinned or sys.version_info >= (3, 12):
        return
    import ctypes

    for singleton in (None, True, False):
        # ob_refcnt is the first field of every object: a Py_ssize_t at its address.
        ctypes.c_ssize_t.from_address(id(singleton)).value += EXTRA_REFERENCES
    _pinned = True
