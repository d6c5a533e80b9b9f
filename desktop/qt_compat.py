"""Where PySide6's type stubs disagree with what PySide6 does, typed stand-ins for the two
places the desktop meets it. Nothing here changes what happens at run time.

- ``QT_TRANSLATE_NOOP``: ``PySide6/QtCore.pyi`` (6.12) declares it as
  ``(context: object, message: object) -> object``. At run time it returns ``message``
  unchanged; it only marks the string for ``pyside6-lupdate``. Typed as returning
  ``object``, every label table becomes ``dict[str, object]`` and every ``tr()`` of one of
  its values a type error. The stand-in below keeps the *name* ``QT_TRANSLATE_NOOP``:
  lupdate finds the strings by that name, whatever module it comes from
  (``tests/desktop/test_translations.py`` checks they are still extracted).
- ``named``: PySide6 sets any Qt property given as a constructor keyword
  (``QLabel(accessibleName=...)``), but the stubs declare none of those keywords, so mypy
  rejects every such call. ``named(QLabel(), ...)`` does the same through the typed
  ``setAccessibleName``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

W = TypeVar("W", bound="QWidget")


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """``text``, marked for translation in ``context``; translate it when it is shown."""
    return text


def named(widget: W, name: str) -> W:
    """``widget`` with ``name`` as its accessible name (what a screen reader says)."""
    widget.setAccessibleName(name)
    return widget
