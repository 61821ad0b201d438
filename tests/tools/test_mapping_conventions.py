"""Conventions the labelled exports agree on, learnt from the blind rounds 10 and 11:
full names beside short ones, OS builds, first-seen stamps, instance labels, zone
codes, enumerations written as constants. Headers are general IT spellings, not those
of the evaluation files. No database needed."""

from __future__ import annotations

from migrascope.memory import default_thresholds
from migrascope.tools.mapping import MappingResult, map_columns
from migrascope.tools.mapping_lexicon import header_words
from migrascope.tools.profiling import profile_column

T = default_thresholds("field_mapping")
N = 40
SHORT = [f"web{i:02d}" for i in range(N)]
FULL = [f"web{i:02d}.corp.example.com" for i in range(N)]


def _map(headers: list[str], *columns: list[str]) -> MappingResult:
    rows = [list(r) for r in zip(*columns, strict=True)]
    return map_columns(headers, thresholds=T, sample=rows)


def _targets(result: MappingResult) -> dict[str, str | None]:
    return {c.source: c.target for c in result.columns}


def test_full_names_beside_their_short_names_are_the_fqdn():
    for headers in (["Name", "Host Name"], ["name", "node.hostname"]):
        targets = _targets(_map(headers, FULL, SHORT))
        assert targets == {headers[0]: "fqdn", headers[1]: "hostname"}


def test_two_names_that_are_not_full_and_short_of_one_host_stay_as_they_were():
    others = [f"db{i:02d}" for i in range(N)]  # not the first labels of FULL
    targets = _targets(_map(["Name", "Host Name"], FULL, others))
    assert targets["Host Name"] == "hostname"
    assert targets["Name"] != "fqdn"
    # A file that has its FQDN column already keeps it.
    targets = _targets(_map(["Name", "Host Name", "FQDN"], FULL, SHORT, FULL))
    assert targets["FQDN"] == "fqdn"
    assert targets["Name"] != "fqdn"


def test_an_os_build_number_is_not_the_os_version():
    builds = [str(19045 + i % 3) for i in range(N)]
    targets = _targets(_map(["Name", "OS Build", "Operating System Build"], SHORT, builds, builds))
    assert targets["OS Build"] is None
    assert targets["Operating System Build"] is None
    versions = [f"10.0.{19045 + i % 3}" for i in range(N)]
    assert _targets(_map(["Name", "OS Version"], SHORT, versions))["OS Version"] == "os_version"


def test_first_seen_is_the_tools_stamp_not_the_install_date():
    dates = [f"2023-{1 + i % 12:02d}-{1 + i % 27:02d}T10:00:00Z" for i in range(N)]
    targets = _targets(_map(["Name", "First Seen", "Install Date"], SHORT, dates, dates))
    assert targets["First Seen"] is None
    assert targets["Install Date"] == "install_date"


def test_a_cloud_instance_label_is_its_name():
    assert _targets(_map(["label", "region"], SHORT, ["us-east"] * N))["label"] == "hostname"


def test_a_zone_code_with_a_city_is_an_availability_zone():
    zones = ["fr-par-1", "fr-par-2", "nl-ams-1", "pl-waw-1"]
    profile = profile_column("zone", [zones[i % 4] for i in range(N)])
    assert profile.dominant == "zone"
    # An AWS region is not a zone.
    assert profile_column("region", ["us-east-1", "eu-west-2"] * 20).dominant != "zone"
    assert _targets(_map(["name", "zone"], SHORT, [zones[i % 4] for i in range(N)]))["zone"] == (
        "datacenter"
    )


def test_power_states_written_as_constants_are_power_states():
    states = ["POWERED_ON"] * 30 + ["POWERED_OFF"] * 8 + ["SUSPENDED"] * 2
    assert profile_column("status", states).dominant == "power"
    assert _targets(_map(["name", "status"], SHORT, states))["status"] == "power_state"


def test_a_network_status_is_not_a_network_zone():
    states = ["connected", "disconnected", "connecting"] * 13 + ["connected"]
    assert _targets(_map(["name", "Network Status"], SHORT, states))["Network Status"] is None


def test_bios_and_series_are_not_plurals():
    assert header_words("BIOS Version") == "bios version"
    assert header_words("netbiosName") == "netbios name"
    assert header_words("Product Series") == "product series"
    assert header_words("Disks") == "disk"


