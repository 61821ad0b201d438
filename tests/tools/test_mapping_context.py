"""Fourth-session mechanisms: URL values, cloud zones, processor names, OS images,
record timestamps, warranty ends, public beside private addresses, alias columns,
model numbers, constant class columns. Headers are general IT spellings, not those
of the evaluation files. No database needed."""

from __future__ import annotations

from migrascope.memory import default_thresholds
from migrascope.tools.conversion import iter_records
from migrascope.tools.mapping import MappingResult, map_columns
from migrascope.tools.profiling import profile_column
from migrascope.tools.readers import RawRow

T = default_thresholds("field_mapping")
N = 40


def _map(headers: list[str], *columns: list[str]) -> MappingResult:
    rows = [list(r) for r in zip(*columns, strict=True)]
    return map_columns(headers, thresholds=T, sample=rows)


def _targets(result: MappingResult) -> dict[str, str | None]:
    return {c.source: c.target for c in result.columns}


def _col(result: MappingResult, source: str):
    return next(c for c in result.columns if c.source == source)


NAMES = [f"app{i:02d}" for i in range(N)]
ZONES = ["us-east-1a", "us-east-1b", "eu-west-1c", "ap-southeast-2a"]
DATES = [f"2021-{1 + i % 12:02d}-{1 + i % 27:02d}" for i in range(N)]
LATER = [f"2027-{1 + i % 12:02d}-{1 + i % 27:02d}" for i in range(N)]


def test_the_last_segment_of_a_resource_url_is_the_value():
    urls = [f"https://api.example.net/v1/projects/p1/zones/{ZONES[i % 4]}" for i in range(N)]
    profile = profile_column("placement", urls)
    assert profile.from_urls and profile.dominant == "zone"
    assert "at the end of URLs" in profile.describe()
    result = _map(["Name", "Zone"], NAMES, urls)
    assert _targets(result)["Zone"] == "datacenter"
    rows = [RawRow(i + 2, [n, u], []) for i, (n, u) in enumerate(zip(NAMES, urls, strict=True))]
    record = next(iter(iter_records(rows, ["Name", "Zone"], result)))
    assert record.canonical["datacenter"] == "us-east-1a"  # the URL itself stays in raw


def test_an_availability_zone_is_the_datacenter_and_a_region_the_location():
    regions = [z[:-1] for z in ZONES]
    result = _targets(
        _map(["Name", "Zone", "Region"], NAMES, [ZONES[i % 4] for i in range(N)], regions * 10)
    )
    assert result["Zone"] == "datacenter"
    assert result["Region"] == "location"


def test_processor_names_identify_the_cpu_model():
    cpus = ["Intel Xeon Gold 6248", "AMD EPYC 7763", "Intel Cascade Lake", "Intel Ice Lake"]
    result = _map(["Name", "Processor platform"], NAMES, [cpus[i % 4] for i in range(N)])
    assert _targets(result)["Processor platform"] == "cpu_model"


def test_a_usage_fraction_is_no_processor_model():
    usage = [f"0.{i:03d}" for i in range(N)]
    counts = [str(2 + i % 3) for i in range(N)]
    result = _map(["Name", "cpus", "cpu"], NAMES, counts, usage)
    assert _targets(result)["cpus"] == "cpu_cores" and _targets(result)["cpu"] is None
    model = next(c for c in _col(result, "cpu").candidates if c.target == "cpu_model")
    assert model.score < 0.4  # the header's reading is scaled down, not only out-ranked


def test_os_image_names_are_the_os_with_placeholders_ignored():
    images = ["ubuntu-22.04-server-cloudimg", "rhel-8.8-x86_64", "windows-server-2022-dc"]
    values = [images[i % 3] if i % 5 else "N/A (booted from volume)" for i in range(N)]
    profile = profile_column("Image", values)
    assert profile.dominant == "os" and profile.filled == N - N // 5
    assert _targets(_map(["Name", "Image"], NAMES, values))["Image"] == "os_name"


