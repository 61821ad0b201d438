"""How often two labellers agree, and how the cold-start mapper does against each.

    python benchmarks/bench_agreement.py

The mapping target is measured against one writer's ground truth per dataset. A second
person labelled the same exports blind (from the exports, the schema and the labelling
conventions only: not the first truth, not the mapper): ``evals/agreement/<name>.json``.
Where two careful labellers disagree, no mapper can match both, so their agreement is
the ceiling of what a single truth can measure. Prints, per dataset and overall, the
labellers' agreement and the mapper's top-1 against the first truth, against the second,
and on the columns where both agree.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_mapping import DATASETS, map_file_cold

AGREEMENT = DATASETS.parent / "agreement"


def main() -> None:
    totals = {"columns": 0, "agree": 0, "first": 0, "second": 0, "agreed_right": 0}
    files = sorted(AGREEMENT.glob("*.json"))
    if not files:
        raise SystemExit(f"no second labels under {AGREEMENT}")
    print(
        f"  {'dataset':20s} {'columns':>7s} {'labellers agree':>16s} {'mapper vs 1st':>14s} "
        f"{'vs 2nd':>8s} {'on agreed':>10s}"
    )
    for path in files:
        second = json.loads(path.read_text())["columns"]
        folder = DATASETS / path.stem
        first = json.loads((folder / "truth.json").read_text())["columns"]
        export = next(folder.glob("export.*"))
        _, result, _ = map_file_cold(export)
        got = {c.source: c.target for c in result.columns}
        common = [h for h in first if h in second and h in got]
        agree = [h for h in common if first[h] == second[h]]
        row = {
            "columns": len(common),
            "agree": len(agree),
            "first": sum(got[h] == first[h] for h in common),
            "second": sum(got[h] == second[h] for h in common),
            "agreed_right": sum(got[h] == first[h] for h in agree),
        }
        for k, v in row.items():
            totals[k] += v
        _print(path.stem, row)
    _print("overall", totals)


def _print(name: str, row: dict[str, int]) -> None:
    n, a = row["columns"], row["agree"]
    print(
        f"  {name:20s} {n:7d} {a / n:16.1%} {row['first'] / n:14.1%} "
        f"{row['second'] / n:8.1%} {row['agreed_right'] / max(a, 1):10.1%}"
    )


if __name__ == "__main__":
    main()
