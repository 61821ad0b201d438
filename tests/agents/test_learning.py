"""The learning agent: answers become patterns; naming suggestions need evidence."""

from __future__ import annotations

import pytest

from migrascope.agents import Answer, BootstrapInput, LearningAgent
from migrascope.errors import InputError
from migrascope.tools.mapping import MappingResult
from migrascope.tools.synthetic import generate_estate


def test_correction_becomes_a_mapping_pattern_and_feedback(store, tenant, write_csv):
    from migrascope.tools.importing import mapped_table

    agent = LearningAgent(store)
    event = agent.apply_answer(
        tenant, "field_mapping", "Zorgl Qty", None,
        Answer(id="field_mapping:Zorgl Qty", action="correct", value="cpu_cores"),
    )  # fmt: skip
    assert event > 0
    path = write_csv("host,Zorgl Qty\nweb01,4\n")
    with mapped_table(store, tenant, path) as (_, mapping):
        assert isinstance(mapping, MappingResult)
        col = next(c for c in mapping.columns if c.source == "Zorgl Qty")
    assert col.target == "cpu_cores"
    fb = store.feedback.list(tenant)
    assert fb[0]["action"] == "correct" and fb[0]["corrected"] == "cpu_cores"


def test_correction_without_value_is_refused(store, tenant):
    with pytest.raises(InputError, match="needs the right answer"):
        LearningAgent(store).apply_answer(
            tenant, "asset_classification", "web01", "server", Answer(id="x", action="correct")
        )
    assert store.feedback.list(tenant) == []


def test_naming_suggestions_are_not_applied_until_accepted(store, tenant):
    agent = LearningAgent(store)
    names = [a.hostname for a in generate_estate(200, seed=9, convention="dash").assets]
    stored = agent.discover_naming(tenant, names)
    assert stored and all(n.state == "suggested" for n in stored)
    assert agent.parse_names(tenant, ["prd-pay-web01"]) == {}
    best = stored[0]
    agent.decide_naming(tenant, best.naming_id, accept=True)
    parsed = agent.parse_names(tenant, ["prd-pay-web01"])
    assert parsed["prd-pay-web01"]["env"] == "prd"
    assert store.feedback.list(tenant)[0]["operation"] == "naming_convention"
    with pytest.raises(InputError, match="no naming convention"):
        agent.decide_naming(tenant, 10**9, accept=True)


def test_verify_naming_accepts_only_with_agreeing_labels(store, tenant):
    agent = LearningAgent(store)
    names = [a.hostname for a in generate_estate(200, seed=9, convention="dash").assets]
    agent.discover_naming(tenant, names)
    wrong = [(n, {"env": "xyz"}) for n in names]
    assert agent.verify_naming(tenant, wrong) == []
    right = [(n, {"env": n.split("-")[0]}) for n in names]
    accepted = agent.verify_naming(tenant, right)
    assert [a.template for a in accepted] == ["{env}-{app}-{role}{nn}"]
    assert accepted[0].evidence["agreement"] == 1.0


def test_bootstrap_seeds_a_new_tenant(store, tenant, estate_csv):
    from migrascope.tools.importing import classify_file

    path, estate = estate_csv(150, seed=21, convention="compact")
    truth = [a.asset_type for a in estate.assets]

    def accuracy() -> float:
        rows = classify_file(store, tenant, path)
        return sum(r["asset_type"] == t for r, t in zip(rows, truth, strict=True)) / len(truth)

    before = accuracy()
    out = LearningAgent(store).bootstrap(
        tenant, BootstrapInput(seed=1, rows_per_estate=200, header_styles=["servicenow"])
    )
    assert out.estates == 4 and out.mapping_patterns > 10
    assert out.classification_patterns == 0  # off by default: synthetic labels are noisy
    assert store.mapping_patterns.count(tenant)["active"] >= out.mapping_patterns - 2
    assert "{env}-{app}-{role}{nn}" in out.naming_accepted
    accepted = LearningAgent(store).naming(tenant, "accepted")
    assert all(a.evidence["agreement"] >= 0.95 for a in accepted)
    assert accuracy() == before
