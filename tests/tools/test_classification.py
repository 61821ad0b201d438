"""Classification: rules over every field, facets, bad input, learning and isolation."""

from __future__ import annotations

import json

import pytest

from migrascope.errors import InputError
from migrascope.memory import Store
from migrascope.memory._thresholds import default_thresholds
from migrascope.tools.classification import Classifier, load_classifier, signature
from migrascope.tools.classification_learning import (
    accuracy,
    apply_corrections,
    classify_estate,
    learning_curve,
    teach_asset,
)
from migrascope.tools.classification_rules import name_codes, name_tokens
from migrascope.tools.importing import import_file

VM = {
    "os_name": "Microsoft Windows Server 2019 Standard",
    "manufacturer": "VMware, Inc.",
    "model": "VMware Virtual Platform",
    "cpu_cores": 4,
    "memory_gb": 16,
}


@pytest.fixture
def clf() -> Classifier:
    return Classifier(default_thresholds("asset_classification"))


@pytest.mark.parametrize(
    ("name", "codes"),
    [
        pytest.param("SQLPROD02", {"sql", "prod"}, id="compact-role-env"),
        pytest.param("LONPRDSQL014", {"prd", "sql"}, id="compact-site-env-role"),
        pytest.param("LONCORSW01", {"sw"}, id="short-code-before-digits"),
        pytest.param("pos-web-prd01", {"web", "prd"}, id="dashed"),
        pytest.param("lonapppay003", {"app"}, id="no-short-code-inside-word"),
    ],
)
def test_name_tokens_segment_compact_names(name: str, codes: set[str]) -> None:
    tokens = {t for t, _ in name_tokens(name)}
    assert codes <= tokens
    assert "pa" not in tokens


@pytest.mark.parametrize(
    ("record", "expected"),
    [
        pytest.param({"hostname": "SQLPROD02", **VM}, "database", id="compact-sql"),
        pytest.param({"hostname": "LONPRDSQL014"}, "database", id="name-only-compact"),
        pytest.param({"hostname": "web-07", **VM}, "virtual_machine", id="vm-hardware"),
        pytest.param(
            {
                "hostname": "app-03",
                "os_name": "Red Hat Enterprise Linux 8.8",
                "manufacturer": "Dell Inc.",
                "model": "PowerEdge R750",
                "cpu_cores": 32,
                "memory_gb": 512,
            },
            "server",
            id="physical-shape",
        ),
        pytest.param(
            {
                "hostname": "core-a",
                "os_name": "Cisco NX-OS",
                "manufacturer": "Cisco",
                "model": "N9K-C93180YC-EX",
            },
            "network_device",
            id="switch",
        ),
        pytest.param(
            {
                "hostname": "edge01",
                "os_name": "PAN-OS (VM-Series)",
                **{k: VM[k] for k in ("manufacturer", "model")},
            },
            "firewall",
            id="virtual-appliance",
        ),
        pytest.param(
            {"hostname": "node7", "database_engine": "PostgreSQL", "database_version": "14"},
            "database",
            id="db-field",
        ),
        pytest.param({"hostname": "Warehouse Management"}, "application", id="app-ci"),
        pytest.param(
            {"hostname": "ups-hall-2", "manufacturer": "APC", "model": "Smart-UPS SRT 5000"},
            "other",
            id="ups",
        ),
        pytest.param(
            {"hostname": "esx-14", "os_name": "VMware ESXi 7.0.3"}, "server", id="hypervisor"
        ),
    ],
)
def test_rules_use_every_field(clf: Classifier, record: dict, expected: str) -> None:
    result = clf.classify(record)
    assert result.asset_type == expected, result.reasons
    assert result.reasons and 0 < result.confidence <= 1


def test_extra_columns_are_evidence(clf: Classifier) -> None:
    record = {"hostname": "node-4", "os_name": "Ubuntu 22.04", "cpu_cores": 4, "memory_gb": 8}
    plain = clf.classify(record)
    with_ports = clf.classify(
        record, {"Listening ports": "22, 5432", "Installed software": "nginx 1.24"}
    )
    assert plain.asset_type != "database"
    assert with_ports.asset_type == "database"
    assert with_ports.stack is not None
    assert with_ports.stack.database.value == "PostgreSQL"
    assert [f.value for f in with_ports.stack.web_servers] == ["nginx"]


def test_facets_environment_criticality_stack(clf: Classifier) -> None:
    result = clf.classify(
        {"hostname": "LONPRDSQL014", **VM, "description": "Microsoft SQL Server 2019 for payments"}
    )
    assert result.environment is not None and result.environment.value == "production"
    assert "prd" in " ".join(result.environment.reasons)
    assert result.criticality is not None and result.criticality.value == "critical"
    assert result.stack is not None
    assert result.stack.os_family.value == "windows"
    assert result.stack.database.value == "Microsoft SQL Server"
    assert result.stack.database_version == "2019"
    field_env = clf.classify({"hostname": "x-1", "environment": "Pre-Prod", **VM})
    assert field_env.environment is not None and field_env.environment.value == "staging"
    letter = clf.classify({"hostname": "mes-app-d01", **VM})
    assert letter.environment is not None and letter.environment.value == "development"
    payload = result.to_json()
    assert {"asset_type", "confidence", "decision", "reasons", "pattern_id"} <= set(payload)
    assert payload["environment"]["value"] == "production"
    assert payload["tech_stack"]["database"]["value"] == "Microsoft SQL Server"
    json.dumps(payload)


