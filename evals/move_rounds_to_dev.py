"""Move measured blind rounds to dev: the bookkeeping of evals/BLIND_ROUNDS.md, step 2.

A held-out round is measured once (``benchmarks/bench_mapping.py --blind 98-101`` prints
each round's totals); then it becomes dev data. This script records that in the three places
that say so: the round's ``ROUNDk`` constant in ``evals/build_datasets.py`` (with the
figures), its heading in ``evals/datasets/README.md`` and a new entry in
``evals/blind_rounds.toml`` (its tools and the commit that measured it, which
``evals/build_mapping_replays.py`` replays it at). Run from the repository root:

    python evals/move_rounds_to_dev.py d16d283 98=88.5/92.1 99=72.2/81.2 --note "..."

then ``PYTHONPATH=src python evals/build_datasets.py``,
``python evals/build_mapping_examples.py`` and
``python evals/build_mapping_replays.py --missing``.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tomllib
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from blind_rounds import round_datasets, tool_of_dataset

ROOT = Path(__file__).resolve().parent.parent
BUILD = ROOT / "evals" / "build_datasets.py"
README = ROOT / "evals" / "datasets" / "README.md"
ROUNDS = ROOT / "evals" / "blind_rounds.toml"


def parse_figures(text: str) -> tuple[int, float, float]:
    """``98=88.5/92.1`` → (98, rules %, reranker %)."""
    match = re.fullmatch(r"(\d+)=(\d+(?:\.\d+)?)/(\d+(?:\.\d+)?)", text.strip())
    if not match:
        raise SystemExit(f"expected ROUND=RULES/RERANKER (e.g. 98=88.5/92.1), got {text!r}")
    return int(match[1]), float(match[2]), float(match[3])


def round_tools(number: int) -> list[str]:
    """The tools of round ``number``, in the order its specs write them."""
    tool_of = tool_of_dataset()
    return list(dict.fromkeys(tool_of[name] for name in round_datasets(number)))


def move(commit: str, figures: list[tuple[int, float, float]], note: str) -> None:
    """Edit the three files; refuse a round that is not held out or already listed."""
    build = BUILD.read_text(encoding="utf-8")
    readme = README.read_text(encoding="utf-8")
    rounds = ROUNDS.read_text(encoding="utf-8")
    listed = {r["number"] for r in tomllib.loads(rounds)["round"]}
    for i, (number, rules, reranker) in enumerate(figures):
        constant = f"ROUND{number} = HELDOUT\n"
        # "(`held-out`, not measured yet)", or "(`held-out`, measured once at ...)" when a
        # round was measured in a session that had no fresher round to keep held out.
        found = re.search(
            rf"^### Held-out round {number} \(`held-out`[^\n]*\)$", readme, re.MULTILINE
        )
        if constant not in build or found is None or number in listed:
            raise SystemExit(f"round {number} is not a held-out round")
        heading = found[0]
        build = build.replace(
            constant,
            f'ROUND{number} = "dev"  # measured once held out at {commit} ({rules}% rules, '
            f"{reranker}% with the reranker)\n",
            1,
        )
        readme = readme.replace(
            heading,
            f"### Held-out round {number} (now `dev`, group dev{number + 1}: measured once at "
            f"{commit}, {rules} % with the rules, {reranker} % with the reranker)",
            1,
        )
        text = f"{rules}% ({reranker}%)"
        if i == 0 and note:
            text = f"{note}; {text}"
        tools = ", ".join(json.dumps(t) for t in round_tools(number))
        rounds = rounds.rstrip("\n") + (
            f"\n\n[[round]]\nnumber = {number}\ntools = [{tools}]\n"
            f"note = {json.dumps(text)}\nreplayed_at = {json.dumps(commit)}\n"
        )
    BUILD.write_text(build, encoding="utf-8")
    README.write_text(readme, encoding="utf-8")
    ROUNDS.write_text(rounds, encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("commit", help="the commit that measured the rounds (blind to them)")
    parser.add_argument("figures", nargs="+", metavar="ROUND=RULES/RERANKER")
    parser.add_argument("--note", default="", help="said once, on the first round's entry")
    args = parser.parse_args()
    if not re.fullmatch(r"[0-9a-f]{7,40}", args.commit):
        raise SystemExit(f"not a commit id: {args.commit!r}")
    move(args.commit[:7], [parse_figures(f) for f in args.figures], args.note)


if __name__ == "__main__":
    main()
