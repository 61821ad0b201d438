"""Dependencies: parsing, name resolution, bad edges reported, graph kept in PostgreSQL."""

from __future__ import annotations

from pathlib import Path

import pytest

from migrascope.errors import InputError
from migrascope.tools.dependencies import (
    RawEdge,
    build_dependencies,
    edges_from_column,
    load_assets,
    read_dependency_file,
    resolve_dependencies,
    stored_edges,
)
from migrascope.tools.importing import import_file

SAMPLE = Path(__file__).resolve().parents[2] / "examples" / "cmdb_sample.csv"

ASSETS = [
    {"asset_pk": 1, "hostname": "web01", "fqdn": "web01.corp.local", "row_number": 2,
     "dependencies": "app01; app02,db01 | ghost99"},
    {"asset_pk": 2, "hostname": "app01", "asset_id": "AT-2", "ip_address": "10.0.0.2"},
    {"asset_pk": 3, "hostname": "app02", "dependencies": "app02"},
    {"asset_pk": 4, "hostname": "db01"},
]  # fmt: skip


def test_column_is_split_on_any_separator_and_keeps_the_row():
    edges = edges_from_column(ASSETS)
    assert [(e.source, e.target) for e in edges] == [
        ("web01", "app01"),
        ("web01", "app02"),
        ("web01", "db01"),
        ("web01", "ghost99"),
        ("app02", "app02"),
    ]
    assert edges[0].where == "row 2 (web01)"


def test_resolution_by_hostname_fqdn_short_name_asset_id_and_ip():
    raw = [
        RawEdge("web01.corp.local", "AT-2"),
        RawEdge("WEB01", "10.0.0.2", port=443),
        RawEdge("web01", "db01.corp.local"),
    ]
    graph = resolve_dependencies(ASSETS, raw)
    assert [(e.source, e.target, e.port) for e in graph.edges] == [(1, 2, None), (1, 2, 443)]
    assert [i.kind for i in graph.issues] == ["unknown_target"]


def test_unknown_self_and_duplicate_edges_are_reported_not_dropped():
    raw = [*edges_from_column(ASSETS), RawEdge("web01", "app01", where="file row 7")]
    graph = resolve_dependencies(ASSETS, raw)
    kinds = [i.kind for i in graph.issues]
    assert kinds == ["unknown_target", "self", "duplicate"]
    unknown = graph.issues[0]
    assert unknown.message == (
        "row 2 (web01): 'web01' depends on 'ghost99', which is not an asset of this tenant; "
        "the dependency is kept unresolved."
    )
    assert "depends on itself" in graph.issues[1].message
    assert graph.issues[2].where == "file row 7"
    # unknown and self edges are kept with their status; the duplicate is stored once
    statuses = [status for *_, status in graph.raw]
    assert statuses.count("unknown_target") == 1 and statuses.count("self") == 1
    assert len(graph.edges) == 3
    assert graph.summary()["issues"] == {"unknown_target": 1, "self": 1, "duplicate": 1}


def test_ambiguous_names_are_reported():
    assets = [{"asset_pk": 1, "hostname": "dup"}, {"asset_pk": 2, "hostname": "dup"},
              {"asset_pk": 3, "hostname": "x"}]  # fmt: skip
    graph = resolve_dependencies(assets, [RawEdge("x", "dup")])
    assert [i.kind for i in graph.issues] == ["ambiguous"]
    assert graph.edges[0].target == 1


def test_dependency_file_with_ports_and_protocols(write_csv):
    path = write_csv(
        "Source,Destination,Port,Protocol\nweb01,app01,8080,TCP\nweb01,db01,,\n", "deps.csv"
    )
    edges = read_dependency_file(path)
    assert [(e.source, e.target, e.port, e.protocol, e.origin) for e in edges] == [
        ("web01", "app01", 8080, "tcp", "file"),
        ("web01", "db01", None, None, "file"),
    ]
    assert edges[0].where == "deps.csv row 1"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        pytest.param("a,b\nx,y\n", "deps.csv: a dependency file needs a source and a target",
                     id="no-columns"),
        pytest.param("source,target,port\nweb01,app01,http\n",
                     "deps.csv row 1: port 'http' is not a number from 1 to 65535.", id="bad-port"),
        pytest.param("source,target\nweb01,\n", "deps.csv row 1: source and target must both be given.",
                     id="missing-target"),
    ],
)  # fmt: skip
def test_bad_dependency_files_say_what_and_where(write_csv, text, message):
    path = write_csv(text, "deps.csv")
    with pytest.raises(InputError) as err:
        read_dependency_file(path)
    assert str(err.value).startswith(message)


def test_graph_is_stored_per_tenant_and_replaced(store, tenant, write_csv):
    import_file(store, tenant, SAMPLE)
    extra = write_csv("source,target,port,protocol\nprd-pay-web01,nowhere-01,443,tcp\n", "d.csv")
    graph = build_dependencies(store, tenant, files=[extra])
    assert len(graph.edges) == 72
    counts = store.dependencies.counts(tenant)
    assert counts == {"resolved": 72, "unknown_target": 1}
    unresolved = [r for r in store.dependencies.list(tenant) if r["status"] != "resolved"]
    assert unresolved[0]["target_name"] == "nowhere-01" and unresolved[0]["port"] == 443
    by_pk = {a["asset_pk"]: a["hostname"] for a in load_assets(store, tenant)}
    pairs = {(by_pk[e.source], by_pk[e.target]) for e in stored_edges(store, tenant)}
    assert ("prd-pay-web01", "prd-pay-app02") in pairs
    # a re-run replaces the graph: no stale unresolved edge is left
    build_dependencies(store, tenant)
    assert store.dependencies.counts(tenant) == {"resolved": 72}
    other = store.ensure_tenant(tenant + "-other")
    assert store.dependencies.list(other) == []