def test_almost_empty_asset_is_other_with_low_confidence(clf: Classifier) -> None:
    result = clf.classify({"hostname": "zx-41"})
    assert result.asset_type == "other"
    assert result.confidence < 0.3
    assert result.decision == "unmapped"
    assert "only the name 'zx-41'" in result.reasons[0]
    nothing = clf.classify({})
    assert nothing.asset_type == "other" and "no name" in nothing.reasons[0]


def test_conflicting_evidence_is_reported_and_held(clf: Classifier) -> None:
    clean = clf.classify(
        {
            "hostname": "fw-edge-1",
            "manufacturer": "Palo Alto Networks",
            "model": "PA-5220",
            "os_name": "PAN-OS",
        }
    )
    assert clean.asset_type == "firewall" and clean.decision == "auto" and not clean.conflicts
    result = clf.classify(
        {
            "hostname": "fw-edge-1",
            "manufacturer": "Palo Alto Networks",
            "model": "PA-5220",
            "os_name": "Microsoft Windows Server 2016 Standard",
        }
    )
    assert result.asset_type == "firewall"
    assert result.decision == "suggest"
    assert result.conflicts and "Windows" in result.conflicts[0]
    cisco_windows = clf.classify(
        {
            "hostname": "host9",
            "manufacturer": "Cisco",
            "model": "C9300-48P",
            "os_name": "Microsoft Windows Server 2019 Standard",
        }
    )
    assert cisco_windows.decision != "auto"
    assert any("conflicting evidence" in r for r in cisco_windows.reasons)


def test_classify_many_matches_classify(clf: Classifier) -> None:
    records = [{"hostname": f"LONPRDSQL{i:03d}"} for i in range(5)] + [{"hostname": "web-1", **VM}]
    assert [c.asset_type for c in clf.classify_many(records)] == [
        clf.classify(r).asset_type for r in records
    ]


def test_signature_drops_digits() -> None:
    assert signature({"hostname": "web-01"}) == signature({"hostname": "web-02"})
    assert signature({"hostname": "web-01"}) != signature({"hostname": "db-01"})


# ------------------------------------------------------------------ learning, real store
def _records(rows: list[dict]) -> list:
    from migrascope.memory import AssetRecord

    return [AssetRecord(row_number=i + 1, raw={}, canonical=r) for i, r in enumerate(rows)]


def test_teaching_generalises_and_stays_in_tenant(store: Store, tenant: str) -> None:
    other = store.ensure_tenant(tenant + "-other")
    gateways = [{"hostname": f"zorb-{c}{i}"} for c in "abc" for i in range(4)]
    before = load_classifier(store, tenant).classify_many(gateways)
    assert {c.asset_type for c in before} != {"network_device"}
    teach_asset(store, tenant, gateways[0], "network_device", previous=before[0].asset_type)
    after = load_classifier(store, tenant).classify_many(gateways[1:])
    assert all(c.asset_type == "network_device" for c in after), after[0].reasons
    assert any("learned" in r for r in after[0].reasons)
    assert after[0].pattern_id is not None
    untouched = load_classifier(store, other).classify_many(gateways)
    assert [c.asset_type for c in untouched] == [c.asset_type for c in before]
    events = store.feedback.list(tenant)
    assert events[0]["action"] == "correct" and events[0]["corrected"] == "network_device"
    assert store.feedback.list(other) == []


def test_teach_rejects_labels_outside_taxonomy(store: Store, tenant: str) -> None:
    with pytest.raises(InputError, match="not in the taxonomy"):
        teach_asset(store, tenant, {"hostname": "a1"}, "mainframe")
    assert store.classification_patterns.count(tenant) == {}
    assert store.feedback.list(tenant) == []


def test_model_trains_on_confirmed_labels(store: Store, tenant: str) -> None:
    rows = [{"hostname": f"qz{k}-{i}", **VM} for k in ("alpha", "omega") for i in range(3)]
    for row in rows[:2]:
        teach_asset(store, tenant, row, "container_platform")
    for row in rows[3:5]:
        teach_asset(store, tenant, row, "virtual_machine")
    classifier = load_classifier(store, tenant)
    assert classifier.model.ready and classifier.model.n_examples >= 2
    assert set(classifier.model.classes) == {"container_platform", "virtual_machine"}


