"""Reading an archive file a piece at a time.

The archive is one JSON object whose ``tables`` member holds one list of rows per table.
This reader walks that outer structure itself and hands each row (and each header value)
to the standard library's C decoder, so memory holds one row at a time, not the file.
Any well-formed JSON is read, however it is spaced; a syntax error is reported as
``json`` words it, with its line and column in the file."""

from __future__ import annotations

import codecs
import hashlib
import json
import re
from collections.abc import Callable
from typing import IO, Any, NoReturn, Protocol

from core.errors import ArchiveError
from core.messages import msg

_CHUNK = 1 << 20
_WHITESPACE = re.compile(r"[ \t\n\r]*")
_DELIMITER = re.compile(r"[ \t\n\r]*([,\]])[ \t\n\r]*")
# A lone surrogate or a NUL can only come from a JSON escape (raw ones are not UTF-8, or not
# allowed in a JSON string): only a row holding such an escape (an emoji written as a pair,
# usually) is searched value by value.
ESCAPED_SURROGATE = re.compile(r"\\u(?:[dD][89a-fA-F][0-9a-fA-F]{2}|0000)")
SURROGATE = re.compile("[\ud800-\udfff]")


def refuse(reason: str) -> NoReturn:
    raise ArchiveError(
        msg("the archive was refused: {reason}. Nothing was imported", reason=reason)
    )


def printable(text: str) -> str:
    """``text`` with any lone surrogate written as its escape, so a message can print it."""
    return SURROGATE.sub(lambda found: f"\\u{ord(found.group()):04x}", text)


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result = dict(pairs)
    if len(result) != len(pairs):
        seen: set[str] = set()
        for key, _ in pairs:
            if key in seen:
                refuse(msg("the key '{key}' appears twice in one object", key=printable(key[:40])))
            seen.add(key)
    return result


def _no_constant(name: str) -> NoReturn:
    refuse(msg("the file contains {name}, which no archive holds", name=name))


class Visitor(Protocol):
    def header(self, key: str, value: Any, escaped: bool) -> None:
        """A member of the top-level object other than an object ``tables``."""

    def tables(self) -> None:
        """The ``tables`` object begins: its tables follow."""

    def table(self, name: str) -> None:
        """The list of rows of table ``name`` begins (or its value, if not a list, follows)."""

    def row(self, name: str, index: int, row: Any, escaped: bool) -> None:
        """Row ``index`` of table ``name``; ``escaped``: its text holds a surrogate escape."""

    def not_a_list(self, name: str) -> None:
        """Table ``name`` holds something other than a list."""


