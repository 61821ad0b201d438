"""MCP tool-call latency over stdio: p50/p99 of light calls (target: p50 < 20 ms).

Starts ``migrascope serve`` as a subprocess on a fresh tenant, imports the bundled
sample once, then times ``learning_stats``, ``explain_decision`` (one stored
decision), ``classify_assets`` of one record and of a one-row inline file (which
also maps its columns), and ``search_assets`` with a filter, each N times through the official client.

    DATABASE_URL=postgresql://... python benchmarks/bench_mcp.py [--calls 200]

Without DATABASE_URL the embedded server under MIGRASCOPE_HOME is used (default
/tmp/migrascope-bench-mcp).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
import uuid
from pathlib import Path

import anyio
from mcp import Client
from mcp.client.stdio import StdioServerParameters

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "examples" / "cmdb_sample.csv"
ONE_ROW = "Name,OS,RAM (GB)\npay-db-01,Windows Server 2019,32\n"


def _pct(samples: list[float], q: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


async def main(calls: int) -> None:
    tenant = f"bench-{uuid.uuid4().hex[:8]}"
    env = {
        "PATH": os.environ.get("PATH", ""),
        "PYTHONPATH": str(ROOT / "src"),
        "MIGRASCOPE_HOME": os.environ.get("MIGRASCOPE_HOME", "/tmp/migrascope-bench-mcp"),
    }
    if os.environ.get("DATABASE_URL"):
        env["DATABASE_URL"] = os.environ["DATABASE_URL"]
    params = StdioServerParameters(
        command=sys.executable, args=["-m", "migrascope", "serve", "--tenant", tenant], env=env
    )
    started = time.perf_counter()
    async with Client(params, read_timeout_seconds=300) as client:
        print(f"server up in {time.perf_counter() - started:.2f} s (spawn + imports + store)")
        await client.call_tool("import_inventory", {"path": str(SAMPLE)})
        cases = {
            "learning_stats": ("learning_stats", {}),
            "explain_decision": (
                "explain_decision",
                {"operation": "field_mapping", "subject": "Name"},
            ),
            "classify_assets (1 record)": (
                "classify_assets",
                {"records": [{"hostname": "pay-db-01", "os_name": "Windows Server 2019"}]},
            ),
            "classify_assets (1-row file)": (
                "classify_assets",
                {"content": ONE_ROW, "name": "one.csv"},
            ),
            "search_assets (filter)": (
                "search_assets",
                {"asset_type": "server", "limit": 10},
            ),
        }
        print(f"{'tool':28} {'calls':>6} {'p50 ms':>8} {'p99 ms':>8} {'mean ms':>8}")
        for label, (name, args) in cases.items():
            for _ in range(5):  # warm caches (lexicons, classifier, prepared plans)
                result = await client.call_tool(name, args)
                assert not result.is_error, result.content
            samples = []
            for _ in range(calls):
                t0 = time.perf_counter()
                await client.call_tool(name, args)
                samples.append((time.perf_counter() - t0) * 1000)
            print(
                f"{label:28} {calls:>6} {_pct(samples, 0.5):>8.2f} "
                f"{_pct(samples, 0.99):>8.2f} {statistics.fmean(samples):>8.2f}"
            )


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--calls", type=int, default=200, help="Timed calls per tool.")
    anyio.run(main, parser.parse_args().calls)