def test_two_letters_around_a_slash_are_one_abbreviation():
    # "S/N" was two single letters, dropped as noise: "OEM S/N 1" said nothing.
    assert header_words("OEM S/N 1") == "oem serial 1"
    assert header_words("I/O Wait") == "io wait"
    assert header_words("Make/Model") == "make model"  # words around a slash stay words
    serials = [f"CZ{i:06d}K" for i in range(N)]
    assert _targets(_map(["name", "OEM S/N 1"], SHORT, serials))["OEM S/N 1"] == "serial_number"


def test_a_column_whose_value_is_in_the_winners_list_is_its_fallback():
    primary = [f"10.0.{i // 200}.{i % 200 + 1}" for i in range(N)]
    listed = [f"{ip};127.0.0.1" for ip in primary]
    result = _map(["name", "ipv4", "fqdn_ip4"], SHORT, listed, primary)
    ip_columns = {c.source: c for c in result.columns if c.target == "ip_address"}
    assert set(ip_columns) == {"ipv4", "fqdn_ip4"}
    assert sorted(c.combine or "primary" for c in ip_columns.values()) == ["fallback", "primary"]


def test_a_column_of_other_values_is_no_fallback():
    primary = [f"10.0.{i // 200}.{i % 200 + 1}" for i in range(N)]
    others = [f"192.168.7.{i + 1}" for i in range(N)]
    listed = [f"{ip};127.0.0.1" for ip in primary]
    result = _map(["name", "ipv4", "fqdn_ip4"], SHORT, listed, others)
    assert sum(c.target == "ip_address" for c in result.columns) == 1


def test_the_external_address_is_not_the_assets():
    internal = [f"10.0.{i // 200}.{i % 200 + 1}" for i in range(N)]
    external = ["203.0.113.7"] * 20 + ["198.51.100.9"] * 20
    targets = _targets(_map(["name", "extIpAddress", "intIpAddress"], SHORT, external, internal))
    assert targets["intIpAddress"] == "ip_address"
    assert targets["extIpAddress"] is None


def test_a_warranty_date_is_the_end_of_life_when_no_eol_column_exists():
    dates = [f"2027-{1 + i % 12:02d}-{1 + i % 27:02d}" for i in range(N)]
    assert _targets(_map(["name", "warrantyDate"], SHORT, dates))["warrantyDate"] == (
        "end_of_life_date"
    )
    # A warranty's start is no end.
    start = _targets(_map(["name", "Warranty Start Date"], SHORT, dates))["Warranty Start Date"]
    assert start != "end_of_life_date"


def test_the_motherboards_maker_is_not_the_assets():
    makers = ["Dell Inc."] * 20 + ["HPE"] * 20
    targets = _targets(
        _map(["name", "baseBoard.manufacturer", "bios.manufacturer"], SHORT, makers, makers)
    )
    assert targets["baseBoard.manufacturer"] is None


def test_sockets_times_cores_per_socket_before_a_cpu_total():
    sockets = [str(1 + i % 2) for i in range(N)]
    per_socket = [str(4 * (1 + i % 3)) for i in range(N)]
    threads = [str(int(a) * int(b) * 2) for a, b in zip(sockets, per_socket, strict=True)]
    result = _map(
        ["name", "number_of_sockets", "cores_per_socket", "number_of_cpus"],
        SHORT,
        sockets,
        per_socket,
        threads,
    )
    by_source = {c.source: c for c in result.columns}
    assert by_source["cores_per_socket"].target == "cpu_cores"
    assert by_source["cores_per_socket"].combine == "per_socket"
    assert by_source["number_of_sockets"].target == "cpu_sockets"
    assert by_source["number_of_cpus"].target != "cpu_cores"


def test_an_owners_id_is_not_the_owner():
    ids = [f"{i:08x}-55e1-4a5b-9c3e-1f0b2c3d4e5f" for i in range(N)]
    people = ["Ana Ruiz", "Bo Chen", "Cy Diaz", "Di Evans"] * 10
    host_ids = [f"{i:08x}-0000-4000-8000-00000000abcd" for i in range(N)]
    targets = _targets(_map(["name", "id", "owner_id"], SHORT, host_ids, ids))
    assert targets["id"] == "asset_id"
    assert targets["owner_id"] is None
    targets = _targets(_map(["name", "id", "owner"], SHORT, host_ids, people))
    assert targets["owner"] == "business_owner"


