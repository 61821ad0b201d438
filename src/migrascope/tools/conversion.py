"""Turn a raw row into a canonical record under a mapping; nothing is dropped."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from migrascope.memory import AssetRecord
from migrascope.tools.mapping import ColumnMapping, MappingResult
from migrascope.tools.readers import RawRow
from migrascope.tools.units import parse_value

__all__ = ["convert_row", "iter_records"]

_INVERTED_HEADERS = ("isphysical", "is physical", "physical")


def _is_inverted(header: str) -> bool:
    low = header.lower().replace("_", " ")
    return any(low.strip() == h or low.replace(" ", "") == h for h in _INVERTED_HEADERS)


def convert_row(
    row: RawRow, headers: Sequence[str], applied: dict[str, ColumnMapping]
) -> AssetRecord:
    """Canonical values for mapped columns, the rest in ``extra``; raw kept whole."""
    raw: dict[str, Any] = {}
    canonical: dict[str, Any] = {}
    extra: dict[str, Any] = {}
    problems = list(row.problems)
    for i, value in enumerate(row.values):
        header = headers[i] if i < len(headers) else f"_overflow_{i - len(headers) + 1}"
        raw[header] = value
        mapping = applied.get(header)
        if mapping is None or mapping.target is None:
            if value != "":
                extra[header] = value
            continue
        parsed, problem = parse_value(
            mapping.target, value, unit=mapping.unit, inverted=_is_inverted(header)
        )
        if problem:
            problems.append(f"row {row.number}, column {header!r}: {problem}")
            extra[header] = value
            continue
        if parsed is not None and canonical.get(mapping.target) is None:
            canonical[mapping.target] = parsed
    return AssetRecord(
        row_number=row.number, raw=raw, canonical=canonical, extra=extra, problems=problems
    )


def iter_records(
    rows: Iterable[RawRow], headers: Sequence[str], mapping: MappingResult
) -> Iterator[AssetRecord]:
    """Convert rows lazily (the file may hold a million of them)."""
    applied = mapping.applied()
    for row in rows:
        yield convert_row(row, headers, applied)
