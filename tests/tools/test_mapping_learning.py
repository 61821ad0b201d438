"""Learning on the real database: taught headers map exactly, similar ones benefit,
contradictions update the pattern, tenants stay apart, imports convert and keep raw."""

from __future__ import annotations

from migrascope.tools.importing import import_file, map_file, mapped_table
from migrascope.tools.mapping import learned_hints, map_columns
from migrascope.tools.profiling import profile_column
from migrascope.tools.readers import open_table

ROWS = "".join(f"srv{i:03d},{i % 7},alpha{i % 3}\n" for i in range(40))


def _map(store, tenant, headers, rows):
    return map_columns(
        headers,
        thresholds=store.thresholds.get(tenant, "field_mapping"),
        hints=learned_hints(store, tenant, headers),
        sample=rows,
    )


def _col(result, source):
    return next(c for c in result.columns if c.source == source)


def _map_system_name_pair(store, tenant, write_csv):
    """NinjaOne's `systemName` (the hostname) beside its nested copy `system.name`: both
    normalise to one pattern key. Returns the mapped (copy, hostname) columns."""
    rows = "".join(f"srv{i:03d},srv{i:03d},10.0.0.{i}\n" for i in range(40))
    path = write_csv("systemName,system.name,ipAddress\n" + rows)
    with mapped_table(store, tenant, path) as (_, after):
        return _col(after, "system.name"), _col(after, "systemName")


def _patterns_of_key(store, tenant, key):
    return [p for p in store.mapping_patterns.all_active(tenant)[0] if p.key == key]


def test_taught_header_maps_exactly_next_time(store, tenant, write_csv):
    path = write_csv("Server Name,Zorblat,Quux Code\n" + ROWS)
    with mapped_table(store, tenant, path) as (_, before):
        assert _col(before, "Quux Code").target is None
    store.mapping_patterns.teach(tenant, "Quux Code", "cost_center")
    with mapped_table(store, tenant, path) as (_, after):
        col = _col(after, "Quux Code")
    assert (col.target, col.decision) == ("cost_center", "auto")
    assert col.confidence >= 0.97 and col.pattern_id is not None
    assert col.reasons[0].startswith("learned: 'Quux Code' was taught as cost_center")


def test_a_header_in_another_script_is_taught_and_kept_apart(store, tenant, write_csv):
    # NAVER Cloud's Korean console export: reduced to ASCII these headers would be empty
    # (nothing to learn from) or the same ("서버 IP" and "공인 IP" both "ip").
    rows = "".join(f"srv{i:03d},{1000 + i},10.0.0.{i},203.0.113.{i}\n" for i in range(40))
    path = write_csv("서버 이름,서버 인스턴스 번호,서버 IP,공인 IP\n" + rows)
    store.mapping_patterns.teach(tenant, "서버 인스턴스 번호", "asset_id")
    store.mapping_patterns.teach(tenant, "공인 IP", None)
    store.mapping_patterns.teach(tenant, "서버 IP", "ip_address")
    with mapped_table(store, tenant, path) as (_, after):
        taught = {c: _col(after, c) for c in ("서버 인스턴스 번호", "서버 IP", "공인 IP")}
    assert taught["서버 인스턴스 번호"].target == "asset_id"
    assert taught["서버 IP"].target == "ip_address"
    assert taught["공인 IP"].target is None
    assert all(c.pattern_id is not None for c in taught.values())


def test_a_pattern_taught_from_one_spelling_leaves_its_twin_in_the_file_alone(
    store, tenant, write_csv
):
    # NinjaOne: `systemName` is the hostname, `system.name` its nested copy; both
    # normalise to "system name". Teaching the copy "nothing" must not unmap the hostname.
    store.mapping_patterns.teach(tenant, "system.name", None)
    copy, name = _map_system_name_pair(store, tenant, write_csv)
    assert copy.target is None and copy.pattern_id is not None
    assert name.target == "hostname" and name.pattern_id is None
    # Alone in a file, the other spelling still shares the taught pattern.
    alone = _col(_map(store, tenant, ["systemName"], [["srv1"]] * 5), "systemName")
    assert alone.reasons[0].startswith("learned:")


