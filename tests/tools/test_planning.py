"""Wave planning, and the plan validator run on generated estates of several shapes."""

from __future__ import annotations

import copy
import datetime as dt
import random

import pytest
from _planning_estates import estate

from migrascope.tools.assessment import assess_estate
from migrascope.tools.dependencies import Edge
from migrascope.tools.discovery import discover_applications
from migrascope.tools.planning import PlanApp, PlanSettings, plan_apps, plan_waves, validate_plan

DAY = dt.date(2026, 1, 1)  # a Thursday: waves start Monday 2026-01-05


def _plan_estate(assets, edges, settings):
    found = discover_applications(assets, edges)
    assessed = assess_estate(assets, found.applications, edges, as_of=DAY).to_json()
    apps = plan_apps(assessed)
    plan = plan_waves(apps, edges, labels={a["asset_pk"]: a["hostname"] for a in assets},
                      settings=settings, today=DAY)  # fmt: skip
    return apps, plan


def _check(assets, edges, settings):
    apps, plan = _plan_estate(assets, edges, settings)
    problems = validate_plan(
        plan.to_json(),
        [a["asset_pk"] for a in assets],
        edges,
        applications={a.name: a.assets for a in apps},
        excluded_strategies={
            a.name: a.strategy for a in apps if a.strategy in ("retire", "retain")
        },
    )
    assert problems == []
    return apps, plan


def _cross_app_cycles(assets, edges, n, seed):
    """Add edges between random assets of different applications, making cycles."""
    rng = random.Random(seed)
    extra = []
    for _ in range(n):
        a, b = rng.sample(range(1, len(assets) + 1), 2)
        extra += [Edge(a, b), Edge(b, a)]
    return edges + extra


SHAPES = [
    pytest.param(dict(n=300, seed=1, convention="dash", header_style="servicenow"), {}, 0, id="dash"),
    pytest.param(dict(n=300, seed=2, convention="compact", header_style="servicenow",
                      dependency_density=3.0), {}, 0, id="compact-dense-hubs"),
    pytest.param(dict(n=200, seed=3, convention="underscore", header_style="generic",
                      dependency_density=0), {}, 0, id="no-dependencies"),
    pytest.param(dict(n=300, seed=4, convention="dotted", header_style="rvtools"), {}, 12,
                 id="cross-app-cycles"),
    pytest.param(dict(n=250, seed=5, convention="dash", header_style="generic"),
                 dict(max_assets_per_wave=6, max_vcpu_per_wave=24, pilot_max_assets=4), 4,
                 id="tiny-caps"),
]  # fmt: skip


@pytest.mark.parametrize(("shape", "caps", "cycles"), SHAPES)
def test_validator_accepts_plans_of_generated_estates(shape, caps, cycles):
    n = shape.pop("n")
    _est, assets, edges = estate(n, **shape)
    if cycles:
        edges = _cross_app_cycles(assets, edges, cycles, seed=n)
    settings = PlanSettings.from_policy(**caps)
    apps, plan = _check(assets, edges, settings)
    placed = sum(len(w["assets"]) for w in plan.waves)
    assert placed + len(plan.excluded) == n
    assert plan.waves and plan.waves[0]["number"] == 1
    assert all(plan.reasons[a.name] for a in apps)
    if cycles:
        assert any(i["kind"] in ("cycle", "asset_cycles") for i in plan.issues)


def test_validator_accepts_random_graphs_with_cycles():
    rng = random.Random(7)
    assets = [{"asset_pk": i, "hostname": f"h{i:04d}", "application_name": f"app{i % 60}",
               "classified_type": "virtual_machine", "cpu_cores": rng.choice([2, 4, 8]),
               "memory_gb": 16, "os_name": "Ubuntu 22.04"} for i in range(1, 501)]  # fmt: skip
    # mostly "later app depends on earlier app", plus a few back edges that close cycles
    edges = []
    for _ in range(1500):
        a, b = rng.sample(range(1, 501), 2)
        edges.append(Edge(a, b) if a % 60 >= b % 60 else Edge(b, a))
    edges += [Edge(*rng.sample(range(1, 501), 2)) for _ in range(3)]
    _apps, plan = _check(assets, edges, PlanSettings.from_policy(max_assets_per_wave=40))
    assert len(plan.waves) >= 3
    assert any(i["kind"] == "cycle" for i in plan.issues)


def _apps(*specs):
    return [PlanApp(name=n, assets=list(pks), vcpu=4 * len(pks), readiness=r, production=p)
            for n, pks, r, p in specs]  # fmt: skip


def test_dependencies_move_first_when_caps_separate_them():
    apps = _apps(("front", [1], 80, True), ("middle", [2], 80, True), ("back", [3], 80, True))
    edges = [Edge(1, 2), Edge(2, 3)]
    settings = PlanSettings(max_assets_per_wave=1, pilot_max_applications=0)
    plan = plan_waves(apps, edges, settings=settings, today=DAY)
    assert [w["applications"] for w in plan.waves] == [["back"], ["middle"], ["front"]]
    assert plan.reasons["front"].startswith("wave 3; after its dependencies middle (wave 2)")
    assert plan.waves[0]["start"] == "2026-01-05" and plan.waves[0]["end"] == "2026-01-18"
    assert plan.waves[1]["start"] == "2026-01-26"


