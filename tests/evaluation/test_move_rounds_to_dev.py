"""``evals/move_rounds_to_dev.py``: a measured blind round becomes dev data in the three
places that say so, once.

Why: the benchmark's dev groups and the replays are derived from ``blind_rounds.toml``; a
round moved in one file but not another would be replayed while still labelled held out
(or measured again as if new). The script runs on copies of small files here.
"""

from __future__ import annotations

import importlib.util
import tomllib
from pathlib import Path
from types import ModuleType

import pytest

SCRIPT = Path(__file__).resolve().parents[2] / "evals" / "move_rounds_to_dev.py"


def _load(tmp_path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location("move_rounds_to_dev", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    module.BUILD = tmp_path / "build_datasets.py"
    module.README = tmp_path / "README.md"
    module.ROUNDS = tmp_path / "blind_rounds.toml"
    module.BUILD.write_text('ROUND7 = "dev"\nROUND8 = HELDOUT\nROUND9 = HELDOUT\n')
    module.README.write_text(
        "### Held-out round 8 (`held-out`, not measured yet)\n\n"
        "### Held-out round 9 (`held-out`, not measured yet)\n"
    )
    module.ROUNDS.write_text('[[round]]\nnumber = 7\ntools = ["a"]\n')
    module.round_tools = lambda n: {8: ["b", "c"], 9: ["d"]}[n]
    return module


def test_a_round_moves_in_all_three_files(tmp_path: Path) -> None:
    mover = _load(tmp_path)
    mover.move("abc1234", [mover.parse_figures("8=80.5/90.25")], "batch of one")

    assert 'ROUND8 = "dev"  # measured once held out at abc1234 (80.5% rules, 90.25%' in (
        mover.BUILD.read_text()
    )
    assert "ROUND9 = HELDOUT" in mover.BUILD.read_text()
    assert "round 8 (now `dev`, group dev9: measured once at abc1234, 80.5 %" in (
        mover.README.read_text()
    )
    rounds = tomllib.loads(mover.ROUNDS.read_text())["round"]
    assert rounds[-1] == {
        "number": 8,
        "tools": ["b", "c"],
        "note": "batch of one; 80.5% (90.25%)",
        "replayed_at": "abc1234",
    }


def test_a_round_moves_once_and_bad_figures_are_refused(tmp_path: Path) -> None:
    mover = _load(tmp_path)
    mover.move("abc1234", [(9, 70.0, 80.0)], "")
    before = [p.read_text() for p in (mover.BUILD, mover.README, mover.ROUNDS)]

    with pytest.raises(SystemExit, match="round 9 is not a held-out round"):
        mover.move("def5678", [(9, 71.0, 81.0)], "")
    with pytest.raises(SystemExit, match="round 7 is not"):
        mover.move("def5678", [(7, 71.0, 81.0)], "")
    assert [p.read_text() for p in (mover.BUILD, mover.README, mover.ROUNDS)] == before
    with pytest.raises(SystemExit, match="ROUND=RULES/RERANKER"):
        mover.parse_figures("9:70/80")


def test_a_round_measured_but_kept_held_out_moves_too(tmp_path: Path) -> None:
    """A session with no fresher round keeps its measured one held out, with the figures
    in the heading; the next session's move must still find it."""
    mover = _load(tmp_path)
    mover.README.write_text(
        "### Held-out round 8 (`held-out`, measured once at abc1234: 80.5 % with the rules, "
        "90.25 % with the reranker; moves to dev next session)\n\n"
        "### Held-out round 9 (`held-out`, not measured yet)\n"
    )
    mover.move("abc1234", [(8, 80.5, 90.25)], "")

    readme = mover.README.read_text()
    assert readme.startswith(
        "### Held-out round 8 (now `dev`, group dev9: measured once at abc1234"
    )
    assert "moves to dev next session" not in readme
    assert "### Held-out round 9 (`held-out`, not measured yet)" in readme
