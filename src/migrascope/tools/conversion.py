"""Turn raw rows into canonical records under a mapping; nothing is dropped.

A mapping is compiled once per file into a plan: for every canonical field, the
columns that feed it and how (alone, summed, primary/fallback, cores per socket
× sockets, split from a combined value, inverted). Rows are then converted
against the plan with a per-column cache of parsed values, because inventory
columns repeat a few values (memory sizes, OS names) across 100k rows.
The raw row is always kept whole; a value that cannot be parsed, or whose unit
is unknown, stays raw in ``extra`` and the row carries a problem message.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

from migrascope.config import canonical_schema, load_data
from migrascope.memory import AssetRecord
from migrascope.tools.mapping import ColumnMapping, MappingResult
from migrascope.tools.profiling import json_scalars
from migrascope.tools.readers import RawRow
from migrascope.tools.units import parse_value

__all__ = [
    "RowConverter",
    "convert_row",
    "iter_records",
    "last_segment",
    "split_make_model",
    "split_os",
]

_CACHE_LIMIT = 20_000
_FIRST_DIGIT = re.compile(r"\s(?=v?\d)")
_MAKE_MODEL_SEP = re.compile(r"\s*(?:/|\||;|\s-\s)\s*")
_Parsed = tuple[Any, str | None]


def split_os(value: str) -> tuple[str, str | None]:
    """'Red Hat Enterprise Linux 8.6' → ('Red Hat Enterprise Linux', '8.6')."""
    text = " ".join(value.split())
    m = _FIRST_DIGIT.search(text)
    if not m:
        return text, None
    return text[: m.start()].strip(), text[m.end() :].strip() or None


@cache
def _manufacturers() -> tuple[str, ...]:
    names = load_data("profiles.toml").get("manufacturers", [])
    return tuple(sorted((n.lower() for n in names), key=len, reverse=True))


def split_make_model(value: str) -> tuple[str, str | None]:
    """'Dell PowerEdge R740' → ('Dell', 'PowerEdge R740'); 'HPE / DL380' → ('HPE', 'DL380')."""
    text = " ".join(value.split())
    parts = _MAKE_MODEL_SEP.split(text, maxsplit=1)
    if len(parts) == 2 and parts[0] and parts[1]:
        return parts[0], parts[1]
    low = text.lower()
    for name in _manufacturers():
        if low.startswith(name + " "):
            return text[: len(name)], text[len(name) :].strip() or None
    head, _, rest = text.partition(" ")
    return head, rest or None


_PARSED_KINDS = frozenset({"size", "integer", "boolean", "date"})
# Text kinds cleaned only when a value carries the mark (hosts lose a ``DOMAIN\\``
# prefix, addresses a ``:port``): the rest of a large file keeps the plain-text path.
_CLEANED_WHEN = {"hostname": "\\", "ip": ":"}


@cache
def _kinds() -> dict[str, str]:
    return {f.name: f.kind for f in canonical_schema()}


def last_segment(text: str) -> tuple[str, str | None]:
    """``https://.../zones/europe-west1-b`` → ``europe-west1-b`` (a resource URL's name)."""
    return text.rstrip("/").rsplit("/", 1)[-1], None


_SPLITTERS: dict[str, Callable[[str], tuple[str, str | None]]] = {
    "split_os": split_os,
    "split_make_model": split_make_model,
    "last_segment": last_segment,
}


@dataclass
class _Feed:
    index: int
    header: str
    target: str
    combine: str | None
    unit: str | None
    inverted: bool
    transform: str | None
    also: tuple[str, ...]
    per_socket_of: int | None
    unit_index: int | None
    cache: dict[Any, _Parsed]
    text: bool = False
    json_list: bool = False
    mark: str | None = None


