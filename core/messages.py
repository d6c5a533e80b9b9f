"""Sentences the core shows people, kept translatable without the core knowing any language
but English.

A refusal is written ``msg("there is no engagement '{key}'", key=key)``. The result is a
``str`` holding the English sentence (so the command line, the logs and every caller that
treats it as text read English, as before) that also remembers its template and arguments.
The desktop looks the template up in its Qt catalogue (context ``"core"``), fills the
translation with the arguments and shows that: an argument that is itself a ``Message`` (a
state word, a sub-sentence) or a ``Listing`` of them is translated too.

Rules for templates, so translators see whole sentences:

- a literal string as the first argument of ``msg`` (``packaging/core_messages.py`` finds
  them with ``ast`` and writes the catalogue module ``desktop/core_messages.py``; a test fails
  when that module is out of date);
- named ``{placeholders}`` only, filled with ``str.format``;
- a count goes through ``msg_n`` with a singular and a plural template, both using ``%n``;
- a list goes through ``listing`` rather than ``", ".join``;
- the state words (``draft``, ``in progress``, ``captured``…) come from ``word``.

Field names given to ``ValidationError`` (and ``field=`` literals) are collected as well, so
"amount: …" reads "montant : …" in French.

The command line speaks the session's language too, without Qt: ``language_of`` reads it from
the environment as gettext does and ``in_language`` translates a sentence with the catalogue
``core/i18n/<language>.json``, generated from the desktop's Qt catalogues (context "core")."""

from __future__ import annotations

import functools
from collections.abc import Iterable, Mapping
from typing import Any


class Message(str):
    """An English sentence that keeps the template and the arguments it was made of."""

    template: str
    args: dict[str, Any]
    number: int | None
    singular: str

    def __new__(cls, template: str, /, **args: Any) -> Message:
        text = template.format(**args) if args else template
        made = super().__new__(cls, text)
        made.template = template
        made.args = args
        made.number = None
        made.singular = template
        return made

    def __reduce__(self) -> tuple[Any, ...]:  # copies and pickles keep the template
        return (_rebuild, (self.template, self.singular, self.number, self.args))


def _rebuild(template: str, singular: str, number: int | None, args: dict[str, Any]) -> Message:
    if number is None:
        return Message(template, **args)
    return msg_n(number, singular, template, **args)


class Listing(str):
    """Several words or sentences joined into one argument ("1 (planned), 2 (submitted)");
    the desktop joins the translated items with the interface language's separator."""

    items: tuple[str, ...]
    separator: str

    def __new__(cls, items: Iterable[str], separator: str = ", ") -> Listing:
        kept = tuple(items)
        made = super().__new__(cls, separator.join(kept))
        made.items = kept
        made.separator = separator
        return made

    def __reduce__(self) -> tuple[Any, ...]:
        return (Listing, (self.items, self.separator))


def msg(template: str, /, **args: Any) -> Message:
    """The English sentence ``template`` filled with ``args``, translatable by the desktop.
    ``template`` must be a literal string (the catalogue is read from the source)."""
    return Message(template, **args)


def msg_n(count: int, singular: str, plural: str, /, **args: Any) -> Message:
    """A sentence about ``count`` things: ``singular`` when it is 1, else ``plural``; ``%n``
    stands for the count in both. The desktop translates ``plural`` with Qt's plural forms."""
    chosen = singular if count == 1 else plural
    made = Message(chosen.replace("%n", str(count)), **args)
    made.template = plural
    made.singular = singular
    made.number = count
    return made


def listing(items: Iterable[str], separator: str = ", ") -> Listing:
    """``items`` joined by ``separator`` (", " or "; "), each translated on its own."""
    return Listing(items, separator)


_WORDS: dict[str, Message] = {
    # engagement statuses
    "draft": msg("draft"),
    "active": msg("active"),
    "completed": msg("completed"),
    "cancelled": msg("cancelled"),
    # milestone states
    "planned": msg("planned"),
    "in_progress": msg("in progress"),
    "submitted": msg("submitted"),
    "changes_requested": msg("changes requested"),
    "accepted": msg("accepted"),
    "signed_off": msg("signed off"),
    "invoiced": msg("invoiced"),
    "paid": msg("paid"),
    # idea states
    "captured": msg("captured"),
    "diverted": msg("diverted"),
    "parked": msg("parked"),
    "declined": msg("declined"),
}


def word(value: str) -> str:
    """The word a sentence uses for a stored status or state (``in_progress`` → "in
    progress"), translatable; an unknown value reads as itself."""
    return _WORDS.get(str(value), str(value).replace("_", " "))


# -- the command line's language -----------------------------------------------------------

LANGUAGES = ("fr", "es", "zh_TW")
"""The languages the core's sentences are translated into (besides English)."""