def test_a_correction_from_the_other_spelling_moves_the_pattern_to_it(store, tenant, write_csv):
    # Taught first on a file with only `systemName`, then corrected on the nested copy:
    # the contradiction updates the one pattern of the key (no twin) and now speaks for
    # `system.name`, so the hostname beside it is not unmapped by the copy's answer.
    store.mapping_patterns.teach(tenant, "systemName", "hostname")
    store.mapping_patterns.teach(tenant, "system.name", None)
    patterns = _patterns_of_key(store, tenant, "system name")
    assert [(p.text, p.answer, p.corrections) for p in patterns] == [("system.name", None, 1)]
    copy, name = _map_system_name_pair(store, tenant, write_csv)
    assert copy.target is None and copy.pattern_id is not None
    assert name.target == "hostname" and name.pattern_id is None


def test_a_confirmation_from_the_other_spelling_keeps_the_first(store, tenant):
    store.mapping_patterns.teach(tenant, "systemName", "hostname")
    store.mapping_patterns.teach(tenant, "system.name", "hostname")
    (pattern,) = _patterns_of_key(store, tenant, "system name")
    assert (pattern.text, pattern.confirmations) == ("systemName", 2)


def test_two_spellings_taught_in_one_file_keep_an_answer_each(store, tenant, write_csv):
    # The learning benchmark's one miss: `systemName` (the hostname) and the nested copy
    # `system.name` (nothing) are taught from the one file they sit in. One pattern per
    # key kept only the later answer; pinned to their spellings, both are kept.
    headers = ["systemName", "system.name", "ipAddress"]
    store.mapping_patterns.teach(tenant, "system.name", None, beside=headers)
    store.mapping_patterns.teach(tenant, "systemName", "hostname", beside=headers)
    patterns = _patterns_of_key(store, tenant, "system name")
    assert sorted((p.spelling, p.answer, p.corrections) for p in patterns) == [
        ("system.name", None, 0),
        ("systemName", "hostname", 0),
    ]
    copy, name = _map_system_name_pair(store, tenant, write_csv)
    assert copy.target is None and copy.pattern_id is not None
    assert name.target == "hostname" and name.pattern_id is not None
    assert name.reasons[0].startswith("learned: 'systemName' was taught as hostname")
    # A pinned pattern speaks for its own spelling only, alone in a file too.
    alone = _col(_map(store, tenant, ["system.name"], [["srv1"]] * 5), "system.name")
    assert alone.target is None and alone.pattern_id is not None
    other = _col(_map(store, tenant, ["System Name"], [["srv1"]] * 5), "System Name")
    assert not other.reasons[0].startswith("learned: 'system")


def test_spellings_imported_side_by_side_are_pinned_without_being_told(store, tenant, write_csv):
    # `teach mapping` from the CLI names one column: the tenant's recorded imports say
    # whether another spelling of its key sat beside it.
    rows = "".join(f"srv{i:03d},srv{i:03d},10.0.0.{i}\n" for i in range(40))
    path = write_csv("systemName,system.name,ipAddress\n" + rows)
    import_file(store, tenant, path)
    assert store.mapping_patterns.seen_beside(tenant, "systemName") == ["system.name"]
    assert store.mapping_patterns.seen_beside(tenant, "ipAddress") == []
    taught = store.mapping_patterns.teach(tenant, "system.name", None)
    assert taught.pinned and taught.spelling == "system.name"
    assert store.mapping_patterns.of_header(tenant, "system.name") == taught
    # No pattern speaks for the hostname yet: a general one taught later does, and the
    # key's lookup by key alone returns that general one.
    assert store.mapping_patterns.of_header(tenant, "systemName") is None
    general = store.mapping_patterns.teach(tenant, "SystemName", "hostname", beside=[])
    assert not general.pinned
    assert store.mapping_patterns.of_header(tenant, "systemName") == general
    assert store.mapping_patterns.of_header(tenant, "system.name") == taught
    assert store.mapping_patterns.get(tenant, ["system name"])["system name"] == general


