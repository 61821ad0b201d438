"""Import a file: read, map, convert, classify and store, a batch per transaction.

A bad row never costs the good ones: a batch that the database refuses is retried
row by row, and the refused rows are reported with their number and reason. The
same bytes imported twice by one tenant are recognised by their hash and not
stored again; an import that crashed half-way is cleared and redone.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import Any

from migrascope.errors import InputError, StoreError
from migrascope.memory import AssetRecord, Store
from migrascope.tools.classification import Classifier, asset_name, load_classifier
from migrascope.tools.conversion import iter_records
from migrascope.tools.history import record_mapping_decisions
from migrascope.tools.mapping import MappingResult, learned_hints, map_columns
from migrascope.tools.readers import RawTable, file_sha256, open_table

__all__ = ["ImportReport", "classify_file", "import_file", "map_file", "mapped_table"]

ProgressFn = Callable[[int], None]
_MAX_PROBLEMS = 1000


@dataclass
class ImportReport:
    """What an import did, for the CLI table, the MCP result and the graph state."""

    tenant: str
    file: str
    status: str
    import_id: int | None
    rows_total: int = 0
    rows_imported: int = 0
    rows_failed: int = 0
    problems: list[dict[str, Any]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    mapping: list[dict[str, Any]] = field(default_factory=list)
    type_counts: dict[str, int] = field(default_factory=dict)
    review_count: int = 0
    seconds: float = 0.0
    decision_ids: list[int] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return dict(self.__dict__)


def map_file(store: Store, tenant: str, table: RawTable) -> MappingResult:
    """Map a table's columns with the tenant's thresholds and learned patterns."""
    return map_columns(
        table.headers,
        thresholds=store.thresholds.get(tenant, "field_mapping"),
        hints=learned_hints(store, tenant, table.headers),
        sample=[row.values for row in table.sample],
        sheet=table.sheet,
    )


@contextmanager
def mapped_table(
    store: Store, tenant: str, path: Path | str
) -> Iterator[tuple[RawTable, MappingResult]]:
    """Open a file and map its columns (no writes)."""
    with open_table(path) as table:
        yield table, map_file(store, tenant, table)


def classify_file(store: Store, tenant: str, path: Path | str) -> list[dict[str, Any]]:
    """Per-row types of a file, in the ``classify --json`` shape (no writes)."""
    classifier = load_classifier(store, tenant)
    out: list[dict[str, Any]] = []
    with mapped_table(store, tenant, path) as (table, mapping):
        records = iter_records(table.rows, table.headers, mapping)
        while batch := list(islice(records, 2000)):
            results = classifier.classify_many(
                [r.canonical for r in batch], extras=[r.extra for r in batch]
            )
            for rec, cls in zip(batch, results, strict=True):
                out.append(
                    {
                        "row": rec.row_number,
                        "name": asset_name(rec.canonical) or f"row {rec.row_number}",
                        "asset_type": cls.asset_type,
                        "confidence": round(cls.confidence, 4),
                        "reasons": cls.reasons,
                        "decision": cls.decision,
                        "environment": cls.environment.value if cls.environment else None,
                        "criticality": cls.criticality.value if cls.criticality else None,
                    }
                )
    return out


def _store_batch(
    store: Store, tenant: str, import_id: int, batch: list[AssetRecord], report: ImportReport
) -> None:
    try:
        report.rows_imported += store.assets.insert_batch(tenant, import_id, batch)
        return
    except StoreError:
        raise
    except Exception:
        pass
    for rec in batch:
        try:
            report.rows_imported += store.assets.insert_batch(tenant, import_id, [rec])
        except Exception as exc:
            report.rows_failed += 1
            _problem(report, rec.row_number, f"not stored: {exc}".splitlines()[0])


def _problem(report: ImportReport, row: int | None, message: str) -> None:
    if len(report.problems) < _MAX_PROBLEMS:
        report.problems.append({"row": row, "message": message})


def _classify_batch(
    classifier: Classifier, batch: list[AssetRecord], report: ImportReport, types: Counter[str]
) -> None:
    results = classifier.classify_many(
        [r.canonical for r in batch], extras=[r.extra for r in batch]
    )
    for rec, cls in zip(batch, results, strict=True):
        rec.classified_type = cls.asset_type
        rec.classification = cls.to_json()
        types[cls.asset_type] += 1
        if cls.decision == "suggest":
            report.review_count += 1
        for message in rec.problems:
            _problem(report, rec.row_number, message)


def import_file(
    store: Store,
    tenant: str,
    path: Path | str,
    *,
    batch_size: int = 2000,
    progress: ProgressFn | None = None,
) -> ImportReport:
    """Import one inventory file for a tenant; see the module docstring for guarantees."""
    started = time.perf_counter()
    path = Path(path)
    store.ensure_tenant(tenant)
    with mapped_table(store, tenant, path) as (table, mapping):
        if not table.sample:
            raise InputError(
                f"{path} has a header ({len(table.headers)} columns) but no data rows to import."
            )
        digest = file_sha256(path)
        info, is_new = store.imports.begin(
            tenant,
            path.name,
            digest,
            format=table.format,
            encoding=table.encoding,
            delimiter=table.delimiter,
        )
        report = ImportReport(
            tenant, str(path), "completed", info.import_id, notes=list(table.notes)
        )
        report.mapping = [c.to_json() for c in mapping.columns]
        if not is_new:
            report.status = "duplicate"
            report.rows_total = info.rows_total
            report.rows_imported = 0
            report.notes.append(
                f"already imported as import #{info.import_id} on "
                f"{info.started_at:%Y-%m-%d %H:%M}; nothing stored again"
            )
            report.seconds = time.perf_counter() - started
            return report
        # Decision history (issue 5): one decision per column, with its evidence.
        report.decision_ids = record_mapping_decisions(store, tenant, info.import_id, mapping)
        classifier = load_classifier(store, tenant)
        types: Counter[str] = Counter()
        try:
            records = iter_records(table.rows, table.headers, mapping)
            while batch := list(islice(records, batch_size)):
                report.rows_total += len(batch)
                _classify_batch(classifier, batch, report, types)
                _store_batch(store, tenant, info.import_id, batch, report)
                if progress is not None:
                    progress(len(batch))
        except BaseException as exc:
            store.imports.finish(
                tenant,
                info.import_id,
                status="failed",
                rows_total=report.rows_total,
                rows_imported=report.rows_imported,
                rows_failed=report.rows_failed,
                errors=[*report.problems, {"row": None, "message": f"import stopped: {exc}"}],
                mapping=report.mapping,
            )
            raise
        report.type_counts = dict(types.most_common())
        store.imports.finish(
            tenant,
            info.import_id,
            status="completed",
            rows_total=report.rows_total,
            rows_imported=report.rows_imported,
            rows_failed=report.rows_failed,
            errors=report.problems,
            mapping=report.mapping,
        )
    report.seconds = time.perf_counter() - started
    return report