def test_the_records_own_timestamps_are_no_install_date():
    result = _targets(
        _map(
            ["Name", "purchase_date", "created_at", "updated_at"],
            NAMES,
            DATES,
            [d + " 10:00:00" for d in DATES],
            [d + " 11:00:00" for d in DATES],
        )
    )
    assert result["purchase_date"] == "install_date"
    assert result["created_at"] is None and result["updated_at"] is None


def test_a_bare_created_beside_a_bare_modified_is_the_records_stamp():
    """HPE OneView's ``created``/``modified``: when the resource was recorded."""
    result = _targets(_map(["name", "created", "modified"], NAMES, DATES, LATER))
    assert result["created"] is None
    alone = _targets(_map(["name", "created"], NAMES, DATES))
    assert alone["created"] == "install_date"


def test_a_creation_date_beside_a_differently_shaped_update_stays_the_install_date():
    result = _targets(_map(["Name", "Creation Date", "Last Modified"], NAMES, DATES, LATER))
    assert result["Creation Date"] == "install_date"


def test_a_warranty_end_is_the_end_of_life_only_without_an_eol_column():
    alone = _targets(_map(["Name", "Warranty End"], NAMES, LATER))
    assert alone["Warranty End"] == "end_of_life_date"
    both = _map(["Name", "Warranty End", "End of Life"], NAMES, LATER, LATER)
    assert _targets(both)["End of Life"] == "end_of_life_date"
    # beside an end-of-life column the warranty end only fills the rows it leaves empty
    assert _col(both, "Warranty End").combine == "fallback"
    assert _col(both, "End of Life").combine is None
    months = _targets(_map(["Name", "Warranty Months"], NAMES, ["36"] * N))
    assert months["Warranty Months"] is None


def test_a_public_address_beside_a_private_one_is_not_the_ip():
    public = [f"34.120.{i}.9" for i in range(N)]
    private = [f"10.2.{i}.7" for i in range(N)]
    result = _map(["Name", "IP Address 1", "IP Address 2"], NAMES, public, private)
    assert _targets(result)["IP Address 2"] == "ip_address"
    assert _targets(result)["IP Address 1"] is None
    # alone, a public address is the asset's address
    assert _targets(_map(["Name", "IP Address"], NAMES, public))["IP Address"] == "ip_address"


def test_a_column_with_the_same_values_is_an_alias():
    sites = [["Berlin BE2", "Munich MU1", "Hamburg HH3"][i % 3] for i in range(N)]
    result = _map(["Name", "Location", "Home Location"], NAMES, sites, list(sites))
    col = _col(result, "Home Location")
    assert col.target == "location" and col.combine == "fallback"
    other = [["Paris P1", "Lyon L2"][i % 2] for i in range(N)]
    differs = _map(["Name", "Location", "Home Location"], NAMES, sites, other)
    assert _targets(differs)["Home Location"] is None


def test_an_alias_differing_only_in_letter_case_is_an_alias():
    upper = [n.upper() for n in NAMES]
    col = _col(_map(["name", "osProfile.computerName"], NAMES, upper), "osProfile.computerName")
    assert (col.target, col.combine) == ("hostname", "fallback")


def test_a_host_column_with_the_assets_own_names_is_no_virtualization_host():
    """Zabbix ``host`` beside ``name``: the same names row by row are the asset's own,
    while a host column whose names repeat is the hypervisor that runs them."""
    same = _col(_map(["name", "host"], NAMES, list(NAMES)), "host")
    assert (same.target, same.combine) == ("hostname", "fallback")
    esx = [f"esx{i % 3:02d}" for i in range(N)]
    assert _targets(_map(["name", "host"], NAMES, esx))["host"] == "virtualization_host"


def test_a_model_number_beside_the_model_is_nothing():
    models = [["PowerEdge R650", "ProLiant DL380"][i % 2] for i in range(N)]
    numbers = [f"{100 + i}-C{i:04d}" for i in range(N)]
    result = _targets(_map(["Name", "Model", "Model No."], NAMES, models, numbers))
    assert result["Model"] == "model" and result["Model No."] is None
    assert _targets(_map(["Name", "Model No."], NAMES, numbers))["Model No."] == "model"