def test_a_resource_identifier_ending_in_the_id_is_the_ids_alias():
    ids = [f"i-0{i:016x}" for i in range(N)]
    arns = [f"arn:aws:ec2:eu-west-1:123456789012:instance/{v}" for v in ids]
    result = _map(["Name", "InstanceId", "Arn"], SHORT, ids, arns)
    col = next(c for c in result.columns if c.source == "Arn")
    assert (col.target, col.combine) == ("asset_id", "fallback")
    # An API link that ends in the id is navigation, not a second id.
    links = [f"/api/vms/{v}" for v in ids]
    assert _targets(_map(["Name", "InstanceId", "href"], SHORT, ids, links))["href"] is None
    # Identifiers of other resources (a disk's ARN) are no alias.
    disks = [f"arn:aws:ec2:eu-west-1:123456789012:volume/vol-{i:08x}" for i in range(N)]
    assert _targets(_map(["Name", "InstanceId", "Arn"], SHORT, ids, disks))["Arn"] is None


def test_an_api_link_to_an_object_is_not_the_objects_name():
    """Zenoss ``hwModel.uid`` (/zport/dmd/.../products/PowerEdge R650) beside
    ``hwModel.name``: the tool's path to the model object, kept apart by every labelled
    tool, as an ``href`` beside an id is (measured: the link alias cost six columns of
    round 22)."""
    models = [["PowerEdge R650", "ProLiant DL380"][i % 2] for i in range(N)]
    paths = [f"/zport/dmd/Manufacturers/Dell/products/{m}" for m in models]
    targets = _targets(_map(["Name", "hwModel.name", "hwModel.uid"], SHORT, models, paths))
    assert targets["hwModel.name"] == "model"
    assert targets["hwModel.uid"] != "model"


def test_a_second_column_of_os_names_backs_up_the_first():
    oses = [["Windows Server 2019 Standard", "Ubuntu 22.04 LTS"][i % 2] for i in range(N)]
    families = [["windows", "linux"][i % 2] for i in range(N)]
    result = _map(["Name", "Operating System", "osfinger"], SHORT, oses, families)
    col = next(c for c in result.columns if c.source == "osfinger")
    assert (col.target, col.combine) == ("os_name", "fallback")
    assert "fallback" in col.reasons[-1] or any("fallback" in r for r in col.reasons)
    # A group named after the OS is a group, and a column of product identifiers (CPE)
    # is no OS name.
    groups = [["Servers - Windows", "Servers - Linux"][i % 2] for i in range(N)]
    cpes = [
        ["cpe:/o:microsoft:windows_server_2019:-", "cpe:/o:canonical:ubuntu_linux:22.04"][i % 2]
        for i in range(N)
    ]
    targets = _targets(
        _map(["Name", "Operating System", "rbacGroupName", "os_cpe"], SHORT, oses, groups, cpes)
    )
    assert targets["rbacGroupName"] is None and targets["os_cpe"] is None
    # Unique values naming an OS (one per asset) are not an OS column.
    unique = [f'module.windows_vm["web{i:02d}"]' for i in range(N)]
    assert (
        _targets(_map(["Name", "Operating System", "module"], SHORT, oses, unique))["module"]
        is None
    )


DATES = [f"2023-{1 + i % 12:02d}-{1 + i % 27:02d}T10:00:00Z" for i in range(N)]
LATER = [f"2025-{1 + i % 12:02d}-{1 + i % 27:02d}T08:00:00Z" for i in range(N)]


def test_a_creation_time_outranks_a_launch_time():
    """EC2's LaunchTime is the last start: alone it is the best install date there is,
    beside a creation time it is not one."""
    alone = _targets(_map(["InstanceId", "LaunchTime"], SHORT, DATES))
    assert alone["LaunchTime"] == "install_date"
    both = _targets(
        _map(
            ["InstanceId", "resourceCreationTime", "configuration.launchTime"], SHORT, DATES, LATER
        )
    )
    assert both["resourceCreationTime"] == "install_date"
    assert both["configuration.launchTime"] is None


def test_a_cloud_providers_created_stamp_is_the_install_date():
    """``created`` beside ``updated`` dates a record in an inventory tool; in a cloud
    provider's own export (its instance sizes beside) the record is the instance."""
    tool = _targets(_map(["name", "created", "updated"], SHORT, DATES, LATER))
    assert tool["created"] is None
    sizes = [["g6-standard-2", "g6-standard-4"][i % 2] for i in range(N)]
    cloud = _targets(_map(["label", "type", "created", "updated"], SHORT, sizes, DATES, LATER))
    assert cloud["created"] == "install_date"