_SEPARATORS = {"zh_TW": {", ": "、", "; ": "；", " or ": "或"}, "fr": {"; ": "\u00a0; "}}
"""How a language joins the items of a list (the core's separator, as given, elsewhere); French
spaces its semicolon (a non-breaking space before it)."""


def separator(language: str, given: str) -> str:
    """The separator ``language`` joins a list's items with where the core gives ``given``
    (``language`` as ``LANGUAGES`` spells it; the desktop's "zh-TW" is accepted too)."""
    return _SEPARATORS.get(language.replace("-", "_"), {}).get(given, given)


def language_of(environ: Mapping[str, str]) -> str:
    """The language of the core's sentences for a session with environment ``environ``, as
    gettext picks it: ``"fr"``, ``"es"``, ``"zh_TW"``, or ``"en"`` for everything else.

    The locale is the first of LC_ALL, LC_MESSAGES and LANG that is set; C and POSIX mean
    English whatever else is said. Otherwise LANGUAGE, a list like ``fr_CA:en``, comes
    first: its first entry we speak (English included) wins, the others are passed over.
    Traditional Chinese is zh_TW, zh_HK, zh_MO and any zh_Hant; other Chinese (zh_CN,
    zh_SG) has no catalogue, so it is passed over in LANGUAGE and, as the locale, reads
    English rather than the other script."""
    locale = next(
        (environ[name] for name in ("LC_ALL", "LC_MESSAGES", "LANG") if environ.get(name)), ""
    )
    if _is_c(locale):
        return "en"
    for entry in environ.get("LANGUAGE", "").split(":"):
        if (found := _language(entry)) is not None:
            return found
    return _language(locale) or "en"


def _is_c(locale: str) -> bool:
    base = locale.split(".")[0].split("@")[0]
    return base in ("C", "POSIX")


def _language(entry: str) -> str | None:
    """The language a locale name (``fr_FR.UTF-8``, ``zh-Hant-TW``, ``es``) stands for, or
    None when it is none we know (nor English)."""
    parts = entry.split(".")[0].split("@")[0].replace("-", "_").lower().split("_")
    if parts[0] in ("fr", "es", "en"):
        return parts[0]
    if parts[0] == "zh":
        rest = set(parts[1:])
        return "zh_TW" if rest & {"tw", "hk", "mo", "hant"} else None
    return None


@functools.cache
def catalogue(language: str) -> dict[str, str | list[str]]:
    """The core's sentences in ``language`` (template -> translation; a template about a count
    -> its plural forms), read from ``core/i18n/<language>.json``, which
    ``packaging/core_messages.py`` writes from the desktop's Qt catalogues. Empty for
    English, and for a file that is missing or unreadable (the sentences then read English)."""
    if language not in LANGUAGES:
        return {}
    import json  # only when a translation is needed: start-up does without them
    from importlib import resources

    try:
        text = resources.files("core").joinpath("i18n", f"{language}.json").read_text("utf-8")
        table = json.loads(text)
    except (OSError, ValueError):
        return {}
    return table if isinstance(table, dict) else {}


def in_language(text: object, language: str) -> str:
    """``text`` (a core message, a list of them, or plain text) in ``language``, by the rules of
    the desktop's ``desktop.refusals.words``: the template is translated and filled with its
    arguments, themselves translated when they are messages or lists; plain text, a template
    without a translation and a damaged translation read English."""
    if language not in LANGUAGES:
        return str(text)
    return _translate(text, language, catalogue(language))


def _translate(text: object, language: str, table: Mapping[str, object]) -> str:
    if isinstance(text, Listing):
        joined = separator(language, text.separator)
        return joined.join(_translate(item, language, table) for item in text.items)
    if not isinstance(text, Message):
        return str(text)
    found = table.get(text.template)
    if text.number is None:
        if not isinstance(found, str) or not found:
            return str(text)
        translated = found
    else:
        forms = found if isinstance(found, list) else []
        at = _plural_form(language, text.number)
        if at >= len(forms) or not isinstance(forms[at], str) or not forms[at]:
            return str(text)
        translated = forms[at].replace("%n", str(text.number))
    if not text.args:
        return translated
    values = {
        key: _translate(value, language, table) if isinstance(value, Message | Listing) else value
        for key, value in text.args.items()
    }
    try:
        return translated.format(**values)
    except (KeyError, IndexError, ValueError, AttributeError, TypeError):  # damaged: English
        return str(text)


def _plural_form(language: str, count: int) -> int:
    """Which plural form a count takes (Qt's rules): French says 0 and 1 in the singular,
    Spanish only 1; Chinese has one form."""
    if language == "fr":
        return 0 if count <= 1 else 1
    if language == "es":
        return 0 if count == 1 else 1
    return 0
