"""XLSX workbooks, streamed read-only; the inventory sheet is chosen and reported."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from itertools import chain
from pathlib import Path
from typing import Any

from migrascope.errors import InputError
from migrascope.tools.readers import RawRow, RawTable

__all__ = ["open_xlsx"]

# RVTools names its VM sheet vInfo; other tools put the inventory first.
_PREFERRED_SHEETS = ("vinfo", "inventory", "servers", "assets", "devices", "hosts")


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


@contextmanager
def open_xlsx(path: Path) -> Iterator[RawTable]:
    """Open the workbook's inventory sheet as a table."""
    import openpyxl

    try:
        book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many types for a damaged file
        raise InputError(f"{path} is not a readable XLSX workbook: {exc}") from exc
    try:
        names = book.sheetnames
        chosen = next((n for n in names if n.lower() in _PREFERRED_SHEETS), None)
        if chosen is None:
            sizes = {n: (book[n].max_row or 0) * (book[n].max_column or 0) for n in names}
            chosen = max(names, key=lambda n: sizes[n])
        sheet = book[chosen]
        it = sheet.iter_rows(values_only=True)
        header_cells: list[str] = []
        for raw in it:
            cells = [_cell(v) for v in raw]
            if sum(1 for c in cells if c.strip()) >= 2:
                header_cells = cells
                break
        if not header_cells:
            raise InputError(f"{path}: sheet {chosen!r} has no header row.")
        while header_cells and not header_cells[-1].strip():
            header_cells.pop()
        headers = [h.strip() or f"column_{i + 1}" for i, h in enumerate(header_cells)]
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
        others = [n for n in names if n != chosen]
        notes = [
            f"sheet: {chosen!r} chosen"
            + (f" (also present: {', '.join(others)})" if others else "")
        ]
        yield RawTable(
            path=path,
            format="xlsx",
            headers=headers,
            sample=sample,
            rows=chain(sample, stream),
            sheet=chosen,
            notes=notes,
        )
    finally:
        book.close()
