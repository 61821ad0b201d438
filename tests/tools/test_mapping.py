"""Column mapping without a database: header + value evidence, the traps of real exports."""

from __future__ import annotations

import pytest

from migrascope.memory import Thresholds, default_thresholds
from migrascope.tools.conversion import iter_records
from migrascope.tools.mapping import MappingResult, map_columns
from migrascope.tools.readers import RawRow

T = default_thresholds("field_mapping")


def _map(headers, rows, **kw) -> MappingResult:
    return map_columns(headers, thresholds=kw.pop("thresholds", T), sample=rows, **kw)


def _col(result: MappingResult, source: str):
    return next(c for c in result.columns if c.source == source)


def _convert(headers, rows, result) -> list[dict]:
    raw = [RawRow(i + 1, list(r), []) for i, r in enumerate(rows)]
    return [rec.canonical for rec in iter_records(raw, headers, result)]


def _servers(n: int = 40) -> list[list[str]]:
    return [[f"srv{i:03d}", f"10.0.{i // 200}.{i % 200 + 1}"] for i in range(n)]


def test_json_contract_shape():
    result = _map(["Server Name", "IP Address"], _servers())
    out = result.to_json()
    assert set(out) == {"columns"}
    for col in out["columns"]:
        assert set(col) == {"source", "target", "confidence", "decision", "unit", "reasons"}
        assert 0.0 <= col["confidence"] <= 1.0
        assert col["decision"] in {"auto", "suggest", "unmapped"}
    assert [c["target"] for c in out["columns"]] == ["hostname", "ip_address"]


@pytest.mark.parametrize(
    ("header", "target", "unit"),
    [
        pytest.param("*Server name", "hostname", None, id="leading-star"),
        pytest.param("Application (optional)", "application_name", None, id="optional"),
        pytest.param("*Memory (In MB)", "memory_gb", "mb", id="in-mb"),
        pytest.param("RAM.TotalSizeInMB", "memory_gb", "mb", id="camel-unit"),
        pytest.param("Depends on (comma sep.)", "dependencies", None, id="remark"),
        pytest.param("serialno", "serial_number", None, id="run-together"),
    ],
)
def test_decorated_headers(header, target, unit):
    values = {"memory_gb": "16384", "dependencies": "web01,web02", "serial_number": "SN123"}
    rows = [[f"srv{i:02d}", values.get(target, f"value {i}")] for i in range(30)]
    col = _col(_map(["Name", header], rows), header)
    assert col.target == target
    assert col.unit == unit


def test_bare_memory_unit_depends_on_the_tool():
    # RVTools' vInfo says "Memory" in MiB; the tool is recognised by its other headers.
    rv_headers = ["VM", "Powerstate", "Template", "CPUs", "Memory", "VI SDK Server", "VM UUID"]
    rv_rows = [[f"vm{i}", "poweredOn", "False", "2", "4096", "vc01", f"u{i}"] for i in range(30)]
    rv = _map(rv_headers, rv_rows)
    assert rv.tool == "rvtools"
    mem = _col(rv, "Memory")
    assert (mem.target, mem.unit) == ("memory_gb", "mib")
    assert any("RVTools reports 'Memory' in MIB" in r for r in mem.reasons)
    assert _convert(rv_headers, rv_rows[:1], rv)[0]["memory_gb"] == 4.0
    # A hand-made sheet with a bare "Memory" in GB: values decide, and the guess is said.
    hand = _map(["Host", "Memory"], [[f"h{i}", str(8 * (1 + i % 4))] for i in range(30)])
    mem = _col(hand, "Memory")
    assert mem.unit == "gb" and any("read as GB" in w for w in mem.warnings)


