"""Generalisation of the header reading: tools, spellings and value vocabularies the
evaluation datasets don't contain. No database needed."""

from __future__ import annotations

import tomllib
import uuid
from pathlib import Path

import pytest

from migrascope.memory import default_thresholds
from migrascope.tools.conversion import iter_records
from migrascope.tools.mapping import MappingResult, map_columns
from migrascope.tools.mapping_lexicon import header_words, name_evidence
from migrascope.tools.profiling import value_kind
from migrascope.tools.readers import RawRow
from migrascope.tools.units import header_unit, size_factor

T = default_thresholds("field_mapping")
GENERAL = tomllib.loads((Path(__file__).parent / "data" / "general_headers.toml").read_text())


def _map(headers, rows=None) -> MappingResult:
    return map_columns(headers, thresholds=T, sample=rows)


def _targets(result: MappingResult) -> dict[str, str | None]:
    return {c.source: c.target for c in result.columns}


@pytest.mark.parametrize("tool", sorted(GENERAL))
def test_headers_of_tools_outside_the_datasets(tool):
    expected = {h: (t or None) for h, t in GENERAL[tool].items()}
    assert _targets(_map(list(expected))) == expected


@pytest.mark.parametrize(
    ("header", "words"),
    [
        ("OSname", "os name"),  # case split "o sname" is wrong; the vocabulary reads it
        ("VMId", "vm id"),
        ("serialno_a", "serial number"),  # sibling letter dropped
        ("numCpus", "number cpu"),  # "cpus" is a plural, not a word ending in -us
        ("Number of cores", "number core"),
        ("TotalDiskAllocatedGiB", "total disk allocated"),
        ("OS according to the VMware Tools", "os according to the vmware tool"),
    ],
)
def test_header_normalisation(header, words):
    assert header_words(header) == words


@pytest.mark.parametrize(
    ("header", "target"),
    [
        ("custom_fields.Owner", "business_owner"),  # container prefix
        ("tags.CostCenter", "cost_center"),
        ("cf_application", "application_name"),
        ("properties.storageProfile.osDisk.osType", "os_name"),  # path leaf
        ("IpAddressListSemiColonDelimited", "ip_address"),  # format words
        ("Memory Assigned", "memory_gb"),  # the words of "assigned memory"
        ("VmwareHostName", "virtualization_host"),
        ("in_service", "status"),
    ],
)
def test_header_evidence_for_general_shapes(header, target):
    best = name_evidence(header)[0]
    assert best.target == target and best.score >= 0.85, best


@pytest.mark.parametrize(
    ("raw", "kind"),
    [
        ("poweredOn", "power"),
        ("Running", "power"),
        ("Active", "status_word"),
        ("Decommissioned", "status_word"),
        ("Tier 1", "criticality"),
        ("1 - most critical", "criticality"),
        ("London", "place"),
        ("eu-west-1", "place"),
        ("europe-west4", "place"),
        ("DC1", "dc_code"),  # a data-centre code, not a place
        ("web01", "hostname"),
    ],
)
def test_value_vocabularies(raw, kind):
    assert value_kind(raw)[0] == kind


def _rows(*columns: list[str]) -> list[list[str]]:
    return [list(r) for r in zip(*columns, strict=True)]


def test_status_of_power_words_is_the_power_state_and_the_other_state_the_status():
    n = 40
    names = [f"vm{i:03d}" for i in range(n)]
    power = ["Running" if i % 5 else "Stopped" for i in range(n)]
    life = ["Active" if i % 7 else "Retired" for i in range(n)]
    result = _map(["Name", "Machine Status", "Lifecycle"], _rows(names, power, life))
    assert _targets(result) == {
        "Name": "hostname",
        "Machine Status": "power_state",
        "Lifecycle": "status",
    }
    status = next(c for c in result.columns if c.source == "Machine Status")
    assert any("read as power_state" in r for r in status.reasons)


