"""JSON inventories: an array of objects, an object holding one, or JSON Lines.

Nested objects are flattened to dotted names (``OS.Name``) because that is how
discovery tools (AWS, Device42) nest attributes, and how people refer to them.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
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


def _records(path: Path, head: bytes) -> tuple[list[dict[str, Any]], str]:
    text = path.read_text(encoding="utf-8-sig", errors="replace")
    stripped = text.lstrip()
    if stripped.startswith("{") and "\n{" in stripped:
        records = []
        for lineno, line in enumerate(text.splitlines(), 1):
            if not line.strip():
                continue
            try:
                records.append(json.loads(line))
            except json.JSONDecodeError as exc:
                raise InputError(f"{path}: line {lineno} is not valid JSON: {exc.msg}") from exc
        return records, "jsonl"
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(
            f"{path}: not valid JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}"
        ) from exc
    if isinstance(data, dict):
        lists = [v for v in data.values() if isinstance(v, list) and v and isinstance(v[0], dict)]
        if not lists:
            return [data], "json"
        data = max(lists, key=len)
    if not isinstance(data, list):
        raise InputError(f"{path}: expected a JSON array of objects.")
    return data, "json"


@contextmanager
def open_json(path: Path, head: bytes) -> Iterator[RawTable]:
    """Open a JSON or JSON Lines file as a table."""
    records, fmt = _records(path, head)
    flat: list[dict[str, str] | None] = [
        flatten(r) if isinstance(r, dict) else None for r in records
    ]
    headers: list[str] = []
    seen: set[str] = set()
    for rec in flat:
        for key in rec or {}:
            if key not in seen:
                seen.add(key)
                headers.append(key)
    rows: list[RawRow] = []
    for number, rec in enumerate(flat, 1):
        if rec is None:
            rows.append(RawRow(number, [""] * len(headers), [f"row {number} is not an object"]))
        else:
            rows.append(RawRow(number, [rec.get(h, "") for h in headers], []))
    yield RawTable(
        path=path,
        format=fmt,
        headers=headers,
        sample=rows[:500],
        rows=iter(rows),
        encoding="utf-8",
        notes=[f"format: {fmt}, {len(rows)} records, nested keys flattened with '.'"],
    )
