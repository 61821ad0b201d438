"""Incremental reading of a JSON document: the records of its array, one at a time.

``json.loads`` on a 300 MB export holds the text and every parsed record at once
(several GB). Exports are one array of records (``[{...}, {...}]``) or an object
holding it (``{"Devices": [...]}``), so the reader walks the outer structure itself
and hands each record to ``json.JSONDecoder.raw_decode`` from a bounded buffer:
memory is one chunk plus one record, whatever the file's length.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from migrascope.errors import InputError

__all__ = ["JsonLayout", "scan_layout", "stream_records"]

_CHUNK = 1 << 16
_WS = " \t\r\n"
_DECODER = json.JSONDecoder()


class _Cursor:
    """A read position over a text file with a buffer that is refilled and trimmed."""

    def __init__(self, fh: IO[str], path: Path) -> None:
        self.fh, self.path = fh, path
        self.buf, self.pos, self.eof = "", 0, False
        self.dropped_chars, self.dropped_lines = 0, 0

    def _fill(self) -> bool:
        if self.eof:
            return False
        more = self.fh.read(_CHUNK)
        if not more:
            self.eof = True
            return False
        done = self.buf[: self.pos]
        self.dropped_chars += len(done)
        self.dropped_lines += done.count("\n")
        self.buf, self.pos = self.buf[self.pos :] + more, 0
        return True

    def peek(self) -> str:
        """The next non-blank character ('' at the end), not consumed."""
        while True:
            while self.pos < len(self.buf) and self.buf[self.pos] in _WS:
                self.pos += 1
            if self.pos < len(self.buf) or not self._fill():
                return self.buf[self.pos] if self.pos < len(self.buf) else ""

    def take(self, expected: str) -> None:
        if self.peek() != expected:
            self.fail(f"expected {expected!r}")
        self.pos += 1

    def value(self) -> Any:
        """Decode the next whole JSON value, reading more of the file as needed."""
        self.peek()
        while True:
            try:
                obj, end = _DECODER.raw_decode(self.buf, self.pos)
            except json.JSONDecodeError as exc:
                if self._fill():
                    continue
                self.fail(exc.msg, exc.pos)
            if end == len(self.buf) and self._fill():
                continue  # a number may go on in the next chunk ("12" | "34")
            self.pos = end
            return obj

    def fail(self, msg: str, at: int | None = None) -> Any:
        at = self.pos if at is None else at
        line = self.dropped_lines + self.buf.count("\n", 0, at) + 1
        raise InputError(
            f"{self.path}: not valid JSON at line {line} "
            f"(character {self.dropped_chars + at + 1}): {msg}."
        )

    def elements(self) -> Iterator[Any]:
        """The elements of the array that starts here, streamed."""
        self.take("[")
        if self.peek() == "]":
            self.pos += 1
            return
        while True:
            yield self.value()
            nxt = self.peek()
            self.pos += 1
            if nxt == "]":
                return
            if nxt != ",":
                self.fail("expected ',' or ']' between array elements", self.pos - 1)


class JsonLayout:
    """Where the records of a JSON document are: the top-level array, or one key's."""

    def __init__(self, key: str | None, count: int, single: Any = None) -> None:
        self.key, self.count, self.single = key, count, single


def _open(path: Path) -> IO[str]:
    return path.open("r", encoding="utf-8-sig", errors="replace")


def scan_layout(path: Path, visit: Any) -> JsonLayout:
    """Walk the document once, calling ``visit(key, record)`` for each array element.

    ``key`` is None for a top-level array, else the name of the top-level field
    holding the array. The records live in the longest array whose first element is
    an object (what a tool's ``{"Devices": [...], "total_count": 12}`` wraps).
    """
    with _open(path) as fh:
        cur = _Cursor(fh, path)
        first = cur.peek()
        if first == "[":
            count = 0
            for count, rec in enumerate(cur.elements(), 1):  # noqa: B007
                visit(None, rec)
            _expect_end(cur)
            return JsonLayout(None, count)
        if first != "{":
            raise InputError(f"{path}: expected a JSON array of objects or JSON Lines.")
        counts: dict[str, int] = {}
        whole: dict[str, Any] = {}
        cur.take("{")
        if cur.peek() == "}":
            cur.pos += 1
        else:
            while True:
                key = cur.value()
                if not isinstance(key, str):
                    cur.fail("expected a field name")
                cur.take(":")
                if cur.peek() == "[":
                    n, objects, scalars = 0, False, []
                    for n, rec in enumerate(cur.elements(), 1):
                        if n == 1:
                            objects = isinstance(rec, dict)
                        if objects:
                            visit(key, rec)
                        else:
                            scalars.append(rec)  # part of a single record (tags, ...)
                    if objects:
                        counts[key] = n
                    else:
                        whole[key] = scalars
                else:
                    whole[key] = cur.value()
                nxt = cur.peek()
                cur.pos += 1
                if nxt == "}":
                    break
                if nxt != ",":
                    cur.fail("expected ',' or '}' between fields", cur.pos - 1)
        _expect_end(cur)
        if not counts:
            return JsonLayout(None, 1, single=whole)
        key = max(counts, key=lambda k: counts[k])
        return JsonLayout(key, counts[key])


def _expect_end(cur: _Cursor) -> None:
    if cur.peek() != "":
        cur.fail("unexpected data after the JSON document")


def stream_records(path: Path, layout: JsonLayout) -> Iterator[Any]:
    """The records of ``layout`` in file order, one at a time."""
    if layout.single is not None:
        yield layout.single
        return
    with _open(path) as fh:
        cur = _Cursor(fh, path)
        if layout.key is None:
            yield from cur.elements()
            return
        cur.take("{")
        while True:
            key = cur.value()
            cur.take(":")
            if key == layout.key and cur.peek() == "[":
                yield from cur.elements()
                return
            if cur.peek() == "[":
                for _ in cur.elements():
                    pass
            else:
                cur.value()
            if cur.peek() != ",":
                return
            cur.pos += 1
