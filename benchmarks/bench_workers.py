"""Speed-up of 2 workers over 1 on a distributed import (default 200,000 rows).

    .venv/bin/python benchmarks/bench_workers.py [--rows 200000] [--batch-size 2000]

Uses DATABASE_URL when set, else an embedded server in a temp directory. The file is
mapped and queued once per tenant (timed separately: `submit`), then N `migrascope
worker` processes drain the queue; the wall time from their start to the last one's
exit is what is compared. PostgreSQL runs on the same machine, so on 2 cores the
workers and the database compete for the CPUs.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import subprocess
import sys
import tempfile
import time
import warnings
from pathlib import Path

from migrascope.agents import DiscoveryAgent, DiscoveryInput, WorkQueue
from migrascope.config import Settings
from migrascope.memory import Store
from migrascope.tools.synthetic import iter_rows


def _write(path: Path, rows: int) -> None:
    it = iter_rows(rows, seed=1)
    first = next(it)
    with path.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(first))
        writer.writeheader()
        writer.writerow(first)
        writer.writerows(it)


def _run(store: Store, url: str, path: Path, tenant: str, workers: int, batch: int) -> dict:
    agent, queue = DiscoveryAgent(store), WorkQueue(store)
    t0 = time.perf_counter()
    sub = agent.submit(DiscoveryInput(tenant=tenant, file=str(path), batch_size=batch), queue)
    submit_s = time.perf_counter() - t0
    env = {**os.environ, "DATABASE_URL": url}
    cmd = [sys.executable, "-m", "migrascope", "worker", "--exit-when-idle", "--json",
           "--only-tenant", tenant, "--poll", "0.1", "--heartbeat", "1"]  # fmt: skip
    t1 = time.perf_counter()
    procs = [subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE) for _ in range(workers)]
    outs = [json.loads(p.communicate()[0]) for p in procs]
    work_s = time.perf_counter() - t1
    info = store.imports.get(tenant, sub.import_id)
    assert info is not None and info.rows_imported == sub.rows, info
    return {
        "workers": workers,
        "rows": sub.rows,
        "items": sub.items,
        "submit_s": round(submit_s, 2),
        "work_s": round(work_s, 2),
        "rows_per_s": round(sub.rows / work_s),
        "items_per_worker": [o["done"] for o in outs],
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rows", type=int, default=200_000)
    ap.add_argument("--batch-size", type=int, default=2000)
    args = ap.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="bench-workers-"))
    url = os.environ.get("DATABASE_URL")
    server = None
    if not url:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            import pgserver
        server = pgserver.get_server(tmp / "pgdata", cleanup_mode="stop")
        url = str(server.get_uri())
    path = tmp / "estate.csv"
    t = time.perf_counter()
    _write(path, args.rows)
    print(f"wrote {args.rows} rows in {time.perf_counter() - t:.1f} s; {os.cpu_count()} CPUs")
    results = []
    with Store.open(Settings(database_url=url, home=tmp / "home")) as store:  # type: ignore[arg-type]
        for n in (1, 2):
            tenant = store.ensure_tenant(f"bench-{n}w-{int(time.time())}")
            r = _run(store, url, path, tenant, n, args.batch_size)
            results.append(r)
            print(json.dumps(r))
    speedup = results[0]["work_s"] / results[1]["work_s"]
    print(
        f"1 worker: {results[0]['work_s']} s ({results[0]['rows_per_s']} rows/s); "
        f"2 workers: {results[1]['work_s']} s ({results[1]['rows_per_s']} rows/s); "
        f"speed-up {speedup:.2f}x; submit (map + queue) {results[0]['submit_s']} s"
    )
    if server is not None:
        server.cleanup()


if __name__ == "__main__":
    main()
