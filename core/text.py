"""Cleaning of text a person typed or pasted: names, titles, notes, codes, e-mail addresses.

Every stored string is NFC-normalised, stripped of surrounding whitespace, and uses '\\n' for
line breaks ('\\r\\n', '\\r', U+2028 and U+2029 become '\\n'). What cannot be stored faithfully is
refused with a message rather than silently altered:

* control characters (C0 and C1); tab and newline are allowed only in multi-line fields;
* unpaired surrogates, which a broken copy and paste can produce and no file format can hold;
* the bidirectional embedding, override and isolate controls U+202A-U+202E and U+2066-U+2069:
  invisible, they can make a document (a sign-off PDF, say) read differently from what is
  stored, so nobody should be able to slip them into scope text;
* Unicode noncharacters and a byte-order mark inside the text (one at either end is removed).

Allowed on purpose: the left-to-right and right-to-left marks (U+200E, U+200F, U+061C), which
mixed Arabic/Hebrew text needs, and the zero-width space, non-joiner, joiner and word joiner
(U+200B-U+200D, U+2060), which Persian, Indic scripts, Thai and emoji sequences rely on.
"""

from __future__ import annotations

import functools
import re
import unicodedata

from core.errors import ValidationError
from core.messages import msg

NAME_MAX = 200
CODE_MAX = 32
TITLE_MAX = 300
TEXT_MAX = 50_000
NOTE_MAX = 10_000
EMAIL_MAX = 254

_SURROGATE = re.compile("[\ud800-\udfff]")
_LINE_BREAK = re.compile("\r\n|[\r\u2028\u2029]")
# Whitespace that is stripped from both ends (plus a stray byte-order mark). The control
# characters Python also counts as whitespace (VT, FF, U+001C-U+001F, NEL) are left in place so
# that they are refused like any other control character.
_STRIPPED = "\ufeff" + "".join(
    ch
    for ch in map(chr, range(0x3000 + 1))
    if ch.isspace() and (ch in "\t\n\r" or unicodedata.category(ch) != "Cc")
)
_NONCHARACTERS = "\ufdd0-\ufdef" + "".join(
    f"{chr(plane * 0x10000 + 0xFFFE)}{chr(plane * 0x10000 + 0xFFFF)}" for plane in range(17)
)
_FORBIDDEN_ALWAYS = (
    "\x00-\x08\x0b-\x1f\x7f-\x9f"  # C0 (except tab, newline), DEL and C1 controls
    "\u202a-\u202e\u2066-\u2069"  # bidi embeddings, overrides and isolates
    "\ufeff" + _NONCHARACTERS
)
_FORBIDDEN_MULTILINE = re.compile(f"[{_FORBIDDEN_ALWAYS}]")
_FORBIDDEN_SINGLE_LINE = re.compile(f"[\t\n{_FORBIDDEN_ALWAYS}]")
_BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
_CODE = re.compile(r"[A-Z0-9][A-Z0-9-]{1,31}")
_CODE_EXAMPLE = "ACME-2026-01"


def nfc(value: str) -> str:
    """The canonical composed form (NFC) of ``value``."""
    return unicodedata.normalize("NFC", value)


def _refusal(ch: str, position: int) -> str:
    point = f"U+{ord(ch):04X}"
    if ch == "\n":
        return msg("must be a single line; remove the line break")
    if ch == "\t":
        return msg(
            "must not contain a tab (at position {position}); use spaces instead",
            position=position,
        )
    if ch in _BIDI_CONTROLS:
        return msg(
            "contains an invisible text-direction control ({point}) at position {position}; "
            "remove it, because it can make the text display differently from what is stored",
            point=point,
            position=position,
        )
    if ch == "\ufeff":
        return msg(
            "contains an invisible byte-order mark (U+FEFF) at position {position}; remove it",
            position=position,
        )
    if unicodedata.category(ch) == "Cc":
        return msg(
            "contains an invisible control character ({point}) at position {position}; remove it",
            point=point,
            position=position,
        )
    return msg(
        "contains {point} at position {position}, which is not a character; remove it",
        point=point,
        position=position,
    )


def _too_long(length: int, limit: int) -> str:
    return msg(
        "is too long: {length} characters, at most {limit} are allowed", length=length, limit=limit
    )


def clean_text(
    value: str | None,
    *,
    field: str,
    max_length: int,
    required: bool = True,
    multiline: bool = False,
) -> str:
    """Return ``value`` ready to store, or raise :class:`ValidationError` saying what is wrong.

    A blank value is refused when ``required`` and returned as '' otherwise. ``max_length``
    counts code points after NFC normalisation.
    """
    if value is not None and not isinstance(value, str):
        raise TypeError(f"{field} must be text, not {type(value).__name__}")
    text = value or ""
    surrogate = _SURROGATE.search(text)
    if surrogate:
        raise ValidationError(
            field,
            msg(
                "contains a broken character at position {position} (an unpaired "
                "surrogate, usually left by a bad copy and paste); retype that part",
                position=surrogate.start() + 1,
            ),
        )
    text = nfc(_LINE_BREAK.sub("\n", text)).strip(_STRIPPED)
    if not text:
        if required:
            raise ValidationError(field, msg("cannot be empty"))
        return ""
    forbidden = (_FORBIDDEN_MULTILINE if multiline else _FORBIDDEN_SINGLE_LINE).search(text)
    if forbidden:
        raise ValidationError(field, _refusal(forbidden.group(), forbidden.start() + 1))
    if len(text) > max_length:
        raise ValidationError(field, _too_long(len(text), max_length))
    return text


