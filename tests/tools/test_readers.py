"""Readers: encodings, delimiters, title lines, XLSX sheet choice, JSON flattening, streaming."""

from __future__ import annotations

import codecs
import json
from collections.abc import Iterator

import pytest

from migrascope.errors import InputError
from migrascope.tools.readers import open_table

CSV = "Server Name,IP Address,Memory (MB)\nweb01,10.0.0.1,4096\nweb02,10.0.0.2,8192\n"


@pytest.mark.parametrize(
    ("encoding", "prefix", "note"),
    [
        pytest.param("utf-8", b"", None, id="utf8"),
        pytest.param("utf-8", codecs.BOM_UTF8, "UTF-8 with BOM", id="utf8-bom"),
        pytest.param("utf-16-le", codecs.BOM_UTF16_LE, "UTF-16", id="utf16-bom"),
        pytest.param("utf-16-le", b"", "UTF-16 LE", id="utf16-no-bom"),
    ],
)
def test_csv_encodings(tmp_path, encoding, prefix, note):
    path = tmp_path / "inv.csv"
    path.write_bytes(prefix + CSV.encode(encoding))
    with open_table(path) as table:
        assert table.headers == ["Server Name", "IP Address", "Memory (MB)"]
        assert [r.values for r in table.rows] == [
            ["web01", "10.0.0.1", "4096"],
            ["web02", "10.0.0.2", "8192"],
        ]
        if note:
            assert any(note in n for n in table.notes)


def test_cp1252_is_detected_and_decoded(write_csv):
    text = "Name;City;Owner\nzrh-01;Zürich;Jürg Müller\nmal-02;Malmö;Åsa Öberg\n"
    path = write_csv(text * 30, encoding="cp1252")
    with open_table(path) as table:
        rows = list(table.rows)
    assert table.delimiter == ";"
    assert rows[0].values == ["zrh-01", "Zürich", "Jürg Müller"]
    assert "cp1252" in (table.encoding or "") or "1252" in (table.encoding or "")
    assert not any(r.problems for r in rows)


def test_header_found_below_title_lines(write_csv):
    text = (
        "Asset report\n"
        "Generated 2024-05-01 by Lansweeper\n"
        "\n"
        "AssetName,IPAddress,OS,Memory\n"
        "pc-001,10.1.1.1,Windows 10,8192\n"
        "pc-002,10.1.1.2,Windows 11,16384\n"
    )
    with open_table(write_csv(text)) as table:
        assert table.headers == ["AssetName", "IPAddress", "OS", "Memory"]
        assert table.header_line == 3
        assert [r.values[0] for r in table.rows] == ["pc-001", "pc-002"]
        assert any("title line" in n for n in table.notes)


def test_colon_separated_router_db_is_split(write_csv):
    text = "#name:ip:model:group\ncore-sw1.example.net:10.94.1.154:ios:genoa\n"
    text += "".join(f"edge-{i}.example.net:10.94.2.{i}:junos:milan\n" for i in range(20))
    with open_table(write_csv(text, name="router.db")) as table:
        rows = list(table.rows)
    assert table.delimiter == ":"
    assert table.headers == ["#name", "ip", "model", "group"]
    assert rows[0].values == ["core-sw1.example.net", "10.94.1.154", "ios", "genoa"]
    assert len(rows) == 21


def test_colons_inside_single_column_values_do_not_split_it(write_csv):
    text = "mac\n" + "".join(f"00:1a:2b:3c:4d:{i:02x}\n" for i in range(20))
    with open_table(write_csv(text)) as table:
        rows = list(table.rows)
    assert table.headers == ["mac"]
    assert rows[0].values == ["00:1a:2b:3c:4d:00"]


def test_quoted_fields_with_delimiters_inside(write_csv):
    text = 'Name,Description,Tags\nweb01,"Web server, front end","a;b"\n'
    with open_table(write_csv(text)) as table:
        assert next(table.rows).values == ["web01", "Web server, front end", "a;b"]


def test_xlsx_every_sheet_considered_and_choice_reported(tmp_path):
    openpyxl = pytest.importorskip("openpyxl")
    book = openpyxl.Workbook()
    summary = book.active
    summary.title = "Summary"
    summary.append(["Report", "Value"])
    for i in range(300):  # more rows than the inventory: size alone must not win
        summary.append([f"line {i}", i])
    info = book.create_sheet("vInfo")
    info.append(["VM", "Powerstate", "CPUs", "Memory", "Primary IP Address", "Host", "Cluster"])
    for i in range(40):
        info.append([f"vm{i:03d}", "poweredOn", 2, 4096, f"10.0.0.{i + 1}", "esx01", "cl1"])
    disk = book.create_sheet("vDisk")
    disk.append(["VM", "Disk", "Capacity MB"])
    disk.append(["vm000", "Hard disk 1", 40960])
    path = tmp_path / "rvtools.xlsx"
    book.save(path)
    with open_table(path) as table:
        assert table.sheet == "vInfo"
        assert table.headers[:3] == ["VM", "Powerstate", "CPUs"]
        assert sum(1 for _ in table.rows) == 40
        note = table.notes[0]
        assert "'vInfo' chosen" in note and "Summary" in note and "vDisk" in note


