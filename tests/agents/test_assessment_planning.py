"""The assessment and planning agents over the planning tools."""

from __future__ import annotations

from migrascope.agents import (
    AssessmentAgent,
    AssessmentInput,
    DiscoveryAgent,
    DiscoveryInput,
    PlanningAgent,
    PlanningInput,
)
from migrascope.memory import Thresholds


def test_assess_then_plan_a_discovered_estate(store, tenant, estate_csv):
    path, _ = estate_csv(160, seed=31)
    out = DiscoveryAgent(store).run(DiscoveryInput(tenant=tenant, file=str(path)))
    assert out.rows_imported == 160

    # A cautious tenant reviews every strategy below 0.99.
    store.thresholds.set(
        tenant, "migration_strategy", Thresholds(auto=0.99, suggest=0.1, reject=0.05)
    )
    assessed = AssessmentAgent(store).run(AssessmentInput(tenant=tenant))
    assert assessed.applications and assessed.assessment["assets"]
    assert len(assessed.assessment["assets"]) == 160
    apps = {a["name"]: a for a in assessed.assessment["applications"]}
    assert assessed.review, "no strategy in the suggest band"
    for item in assessed.review:
        assert item.operation == "migration_strategy"
        name = item.subject.removeprefix("app:")
        assert item.proposed == apps[name]["strategy"] and item.proposed in item.options

    planned = PlanningAgent(store).run(PlanningInput(tenant=tenant, assessment=assessed.assessment))
    assert planned.problems == []
    assert planned.plan["waves"] and planned.plan_id > 0
    placed = {pk for w in planned.plan["waves"] for pk in w["asset_keys"]}
    excluded = {int(x["asset_pk"]) for x in planned.plan["excluded"]}
    assert placed | excluded == {int(a["asset_pk"]) for a in assessed.assessment["assets"]}
