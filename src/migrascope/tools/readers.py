"""Read inventory files as a header plus a lazy stream of rows.

Exports arrive in any encoding and delimiter, with title lines above the header
and rows that don't match it. The reader never guesses silently: every choice it
makes (encoding, delimiter, header row) is reported in ``notes``, and every row it
had to repair carries a problem message.
"""

from __future__ import annotations

import codecs
import csv
import hashlib
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from itertools import chain
from pathlib import Path
from typing import NamedTuple

from charset_normalizer import from_bytes

from migrascope.errors import InputError

__all__ = ["RawRow", "RawTable", "file_sha256", "open_table"]

_SAMPLE_BYTES = 1 << 20
_SAMPLE_ROWS = 500
_DELIMITERS = ",;\t|"
# Read only when none of the above splits the lines: Oxidized's and RANCID's router.db are
# colon-separated, but times, IPv6 and MAC addresses put colons inside ordinary cells.
_LAST_RESORT_DELIMITER = ":"
csv.field_size_limit(1 << 24)


class RawRow(NamedTuple):
    """One data row: its 1-based number, values aligned to the header, and problems."""

    number: int
    values: list[str]
    problems: list[str]


@dataclass
class RawTable:
    """A table being read: header, a sample of rows for profiling, and all rows lazily."""

    path: Path
    format: str
    headers: list[str]
    sample: list[RawRow]
    rows: Iterator[RawRow]
    encoding: str | None = None
    delimiter: str | None = None
    sheet: str | None = None
    header_line: int = 1
    notes: list[str] = field(default_factory=list)


def file_sha256(path: Path) -> str:
    """Content hash of a file, streamed (so re-imports of the same bytes are caught)."""
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def _check_readable(path: Path) -> bytes:
    if not path.exists():
        raise InputError(f"{path}: no such file.")
    if path.is_dir():
        raise InputError(f"{path} is a directory; give an inventory file (CSV, XLSX or JSON).")
    with path.open("rb") as fh:
        head = fh.read(_SAMPLE_BYTES)
    if not head.strip():
        raise InputError(f"{path} is empty: there is no header and no data to read.")
    return head


def _detect_encoding(path: Path, head: bytes) -> tuple[str, list[str]]:
    if head.startswith(codecs.BOM_UTF8):
        return "utf-8-sig", ["encoding: UTF-8 with BOM"]
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16", ["encoding: UTF-16 (BOM)"]
    if b"\x00" in head[:8192]:
        # UTF-16 without a BOM shows NULs on every other byte of ASCII text.
        even, odd = head[0:4096:2].count(0), head[1:4096:2].count(0)
        if odd > 0.4 * len(head[1:4096:2]) and even == 0:
            return "utf-16-le", ["encoding: UTF-16 LE (no BOM, detected)"]
        if even > 0.4 * len(head[0:4096:2]) and odd == 0:
            return "utf-16-be", ["encoding: UTF-16 BE (no BOM, detected)"]
        offset = head.index(b"\x00")
        raise InputError(
            f"{path} looks binary (a NUL byte at offset {offset}), not a CSV, XLSX or JSON "
            "inventory export."
        )
    try:
        head.decode("utf-8")
        return "utf-8", []
    except UnicodeDecodeError as exc:
        if exc.start >= len(head) - 3 and len(head) == _SAMPLE_BYTES:
            return "utf-8", []  # a character cut by the sample boundary
    guess = from_bytes(head).best()
    encoding = guess.encoding if guess is not None else "cp1252"
    if encoding in {"ascii", "utf_8"}:
        encoding = "cp1252"
    return encoding, [f"encoding: {encoding} (not UTF-8; detected from the bytes)"]


def _detect_delimiter(text: str) -> str:
    lines = [line for line in text.splitlines()[:50] if line.strip()]
    best, best_score = ",", -1.0
    for delim in _DELIMITERS:
        counts = [next(csv.reader([line], delimiter=delim), []).__len__() for line in lines]
        counts = [c for c in counts if c > 1]
        if not counts:
            continue
        modal = max(set(counts), key=counts.count)
        score = counts.count(modal) * modal
        if score > best_score:
            best, best_score = delim, score
    if best_score < 0 and len(lines) >= 2:
        widths = {len(line.split(_LAST_RESORT_DELIMITER)) for line in lines}
        if len(widths) == 1 and widths.pop() > 1:
            return _LAST_RESORT_DELIMITER
    return best