def test_one_value_on_every_row_is_no_class():
    result = _targets(
        _map(["Name", "kind", "Category"], NAMES, ["compute#instance"] * N, ["Server"] * N)
    )
    assert result["kind"] is None
    # ... but a class of asset on every row (oVirt's type = server) is still the class
    assert _targets(_map(["Name", "type"], NAMES, ["server"] * N))["type"] == "asset_type"
    varied = [["Server", "Switch", "Storage"][i % 3] for i in range(N)]
    assert _targets(_map(["Name", "Category"], NAMES, varied))["Category"] == "asset_type"
    # "IsPhysical" = N on every row still says every asset is virtual
    assert _targets(_map(["Name", "IsPhysical"], NAMES, ["N"] * N))["IsPhysical"] == "is_virtual"


def test_a_long_field_name_under_a_list_reads_alone():
    nets = [f"app-subnet-{i % 3}" for i in range(N)]
    result = _map(["Name", "nics.subnetwork"], NAMES, nets)
    assert _targets(result)["nics.subnetwork"] == "network_zone"


def test_a_field_named_leaf_under_a_parent_reads_alone_and_a_property_word_does_not():
    """``Additional info.Owner`` is an owner (the parent only says where it was
    found); ``OS.Name`` is the OS's name, and ``Additional info.Enabled`` a flag."""
    people = [["Nina Patel", "Omar Haddad", "Julia Schmidt"][i % 3] for i in range(N)]
    oses = [["Ubuntu 22.04", "Windows Server 2019"][i % 2] for i in range(N)]
    result = _targets(
        _map(
            ["Name", "Additional info.Owner", "OS.Name", "Additional info.Enabled"],
            NAMES,
            people,
            oses,
            ["true"] * N,
        )
    )
    assert result["Additional info.Owner"] == "business_owner"
    assert result["OS.Name"] == "os_name"
    assert result["Additional info.Enabled"] is None


def test_a_type_of_vm_or_container_technology_is_the_class():
    kinds = [["qemu", "lxc"][i % 2] for i in range(N)]
    assert _targets(_map(["Name", "type"], NAMES, kinds))["type"] == "asset_type"
    # one hypervisor product on every row is a platform, not a class
    assert _targets(_map(["Name", "type"], NAMES, ["kvm"] * N))["type"] is None


def test_a_constant_column_gives_way_to_a_rival_whose_values_vary():
    ha = ["started" if i % 4 else "" for i in range(N)]
    power = [["running", "stopped"][i % 2] for i in range(N)]
    result = _map(["Name", "ha_state", "status"], NAMES, ha, power)
    assert _targets(result)["status"] == "power_state"
    weak = next(c for c in _col(result, "ha_state").candidates if c.target == "power_state")
    strong = next(c for c in _col(result, "status").candidates if c.target == "power_state")
    assert "one value on every row: weak evidence" in weak.reasons
    assert weak.score < strong.score


def test_numbered_zones_are_availability_zones():
    numbers = [str(1 + i % 3) for i in range(N)]
    assert _targets(_map(["Name", "zones"], NAMES, numbers))["zones"] == "datacenter"
    vlans = [str(100 + i % 3) for i in range(N)]
    assert _targets(_map(["Name", "zone"], NAMES, vlans))["zone"] != "datacenter"


def test_a_resource_path_id_is_kept_whole():
    paths = [f"/subscriptions/s1/resourceGroups/rg/providers/vms/{n}" for n in NAMES]
    result = _map(["vm_uuid", "Resource ID"], [f"u{i}" for i in range(N)], paths)
    col = _col(result, "Resource ID")
    assert col.target == "asset_id" and col.transform != "last_segment"


