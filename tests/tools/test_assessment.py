"""6R assessment: rules from the policy file, readiness factors, risks, learned verdicts."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from migrascope.errors import ConfigError, InputError
from migrascope.tools._policy import load_policy
from migrascope.tools.assessment import (
    assess_application,
    assess_asset,
    assess_tenant,
    lifecycle,
    normalise_criticality,
    normalise_environment,
    record_strategy_feedback,
)
from migrascope.tools.dependencies import build_dependencies
from migrascope.tools.discovery import discover_tenant
from migrascope.tools.importing import import_file
from migrascope.tools.planning import plan_tenant

SAMPLE = Path(__file__).resolve().parents[2] / "examples" / "cmdb_sample.csv"
DAY = dt.date(2026, 1, 1)
POLICY = load_policy()


@pytest.mark.parametrize(
    ("text", "status", "eol"),
    [
        ("Windows Server 2008 R2 Standard", "eol", "2020-01-14"),
        ("Ubuntu 20.04 LTS", "nearing_eol", "2025-05-31"),  # nearing from 2025-01-01
        ("Red Hat Enterprise Linux 9.2", "supported", "2032-05-31"),
        ("Cisco IOS-XE 17.6", "not_applicable", None),
        ("BeOS 5", "unknown", None),
        ("", "unknown", None),
    ],
)
def test_lifecycle_from_the_policy_table(text, status, eol):
    assert lifecycle(text, POLICY["os"], dt.date(2025, 1, 1)) == (status, eol)


@pytest.mark.parametrize(
    ("value", "env"),
    [("Production", "production"), ("PRD", "production"), ("QA", "test"),
     ("Disaster recovery", "dr"), ("Development", "development"), ("banana", None)],
)  # fmt: skip
def test_environment_spellings(value, env):
    assert normalise_environment(value) == env


def test_criticality_spellings():
    assert [normalise_criticality(v) for v in ("1 - Critical", "High", "tier 3", "low", "")] == [
        "critical", "high", "medium", "low", None,
    ]  # fmt: skip


def _vm(**kw):
    base = {"asset_pk": 1, "hostname": "prd-app-01", "classified_type": "virtual_machine",
            "os_name": "Red Hat Enterprise Linux 9.2", "cpu_cores": 4, "memory_gb": 16,
            "storage_gb": 100, "environment": "Test", "manufacturer": "VMware, Inc.",
            "is_virtual": True}  # fmt: skip
    base.update(kw)
    return base


def test_supported_small_vm_is_rehosted_with_relocate_noted():
    a = assess_asset(_vm(), dependencies=2, as_of=DAY)
    assert a.strategy == "rehost" and a.rule == "ready to lift and shift"
    assert a.confidence == 0.8
    assert a.relocate and "Azure VMware Solution" in a.relocate
    assert set(a.factors) == {"os", "size", "dependencies", "database", "licensing", "criticality"}
    assert a.factors["os"]["score"] == 100 and a.factors["criticality"]["score"] == 100
    expected = sum(f["score"] * f["weight"] for f in a.factors.values()) / sum(
        f["weight"] for f in a.factors.values()
    )
    assert a.readiness == pytest.approx(expected)
    assert a.risks == []


def test_end_of_life_os_is_replatformed_with_a_high_risk():
    a = assess_asset(_vm(os_name="Windows Server 2008 R2 Standard", environment="Production"),
                     as_of=DAY)  # fmt: skip
    assert a.strategy == "replatform"
    assert a.factors["os"] == {
        "score": 20.0, "weight": 0.25,
        "detail": "Windows Server 2008 R2 Standard has been out of support since 2020-01-14",
    }  # fmt: skip
    assert a.factors["criticality"]["detail"] == "high (from production environment)"
    assert [r["name"] for r in a.risks] == ["eol-os"]
    assert "rehost" in a.alternatives


@pytest.mark.parametrize(
    ("asset", "strategy", "risk"),
    [
        pytest.param({"classified_type": "server", "os_name": "VMware ESXi 7.0 U3", "is_virtual": False},
                     "retire", "physical-server", id="hypervisor"),
        pytest.param({"classified_type": "network_device", "os_name": "Cisco IOS-XE 17.6"},
                     "retain", None, id="switch"),
        pytest.param({"classified_type": "firewall", "os_name": "PAN-OS 10.2"}, "repurchase", None,
                     id="firewall"),
        pytest.param({"classified_type": "database", "database_engine": "PostgreSQL 15"},
                     "replatform", None, id="postgres"),
        pytest.param({"classified_type": "database", "database_engine": "Oracle Database 19c"},
                     "rehost", "oracle-licensing", id="oracle"),
        pytest.param({"classified_type": "database", "database_engine": "Microsoft SQL Server 2014"},
                     "replatform", "eol-db", id="old-sql-server"),
        pytest.param({"os_name": "AIX 7.2"}, "refactor", None, id="aix"),
        pytest.param({"power_state": "poweredOff"}, "retire", None, id="powered-off"),
        pytest.param({"storage_gb": 8000}, "rehost", "large-data", id="big-disk"),
    ],
)  # fmt: skip
def test_strategy_rules(asset, strategy, risk):
    a = assess_asset(_vm(**asset), as_of=DAY)
    assert a.strategy == strategy
    if risk:
        assert risk in [r["name"] for r in a.risks]
    if strategy in ("retire", "retain"):
        assert a.relocate is None


def test_a_team_policy_file_overrides_the_defaults(tmp_path):
    own = tmp_path / "rules.toml"
    own.write_text(
        '[[strategy]]\nname = "we keep everything"\nstrategy = "retain"\nconfidence = 0.5\n'
        'reason = "Policy of the client: nothing moves this year."\n'
        "[readiness.weights]\nos = 1.0\nsize = 0\ndependencies = 0\ndatabase = 0\n"
        "licensing = 0\ncriticality = 0\n"
    )
    policy = load_policy(own)
    a = assess_asset(_vm(os_name="Windows Server 2008"), policy=policy, as_of=DAY)
    assert (a.strategy, a.confidence) == ("retain", 0.5)
    assert a.readiness == 20.0  # only the OS factor counts now
    assert policy["planning"]["max_assets_per_wave"] == 50  # untouched tables stay
    with pytest.raises(ConfigError, match="does not exist"):
        load_policy(tmp_path / "missing.toml")
    (tmp_path / "bad.toml").write_text("[[strategy]\n")
    with pytest.raises(ConfigError, match="is not valid TOML"):
        load_policy(tmp_path / "bad.toml")


def test_application_takes_the_majority_of_migrating_members():
    members = [
        assess_asset(_vm(asset_pk=1), as_of=DAY),
        assess_asset(_vm(asset_pk=2), as_of=DAY),
        assess_asset(
            _vm(asset_pk=3, classified_type="database", database_engine="MySQL 8"), as_of=DAY
        ),
        assess_asset(_vm(asset_pk=4, os_name="VMware ESXi 7.0"), as_of=DAY),
    ]
    app = assess_application("shop", members)
    assert app.strategy == "rehost"
    assert app.migrating == [1, 2, 3] and app.excluded == [4]
    assert app.reasons[0] == "members: 2 rehost, 1 replatform; 1 stay out of waves"
    assert app.confidence == pytest.approx(0.8 * 2 / 3)


def test_strategy_feedback_is_learned_and_changes_the_plan(store, tenant):
    import_file(store, tenant, SAMPLE)
    build_dependencies(store, tenant)
    discover_tenant(store, tenant)
    first = assess_tenant(store, tenant, as_of=DAY)
    web = next(a for a in first.assets.values() if a.name == "prd-pay-web01")
    assert web.strategy == "replatform"
    assert first.applications["crm"].strategy == "rehost"

    record_strategy_feedback(store, tenant, "prd-pay-web01", proposed="replatform",
                             corrected="refactor")  # fmt: skip
    record_strategy_feedback(store, tenant, "app:crm", proposed="rehost", corrected="repurchase")
    record_strategy_feedback(store, tenant, "app:hr", proposed="rehost")  # a confirmation
    record_strategy_feedback(store, tenant, "app:reporting", proposed="x", corrected="retire")
    events = store.feedback.list(tenant, operation="migration_strategy")
    assert len(events) == 4

    second = assess_tenant(store, tenant, as_of=DAY)
    web = next(a for a in second.assets.values() if a.name == "prd-pay-web01")
    assert (web.strategy, web.confidence, web.decision) == ("refactor", 0.99, "auto")
    # without a verdict, a disagreeing application sits below the auto-apply threshold
    assert first.applications["payments"].decision in ("suggest", "review")
    assert web.reasons[0].startswith("a person set refactor on ")
    assert second.applications["crm"].strategy == "repurchase"
    assert second.applications["hr"].confidence == 0.99
    reporting = second.applications["reporting"]
    assert reporting.strategy == "retire" and reporting.migrating == []

    plan, _ = plan_tenant(store, tenant, second.to_json(), today=DAY)
    assert all("reporting" not in w["applications"] for w in plan.waves)
    reasons = {x["asset"]: x["reason"] for x in plan.excluded}
    assert reasons["prd-rpt-db01"].startswith(
        "application reporting is retire: a person set retire"
    )
    stored = store.assessments.list(tenant, "application")
    assert {r["subject"]: r["strategy"] for r in stored}["crm"] == "repurchase"
    assert store.assessments.list(tenant + "-x") == []

    with pytest.raises(InputError, match="Strategy 'lift' is not one of rehost"):
        record_strategy_feedback(store, tenant, "prd-pay-web01", proposed="x", corrected="lift")