class ArchiveReader:
    """One pass over an archive file, calling a :class:`Visitor` for what it finds."""

    def __init__(self, handle: IO[bytes]) -> None:
        self._handle = handle
        self._decoder = codecs.getincrementaldecoder("utf-8")("strict")
        decoder = json.JSONDecoder(object_pairs_hook=_no_duplicates, parse_constant=_no_constant)
        # The C scanner behind ``raw_decode``, called directly: one Python frame less a row.
        self._scan = decoder.scan_once  # type: ignore[attr-defined]
        self._buf = ""
        self._held = ""  # text decoded but not yet in the buffer (see ``_fill``)
        self._pos = 0
        self._start = 0  # where the value last decoded begins
        self._eof = False
        self._bytes = 0
        self._lines = 0  # newlines in the text already dropped from the buffer
        self._column = 0  # characters of the current line already dropped
        self._sha256 = hashlib.sha256()
        self._started = False

    @property
    def sha256(self) -> str:
        """The SHA-256 of the bytes read (the whole file, once ``read`` has returned)."""
        return self._sha256.hexdigest()

    # --- the outer structure ------------------------------------------------------------

    def read(self, visitor: Visitor) -> None:
        self._skip()
        if self._peek() != "{":
            self._value()
            self._end()
            refuse(msg("the file is not a Scopekeeper archive (no archive header)"))
        self._members(lambda key: self._header_member(key, visitor))
        self._end()

    def _header_member(self, key: str, visitor: Visitor) -> None:
        if key == "tables" and self._peek() == "{":
            visitor.tables()
            self._members(lambda name: self._table(name, visitor))
        else:
            value = self._value()
            visitor.header(key, value, self._escaped())

    def _table(self, name: str, visitor: Visitor) -> None:
        visitor.table(name)
        if self._peek() != "[":
            self._value()
            visitor.not_a_list(name)
            return
        self._pos += 1
        self._skip()
        if self._peek() == "]":
            self._pos += 1
            return
        index = 0
        # The usual row, whole in the buffer, is decoded here with what a row needs bound to
        # names; anything else (a row past the end of what was read, a syntax error) goes to
        # ``_value``, which decodes it again and reads more or words the problem. The
        # buffer is searched for surrogate escapes once, not row by row: ``escape_at`` is
        # where the next one begins (an escape lies inside a string, so inside a row).
        scan = self._scan
        row_of = visitor.row
        escape = ESCAPED_SURROGATE.search
        delimiter = _DELIMITER.match
        searched: str | None = None  # the buffer ``escape_at`` was found in
        escape_at = 0
        while True:
            buf, start = self._buf, self._pos
            if buf is not searched:
                searched = buf
                found = escape(buf, start)
                escape_at = len(buf) if found is None else found.start()
            try:
                row, end = scan(buf, start)
            except (StopIteration, ValueError, RecursionError):
                end = -1
            if 0 <= end < len(buf):
                self._pos = end
                escaped = escape_at < end
                if escaped:
                    found = escape(buf, end)
                    escape_at = len(buf) if found is None else found.start()
            else:
                row = self._value()
                buf, start, end = self._buf, self._start, self._pos
                escaped = escape(buf, start, end) is not None
                searched = None
            row_of(name, index, row, escaped)
            index += 1
            found = delimiter(buf, end)
            if found is not None:  # the usual case: the next delimiter was read already
                char = found.group(1)
                self._pos = found.end()  # and the spaces after it, as far as they were read
                if self._pos >= len(buf):
                    self._skip()
            else:
                self._skip()
                char = self._peek()
                if char not in (",", "]"):
                    self._syntax("Expecting ',' delimiter")
                self._pos += 1
                self._skip()
            if char == "]":
                return

    def _members(self, member: Callable[[str], None]) -> None:
        """The members of the object starting here, each read by ``member`` (given its key,
        with the position on its value); a key seen twice is refused."""
        self._pos += 1  # the "{"
        seen: set[str] = set()
        self._skip()
        if self._peek() == "}":
            self._pos += 1
            return
        while True:
            self._skip()
            if self._peek() != '"':
                self._syntax("Expecting property name enclosed in double quotes")
            key = self._value()
            if key in seen:
                refuse(msg("the key '{key}' appears twice in one object", key=printable(key[:40])))
            seen.add(key)
            self._skip()
            if self._peek() != ":":
                self._syntax("Expecting ':' delimiter")
            self._pos += 1
            self._skip()
            member(key)
            self._skip()
            char = self._peek()
            if char == "}":
                self._pos += 1
                return
            if char != ",":
                self._syntax("Expecting ',' delimiter")
            self._pos += 1

    def _end(self) -> None:
        self._skip()
        if self._peek() != "":
            self._syntax("Extra data")

    # --- the text buffer ----------------------------------------------------------------

    def _value(self) -> Any:
        """Decode the JSON value at the position, reading more of the file while the value
        may continue past the end of what has been read. Where it begins in the buffer is
        kept for :meth:`_escaped` (reading more drops what was read before: the value then
        begins at 0)."""
        while True:
            self._start = self._pos
            try:
                try:
                    value, end = self._scan(self._buf, self._pos)
                except StopIteration as stop:  # what raw_decode makes of it
                    raise json.JSONDecodeError("Expecting value", self._buf, stop.value) from None
            except json.JSONDecodeError as exc:
                near_end = exc.pos >= len(self._buf) - 8
                if not self._eof and (near_end or exc.msg.startswith("Unterminated string")):
                    self._fill(more=True)
                    continue
                self._syntax(exc.msg, exc.pos)
            except RecursionError:
                refuse(msg("the file nests JSON too deeply to be an archive"))
            except ValueError:  # a number of more digits than Python converts (4,300)
                line, column = self._place(self._pos)
                refuse(
                    msg(
                        "the file holds a number far too long for any field of an archive "
                        "(line {line}, column {column}); it was damaged or written by another "
                        "program",
                        line=line,
                        column=column,
                    )
                )
            if end >= len(self._buf) and not self._eof:  # a number may go on: 12|34
                self._fill(more=True)
                continue
            self._pos = end
            return value

    def _escaped(self) -> bool:
        """Whether the value just decoded holds a surrogate escape in its text."""
        return ESCAPED_SURROGATE.search(self._buf, self._start, self._pos) is not None

    def _skip(self) -> None:
        while True:
            end = _WHITESPACE.match(self._buf, self._pos).end()  # type: ignore[union-attr]
            self._pos = end
            if end < len(self._buf) or self._eof:
                return
            self._fill()

    def _peek(self) -> str:
        while self._pos >= len(self._buf) and not self._eof:
            self._fill()
        return self._buf[self._pos : self._pos + 1]

    def _fill(self, more: bool = False) -> None:
        """Drop what has been read, then read the next part of the file (at least as much
        again as is buffered when ``more``: a long value is decoded a bounded number of
        times). What follows the last line break read waits for the next part, unless
        more is asked for: an archive as exported has a row to a line, so the rows then end
        within the buffer, and none is decoded in vain up to the end of the buffer (which
        costs the decoder's error a count of the lines before it)."""
        buf, pos = self._buf, self._pos
        newlines = buf.count("\n", 0, pos)
        if newlines:
            self._lines += newlines
            self._column = pos - buf.rfind("\n", 0, pos) - 1
        else:
            self._column += pos
        rest = buf[pos:] + self._held
        size = max(_CHUNK, len(rest)) if more else _CHUNK
        data = self._handle.read(size)
        self._sha256.update(data)
        pending = len(self._decoder.getstate()[0])
        try:
            text = self._decoder.decode(data, final=not data)
        except UnicodeDecodeError as exc:
            byte = self._bytes - pending + exc.start
            refuse(msg("the file is not UTF-8 text (byte {byte}); it is not an archive", byte=byte))
        self._bytes += len(data)
        if not self._started and (text or not data):
            self._started = True
            if text.startswith("\ufeff"):
                self._buf, self._pos = rest + text, 0
                self._syntax("Unexpected UTF-8 BOM (decode using utf-8-sig)", 0)
        self._held = ""
        if data and not more:
            cut = text.rfind("\n") + 1
            if cut:
                text, self._held = text[:cut], text[cut:]
        self._buf, self._pos = rest + text, 0
        self._eof = not data

    def _place(self, at: int) -> tuple[int, int]:
        """The line and column (from 1) in the file of position ``at`` of the buffer."""
        newlines = self._buf.count("\n", 0, at)
        line = self._lines + newlines + 1
        if newlines:
            return line, at - self._buf.rfind("\n", 0, at)
        return line, self._column + at + 1

    def _syntax(self, message: str, pos: int | None = None) -> NoReturn:
        line, column = self._place(self._pos if pos is None else pos)
        refuse(
            msg(
                "the file is not valid JSON (line {line}, column {column}: {problem}); "
                "it may be truncated or damaged",
                line=line,
                column=column,
                problem=message,
            )
        )
