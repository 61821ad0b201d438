"""The decision cache changes nothing, and the rules generalise by structure, not names."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from migrascope.memory import Store
from migrascope.memory._thresholds import default_thresholds
from migrascope.tools import synthetic
from migrascope.tools.classification import Classification, Classifier, load_classifier
from migrascope.tools.classification_learning import load_labelled_estate, teach_asset
from migrascope.tools.classification_rules import keyword_hits, leave_out_keywords

DATASETS = Path(__file__).resolve().parents[2] / "evals" / "datasets"


def _full(result: Classification) -> tuple[Any, ...]:
    return (result.to_json(), result.scores, result.probability)


def _varied_estate(tmp_path: Path) -> tuple[list[dict], list[dict], list[str]]:
    """Every synthetic naming convention plus hand-made odd rows (same series, other
    digits, other case, no name, a list value, unmapped columns)."""
    records: list[dict] = []
    extras: list[dict] = []
    labels: list[str] = []
    for i, convention in enumerate(synthetic.CONVENTIONS):
        estate = synthetic.generate_estate(150, seed=40 + i, convention=convention)
        d = tmp_path / convention
        d.mkdir()
        synthetic.write_csv(estate, d / "export.csv")
        synthetic.write_truth(estate, d / "truth.json")
        est = load_labelled_estate(d)
        records += [dict(r.canonical) for r in est.records]
        extras += [dict(r.extra) for r in est.records]
        labels += est.labels
    odd = [
        ({"hostname": "web-01", "cpu_cores": 4, "memory_gb": 8}, {}),
        ({"hostname": "WEB-02", "cpu_cores": 4.0, "memory_gb": 8}, {}),
        ({"hostname": "web-03", "cpu_cores": 4, "is_virtual": 1}, {}),
        ({"hostname": "web-04", "cpu_cores": 4, "is_virtual": True}, {}),
        ({"hostname": "f5-ltm-01"}, {}),
        ({"hostname": "f6-ltm-01"}, {}),
        ({"hostname": "zx-41"}, {}),
        ({"hostname": "zx-42"}, {}),
        ({}, {}),
        ({"hostname": "db-1", "description": ["a", "list"]}, {}),
        ({"hostname": "app-9", "mac_address": "00:50:56:aa:bb:cc"}, {"Listening ports": "5432"}),
        ({"hostname": "app-8", "mac_address": "00:50:56:11:22:33"}, {"Listening ports": "80"}),
        ({"hostname": "mes-app-p01", "description": "MES web tier 'mes-app-p01'"}, {}),
        ({"hostname": "mes-app-p02", "description": "MES web tier 'mes-app-p01'"}, {}),
    ]
    for record, extra in odd:
        records.append(record)
        extras.append(extra)
        labels.append("virtual_machine")
    return records, extras, labels


def test_cache_gives_identical_results_cold(tmp_path: Path) -> None:
    records, extras, _ = _varied_estate(tmp_path)
    thresholds = default_thresholds("asset_classification")
    cached = Classifier(thresholds)
    # twice through the cached classifier: the second pass is all cache hits
    first = cached.classify_many(records, extras=extras)
    again = cached.classify_many(records, extras=extras)
    plain = Classifier(thresholds, cache=False).classify_many(records, extras=extras)
    series = Classifier(thresholds)
    hosts = [
        {"hostname": f"web-{i:02d}", "os_name": "Ubuntu 22.04", "cpu_cores": 2} for i in range(40)
    ]
    assert len({r.reasons[0] for r in series.classify_many(hosts)}) == 40  # own names
    assert len(series._decisions) == 1  # one decision served the whole series
    for a, b, c in zip(first, again, plain, strict=True):
        assert _full(a) == _full(c)
        assert _full(b) == _full(c)
    # each asset gets its own name in its reasons, never the one the decision was made for
    by_name = {r.get("hostname"): res for r, res in zip(records, first, strict=True)}
    assert any("'WEB-02'" in reason for reason in by_name["WEB-02"].reasons)
    assert not any("web-01" in reason for reason in by_name["WEB-02"].reasons)
    assert by_name["web-03"].reasons != by_name["web-04"].reasons  # 1 is not True
    # results are the classifier's own objects: changing one leaves the others alone
    first[0].reasons.append("edited")
    assert "edited" not in cached.classify_many(records[:1], extras=extras[:1])[0].reasons


def test_cache_gives_identical_results_with_patterns_and_model(
    store: Store, tenant: str, tmp_path: Path
) -> None:
    records, extras, labels = _varied_estate(tmp_path)
    for i in range(0, 200, 10):
        teach_asset(store, tenant, records[i], "database" if i % 20 else labels[i])
    cached = load_classifier(store, tenant)
    assert cached.model.ready and cached._patterns
    plain = load_classifier(store, tenant)
    plain.cache = False
    a = cached.classify_many(records, extras=extras)
    b = plain.classify_many(records, extras=extras)
    assert [_full(x) for x in a] == [_full(y) for y in b]
    assert any(r.pattern_id is not None for r in a)


def test_cache_keeps_learned_name_codes_apart(store: Store, tenant: str) -> None:
    """``p30`` and ``p31`` read the same to the rules (one cache key), but only ``p30``
    was taught: the learned code is part of the memo's learned key."""
    teach_asset(store, tenant, {"hostname": "QXZT-P30-01"}, "database")
    teach_asset(store, tenant, {"hostname": "QXZT-P20-01"}, "storage")
    records = [{"hostname": f"MNOP-P{n}-0{i}"} for n in (30, 31, 30, 31) for i in (1, 2)]
    cached = load_classifier(store, tenant)
    plain = load_classifier(store, tenant)
    plain.cache = False
    a = cached.classify_many(records)
    b = plain.classify_many(records)
    assert [_full(x) for x in a] == [_full(y) for y in b]
    assert {x.asset_type for x in a[:2]} == {"database"}
    assert "database" not in {x.asset_type for x in a[2:4]}


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        pytest.param("plc-gw-07", "network_device", id="gateway-for-plcs"),
        pytest.param("scada-app-p02", "virtual_machine", id="app-server-for-scada"),
        pytest.param("backup-nas-01", "storage", id="nas-for-backups"),
        pytest.param("edge-k3s-03", "container_platform", id="k8s-distribution"),
    ],
)
def test_the_last_role_word_of_a_name_is_the_head(name: str, expected: str) -> None:
    result = Classifier(default_thresholds("asset_classification")).classify({"hostname": name})
    assert result.asset_type == expected, result.reasons