def test_cores_per_socket_multiplied_by_sockets():
    headers = [
        "Name",
        "Class",
        "Install Status",
        "Operational status",
        "Model ID",
        "CPU count",
        "CPU core count",
        "Used for",
    ]
    rows = [
        [f"s{i}", "Server", "Installed", "Operational", "R740", "2", "8", "Production"]
        for i in range(30)
    ]
    result = _map(headers, rows)
    assert result.tool == "servicenow"
    assert _col(result, "CPU count").target == "cpu_sockets"
    cores = _col(result, "CPU core count")
    assert (cores.target, cores.combine, cores.per_socket_of) == (
        "cpu_cores",
        "per_socket",
        "CPU count",
    )
    rec = _convert(headers, rows[:1], result)[0]
    assert (rec["cpu_cores"], rec["cpu_sockets"]) == (16, 2)


def test_generic_cores_per_socket_header():
    headers = ["Name", "Sockets", "Cores per socket"]
    rows = [[f"h{i}", "2", "12"] for i in range(30)]
    result = _map(headers, rows)
    assert _col(result, "Cores per socket").combine == "per_socket"
    assert _convert(headers, rows[:1], result)[0]["cpu_cores"] == 24


@pytest.mark.parametrize(
    ("header", "values", "expected"),
    [
        pytest.param("IsPhysical", ["Y", "N"], [False, True], id="isphysical"),
        pytest.param("Server type", ["Physical", "Virtual"], [False, True], id="server-type"),
        pytest.param("Virtual", ["true", "false"], [True, False], id="virtual"),
    ],
)
def test_inverted_booleans(header, values, expected):
    headers = ["Name", header]
    rows = [[f"h{i}", values[i % 2]] for i in range(30)]
    result = _map(headers, rows)
    assert _col(result, header).target == "is_virtual"
    got = [r["is_virtual"] for r in _convert(headers, rows[:2], result)]
    assert got == expected


def test_combined_fields_feed_two_targets():
    headers = ["Server Name", "OS Name and Version", "Hardware Make/Model"]
    rows = [[f"s{i}", "Red Hat Enterprise Linux 8.6", "Dell PowerEdge R740"] for i in range(30)]
    rows[1] = [
        "s1",
        "Microsoft Windows Server 2019 Standard",
        "Hewlett Packard Enterprise ProLiant DL380",
    ]
    result = _map(headers, rows)
    os_col = _col(result, "OS Name and Version")
    assert (os_col.target, os_col.transform, os_col.also) == ("os_name", "split_os", ["os_version"])
    hw = _col(result, "Hardware Make/Model")
    assert (hw.target, hw.also) == ("manufacturer", ["model"])
    recs = _convert(headers, rows[:2], result)
    assert (recs[0]["os_name"], recs[0]["os_version"]) == ("Red Hat Enterprise Linux", "8.6")
    assert (recs[0]["manufacturer"], recs[0]["model"]) == ("Dell", "PowerEdge R740")
    assert recs[1]["os_version"] == "2019 Standard"
    assert (recs[1]["manufacturer"], recs[1]["model"]) == (
        "Hewlett Packard Enterprise",
        "ProLiant DL380",
    )


def test_a_direct_column_beats_the_split_part():
    headers = ["Name", "OS Name and Version", "OS Version"]
    rows = [[f"s{i}", "Ubuntu 22.04", "22.04.3 LTS"] for i in range(30)]
    result = _map(headers, rows)
    assert _convert(headers, rows[:1], result)[0]["os_version"] == "22.04.3 LTS"


def test_numbered_disks_are_summed():
    headers = [
        "*Server name",
        "Disk 1 size (In GB)",
        "Disk 2 size (In GB)",
        "Disk 3 size (In GB)",
        "Disk 1 read ops (operations per second)",
        "Number of disks",
    ]
    rows = [[f"s{i}", "100", "50", "", "12", "2"] for i in range(30)]
    result = _map(headers, rows)
    for h in headers[1:4]:
        col = _col(result, h)
        assert (col.target, col.combine) == ("storage_gb", "sum")
    assert _col(result, "Disk 1 read ops (operations per second)").target is None
    assert _col(result, "Number of disks").target is None
    assert _convert(headers, rows[:1], result)[0]["storage_gb"] == 150


