"""Import throughput: generated CMDB-style CSVs of 100k and 1M rows, end to end.

Run: ``python benchmarks/bench_import.py [--rows 100000 1000000] [--out FILE]``.
Each file is generated once (streamed by ``tools.synthetic.iter_rows``, cached under
``/tmp/migrascope-bench-data``) and imported into a fresh tenant with
``tools.importing.import_file``: read, map, convert, classify and store (COPY batches).
Peak resident memory is reported to show the import streams instead of loading the file.
"""

from __future__ import annotations

import argparse
import csv
import resource
import sys
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import emit, open_bench_store

from migrascope.tools.importing import import_file
from migrascope.tools.synthetic import iter_rows

DATA_DIR = Path("/tmp/migrascope-bench-data")


def make_csv(n_rows: int, header_style: str = "servicenow") -> Path:
    """A generated inventory of ``n_rows`` rows (kept for the next run)."""
    path = DATA_DIR / f"inventory_{header_style}_{n_rows}.csv"
    if path.exists():
        return path
    DATA_DIR.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".part")
    with tmp.open("w", newline="", encoding="utf-8") as fh:
        writer: csv.DictWriter[str] | None = None
        for row in iter_rows(n_rows, seed=7, convention="compact", header_style=header_style):
            if writer is None:
                writer = csv.DictWriter(fh, fieldnames=list(row), lineterminator="\n")
                writer.writeheader()
            writer.writerow(row)
    tmp.rename(path)
    return path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, nargs="+", default=[100_000, 1_000_000])
    parser.add_argument("--out", type=Path, default=None, help="also write the JSON here")
    args = parser.parse_args(argv)
    results = []
    with open_bench_store() as store:
        for n in args.rows:
            t0 = time.perf_counter()
            path = make_csv(n)
            generated = time.perf_counter() - t0
            tenant = store.ensure_tenant(f"bench-import-{uuid.uuid4().hex[:8]}")
            t0 = time.perf_counter()
            report = import_file(store, tenant, path)
            seconds = time.perf_counter() - t0
            results.append(
                {
                    "rows": n,
                    "file_mb": round(path.stat().st_size / 1e6, 1),
                    "columns": len(report.mapping),
                    "rows_imported": report.rows_imported,
                    "rows_failed": report.rows_failed,
                    "seconds": round(seconds, 2),
                    "rows_per_second": round(n / seconds),
                    "seconds_per_1000_rows": round(seconds / n * 1000, 4),
                    "generate_seconds": round(generated, 2),
                    "peak_rss_mb": round(
                        resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1
                    ),
                }
            )
            print(f"import {n} rows: {seconds:.1f} s", file=sys.stderr, flush=True)
    emit("import", {"results": results}, args.out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
