"""Which datasets and tools a blind round wrote, read from ``evals/build_datasets.py``.

Shared by ``benchmarks/bench_mapping.py --blind 98-101`` (per-round totals) and
``evals/move_rounds_to_dev.py`` (the tools a moved round adds to ``blind_rounds.toml``).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

EVALS = Path(__file__).resolve().parent
INDEX = EVALS / "datasets" / "index.json"


def round_datasets(number: int) -> list[str]:
    """The dataset names blind round ``number`` writes (its ``roundN_specs``)."""
    sys.path.insert(0, str(EVALS))
    try:
        import build_datasets
    finally:
        sys.path.remove(str(EVALS))
    specs = getattr(build_datasets, f"round{number}_specs", None)
    if specs is None:
        raise SystemExit(f"evals/build_datasets.py has no round {number}")
    return [spec[0] for spec in specs()]


def tool_of_dataset() -> dict[str, str]:
    """Each bundled dataset's tool, from ``evals/datasets/index.json``."""
    return {e["name"]: e["tool"] for e in json.loads(INDEX.read_text(encoding="utf-8"))}
