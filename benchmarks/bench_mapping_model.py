"""The learned header model alone, leave-one-tool-out, and beside the mapper.

    python benchmarks/bench_mapping_model.py          # model alone, per tool
    python benchmarks/bench_mapping_model.py --both   # and how it complements the mapper

The product's ``HeaderModel`` (tools/mapping_model.py, off by default) learns from the
labelled dev columns of ``config/data/mapping_examples.csv``. Here each tool's columns
are predicted by a model trained on every *other* tool's examples, the honest proxy for
a tool it never saw. ``--both`` runs ``bench_mapping.py --loto --strict -v`` and counts
the columns the strict leave-one-tool-out mapper gets wrong that the model gets right
(the headroom of combining the two; ``bench_mapping.py --header-model`` measures the
combination itself).
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_mapping import datasets

from migrascope.tools.mapping_model import HeaderModel, LabelledColumn, load_examples

ROOT = Path(__file__).resolve().parents[1]


def leave_one_tool_out(
    examples: list[LabelledColumn],
) -> list[tuple[LabelledColumn, str | None]]:
    """(example, predicted field) for every example, by a model that never saw its tool."""
    out = []
    for tool in sorted({e.tool for e in examples}):
        test = [e for e in examples if e.tool == tool]
        model = HeaderModel([e for e in examples if e.tool != tool])
        readings = model.read_kinds([(e.header, e.kinds) for e in test], top=1)
        out += [(e, r[0].target) for e, r in zip(test, readings, strict=True)]
    return out


def mapper_strict_loto_mistakes() -> set[tuple[str, str]]:
    """(dataset, header) the strict leave-one-tool-out mapper gets wrong."""
    out = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "bench_mapping.py"), "--loto", "--strict", "-v"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    current, wrong, strict = None, set(), False
    for line in out.splitlines():
        if line.startswith("=="):  # the run prints plain leave-one-tool-out first
            strict = "strict" in line and "top-1" in line
            continue
        if not strict:
            continue
        m = re.match(r"^  (\S+)\s+(tuned|dev\S*)\s+\d+/", line)
        if m:
            current = m.group(1)
            continue
        m = re.match(r"^\s+'(.*)': got \S+ .* want \S+$", line)
        if m and current:
            wrong.add((current, m.group(1)))
    return wrong


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--both", action="store_true", help="compare with the mapper")
    args = parser.parse_args()
    predictions = leave_one_tool_out(load_examples())
    per_tool: dict[str, list[int]] = {}
    for e, predicted in predictions:
        tally = per_tool.setdefault(e.tool, [0, 0])
        tally[0] += predicted == e.field
        tally[1] += 1
    for tool, (right, total) in sorted(per_tool.items()):
        print(f"  {tool:24s} {right}/{total} = {right / total:.1%}")
    right = sum(p == e.field for e, p in predictions)
    print(f"model, leave-one-tool-out: {right}/{len(predictions)} = {right / len(predictions):.1%}")
    if args.both:
        tool_of = {name: tool for name, tool, _, _ in datasets()}
        wrong = {(tool_of[d], h) for d, h in mapper_strict_loto_mistakes()}
        # A (tool, header) is right for the model when every file's column of it is.
        model_right: dict[tuple[str, str], bool] = {}
        for e, p in predictions:
            key = (e.tool, e.header)
            model_right[key] = model_right.get(key, True) and p == e.field
        fixes = sum(1 for k in wrong if model_right.get(k))
        extra = sum(1 for k, ok in model_right.items() if not ok and k not in wrong)
        print(
            f"mapper (strict LOTO) wrong on {len(wrong)} tool headers; the model is right on "
            f"{fixes} of them and wrong on {extra} tool headers the mapper gets right"
        )


if __name__ == "__main__":
    main()