def test_json_array_nested_objects_and_arrays_flattened(tmp_path):
    records = [
        {
            "name": "db01",
            "OS": {"Name": "Ubuntu", "Version": "22.04"},
            "ip_addresses": [{"ip": "10.0.0.5", "label": "eth0"}, {"ip": "10.0.0.6"}],
            "tags": ["prod", "sql"],
            "virtual": True,
            "macV": ["", "", ""],  # Datadog on a Linux host: a list of nothing
        },
        {"name": "db02", "OS": {"Name": "RHEL"}, "extra_key": 3},
    ]
    path = tmp_path / "d42.json"
    path.write_text(json.dumps({"Devices": records}))
    with open_table(path) as table:
        rows = [r.values for r in table.rows]
    h = table.headers
    assert {"OS.Name", "OS.Version", "ip_addresses.ip", "ip_addresses.label", "extra_key"} <= set(h)
    first = dict(zip(h, rows[0], strict=True))
    assert first["ip_addresses.ip"] == "10.0.0.5;10.0.0.6"  # primary first, nothing lost
    assert first["tags"] == "prod;sql" and first["virtual"] == "true"
    assert first["macV"] == ""
    assert dict(zip(h, rows[1], strict=True))["extra_key"] == "3"


def test_json_lines_streamed_and_bad_line_named(tmp_path):
    path = tmp_path / "inv.jsonl"
    path.write_text('{"host": "a", "cpu": {"cores": 2}}\n\n{"host": "b", "late": "x"}\n')
    with open_table(path) as table:
        assert table.format == "jsonl"
        assert table.headers == ["host", "cpu.cores", "late"]
        assert [r.values for r in table.rows] == [["a", "2", ""], ["b", "", "x"]]
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"host": "a"}\n{"host": \n')
    with pytest.raises(InputError, match="line 2 is not valid JSON"), open_table(bad) as table:
        list(table.rows)


def test_rows_are_streamed_not_loaded(write_csv):
    body = "".join(f"h{i},10.0.{i // 250}.{i % 250}\n" for i in range(5000))
    with open_table(write_csv("Name,IP\n" + body)) as table:
        assert isinstance(table.rows, Iterator)
        assert len(table.sample) == 500  # only the sample is held in memory
        assert sum(1 for _ in table.rows) == 5000


def test_ragged_rows_keep_every_value(write_csv):
    with open_table(write_csv("A,B\n1,2,3\n4\n")) as table:
        rows = list(table.rows)
    assert rows[0].values == ["1", "2", "3"] and "surplus" in rows[0].problems[0]
    assert rows[1].values == ["4", ""] and "missing" in rows[1].problems[0]


def _records(n: int) -> list[dict]:
    return [
        {"name": f"vm{i:06d}", "os": {"name": "Ubuntu", "version": "22.04"}, "cores": i % 64}
        for i in range(n)
    ]


def _peak_reading(path) -> tuple[int, int]:
    """(rows read, peak traced bytes) for reading every row of ``path``."""
    import tracemalloc

    tracemalloc.start()
    try:
        with open_table(path) as table:
            assert table.format == "json"
            assert table.headers == ["name", "os.name", "os.version", "cores"]
            assert isinstance(table.rows, Iterator)
            n = 0
            for n, row in enumerate(table.rows, 1):
                if n == 5_000:
                    assert row.values == ["vm004999", "Ubuntu", "22.04", str(4_999 % 64)]
        return n, tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_json_array_is_streamed_in_bounded_memory(tmp_path):
    small, big = tmp_path / "small.json", tmp_path / "big.json"
    small.write_text(json.dumps(_records(14_000)))
    big.write_text(json.dumps(_records(42_000)))  # ~3.4 MB on one line; parsed whole ~40 MB
    n_small, peak_small = _peak_reading(small)
    n_big, peak_big = _peak_reading(big)
    assert (n_small, n_big) == (14_000, 42_000)
    # Three times the records, about the same memory: fixed buffers (the 1 MiB file
    # head, one chunk, the 500-row sample), not the file.
    assert peak_big < 1.2 * peak_small, (peak_small, peak_big)


def test_json_object_holding_arrays_streams_the_longest_and_numbers_across_chunks(tmp_path):
    # A number that straddles the reader's 64 KiB chunk boundary must stay whole.
    pad = "x" * (65_536 - len('{"meta": {"note": "') - len('"}, "Devices": [{"n": 12'))
    devices = [{"n": 1234567}, *({"n": i} for i in range(5))]
    text = '{"meta": {"note": "' + pad + '"}, "Devices": [' + json.dumps(devices)[1:]
    text = text[:-1] + '], "Racks": [{"r": 1}], "tags": ["a", "b"]}'
    path = tmp_path / "wrapped.json"
    path.write_text(text)
    assert json.loads(text)["Devices"][0]["n"] == 1234567
    with open_table(path) as table:
        assert table.headers == ["n"]
        assert [r.values[0] for r in table.rows] == ["1234567", "0", "1", "2", "3", "4"]
    single = tmp_path / "single.json"
    single.write_text('{"host": "a", "tags": ["x", "y"]}')
    with open_table(single) as table:
        assert [r.values for r in table.rows] == [["a", "x;y"]]


def test_truncated_json_array_names_the_line(tmp_path):
    path = tmp_path / "cut.json"
    path.write_text('[\n{"host": "a"},\n{"host": "b"},\n{"host": ')
    with pytest.raises(InputError, match=r"not valid JSON at line 4"), open_table(path) as table:
        list(table.rows)
