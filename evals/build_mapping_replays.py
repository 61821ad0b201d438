"""Build ``config/data/mapping_replays.jsonl``: the mapper's blind runs on tools new to it.

Each round of held-out tools was written without reading the mapper, and the mapper of
that day met it once before anyone studied its mistakes. This script re-creates those
meetings: for every round it checks out the commit that was still blind to it (a git
worktree under ``$TMPDIR``), maps the round's files with that commit's code, and keeps
what the reranker learns from (``tools/mapping_rerank.py``): each column's candidates,
scores, decision, value kinds and true field. The header model's reading is added with
today's model trained on every labelled example except the tool's own, as it would read
a tool it never saw.

The rounds still held out (``split: held-out`` in index.json) are never replayed: they
are what the reranker is measured on. Run from the repository root:

    PYTHONPATH=src python evals/build_mapping_replays.py
    PYTHONPATH=src python evals/build_mapping_replays.py --relabel  # labels changed only
    PYTHONPATH=src python evals/build_mapping_replays.py --missing  # new rounds only
"""

from __future__ import annotations

import inspect
import json
import os
import subprocess
import sys
import tempfile
import tomllib
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATASETS = ROOT / "evals" / "datasets"
OUT = ROOT / "src" / "migrascope" / "config" / "data" / "mapping_replays.jsonl"

BLIND_ROUNDS = ROOT / "evals" / "blind_rounds.toml"


def _numbers(numbers: Sequence[int]) -> str:
    """``rounds 4-6`` or ``rounds 45, 48``: a batch's rounds for the log."""
    runs: list[list[int]] = []
    for n in sorted(numbers):
        if runs and n == runs[-1][-1] + 1:
            runs[-1].append(n)
        else:
            runs.append([n])
    parts = [f"{r[0]}-{r[-1]}" if len(r) > 1 else str(r[0]) for r in runs]
    return ("round " if len(numbers) == 1 else "rounds ") + ", ".join(parts)


def _replay_batches() -> tuple[tuple[str, str, tuple[str, ...]], ...]:
    """(commit blind to the rounds, their label, their tools), one per commit named by a
    round's ``replayed_at`` in ``evals/blind_rounds.toml``. Each commit predates any rule
    written from those tools' mistakes (see the git log: "measured once", "moved to dev")."""
    with BLIND_ROUNDS.open("rb") as fh:
        rounds = tomllib.load(fh)["round"]
    batches: dict[str, tuple[list[int], list[str]]] = {}
    for r in rounds:
        if "replayed_at" in r:
            numbers, tools = batches.setdefault(r["replayed_at"], ([], []))
            numbers.append(r["number"])
            tools.extend(r["tools"])
    return tuple(
        (commit, _numbers(numbers), tuple(tools)) for commit, (numbers, tools) in batches.items()
    )


REPLAYS = _replay_batches()

# Run inside the old checkout (its own code and benchmark), against today's datasets.
_DUMP = r"""
import json, sys
from pathlib import Path
sys.path.insert(0, "benchmarks")
import bench_mapping as bm
bm.DATASETS = Path(sys.argv[1])
try:  # a checkout that has a reranker replays its rules alone: those are what it learns on
    from migrascope.tools import mapping_rerank
    mapping_rerank.enabled_reranker = lambda: None
except ImportError:
    pass
tools = set(sys.argv[2].split(","))
for name, tool, path, truth in bm.datasets():
    if tool not in tools:
        continue
    _, result, _ = bm.map_file_cold(path)
    with bm.open_table(path) as table:
        sample = [r.values for r in table.sample]
    agree = agreements([c.target for c in result.columns], sample)
    columns = []
    for c, agreement in zip(result.columns, agree):
        if c.source not in truth["columns"]:
            continue
        p = c.profile
        columns.append({
            "header": c.source, "truth": truth["columns"][c.source], "target": c.target,
            "conf": round(c.confidence, 4), "decision": c.decision, "combine": c.combine,
            "cands": [[k.target, round(k.score, 4), k.source, round(getattr(k, "own", k.score), 4)]
                      for k in c.candidates[:6]],
            "kinds": {k: round(v, 3) for k, v in (p.kinds if p else {}).items()},
            "dominant": p.dominant if p else "empty",
            "fill": round(p.fill_ratio, 3) if p else 0.0,
            "distinct": round(p.distinct_ratio, 3) if p else 0.0,
            "list_share": round(getattr(p, "list_share", 0.0), 3) if p else 0.0,
            "ncols": len(result.columns),
            "agree": {k: round(v, 3) for k, v in agreement.items()},
        })
    print(json.dumps({"tool": tool, "file": name, "columns": columns}))
"""


def _held_out_tools() -> set[str]:
    index = json.loads((DATASETS / "index.json").read_text(encoding="utf-8"))
    return {d["tool"] for d in index if d.get("split") == "held-out"}