def _looks_like_header(cells: list[str]) -> bool:
    filled = [c.strip() for c in cells if c.strip()]
    if len(filled) < max(2, len(cells) // 2):
        return False
    numeric = sum(1 for c in filled if c.replace(".", "", 1).replace("-", "", 1).isdigit())
    return numeric <= len(filled) // 4 and len(set(filled)) == len(filled)


def _find_header(rows: list[list[str]]) -> int:
    """Index of the header row: the first row shaped like the body below it."""
    widths = [len([c for c in r if c.strip()]) for r in rows]
    body = widths[min(len(widths) - 1, 5) :] or widths
    modal = max(set(body), key=body.count) if body else 0
    for i, row in enumerate(rows[:20]):
        if len(row) >= max(2, modal) and _looks_like_header(row):
            return i
    return 0


def _dedupe_headers(headers: list[str]) -> tuple[list[str], list[str]]:
    seen: dict[str, int] = {}
    out, notes = [], []
    for i, name in enumerate(headers):
        clean = name.strip().lstrip("\ufeff") or f"column_{i + 1}"
        if clean in seen:
            seen[clean] += 1
            renamed = f"{clean} ({seen[clean]})"
            notes.append(f"duplicate column {clean!r} renamed to {renamed!r}")
            clean = renamed
        else:
            seen[clean] = 1
        out.append(clean)
    return out, notes


def _align(number: int, cells: list[str], width: int) -> RawRow:
    if len(cells) == width and "\ufffd" not in "".join(cells):
        return RawRow(number, cells, [])  # the common case, kept cheap for 1M-row files
    problems: list[str] = []
    if len(cells) < width:
        if any(c.strip() for c in cells):
            problems.append(
                f"row {number} has {len(cells)} fields, the header has {width}: "
                "missing values left empty"
            )
        cells = cells + [""] * (width - len(cells))
    elif len(cells) > width:
        surplus = cells[width:]
        if any(c.strip() for c in surplus):
            problems.append(
                f"row {number} has {len(cells)} fields, the header has {width}: "
                f"surplus values kept as _overflow_1.._overflow_{len(surplus)}"
            )
            cells = cells[:width] + surplus
        else:
            cells = cells[:width]
    if any("\ufffd" in c for c in cells):
        problems.append(f"row {number} has bytes that are not valid in the detected encoding")
    return RawRow(number, cells, problems)


@contextmanager
def _open_csv(path: Path, head: bytes) -> Iterator[RawTable]:
    encoding, notes = _detect_encoding(path, head)
    with path.open("r", encoding=encoding, errors="replace", newline="") as fh:
        preview = fh.read(64 * 1024)
        fh.seek(0)
        delimiter = _detect_delimiter(preview)
        if delimiter != ",":
            notes.append(f"delimiter: {delimiter!r}")
        reader = csv.reader(fh, delimiter=delimiter)
        lead: list[list[str]] = []
        for cells in reader:
            lead.append(cells)
            if len(lead) >= 25:
                break
        lead_nonblank = [r for r in lead if any(c.strip() for c in r)]
        if not lead_nonblank:
            raise InputError(f"{path} has no rows with values.")
        skip = _find_header(lead_nonblank)
        header_cells = lead_nonblank[skip]
        if skip:
            notes.append(f"header found on row {skip + 1}; {skip} title line(s) above it skipped")
        headers, dup_notes = _dedupe_headers(header_cells)
        notes.extend(dup_notes)
        width = len(headers)
        after_header = lead[lead.index(header_cells) + 1 :]

        def body() -> Iterator[RawRow]:
            number = 0
            for cells in chain(after_header, reader):
                if not "".join(cells).strip():
                    continue
                number += 1
                yield _align(number, cells, width)

        stream = body()
        sample = [row for _, row in zip(range(_SAMPLE_ROWS), stream, strict=False)]
        yield RawTable(
            path=path,
            format="csv",
            headers=headers,
            sample=sample,
            rows=chain(sample, stream),
            encoding=encoding,
            delimiter=delimiter,
            header_line=skip + 1,
            notes=notes,
        )


@contextmanager
def open_table(path: Path | str) -> Iterator[RawTable]:
    """Open an inventory file for reading; raises InputError with the reason if it can't."""
    path = Path(path)
    head = _check_readable(path)
    suffix = path.suffix.lower()
    if suffix in {".xlsx", ".xlsm"} or head.startswith(b"PK\x03\x04"):
        from migrascope.tools.readers_xlsx import open_xlsx

        with open_xlsx(path) as table:
            yield table
        return
    if suffix in {".json", ".jsonl", ".ndjson"} or head.lstrip()[:1] in (b"[", b"{"):
        from migrascope.tools.readers_json import open_json

        with open_json(path, head) as table:
            yield table
        return
    with _open_csv(path, head) as table:
        yield table
