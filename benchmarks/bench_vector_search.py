"""Nearest-pattern search latency at 10k, 100k and 1M patterns, with and without HNSW.

Run: ``python benchmarks/bench_vector_search.py [--sizes 10000 100000 1000000] [--out FILE]``.

Patterns are loaded into the real ``mapping_patterns`` table (one tenant, binary COPY)
with embeddings of generated header-like texts from the configured (default hashing,
dimension 384) embedder. At each size the script measures:

* exact search: the query of ``MappingPatterns.nearest`` with index scans disabled
  (sequential scan plus top-k sort), the "without HNSW" case;
* the HNSW index build time (``CREATE INDEX ... USING hnsw``, pgvector defaults m=16,
  ef_construction=64) and the same query through the index, plus recall@k against
  the exact answer (``hnsw.ef_search`` default 40);
* the public API ``store.mapping_patterns.nearest`` (embedding the query included).

The index is dropped before each load (building once is much faster than inserting
into it) and left in place at the end, so the table keeps the store's convention.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import emit, open_bench_store, percentile

from migrascope.memory import Store

TENANT = "bench-vectors"
INDEX = "mapping_patterns_embedding_hnsw"
_WORDS = [
    "server",
    "name",
    "host",
    "vm",
    "guest",
    "memory",
    "ram",
    "size",
    "mb",
    "gib",
    "disk",
    "storage",
    "provisioned",
    "used",
    "cpu",
    "cores",
    "sockets",
    "count",
    "os",
    "operating",
    "system",
    "version",
    "ip",
    "address",
    "primary",
    "mac",
    "serial",
    "asset",
    "tag",
    "owner",
    "business",
    "technical",
    "department",
    "location",
    "site",
    "datacenter",
    "cluster",
    "environment",
    "app",
    "application",
    "criticality",
    "status",
    "install",
    "date",
    "end",
    "of",
    "life",
    "cost",
    "center",
    "description",
    "notes",
    "power",
    "state",
    "model",
    "manufacturer",
    "vendor",
    "database",
    "engine",
]
_QUERY_SQL = (
    "SELECT pattern_id, 1 - (embedding <=> %(v)s) AS similarity FROM mapping_patterns "
    "WHERE tenant_id = %(t)s AND state = 'active' ORDER BY embedding <=> %(v)s LIMIT %(k)s"
)


def _texts(start: int, stop: int) -> list[str]:
    rng = random.Random(start)
    return [
        f"{rng.choice(_WORDS)} {rng.choice(_WORDS)} {rng.choice(_WORDS)} {i}"
        for i in range(start, stop)
    ]


def load(store: Store, start: int, stop: int, chunk: int = 20_000) -> float:
    """Add patterns ``start..stop-1`` for the bench tenant; returns seconds."""
    t0 = time.perf_counter()
    copy_sql = (
        "COPY mapping_patterns (tenant_id, source_key, source_header, target, "
        "embedding_text, embedding) FROM STDIN WITH (FORMAT BINARY)"
    )
    for lo in range(start, stop, chunk):
        hi = min(lo + chunk, stop)
        texts = _texts(lo, hi)
        vectors = store.embedder.embed(texts)
        with (
            store.pool.connection() as conn,
            conn.cursor() as cur,
            cur.copy(copy_sql) as copy,
        ):
            copy.set_types(["text", "text", "text", "text", "text", "vector"])
            for text, vec in zip(texts, vectors, strict=True):
                copy.write_row([TENANT, text, text, "hostname", text, vec])
    return time.perf_counter() - t0


def _timed_queries(
    store: Store, queries: np.ndarray, k: int, *, exact: bool
) -> tuple[list[float], list[list[int]]]:
    latencies: list[float] = []
    answers: list[list[int]] = []
    with store.pool.connection() as conn:
        if exact:
            conn.execute("SET enable_indexscan = off")
            conn.execute("SET enable_bitmapscan = off")
        try:
            for q in queries:
                t0 = time.perf_counter()
                rows = conn.execute(_QUERY_SQL, {"v": q, "t": TENANT, "k": k}).fetchall()
                latencies.append((time.perf_counter() - t0) * 1000)
                answers.append([r["pattern_id"] for r in rows])
            plan = conn.execute(
                "EXPLAIN " + _QUERY_SQL, {"v": queries[0], "t": TENANT, "k": k}
            ).fetchall()
        finally:
            conn.execute("RESET enable_indexscan")
            conn.execute("RESET enable_bitmapscan")
    plan_text = " ".join(next(iter(r.values())) for r in plan)
    uses_index = INDEX in plan_text
    if exact and uses_index:
        raise RuntimeError("exact search used the HNSW index; the benchmark would be wrong")
    if not exact and not uses_index:
        raise RuntimeError(f"HNSW search did not use {INDEX}: {plan_text}")
    return latencies, answers


def _stats(lat: list[float]) -> dict[str, float]:
    return {
        "queries": len(lat),
        "p50_ms": round(percentile(lat, 50), 3),
        "p99_ms": round(percentile(lat, 99), 3),
    }


def measure(store: Store, size: int, k: int, n_queries: int, n_exact: int) -> dict[str, Any]:
    rng = random.Random(size)
    query_texts = [f"{rng.choice(_WORDS)} {rng.choice(_WORDS)}" for _ in range(n_queries)]
    queries = store.embedder.embed(query_texts)
    exact_lat, exact_ans = _timed_queries(store, queries[:n_exact], k, exact=True)
    with store.pool.connection() as conn:
        conn.execute("SET maintenance_work_mem = '4GB'")
        t0 = time.perf_counter()
        conn.execute(
            f"CREATE INDEX {INDEX} ON mapping_patterns USING hnsw (embedding vector_cosine_ops)"
        )
        build = time.perf_counter() - t0
        conn.execute("ANALYZE mapping_patterns")
    hnsw_lat, hnsw_ans = _timed_queries(store, queries, k, exact=False)
    recall = float(
        np.mean([len(set(a) & set(b)) / k for a, b in zip(exact_ans, hnsw_ans, strict=False)])
    )
    api_lat = []
    for text in query_texts[:200]:
        t0 = time.perf_counter()
        store.mapping_patterns.nearest(TENANT, text, k=k)
        api_lat.append((time.perf_counter() - t0) * 1000)
    return {
        "patterns": size,
        "k": k,
        "exact": _stats(exact_lat),
        "hnsw": {
            **_stats(hnsw_lat),
            "build_seconds": round(build, 1),
            "recall_at_k": round(recall, 3),
        },
        "api_nearest": _stats(api_lat),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000, 1_000_000])
    parser.add_argument("--k", type=int, default=5)
    parser.add_argument("--queries", type=int, default=300)
    parser.add_argument("--out", type=Path, default=None)
    args = parser.parse_args(argv)
    results = []
    with open_bench_store() as store:
        store.ensure_tenant(TENANT)
        with store.pool.connection() as conn:
            conn.execute(f"DROP INDEX IF EXISTS {INDEX}")
            conn.execute("DELETE FROM mapping_patterns WHERE tenant_id = %s", (TENANT,))
        have = 0
        try:
            for size in sorted(args.sizes):
                load_s = load(store, have, size)
                have = size
                with store.pool.connection() as conn:
                    conn.execute("VACUUM ANALYZE mapping_patterns")
                n_exact = max(10, min(args.queries, 3_000_000 // size))
                row = measure(store, size, args.k, args.queries, n_exact)
                row["load_seconds"] = round(load_s, 1)
                results.append(row)
                print(f"{size} patterns: {row}", file=sys.stderr, flush=True)
                if size != max(args.sizes):
                    with store.pool.connection() as conn:
                        conn.execute(f"DROP INDEX {INDEX}")
        finally:
            with store.pool.connection() as conn:
                conn.execute(
                    f"CREATE INDEX IF NOT EXISTS {INDEX} ON mapping_patterns "
                    "USING hnsw (embedding vector_cosine_ops)"
                )
    emit("vector_search", {"results": results}, args.out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