def test_similar_header_benefits_measurably(store, tenant):
    rows = [[f"srv{i}", f"blue-{i % 4}"] for i in range(40)]
    cold = _col(
        _map(store, tenant, ["Name", "Frobnicator Pool Label"], rows), "Frobnicator Pool Label"
    )
    store.mapping_patterns.teach(tenant, "Frobnicator Pool", "cluster")
    warm = _col(
        _map(store, tenant, ["Name", "Frobnicator Pool Label"], rows), "Frobnicator Pool Label"
    )
    assert cold.target != "cluster"
    assert warm.target == "cluster"
    assert warm.confidence > cold.confidence + 0.2
    assert any("similar to taught header 'Frobnicator Pool'" in r for r in warm.reasons)


def test_spelling_variants_share_one_pattern(store, tenant):
    store.mapping_patterns.teach(tenant, "ServerName", "hostname")
    col = _col(_map(store, tenant, ["Server Name"], [["a"]] * 5), "Server Name")
    assert col.reasons[0].startswith("learned:")


def test_contradicting_correction_updates_the_pattern(store, tenant):
    first = store.mapping_patterns.teach(tenant, "Env Code", "environment")
    second = store.mapping_patterns.teach(tenant, "Env Code", "cost_center")
    assert second.pattern_id == first.pattern_id
    assert (second.answer, second.corrections, second.confirmations) == ("cost_center", 1, 1)
    assert store.mapping_patterns.count(tenant) == {"active": 1}
    col = _col(_map(store, tenant, ["Env Code"], [["x1"]] * 5), "Env Code")
    assert col.target == "cost_center"


def test_taught_unmapped_keeps_column_in_extra(store, tenant):
    store.mapping_patterns.teach(tenant, "Owner", None)
    col = _col(_map(store, tenant, ["Name", "Owner"], [["a", "bob"]] * 5), "Owner")
    assert (col.target, col.decision) == (None, "unmapped")
    assert "kept in extra attributes" in col.reasons


def test_taught_column_may_share_a_target(store, tenant):
    # "evidence says so": a person taught both columns, both are applied.
    store.mapping_patterns.teach(tenant, "Primary Name", "hostname")
    store.mapping_patterns.teach(tenant, "Alt Name", "hostname")
    result = _map(store, tenant, ["Primary Name", "Alt Name"], [["a", "b"]] * 5)
    assert [c.target for c in result.columns] == ["hostname", "hostname"]
    assert _col(result, "Alt Name").combine == "fallback"


def test_patterns_do_not_cross_tenants(store, tenant):
    other = store.ensure_tenant(tenant + "-b")
    store.mapping_patterns.teach(tenant, "Quux Code", "cost_center")
    col = _col(_map(store, other, ["Quux Code"], [["x"]] * 5), "Quux Code")
    assert col.target is None


def test_profile_is_stored_with_the_pattern(store, tenant):
    prof = profile_column("Mgmt", [f"10.0.0.{i}" for i in range(1, 30)])
    pattern = store.mapping_patterns.teach(tenant, "Mgmt", "ip_address", profile=prof.to_json())
    assert pattern.details["dominant"] == "ipv4"


def test_import_converts_units_and_keeps_raw(store, tenant, write_csv):
    text = "*Server name,Memory (In MB),Disk 1 size (In GB),Disk 2 size (In GB),IsPhysical,Quirk\n"
    text += "".join(f"s{i:02d},8192,100,50,N,q{i}\n" for i in range(20))
    path = write_csv(text)
    report = import_file(store, tenant, path)
    assert report.rows_imported == 20
    asset = store.assets.list(tenant, filters={"hostname": "s00"})[0]
    assert asset["memory_gb"] == 8.0 and asset["storage_gb"] == 150.0
    assert asset["is_virtual"] is True
    assert asset["extra"] == {"Quirk": "q0"}
    raw = store.assets.raw_records(tenant, report.import_id)[0]["data"]
    assert raw["Memory (In MB)"] == "8192" and raw["IsPhysical"] == "N"


def test_map_file_passes_the_sample(store, tenant, write_csv):
    path = write_csv("Name,Field 7\n" + "".join(f"h{i},10.1.0.{i + 1}\n" for i in range(30)))
    with open_table(path) as table:
        result = map_file(store, tenant, table)
    assert _col(result, "Field 7").target == "ip_address"