def test_apply_corrections_and_learning_curve(store: Store, tenant: str) -> None:
    rows = [{"hostname": f"zorb-{c}{i}"} for c in "abc" for i in range(5)]
    rows += [{"hostname": f"web-{i}", **VM} for i in range(5)]
    labels = ["network_device"] * 15 + ["virtual_machine"] * 5
    records = _records(rows)
    cold = accuracy(classify_estate(store, tenant, records), labels)
    curve = learning_curve(store, tenant, records, labels, steps=(0, 1, 2))
    assert curve[0].accuracy == pytest.approx(cold)
    assert curve[-1].accuracy > cold
    assert curve[-1].rows == len(rows) - 2 or curve[-1].accuracy == 1.0
    assert apply_corrections(store, tenant, records, labels, 5, already=set(range(20))) == []


def test_import_stores_facets(store: Store, tenant: str, write_csv) -> None:
    path = write_csv(
        "Name,Operating System,Manufacturer,Model,Environment,Description\n"
        'LONPRDSQL014,Microsoft Windows Server 2019,"VMware, Inc.",VMware Virtual Platform,PROD,SQL Server 2019\n'
        "fw-edge-1,Microsoft Windows Server 2016,Palo Alto Networks,PA-5220,,\n"
        "zx-41,,,,,\n"
    )
    report = import_file(store, tenant, path)
    assert report.rows_imported == 3
    assets = {a["hostname"]: a for a in store.assets.list(tenant, limit=10)}
    sql = assets["LONPRDSQL014"]["classification"]
    assert assets["LONPRDSQL014"]["classified_type"] == "database"
    assert sql["environment"]["value"] == "production"
    assert sql["tech_stack"]["database"]["value"] == "Microsoft SQL Server"
    assert assets["fw-edge-1"]["classification"]["decision"] == "suggest"
    assert assets["zx-41"]["classified_type"] == "other"
    assert report.review_count >= 1


def test_a_pattern_worn_down_by_failures_weighs_less(store, tenant):
    """The confidence a taught pattern contributes follows its Beta posterior."""
    from migrascope.tools.classification import load_classifier
    from migrascope.tools.classification_learning import teach_asset

    record = {"hostname": "zq-unit-07"}
    pattern = teach_asset(store, tenant, record, "firewall")
    fresh = load_classifier(store, tenant).classify(record)
    assert fresh.asset_type == "firewall"
    store.classification_patterns.reward(tenant, [pattern.pattern_id], success=False, amount=6)
    worn = load_classifier(store, tenant).classify(record)
    assert worn.confidence < fresh.confidence


@pytest.mark.parametrize(
    ("name", "codes"),
    [
        pytest.param(
            "QXZTCF-P30-02", ("qxztcf", "cf", "tcf", "ztcf", "p30"), id="site-numbered-role"
        ),
        pytest.param("LONPRDDC001", ("lonprddc", "dc", "ddc", "rddc"), id="compact-ending"),
        pytest.param("ad-dc-p01", ("ad", "dc"), id="series-letter-is-no-code"),
        pytest.param("10.1.2.3", (), id="ip-address"),
    ],
)
def test_name_codes_keep_unknown_codes_not_series(name: str, codes: tuple[str, ...]) -> None:
    assert name_codes(name) == codes


def test_corrections_teach_a_name_code_the_rules_do_not_know(store: Store, tenant: str) -> None:
    """Two corrected hosts teach their siblings at other sites; a site code that was
    taught with two types is no evidence; another tenant learns nothing."""
    other = store.ensure_tenant(tenant + "-other")
    teach_asset(store, tenant, {"hostname": "QXZT-P30-01"}, "database", previous="other")
    teach_asset(store, tenant, {"hostname": "WBRN-P30-04"}, "database", previous="other")
    teach_asset(store, tenant, {"hostname": "QXZT-P17-02"}, "load_balancer", previous="other")
    hosts = [{"hostname": h} for h in ("MNOP-P30-07", "MNOP-P31-07", "QXZT-P44-09")]
    results = {
        r["hostname"]: c
        for r, c in zip(hosts, load_classifier(store, tenant).classify_many(hosts), strict=True)
    }
    sibling = results["MNOP-P30-07"]
    assert sibling.asset_type == "database", sibling.reasons
    assert any("name code 'p30'" in r and "(2 of 2)" in r for r in sibling.reasons), sibling.reasons
    assert results["MNOP-P31-07"].asset_type != "database"
    # QXZT was taught as a database and as a load balancer: a site code, not evidence
    assert not any("name code" in r for r in results["QXZT-P44-09"].reasons)
    untouched = load_classifier(store, other).classify_many(hosts)
    assert all(not any("learned" in r for r in c.reasons) for c in untouched)
    assert untouched[0].asset_type != "database"


def test_a_signature_only_pattern_teaches_its_name_codes(store: Store, tenant: str) -> None:
    for site in ("QXZT", "WBRN"):
        sig = signature({"hostname": f"{site}-R12-01"})
        store.classification_patterns.teach(tenant, sig, "storage", features={})
    result = load_classifier(store, tenant).classify({"hostname": "MNOP-R12-05"})
    assert result.asset_type == "storage", result.reasons
    assert any("name code 'r12'" in r for r in result.reasons)