def _fold_fullwidth(text: str) -> str:
    """Fullwidth ASCII forms (typed with a CJK input method) to plain ASCII."""
    return "".join(
        chr(ord(ch) - 0xFEE0) if "\uff01" <= ch <= "\uff5e" else " " if ch == "\u3000" else ch
        for ch in text
    )


def code_key(value: str) -> str:
    """What a typed engagement code is looked up as: trimmed, fullwidth folded to ASCII,
    upper-cased. Lenient on purpose: a code that cannot exist simply finds nothing."""
    return _fold_fullwidth(value).strip().upper()


def clean_code(value: str, field: str = "code") -> str:
    """An engagement code such as 'ACME-2026-01': ASCII letters, digits and hyphens,
    2 to 32 characters, upper-cased. Fullwidth letters and digits are accepted as ASCII."""
    text = clean_text(_fold_fullwidth(value or ""), field=field, max_length=10 * CODE_MAX)
    if len(text) > CODE_MAX:
        raise ValidationError(field, _too_long(len(text), CODE_MAX))
    code = text.upper() if text.isascii() else text
    if not _CODE.fullmatch(code):
        if any(ch.isspace() for ch in code):
            problem = msg("cannot contain spaces; for example {example}", example=_CODE_EXAMPLE)
        elif len(code) < 2:
            problem = msg(
                "needs at least 2 characters; for example {example}", example=_CODE_EXAMPLE
            )
        else:
            problem = msg(
                "may use only letters A-Z, digits and hyphens, not starting with a hyphen; "
                "for example {example}",
                example=_CODE_EXAMPLE,
            )
        raise ValidationError(field, problem)
    return code


def clean_email(value: str | None, field: str = "email", required: bool = False) -> str:
    """A light plausibility check (one '@', no spaces, a dotted domain). The domain is
    lower-cased; the part before '@' is kept as typed. Returns '' for a blank optional value."""
    text = clean_text(value, field=field, max_length=EMAIL_MAX, required=required)
    if not text:
        return ""
    example = "name@example.com"
    if any(ch.isspace() for ch in text):
        raise ValidationError(
            field, msg("cannot contain spaces; for example {example}", example=example)
        )
    if text.count("@") != 1:
        raise ValidationError(
            field, msg("must contain exactly one '@'; for example {example}", example=example)
        )
    local, domain = text.split("@")
    if not local:
        raise ValidationError(
            field, msg("needs a name before the '@'; for example {example}", example=example)
        )
    labels = domain.split(".")
    if len(labels) < 2 or not all(labels):
        raise ValidationError(
            field,
            msg(
                "needs a domain such as example.com after the '@'; for example {example}",
                example=example,
            ),
        )
    return f"{local}@{domain.lower()}"


def search_fold(text: str) -> str:
    """A text as every search compares it: lower case, with the typographic apostrophe
    (what word processors and the French catalogue write) as the one a keyboard types, so
    "l'équipe" finds "L’équipe". The database's fold (``core.db``) applies it to stored
    values, ``search_needle`` to what was typed."""
    return text.lower().replace("\u2019", "'")


def search_needle(text: str) -> str:
    """What a person typed into a search box, folded as stored values are: NFC (like
    everything stored), trimmed, then ``search_fold``."""
    return search_fold(unicodedata.normalize("NFC", text).strip())


CASED_BELOW = 0x20000
"""Every character with a case is below this (the last, Adlam, is in plane 1); a test
checks it against the Unicode tables of the running Python."""


@functools.cache
def _folded_from() -> tuple[dict[str, frozenset[str]], frozenset[str]]:
    """Every character that ``search_fold`` turns into another single character, by the
    character it becomes; and the characters that some character folds into together with
    others (the dotted capital I becomes 'i' and a combining dot)."""
    sources: dict[str, set[str]] = {}
    shared: set[str] = set()
    for point in range(CASED_BELOW):
        char = chr(point)
        folded = search_fold(char)
        if folded == char:
            continue
        if len(folded) == 1:
            sources.setdefault(folded, set()).add(char)
        else:
            shared.update(folded)
    return {k: frozenset(v) for k, v in sources.items()}, frozenset(shared)


def fold_sources(char: str) -> frozenset[str] | None:
    """The characters a stored text may hold where its ``search_fold`` holds ``char`` (one
    character, already folded): ``char`` itself and every character folding into it alone
    ('é' comes from 'é' and 'É'; 'k' from 'k', 'K' and the Kelvin sign; "'" from "'" and
    "’"). None when ``char`` can also come out of a character that folds into several
    ('i' and the combining dot above, from 'İ'), which no one-for-one list describes.
    The table is built on first use (a fraction of a second)."""
    sources, shared = _folded_from()
    if char in shared:
        return None
    return frozenset({char}) | sources.get(char, frozenset())