def test_values_decide_between_neighbouring_fields():
    n = 40
    names = [f"srv{i:03d}" for i in range(n)]
    levels = ["Production", "QA", "Development", "DR"] * (n // 4)
    kinds = ["virtual" if i % 3 else "physical" for i in range(n)]
    cities = ["Singapore", "London", "New York", "Frankfurt"] * (n // 4)
    result = _map(
        ["Name", "Service level", "Type", "Hosting location"],
        _rows(names, levels, kinds, cities),
    )
    assert _targets(result) == {
        "Name": "hostname",
        "Service level": "environment",
        "Type": "is_virtual",
        "Hosting location": "location",
    }
    # The same headers with values of their first meaning keep it.
    crit = ["High", "Low", "Medium", "Critical"] * (n // 4)
    roles = ["Web server", "Database", "File server", "Domain controller"] * (n // 4)
    codes = ["DC1", "DC2", "LON-DC3", "SIN-DC1"] * (n // 4)
    result = _map(
        ["Name", "Service level", "Type", "Hosting location"],
        _rows(names, crit, roles, codes),
    )
    assert _targets(result)["Service level"] == "criticality"
    assert _targets(result)["Type"] == "asset_type"
    assert _targets(result)["Hosting location"] == "datacenter"


def test_an_ambiguous_count_takes_its_free_meaning():
    rows = [[f"srv{i}", str(1 + i % 2), str(4 * (1 + i % 2))] for i in range(40)]
    result = _map(["Name", "CPU count", "CPU core count"], rows)
    assert _targets(result) == {
        "Name": "hostname",
        "CPU count": "cpu_sockets",
        "CPU core count": "cpu_cores",
    }
    # Two name columns still back each other up rather than one becoming an application.
    result = _map(["Name", "Hostname"], [[f"s{i}", f"s{i}"] for i in range(40)])
    assert [c.target for c in result.columns] == ["hostname", "hostname"]


@pytest.mark.parametrize(
    ("header", "words", "unit"),
    [
        ("Storage_TB", "storage", "tb"),
        ("memory_size_mb", "memory size", "mb"),
        ("RamSizeInMegabytes", "memory size", "megabytes"),
        ("Total Memory (Megabytes)", "total memory", "megabytes"),
        ("Disk Size (Gigabytes)", "disk size", "gigabytes"),
    ],
)
def test_units_spelled_or_glued_to_the_header(header, words, unit):
    assert (header_words(header), header_unit(header)) == (words, unit)
    assert size_factor(unit) is not None


def test_spelled_out_unit_converts():
    rows = [[f"srv{i:03d}", "16384"] for i in range(40)]
    result = _map(["Server", "Total Memory (Megabytes)"], rows)
    mem = result.columns[1]
    assert (mem.target, mem.unit) == ("memory_gb", "megabytes")
    raw = [RawRow(i + 1, r, []) for i, r in enumerate(rows)]
    assert next(iter_records(raw, ["Server", "Total Memory (Megabytes)"], result)).canonical[
        "memory_gb"
    ] == pytest.approx(16.0)


@pytest.mark.parametrize(
    ("header", "target"),
    [
        ("Descripción", "description"),
        ("comentarios", "description"),
        ("Numéro de série", "serial_number"),
        ("Standort", "location"),
        ("Betriebssystem", "os_name"),
        ("Arbeitsspeicher", "memory_gb"),
        ("Kostenstelle", "cost_center"),
        ("Dirección IP", "ip_address"),
        ("NombreDelEquipo", "hostname"),
        ("Sistema operacional", "os_name"),
        ("Fabrikant", "manufacturer"),
    ],
)
def test_headers_in_other_languages(header, target):
    assert name_evidence(header)[0].target == target


def test_translated_words_do_not_cut_english_headers():
    # Short foreign words ("de", "red", "ort") never split a run-together English word.
    assert header_words("order") == "order"
    assert header_words("Redundancy") == "redundancy"
    assert header_words("disksize") == "disk size"
    assert header_words("Descripción") == "descripcion"


def test_domain_qualified_machines_and_scrape_targets_are_read_and_cleaned():
    n = 30
    machines = [f"CORP\\LONWEB{i:03d}" for i in range(n)]
    targets = [f"10.18.1.{10 + i}:9100" for i in range(n)]
    # A Prometheus "instance" of address:port is read as an address (offered, not applied).
    assert _targets(_map(["MachineName", "instance"], _rows(machines, targets)))["instance"] == (
        "ip_address"
    )
    headers = ["MachineName", "IP Address"]
    result = _map(headers, _rows(machines, targets))
    assert _targets(result) == {"MachineName": "hostname", "IP Address": "ip_address"}
    rows = [RawRow(i + 2, r, []) for i, r in enumerate(_rows(machines, targets))]
    records = list(iter_records(rows, headers, result))
    assert records[0].canonical["hostname"] == "LONWEB000"
    assert records[0].canonical["ip_address"] == "10.18.1.10"
    assert records[0].raw["MachineName"] == "CORP\\LONWEB000"


def test_a_container_word_is_no_negative_of_the_words_inside_it():
    # "labels" only holds the attribute; a "label" inside the name still speaks.
    inside = name_evidence("labels._system_disk_space")[0]
    assert inside.target == "storage_gb"
    assert "says it is about something other" not in inside.reason
    named = next(e for e in name_evidence("custom_fields.disk_label") if e.target == "storage_gb")
    assert named.score < inside.score


def test_under_an_opaque_header_the_values_decide():
    n = 40
    rows = _rows(
        [f"srv{i:03d}" for i in range(n)],
        ["Production", "Test", "Development", "Production"] * (n // 4),
        ["Blade Server", "Rack Server"] * (n // 2),
    )
    result = _map(["Name", "data.field_11.value", "Custom3"], rows)
    assert _targets(result)["data.field_11.value"] == "environment"
    assert _targets(result)["Custom3"] == "asset_type"
    # offered for review, never applied on the values' word alone
    assert {c.decision for c in result.columns if c.source != "Name"} == {"suggest"}


@pytest.mark.parametrize(
    ("header", "target"),
    [
        ("Warranty Expiration Date", "end_of_life_date"),
        ("warranty_end", "end_of_life_date"),
        ("Warranty Start Date", None),
        ("Warranty (Months)", None),
    ],
)
def test_a_warranty_ends_the_hardware_support_nothing_else_of_it_does(header, target):
    n = 30
    values = [f"20{24 + i % 5}-0{1 + i % 9}-15" for i in range(n)]
    if "Months" in header:
        values = [str(12 * (1 + i % 5)) for i in range(n)]
    result = _map(["Name", header], _rows([f"srv{i:03d}" for i in range(n)], values))
    assert _targets(result)[header] == target


@pytest.mark.parametrize("header", ["Site", "Location", "Department", "Application"])
def test_a_column_of_guids_under_a_name_field_is_only_offered(header):
    # The GUID of a site object is not the site: flagged and left for review.
    n = 30
    guids = [str(uuid.UUID(int=1000 + i % 3)) for i in range(n)]
    column = _map(["Name", header], _rows([f"srv{i:03d}" for i in range(n)], guids)).columns[1]
    assert column.decision != "auto"
    assert any("only partly" in r for r in column.reasons)


def test_netbox_type_is_the_model_and_a_bare_type_elsewhere_is_never_the_model():
    n = 30
    names = [f"srv{i:03d}" for i in range(n)]
    models = ["PowerEdge R650", "ProLiant DL380 Gen10", "ThinkSystem SR650"] * (n // 3)
    netbox = ["Name", "Tenant", "Site", "Rack", "Role", "Platform", "Type", "Primary IPv4"]
    columns = [names, ["IT"] * n, ["LON"] * n, ["R1"] * n, ["Server"] * n, ["Linux"] * n]
    columns += [models, [f"10.0.0.{i}/24" for i in range(n)]]
    assert _targets(_map(netbox, _rows(*columns)))["Type"] == "model"
    # Elsewhere a "Type" that loses the asset type to a better column is no model.
    kinds = ["Server", "Appliance", "Storage array"] * (n // 3)
    other = _map(["Name", "Asset Type", "Type"], _rows(names, kinds, models))
    assert _targets(other)["Asset Type"] == "asset_type"
    assert _targets(other)["Type"] != "model"


def test_a_hypervisor_on_every_row_says_each_asset_is_virtual():
    n = 30
    result = _map(
        ["Name", "Virtualization"], _rows([f"srv{i:03d}" for i in range(n)], ["vmware"] * n)
    )
    assert _targets(result)["Virtualization"] == "is_virtual"
    rows = [RawRow(i + 2, r, []) for i, r in enumerate(_rows(["srv001"], ["vmware"]))]
    assert (
        next(iter_records(rows, ["Name", "Virtualization"], result)).canonical["is_virtual"] is True
    )


def test_a_containers_limits_are_its_size_a_vms_limit_is_not():
    n = 30
    names = [f"ct{i:03d}" for i in range(n)]
    sizes = ["16GiB", "32GiB", "4GiB"] * (n // 3)
    lxd = _map(["name", "limits.memory"], _rows(names, sizes))
    assert _targets(lxd)["limits.memory"] == "memory_gb"
    vsphere = _map(["VM", "Memory limit"], _rows(names, ["16384", "-1", "8192"] * (n // 3)))
    assert _targets(vsphere)["Memory limit"] is None


def test_managed_by_a_tool_is_no_technical_owner():
    n = 30
    names = [f"pc{i:03d}" for i in range(n)]
    tools = _map(["Device Name", "Managed By"], _rows(names, ["Intune", "ConfigMgr"] * (n // 2)))
    assert _targets(tools)["Managed By"] is None
    teams = ["Windows Server Team", "Linux Ops"] * (n // 2)
    people = _map(["Device Name", "Managed By"], _rows(names, teams))
    assert _targets(people)["Managed By"] == "technical_owner"


@pytest.mark.parametrize("header", ["Owner", "Location", "Department", "Application"])
def test_numbers_under_a_name_field_are_references_not_names(header):
    n = 30
    refs = [str(300 + i % 7) for i in range(n)]
    column = _map(["Name", header], _rows([f"srv{i:03d}" for i in range(n)], refs)).columns[1]
    assert column.decision != "auto"
    assert any("only partly" in r for r in column.reasons)
    # offered with the doubt it deserves (a name over names of people is near 0.9)
    assert column.confidence < 0.8
