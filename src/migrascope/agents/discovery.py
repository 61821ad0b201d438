"""The discovery agent: read, profile, map and classify an inventory, in one process
or spread over workers.

It orchestrates ``tools/`` (readers, mapping, conversion, classification, importing)
and adds two things of its own: the review list (decisions in the suggest band, with
the LLM's advice when one is configured) and the distributed import, which splits a
file into work items that any ``migrascope worker`` may process.
"""

from __future__ import annotations

import dataclasses
import time
from collections import Counter
from collections.abc import Callable, Iterator
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel, Field

from migrascope.agents._llm import LLMAdviser
from migrascope.errors import InputError
from migrascope.memory import AssetRecord, Store
from migrascope.tools.classification import Classifier, asset_name, load_classifier
from migrascope.tools.conversion import iter_records
from migrascope.tools.importing import classify_file, import_file, mapped_table
from migrascope.tools.mapping import Candidate, ColumnMapping, MappingResult
from migrascope.tools.readers import RawRow, file_sha256

if TYPE_CHECKING:
    import psycopg

    from migrascope.agents.queue import WorkItem, WorkQueue

__all__ = [
    "ColumnProfile",
    "DiscoveryAgent",
    "DiscoveryInput",
    "DiscoveryOutput",
    "ReviewItem",
    "SubmitOutput",
    "mapping_from_json",
    "mapping_to_json",
]

IMPORT_KIND = "import_batch"
_SAMPLE_VALUES = 5


class DiscoveryInput(BaseModel):
    """What to discover: one file for one tenant."""

    tenant: str
    file: str
    batch_size: int = Field(default=2000, ge=1, le=100_000)


class ColumnProfile(BaseModel):
    """What the sample says about one column."""

    column: str
    filled: int
    distinct: int
    examples: list[str]


class ReviewItem(BaseModel):
    """A decision in the suggest band, for a person (or the review interrupt)."""

    id: str
    operation: str
    subject: str
    proposed: str | None
    confidence: float
    options: list[str]
    reasons: list[str]
    advice: str | None = None
    advice_reason: str | None = None


class DiscoveryOutput(BaseModel):
    """What an in-process discovery run produced."""

    import_id: int | None
    status: str
    rows_total: int
    rows_imported: int
    rows_failed: int
    mapping: list[dict[str, Any]]
    type_counts: dict[str, int]
    review: list[ReviewItem]
    notes: list[str]
    problems: list[dict[str, Any]]


class SubmitOutput(BaseModel):
    """A distributed import: the job whose items workers will process."""

    import_id: int
    job: str
    items: int
    rows: int
    status: str


def mapping_to_json(result: MappingResult) -> list[dict[str, Any]]:
    """The full mapping (candidates included), so a worker elsewhere applies exactly it."""
    return [dataclasses.asdict(c) for c in result.columns]


def mapping_from_json(data: list[dict[str, Any]]) -> MappingResult:
    """Inverse of :func:`mapping_to_json`."""
    columns = []
    for d in data:
        d = dict(d)
        d["candidates"] = [Candidate(**c) for c in d.get("candidates", [])]
        columns.append(ColumnMapping(**d))
    return MappingResult(columns)


