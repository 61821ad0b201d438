"""Learning-dynamics simulation: prints the figures of docs/learning.md. Not a test.

    .venv/bin/python benchmarks/sim_learning.py [--quick] [--out FILE] [--plots DIR]

Runs ``migrascope.tools.simulation.run_simulation`` on its own store (embedded
PostgreSQL in MIGRASCOPE_HOME, default /tmp/migrascope-bench-home, or DATABASE_URL):
a stream of 12 imports reviewed from ground truth, an over-confident then a reliable
assessor (threshold adaptation), and greedy / Thompson / UCB on competing patterns.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from statistics import mean

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import machine, open_bench_store

from migrascope.tools.analytics import learning_stats, write_plots
from migrascope.tools.simulation import run_simulation


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="The test suite's shorter run.")
    parser.add_argument(
        "--out", type=Path, default=None, help="Write the JSON result to this file."
    )
    parser.add_argument(
        "--plots", type=Path, default=None, help="Write the stream's PNG plots here."
    )
    args = parser.parse_args()
    with open_bench_store() as store:
        report = run_simulation(store, quick=args.quick)
        stream_tenant = None
        if args.plots is not None:
            rows = store.execute(
                "SELECT tenant_id FROM tenants WHERE tenant_id LIKE 'sim-stream-%%' "
                "ORDER BY created_at DESC LIMIT 1"
            )
            stream_tenant = rows[0]["tenant_id"] if rows else None
            if stream_tenant:
                write_plots(learning_stats(store, stream_tenant, window=25), args.plots)

    print("Stream: accuracy per import (reviewer confirms or corrects everything)")
    print(f"{'#':>3} {'round':>5} {'file':<20} {'mapping':>8} {'classif.':>8}  threshold changes")
    for s in report.stream:
        print(
            f"{s['import']:>3} {s['round']:>5} {s['file']:<20} {s['mapping_accuracy']:>8.3f} "
            f"{s['classification_accuracy']:>8.3f}  {', '.join(s['threshold_changes'])}"
        )
    for r in (1, 2, 3):
        steps = [s for s in report.stream if s["round"] == r]
        print(
            f"round {r}: mapping {mean(s['mapping_accuracy'] for s in steps):.3f}, "
            f"classification {mean(s['classification_accuracy'] for s in steps):.3f}"
        )
    print("\nThreshold adjustments in the stream:")
    for h in report.stream_thresholds:
        print(f"  {h['operation']}: {h['reason']} ({h['old_value']:.2f} -> {h['new_value']:.2f})")
    print("\nCalibration (migration_strategy decisions at confidence 0.90):")
    for c in report.calibration:
        print(
            f"  {c['phase']:<15} after {c['after_decision']:>3}: {c['reason']} ({c['old']:.2f} -> {c['new']:.2f})"
        )
    print("\nExploration (55% virtual_machine, 40% server, 5% database):")
    print(
        f"{'policy':<9} {'accuracy':>8} {'best share (last 50)':>21} {'best tried':>10} {'bad retired':>11}  posterior means"
    )
    for policy, e in report.exploration.items():
        print(
            f"{policy:<9} {e['accuracy']:>8.3f} {e['best_pattern_share_last_50']:>21.2f} "
            f"{e['times_best_tried']:>10} {e['bad_pattern_retired']!s:>11}  {e['posterior_means']}"
        )
    off = report.offline
    print(
        "\nOffline evaluation from Thompson's log (SNIPS): always-proven-server "
        f"{off['always_proven_server_pattern']['snips']:.3f} (true 0.40), always-new-vm "
        f"{off['always_new_vm_pattern']['snips']:.3f} (true 0.55)"
    )
    print(f"\nSimulation time: {report.seconds:.1f} s")
    if args.out is not None:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        data = {"benchmark": "sim_learning", "machine": machine(), **report.__dict__}
        args.out.write_text(json.dumps(data, indent=2, default=str) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