def test_a_record_type_naming_a_machine_is_the_asset_type_even_when_constant():
    for header, value in (("kind", "Node"), ("resourceType", "AWS::EC2::Instance")):
        assert _targets(_map(["Name", header], SHORT, [value] * N))[header] == "asset_type"
    # nested under another object, the type is that object's
    assert _targets(_map(["Name", "metadata.kind"], SHORT, ["vm"] * N))["metadata.kind"] is None
    # a constant type that names no machine tells nothing
    assert _targets(_map(["Name", "kind"], SHORT, ["Record"] * N))["kind"] is None


def test_an_element_of_a_list_holds_no_identity_of_the_asset():
    ids = [f"vol-{i:08x}" for i in range(N)]
    names = [f"web{i:02d}-root" for i in range(N)]
    sizes = [str(20 + i % 3) for i in range(N)]
    targets = _targets(
        _map(["name", "volumes.0.id", "volumes.0.name", "volumes.0.size"], SHORT, ids, names, sizes)
    )
    assert targets["volumes.0.id"] is None
    assert targets["volumes.0.name"] not in {"hostname", "application_name", "asset_id"}
    assert targets["volumes.0.size"] == "storage_gb"
    # the same leaf outside a list is the asset's own
    assert _targets(_map(["name", "server.id"], SHORT, ids))["server.id"] == "asset_id"


def test_an_enabled_flag_is_no_lifecycle_status():
    flags = [["true", "false"][i % 2] for i in range(N)]
    assert _targets(_map(["Name", "accountEnabled"], SHORT, flags))["accountEnabled"] is None
    assert _targets(_map(["Name", "isActive"], SHORT, flags))["isActive"] is None
    states = [["In use", "Retired"][i % 2] for i in range(N)]
    assert _targets(_map(["Name", "Status"], SHORT, states))["Status"] == "status"


def test_two_known_names_of_the_host_back_each_other_up():
    netbios = [n.upper() for n in SHORT]
    display = [f"{n} (Windows)" for n in SHORT]
    result = _map(["displayName", "netbiosName"], display, netbios)
    cols = {c.source: c for c in result.columns}
    assert {cols["displayName"].target, cols["netbiosName"].target} == {"hostname"}
    assert "fallback" in {cols["displayName"].combine, cols["netbiosName"].combine}


def test_a_computer_name_of_full_names_beside_the_vm_name_is_the_fqdn():
    """SCVMM ``Name`` (the VM) beside ``ComputerName`` (the guest's FQDN): when at least
    half the VM names are the first labels of the computer names, the full one is the
    FQDN, even with other columns (free text) around that lost the host name too."""
    names = [n.upper() for n in SHORT]
    full = [f"{n}.corp.local" if i % 3 else f"other{i:02d}.corp.local" for i, n in enumerate(SHORT)]
    notes = [f"integration services {i}" for i in range(N)]
    targets = _targets(_map(["Name", "ComputerName", "VMAddition"], names, full, notes))
    assert targets["ComputerName"] == "fqdn" and targets["Name"] == "hostname"
    unrelated = [f"db{i:02d}.corp.local" for i in range(N)]
    targets = _targets(_map(["Name", "ComputerName"], names, unrelated))
    assert targets["ComputerName"] != "fqdn"


def test_a_data_centre_code_is_the_datacenter_not_the_location():
    codes = [["FRA-DC2", "HAM-DC1"][i % 2] for i in range(N)]
    cities = [["Frankfurt", "Hamburg"][i % 2] for i in range(N)]
    targets = _targets(_map(["Name", "site.name", "city"], SHORT, codes, cities))
    assert targets["site.name"] == "datacenter"
    assert targets["city"] == "location"
    # a site written as a city with its code is still the location
    sites = [["Frankfurt FRA2", "Hamburg HAM1"][i % 2] for i in range(N)]
    assert _targets(_map(["Name", "Site"], SHORT, sites))["Site"] == "location"


def test_a_team_runs_the_box():
    teams = [["Linux Ops", "Windows Server Team", "DBA Team"][i % 3] for i in range(N)]
    assert _targets(_map(["Name", "labels.team"], SHORT, teams))["labels.team"] == "technical_owner"
    departments = [["Finance", "HR", "Sales"][i % 3] for i in range(N)]
    assert _targets(_map(["Name", "Department"], SHORT, departments))["Department"] == "department"