def test_a_column_resembling_a_taught_header_does_not_back_it_up(store, tenant):
    headers = ["Name", "meta.labels.AppType", "meta.labels.AppTier"]
    rows = [[f"srv{i}", ["crm", "erp", "web"][i % 3], ["front", "back"][i % 2]] for i in range(40)]
    store.mapping_patterns.teach(tenant, "meta.labels.AppType", "application_name")
    result = _map(store, tenant, headers, rows)
    assert _col(result, "meta.labels.AppType").target == "application_name"
    # Its pattern is close to AppTier's header, but AppType already holds the field.
    assert _col(result, "meta.labels.AppTier").target != "application_name"


def test_a_correction_does_not_push_a_right_column_off_its_field(store, tenant):
    """Teaching an alias column its field must not turn the column that was right into
    a new mistake: "Name" stays hostname beside the taught "Cert name"."""
    headers = ["Name", "Cert name", "IP"]
    rows = [[f"web-{i:02d}", f"web-{i:02d}.corp.example", f"10.0.0.{i}"] for i in range(40)]
    cold = _map(store, tenant, headers, rows)
    assert _col(cold, "Name").target == "hostname"
    assert _col(cold, "Cert name").target != "hostname"
    store.mapping_patterns.teach(tenant, "Cert name", "hostname")
    warm = _map(store, tenant, headers, rows)
    assert _col(warm, "Cert name").target == "hostname"
    assert _col(warm, "Name").target == "hostname"


def test_a_right_column_stays_when_its_header_resembles_the_taught_one(store, tenant):
    """``Network.MAC`` (MAC addresses, a MAC header) beside a taught
    ``Network interfaces.MAC address``: the pattern the two headers share must not
    hide what the column says on its own, so it keeps mac_address as the fallback."""
    headers = ["Name", "Network.MAC", "Network interfaces.MAC address"]
    rows = [
        [f"web-{i:02d}", f"00:50:56:aa:bb:{i:02x}", f"00:50:56:aa:bb:{i:02x}" if i % 3 else ""]
        for i in range(40)
    ]
    cold = _map(store, tenant, headers, rows)
    assert _col(cold, "Network.MAC").target == "mac_address"
    store.mapping_patterns.teach(tenant, "Network interfaces.MAC address", "mac_address")
    warm = _map(store, tenant, headers, rows)
    assert _col(warm, "Network interfaces.MAC address").target == "mac_address"
    mac = _col(warm, "Network.MAC")
    assert (mac.target, mac.combine) == ("mac_address", "fallback")


def test_a_taught_empty_column_maps_although_its_header_alone_would_not(store, tenant):
    """An empty column is left unmapped on its header alone; once taught, the tenant's
    word is enough (the next export may fill it)."""
    headers = ["Name", "Priority"]
    rows = [[f"web-{i:02d}", ""] for i in range(40)]
    assert _col(_map(store, tenant, headers, rows), "Priority").target is None
    store.mapping_patterns.teach(tenant, "Priority", "criticality")
    assert _col(_map(store, tenant, headers, rows), "Priority").target == "criticality"


def test_a_column_right_before_teaching_keeps_its_field_beside_the_taught_one(store, tenant):
    """oVirt's ``guest_operating_system.version.full_version`` is the OS version on weak
    evidence of its own; teaching a cryptic ``gos_mj`` the same field must leave it
    there (as the fallback), not push it into extra."""
    headers = ["name", "guest_operating_system.version.full_version", "gos_mj"]
    rows = [[f"vm{i:02d}", ["10.0.17763", "8.8"][i % 2], ["10", "8"][i % 2]] for i in range(40)]
    cold = _map(store, tenant, headers, rows)
    assert _col(cold, headers[1]).target == "os_version"
    assert _col(cold, headers[2]).target != "os_version"
    store.mapping_patterns.teach(tenant, headers[2], "os_version")
    warm = _map(store, tenant, headers, rows)
    assert _col(warm, headers[2]).target == "os_version"
    assert _col(warm, headers[1]).target == "os_version"


