"""Evaluation: how well discovery recovers the applications of generated estates.

Run:  .venv/bin/python benchmarks/eval_discovery.py [--assets 400] [--seed 3]

Purity = share of assets whose discovered application's majority is their true one
(infrastructure without an application counts as one truth label). Printed per export
layout and naming convention, with the number of applications found and how.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "tools"))

from _planning_estates import estate

from migrascope.memory import HashingEmbedder
from migrascope.tools.discovery import discover_applications


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--assets", type=int, default=400)
    parser.add_argument("--seed", type=int, default=3)
    args = parser.parse_args()
    embedder = HashingEmbedder(384)
    print(f"{'layout':<11} {'names':<11} {'found':>5} {'truth':>5} {'purity':>7}  seconds  methods")
    for style in ("servicenow", "generic", "rvtools"):
        for convention in ("dash", "compact", "underscore", "dotted"):
            est, assets, edges = estate(
                args.assets, seed=args.seed, convention=convention, header_style=style
            )
            start = time.perf_counter()
            found = discover_applications(assets, edges, embedder=embedder)
            seconds = time.perf_counter() - start
            truth = {i: a.application for i, a in enumerate(est.assets, 1)}
            majority = sum(
                Counter(truth[m] for m in app.members).most_common(1)[0][1]
                for app in found.applications
            )
            methods = Counter(a.method for a in found.applications)
            print(
                f"{style:<11} {convention:<11} {len(found.applications):>5} "
                f"{len(set(truth.values())):>5} {majority / len(assets):>7.3f}  {seconds:7.2f}  "
                + ", ".join(f"{m} {n}" for m, n in methods.most_common())
            )


if __name__ == "__main__":
    main()
