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
"amount: …" reads "montant : …" in French."""

from __future__ import annotations

from collections.abc import Iterable
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
