"""Conversion under a mapping: splits, fallbacks, raw always kept, bad values to extra."""

from __future__ import annotations

import pytest

from migrascope.tools.conversion import RowConverter, convert_row, split_make_model, split_os
from migrascope.tools.mapping import ColumnMapping
from migrascope.tools.readers import RawRow


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("Red Hat Enterprise Linux 8.6", ("Red Hat Enterprise Linux", "8.6")),
        ("Ubuntu 22.04 LTS", ("Ubuntu", "22.04 LTS")),
        ("FreeBSD", ("FreeBSD", None)),
    ],
)
def test_split_os(value, expected):
    assert split_os(value) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("Dell PowerEdge R740", ("Dell", "PowerEdge R740")),
        ("HPE / ProLiant DL380 Gen10", ("HPE", "ProLiant DL380 Gen10")),
        ("Palo Alto Networks PA-5220", ("Palo Alto Networks", "PA-5220")),
        ("Cisco", ("Cisco", None)),
    ],
)
def test_split_make_model(value, expected):
    assert split_make_model(value) == expected


def _m(source, target, **kw) -> ColumnMapping:
    return ColumnMapping(source, target, 0.95, "auto", kw.pop("unit", None), [], **kw)


def test_fallback_fills_only_what_is_empty_and_raw_is_whole():
    headers = ["Tools OS", "Config OS", "Notes", "Memory"]
    applied = {
        "Tools OS": _m("Tools OS", "os_name"),
        "Config OS": _m("Config OS", "os_name", combine="fallback"),
        "Memory": _m("Memory", "memory_gb", unit="mb"),
    }
    conv = RowConverter(headers, applied)
    a = conv.convert(RawRow(1, ["Win 2019", "Win 2016", "n", "2048"], []))
    b = conv.convert(RawRow(2, ["", "Win 2016", "", "lots"], []))
    assert a.canonical == {"os_name": "Win 2019", "memory_gb": 2.0}
    assert a.extra == {"Notes": "n"}
    assert b.canonical == {"os_name": "Win 2016"}
    assert b.extra == {"Memory": "lots"}
    assert b.raw == {"Tools OS": "", "Config OS": "Win 2016", "Notes": "", "Memory": "lots"}
    assert b.problems == ["row 2, column 'Memory': 'lots' is not a size"]


def test_overflow_values_kept():
    rec = convert_row(RawRow(3, ["a", "b", "c"], ["surplus"]), ["Name", "X"], {})
    assert rec.raw == {"Name": "a", "X": "b", "_overflow_1": "c"}
    assert rec.extra == {"Name": "a", "X": "b", "_overflow_1": "c"}
    assert rec.problems == ["surplus"]


def test_per_socket_without_sockets_is_reported():
    headers = ["Sockets", "Cores per socket"]
    applied = {
        "Sockets": _m("Sockets", "cpu_sockets"),
        "Cores per socket": _m(
            "Cores per socket", "cpu_cores", combine="per_socket", per_socket_of="Sockets"
        ),
    }
    conv = RowConverter(headers, applied)
    assert conv.convert(RawRow(1, ["2", "8"], [])).canonical == {"cpu_sockets": 2, "cpu_cores": 16}
    rec = conv.convert(RawRow(2, ["", "8"], []))
    assert "cpu_cores" not in rec.canonical and "total cores left empty" in rec.problems[0]