def test_a_platform_version_is_the_os_version():
    versions = [["10.0.20348", "22.04", "8.8"][i % 3] for i in range(N)]
    platforms = [
        ["Windows Server 2022", "Ubuntu", "Red Hat Enterprise Linux"][i % 3] for i in range(N)
    ]
    targets = _targets(
        _map(["Name", "PlatformName", "PlatformVersion"], SHORT, platforms, versions)
    )
    assert targets["PlatformVersion"] == "os_version"


def test_physical_on_every_row_still_says_each_asset_is_physical():
    assert (
        _targets(_map(["Name", "SystemType"], SHORT, ["Physical"] * N))["SystemType"]
        == "is_virtual"
    )
    # "VM" on every row of a type column names a class of machine, not a flag
    assert _targets(_map(["Name", "type"], SHORT, ["VM"] * N))["type"] != "is_virtual"


def test_a_management_address_is_the_controllers():
    ips = [f"10.1.0.{i + 1}" for i in range(N)]
    bmc = [f"10.250.0.{i + 1}" for i in range(N)]
    targets = _targets(_map(["Name", "IP Address", "MgmtIpAddress"], SHORT, ips, bmc))
    assert targets["IP Address"] == "ip_address" and targets["MgmtIpAddress"] is None


def test_numbered_disks_under_a_record_are_summed_storage():
    sizes = [[f"{80 + i} GB" for i in range(N)], [f"{250 + i} GB" for i in range(N)]]
    result = _map(["Name", "assetRecord.hdd1", "assetRecord.hdd2"], SHORT, *sizes)
    cols = {c.source: c for c in result.columns}
    assert cols["assetRecord.hdd1"].target == cols["assetRecord.hdd2"].target == "storage_gb"


def test_environment_words_leading_a_label_are_the_environment():
    clouds = [["Production Cloud", "Test Cloud", "Development Cloud"][i % 3] for i in range(N)]
    assert _targets(_map(["Name", "Cloud"], SHORT, clouds))["Cloud"] == "environment"
    # ... but a host group named after the environment is a group
    groups = [["Production Servers", "Test Servers"][i % 2] for i in range(N)]
    assert _targets(_map(["Name", "Host Group"], SHORT, groups))["Host Group"] is None


def test_an_os_version_column_of_os_names_is_the_os_name():
    names = [
        ["Windows Server 2019 Datacenter 1809, ver. 10.0.17763", "Ubuntu 22.04.4 LTS"][i % 2]
        for i in range(N)
    ]
    assert _targets(_map(["Name", "osVersion"], SHORT, names))["osVersion"] == "os_name"
    numbers = [["10.0.17763", "22.04"][i % 2] for i in range(N)]
    assert _targets(_map(["Name", "osVersion"], SHORT, numbers))["osVersion"] == "os_version"


def test_snmp_contact_and_subnet_address():
    teams = [["Windows Server Team", "Linux Ops"][i % 2] for i in range(N)]
    nets = [["10.226.1.0", "10.225.20.0"][i % 2] for i in range(N)]
    ips = [f"10.226.1.{i + 10}" for i in range(N)]
    targets = _targets(
        _map(["Name", "IP Address", "sysContact", "Subnet Address"], SHORT, ips, teams, nets)
    )
    assert targets["sysContact"] == "technical_owner"
    assert targets["Subnet Address"] == "network_zone"


def test_a_column_of_lists_is_no_class_and_no_identifier():
    roles = [["base;windows-base;ad-dc", "base;linux-base;dns"][i % 2] for i in range(N)]
    assert _targets(_map(["name", "roles"], SHORT, roles))["roles"] != "asset_type"
    related = [f"vol-{i:04x};subnet-{i % 3:04x}" for i in range(N)]
    ids = [f"i-{i:08x}" for i in range(N)]
    targets = _targets(
        _map(["name", "resourceId", "relationships.resourceId"], SHORT, ids, related)
    )
    assert targets["resourceId"] == "asset_id"
    assert targets["relationships.resourceId"] != "asset_id"


