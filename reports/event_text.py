"""History events as a reader of a document sees them, in the document's language.

An event stores machine identifiers: the entity (``milestone``), the action
(``state_changed``) and before/after records with field names (``baseline_due``) and coded
values (``in_progress``). The CSV and XLSX exports are data and keep them exactly as stored;
the history and status PDFs show every one of them through the language catalogue
(``entity.*``, ``action.*``, ``field.*`` and the value tables), dates and amounts formatted
for the language. An identifier the catalogue does not know yet (an event written by a newer
version, say) is shown with its underscores as spaces; a test checks that everything the
application records is in the catalogue.
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Callable, Iterable, Mapping
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from babel.numbers import list_currencies

from core.errors import ValidationError
from core.messages import separator
from core.text import search_fold, search_needle
from reports import i18n
from reports.verdicts import reason_in

if TYPE_CHECKING:
    from core.queries.history import EventRow as EventLike
    from core.queries.history import StoredTerms

VALUE_CHARS = 60
"""A single value in a change summary is cut after this many characters."""
SHOWN_FIELDS = 8
"""A created or removed record shows at most this many fields."""
PREFERRED = ("title", "name", "code", "description", "text", "position", "amount_minor", "state")
"""Fields shown first when a whole record is summarised."""
HASH_SUFFIX = "sha256"
"""Fields holding a file's hash: 64 hex digits that tell a reader nothing, shown last, so a
line cut short loses them rather than what follows (a recorded signature's verdict)."""


def _hashes_last(keys: list[str]) -> list[str]:
    return [k for k in keys if not k.endswith(HASH_SUFFIX)] + [
        k for k in keys if k.endswith(HASH_SUFFIX)
    ]


VALUE_TABLES: dict[str, tuple[str, ...]] = {
    "state": ("state.", "idea_state."),  # a milestone's (or sign-off's) state, or an idea's
    "status": ("engagement_status.",),
    "outcome": ("outcome.",),
    "verdict": ("verdict.",),
    "priority": ("priority.",),
    "source": ("idea_source.",),
    "method": ("signature_method.",),
    "language": ("language.",),
    "how": ("completion.",),
}
"""Fields whose values are codes, and the catalogue prefixes that name them."""
DATE_FIELDS = frozenset(
    {
        "baseline_due",
        "forecast_due",
        "start_date",
        "target_end_date",
        "held_on",
        "signed_on",
        "raised_on",
        "follow_up",
        "submitted_on",
        "invoiced_on",
        "paid_on",
    }
)
"""Fields holding a day as ISO text ('2026-03-05'), shown as a date of the language."""
INTERNAL_IDS = frozenset(
    {"id", "client_id", "parent_id", "reviewer_id", "review_round_id", "spinoff_id"}
)
"""Fields holding database ids, left out when a whole record is summarised."""
MONEY_FIELDS = frozenset({"amount_minor"})
"""Fields holding integer minor units of the engagement's currency."""


def _plain(identifier: str) -> str:
    return identifier.replace("_", " ")


def load_record(text: str) -> Any:
    """An event's before or after record read from its JSON text (None when empty; the
    text itself when it is not JSON)."""
    try:
        return json.loads(text) if text else None
    except ValueError:
        return text


CODE_PREFIXES = frozenset(
    ["field.", *(prefix for prefixes in VALUE_TABLES.values() for prefix in prefixes)]
)
"""Catalogue prefixes whose identifiers are stored inside the before/after records."""


def _cut(text: str, whole: bool = False) -> str:
    if whole or len(text) <= VALUE_CHARS:
        return text
    return text[: VALUE_CHARS - 1] + "…"


def _digitless(text: str) -> str:
    """``text`` with every digit as 0: a figure of a formatted day or amount stands for any."""
    return re.sub(r"[0-9]", "0", text)


def _in_any(needle: str, texts: Iterable[str]) -> bool:
    return any(needle in text for text in texts)


def _starts_any(part: str, words: Iterable[str]) -> bool:
    """Whether ``part`` begins one of ``words`` or one of them begins it."""
    return bool(part) and any(w.startswith(part) or part.startswith(w) for w in words if w)


def _ends_any(part: str, words: Iterable[str]) -> bool:
    """Whether ``part`` ends one of ``words`` or one of them ends it."""
    return bool(part) and any(w.endswith(part) or part.endswith(w) for w in words if w)


def _in_templates(needle: str, pieces: Iterable[str]) -> bool:
    """Whether ``needle`` may be in a sentence made of these fixed pieces and stored values:
    inside a piece, or overlapping one at its start or end."""
    for piece in pieces:
        if needle in piece:
            return True
        for n in range(1, min(len(needle), len(piece)) + 1):
            if piece.startswith(needle[-n:]) or piece.endswith(needle[:n]):
                return True
    return False


_SAMPLE_FIGURES = (0, 1, 12, 123, 1234, 12345, 123456, 1234567, 123456789, 1234567890)


@functools.cache
def _day_forms(lang: str) -> tuple[str, ...]:
    """Every day of a leap year as the language shows it, its figures as 0."""
    first = date(2024, 1, 1)
    return tuple(
        {
            search_fold(_digitless(i18n.format_day(first + timedelta(days=n), lang)))
            for n in range(366)
        }
    )


@functools.cache
def _amount_forms(lang: str) -> tuple[str, ...]:
    """Amounts of every currency as the language shows them, figures as 0."""
    forms = set()
    for currency in list_currencies():
        for figure in _SAMPLE_FIGURES:
            for minor in (figure, -figure):
                try:
                    shown = i18n.format_amount(minor, currency, lang)
                except (ValueError, LookupError, ValidationError):
                    break
                forms.add(search_fold(_digitless(shown)))
    return tuple(forms)


@functools.cache
def _number_forms(lang: str) -> tuple[str, ...]:
    """Numbers grouped as the language groups them (only those with a separator: a plain
    run of figures is stored as it is shown), figures as 0."""
    shown = (_digitless(i18n.format_number(f, lang)) for f in _SAMPLE_FIGURES)
    return tuple(search_fold(s) for s in shown if not s.isdigit())


@functools.cache
def _count_forms(lang: str) -> tuple[str, ...]:
    """'3 items' as the language shows a list's or a record's count, figures as 0."""
    return tuple(
        search_fold(_digitless(i18n.counted("history.items", f, lang))) for f in _SAMPLE_FIGURES
    )


@functools.cache
def _verdict_pieces(lang: str) -> tuple[str, ...]:
    """The fixed words of the language's verdict sentences (between their placeholders)."""
    pieces = []
    for key, words in i18n.labels(lang).items():
        if key.startswith("verification."):
            pieces += [search_fold(p) for p in re.split(r"\{[^}]*\}", words) if p]
    return tuple(pieces)


class EventText:
    """The words of one document language for history events."""

    def __init__(
        self, lang: str, names: Mapping[str, str] | None = None, *, whole: bool = False
    ) -> None:
        self.lang = i18n.check_language(lang)
        self.labels = i18n.labels(self.lang)
        self.whole = whole
        """Every value in full and every field of a record, where a table cell shows them cut
        to ``VALUE_CHARS`` and ``SHOWN_FIELDS`` (the readable PDF wraps instead)."""
        self.names: Mapping[str, str] = names or {}
        """Stored ids -> the names a reader knows them by (``core.queries.history_names``):
        a review round shows "Reviewer=Anna Weber", not her contact's id."""

    def _named(self, prefix: str, identifier: str) -> str:
        return self.labels.get(prefix + identifier) or _plain(identifier)

    def entity(self, entity: str) -> str:
        """'milestone' -> 'Jalon'."""
        return self._named("entity.", entity)

    def action(self, action: str) -> str:
        """'state_changed' -> "changement d'état"."""
        return self._named("action.", action)

    def what(self, entity: str, action: str) -> str:
        """'Jalon · changement d'état'."""
        return f"{self.entity(entity)} · {self.action(action)}"

    def field(self, key: str) -> str:
        """'baseline_due' -> 'Échéance prévue'."""
        return self._named("field.", key)

    def value(self, key: str, value: Any, currency: str | None = None) -> str:
        """One field's value as text of the language, cut to ``VALUE_CHARS``."""
        if value is None:
            return "—"
        if key in INTERNAL_IDS and isinstance(value, str) and value in self.names:
            return _cut(self.names[value], self.whole)
        if isinstance(value, bool):
            return self.labels["value.yes" if value else "value.no"]
        if isinstance(value, int):
            if key in MONEY_FIELDS and currency:
                return i18n.format_amount(value, currency, self.lang)
            return i18n.format_number(value, self.lang)
        if isinstance(value, str):
            return self._text(key, value)
        if not value and isinstance(value, list | dict):
            return "—"
        if isinstance(value, list) and all(
            isinstance(item, str | int | float) and not isinstance(item, bool) for item in value
        ):
            return _cut(", ".join(str(item) for item in value), self.whole)
        if isinstance(value, list | dict):  # criteria, contacts, verdicts...: how many
            return self.count(len(value))
        return _cut(str(value), self.whole)

    def stored_terms(self, typed: str) -> StoredTerms:
        """The identifiers whose words in this language contain ``typed`` (ignoring case),
        so a search of the history finds an event by what its reader sees: "state changed"
        or "changement d'état" stands for the action ``state_changed``, "accepté" for the
        state ``accepted``, "échéance" for the fields ``baseline_due`` and ``forecast_due``."""
        from core.queries.history import StoredTerms

        needle = search_needle(typed)
        found: dict[str, list[str]] = {"entity": [], "action": [], "code": [], "field": []}
        for key, words in self.labels.items() if needle else ():
            prefix, _, identifier = key.partition(".")
            kind = "code" if prefix + "." in CODE_PREFIXES else prefix
            # an entity or action found is sure to be shown: only by its words
            named = kind in ("code", "field") and needle in _plain(identifier)
            if kind in found and (needle in search_fold(words) or named):
                found[kind].append(identifier)
                if prefix == "field":  # also apart: shown where the field changes
                    found["field"].append(identifier)
        return StoredTerms(
            entities=tuple(found["entity"]),
            actions=tuple(found["action"]),
            codes=tuple(dict.fromkeys(found["code"])),
            fields=tuple(dict.fromkeys(found["field"]) | dict.fromkeys(self._formatted(needle))),
            **self._shaped(needle),
        )

    def _formatted(self, needle: str) -> list[str]:
        """The fields whose values are shown formatted (a day, an amount, a verdict) in a
        text that may hold ``needle`` though the stored value does not."""
        if not needle:
            return []
        found = []
        if _in_any(_digitless(needle), _day_forms(self.lang)):
            found += sorted(DATE_FIELDS)
        if _in_any(_digitless(needle), _amount_forms(self.lang)):
            found += sorted(MONEY_FIELDS)
        if _in_templates(needle, _verdict_pieces(self.lang)):
            found.append("verification")
        return found

    def _shaped(self, needle: str) -> dict[str, Any]:
        """What else of a row's words may hold ``needle``: the head of a created or removed
        record's summary ("created: "), a yes/no or a count of items ("3 items"), and the
        words only a reading of the row can find (see ``StoredTerms.everything``)."""
        if not needle:
            return {}
        labels = self.labels
        head = self.labelled("{label}", "{value}")
        created = needle in search_fold(labels["history.created"])
        removed = needle in search_fold(labels["history.removed"])
        texts: list[str] = []
        if needle in search_fold(labels["value.yes"]) or needle in search_fold(labels["value.no"]):
            texts += ["true", "false"]
        if _in_any(_digitless(needle), _count_forms(self.lang)):
            texts += ["[", ":{"]  # a list or a record inside the record
        joins = [
            " · ", " → ", ", ", "=", "—", separator(self.lang, "; "),
            *(piece for piece in re.split(r"\{label\}|\{value\}", head) if piece),
        ]  # fmt: skip
        marks = {char for join in joins for char in join if not char.isspace()}
        spaces = [i for i, char in enumerate(needle) if char == " "]
        everything = (
            any(char in marks for char in needle)
            or needle in search_fold(labels["history.no_change"])
            or (not needle.isdigit() and _in_any(_digitless(needle), _number_forms(self.lang)))
            # across the space between the actor and the entity, or the action and the summary
            or any(
                _starts_any(needle[i + 1 :], self._words("entity."))
                or _ends_any(needle[:i], self._words("action."))
                for i in spaces
            )
        )
        return {
            "created": created,
            "removed": removed,
            "texts": tuple(texts),
            "everything": everything,
        }

    def _words(self, prefix: str) -> list[str]:
        return [search_fold(words) for key, words in self.labels.items() if key.startswith(prefix)]

    def row_text(self, event: EventLike, currency: str | None = None) -> str:
        """Everything a history row shows in words: who, what happened, before → after
        (values in full: the row's tooltip and the detail pane show what the cell cuts)."""
        whole, self.whole = self.whole, True
        try:
            summary = self.summary(event.before, event.after, currency)
        finally:
            self.whole = whole
        return " ".join((event.actor, self.what(event.entity, event.action), summary))

    def shows(self, typed: str, currency: str | None = None) -> Callable[[Any], bool]:
        """Whether an event's row shows ``typed`` (ignoring case): what the history filter
        keeps (``core.queries.history_page(shows=...)``)."""
        needle = search_needle(typed)
        return lambda event: needle in search_fold(self.row_text(event, currency))

    def labelled(self, label: str, value: str) -> str:
        """'État : Planifié' (the colon as the language sets it)."""
        return self.labels["label_value"].format(label=label, value=value)

    def count(self, number: int) -> str:
        """'1 item', '5 items' (the plural rule of the language picks the label)."""
        return i18n.counted("history.items", number, self.lang)

    def _text(self, key: str, value: str) -> str:
        if not value.strip():
            return "—"
        for prefix in VALUE_TABLES.get(key, ()):
            named = self.labels.get(prefix + value.replace(" ", "_"))
            if named:
                return named
        if key == "verification":  # a verdict sentence of ours, in this language
            return _cut(reason_in(self.labels, value), self.whole)
        if key in DATE_FIELDS:
            try:
                return i18n.format_day(date.fromisoformat(value), self.lang)
            except ValueError:
                pass  # not a day after all: shown as the text it is
        return _cut(" ".join(value.split()), self.whole)

    def _fields(self, record: Any, currency: str | None) -> str:
        """A whole record in a few fields: empty ones and internal ids are left out."""
        if not isinstance(record, dict):
            return self.value("", record, currency)
        shown = [
            k
            for k in record
            if record[k] not in (None, "", [], {})
            and (k not in INTERNAL_IDS or record[k] in self.names)
        ]
        keys = [k for k in PREFERRED if k in shown] + _hashes_last(
            [k for k in shown if k not in PREFERRED]
        )
        return ", ".join(
            f"{self.field(k)}={self.value(k, record[k], currency)}"
            for k in (keys if self.whole else keys[:SHOWN_FIELDS])
        )

    def summary(self, before: str, after: str, currency: str | None = None) -> str:
        """One readable line for an event's before → after (canonical JSON texts);
        ``currency`` is the engagement's, for amounts."""
        return self.summary_of(load_record(before), load_record(after), currency)

    def summary_of(self, old: Any, new: Any, currency: str | None = None) -> str:
        """:meth:`summary` of the records already read (``load_record``), for a caller
        that reads them for something else too."""
        labels = self.labels
        if old is None and new is None:
            return ""
        if old is None:
            return self.labelled(labels["history.created"], self._fields(new, currency))
        if new is None:
            return self.labelled(labels["history.removed"], self._fields(old, currency))
        if isinstance(old, dict) and isinstance(new, dict):
            changes = []
            for k in _hashes_last(list(dict.fromkeys([*old, *new]))):
                was, now = self.value(k, old.get(k), currency), self.value(k, new.get(k), currency)
                if was != now:  # None → "" is no change a reader could see
                    changes.append(self.labelled(self.field(k), f"{was} → {now}"))
            # joined as the language joins a list (French: a no-break space before ";")
            return separator(self.lang, "; ").join(changes) or labels["history.no_change"]
        return f"{self.value('', old, currency)} → {self.value('', new, currency)}"


scan_json: Callable[[str, int], tuple[Any, int]] = json.JSONDecoder().scan_once  # type: ignore[attr-defined]
"""The standard library's JSON scanner (its C one): one call reads one value from an index
and says where it ended (what ``json.loads`` calls, inside its checks)."""


def load_records(before: str, after: str) -> tuple[Any, Any]:
    """``load_record`` of both texts, each read by one call of the JSON scanner: the same
    values (a text it cannot read whole, with space around it say, goes to ``load_record``),
    without ``json.loads``'s checks and calls around it, which an export pays per event."""
    pair: list[Any] = []
    for text in (before, after):
        if not text:
            pair.append(None)
            continue
        try:
            value, end = scan_json(text, 0)
        except (StopIteration, ValueError):
            end = -1
        pair.append(value if end == len(text) else load_record(text))
    return pair[0], pair[1]


_Step = tuple[str, bool, tuple[str, str] | None]
"""A field of a change: its key, whether its text is plain, the text around its value."""


class Summaries:
    """``EventText.summary_of`` of a whole export's events, in the same words, faster: the
    label of each field and the language's joins are looked up once, a field whose value is
    the same on both sides is passed over without writing it (the words of a value depend on
    it alone), a plain text is cleaned here, and the words of other values that come back
    (states, days, amounts, counts) are kept (up to ``KEEP`` of them, then afresh).

    Values are written in full, as ``EventText(whole=True)`` writes them; a test holds this
    to ``summary_of`` event by event, in every language."""

    KEEP = 50_000

    def __init__(self, words: EventText, currency: str | None) -> None:
        if not words.whole:
            raise ValueError("Summaries writes every value in full: EventText(whole=True)")
        self.words = words
        self.currency = currency
        labels = words.labels
        self._no_change = labels["history.no_change"]
        self._join = separator(words.lang, "; ")
        template = labels["label_value"]
        bare = template.replace("{label}", "").replace("{value}", "")
        self._template: list[str] | None = None
        """The pieces around '{value}' when the template holds nothing but its two fields
        (so that filling it in is pasting); otherwise each line goes through ``labelled``."""
        if template.count("{value}") == 1 and "{" not in bare and "}" not in bare:
            self._template = template.split("{value}")
        self._fields_named: dict[str, str] = {}
        self._plans: dict[tuple[tuple[str, ...], tuple[str, ...]], list[_Step]] = {}
        self._shown: dict[tuple[str, ...], list[str]] = {}
        self._plain: dict[str, bool] = {}
        self._memo: dict[tuple[str, type, Any], str] = {}
        self._created = self._head_of(labels["history.created"])
        self._removed = self._head_of(labels["history.removed"])

    def _head_of(self, label: str) -> tuple[str, str] | None:
        """(before, after) the value in ``labelled(label, value)``; None if the template
        must be filled in each time."""
        if self._template is None:
            return None
        before, after = self._template
        return before.replace("{label}", label), after.replace("{label}", label)

    def _plan(self, signature: tuple[tuple[str, ...], tuple[str, ...]]) -> list[_Step]:
        """The fields of a change between records with these keys, in the order
        ``summary_of`` writes them, each with whether its text is plain and its head."""
        if len(self._plans) >= self.KEEP:
            self._plans.clear()
        old, new = signature
        plan = [
            (k, self._is_plain(k), self._head_of(self._field(k)))
            for k in _hashes_last(list(dict.fromkeys([*old, *new])))
        ]
        self._plans[signature] = plan
        return plan

    def _labelled(self, label: str, head: tuple[str, str] | None, value: str) -> str:
        if head is None:
            return self.words.labelled(label, value)
        return head[0] + value + head[1]

    def _field(self, key: str) -> str:
        found = self._fields_named.get(key)
        if found is None:
            found = self._fields_named[key] = self.words.field(key)
        return found

    def _is_plain(self, key: str) -> bool:
        """Whether a text value of ``key`` is only cleaned of extra spaces (no name, code,
        verdict or day to look up)."""
        plain = self._plain.get(key)
        if plain is None:
            plain = self._plain[key] = not (
                key in INTERNAL_IDS
                or key in VALUE_TABLES
                or key in DATE_FIELDS
                or key == "verification"
            )
        return plain

    def value(self, key: str, value: Any) -> str:
        """``EventText.value(key, value, currency)``."""
        if value is None:
            return "—"
        kind = type(value)
        if kind is str and self._is_plain(key):
            return " ".join(value.split()) or "—"  # empty when all spaces
        if kind is str or kind is int or kind is bool:
            memo = self._memo
            found = memo.get((key, kind, value))
            if found is None:
                if len(memo) >= self.KEEP:
                    memo.clear()
                found = memo[key, kind, value] = self.words.value(key, value, self.currency)
            return found
        return self.words.value(key, value, self.currency)

    def _fields(self, record: Any) -> str:
        """``EventText._fields``: a created or removed record, field by field."""
        if type(record) is not dict:
            return self.value("", record)
        names = self.words.names
        shown = tuple(
            k
            for k in record
            if record[k] not in (None, "", [], {}) and (k not in INTERNAL_IDS or record[k] in names)
        )
        keys = self._shown.get(shown)
        if keys is None:
            if len(self._shown) >= self.KEEP:
                self._shown.clear()
            keys = self._shown[shown] = [k for k in PREFERRED if k in shown] + _hashes_last(
                [k for k in shown if k not in PREFERRED]
            )
        field, value = self._field, self.value
        return ", ".join([f"{field(k)}={value(k, record[k])}" for k in keys])

    def __call__(self, old: Any, new: Any) -> str:
        """The summary of the records read (``load_record``) from an event."""
        if type(old) is not dict or type(new) is not dict:
            if old is None and new is None:
                return ""
            if old is None:
                return self._labelled(
                    self.words.labels["history.created"], self._created, self._fields(new)
                )
            if new is None:
                return self._labelled(
                    self.words.labels["history.removed"], self._removed, self._fields(old)
                )
            return self.words.summary_of(old, new, self.currency)
        signature = (tuple(old), tuple(new))
        plan = self._plans.get(signature)
        if plan is None:
            plan = self._plan(signature)
        changes = []
        value, was_of, now_of = self.value, old.get, new.get
        a: Any
        b: Any
        for k, plain, head in plan:
            a, b = was_of(k), now_of(k)
            if a is b:
                continue
            kind = type(a)
            if kind is not type(b):
                was, now = value(k, a), value(k, b)
            elif kind is str:
                if a == b:
                    continue
                if plain:  # what value() writes of a plain text, written here
                    was, now = " ".join(a.split()) or "—", " ".join(b.split()) or "—"
                else:
                    was, now = value(k, a), value(k, b)
            elif (kind is int or kind is bool) and a == b:
                continue
            else:
                was, now = value(k, a), value(k, b)
            if was != now:  # None → "" is no change a reader could see
                if head is None:
                    changes.append(self.words.labelled(self._field(k), f"{was} → {now}"))
                else:
                    changes.append(f"{head[0]}{was} → {now}{head[1]}")
        return self._join.join(changes) or self._no_change
