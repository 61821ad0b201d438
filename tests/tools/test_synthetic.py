"""Tests for the synthetic estate generator (no database needed)."""

from __future__ import annotations

import csv
import inspect
import json
import re
from itertools import islice
from pathlib import Path

import pytest

from migrascope.config import CANONICAL_FIELDS as CONFIG_FIELDS
from migrascope.config import TAXONOMY as CONFIG_TAXONOMY
from migrascope.tools.synthetic import (
    CONVENTIONS,
    HEADER_STYLES,
    generate_estate,
    iter_rows,
    write_csv,
    write_truth,
)

TAXONOMY = set(CONFIG_TAXONOMY)
CANONICAL = set(CONFIG_FIELDS)

# Written independently of the module so a change to the naming code is caught.
NAME_RE = {
    "dash": re.compile(r"^(prd|stg|tst|dev|dr)-[a-z0-9]+-[a-z0-9]+\d{2,}$"),
    "compact": re.compile(r"^[A-Z]{3}(PRD|STG|TST|DEV|DRS)[A-Z0-9]{3}\d{3,}$"),
    "underscore": re.compile(r"^[a-z0-9]+_[a-z0-9]+_[pstdr]_\d{2,}$"),
    "dotted": re.compile(r"^[a-z0-9]+?\d{2,}\.[a-z0-9]+\.(prod|stage|test|dev|dr)\.corp\.local$"),
}


def test_constants_match_the_spec() -> None:
    assert {"dash", "compact", "underscore", "dotted"} <= set(CONVENTIONS)
    assert {"servicenow", "rvtools", "azure", "generic"} <= set(HEADER_STYLES)


@pytest.mark.parametrize("style", ["servicenow", "rvtools", "azure", "generic"])
def test_same_seed_same_estate_different_seed_differs(style: str) -> None:
    a = generate_estate(150, seed=7, header_style=style)
    b = generate_estate(150, seed=7, header_style=style)
    c = generate_estate(150, seed=8, header_style=style)
    assert a == b
    assert [x.row for x in a.assets] == [x.row for x in b.assets]
    assert [x.row for x in a.assets] != [x.row for x in c.assets]


@pytest.mark.parametrize("n", [0, 1, 5, 11, 12, 137, 600])
def test_exact_row_count(n: int) -> None:
    assert len(generate_estate(n, seed=1).assets) == n


@pytest.mark.parametrize("convention", ["dash", "compact", "underscore", "dotted"])
@pytest.mark.parametrize("style", ["servicenow", "generic"])
def test_naming_template_is_honoured(convention: str, style: str) -> None:
    est = generate_estate(400, seed=3, convention=convention, header_style=style)
    assert est.naming_template == CONVENTIONS[convention]
    bad = [a.hostname for a in est.assets if not NAME_RE[convention].match(a.hostname)]
    assert bad == []
    names = [a.hostname for a in est.assets]
    assert len(set(names)) == len(names), "hostnames must be unique"
    # the hostname column of the export carries the same name
    first_col = est.columns[0]
    assert all(a.row[first_col] == a.hostname for a in est.assets)


def test_environment_is_encoded_in_dash_names() -> None:
    code = {"production": "prd", "staging": "stg", "test": "tst", "development": "dev", "dr": "dr"}
    est = generate_estate(300, seed=4, convention="dash")
    for a in est.assets:
        assert a.environment is not None
        assert a.hostname.split("-")[0] == code[a.environment]


@pytest.mark.parametrize("density", [0.0, 1.0, 1.5, 3.0])
def test_dependencies_reference_existing_hosts(density: float) -> None:
    est = generate_estate(500, seed=5, dependency_density=density)
    names = {a.hostname for a in est.assets}
    for src, dst in est.dependencies:
        assert src in names and dst in names
        assert src != dst
    if density == 0.0:
        assert est.dependencies == []
    else:
        assert len(est.dependencies) > 50


def test_dependencies_follow_tiers_and_shared_services() -> None:
    est = generate_estate(800, seed=6, convention="dash", dependency_density=2.5)
    by_name = {a.hostname: a for a in est.assets}
    cross_app = 0
    for src, dst in est.dependencies:
        s, d = by_name[src], by_name[dst]
        role_s = src.rsplit("-", 1)[1].rstrip("0123456789")
        assert role_s in {"web", "app"}, src
        if role_s == "web":
            assert dst.rsplit("-", 1)[1].startswith("app") and s.application == d.application
        elif d.asset_type == "database":
            assert s.application == d.application and s.environment == d.environment
        else:
            assert d.application in {"directory", "dns", "smtp-relay"}
            cross_app += 1
    assert cross_app > 0