def test_instance_sizes_of_other_clouds_are_no_asset_type():
    for sizes in (["ecs.g6.xlarge", "ecs.g7.large"], ["POP2-8C-32G-WIN", "DEV1-L"]):
        col = [sizes[i % 2] for i in range(N)]
        assert _targets(_map(["name", "InstanceType"], SHORT, col))["InstanceType"] != "asset_type"


def test_a_vpc_gives_way_to_the_subnet_and_a_uuid_names_no_zone():
    vpcs = [f"vpc-{i % 2:08x}" for i in range(N)]
    subnets = [f"subnet-{i % 4:08x}" for i in range(N)]
    targets = _targets(_map(["name", "vpc_id", "subnet_id"], SHORT, vpcs, subnets))
    assert targets["subnet_id"] == "network_zone" and targets["vpc_id"] is None
    uuids = [f"{i % 3:08x}-aaaa-bbbb-cccc-{i % 3:012x}" for i in range(N)]
    col = _map(["name", "network"], SHORT, uuids).columns[1]
    assert col.decision != "auto" and any("contradict" in r for r in col.reasons)


def test_a_status_header_needs_status_words_when_it_only_contains_the_word():
    results = [["Success", "TimedOut", "InProgress"][i % 3] for i in range(N)]
    pings = [["Online", "ConnectionLost"][i % 2] for i in range(N)]
    targets = _targets(_map(["name", "AssociationStatus", "PingStatus"], SHORT, results, pings))
    assert targets["AssociationStatus"] is None and targets["PingStatus"] is None
    life = [["In use", "Retired", "In stock"][i % 3] for i in range(N)]
    assert _targets(_map(["name", "Lifecycle Status"], SHORT, life))["Lifecycle Status"] == "status"


def test_an_observers_creation_stamp_is_no_install_date():
    """An agent's export that says when it last heard from each asset creates its record
    when the asset first reported; a hypervisor's VM list dates the VM itself."""
    agent = _targets(_map(["name", "created", "lastContact"], SHORT, DATES, LATER))
    assert agent["created"] is None
    vms = _targets(_map(["Name", "CreationTime"], SHORT, DATES))
    assert vms["CreationTime"] == "install_date"


def test_a_machine_id_gives_way_to_the_systems_own_id():
    ids = [str(1000010000 + i) for i in range(N)]
    machine = [f"{i:032x}" for i in range(N)]
    targets = _targets(_map(["name", "system_id", "machine_id"], SHORT, ids, machine))
    assert targets["system_id"] == "asset_id" and targets["machine_id"] is None
    assert _targets(_map(["name", "machine_id"], SHORT, machine))["machine_id"] == "asset_id"


def test_snmp_location_and_a_label_beside_the_system_name():
    cities = [["Oslo", "Gothenburg"][i % 2] for i in range(N)]
    labels = [n if i % 2 else f"{n}.corp.local" for i, n in enumerate(SHORT)]
    result = _map(["sysName", "label", "sysLocation"], SHORT, labels, cities)
    targets = _targets(result)
    assert targets["sysLocation"] == "location"
    assert targets["label"] == "hostname"


def test_a_bare_zone_is_the_availability_zone():
    zones = [["eu-frankfurt-1", "eu-frankfurt-2"][i % 2] for i in range(N)]
    assert (
        _targets(_map(["Name", "Placement.Zone"], SHORT, zones))["Placement.Zone"] == "datacenter"
    )
    nets = [["dmz", "internal"][i % 2] for i in range(N)]
    assert _targets(_map(["Name", "Network Zone"], SHORT, nets))["Network Zone"] == "network_zone"


def test_security_groups_and_more_instance_sizes_are_no_fields():
    groups = [f"sg-{i % 4:08x};sg-0000abcd" for i in range(N)]
    sizes = [["S5.2XLARGE16", "M5.MEDIUM16"][i % 2] for i in range(N)]
    targets = _targets(_map(["Name", "security_groups", "instance_type"], SHORT, groups, sizes))
    assert targets["security_groups"] is None and targets["instance_type"] is None


def test_a_title_suffix_names_the_display_of_the_field_and_a_guarantee_is_a_warranty():
    types = [["Virtual server", "Server"][i % 2] for i in range(N)]
    dates = [f"2028-0{1 + i % 9}-01" for i in range(N)]
    targets = _targets(_map(["Name", "type_title", "Guarantee date"], SHORT, types, dates))
    assert targets["type_title"] == "asset_type"
    assert targets["Guarantee date"] == "end_of_life_date"
