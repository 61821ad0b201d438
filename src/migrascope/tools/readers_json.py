"""JSON inventories: an array of objects, an object holding one, or JSON Lines.

Nested objects are flattened to dotted names (``OS.Name``) because that is how
discovery tools (AWS, Device42) nest attributes, and how people refer to them.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from itertools import chain, islice
from pathlib import Path
from typing import Any

from migrascope.errors import InputError
from migrascope.tools.readers import RawRow, RawTable
from migrascope.tools.readers_json_stream import scan_layout, stream_records

__all__ = ["flatten", "join_scalars", "open_json"]


def join_scalars(items: list[Any]) -> str:
    """A list of scalars as one cell: items joined with ';'.

    Empty items say nothing (Datadog's ``macV`` = ["", "", ""] on Linux) and are left
    out; a list of nothing is an empty cell.
    """
    return ";".join(str(v) for v in items if v is not None and str(v).strip())


def flatten(obj: dict[str, Any], prefix: str = "") -> dict[str, str]:
    """Dotted keys for nested objects; lists joined with ';'.

    A list of objects (``ip_addresses: [{ip: ...}, ...]``) becomes one column per
    key (``ip_addresses.ip``) holding every element's value, the first (primary)
    one first, so nothing of the record is lost.
    """
    out: dict[str, str] = {}
    for key, value in obj.items():
        name = f"{prefix}{key}"
        if isinstance(value, dict):
            out.update(flatten(value, f"{name}."))
        elif isinstance(value, list):
            if all(not isinstance(v, (dict, list)) for v in value):
                out[name] = join_scalars(value)
            elif all(isinstance(v, dict) for v in value):
                parts: dict[str, list[str]] = {}
                for element in value:
                    for key2, text in flatten(element, f"{name}.").items():
                        parts.setdefault(key2, []).append(text)
                for key2, texts in parts.items():
                    out[key2] = ";".join(t for t in texts if t)
            else:
                out[name] = json.dumps(value, ensure_ascii=False)
        elif value is None:
            out[name] = ""
        elif isinstance(value, bool):
            out[name] = "true" if value else "false"
        else:
            out[name] = str(value)
    return out


_JSONL_LINE_LIMIT = 1 << 20  # a longer first line is one document, not a JSON Lines record


def _is_jsonl(path: Path) -> bool:
    """True for JSON Lines: an object on the first line and more lines after it.

    Reads at most one bounded line, so a 300 MB one-line array is not pulled in.
    """
    with path.open("r", encoding="utf-8-sig", errors="replace") as fh:
        first = ""
        while True:
            line = fh.readline(_JSONL_LINE_LIMIT)
            if not line:
                return False
            if line.strip():
                first = line.strip()
                break
        if not first.startswith("{") or not line.endswith("\n"):
            return False
        try:
            json.loads(first)
        except json.JSONDecodeError:
            return False
        # One object on one line is a document (maybe holding the array), not JSON Lines.
        while True:
            line = fh.readline(_JSONL_LINE_LIMIT)
            if not line:
                return False
            if line.strip():
                return True


def _jsonl_records(path: Path) -> Iterator[tuple[int, Any]]:
    """(line number, parsed object) of a JSON Lines file, streamed."""
    with path.open("r", encoding="utf-8-sig", errors="replace") as fh:
        for lineno, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                yield lineno, json.loads(line)
            except json.JSONDecodeError as exc:
                raise InputError(f"{path}: line {lineno} is not valid JSON: {exc.msg}") from exc


@contextmanager
def open_json(path: Path, head: bytes) -> Iterator[RawTable]:
    """Open a JSON or JSON Lines file as a table.

    Both JSON Lines and a JSON array (top-level, or held by an object's field) are
    streamed twice: once for the union of keys, once for the rows, so a file of any
    length reads in bounded memory (``readers_json_stream``).
    """
    headers: list[str] = []
    seen: set[str] = set()

    def learn(flat: dict[str, str]) -> None:
        for key in flat:
            if key not in seen:
                seen.add(key)
                headers.append(key)

    if _is_jsonl(path):
        fmt = "jsonl"
        count = 0
        for count, (_, rec) in enumerate(_jsonl_records(path), 1):  # noqa: B007
            if isinstance(rec, dict):
                learn(flatten(rec))

        def source() -> Iterator[Any]:
            for _, rec in _jsonl_records(path):
                yield rec

        records: Any = source()
    else:
        fmt = "json"
        learned: dict[str | None, dict[str, None]] = {}  # ordered key sets per array

        def visit(key: str | None, rec: Any) -> None:
            if isinstance(rec, dict):
                learned.setdefault(key, {}).update(dict.fromkeys(flatten(rec)))

        layout = scan_layout(path, visit)
        count = layout.count
        if layout.single is not None:
            learn(flatten(layout.single))
        learn(dict.fromkeys(learned.get(layout.key, {}), ""))
        records = stream_records(path, layout)

    def rows() -> Iterator[RawRow]:
        for number, rec in enumerate(records, 1):
            if not isinstance(rec, dict):
                yield RawRow(number, [""] * len(headers), [f"row {number} is not an object"])
                continue
            flat = flatten(rec)
            yield RawRow(number, [flat.get(h, "") for h in headers], [])

    stream = rows()
    sample = list(islice(stream, 500))
    yield RawTable(
        path=path,
        format=fmt,
        headers=headers,
        sample=sample,
        rows=chain(sample, stream),
        encoding="utf-8",
        notes=[f"format: {fmt}, {count} records, nested keys flattened with '.'"],
    )