class RowConverter:
    """A mapping compiled for one file's headers; ``convert`` turns a row into a record."""

    def __init__(self, headers: Sequence[str], applied: Mapping[str, ColumnMapping]) -> None:
        self.headers = list(headers)
        index = {h: i for i, h in enumerate(self.headers)}
        self._feeds: list[_Feed] = []
        for header, m in applied.items():
            if m.target is None or header not in index:
                continue
            self._feeds.append(
                _Feed(
                    index=index[header],
                    header=header,
                    target=m.target,
                    combine=m.combine,
                    unit=m.unit,
                    inverted=m.transform == "invert",
                    transform=m.transform if m.transform in _SPLITTERS else None,
                    also=tuple(m.also),
                    per_socket_of=index.get(m.per_socket_of) if m.per_socket_of else None,
                    unit_index=index.get(m.unit_column) if m.unit_column else None,
                    cache={},
                    json_list=m.transform == "json_list",
                )
            )
        # Primary columns before fallbacks, so a fallback only fills what is empty.
        self._feeds.sort(key=lambda f: (f.combine == "fallback", f.index))
        self._direct = {f.target for f in self._feeds}
        self._mapped_headers = {f.header for f in self._feeds}
        for f in self._feeds:
            # Plain text needs no parsing: the hot path of a 100k-row file.
            f.text = (
                _kinds().get(f.target, "text") not in _PARSED_KINDS
                and f.transform is None
                and not f.json_list
            )
            f.mark = _CLEANED_WHEN.get(_kinds().get(f.target, "text"))

    def _parse(self, feed: _Feed, raw: str, values: Sequence[str]) -> _Parsed:
        unit = feed.unit
        key: Any = raw
        if feed.unit_index is not None and feed.unit_index < len(values):
            unit = values[feed.unit_index].strip().lower() or feed.unit
            key = (raw, unit)
        hit = feed.cache.get(key)
        if hit is not None:
            return hit
        if feed.json_list:
            # ``["2"]`` in a CSV cell: the array's items, as the JSON reader gives them.
            raw = json_scalars(raw) or raw
        if feed.transform is not None:
            parsed: _Parsed = (" ".join(raw.split()) or None, None)
        else:
            parsed = parse_value(feed.target, raw, unit=unit, inverted=feed.inverted)
        if len(feed.cache) < _CACHE_LIMIT:
            feed.cache[key] = parsed
        return parsed

    def convert(self, row: RawRow) -> AssetRecord:
        """Canonical values for mapped columns, the rest in ``extra``; raw kept whole."""
        values = row.values
        headers = self.headers
        width = len(headers)
        if len(values) <= width:
            raw: dict[str, Any] = dict(zip(headers, values, strict=False))
        else:
            raw = dict(zip(headers, values, strict=False))
            for k in range(width, len(values)):
                raw[f"_overflow_{k - width + 1}"] = values[k]
        extra: dict[str, Any] = {
            h: v for h, v in raw.items() if v != "" and h not in self._mapped_headers
        }
        canonical: dict[str, Any] = {}
        problems = list(row.problems)
        derived: dict[str, Any] | None = None
        n = len(values)
        for feed in self._feeds:
            value = values[feed.index] if feed.index < n else ""
            if not value or value.isspace():
                continue
            if feed.text:
                if feed.target not in canonical:
                    text = value.strip()
                    if feed.mark is not None and feed.mark in text:
                        text = parse_value(feed.target, text)[0]
                    canonical[feed.target] = text
                continue
            parsed, problem = self._parse(feed, value, values)
            if problem:
                problems.append(f"row {row.number}, column {feed.header!r}: {problem}")
                extra[feed.header] = value
                continue
            if parsed is None:
                continue
            if feed.transform is not None:
                first, second = _SPLITTERS[feed.transform](parsed)
                parsed = first
                for other in feed.also:
                    if second is not None and other not in self._direct:
                        derived = derived or {}
                        derived.setdefault(other, second)
            if feed.combine == "per_socket":
                sockets = self._sockets(feed, values)
                if sockets is None:
                    problems.append(
                        f"row {row.number}, column {feed.header!r}: cores per socket without a "
                        "socket count; total cores left empty"
                    )
                    extra[feed.header] = value
                    continue
                parsed = parsed * sockets
            have = canonical.get(feed.target)
            if have is None:
                canonical[feed.target] = parsed
            elif feed.combine == "sum" and isinstance(parsed, (int, float)):
                canonical[feed.target] = round(have + parsed, 4)
        if derived:
            for target, value in derived.items():
                canonical.setdefault(target, value)
        return AssetRecord(
            row_number=row.number, raw=raw, canonical=canonical, extra=extra, problems=problems
        )

    def _sockets(self, feed: _Feed, values: Sequence[str]) -> int | None:
        j = feed.per_socket_of
        if j is None or j >= len(values):
            return None
        parsed, problem = parse_value("cpu_sockets", values[j])
        return parsed if problem is None and isinstance(parsed, int) and parsed > 0 else None


def convert_row(
    row: RawRow, headers: Sequence[str], applied: Mapping[str, ColumnMapping]
) -> AssetRecord:
    """Convert one row (compiles the mapping each call; use ``RowConverter`` for many)."""
    return RowConverter(headers, applied).convert(row)


def iter_records(
    rows: Iterable[RawRow], headers: Sequence[str], mapping: MappingResult
) -> Iterator[AssetRecord]:
    """Convert rows lazily (the file may hold a million of them)."""
    converter = RowConverter(headers, mapping.applied())
    for row in rows:
        yield converter.convert(row)