def test_provisioned_and_used_compete_choice_and_runner_up_reported():
    headers = ["VM", "Provisioned MB", "In Use MB"]
    rows = [[f"vm{i}", "102400", "51200"] for i in range(30)]
    result = _map(headers, rows)
    prov, used = _col(result, "Provisioned MB"), _col(result, "In Use MB")
    assert (prov.target, used.target) == ("storage_gb", "storage_used_gb")
    assert prov.runner_up_column == "In Use MB" and used.runner_up_column == "Provisioned MB"
    assert any(r.startswith("runner-up column: 'In Use MB'") for r in prov.reasons)
    rec = _convert(headers, rows[:1], result)[0]
    assert (rec["storage_gb"], rec["storage_used_gb"]) == (100.0, 50.0)


def test_os_from_tools_preferred_configuration_is_fallback():
    headers = ["VM", "OS according to the configuration file", "OS according to the VMware Tools"]
    rows = [
        [f"vm{i}", "Microsoft Windows Server 2016 (64-bit)", "Microsoft Windows Server 2019"]
        for i in range(30)
    ]
    rows[1][2] = ""  # powered off: the tools report nothing
    result = _map(headers, rows)
    tools, config = _col(result, headers[2]), _col(result, headers[1])
    assert tools.target == config.target == "os_name"
    assert (tools.combine, config.combine) == (None, "fallback")
    assert any("chosen over" in r and "configuration file" in r for r in tools.reasons)
    recs = _convert(headers, rows[:2], result)
    assert recs[0]["os_name"] == "Microsoft Windows Server 2019"
    assert recs[1]["os_name"] == "Microsoft Windows Server 2016 (64-bit)"


def test_two_hostname_columns_one_wins_the_other_falls_back():
    headers = ["Server Name", "Device Name", "Host"]
    rows = [[f"srv{i}", f"dev{i}", f"esx{i % 3}"] for i in range(40)]
    result = _map(headers, rows)
    targets = [c.target for c in result.columns]
    assert targets.count("hostname") == 1
    assert _col(result, "Host").target == "virtualization_host"


def test_host_is_the_hostname_when_its_values_are_unique():
    result = _map(["Host", "IP"], [[f"web{i:03d}", f"10.0.0.{i + 1}"] for i in range(40)])
    assert _col(result, "Host").target == "hostname"


def test_header_contradicted_by_values_is_flagged_not_applied():
    rows = [[f"srv{i}", f"name{i}.corp.example.com"] for i in range(30)]
    result = _map(["Server", "IP Address"], rows)
    col = _col(result, "IP Address")
    assert col.decision != "auto"
    assert any("values contradict the header" in r for r in col.reasons)
    assert "IP Address" not in result.applied()


def test_opaque_header_mapped_from_values_for_review():
    rows = [
        [f"srv{i}", ["prod", "dev", "test"][i % 3], f"00:50:56:aa:bb:{i:02x}"] for i in range(30)
    ]
    result = _map(["Name", "Custom1", "Field 7"], rows)
    env, mac = _col(result, "Custom1"), _col(result, "Field 7")
    assert (env.target, env.decision) == ("environment", "suggest")
    assert (mac.target, mac.decision) == ("mac_address", "suggest")
    assert any("values are" in r for r in env.reasons)


def test_unknown_unit_kept_raw_with_a_warning():
    headers = ["Name", "Memory"]
    rows = [[f"h{i}", "16 GB"] for i in range(29)] + [["h29", "16 XB"]]
    result = _map(headers, rows)
    mem = _col(result, "Memory")
    assert any("unknown unit(s) xb" in w for w in mem.warnings)
    raw = [RawRow(1, ["h0", "16 GB"], []), RawRow(2, ["h29", "16 XB"], [])]
    recs = list(iter_records(raw, headers, result))
    assert recs[0].canonical["memory_gb"] == 16.0
    assert "memory_gb" not in recs[1].canonical
    assert recs[1].extra["Memory"] == "16 XB" and recs[1].raw["Memory"] == "16 XB"
    assert any("unknown unit 'xb'" in p for p in recs[1].problems)