class DiscoveryAgent:
    """Read → profile → map → classify → store, with review items and optional LLM advice.

    Args:
        store: the shared store.
        llm: an adviser for review-band decisions; None works just as well.
    """

    def __init__(self, store: Store, llm: LLMAdviser | None = None) -> None:
        self.store = store
        self.llm = llm
        self._classifiers: dict[str, tuple[float, Classifier]] = {}

    # -- read / profile / map / classify (no writes) --------------------------------

    def profile(self, tenant: str, file: str | Path) -> list[ColumnProfile]:
        """Fill rate, distinct count and examples per column, from the read sample."""
        with mapped_table(self.store, tenant, file) as (table, _):
            out = []
            for i, header in enumerate(table.headers):
                values = [r.values[i] for r in table.sample if i < len(r.values)]
                filled = [v for v in values if v != ""]
                distinct = list(dict.fromkeys(filled))
                out.append(
                    ColumnProfile(
                        column=header,
                        filled=len(filled),
                        distinct=len(distinct),
                        examples=distinct[:_SAMPLE_VALUES],
                    )
                )
        return out

    def map(self, tenant: str, file: str | Path) -> tuple[MappingResult, list[ReviewItem]]:
        """Map the columns; suggest-band columns become review items (with advice)."""
        with mapped_table(self.store, tenant, file) as (table, mapping):
            samples = {
                h: [r.values[i] for r in table.sample[:_SAMPLE_VALUES] if i < len(r.values)]
                for i, h in enumerate(table.headers)
            }
        review = [
            self._mapping_review(c, samples.get(c.source, []))
            for c in mapping.columns
            if c.decision == "suggest"
        ]
        return mapping, review

    def classify(self, tenant: str, file: str | Path) -> list[dict[str, Any]]:
        """Per-row types in the ``classify --json`` shape (no writes)."""
        return classify_file(self.store, tenant, file)

    def _mapping_review(self, col: ColumnMapping, samples: list[str]) -> ReviewItem:
        options = list(dict.fromkeys(c.target for c in col.candidates if c.target is not None))[
            :5
        ] or ([col.target] if col.target else [])
        item = ReviewItem(
            id=f"field_mapping:{col.source}",
            operation="field_mapping",
            subject=col.source,
            proposed=col.target,
            confidence=round(col.confidence, 4),
            options=options,
            reasons=col.reasons,
        )
        if self.llm is not None and options:
            advice = self.llm.choose(
                f"Which canonical field does the column {col.source!r} hold?",
                options,
                [*col.reasons, f"sample values: {samples}"],
            )
            if advice is not None:
                item.advice = advice.choice
                item.advice_reason = f"{advice.model}: {advice.reason}"
        return item

    def classification_review(
        self, tenant: str, import_id: int, limit: int = 50
    ) -> list[ReviewItem]:
        """Stored assets of an import whose type sits in the suggest band."""
        rows = self.store.execute(
            "SELECT row_number, hostname, fqdn, asset_id, classified_type, classification "
            "FROM assets WHERE tenant_id = %s AND import_id = %s "
            "AND classification->>'decision' = 'suggest' ORDER BY row_number LIMIT %s",
            (tenant, import_id, limit),
        )
        out = []
        for r in rows:
            cls = r["classification"] or {}
            name = asset_name(r) or f"row {r['row_number']}"
            item = ReviewItem(
                id=f"asset_classification:{import_id}:{r['row_number']}",
                operation="asset_classification",
                subject=name,
                proposed=r["classified_type"],
                confidence=float(cls.get("confidence", 0.0)),
                options=[r["classified_type"]] if r["classified_type"] else [],
                reasons=list(cls.get("reasons", [])),
            )
            out.append(item)
        return out

    # -- in-process run -------------------------------------------------------------

    def run(
        self, inp: DiscoveryInput, progress: Callable[[int], None] | None = None
    ) -> DiscoveryOutput:
        """Import one file in this process and list what needs review."""
        _, review = self.map(inp.tenant, inp.file)
        report = import_file(
            self.store, inp.tenant, inp.file, batch_size=inp.batch_size, progress=progress
        )
        if report.import_id is not None and report.status == "completed":
            review += self.classification_review(inp.tenant, report.import_id)
        return DiscoveryOutput(
            import_id=report.import_id,
            status=report.status,
            rows_total=report.rows_total,
            rows_imported=report.rows_imported,
            rows_failed=report.rows_failed,
            mapping=report.mapping,
            type_counts=report.type_counts,
            review=review,
            notes=report.notes,
            problems=report.problems,
        )

    # -- resumable shards (the durable workflow's fan-out) ---------------------------

    def begin_import(self, tenant: str, file: str | Path) -> tuple[int, bool, int]:
        """Start (or find) the import of a file; returns (import_id, is_new, data rows).

        The rows are counted in one streaming pass so the workflow can split them into
        shards before any is stored.
        """
        path = Path(file)
        self.store.ensure_tenant(tenant)
        with mapped_table(self.store, tenant, path) as (table, _):
            if not table.sample:
                raise InputError(
                    f"{path} has a header ({len(table.headers)} columns) but no data rows to import."
                )
            info, is_new = self.store.imports.begin(
                tenant,
                path.name,
                file_sha256(path),
                format=table.format,
                encoding=table.encoding,
                delimiter=table.delimiter,
            )
            rows = sum(1 for _ in table.rows) if is_new else info.rows_total
        return info.import_id, is_new, rows

    def import_rows(
        self,
        tenant: str,
        file: str | Path,
        import_id: int,
        mapping: list[dict[str, Any]],
        *,
        start: int,
        stop: int,
        batch_size: int = 2000,
        progress: Callable[[int], None] | None = None,
    ) -> dict[str, Any]:
        """Convert, classify and store data rows ``[start, stop)`` (0-based positions).

        Idempotent, keyed by (import_id, row_number): rows already stored (by an
        earlier attempt that was killed) are skipped, so a resumed run neither loses
        nor duplicates a row.
        """
        result = mapping_from_json(mapping)
        classifier = self._classifier(tenant)
        out: dict[str, Any] = {
            "start": start, "stop": stop, "rows": 0, "stored": 0, "skipped": 0, "failed": 0,
            "types": {}, "review": 0, "problems": [],
        }  # fmt: skip
        types: Counter[str] = Counter()
        started = time.perf_counter()
        with mapped_table(self.store, tenant, file) as (table, _):
            rows = islice(table.rows, start, stop)
            records = iter_records(rows, table.headers, result)
            while batch := list(islice(records, batch_size)):
                out["rows"] += len(batch)
                have = {
                    r["row_number"]
                    for r in self.store.execute(
                        "SELECT row_number FROM assets WHERE tenant_id = %s AND import_id = %s "
                        "AND row_number BETWEEN %s AND %s",
                        (tenant, import_id, batch[0].row_number, batch[-1].row_number),
                    )
                }
                todo = [r for r in batch if r.row_number not in have]
                out["skipped"] += len(batch) - len(todo)
                for rec, cls in zip(
                    todo,
                    classifier.classify_many(
                        [r.canonical for r in todo], extras=[r.extra for r in todo]
                    ),
                    strict=True,
                ):
                    rec.classified_type = cls.asset_type
                    rec.classification = cls.to_json()
                    types[cls.asset_type] += 1
                    out["review"] += cls.decision == "suggest"
                    out["problems"].extend(
                        {"row": rec.row_number, "message": m} for m in rec.problems[:5]
                    )
                if todo:
                    with self.store.pool.connection() as conn, conn.transaction():
                        stored, failed = _store_records(self.store, conn, tenant, import_id, todo)
                    out["stored"] += stored
                    out["failed"] += len(failed)
                    out["problems"].extend(failed)
                if progress is not None:
                    progress(len(batch))
        out["types"] = dict(types)
        out["problems"] = out["problems"][:200]
        out["seconds"] = round(time.perf_counter() - started, 3)
        return out

    # -- distributed import ---------------------------------------------------------

    def submit(self, inp: DiscoveryInput, queue: WorkQueue) -> SubmitOutput:
        """Map the file once and enqueue its rows as work items for any worker.

        Submitting the same file again while it runs (or after it completed) enqueues
        nothing new: items are keyed by (import, batch number).
        """
        path = Path(inp.file)
        self.store.ensure_tenant(inp.tenant)
        with mapped_table(self.store, inp.tenant, path) as (table, mapping):
            if not table.sample:
                raise InputError(
                    f"{path} has a header ({len(table.headers)} columns) but no data rows to import."
                )
            digest = file_sha256(path)
            running = self.store.execute(
                "SELECT import_id, rows_total FROM imports WHERE tenant_id = %s "
                "AND content_hash = %s AND status = 'running'",
                (inp.tenant, digest),
            )
            if running:
                job = f"import:{running[0]['import_id']}"
                return SubmitOutput(
                    import_id=running[0]["import_id"],
                    job=job,
                    items=sum(queue.stats(inp.tenant, job).values()),
                    rows=running[0]["rows_total"],
                    status="running",
                )
            info, is_new = self.store.imports.begin(
                inp.tenant,
                path.name,
                digest,
                format=table.format,
                encoding=table.encoding,
                delimiter=table.delimiter,
            )
            job = f"import:{info.import_id}"
            if not is_new:
                return SubmitOutput(
                    import_id=info.import_id, job=job, items=0, rows=info.rows_total,
                    status="duplicate",
                )  # fmt: skip
            # A restarted import must not find the old attempt's items "done".
            self.store.execute(
                "DELETE FROM work_items WHERE tenant_id = %s AND job = %s", (inp.tenant, job)
            )
            mapping_json = mapping_to_json(mapping)
            rows_total = 0

            def payloads() -> Iterator[dict[str, Any]]:
                nonlocal rows_total
                rows = iter(table.rows)
                while batch := list(islice(rows, inp.batch_size)):
                    rows_total += len(batch)
                    yield {
                        "import_id": info.import_id,
                        "headers": table.headers,
                        "mapping": mapping_json,
                        "rows": [[r.number, r.values, r.problems] for r in batch],
                    }

            items = 0
            chunk: list[dict[str, Any]] = []
            seq = 0
            for p in payloads():
                chunk.append(p)
                if len(chunk) >= 16:
                    items += self._enqueue(queue, inp.tenant, job, seq, chunk)
                    seq += len(chunk)
                    chunk = []
            items += self._enqueue(queue, inp.tenant, job, seq, chunk)
            self.store.execute(
                "UPDATE imports SET rows_total = %s, mapping = %s::jsonb WHERE import_id = %s",
                (rows_total, _json([c.to_json() for c in mapping.columns]), info.import_id),
            )
        return SubmitOutput(
            import_id=info.import_id, job=job, items=items, rows=rows_total, status="queued"
        )

    @staticmethod
    def _enqueue(
        queue: WorkQueue, tenant: str, job: str, start: int, chunk: list[dict[str, Any]]
    ) -> int:
        if not chunk:
            return 0
        return queue.enqueue(
            tenant,
            kind=IMPORT_KIND,
            agent_type="discovery",
            specialisation="import",
            job=job,
            start=start,
            payloads=chunk,
        )

    def _classifier(self, tenant: str, ttl: float = 30.0) -> Classifier:
        """A worker reuses a tenant's classifier for ``ttl`` s (patterns change slowly)."""
        now = time.monotonic()
        cached = self._classifiers.get(tenant)
        if cached is None or now - cached[0] > ttl:
            cached = (now, load_classifier(self.store, tenant))
            self._classifiers[tenant] = cached
        return cached[1]

    def prepare_batch(self, item: WorkItem) -> Callable[[psycopg.Connection[Any]], dict[str, Any]]:
        """Convert and classify an import item's rows; returns the transactional writer.

        The CPU work happens here, outside any transaction; the writer only stores, so
        the queue can hold the item's row lock for milliseconds.
        """
        p = item.payload
        try:
            import_id = int(p["import_id"])
            headers = list(p["headers"])
            mapping = mapping_from_json(p["mapping"])
            rows = [
                RawRow(int(n), list(values), list(problems)) for n, values, problems in p["rows"]
            ]
        except (KeyError, TypeError, ValueError) as exc:
            raise InputError(
                f"Work item {item.item_id} ({item.job} #{item.seq}) is malformed: "
                f"{type(exc).__name__}: {exc}"
            ) from exc
        records = list(iter_records(rows, headers, mapping))
        classifier = self._classifier(item.tenant_id)
        types: Counter[str] = Counter()
        review = 0
        for rec, cls in zip(
            records,
            classifier.classify_many(
                [r.canonical for r in records], extras=[r.extra for r in records]
            ),
            strict=True,
        ):
            rec.classified_type = cls.asset_type
            rec.classification = cls.to_json()
            types[cls.asset_type] += 1
            review += cls.decision == "suggest"

        def write(conn: psycopg.Connection[Any]) -> dict[str, Any]:
            stored, failed = _store_records(self.store, conn, item.tenant_id, import_id, records)
            problems = [{"row": r.row_number, "message": m} for r in records for m in r.problems][
                :200
            ]
            problems += failed
            return {
                "import_id": import_id,
                "rows": len(records),
                "stored": stored,
                "failed": len(failed),
                "types": dict(types),
                "review": review,
                "problems": problems,
            }

        return write

    def finish_import(self, tenant: str, import_id: int, queue: WorkQueue) -> str | None:
        """Close a distributed import once none of its items is queued or held.

        Idempotent and safe to call from any worker: counts come from the database.
        Returns the import's final status, or None while items remain.
        """
        job = f"import:{import_id}"
        stats = queue.stats(tenant, job)
        if stats["queued"] or stats["claimed"]:
            return None
        results = self.store.execute(
            "SELECT result FROM work_items WHERE tenant_id = %s AND job = %s AND status = 'done'",
            (tenant, job),
        )
        dead = queue.dead_letters(tenant, job)
        problems: list[dict[str, Any]] = []
        failed = 0
        for r in results:
            res = r["result"] or {}
            failed += int(res.get("failed", 0))
            problems.extend(res.get("problems", [])[:50])
        for d in dead:
            problems.append(
                {"row": None, "message": f"batch {d['seq']} failed {d['attempts']} times: "
                 f"{d['last_error']}"}
            )  # fmt: skip
        info = self.store.imports.get(tenant, import_id)
        if info is None:
            return None
        stored = self.store.assets.count(tenant, import_id)
        status = "completed" if stored or not dead else "failed"
        self.store.imports.finish(
            tenant,
            import_id,
            status=status,
            rows_total=info.rows_total,
            rows_imported=stored,
            rows_failed=info.rows_total - stored,
            errors=problems[:1000],
            mapping=info.mapping,
        )
        return status


def _json(value: Any) -> str:
    import json

    return json.dumps(value, default=str)


def _store_records(
    store: Store,
    conn: psycopg.Connection[Any],
    tenant: str,
    import_id: int,
    records: list[AssetRecord],
) -> tuple[int, list[dict[str, Any]]]:
    """Store a batch in the caller's transaction; a refused batch goes row by row
    (each in its own savepoint), so one bad row never costs the good ones."""
    from migrascope.errors import StoreError

    try:
        return store.assets.insert_batch(tenant, import_id, records, conn=conn), []
    except StoreError:
        raise
    except Exception as exc:
        if _is_transient(exc):
            raise
    stored = 0
    failed: list[dict[str, Any]] = []
    for rec in records:
        try:
            stored += store.assets.insert_batch(tenant, import_id, [rec], conn=conn)
        except Exception as exc:
            if _is_transient(exc):
                raise
            failed.append({"row": rec.row_number, "message": f"not stored: {exc}".splitlines()[0]})
    return stored, failed


def _is_transient(exc: BaseException) -> bool:
    import psycopg

    return isinstance(exc, psycopg.OperationalError | psycopg.InterfaceError)
