"""The learning simulation on the real database (tools/simulation.py, quick settings).

A stream of imports reviewed from ground truth must raise accuracy, retire a bad
pattern, move thresholds only in the direction the measured accuracy justifies,
and exploration must find the better pattern that greedy never tries.
"""

from __future__ import annotations

from statistics import mean

import pytest

from migrascope.config import load_data
from migrascope.tools.simulation import run_simulation


@pytest.fixture(scope="module")
def report(database_url, tmp_path_factory):
    from migrascope.config import Settings
    from migrascope.memory import Store

    settings = Settings(database_url=database_url, home=tmp_path_factory.mktemp("sim"))  # type: ignore[arg-type]
    with Store.open(settings) as store:
        return run_simulation(store, quick=True)


def _by_round(report, key):
    steps = report.stream
    return {r: mean(s[key] for s in steps if s["round"] == r) for r in (1, 2, 3)}


def test_accuracy_rises_with_feedback(report):
    mapping = _by_round(report, "mapping_accuracy")
    classification = _by_round(report, "classification_accuracy")
    assert mapping[2] > mapping[1] and mapping[3] > mapping[1]
    assert classification[3] > classification[1]


def test_bad_patterns_retire(report):
    level = load_data("learning.toml")["patterns"]["retirement_level"]
    # UCB keeps trying the bad pattern until its evidence is conclusive: then it retires.
    assert report.exploration["ucb"]["bad_pattern_retired"]
    assert report.exploration["ucb"]["posterior_means"]["database"] < level
    # Greedy never tried it (sceptical prior), so it has no evidence to retire on.
    assert not report.exploration["greedy"]["bad_pattern_retired"]


def test_thresholds_move_only_where_accuracy_says(report):
    cfg = load_data("learning.toml")["adaptation"]
    changes = report.stream_thresholds + [
        {"old_value": c["old"], "new_value": c["new"], "reason": c["reason"], "accuracy": None}
        for c in report.calibration
    ]
    assert changes
    for c in report.stream_thresholds:
        target = cfg["high_target"] if c["threshold"] == "auto" else cfg["medium_target"]
        if c["new_value"] > c["old_value"]:
            assert c["accuracy"] < target
        else:
            assert c["accuracy"] >= cfg["excellent"]
    phases = [(c["phase"], c["new"] > c["old"]) for c in report.calibration]
    assert phases[0] == ("over-confident", True)
    assert ("reliable", False) in phases
    assert all(up for phase, up in phases if phase == "over-confident")
    assert not any(up for phase, up in phases if phase == "reliable")


def test_exploration_finds_the_pattern_greedy_misses(report):
    greedy, thompson = report.exploration["greedy"], report.exploration["thompson"]
    assert greedy["times_best_tried"] == 0
    assert thompson["times_best_tried"] > 0
    assert thompson["best_pattern_share_last_50"] > 0.5
    assert thompson["accuracy"] > greedy["accuracy"]
    assert thompson["diversity"]["distinct_patterns"] > greedy["diversity"]["distinct_patterns"]
    assert report.exploration["ucb"]["best_pattern_share_last_50"] > 0.5
    off = report.offline
    assert off["always_new_vm_pattern"]["snips"] > off["always_proven_server_pattern"]["snips"]
