"""Shared plumbing of the benchmark scripts: a store of their own and the machine facts.

Benchmarks run against their own embedded PostgreSQL (``MIGRASCOPE_HOME``, default
``/tmp/migrascope-bench-home``) unless ``DATABASE_URL`` is set, so they never touch a
user's data and their million-row tables don't slow anybody else's store.
"""

from __future__ import annotations

import json
import os
import platform
import statistics
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from migrascope.config import Settings
from migrascope.memory import Store

__all__ = ["bench_settings", "emit", "machine", "open_bench_store", "percentile"]

DEFAULT_HOME = Path("/tmp/migrascope-bench-home")


def bench_settings() -> Settings:
    """Settings for a benchmark: DATABASE_URL if set, else a private embedded server."""
    home = Path(os.environ.get("MIGRASCOPE_HOME", str(DEFAULT_HOME)))
    return Settings(home=home)


@contextmanager
def open_bench_store() -> Iterator[Store]:
    with Store.open(bench_settings()) as store:
        yield store


def percentile(values: Sequence[float], q: float) -> float:
    """The q-th percentile (0-100) by linear interpolation, as numpy does."""
    if not values:
        return float("nan")
    data = sorted(values)
    if len(data) == 1:
        return data[0]
    pos = (len(data) - 1) * q / 100.0
    lo = int(pos)
    hi = min(lo + 1, len(data) - 1)
    return data[lo] + (data[hi] - data[lo]) * (pos - lo)


def machine() -> dict[str, Any]:
    """What the numbers were measured on."""
    cpu = platform.processor() or ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem_gb = None
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal"):
                mem_gb = round(int(line.split()[1]) / 1024 / 1024, 1)
    except OSError:
        pass
    return {
        "cpu": cpu,
        "cores": os.cpu_count(),
        "memory_gb": mem_gb,
        "python": sys.version.split()[0],
        "platform": platform.platform(),
    }


def emit(name: str, result: dict[str, Any], out: Path | None) -> None:
    """Print the result as JSON and keep a copy under ``out`` when given."""
    text = json.dumps({"benchmark": name, "machine": machine(), **result}, indent=2, default=str)
    print(text)
    if out is not None:
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(text + "\n", encoding="utf-8")


def median(values: Sequence[float]) -> float:
    return statistics.median(values) if values else float("nan")
