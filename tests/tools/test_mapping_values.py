"""Value and file-context evidence that keeps the cold start from over-reaching:
serialized objects, time zones, health readings, identifiers, per-unit core counts,
a lone CPU count, a bare "Version", repeating host names, byte magnitudes. Headers
are general IT spellings, not those of the evaluation files. No database needed."""

from __future__ import annotations

import pytest

from migrascope.memory import default_thresholds
from migrascope.tools.conversion import iter_records
from migrascope.tools.mapping import MappingResult, map_columns
from migrascope.tools.mapping_lexicon import header_words, name_evidence, per_socket_unit
from migrascope.tools.profiling import profile_column, value_kind
from migrascope.tools.readers import RawRow
from migrascope.tools.units import parse_size_gb

T = default_thresholds("field_mapping")
N = 40


def _map(headers: list[str], *columns: list[str]) -> MappingResult:
    rows = [list(r) for r in zip(*columns, strict=True)] if columns else None
    return map_columns(headers, thresholds=T, sample=rows)


def _targets(result: MappingResult) -> dict[str, str | None]:
    return {c.source: c.target for c in result.columns}


def _names(prefix: str = "srv") -> list[str]:
    return [f"{prefix}{i:03d}" for i in range(N)]


@pytest.mark.parametrize(
    ("raw", "kind"),
    [
        ("System.Object[]", "object"),
        ("System.Collections.Generic.List`1[Vendor.Tool.DiskDrive]", "object"),
        ("Microsoft.Management.Infrastructure.CimInstance[]", "object"),
        ("@{Name=eth0; Address=10.0.0.1}", "object"),
        ('[{"id": 1}]', "object"),
        ("Europe/Berlin", "timezone"),
        ("America/New_York", "timezone"),
        ("UTC", "timezone"),
        ("GMT+2", "timezone"),
        ("(UTC+01:00) Amsterdam, Berlin", "timezone"),
        ("Operating normally", "health"),
        ("OK", "health"),
        ("Degraded", "health"),
        ("kvm", "hypervisor"),
        ("Obsolete", "status_word"),
        ("Stock", "status_word"),
        ("12884901888;53687091200", "number_list"),
        ("us-east-1b", "zone"),  # an availability zone (the datacenter)
        ("europe-west1-b", "zone"),
        ("eu-west-1", "place"),  # a region (the location)
        ("Intel Xeon Gold 6248", "cpu_name"),
        ("Intel Cascade Lake", "cpu_name"),
        ("Intel Corporation", "text"),
        ("private=10.0.0.5; public=52.1.2.3", "ip_list"),
        ("vmware.example.com", "fqdn"),  # a vendor word as a domain is no object
    ],
)
def test_value_kinds(raw, kind):
    assert value_kind(raw)[0] == kind


def test_object_lists_map_to_no_scalar_field():
    objs = ["System.Collections.Generic.List`1[Acme.Virtual.DiskDrive]"] * N
    adapters = ["System.Object[]"] * N
    result = _map(["Server", "Hard disks", "Network adapters"], _names(), objs, adapters)
    assert _targets(result) == {"Server": "hostname", "Hard disks": None, "Network adapters": None}
    disks = next(c for c in result.columns if c.source == "Hard disks")
    assert any("serialized objects" in r for r in disks.candidates[0].reasons)