def test_a_field_taught_away_is_not_handed_to_a_weak_rival(store, tenant):
    """Teaching SolarWinds' ``Status`` (codes) as nothing and ``NodeDescription`` as
    the description must not make ``StatusDescription`` the status on the word it
    contains."""
    headers = ["Caption", "Status", "NodeDescription", "StatusDescription"]
    rows = [
        [
            f"node{i:02d}",
            str(1 + i % 2),
            "Hardware: Intel64 Family 6 - Software: Windows Version 10.0",
            ["Node status is Up.", "Node status is Down."][i % 2],
        ]
        for i in range(40)
    ]
    assert _col(_map(store, tenant, headers, rows), "StatusDescription").target != "status"
    store.mapping_patterns.teach(tenant, "Status", None)
    store.mapping_patterns.teach(tenant, "NodeDescription", "description")
    warm = _map(store, tenant, headers, rows)
    assert _col(warm, "Status").target is None
    assert _col(warm, "StatusDescription").target != "status"


def test_a_correction_does_not_ripple_into_its_neighbours(store, tenant):
    """Teaching Redfish's ``Status.State`` (Enabled/StandbyOffline) as nothing frees the
    status field; ``Health Status`` beside it was not corrected and stays unmapped."""
    headers = ["Device Name", "Status.State", "Health Status"]
    rows = [
        [f"srv{i:02d}", ["Enabled", "StandbyOffline"][i % 2], ["Active", "Inactive"][i % 2]]
        for i in range(40)
    ]
    cold = _map(store, tenant, headers, rows)
    assert _col(cold, "Status.State").target == "status"
    assert _col(cold, "Health Status").target is None
    store.mapping_patterns.teach(tenant, "Status.State", None)
    warm = _map(store, tenant, headers, rows)
    assert _col(warm, "Status.State").target is None
    health = _col(warm, "Health Status")
    assert health.target is None
    assert any("none concerns this column" in r for r in health.reasons)


def test_a_pattern_taught_on_a_column_of_the_file_is_no_hint_for_its_neighbour(store, tenant):
    headers = ["host", "inventory.site_city", "inventory.site_country"]
    rows = [
        [f"srv{i:02d}", ["Madrid", "Lyon"][i % 2], ["Spain", "France"][i % 2]] for i in range(40)
    ]
    store.mapping_patterns.teach(tenant, "inventory.site_city", "location")
    warm = _map(store, tenant, headers, rows)
    assert _col(warm, "inventory.site_city").target == "location"
    country = _col(warm, "inventory.site_country")
    assert not any(c.pattern_id is not None for c in country.candidates)


def test_a_pattern_taught_on_other_values_is_a_hint_not_a_rule(store, tenant):
    services = [[f"ns30{i:04d}.ip-51-68-{i % 9}.eu"] for i in range(40)]
    short = [[f"web{i:02d}"] for i in range(40)]
    store.mapping_patterns.teach(
        tenant,
        "name",
        "asset_id",
        profile=profile_column("name", [r[0] for r in services]).to_json(),
    )
    # The same values again: the taught mapping applies exactly.
    same = _col(_map(store, tenant, ["name"], services), "name")
    assert (same.target, same.decision) == ("asset_id", "auto")
    # Short host names under the same header: the header's own reading wins, and the
    # reasons say why the lesson was not applied.
    other = _col(_map(store, tenant, ["name"], short), "name")
    assert other.target == "hostname"
    assert any("a hint, not a rule" in r for c in other.candidates for r in c.reasons)


def test_a_taught_property_of_an_object_says_nothing_about_its_other_properties(store, tenant):
    # Taught on one export; the next export has the object's other properties only.
    store.mapping_patterns.teach(tenant, "facts.default_ipv4.network", "network_zone")
    rows = [[f"srv{i}", f"eth{i % 2}", f"eth{i % 2}:{i % 3}"] for i in range(40)]
    result = _map(
        store, tenant, ["name", "facts.default_ipv4.interface", "facts.default_ipv4.alias"], rows
    )
    assert _col(result, "facts.default_ipv4.interface").target != "network_zone"
    assert _col(result, "facts.default_ipv4.alias").target != "network_zone"
    # The taught property itself, in another export of the same shape, still maps.
    nets = [[f"srv{i}", f"10.0.{i}.0"] for i in range(40)]
    again = _map(store, tenant, ["name", "facts.default_ipv4.network"], nets)
    assert _col(again, "facts.default_ipv4.network").target == "network_zone"