def test_a_dependency_cycle_is_never_split_even_over_the_cap():
    apps = _apps(("a", [1, 2], 80, True), ("b", [3, 4], 80, True), ("c", [5], 80, True))
    edges = [Edge(1, 3), Edge(3, 1), Edge(5, 1)]
    settings = PlanSettings(max_assets_per_wave=3, pilot_max_applications=0)
    plan = plan_waves(apps, edges, settings=settings, today=DAY)
    wave_of = plan.wave_of()
    assert wave_of["a"] == wave_of["b"] < wave_of["c"]
    assert plan.oversize == [wave_of["a"]]
    assert "dependency cycle" in plan.reasons["a"] and "wave to itself" in plan.reasons["a"]
    assert [i["kind"] for i in plan.issues][:2] == ["cycle", "asset_cycles"]
    assert validate_plan(plan.to_json(), range(1, 6), edges) == []


def test_pilot_is_the_low_risk_leaf_and_retained_apps_stay_out():
    apps = _apps(
        ("core", [1, 2], 60, True), ("intranet", [3], 90, False), ("dev-tools", [4], 95, False)
    )
    apps.append(PlanApp("switches", [], strategy="retain", excluded=[(5, "retain: network gear")]))
    edges = [Edge(3, 1), Edge(1, 5)]  # intranet needs core; core needs a retained switch
    plan = plan_waves(apps, edges, settings=PlanSettings(pilot_max_applications=1), today=DAY)
    assert plan.waves[0]["pilot"] and plan.waves[0]["applications"] == ["dev-tools"]
    assert plan.reasons["dev-tools"].startswith("wave 1 (pilot): low risk")
    assert plan.excluded == [{"asset": "5", "asset_pk": 5, "application": "switches",
                              "reason": "retain: network gear"}]  # fmt: skip
    assert plan.reasons["switches"] == "not in a wave: strategy retain"
    hybrid = [i for i in plan.issues if i["kind"] == "hybrid"]
    assert hybrid[0]["message"].startswith("core depends on switches, which stay(s) on premises")


def test_dangling_dependencies_and_empty_estates_are_reported_not_raised():
    plan = plan_waves(_apps(("a", [1], 80, False)), [Edge(1, 42)], today=DAY)
    assert plan.issues[0]["kind"] == "dangling"
    assert "names an asset outside the plan" in plan.issues[0]["message"]
    empty = plan_waves([], [], today=DAY)
    assert empty.waves == [] and empty.issues[0]["kind"] == "empty"


def test_validator_finds_broken_plans():
    apps = _apps(("a", [1], 80, True), ("b", [2], 80, True), ("c", [3], 80, True))
    edges = [Edge(1, 2)]
    plan = plan_waves(apps, edges, settings=PlanSettings(max_assets_per_wave=1,
                                                         pilot_max_applications=0), today=DAY)  # fmt: skip
    good = plan.to_json()
    assert validate_plan(good, [1, 2, 3], edges) == []

    swapped = copy.deepcopy(good)
    wa = next(w for w in swapped["waves"] if 1 in w["asset_keys"])
    wb = next(w for w in swapped["waves"] if 2 in w["asset_keys"])
    wa["asset_keys"], wb["asset_keys"] = wb["asset_keys"], wa["asset_keys"]
    assert any(
        "depends on asset 2, planned later" in p for p in validate_plan(swapped, [1, 2, 3], edges)
    )

    lost = copy.deepcopy(good)
    lost["waves"][-1]["asset_keys"] = []
    assert any("neither in a wave nor excluded" in p for p in validate_plan(lost, [1, 2, 3], edges))

    crowded = copy.deepcopy(good)
    crowded["waves"][0]["asset_keys"] = [1, 2, 3]
    problems = validate_plan(crowded, [1, 2, 3], edges)
    assert any("over the cap" in p for p in problems)
    assert any("is in waves" in p for p in problems)

    retired = validate_plan(good, [1, 2, 3], edges, excluded_strategies={"a": "retire"})
    assert retired == ["application a has strategy retire but is in a wave"]


def test_plan_is_stored_per_tenant_and_state_is_json(store, tenant):
    import json
    from pathlib import Path

    from migrascope.tools.assessment import assess_tenant
    from migrascope.tools.dependencies import build_dependencies
    from migrascope.tools.discovery import discover_tenant
    from migrascope.tools.importing import import_file
    from migrascope.tools.planning import plan_tenant

    import_file(store, tenant, Path(__file__).resolve().parents[2] / "examples" / "cmdb_sample.csv")
    build_dependencies(store, tenant)
    discover_tenant(store, tenant)
    assessed = assess_tenant(store, tenant, as_of=DAY).to_json()
    json.dumps(assessed)  # what the workflow state carries must be JSON
    plan, plan_id = plan_tenant(store, tenant, assessed, today=DAY)
    json.dumps(plan.to_json())
    latest = store.plans.latest(tenant)
    assert latest is not None and latest["plan_id"] == plan_id
    assert [w["applications"] for w in latest["waves"]] == [w["applications"] for w in plan.waves]
    assert latest["waves"][0]["start_date"] == dt.date(2026, 1, 5)
    assert len(latest["excluded"]) == len(plan.excluded) > 0
    other = store.ensure_tenant(tenant + "-other")
    assert store.plans.latest(other) is None
    assert store.applications.list(other) == []
    assert store.assessments.list(other) == []
