"""Application discovery: trust order, naming keys, clustering, learned moves."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from _planning_estates import estate

from migrascope.errors import InputError
from migrascope.memory import HashingEmbedder
from migrascope.tools._policy import load_policy
from migrascope.tools.dependencies import Edge, build_dependencies
from migrascope.tools.discovery import (
    NameVocabulary,
    discover_applications,
    discover_tenant,
    move_asset,
    naming_key,
    signature_key,
)
from migrascope.tools.importing import import_file

SAMPLE = Path(__file__).resolve().parents[2] / "examples" / "cmdb_sample.csv"
VOCAB = NameVocabulary(load_policy()["discovery"])


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("prd-pay-web01", "pay"),
        ("dev-pay-db02", "pay"),
        ("pay_app_p_03", "pay"),
        ("web01.pay.prod.corp.local", "pay"),
        ("tst-bil2-web01", "bil2"),
        ("LONPRDSQL014", None),
        ("SQLPROD02", None),
        ("netapp-fas8200-a", "netapp-fas8200"),
        ("prd-ldap-ldap01", "ldap"),
        ("lon-core-sw01", None),
    ],
)
def test_naming_key_strips_environment_tier_site_and_digits(name, key):
    assert naming_key(name, VOCAB) == key


def test_signature_keeps_the_tier_but_drops_environment_and_digits():
    assert signature_key("prd-pay-web01", VOCAB) == "pay-web"
    assert signature_key("tst-pay-web02", VOCAB) == "pay-web"


def _names(result, assets):
    label = {a["asset_pk"]: a["hostname"] for a in assets}
    return {app.name: sorted(label[m] for m in app.members) for app in result.applications}


def test_explicit_field_beats_naming_and_dependencies_attach_the_rest():
    assets = [
        {"asset_pk": 1, "hostname": "prd-pay-web01", "application_name": "Payments"},
        {"asset_pk": 2, "hostname": "prd-pay-app01", "application_name": "payments"},
        {"asset_pk": 3, "hostname": "prd-pay-db01"},  # naming → payments
        {"asset_pk": 4, "hostname": "batchhost7"},  # depends on the app server
        {"asset_pk": 5, "hostname": "prd-crm-web01", "application_name": "Sales CRM"},
    ]
    result = discover_applications(assets, [Edge(4, 2)])
    assert _names(result, assets) == {
        "Payments": ["batchhost7", "prd-pay-app01", "prd-pay-db01", "prd-pay-web01"],
        "Sales CRM": ["prd-crm-web01"],
    }
    assert result.membership[1][2] == "explicit"
    assert result.membership[3][2] == "naming"
    assert result.membership[4][2] == "dependency"
    assert "prd-pay-app01" in result.membership[4][3]
    pay = next(a for a in result.applications if a.name == "Payments")
    assert 0.7 < pay.confidence < 0.95


def test_shared_hub_does_not_merge_its_clients():
    assets = [{"asset_pk": i, "hostname": f"host{i:03d}x"} for i in range(1, 9)]
    assets.append({"asset_pk": 99, "hostname": "ldapsrv"})
    edges = [Edge(i, 99) for i in range(1, 9)]  # 8 dependants: a hub
    result = discover_applications(assets, edges)
    sizes = sorted(len(a.members) for a in result.applications)
    assert sizes == [1] * 9


def test_dependency_groups_merge_across_environments_by_name():
    assets = [
        {"asset_pk": 1, "hostname": "prd-wms-web01"}, {"asset_pk": 2, "hostname": "prd-wms-app01"},
        {"asset_pk": 3, "hostname": "dev-wms-web01"}, {"asset_pk": 4, "hostname": "dev-wms-app01"},
    ]  # fmt: skip
    result = discover_applications(assets, [Edge(1, 2), Edge(3, 4)])
    assert len(result.applications) == 1
    assert result.applications[0].method in {"dependency", "dependency+naming"}


def test_clustering_groups_leftovers_with_k_chosen_by_silhouette():
    names = [f"zzqvx{i}" for i in range(6)] + [f"mmkkrr{i}" for i in range(6)]
    assets = [
        {"asset_pk": i, "hostname": n, "os_name": "Ubuntu" if n.startswith("zz") else "Windows"}
        for i, n in enumerate(names, 1)
    ]
    result = discover_applications(assets, embedder=HashingEmbedder(384))
    assert {a.method for a in result.applications} == {"cluster"}
    groups = sorted(sorted(n[:2] for n in members) for members in _names(result, assets).values())
    assert groups == [["mm"] * 6, ["zz"] * 6]
    assert all("silhouette" in a.reasons[0] for a in result.applications)


def test_without_evidence_an_asset_is_its_own_application():
    result = discover_applications([{"asset_pk": 1, "hostname": "lonely"}])
    assert result.applications[0].name == "lonely"
    assert result.applications[0].method == "singleton"


@pytest.mark.parametrize(
    ("style", "convention"),
    [("servicenow", "dash"), ("servicenow", "underscore"), ("rvtools", "dotted"),
     ("servicenow", "compact"), ("generic", "dash")],
)  # fmt: skip
def test_generated_estates_are_grouped_without_mixing_applications(style, convention):
    est, assets, edges = estate(300, seed=11, convention=convention, header_style=style)
    result = discover_applications(assets, edges, embedder=HashingEmbedder(384))
    truth = {i: a.application for i, a in enumerate(est.assets, 1)}
    majority = sum(
        Counter(truth[m] for m in app.members).most_common(1)[0][1] for app in result.applications
    )
    assert majority / len(assets) >= 0.95
    assert sorted(m for a in result.applications for m in a.members) == list(range(1, 301))


def test_moving_an_asset_is_learned_and_applies_to_its_siblings(store, tenant):
    import_file(store, tenant, SAMPLE)
    build_dependencies(store, tenant)
    found, labels = discover_tenant(store, tenant)
    pk = next(pk for pk, name in labels.items() if name == "prd-pay-web01")
    assert found.application_of(pk) == "payments"

    moved = move_asset(store, tenant, "PRD-PAY-WEB01", "payments-frontend")
    assert moved["from"] == "payments" and moved["to"] == "payments-frontend"
    assert store.applications.application_of(tenant, pk) == "payments-frontend"
    event = store.feedback.list(tenant, operation="application_membership")[0]
    assert (event["action"], event["proposed"], event["corrected"]) == (
        "correct", "payments", "payments-frontend",
    )  # fmt: skip

    again, labels = discover_tenant(store, tenant)
    front = next(a for a in again.applications if a.name == "payments-frontend")
    # the signature "pay-web" carries the move to every web server of payments
    assert sorted(labels[m] for m in front.members) == [
        "dev-pay-web01", "dev-pay-web02", "prd-pay-web01", "prd-pay-web02",
        "tst-pay-web01", "tst-pay-web02",
    ]  # fmt: skip
    assert front.method == "learned"
    # another tenant has learned nothing
    other = store.ensure_tenant(tenant + "-b")
    assert store.application_patterns.learned(other) == {}


def test_bad_moves_and_empty_estates_say_why(store, tenant):
    with pytest.raises(InputError, match="has no assets, so there is nothing to group or plan"):
        discover_tenant(store, tenant)
    with pytest.raises(InputError, match="No asset named 'ghost' in tenant"):
        move_asset(store, tenant, "ghost", "x")
    with pytest.raises(InputError, match="cannot be empty"):
        move_asset(store, tenant, "ghost", " ")


def test_unmapped_application_column_counts_and_environment_values_do_not():
    assets = [
        {"asset_pk": 1, "hostname": "a1", "extra": {"Used for": "payments"}},
        {"asset_pk": 2, "hostname": "b7", "extra": {"Business Service": "payments"}},
        {"asset_pk": 3, "hostname": "c3", "application_name": "Production"},
    ]
    result = discover_applications(assets)
    assert result.membership[1][:3] == ("payments", 0.85, "explicit")
    assert result.membership[1][3] == "column 'Used for' says 'payments'"
    assert result.application_of(2) == "payments"
    assert result.application_of(3) == "c3"
    assert result.notes == [
        "application field value 'Production' (1 assets) names an environment, not an "
        "application: ignored"
    ]
