"""Units and value parsing: raw export strings to canonical typed values.

A value that cannot be parsed is never guessed: the parser returns None with a
problem message, and the raw value stays in the raw record.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime
from functools import cache
from typing import Any

from migrascope.config import canonical_schema, load_data

__all__ = [
    "ParsedValue",
    "header_unit",
    "parse_bool",
    "parse_date",
    "parse_hostname",
    "parse_int",
    "parse_ip",
    "parse_size_gb",
    "parse_value",
    "size_factor",
]

_UNIT_IN_HEADER = re.compile(
    r"(?:\(|\[|\bin[\s-]+|_|-|\s|^)(?:in[\s-]+)?"
    r"(kb|kib|mb|mib|gb|gib|tb|tib|bytes|(?:kilo|mega|giga|tera|kibi|mebi|gibi|tebi)bytes?"
    r"|mhz|ghz|%)(?:(?<!bytes)s)?(?:\)|\]|\b|_|-|$)",
    re.IGNORECASE,
)
_CAMEL_UNIT = re.compile(
    r"(?:In)?(KB|KiB|MB|MiB|GB|GiB|TB|TiB|Kb|Mb|Gb|Tb|Bytes|(?:Kilo|Mega|Giga|Tera)bytes?|MHz|GHz)"
    r"(?=[A-Z.\b]|$)"
)
# "(MB per second)", "PerSecondInKB", "MB/s": a rate, not a size.
_RATE = re.compile(r"per\s*sec|persecond|/\s*s\b|\bps\b|throughput|iops", re.IGNORECASE)
_NUMBER_UNIT = re.compile(r"^\s*([-+]?\d[\d,]*(?:\.\d+)?|[-+]?\.\d+)\s*([a-zA-Z]*)\s*$")
_TRUE = frozenset({"true", "yes", "y", "1", "t", "virtual", "vm", "guest", "on"})
_FALSE = frozenset({"false", "no", "n", "0", "f", "physical", "bare metal", "off"})
_DATE_FORMATS = (
    "%Y-%m-%d",
    "%Y/%m/%d",
    "%d/%m/%Y",
    "%m/%d/%Y",
    "%d.%m.%Y",
    "%d-%b-%Y",
    "%b %d, %Y",
    "%Y%m%d",
    "%d %b %Y",
    "%Y-%m-%d %H:%M:%S",
    "%Y-%m-%dT%H:%M:%S",
    "%m/%d/%Y %H:%M",
    "%m/%d/%Y %I:%M:%S %p",
)

ParsedValue = tuple[Any, str | None]
_DATE_THEN_TIME = re.compile(
    r"^(\S+?)(?:[ T]+)\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d+)?\s*(?:[ap]\.?m\.?)?"
    r"\s*(?:z|utc|gmt|[+-]\d{2}:?\d{2}|[a-z]{2,5})?$",
    re.IGNORECASE,
)
_CIM_STAMP = re.compile(r"^(\d{8})\d{6}(?:\.\d+)?(?:[+-]\d{3})?$")


@cache
def size_factor(unit: str) -> float | None:
    """Factor from ``unit`` to GB (GiB-based), or None for an unknown unit."""
    table: dict[str, float] = load_data("units.toml")["size_to_gb"]
    return table.get(unit.strip().lower())


def header_unit(header: str) -> str | None:
    """The unit a header declares: ``Memory (In MB)``, ``RAM.TotalSizeInMB``, ``Disk_GB``.

    Size units come back lower-case (``mb``); frequencies as ``mhz``/``ghz``; a
    rate (``MB per second``) is ``rate``, so it never passes for a size.
    """
    if _RATE.search(header):
        return "rate"
    m = _CAMEL_UNIT.search(header)
    if m:
        return m.group(1).lower()
    m = _UNIT_IN_HEADER.search(header)
    return m.group(1).lower() if m else None


def _number(text: str) -> float | None:
    # "12,5" is a decimal comma (European Excel); "16,384" is a thousands separator.
    if text.count(",") == 1 and "." not in text and len(text.split(",")[1]) != 3:
        text = text.replace(",", ".")
    try:
        return float(text.replace(",", ""))
    except ValueError:
        return None


def parse_size_gb(raw: str, unit: str | None) -> ParsedValue:
    """'16384' with unit 'mb' → 16.0; '16 GB' → 16.0; '1.5TB' → 1536.0.

    A list of sizes ('100;200', the readers' form of a JSON array such as the sizes
    of a VM's disks) is their sum; one bad element makes the whole value bad.
    """
    if ";" in raw:
        parts = [p for p in raw.split(";") if p.strip()]
        total = 0.0
        for part in parts:
            value, problem = parse_size_gb(part, unit)
            if problem is not None or value is None:
                return None, problem or f"{raw!r} is not a list of sizes"
            total += value
        return (round(total, 4), None) if parts else (None, f"{raw!r} is not a size")
    m = _NUMBER_UNIT.match(raw)
    if not m:
        return None, f"{raw!r} is not a size"
    number = _number(m.group(1))
    if number is None:
        return None, f"{raw!r} is not a size"
    value_unit = m.group(2).lower() or None
    use = value_unit or unit
    if use is None:
        return number, None
    factor = size_factor(use)
    if factor is None:
        return None, f"unknown unit {use!r} in {raw!r}; value kept raw"
    return round(number * factor, 4), None


def parse_int(raw: str) -> ParsedValue:
    """'4', '4 vCPU', '4.0' → 4."""
    m = _NUMBER_UNIT.match(raw)
    if not m:
        return None, f"{raw!r} is not a whole number"
    suffix = m.group(2).lower()
    if suffix and suffix not in load_data("units.toml")["count_suffixes"]["words"]:
        return None, f"unknown unit {suffix!r} in {raw!r}; value kept raw"
    number = _number(m.group(1))
    if number is None or not number.is_integer():
        return None, f"{raw!r} is not a whole number"
    return int(number), None


@cache
def _hypervisor_words() -> frozenset[str]:
    return frozenset(w.lower() for w in load_data("profiles.toml").get("hypervisor_words", []))


def parse_bool(raw: str, *, inverted: bool = False) -> ParsedValue:
    """'Yes'/'Virtual'/'true' → True; inverted for columns like ``IsPhysical``."""
    text = raw.strip().lower()
    if text in _TRUE or text in _hypervisor_words():
        value = True  # Facter's ``virtual`` = vmware/kvm: a guest of that hypervisor
    elif text in _FALSE:
        value = False
    else:
        return None, f"{raw!r} is not a yes/no value"
    if (
        inverted
        and text not in {"virtual", "vm", "physical", "bare metal"}
        and text not in _hypervisor_words()
    ):
        value = not value
    return value, None


def parse_date(raw: str) -> ParsedValue:
    """Common export date formats → date."""
    text = raw.strip()
    for fmt in _DATE_FORMATS:
        try:
            return datetime.strptime(text, fmt).date(), None
        except ValueError:
            continue
    try:
        return date.fromisoformat(text[:10]), None
    except ValueError:
        pass
    # A date followed by a time of day ("14.08.2019 14:19:00", "5/1/2024 10:00 AM",
    # "2024-05-01T10:00:00.000+02:00"), or a WMI/CIM stamp ("20200101100000.000000+060").
    m = _DATE_THEN_TIME.match(text) or _CIM_STAMP.match(text)
    if m:
        for fmt in _DATE_FORMATS:
            try:
                return datetime.strptime(m.group(1), fmt).date(), None
            except ValueError:
                continue
    epoch = _EPOCH.match(text)
    if epoch:
        stamp = int(epoch.group(1))
        seconds = stamp / 1000 if len(epoch.group(1)) == 13 else stamp
        if _EPOCH_FROM <= seconds < _EPOCH_TO:
            return datetime.fromtimestamp(seconds, tz=UTC).date(), None
    return None, f"{raw!r} is not a date in a known format"


# Unix time in seconds (10 digits) or milliseconds (13), bare or as .NET JSON writes it
# ("/Date(1695890954000)/"): API exports (Horizon, Jamf, ePO) give dates so. Only
# 2000-2100 is read as a date; anything else stays a problem, never a guess.
_EPOCH = re.compile(r"^(?:/Date\()?(\d{10}|\d{13})(?:[+-]\d{4})?(?:\)/)?$")
_EPOCH_FROM = 946_684_800  # 2000-01-01
_EPOCH_TO = 4_102_444_800  # 2100-01-01


@cache
def _kinds() -> dict[str, str]:
    return {f.name: f.kind for f in canonical_schema()}


def parse_value(
    target: str, raw: str, *, unit: str | None = None, inverted: bool = False
) -> ParsedValue:
    """Parse a raw value for a canonical field; returns (value, problem)."""
    text = raw.strip()
    if not text:
        return None, None
    kind = _kinds().get(target, "text")
    if kind == "size":
        return parse_size_gb(text, unit)
    if kind == "integer":
        return parse_int(text)
    if kind == "boolean":
        return parse_bool(text, inverted=inverted)
    if kind == "date":
        return parse_date(text)
    if kind == "hostname":
        return parse_hostname(text)
    if kind == "ip":
        return parse_ip(text)
    return text, None


_DOMAIN_PREFIX = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,14}\\(?=[^\\\s]+$)")
_IPV4_WITH_PORT = re.compile(r"^(\d{1,3}(?:\.\d{1,3}){3}):\d{1,5}$")


def parse_hostname(raw: str) -> ParsedValue:
    """``CORP\\WEB01`` → ``WEB01``: Citrix and Windows tools write the NetBIOS domain
    before the machine name; the host is the same one other sources call ``WEB01``."""
    text = raw.strip()
    if "\\" not in text:  # the common case, on every row of a large file
        return text, None
    return _DOMAIN_PREFIX.sub("", text), None


def parse_ip(raw: str) -> ParsedValue:
    """``10.0.0.5:9100`` → ``10.0.0.5`` (a scrape target's port is not the address);
    anything else, lists included, is kept as given."""
    text = raw.strip()
    m = _IPV4_WITH_PORT.match(text) if ":" in text else None
    return (m.group(1) if m else text), None