def test_higher_density_means_more_edges() -> None:
    lo = generate_estate(600, seed=9, dependency_density=1.0)
    hi = generate_estate(600, seed=9, dependency_density=3.0)
    assert len(hi.dependencies) > len(lo.dependencies)


@pytest.mark.parametrize("style", ["servicenow", "rvtools", "azure", "generic"])
def test_labels_are_from_taxonomy_and_truth_columns_canonical(style: str) -> None:
    est = generate_estate(400, seed=11, header_style=style)
    assert {a.asset_type for a in est.assets} <= TAXONOMY
    assert {a.environment for a in est.assets} <= {
        "production",
        "staging",
        "test",
        "development",
        "dr",
        None,
    }
    assert set(est.truth_columns) == set(est.columns)
    for header, target in est.truth_columns.items():
        assert target is None or target in CANONICAL, (header, target)
    assert "hostname" in est.truth_columns.values()
    for a in est.assets:
        assert list(a.row) == est.columns


def test_rvtools_style_contains_only_virtual_machines() -> None:
    est = generate_estate(300, seed=12, header_style="rvtools")
    assert {a.asset_type for a in est.assets} <= {
        "virtual_machine",
        "database",
        "container_platform",
        "firewall",
        "load_balancer",
    }
    assert est.units["Memory"] == "MiB"


def test_servicenow_style_has_a_mix_of_types_with_matching_evidence() -> None:
    est = generate_estate(1500, seed=13, header_style="servicenow")
    types = {a.asset_type for a in est.assets}
    assert {"virtual_machine", "server", "database", "network_device", "firewall"} <= types
    for a in est.assets:
        r = a.row
        if a.asset_type == "virtual_machine":
            assert r["Manufacturer"] == "VMware, Inc." and r["Virtual"] == "true"
        if a.asset_type == "server":
            assert r["Virtual"] == "false" and r["Manufacturer"] in {"Dell Inc.", "HPE"}
        if a.asset_type == "firewall":
            assert r["Manufacturer"] in {"Palo Alto Networks", "Fortinet"}
        if a.asset_type == "database":
            assert "SQL" in r["Short description"] or "Oracle" in r["Short description"]


def test_n_apps_caps_distinct_applications() -> None:
    est = generate_estate(400, seed=14, n_apps=3)
    apps = {a.application for a in est.assets} - {None, "directory", "dns", "smtp-relay"}
    assert 1 <= len(apps) <= 3


def test_iter_rows_is_lazy_and_exact() -> None:
    gen = iter_rows(1_000_000, seed=2)
    assert inspect.isgenerator(gen)
    first = list(islice(gen, 5))  # must not build a million rows first
    assert len(first) == 5 and all("Name" in r for r in first)
    assert sum(1 for _ in iter_rows(2345, seed=2, header_style="generic")) == 2345


def test_iter_rows_matches_generate_estate() -> None:
    est = generate_estate(250, seed=21, convention="compact", header_style="azure")
    rows = list(iter_rows(250, seed=21, convention="compact", header_style="azure"))
    assert rows == [a.row for a in est.assets]


def test_invalid_arguments_are_rejected() -> None:
    with pytest.raises(ValueError):
        generate_estate(10, convention="camel")
    with pytest.raises(ValueError):
        generate_estate(10, header_style="excel97")
    with pytest.raises(ValueError):
        next(iter_rows(10, header_style="nope"))


def test_write_csv_and_truth_round_trip(tmp_path: Path) -> None:
    est = generate_estate(80, seed=31, header_style="generic", convention="underscore")
    write_csv(est, tmp_path / "export.csv")
    write_truth(est, tmp_path / "truth.json")
    with (tmp_path / "export.csv").open(newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert rows == [a.row for a in est.assets]
    truth = json.loads((tmp_path / "truth.json").read_text(encoding="utf-8"))
    assert truth["columns"] == est.truth_columns
    assert [r["row"] for r in truth["rows"]] == list(range(1, 81))
    assert [r["name"] for r in truth["rows"]] == [a.hostname for a in est.assets]
    assert [r["asset_type"] for r in truth["rows"]] == [a.asset_type for a in est.assets]
    assert truth["units"]["RAM GB"] == "GB"
    assert [tuple(e) for e in truth["dependencies"]] == est.dependencies
