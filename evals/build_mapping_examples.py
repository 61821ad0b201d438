"""Write ``config/data/mapping_examples.csv``: the labelled columns the header model learns.

    python evals/build_mapping_examples.py

Every column of every dataset under ``evals/datasets`` that is not held out, with its
tool, header, the value kinds our profiler reads from the export's sample, and the
field its truth labels (empty = no field); opaque headers (``Custom1``) are left out.
Held-out datasets are never read: they
measure the model, they don't teach it. Deterministic; re-run it after relabelling,
adding datasets or changing the profiler (a test checks the file is current).
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from migrascope.config import data_path
from migrascope.evaluation import load_dataset
from migrascope.tools.mapping_lexicon import is_opaque_header
from migrascope.tools.mapping_model import EXAMPLES_FILE, LabelledColumn, kinds_text
from migrascope.tools.profiling import profile_table
from migrascope.tools.readers import open_table

DATASETS = Path(__file__).resolve().parent / "datasets"


def labelled_columns(datasets: Path = DATASETS) -> list[LabelledColumn]:
    """Every labelled column of the non-held-out datasets, in index order."""
    out = []
    for entry in json.loads((datasets / "index.json").read_text()):
        dataset = load_dataset(datasets / entry["name"])
        if not dataset.columns or "held-out" in (entry.get("split"), dataset.split):
            continue
        with open_table(dataset.export) as table:
            headers = list(table.headers)
            sample = [r.values for r in table.sample]
        for header, profile in zip(headers, profile_table(headers, sample), strict=True):
            # "Custom1" holds the environment in one file and nothing in the next: an
            # opaque header teaches the model nothing about headers.
            if header in dataset.columns and not is_opaque_header(header):
                field = dataset.columns[header]
                out.append(LabelledColumn(dataset.tool, header, kinds_text(profile), field))
    return out


def render(columns: list[LabelledColumn]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(["tool", "header", "kinds", "field"])
    for c in columns:
        writer.writerow([c.tool, c.header, c.kinds, c.field or ""])
    return buffer.getvalue()


def main() -> None:
    columns = labelled_columns()
    path = data_path(EXAMPLES_FILE)
    path.write_text(render(columns), encoding="utf-8")
    tools = len({c.tool for c in columns})
    print(f"wrote {path}: {len(columns)} labelled columns of {tools} tools")


if __name__ == "__main__":
    main()
