"""The import slice end to end on real PostgreSQL, including the bad inputs."""

from __future__ import annotations

from pathlib import Path

import pytest

from migrascope.errors import InputError
from migrascope.memory import Store
from migrascope.tools.importing import import_file, mapped_table

EXAMPLE = Path(__file__).parents[2] / "examples" / "cmdb_sample.csv"

GOOD = (
    "Server Name,IP Address,RAM (MB),CPU count,Operating System,Owner Notes\n"
    "prd-web-01,10.0.0.1,16384,4,Windows Server 2019,web tier\n"
    "prd-db-01,10.0.0.2,65536,16,Red Hat Enterprise Linux 8,main database\n"
)


def test_round_trip_keeps_raw_values_and_provenance(store: Store, tenant: str, write_csv) -> None:
    report = import_file(store, tenant, write_csv(GOOD))
    assert (report.status, report.rows_total, report.rows_imported) == ("completed", 2, 2)
    assets = store.assets.list(tenant)
    web = next(a for a in assets if a["hostname"] == "prd-web-01")
    assert web["memory_gb"] == 16.0  # 16384 MB converted to GB
    assert web["cpu_cores"] == 4
    assert web["ip_address"] == "10.0.0.1"
    assert web["extra"] == {"Owner Notes": "web tier"}  # unmapped column kept, not dropped
    assert (web["import_id"], web["row_number"]) == (report.import_id, 1)
    raw = store.assets.raw_records(tenant, report.import_id)
    assert raw[0]["data"]["RAM (MB)"] == "16384"  # the original value is always kept
    info = store.imports.get(tenant, report.import_id)
    assert info is not None and info.status == "completed" and info.rows_imported == 2


def test_sample_inventory_imports_every_row(store: Store, tenant: str) -> None:
    report = import_file(store, tenant, EXAMPLE)
    lines = EXAMPLE.read_text().strip().splitlines()
    assert report.rows_imported == len(lines) - 1
    assert store.assets.count(tenant) == len(lines) - 1
    assert report.type_counts.get("network_device", 0) >= 2


def test_same_file_twice_is_not_duplicated(store: Store, tenant: str, write_csv) -> None:
    path = write_csv(GOOD)
    first = import_file(store, tenant, path)
    second = import_file(store, tenant, path)
    assert second.status == "duplicate"
    assert second.import_id == first.import_id
    assert any("already imported" in n for n in second.notes)
    assert store.assets.count(tenant) == 2


def test_same_file_for_two_tenants_is_stored_for_each(store: Store, tenant: str, write_csv) -> None:
    other = store.ensure_tenant(tenant + "-b")
    path = write_csv(GOOD)
    import_file(store, tenant, path)
    import_file(store, other, path)
    assert store.assets.count(tenant) == 2 and store.assets.count(other) == 2
    names = {a["hostname"] for a in store.assets.list(other)}
    assert names == {"prd-web-01", "prd-db-01"}


def test_crash_mid_import_is_redone_without_duplicates(
    store: Store, tenant: str, write_csv
) -> None:
    rows = "".join(f"host-{i:03d},10.0.1.{i % 250},8192,2,Ubuntu 22.04,x\n" for i in range(50))
    path = write_csv(GOOD.splitlines()[0] + "\n" + rows)
    calls = 0

    def crash(_n: int) -> None:
        nonlocal calls
        calls += 1
        if calls == 2:
            raise KeyboardInterrupt("simulated crash")

    with pytest.raises(KeyboardInterrupt):
        import_file(store, tenant, path, batch_size=10, progress=crash)
    failed = store.imports.list(tenant)[0]
    assert failed.status == "failed"
    assert store.assets.count(tenant) == 20  # two committed batches, nothing half-written
    report = import_file(store, tenant, path, batch_size=10)
    assert report.status == "completed" and report.import_id == failed.import_id
    assert store.assets.count(tenant) == 50


def test_ragged_rows_keep_good_rows_and_report_the_bad(
    store: Store, tenant: str, write_csv
) -> None:
    text = (
        "Name,IP Address,RAM (MB)\n"
        "a-01,10.0.0.1,1024\n"
        "a-02,10.0.0.2\n"
        "a-03,10.0.0.3,2048,surplus\n"
        "a-04,10.0.0.4,lots\n"
    )
    report = import_file(store, tenant, write_csv(text))
    assert report.rows_imported == 4
    messages = {p["row"]: p["message"] for p in report.problems}
    assert "row 2 has 2 fields, the header has 3" in messages[2]
    assert "_overflow_1" in messages[3]
    assert "'lots' is not a size" in messages[4]
    by_name = {a["hostname"]: a for a in store.assets.list(tenant)}
    assert by_name["a-03"]["extra"]["_overflow_1"] == "surplus"
    assert by_name["a-04"]["memory_gb"] is None
    assert by_name["a-04"]["extra"]["RAM (MB)"] == "lots"


def test_cp1252_file_is_decoded_and_reported(store: Store, tenant: str, write_csv) -> None:
    text = "Name,Location\nzrh-app-01,Zürich\n"
    path = write_csv(text, encoding="cp1252")
    report = import_file(store, tenant, path)
    assert any("cp1252" in n or "windows-1252" in n or "not UTF-8" in n for n in report.notes)
    asset = store.assets.list(tenant)[0]
    assert asset["location"] == "Zürich"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        pytest.param(b"", "is empty", id="empty"),
        pytest.param(b"   \n\n", "is empty", id="blank"),
        pytest.param(
            b"Name,IP Address\n", r"has a header \(2 columns\) but no data rows", id="header-only"
        ),
        pytest.param(
            b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "looks binary", id="binary"
        ),
    ],
)
def test_unusable_files_are_refused_with_the_reason(
    store: Store, tenant: str, tmp_path: Path, content: bytes, message: str
) -> None:
    path = tmp_path / "bad.csv"
    path.write_bytes(content)
    with pytest.raises(InputError, match=message):
        import_file(store, tenant, path)
    assert store.imports.list(tenant) == []


def test_missing_file_is_refused(store: Store, tenant: str, tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        import_file(store, tenant, tmp_path / "nope.csv")


def test_teach_then_map_uses_the_pattern(store: Store, tenant: str, write_csv) -> None:
    path = write_csv("Zone Label,Box\nDMZ,web-01\n")
    with mapped_table(store, tenant, path) as (_t, before):
        assert before.columns[1].target != "hostname" or before.columns[1].decision != "auto"
    store.mapping_patterns.teach(tenant, "Box", "hostname")
    with mapped_table(store, tenant, path) as (_t, after):
        box = after.columns[1]
        assert (box.target, box.decision) == ("hostname", "auto")
        assert any("learned" in r for r in box.reasons)
    other = store.ensure_tenant(tenant + "-x")
    with mapped_table(store, other, path) as (_t, elsewhere):
        assert elsewhere.columns[1].decision != "auto" or elsewhere.columns[1].target != "hostname"