def test_two_well_named_descriptive_columns_complement_each_other():
    """``comment`` beside ``description`` and ``City`` beside ``Location`` fill each
    other's gaps (fallback); a second place column whose other reading is free takes
    that one instead (``Site`` beside ``Location`` is the datacenter)."""
    notes = [["db tier", "web tier", ""][i % 3] for i in range(N)]
    others = [["", "", "legacy"][i % 3] for i in range(N)]
    cities = [["Berlin", "Madrid"][i % 2] for i in range(N)]
    sites = [["DC-BER-1", "DC-MAD-2"][i % 2] for i in range(N)]
    result = _map(
        ["Name", "description", "comment", "Location", "City"],
        NAMES,
        notes,
        others,
        [["Germany", "Spain"][i % 2] for i in range(N)],
        cities,
    )
    for source, target in (("comment", "description"), ("City", "location")):
        col = _col(result, source)
        assert (col.target, col.combine) == (target, "fallback"), source
    site = _targets(_map(["Name", "Location", "Site"], NAMES, cities, sites))
    assert site["Site"] == "datacenter"


def test_a_word_every_header_starts_with_is_a_namespace():
    """Ansible's facts are all ``ansible_*``: read without the word."""
    headers = [
        "ansible_hostname",
        "ansible_default_ipv4.address",
        "ansible_default_ipv4.gateway",
        "ansible_distribution",
        "ansible_virtualization_type",
    ]
    result = _map(
        headers,
        NAMES,
        [f"10.1.0.{i + 10}" for i in range(N)],
        ["10.1.0.1"] * N,
        [["RedHat", "Ubuntu"][i % 2] for i in range(N)],
        [["VMware", "kvm"][i % 2] for i in range(N)],
    )
    assert any("'ansible'" in note for note in result.notes)
    targets = _targets(result)
    assert targets["ansible_hostname"] == "hostname"
    assert targets["ansible_default_ipv4.address"] == "ip_address"
    # the gateway's address is not the asset's
    assert targets["ansible_default_ipv4.gateway"] != "ip_address"
    assert targets["ansible_distribution"] == "os_name"
    # a virtualization type of VMware/KVM says each guest is virtual
    assert targets["ansible_virtualization_type"] == "is_virtual"


def test_a_key_under_a_tags_segment_reads_alone():
    """OCI's ``freeform-tags.Application``: the tag's key names the field."""
    apps = [["crm", "erp", "billing"][i % 3] for i in range(N)]
    result = _targets(_map(["display-name", "freeform-tags.Application"], NAMES, apps))
    assert result["freeform-tags.Application"] == "application_name"
    # a container deep under a component belongs to the component
    kinds = [["DISK", "CDROM"][i % 2] for i in range(N)]
    deep = _targets(
        _map(["name", "status.resources.disk_list.device_properties.device_type"], NAMES, kinds)
    )
    assert deep["status.resources.disk_list.device_properties.device_type"] != "asset_type"


def test_an_os_family_beside_the_os_name_is_its_fallback():
    names = [
        ["Microsoft Windows Server 2019 Standard", "Red Hat Enterprise Linux 8.8"][i % 2]
        for i in range(N)
    ]
    families = [["Windows", "Linux"][i % 2] for i in range(N)]
    col = _col(_map(["Name", "OsName", "OsType"], NAMES, names, families), "OsType")
    assert (col.target, col.combine) == ("os_name", "fallback")


def test_a_property_under_an_object_named_type_reads_from_its_leaf():
    """Hetzner's ``server_type.memory``: the memory of the server type, not a type of memory."""
    memory = [str(float(2 ** (1 + i % 5))) for i in range(N)]
    cores = [str(2 ** (i % 4)) for i in range(N)]
    result = _targets(
        _map(["name", "server_type.memory", "server_type.cores"], NAMES, memory, cores)
    )
    assert result["server_type.memory"] == "memory_gb"
    assert result["server_type.cores"] == "cpu_cores"
    # "type" in the leaf itself still says it is about something else
    kinds = [["DDR4", "DDR5"][i % 2] for i in range(N)]
    assert _targets(_map(["name", "memory.type"], NAMES, kinds))["memory.type"] != "memory_gb"


