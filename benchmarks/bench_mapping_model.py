"""Experiment: a learned header-and-values model for field mapping, leave-one-tool-out.

    python benchmarks/bench_mapping_model.py          # model alone, per tool
    python benchmarks/bench_mapping_model.py --both   # and how it complements the mapper

Not part of the product (yet). The rule mapper sits at 80-88 % on blind rounds of tools
it was never tuned on; this asks whether a model trained on the labelled exports we
already have would add evidence the lexicon lacks. Each tool's columns are predicted by
a logistic regression trained on every *other* tool's dev columns (char 2-4-grams and
words of the normalised header, plus the value kinds of its profile). Held-out datasets
are never read. ``--both`` runs ``bench_mapping.py --loto --strict -v`` and counts the
columns the strict leave-one-tool-out mapper gets wrong that the model gets right.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_mapping import datasets, group_of
from scipy.sparse import hstack
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression

from migrascope.tools.mapping_lexicon import header_words
from migrascope.tools.profiling import profile_table
from migrascope.tools.readers import open_table

ROOT = Path(__file__).resolve().parents[1]


def labelled_columns() -> list[tuple[str, str, str, str, str, str]]:
    """(tool, header words, value kinds, truth, dataset, header) of every dev column."""
    rows = []
    for name, tool, export, labels in datasets():
        if group_of(name) == "held-out":
            continue
        truth = labels["columns"]
        with open_table(export) as table:
            headers = list(table.headers)
            sample = [r.values for r in table.sample]
        for header, prof in zip(headers, profile_table(headers, sample), strict=True):
            if header not in truth:
                continue
            kinds = (
                " ".join(f"K_{k}" for k, share in prof.kinds.items() if share >= 0.2)
                if prof.filled
                else "K_empty"
            )
            field = truth[header] or "none"
            rows.append((tool, header_words(header), kinds, field, name, header))
    return rows


def leave_one_tool_out(rows: list[tuple[str, str, str, str, str, str]]) -> dict:
    """Predictions for every column by a model that never saw its tool."""
    predictions = {}
    for tool in sorted({r[0] for r in rows}):
        train = [r for r in rows if r[0] != tool]
        test = [r for r in rows if r[0] == tool]
        grams = TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 4), sublinear_tf=True)
        words = TfidfVectorizer(token_pattern=r"\S+")
        kinds = TfidfVectorizer(token_pattern=r"\S+")
        x_train = hstack(
            [
                grams.fit_transform([r[1] for r in train]),
                words.fit_transform([r[1] for r in train]),
                kinds.fit_transform([r[2] for r in train]),
            ]
        )
        x_test = hstack(
            [
                grams.transform([r[1] for r in test]),
                words.transform([r[1] for r in test]),
                kinds.transform([r[2] for r in test]),
            ]
        )
        model = LogisticRegression(max_iter=2000, C=5.0).fit(x_train, [r[3] for r in train])
        for predicted, r in zip(model.predict(x_test), test, strict=True):
            predictions[(r[4], r[5])] = (r[0], predicted, r[3])
    return predictions


def mapper_strict_loto_mistakes() -> set[tuple[str, str]]:
    """(dataset, header) the strict leave-one-tool-out mapper gets wrong."""
    out = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "bench_mapping.py"), "--loto", "--strict", "-v"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    current, wrong = None, set()
    for line in out.splitlines():
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
    predictions = leave_one_tool_out(labelled_columns())
    per_tool: dict[str, list[int]] = {}
    for tool, predicted, truth in predictions.values():
        tally = per_tool.setdefault(tool, [0, 0])
        tally[0] += predicted == truth
        tally[1] += 1
    for tool, (right, total) in sorted(per_tool.items()):
        print(f"  {tool:24s} {right}/{total} = {right / total:.1%}")
    right = sum(p == t for _, p, t in predictions.values())
    print(f"model, leave-one-tool-out: {right}/{len(predictions)} = {right / len(predictions):.1%}")
    if args.both:
        wrong = mapper_strict_loto_mistakes()
        fixes = sum(1 for k in wrong if k in predictions and predictions[k][1] == predictions[k][2])
        extra = sum(1 for k, (_, p, t) in predictions.items() if p != t and k not in wrong)
        print(
            f"mapper (strict LOTO) wrong on {len(wrong)} columns; the model is right on {fixes} "
            f"of them and wrong on {extra} columns the mapper gets right"
        )


if __name__ == "__main__":
    main()
