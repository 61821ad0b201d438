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

__all__ = ["flatten", "open_json"]


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
                out[name] = ";".join("" if v is None else str(v) for v in value)
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


def _is_jsonl(path: Path) -> bool:
    with path.open("r", encoding="utf-8-sig", errors="replace") as fh:
        first = ""
        for line in fh:
            if line.strip():
                first = line.strip()
                break
        if not first.startswith("{"):
            return False
        try:
            json.loads(first)
        except json.JSONDecodeError:
            return False
        # One object on one line is a document (maybe holding the array), not JSON Lines.
        return any(line.strip() for line in fh)


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


def _array_records(path: Path) -> list[Any]:
    text = path.read_text(encoding="utf-8-sig", errors="replace")
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(
            f"{path}: not valid JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}"
        ) from exc
    if isinstance(data, dict):
        lists = [v for v in data.values() if isinstance(v, list) and v and isinstance(v[0], dict)]
        if not lists:
            return [data]
        data = max(lists, key=len)
    if not isinstance(data, list):
        raise InputError(f"{path}: expected a JSON array of objects or JSON Lines.")
    return data


@contextmanager
def open_json(path: Path, head: bytes) -> Iterator[RawTable]:
    """Open a JSON or JSON Lines file as a table.

    JSON Lines is streamed twice (once for the union of keys, once for the rows),
    so a file of any length reads in bounded memory; a JSON array is parsed whole.
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
        records = _array_records(path)
        count = len(records)
        for rec in records:
            if isinstance(rec, dict):
                learn(flatten(rec))

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