def test_the_name_of_an_object_is_read_over_its_id():
    """A ``subnet.id`` beside ``subnet.name``: one network, the name is planned with."""
    ids = [f"0717-{i % 3:04d}-9a1b-4c2d-8e3f-{i % 3:012d}" for i in range(N)]
    names = [["sn-prod", "sn-shared", "sn-dev"][i % 3] for i in range(N)]
    both = _map(["name", "subnet.id", "subnet.name"], NAMES, ids, names)
    assert _targets(both)["subnet.name"] == "network_zone"
    assert _targets(both)["subnet.id"] is None
    assert any("names the same object" in r for r in _col(both, "subnet.name").reasons)
    alone = _map(["name", "subnet.id"], NAMES, ids)
    assert _targets(alone)["subnet.id"] == "network_zone"
    # A VPC's id alone is no network zone (12 of 12 labelled columns), its name is.
    vpc = _map(["name", "vpc.id", "vpc.name"], NAMES, ids, names)
    assert _targets(vpc)["vpc.id"] is None
    assert _targets(vpc)["vpc.name"] == "network_zone"


def test_components_counts_and_other_objects_dates_are_not_the_assets():
    vendors = [["GenuineIntel", "AuthenticAMD"][i % 2] for i in range(N)]
    counts = [str(i % 3) for i in range(N)]
    result = _targets(
        _map(
            ["name", "vcpu.manufacturer", "AlarmSummary.Critical", "image.created", "created_at"],
            NAMES,
            vendors,
            counts,
            DATES,
            LATER,
        )
    )
    assert result["vcpu.manufacturer"] is None  # the processor's vendor
    assert result["AlarmSummary.Critical"] is None  # a count of alarms
    assert result["image.created"] is None  # when the image was built
    assert result["created_at"] == "install_date"


def test_a_lone_created_at_is_the_machines_creation_unless_a_purchase_date_is_there():
    """IBM Cloud's ``created_at`` alone vs Snipe-IT's ``Created At`` beside ``Purchase Date``."""
    alone = _targets(_map(["name", "created_at"], NAMES, DATES))
    assert alone["created_at"] == "install_date"
    both = _targets(_map(["name", "Created At", "Purchase Date"], NAMES, LATER, DATES))
    assert both["Created At"] is None
    assert both["Purchase Date"] == "install_date"


def test_a_sub_objects_description_and_type_are_not_the_assets():
    """DigitalOcean's ``image.description`` of OS names, ``size.description``, ``image.type``."""
    oses = [
        ["Ubuntu 22.04 (LTS) x64", "Debian 12 x64", "Rocky Linux 9 x64"][i % 3] for i in range(N)
    ]
    plans = [["Basic", "General Purpose", "CPU-Optimized"][i % 3] for i in range(N)]
    kinds = [["base", "snapshot"][i % 2] for i in range(N)]
    result = _targets(
        _map(
            ["name", "image.description", "size.description", "image.type"],
            NAMES,
            oses,
            plans,
            kinds,
        )
    )
    assert result["image.description"] == "os_name"
    assert result["size.description"] is None
    assert result["image.type"] is None
    # the asset's own description is still one
    notes = [f"runs the {n} service" for n in NAMES]
    assert _targets(_map(["name", "description"], NAMES, notes))["description"] == "description"


def test_an_e_mail_address_is_a_person_not_a_place():
    """Intune's ``emailAddress``: "address" names no location over e-mail values."""
    mails = [f"user{i}@corp.example.com" for i in range(N)]
    result = _targets(_map(["name", "emailAddress", "ownerEmail"], NAMES, mails, list(mails)))
    assert result["emailAddress"] != "location"
    assert result["ownerEmail"] in {"business_owner", "technical_owner"}


def test_a_constant_column_yields_its_field_to_one_whose_values_vary():
    """Lenovo XClarity's ``model`` = CTO1WW on every row beside ``productName``."""
    constant = ["CTO1WW"] * N
    products = [
        ["ThinkSystem SR650", "ThinkSystem SR665", "ThinkSystem SR850 V2"][i % 3] for i in range(N)
    ]
    result = _targets(_map(["name", "model", "productName"], NAMES, constant, products))
    assert result["productName"] == "model"
    assert result["model"] is None  # kept in extra, reported as the runner-up column
    alone = _targets(_map(["name", "model"], NAMES, constant))
    assert alone["model"] == "model"


def test_wi_fi_is_one_word():
    from migrascope.tools.mapping_lexicon import header_words

    assert header_words("wiFiMacAddress") == header_words("Wi-Fi MAC Address") == "wifi mac address"
