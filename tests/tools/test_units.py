"""Units and value parsing."""

from __future__ import annotations

import datetime as dt

import pytest

from migrascope.tools.units import header_unit, parse_bool, parse_int, parse_size_gb, parse_value


@pytest.mark.parametrize(
    ("header", "unit"),
    [
        ("Memory (In MB)", "mb"),
        ("RAM.TotalSizeInMB", "mb"),
        ("Provisioned MiB", "mib"),
        ("TotalDiskAllocatedGiB", "gib"),
        ("Disk_GB", "gb"),
        ("Disk (TB)", "tb"),
        ("CPU speed (MHz)", "mhz"),
        ("Disk 1 read throughput (MB per second)", "rate"),
        ("NetworkReadsPerSecondInKB.Avg", "rate"),
        ("Memory", None),
        ("shape-config.memory-in-gbs", "gb"),  # OCI CLI: hyphens and a plural unit
        ("memoryMb", "mb"),  # HPE OneView camelCase
        ("size_in_bytes", "bytes"),
        ("link_mbps", None),  # a rate is no size
    ],
)
def test_header_unit(header, unit):
    assert header_unit(header) == unit


@pytest.mark.parametrize(
    ("raw", "unit", "expected"),
    [
        ("16384", "mb", 16.0),
        ("4096", "mib", 4.0),
        ("16 GB", None, 16.0),
        ("1.5TB", None, 1536.0),
        ("2", "tb", 2048.0),
        ("12,5", "gb", 12.5),  # decimal comma (European Excel)
        ("16,384", "mb", 16.0),  # thousands separator
        ("512 KB", None, 0.0005),
    ],
)
def test_parse_size_gb(raw, unit, expected):
    value, problem = parse_size_gb(raw, unit)
    assert problem is None
    assert value == pytest.approx(expected, rel=1e-3)


def test_unknown_unit_is_a_problem_not_a_guess():
    assert parse_size_gb("16 XB", None) == (None, "unknown unit 'xb' in '16 XB'; value kept raw")
    assert parse_int("4 widgets")[0] is None


def test_counts_and_booleans():
    assert parse_int("4 vCPU") == (4, None)
    assert parse_int("4.0") == (4, None)
    assert parse_bool("Y", inverted=True) == (False, None)
    assert parse_bool("Physical") == (False, None)
    assert parse_bool("Virtual", inverted=True) == (True, None)


def test_parse_value_dates():
    assert parse_value("install_date", "2021-03-04") == (dt.date(2021, 3, 4), None)
    assert parse_value("install_date", "soon")[0] is None


@pytest.mark.parametrize(
    "raw",
    [
        "14.08.2019 14:19:00",
        "8/14/2019 2:19:00 PM",
        "2019-08-14T14:19:00.000+02:00",
        "2019-08-14 14:19 UTC",
        "20190814141900.000000+060",
    ],
)
def test_dates_with_a_time_of_day(raw):
    from datetime import date

    from migrascope.tools.units import parse_date

    assert parse_date(raw) == (date(2019, 8, 14), None)


@pytest.mark.parametrize(
    ("target", "raw", "value"),
    [
        ("hostname", "CORP\\LONWEB001", "LONWEB001"),
        ("virtualization_host", "corp.local\\esx01", "esx01"),
        ("hostname", "web-01.corp.example.com", "web-01.corp.example.com"),
        ("hostname", "C:\\Windows\\System32", "C:\\Windows\\System32"),
        ("ip_address", "172.18.1.109:9100", "172.18.1.109"),
        ("ip_address", "10.0.0.1; 10.0.0.2", "10.0.0.1; 10.0.0.2"),
        ("ip_address", "fe80::1", "fe80::1"),
    ],
)
def test_hosts_lose_their_domain_prefix_and_addresses_their_port(target, raw, value):
    assert parse_value(target, raw) == (value, None)


@pytest.mark.parametrize(
    ("raw", "day"),
    [
        ("1695890954000", dt.date(2023, 9, 28)),  # Unix milliseconds (Horizon, Jamf)
        ("1695890954", dt.date(2023, 9, 28)),  # Unix seconds
        ("/Date(1695890954000)/", dt.date(2023, 9, 28)),  # .NET JSON
        ("/Date(1695890954000+0100)/", dt.date(2023, 9, 28)),
    ],
)
def test_unix_times_are_dates(raw, day):
    assert parse_value("install_date", raw) == (day, None)


@pytest.mark.parametrize("raw", ["123", "9999999999999", "4102444800", "12345678901"])
def test_numbers_outside_2000_to_2100_are_no_dates(raw):
    value, problem = parse_value("install_date", raw)
    assert value is None and "not a date" in problem
