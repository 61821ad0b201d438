"""Exploration policies over real stored patterns: choice, propensities, safety, logging."""

from __future__ import annotations

import pytest

from migrascope.errors import ToolError
from migrascope.memory import PatternMatch, Thresholds
from migrascope.tools.exploration import Explorer, choose_and_record, diversity, offline_value
from migrascope.tools.feedback import record_feedback

THRESHOLDS = Thresholds(0.85, 0.65, 0.35)


def _arms(store, tenant):
    repo = store.classification_patterns
    proven = repo.teach(tenant, "name node-# | a", "server", agent="legacy", explicit=False)
    for k in range(40):
        repo.reward(tenant, [proven.pattern_id], success=k < 18)
    fresh = repo.teach(
        tenant, "name node-# | b", "virtual_machine", agent="vm-inspector", explicit=False
    )
    proven = repo.by_ids(tenant, [proven.pattern_id])[proven.pattern_id]
    return proven, fresh


def test_greedy_always_takes_the_best_posterior_mean(store, tenant):
    proven, fresh = _arms(store, tenant)
    explorer = Explorer("greedy")
    for _ in range(5):
        choice = explorer.choose([proven, fresh], THRESHOLDS)
        assert choice.pattern.pattern_id == proven.pattern_id
        assert choice.propensity == 1.0 and not choice.explored


def test_thompson_tries_the_unproven_pattern_with_logged_probabilities(store, tenant):
    proven, fresh = _arms(store, tenant)
    explorer = Explorer("thompson", seed=3, draws=4000)
    choices = [explorer.choose([proven, fresh], THRESHOLDS) for _ in range(60)]
    tried = [c for c in choices if c.pattern.pattern_id == fresh.pattern_id]
    assert 0 < len(tried) < 60
    for c in choices:
        assert sum(c.probabilities.values()) == pytest.approx(1.0)
        assert c.propensity == pytest.approx(c.probabilities[c.pattern.pattern_id])
    # P(Beta(1,2) > Beta(19,24)) is about 0.2: the estimate must be near it.
    assert 0.1 < choices[0].probabilities[fresh.pattern_id] < 0.35


def test_exploration_never_auto_applies_below_the_auto_threshold(store, tenant):
    proven, fresh = _arms(store, tenant)
    explorer = Explorer("thompson", seed=1)
    for _ in range(40):
        c = explorer.choose([proven, fresh], Thresholds(0.3, 0.2, 0.1))
        if c.explored:
            assert c.decision == "suggest"
            assert any(r.startswith("explored") for r in c.reasons)
        assert c.confidence == pytest.approx(c.pattern.score)  # the mean, never the sample
    c = Explorer("thompson", seed=1).choose([fresh], THRESHOLDS)
    assert c.confidence == pytest.approx(1 / 3) and c.decision == "unmapped"


def test_ucb_tries_the_rarely_tried_pattern(store, tenant):
    proven, fresh = _arms(store, tenant)
    choice = Explorer("ucb").choose([proven, fresh], THRESHOLDS)
    assert choice.pattern.pattern_id == fresh.pattern_id and choice.explored


def test_a_tenants_explicit_correction_for_the_key_always_wins(store, tenant):
    proven, fresh = _arms(store, tenant)
    mine = store.classification_patterns.teach(tenant, "name node-# | mine", "database")
    matches = [PatternMatch(proven, 0.9), PatternMatch(fresh, 0.9), PatternMatch(mine, 1.0)]
    for policy in ("thompson", "ucb", "greedy"):
        c = Explorer(policy, seed=0).choose(matches, THRESHOLDS)
        assert c.pattern.pattern_id == mine.pattern_id and c.policy == "explicit"
        assert c.probabilities[mine.pattern_id] == 1.0


def test_choices_are_logged_rewarded_and_evaluable_offline(store, tenant):
    proven, fresh = _arms(store, tenant)
    explorer = Explorer("thompson", seed=7, draws=500)
    for i in range(30):
        cands = store.classification_patterns.by_ids(tenant, [proven.pattern_id, fresh.pattern_id])
        choice, decision_id = choose_and_record(
            store,
            tenant,
            "asset_classification",
            f"node-{i}",
            list(cands.values()),
            explorer=explorer,
        )
        ok = choice.answer == "virtual_machine"
        record_feedback(
            store, tenant, decision_id, "confirm" if ok else "reject", teach=False, adapt=False
        )
    log = store.choices.list(tenant, "asset_classification")
    assert len(log) == 30
    assert all(r["reward"] in (0.0, 1.0) and 0 < r["propensity"] <= 1 for r in log)
    assert {c["pattern_id"] for c in log[0]["candidates"]} == {proven.pattern_id, fresh.pattern_id}
    div = diversity(store, tenant, "asset_classification")
    assert div["choices"] == 30 and div["distinct_patterns"] == 2 and div["entropy_bits"] > 0
    always_fresh = offline_value(log, lambda cands: fresh.pattern_id)
    always_proven = offline_value(log, lambda cands: proven.pattern_id)
    assert always_fresh["snips"] == pytest.approx(1.0)
    assert always_proven["snips"] == pytest.approx(0.0)
    decision = store.decisions.get(tenant, log[0]["decision_id"])
    assert decision["evidence"]["policy"] == "thompson"
    assert decision["evidence"]["runner_up"] is not None


def test_bad_policy_and_empty_candidates_are_clear_errors(store, tenant):
    with pytest.raises(ToolError, match="Exploration policy 'epsilon' is unknown"):
        Explorer("epsilon")
    with pytest.raises(ToolError, match="No active candidate pattern"):
        Explorer("greedy").choose([], THRESHOLDS)