def _replay(commit: str, tools: tuple[str, ...], scratch: Path) -> list[dict]:
    tree = scratch / commit
    if not tree.exists():
        subprocess.run(
            ["git", "-C", str(ROOT), "worktree", "add", "--detach", str(tree), commit],
            check=True,
            capture_output=True,
        )
    env = {**os.environ, "PYTHONPATH": str(tree / "src")}
    from migrascope.tools import mapping_rerank

    # The feature code the product runs, run as it is inside the old checkout.
    script = "\n".join(
        [
            "from collections.abc import Sequence",
            inspect.getsource(mapping_rerank.value_agreement),
            inspect.getsource(mapping_rerank.agreements),
            _DUMP,
        ]
    )
    out = subprocess.run(
        [sys.executable, "-c", script, str(DATASETS), ",".join(tools)],
        cwd=tree,
        env=env,
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return [json.loads(line) for line in out.splitlines() if line.startswith("{")]


def _add_model_readings(files: list[dict]) -> None:
    """Today's header model, trained without the tool's own examples, reads each column."""
    from migrascope.tools.mapping_model import HeaderModel, kinds_text_of, load_examples

    examples = load_examples()
    for tool in sorted({f["tool"] for f in files}):
        model = HeaderModel([e for e in examples if e.tool != tool])
        for f in (f for f in files if f["tool"] == tool):
            kinds = [kinds_text_of(c["kinds"], bool(c["fill"])) for c in f["columns"]]
            readings = model.read_kinds(
                [(c["header"], k) for c, k in zip(f["columns"], kinds, strict=True)], 5
            )
            for c, rs in zip(f["columns"], readings, strict=True):
                c["model"] = [[r.target, round(r.probability, 4)] for r in rs]


def _read() -> list[dict]:
    """The replays file as it stands: one dict per replayed file."""
    return [json.loads(line) for line in OUT.read_text(encoding="utf-8").splitlines() if line]


def _write(files: list[dict], summary: str = "") -> None:
    """The replays file: one JSON object per file, in file-name order."""
    files = sorted(files, key=lambda f: f["file"])
    OUT.write_text("".join(json.dumps(f, sort_keys=True) + "\n" for f in files), encoding="utf-8")
    print(f"wrote {OUT.relative_to(ROOT)}: {len(files)} files{summary}")


def relabel() -> None:
    """Refresh the replays' true fields (and the header model's readings) from today's labels.

    The old checkouts' mapping of a file does not depend on its labels, so after labels
    change (``evals/LABELLING_GUIDE.md``) only each column's ``truth`` and the header
    model, trained on the relabelled examples, need redoing: minutes instead of a replay.
    """
    files = _read()
    changed = 0
    for f in files:
        truth = json.loads((DATASETS / f["file"] / "truth.json").read_text(encoding="utf-8"))
        for c in f["columns"]:
            label = truth["columns"].get(c["header"], c["truth"])
            changed += label != c["truth"]
            c["truth"] = label
    _add_model_readings(files)
    _write(files, f", {changed} labels changed")


def _replay_rounds(rounds: Sequence[tuple[str, str, tuple[str, ...]]]) -> list[dict]:
    """Replay each round at its blind commit (a worktree removed afterwards)."""
    held_out = _held_out_tools()
    files: list[dict] = []
    with tempfile.TemporaryDirectory(prefix="replays-") as tmp:
        scratch = Path(tmp)
        try:
            for commit, label, tools in rounds:
                leaked = held_out.intersection(tools)
                if leaked:
                    raise SystemExit(f"{label}: held-out tools must not be replayed: {leaked}")
                replayed = _replay(commit, tools, scratch)
                right = sum(c["target"] == c["truth"] for f in replayed for c in f["columns"])
                total = sum(len(f["columns"]) for f in replayed)
                print(f"{label} at {commit}: {len(replayed)} files, {right}/{total} right")
                files.extend(replayed)
        finally:
            for commit, _, _ in rounds:
                if (scratch / commit).exists():
                    subprocess.run(
                        [
                            "git",
                            "-C",
                            str(ROOT),
                            "worktree",
                            "remove",
                            "--force",
                            str(scratch / commit),
                        ],
                        check=False,
                    )
    return files


def missing() -> None:
    """Replay only the rounds none of whose tools the file has yet (rounds just moved to
    dev), keep every other file as it is and refresh the header model's readings: a
    replay of the old rounds would give the same output (their commits and, after
    ``--relabel``, their labels are fixed), so minutes instead of a full rebuild."""
    files = _read()
    have = {f["tool"] for f in files}
    rounds = [r for r in REPLAYS if not have.intersection(r[2])]
    if not rounds:
        raise SystemExit("every round of REPLAYS is in the replays already")
    files.extend(_replay_rounds(rounds))
    _add_model_readings(files)
    _write(files, f", {len(rounds)} new round(s): {', '.join(r[1] for r in rounds)}")


def main() -> None:
    if sys.argv[1:] == ["--relabel"]:
        relabel()
        return
    if sys.argv[1:] == ["--missing"]:
        missing()
        return
    files = _replay_rounds(REPLAYS)
    _add_model_readings(files)
    _write(files)


if __name__ == "__main__":
    main()