def test_time_zone_values_are_not_a_network_zone():
    zones = ["Europe/Paris", "UTC", "America/Chicago", "Asia/Tokyo"] * (N // 4)
    result = _map(["Hostname", "Time zone", "Network zone"], _names(), zones, ["DMZ"] * N)
    assert _targets(result)["Time zone"] is None
    assert _targets(result)["Network zone"] == "network_zone"


def test_health_readings_are_not_the_lifecycle_status():
    health = ["Operating normally", "OK", "Degraded"] * 13 + ["OK"]
    life = ["In use", "Retired", "In stock", "In use"] * (N // 4)
    assert _targets(_map(["Name", "Status"], _names(), health))["Status"] is None
    assert _targets(_map(["Name", "Status"], _names(), life))["Status"] == "status"


def test_production_beside_obsolete_and_stock_is_a_lifecycle_status():
    life = ["Production"] * 30 + ["Obsolete"] * 4 + ["Stock"] * 3 + ["Implementation"] * 3
    envs = ["Production", "Test", "Development", "Production"] * (N // 4)
    assert profile_column("State", life).dominant == "status_word"
    assert profile_column("Stage", envs).dominant == "environment"
    assert _targets(_map(["Name", "Status"], _names(), life))["Status"] == "status"


def test_uuid_identifies_the_asset_unless_a_stronger_id_is_there():
    uuids = [f"6f0c{i:04d}-aaaa-bbbb-cccc-0123456789ab" for i in range(N)]
    alone = _map(["Name", "uuid"], _names(), uuids)
    assert _targets(alone)["uuid"] == "asset_id"
    ids = [str(1000 + i) for i in range(N)]
    both = _map(["Name", "Asset ID", "uuid"], _names(), ids, uuids)
    assert _targets(both) == {"Name": "hostname", "Asset ID": "asset_id", "uuid": None}
    assert _targets(_map(["metadata.uuid"], uuids))["metadata.uuid"] == "asset_id"


def test_host_uuid_names_the_hypervisor_host():
    best = name_evidence("host_uuid")[0]
    assert best.target == "virtualization_host" and best.score >= 0.8


@pytest.mark.parametrize(
    ("header", "unit"),
    [
        ("Cores per socket", "socket"),
        ("num_cores_per_vcpu", "vcpu"),
        ("vcpus_per_socket", "socket"),
        ("CoresPerProcessor", "socket"),  # a processor is a socket
        ("threads_per_core", None),  # per core, not per socket
        ("Core count", None),
    ],
)
def test_per_unit_core_counts(header, unit):
    assert per_socket_unit(header) == unit


def test_count_of_the_unit_beside_cores_per_unit_is_the_socket_count():
    vcpus = ["1", "2", "2", "4"] * (N // 4)
    per = ["4", "2", "8", "1"] * (N // 4)
    result = _map(["vm_name", "num_vcpus", "num_cores_per_vcpu"], _names("vm"), vcpus, per)
    assert _targets(result) == {
        "vm_name": "hostname",
        "num_vcpus": "cpu_sockets",
        "num_cores_per_vcpu": "cpu_cores",
    }
    cores = next(c for c in result.columns if c.source == "num_cores_per_vcpu")
    assert cores.combine == "per_socket" and cores.per_socket_of == "num_vcpus"
    data = zip(_names("vm"), vcpus, per, strict=True)
    rows = [RawRow(i + 2, [n, v, p], []) for i, (n, v, p) in enumerate(data)]
    records = list(iter_records(rows, ["vm_name", "num_vcpus", "num_cores_per_vcpu"], result))
    assert records[0].canonical["cpu_cores"] == 4  # 1 vCPU × 4 cores per vCPU
    assert records[0].canonical["cpu_sockets"] == 1


def test_cores_per_socket_beside_a_total_leaves_the_total_alone():
    total = ["4", "8", "2", "16"] * (N // 4)
    per = ["2", "4", "1", "8"] * (N // 4)
    result = _map(["VM", "NumCpu", "CoresPerSocket"], _names("vm"), total, per)
    assert _targets(result)["NumCpu"] == "cpu_cores"


def test_the_only_cpu_count_of_a_file_is_the_total():
    counts = ["2", "4", "8", "16"] * (N // 4)
    result = _map(["VM name", "Processor count"], _names("vm"), counts)
    assert _targets(result)["Processor count"] == "cpu_cores"
    col = next(c for c in result.columns if c.source == "Processor count")
    assert any("only CPU count" in r for r in col.reasons)
    cores = ["4", "8", "8", "16"] * (N // 4)
    both = _map(["VM name", "Processor count", "Core count"], _names("vm"), counts, cores)
    assert _targets(both)["Processor count"] == "cpu_sockets"


def test_a_bare_version_needs_an_os_column_and_os_like_values():
    hw = ["8.0", "9.0", "10.0", "9.1"] * (N // 4)
    builds = ["10.0.17763", "10.0.20348", "6.3.9600", "10.0.14393"] * (N // 4)
    oses = ["Windows Server 2019", "Windows Server 2022", "Windows Server 2012 R2", "W2016"]
    os_col = oses * (N // 4)
    assert _targets(_map(["VM", "Version"], _names("vm"), hw))["Version"] is None
    with_os = _map(["Name", "Operating system", "Version"], _names(), os_col, builds)
    assert _targets(with_os)["Version"] == "os_version"
    tags = ["v17", "v19", "v15", "v13"] * (N // 4)
    odd = _map(["Name", "Operating system", "Version"], _names(), os_col, tags)
    assert _targets(odd)["Version"] is None
    # "Client version" is the version of a client, not of the OS.
    assert all(e.target != "os_version" for e in name_evidence("Agent version"))


def test_repeating_names_beside_the_vm_name_are_the_host():
    hosts = ["esx-a01", "esx-a02", "esx-b01"] * 13 + ["esx-a01"]
    result = _map(["VM name", "Computer name"], _names("vm"), hosts)
    assert _targets(result) == {"VM name": "hostname", "Computer name": "virtualization_host"}
    # Alone, a name column keeps its meaning even when names repeat (one row per disk).
    alone = _map(["Computer name", "Disk"], hosts, ["C:"] * N)
    assert _targets(alone)["Computer name"] == "hostname"


def test_two_strong_names_of_memory_back_each_other_up():
    assigned = ["17179869184", "0", "8589934592", "4294967296"] * (N // 4)
    startup = ["17179869184", "8589934592", "8589934592", "4294967296"] * (N // 4)
    result = _map(["VM name", "Memory assigned", "Startup memory"], _names("vm"), assigned, startup)
    by = {c.source: c for c in result.columns}
    assert by["Memory assigned"].target == by["Startup memory"].target == "memory_gb"
    assert {by["Memory assigned"].combine, by["Startup memory"].combine} == {None, "fallback"}
    assert by["Memory assigned"].unit == "bytes"  # 1.7e10 is no number of megabytes


@pytest.mark.parametrize(
    ("values", "target", "unit"),
    [
        (["16777216", "33554432", "8388608"], "memory_gb", "kb"),
        (["16384", "32768", "8192"], "memory_gb", "mb"),
        (["107374182400", "53687091200", "214748364800"], "storage_gb", "bytes"),
    ],
)
def test_units_inferred_from_magnitudes(values, target, unit):
    header = "Memory" if target == "memory_gb" else "Disk size"
    col = _map(["Name", header], _names(), values * 13 + values[:1]).columns[1]
    assert (col.target, col.unit) == (target, unit)


def test_a_list_of_disk_sizes_is_their_sum():
    assert parse_size_gb("10737418240;21474836480", "bytes") == (30.0, None)
    assert parse_size_gb("10;x", "gb")[0] is None
    sizes = ["107374182400;536870912000", "85899345920"] * (N // 2)
    col = _map(["vm_name", "disk_info.size"], _names("vm"), sizes).columns[1]
    assert (col.target, col.unit) == ("storage_gb", "bytes")


def test_usage_fractions_are_not_a_count():
    usage = ["0.0123", "0.2", "0.75", "0.05"] * (N // 4)
    assert _targets(_map(["name", "cpu"], _names(), usage))["cpu"] != "cpu_cores"


def test_component_paths_keep_their_component_fields_only():
    kinds = ["DISK", "CDROM"] * (N // 2)
    subnets = ["prod-subnet", "dmz-subnet"] * (N // 2)
    result = _map(
        ["name", "resources.disk_list.device_properties.device_type",
         "resources.nic_list.subnet_reference.name"],
        _names(), kinds, subnets,
    )  # fmt: skip
    assert _targets(result) == {
        "name": "hostname",
        "resources.disk_list.device_properties.device_type": None,
        "resources.nic_list.subnet_reference.name": "network_zone",
    }


def test_one_value_on_every_row_is_weak_evidence_without_the_header():
    result = _map(["Name", "Snapshot type"], _names(), ["Production"] * N)
    assert _targets(result)["Snapshot type"] is None
    mixed = ["Production", "Test", "Development", "Production"] * (N // 4)
    assert _targets(_map(["Name", "Custom3"], _names(), mixed))["Custom3"] == "environment"


def test_lone_capitals_join_the_next_word():
    assert header_words("VApp") == "vapp"
    assert header_words("VMId") == "vm id"


def test_used_storage_must_say_used_when_read_loosely():
    from migrascope.tools.mapping_lexicon import metric_penalty

    assert metric_penalty("Disk space total", "storage_used_gb")[0] < 1.0
    assert metric_penalty("Disk space consumed", "storage_used_gb")[0] == 1.0
    assert metric_penalty("Disk space total", "storage_gb")[0] == 1.0


def test_a_prefix_every_column_shares_is_not_read_as_a_word():
    headers = ["Node.name", "Node.hostname", "Node.os_version", "Node.uuid", "Node.ram"]
    oses = ["Windows Server 2019"] * N
    uuids = [f"6f0c{i:04d}-aaaa-bbbb-cccc-0123456789ab" for i in range(N)]
    result = _map(
        [*headers, "Node.os"], _names(), _names(), ["10.0.17763"] * N, uuids, ["8192"] * N, oses
    )
    assert _targets(result)["Node.hostname"] == "hostname"  # not the hypervisor host
    assert _targets(result)["Node.uuid"] == "asset_id"
    assert any("read without it" in n for n in result.notes)
    # Without a shared prefix, "host.name" still names the host that runs the VM.
    mixed = _map(["name", "host.name", "memory", "vcpus"], _names("vm"), ["kvm1"] * N,
                 ["4096"] * N, ["2"] * N)  # fmt: skip
    assert _targets(mixed)["host.name"] == "virtualization_host"


def test_dates_under_a_creation_word_are_the_install_date():
    dates = [f"2021-0{i % 9 + 1}-1{i % 9}" for i in range(N)]
    result = _map(["Name", "WhenBuilt", "DecommissionedOn"], _names(), dates, dates)
    assert _targets(result) == {
        "Name": "hostname",
        "WhenBuilt": "install_date",
        "DecommissionedOn": "end_of_life_date",
    }
    # The cue needs dates: a "Builder" of names is no date.
    assert _targets(_map(["Name", "Builder"], _names(), ["jdoe"] * N))["Builder"] is None


def test_unique_uuids_hint_at_the_identifier_and_shared_ones_do_not():
    unique = [f"6f0c{i:04d}-aaaa-bbbb-cccc-0123456789ab" for i in range(N)]
    shared = [f"6f0c{i % 3:04d}-aaaa-bbbb-cccc-0123456789ab" for i in range(N)]
    result = _map(["Name", "Ref A", "Ref B"], _names(), unique, shared)
    assert _targets(result)["Ref A"] == "asset_id"
    assert _targets(result)["Ref B"] != "asset_id"


def test_an_empty_column_is_not_mapped_on_its_header_alone():
    """Empty on every sampled row, a column's header is its only evidence: even its
    field's own name is offered as a candidate, not applied."""
    empty = [""] * N
    partial = _map(["Name", "Secondary operational status"], _names(), empty)
    assert _targets(partial)["Secondary operational status"] is None
    own = _map(["Name", "Status"], _names(), empty)
    status = next(c for c in own.columns if c.source == "Status")
    assert status.target is None and status.decision == "unmapped"
    assert status.candidates[0].target == "status"
    assert any("empty on all" in r for r in status.candidates[0].reasons)
    # A few sampled rows are too few to call a column empty.
    few = _map(["Name", "Status"], _names()[:5], empty[:5])
    assert _targets(few)["Status"] == "status"


def test_startup_qualifies_the_value_a_vm_boots_with():
    best = name_evidence("VCPUs_at_startup")[0]
    assert best.target == "cpu_cores" and best.score >= 0.9


def test_the_maximum_beside_its_usage_is_the_size():
    size = ["8589934592", "4294967296", "17179869184", "8589934592"] * (N // 4)
    used = ["2147483648", "4294967296", "1073741824", "123456789"] * (N // 4)
    dsize = ["107374182400", "53687091200"] * (N // 2)
    dused = ["10737418240", "5368709120"] * (N // 2)
    result = _map(
        ["name", "maxmem", "mem", "maxdisk", "disk"], _names("vm"), size, used, dsize, dused
    )
    assert _targets(result) == {
        "name": "hostname",
        "maxmem": "memory_gb",
        "mem": None,
        "maxdisk": "storage_gb",
        "disk": "storage_used_gb",
    }
    assert next(c for c in result.columns if c.source == "maxmem").unit == "bytes"
    # A maximum that is not above the plain column on every row is left alone.
    lower = _map(["name", "MemoryMaximum", "Memory"], _names("vm"), used, size)
    assert _targets(lower)["Memory"] == "memory_gb"


def test_networks_in_cidr_are_the_network_zone_and_addresses_with_a_prefix_are_not():
    nets = [f"10.105.{i % 4}.0/24" for i in range(N)]
    labelled = [f"dmz-{i % 2} (10.102.{i % 2}.0/16)" for i in range(N)]
    hosts = [f"10.0.{i // 200}.{i + 10}/24" for i in range(N)]
    result = _targets(
        _map(
            ["Name", "host_networks", "Subnet ipv4", "Primary IPv4"],
            _names(),
            nets,
            labelled,
            hosts,
        )
    )
    assert result["host_networks"] == "network_zone"
    assert result["Primary IPv4"] == "ip_address"
    # the labelled subnet backs the plain one up or stands apart; never an address
    assert result["Subnet ipv4"] != "ip_address"


def test_a_generic_header_over_distinctive_values_takes_the_values_field():
    """SCCM's ``Name0`` of ``v_GS_PROCESSOR`` holds processor names: the header only
    says "a name", the values say a CPU model. A "Name" of FQDNs stays the host name."""
    cpus = [
        ["Intel(R) Xeon(R) Gold 6248 CPU @ 2.50GHz", "AMD EPYC 7763 64-Core Processor"][i % 2]
        for i in range(N)
    ]
    hosts = [f"srv{i:03d}" for i in range(N)]
    result = _targets(_map(["Netbios_Name0", "Name0"], hosts, cpus))
    assert result["Name0"] == "cpu_model"
    fqdns = [f"srv{i:03d}.corp.example.com" for i in range(N)]
    assert (
        _targets(_map(["Name", "IP"], fqdns, [f"10.0.0.{i}" for i in range(N)]))["Name"]
        == "hostname"
    )


def test_version_numbers_fit_a_version_and_not_a_name():
    """SCCM's ``Client_Version0`` (5.00.9122.1000) is no client department, while an
    "OS Version" of 10.0.17763 is the OS version."""
    client = [["5.00.9122.1000", "5.00.9096.1000"][i % 2] for i in range(N)]
    builds = [["10.0.17763", "10.0.20348"][i % 2] for i in range(N)]
    result = _targets(_map(["Name", "Client_Version0", "OS Version"], _names(), client, builds))
    assert result["Client_Version0"] is None
    assert result["OS Version"] == "os_version"


def test_memory_in_use_is_no_storage_and_an_ha_priority_no_criticality():
    used = [f"{2 + i % 5}.{i % 10} GiB" for i in range(N)]
    prio = [str(i % 3 * 50) for i in range(N)]
    result = _targets(
        _map(
            ["Name", "facts.memory.system.used", "high_availability.priority"], _names(), used, prio
        )
    )
    assert result["facts.memory.system.used"] not in {"storage_used_gb", "storage_gb"}
    assert result["high_availability.priority"] != "criticality"


def test_a_version_written_as_a_number_is_still_the_version():
    """Defender's ``OS Version`` = 10.0 beside ``OS Build`` = 17763: the version wins."""
    version = ["10.0"] * (N // 2) + ["6.3"] * (N - N // 2)
    build = [["17763", "20348"][i % 2] for i in range(N)]
    result = _targets(_map(["Device Name", "OS Version", "OS Build"], _names(), version, build))
    assert result["OS Version"] == "os_version"


def test_cloud_and_infrastructure_as_code_values_say_what_they_are():
    """Terraform state: a resource type is the class, an ARN the id, a device path is
    no host, a nested ``zone`` of 1/2/3 the datacenter; an OS vendor is no hardware
    manufacturer and a count of critical vulnerabilities no criticality."""
    headers = [
        "index",
        "type",
        "values.arn",
        "values.root_block_device.device_name",
        "instances.attributes.zone",
        "osFingerprint.vendor",
        "vulnerabilities.critical",
        "meta.machine",
    ]
    result = _targets(
        _map(
            headers,
            _names(),
            ["aws_instance"] * N,
            [f"arn:aws:ec2:eu-west-1:123456789012:instance/i-0abc{i:04d}" for i in range(N)],
            ["/dev/sda1"] * N,
            [str(1 + i % 3) for i in range(N)],
            [["Microsoft", "Red Hat"][i % 2] for i in range(N)],
            [str(i % 4) for i in range(N)],
            [["x86_64", "amd64"][i % 2] for i in range(N)],
        )
    )
    assert result["type"] == "asset_type"
    assert result["values.arn"] == "asset_id"
    assert result["values.root_block_device.device_name"] is None
    assert result["instances.attributes.zone"] == "datacenter"
    assert result["osFingerprint.vendor"] != "manufacturer"
    assert result["vulnerabilities.critical"] != "criticality"
    assert result["meta.machine"] is None
