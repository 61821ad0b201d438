"""XLSX workbooks, streamed read-only; every sheet is considered, the choice reported.

A workbook often holds several tables (RVTools: vInfo, vCPU, vMemory, vDisk,
vHost, ...). Each sheet is scored by how many of its header cells name a
canonical field, how many rows it has, and whether its name says "inventory"
(``vInfo``, ``Servers``); the best one is read and the scores of all of them go
into the notes, so a person sees what was chosen and what was passed over.
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from contextlib import contextmanager
from itertools import chain, islice
from pathlib import Path
from typing import Any, NamedTuple

from migrascope.errors import InputError
from migrascope.tools.readers import RawRow, RawTable, _dedupe_headers, _find_header

__all__ = ["open_xlsx", "score_sheets"]

# RVTools names its VM sheet vInfo; other tools name the inventory plainly.
_PREFERRED_SHEETS = ("vinfo", "inventory", "servers", "assets", "devices", "hosts", "machines")
_LEAD_ROWS = 25


class SheetScore(NamedTuple):
    """How likely a sheet is the inventory: known header cells, rows, a telling name."""

    name: str
    score: float
    known: int
    rows: int
    header_row: int


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _lead(sheet: Any) -> list[list[str]]:
    return [
        [_cell(v) for v in raw] for raw in islice(sheet.iter_rows(values_only=True), _LEAD_ROWS)
    ]


def score_sheets(book: Any) -> list[SheetScore]:
    """Every sheet's score, best first."""
    from migrascope.tools.mapping_lexicon import name_evidence

    scores = []
    for name in book.sheetnames:
        sheet = book[name]
        lead = [r for r in _lead(sheet) if any(c.strip() for c in r)]
        if not lead:
            scores.append(SheetScore(name, -1.0, 0, 0, 0))
            continue
        at = _find_header(lead)
        header = [c for c in lead[at] if c.strip()]
        known = sum(1 for h in header if (ev := name_evidence(h)) and ev[0].score >= 0.8)
        rows = max(0, (sheet.max_row or len(lead)) - at - 1)
        preferred = 3.0 if name.strip().lower() in _PREFERRED_SHEETS else 0.0
        score = 2.0 * known + math.log1p(rows) + preferred
        scores.append(SheetScore(name, score, known, rows, at))
    return sorted(scores, key=lambda s: -s.score)


@contextmanager
def open_xlsx(path: Path) -> Iterator[RawTable]:
    """Open the workbook's inventory sheet as a table."""
    import openpyxl

    try:
        book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many types for a damaged file
        raise InputError(f"{path} is not a readable XLSX workbook: {exc}") from exc
    try:
        ranking = score_sheets(book)
        if not ranking or ranking[0].score < 0:
            raise InputError(f"{path}: no sheet of the workbook has a header row.")
        chosen = ranking[0]
        sheet = book[chosen.name]
        it = sheet.iter_rows(values_only=True)
        header_cells: list[str] = []
        skipped = 0
        for raw in it:
            cells = [_cell(v) for v in raw]
            if not any(c.strip() for c in cells):
                continue
            if skipped == chosen.header_row:
                header_cells = cells
                break
            skipped += 1
        while header_cells and not header_cells[-1].strip():
            header_cells.pop()
        if len([c for c in header_cells if c.strip()]) < 2:
            raise InputError(f"{path}: sheet {chosen.name!r} has no header row.")
        headers, notes = _dedupe_headers(header_cells)
        width = len(headers)

        def body() -> Iterator[RawRow]:
            number = 0
            for raw in it:
                cells = [_cell(v) for v in raw][:width]
                if not any(c.strip() for c in cells):
                    continue
                number += 1
                yield RawRow(number, cells + [""] * (width - len(cells)), [])

        stream = body()
        sample = [row for _, row in zip(range(500), stream, strict=False)]
        others = [f"{s.name} ({s.known} known columns, {s.rows} rows)" for s in ranking[1:]]
        notes.insert(
            0,
            f"sheet: {chosen.name!r} chosen ({chosen.known} known columns, {chosen.rows} rows)"
            + (f"; also considered: {', '.join(others)}" if others else ""),
        )
        if chosen.header_row:
            notes.append(f"header found on row {chosen.header_row + 1} of {chosen.name!r}")
        yield RawTable(
            path=path,
            format="xlsx",
            headers=headers,
            sample=sample,
            rows=chain(sample, stream),
            sheet=chosen.name,
            header_line=chosen.header_row + 1,
            notes=notes,
        )
    finally:
        book.close()
