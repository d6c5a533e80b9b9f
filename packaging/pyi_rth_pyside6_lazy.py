"""Linux stand-in for PyInstaller's PySide6 runtime hook, without importing Qt at start.

PyInstaller's own hook (``pyi_rth_pyside6``) points Qt at the bundled plugins, then imports
``PySide6.QtCore`` to add an embedded ``qt.conf`` when the bindings did not register one. The
PySide6 wheels always register their own (their ``Prefix`` is the ``PySide6/Qt`` folder next to
the module, which holds in the bundle too; the smoke test checks the paths Qt reports), so that
import only moves loading Qt and ICU to the start of every process: about 40 ms for each
command-line call that never opens a window. This hook does the rest of the original's Linux
work and leaves QtCore to the app. ``scopekeeper.spec`` puts it in the original's place.
"""


def _pyi_rthook() -> None:
    import os
    import sys

    qt = os.path.join(sys._MEIPASS, "PySide6", "Qt")  # the bundle root, set by the bootloader
    os.environ["QT_PLUGIN_PATH"] = os.path.join(qt, "plugins")
    os.environ["QML2_IMPORT_PATH"] = os.path.join(qt, "qml")


_pyi_rthook()
del _pyi_rthook
