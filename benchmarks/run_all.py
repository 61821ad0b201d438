"""Run every benchmark with one command and collect the results.

Run: ``python benchmarks/run_all.py [--quick] [--only NAME ...]``.

Each ``benchmarks/bench_*.py`` that exists runs as its own process (a crash or a
missing optional piece in one does not stop the others), with its stdout kept in
``benchmarks/results/<name>.log``; a summary with exit codes and times goes to
``benchmarks/results/summary.json``. ``--quick`` shrinks the sizes of the import and
vector-search benchmarks (10k rows, 10k patterns) for a smoke run; the full sizes
(100k and 1M rows; 10k, 100k and 1M patterns) take most of an hour on 2 cores.
Not part of the test suite: figures go to BENCHMARKS.md.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
RESULTS = HERE / "results"
# In the order they run: cheap ones first, the million-row ones last.
ORDER = (
    "bench_mcp",
    "bench_mapping",
    "bench_classification",
    "bench_planning",
    "bench_workers",
    "bench_import",
    "bench_vector_search",
)
QUICK_ARGS = {
    "bench_import": ["--rows", "10000"],
    "bench_vector_search": ["--sizes", "10000"],
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="small sizes, for a smoke run")
    parser.add_argument("--only", nargs="+", default=None, help="benchmark names to run")
    parser.add_argument("--timeout", type=float, default=3 * 3600, help="seconds per benchmark")
    args = parser.parse_args(argv)
    RESULTS.mkdir(parents=True, exist_ok=True)
    known = [n for n in ORDER if (HERE / f"{n}.py").is_file()]
    known += sorted(p.stem for p in HERE.glob("bench_*.py") if p.stem not in ORDER)
    chosen = [n for n in known if args.only is None or n in args.only]
    summary = []
    for name in chosen:
        cmd = [sys.executable, str(HERE / f"{name}.py")]
        if name in ("bench_import", "bench_vector_search"):
            cmd += ["--out", str(RESULTS / f"{name.removeprefix('bench_')}.json")]
            if args.quick:
                cmd += QUICK_ARGS[name]
        print(f"== {name}: {' '.join(cmd[1:])}", file=sys.stderr, flush=True)
        started = time.perf_counter()
        log = RESULTS / f"{name}.log"
        try:
            with log.open("w", encoding="utf-8") as fh:
                proc = subprocess.run(
                    cmd, stdout=fh, stderr=subprocess.STDOUT, timeout=args.timeout, check=False
                )
            code: int | str = proc.returncode
        except subprocess.TimeoutExpired:
            code = "timeout"
        seconds = round(time.perf_counter() - started, 1)
        summary.append({"benchmark": name, "exit": code, "seconds": seconds, "log": str(log)})
        print(f"   exit {code} after {seconds} s; output in {log}", file=sys.stderr, flush=True)
        sys.stdout.write(log.read_text(encoding="utf-8", errors="replace"))
    missing = [n for n in ORDER if n not in known]
    if missing:
        print(f"not present (skipped): {', '.join(missing)}", file=sys.stderr)
    (RESULTS / "summary.json").write_text(
        json.dumps({"runs": summary, "missing": missing}, indent=2) + "\n", encoding="utf-8"
    )
    return 0 if all(s["exit"] == 0 for s in summary) else 1


if __name__ == "__main__":
    raise SystemExit(main())