def test_measurements_are_not_attributes():
    headers = ["Name", "Memory utilization percentage", "CPU.UsagePct.Avg", "Network In throughput"]
    rows = [[f"h{i}", "45.5", "12", "100"] for i in range(30)]
    result = _map(headers, rows)
    assert [c.target for c in result.columns[1:]] == [None, None, None]


def test_thresholds_decide():
    rows = [[f"h{i}", "prod"] for i in range(30)]
    strict = Thresholds(auto=0.999, suggest=0.99, reject=0.98)
    result = _map(["Name", "Env"], rows, thresholds=strict)
    assert {c.decision for c in result.columns} == {"unmapped"}
    assert result.applied() == {}
    lenient = _map(["Name", "Env"], rows)
    assert set(lenient.applied()) == {"Name", "Env"}


def test_header_only_mapping_still_works_without_sample():
    result = map_columns(["Hostname", "RAM (GB)"], thresholds=T)
    assert [c.target for c in result.columns] == ["hostname", "memory_gb"]
    assert _col(result, "RAM (GB)").unit == "gb"


def test_per_row_unit_column():
    headers = ["name", "ram", "ram_size_type"]
    rows = [["a", "16", "GB"], ["b", "4096", "MB"]] * 15
    result = _map(headers, rows)
    ram = _col(result, "ram")
    assert ram.unit_column == "ram_size_type"
    assert _col(result, "ram_size_type").target is None
    assert [r["memory_gb"] for r in _convert(headers, rows[:2], result)] == [16.0, 4.0]


def test_json_arrays_in_csv_cells_are_read_as_their_items():
    """Azure Resource Graph writes ``zones`` as ``["2"]`` into a CSV cell: the zone is
    2 (a datacenter), and an array of disk sizes sums like the JSON reader's."""
    headers = ["name", "zones", "diskSizesGB"]
    rows = [[f"vm{i:02d}", f'["{i % 3 + 1}"]', "[128, 256]" if i % 2 else "[]"] for i in range(30)]
    result = _map(headers, rows)
    zones = _col(result, "zones")
    assert (zones.target, zones.transform) == ("datacenter", "json_list")
    records = _convert(headers, rows[:2], result)
    assert records[0]["datacenter"] == "1" and records[1]["datacenter"] == "2"
    assert "storage_gb" not in records[0] and records[1]["storage_gb"] == 384


def test_facters_virtual_fact_says_virtual_or_physical():
    """Facter's ``virtual`` is the hypervisor's name on a guest, ``physical`` on metal."""
    headers = ["certname", "facts.virtual"]
    kinds = ["vmware", "kvm", "physical", "hyperv"]
    rows = [[f"n{i:02d}.example.com", kinds[i % 4]] for i in range(40)]
    result = _map(headers, rows)
    assert _col(result, "facts.virtual").target == "is_virtual"
    virtual = [r.get("is_virtual") for r in _convert(headers, rows[:4], result)]
    assert virtual == [True, True, False, True]


def test_a_unit_spelled_into_a_hyphenated_key_is_read_and_converted():
    headers = ["display-name", "shape-config.memory-in-gbs"]
    rows = [[f"vm{i:02d}", str(16 + i % 3 * 16)] for i in range(30)]
    result = _map(headers, rows)
    mem = _col(result, "shape-config.memory-in-gbs")
    assert (mem.target, mem.unit) == ("memory_gb", "gb")
    assert _convert(headers, rows[:1], result)[0]["memory_gb"] == 16
    camel = ["name", "memoryMb"]
    rows = [[f"srv{i:02d}", str(8192 * (1 + i % 2))] for i in range(30)]
    assert _convert(camel, rows[:1], _map(camel, rows))[0]["memory_gb"] == 8
