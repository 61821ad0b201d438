"""Column value profiles: kinds and units read from a sample."""

from __future__ import annotations

import pytest

from migrascope.tools.profiling import profile_column, value_kind


@pytest.mark.parametrize(
    ("raw", "kind"),
    [
        ("10.0.0.1", "ipv4"),
        ("10.0.0.0/24", "subnet"),
        ("10.0.0.7/24", "ipv4"),
        ("dmz (10.102.0.0/16)", "subnet"),
        ("5.00.9122.1000", "version"),
        ("005056A87007", "mac"),
        ("123456789012", "integer"),
        ("arn:aws:ec2:eu-west-1:123456789012:instance/i-0abc1234", "arn"),
        ("crn:v1:bluemix:public:is:eu-de-1:a/30d6201511534fc2::instance:0727_4c6a4fbc", "arn"),
        ("/dev/sdf", "device_path"),
        ("alice.smith@corp.example.com", "email"),
        ("x86_64", "architecture"),
        ("aws_instance", "asset_class"),
        ("4.18.0-477.27.1.el8_8.x86_64", "version"),
        ("fe80::1", "ipv6"),
        ("10.0.0.1; 10.0.0.2", "ip_list"),
        ("00:50:56:ab:cd:ef", "mac"),
        ("web01.corp.example.com", "fqdn"),
        ("web-01", "hostname"),
        ("CORP\\LONWEB001", "hostname"),  # Citrix: the machine after its NetBIOS domain
        ("CORP\\jsmith", "word"),  # a user account is no host
        ("172.18.1.109:9100", "ipv4"),  # a Prometheus target: address and port
        ("300.1.1.1:80", "word"),
        ("Intune", "management_tool"),  # "Managed by": a tool, not a team
        ("terraform", "management_tool"),
        ("2021-03-04", "date"),
        ("42", "integer"),
        ("4.5", "decimal"),
        ("16 GB", "size"),
        ("4 vCPU", "count"),
        ("16 XB", "number_unit"),
        ("yes", "boolean"),
        ("Physical", "virtuality"),
        ("Microsoft Windows Server 2019", "os"),
        ("prod", "environment"),
        ("MB", "unit_word"),
        ("", "empty"),
        ("shipping application server", "text"),
    ],
)
def test_value_kind(raw, kind):
    assert value_kind(raw)[0] == kind


def test_profile_reads_units_from_header_then_values():
    header = profile_column("Memory (In MB)", ["4096", "8192", ""])
    assert (header.unit, header.unit_source, header.dominant) == ("mb", "header", "integer")
    assert header.median == 6144 and header.fill_ratio == pytest.approx(2 / 3)
    values = profile_column("Mem", ["16 GB", "32 GB", "8 GB"])
    assert (values.unit, values.unit_source, values.dominant) == ("gb", "values", "size")
    unknown = profile_column("Mem", ["16 XB", "8 XB"])
    assert unknown.unit is None and unknown.unknown_units == ["xb"]


def test_profile_of_mixed_and_empty_columns():
    assert profile_column("x", ["", " "]).dominant == "empty"
    mixed = profile_column("x", ["10.0.0.1", "web01", "2021-01-01", "42", "hello there"])
    assert mixed.dominant == "text"
    assert "IPv4" in profile_column("ip", ["10.0.0.1"] * 5).describe()
    assert profile_column("ip", ["10.0.0.1"] * 5).to_json()["dominant"] == "ipv4"


def test_a_rest_resource_path_is_read_by_its_last_segment():
    """HPE OneView's ``uri`` = /rest/server-hardware/<uuid>: the id is the last segment."""
    values = [f"/rest/server-hardware/6f0c{i:04d}-aaaa-bbbb-cccc-0123456789ab" for i in range(30)]
    profile = profile_column("uri", values)
    assert profile.from_urls and profile.dominant == "uuid"