def test_labelled_estate_reads_inverted_physical_flag() -> None:
    est = load_labelled_estate(DATASETS / "stratozone_a")
    truth = json.loads((DATASETS / "stratozone_a" / "truth.json").read_text())
    assert truth["columns"]["IsPhysical"] == "is_virtual"
    physical = [r for r, lab in zip(est.records, est.labels, strict=True) if lab == "server"]
    virtual = [r for r, lab in zip(est.records, est.labels, strict=True) if lab != "server"]
    assert physical and all(r.canonical.get("is_virtual") is False for r in physical[:5])
    assert sum(r.canonical.get("is_virtual") is True for r in virtual) > len(virtual) / 2


def test_leaving_keywords_out_removes_their_evidence() -> None:
    record = {"hostname": "pay-sql-01", "os_name": "Ubuntu 22.04"}
    assert ("name", "sql") in keyword_hits(record, "pay-sql-01")
    thresholds = default_thresholds("asset_classification")
    try:
        leave_out_keywords(frozenset({("name", "sql")}))
        without = Classifier(thresholds).classify(record)
    finally:
        leave_out_keywords(frozenset())
    assert without.asset_type != "database"
    assert Classifier(thresholds).classify(record).asset_type == "database"


def test_signature_keeps_hardware_nature_and_round_trips() -> None:
    from migrascope.tools.classification import record_from_signature, signature

    big = {
        "hostname": "ADDCP01",
        "os_name": "Windows Server 2019",
        "cpu_cores": 40,
        "memory_gb": 768,
    }
    small = {
        "hostname": "ADDCP03",
        "os_name": "Windows Server 2019",
        "cpu_cores": 4,
        "memory_gb": 16,
    }
    assert signature(big) != signature(small)
    assert signature(small) == signature({**small, "hostname": "ADDCP07", "cpu_cores": 2})
    back = record_from_signature(signature(big))
    assert back["hostname"] == "addcp0" and back["is_virtual"] is False
    assert back["os_name"] == "windows server 2019"


def test_teaching_one_physical_box_leaves_its_virtual_namesakes(store: Store, tenant: str) -> None:
    vms = [
        {
            "hostname": f"ADDCP{i:02d}",
            "os_name": "Windows Server 2019",
            "cpu_cores": 4,
            "memory_gb": 16,
        }
        for i in range(2, 9)
    ]
    box = {
        "hostname": "ADDCP01",
        "os_name": "Windows Server 2019",
        "cpu_cores": 40,
        "memory_gb": 768,
    }
    teach_asset(store, tenant, box, "server", previous="virtual_machine")
    results = load_classifier(store, tenant).classify_many([box, *vms])
    assert results[0].asset_type == "server"
    assert [r.asset_type for r in results[1:]] == ["virtual_machine"] * len(vms)


def test_model_does_not_learn_hardware_nature_from_names(store: Store, tenant: str) -> None:
    # bare names taught as physical boxes: the model may not conclude that every
    # bare-named "app" host is physical (only patterns of the same series may)
    for app in ("pay", "crm", "hr", "erp", "mes", "qms", "fin", "hcm", "pos", "lms", "crp", "bil"):
        teach_asset(
            store, tenant, {"hostname": f"{app}-app-p01"}, "server", previous="virtual_machine"
        )
    for app in ("bi", "dwh", "pay", "crm"):
        teach_asset(store, tenant, {"hostname": f"{app}-db-p01"}, "database")
    clf = load_classifier(store, tenant)
    assert clf.model.ready
    bare = clf.classify({"hostname": "wms-app-t07"})
    assert bare.asset_type == "virtual_machine", bare.reasons
    # the series itself is still learned through its pattern
    assert clf.classify({"hostname": "pay-app-p09"}).asset_type == "server"


def test_a_fully_qualified_name_is_read_without_its_dns_suffix() -> None:
    """``example`` holds the Exadata code ``exa``; a domain must not make a VM a database."""
    from migrascope.memory._thresholds import default_thresholds
    from migrascope.tools.classification import Classifier
    from migrascope.tools.classification_rules import host_part

    assert host_part("dns-ns-01.lyo.demo.example") == "dns-ns-01.lyo.demo"
    assert (
        host_part("web01.pay.prod.corp.local") == "web01.pay.prod"
    )  # labels that carry meaning stay
    assert host_part("app01.example.co.uk") == "app01"
    assert host_part("10.1.2.3") == "10.1.2.3"
    clf = Classifier(default_thresholds("asset_classification"), cache=False)
    short = clf.classify({"hostname": "loy-web-01", "os_name": "SLES 15 SP4"})
    fqdn = clf.classify({"hostname": "loy-web-01.mad.demo.example", "os_name": "SLES 15 SP4"})
    assert short.asset_type == fqdn.asset_type != "database"
    assert not any("'exa'" in r for r in fqdn.reasons)
