"""The core's sentences (refusals, permission reasons, field problems) in the interface's
language.

The core writes them in English with ``core.messages.msg``; each keeps its template and
arguments. ``words`` looks the template up in the Qt catalogue (context "core", marked for
lupdate by the generated ``desktop.core_messages``), translates the arguments that are
themselves core messages (state words, sub-sentences, lists of them) and fills the
translation in. Plain text, and a template without a translation, read as they are."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from core.messages import Listing, Message, separator
from desktop.labels import interface_language

CONTEXT = "core"


def words(text: object) -> str:
    """``text`` (a core message, a list of them, or plain text) in the interface's language."""
    if interface_language() == "en":
        return str(text)
    return _translate(text)


def _translate(text: object) -> str:
    if isinstance(text, Listing):
        joined = separator(interface_language(), text.separator)  # as the command line joins
        return joined.join(_translate(item) for item in text.items)
    if not isinstance(text, Message):
        return str(text)
    if text.number is None:
        translated = QCoreApplication.translate(CONTEXT, text.template)
    else:
        translated = QCoreApplication.translate(CONTEXT, text.template, None, text.number)
        if translated == text.template.replace("%n", str(text.number)) and text.number == 1:
            translated = text.singular.replace("%n", "1")  # untranslated: the English form
    if not text.args:
        return translated
    values: dict[str, Any] = {key: _value(value) for key, value in text.args.items()}
    try:
        return translated.format(**values)
    except (KeyError, IndexError, ValueError, AttributeError, TypeError):  # damaged: English
        return str(text)


def _value(value: object) -> object:
    return _translate(value) if isinstance(value, Message | Listing) else value
