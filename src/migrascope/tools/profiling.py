"""Column value profiles: what a column holds, read from a sample of its values.

A header can lie or say nothing ("Custom1", a bare "Memory"); the values rarely
do. A profile records the value kinds of a column (IPv4, MAC, FQDN, OS string,
size with unit, ...), the unit the header or the values declare, and numeric
magnitudes, so the mapper can check that a column fits a field and infer a unit
the header left out. Profiles read only the sample (a few hundred rows), so they
cost the same for a 100-row and a 1,000,000-row file.
"""

from __future__ import annotations

import ipaddress
import json
import re
import statistics
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from migrascope.config import load_data
from migrascope.tools.readers_json import join_scalars
from migrascope.tools.units import (
    header_unit,
    parse_date,
    parse_hostname,
    parse_ip,
    size_factor,
)

__all__ = ["ColumnProfile", "describe_kind", "profile_column", "profile_table", "value_kind"]

_IPV4 = re.compile(
    r"^(?:25[0-5]|2[0-4]\d|1?\d?\d)(?:\.(?:25[0-5]|2[0-4]\d|1?\d?\d)){3}(?:/\d{1,2})?$"
)
# Colon/dash pairs, Cisco dotted quads, and the bare 12 hex digits Defender and WMI
# write (``005056A87007``: at least one letter, or it is a number).
_MAC = re.compile(
    r"^(?:[0-9a-f]{2}[:-]){5}[0-9a-f]{2}$|^(?:[0-9a-f]{4}\.){2}[0-9a-f]{4}$"
    r"|^(?=[0-9a-f]*[a-f])[0-9a-f]{12}$",
    re.I,
)
_UUID = re.compile(r"^[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12}$", re.I)
_FQDN = re.compile(
    r"^(?=.{4,253}$)(?:[a-z0-9](?:[a-z0-9_-]{0,62})\.)+[a-z][a-z0-9-]{1,62}\.?$", re.I
)
_HOSTNAME = re.compile(r"^[a-z0-9][a-z0-9_-]{1,62}$", re.I)
_INTEGER = re.compile(r"^[-+]?\d{1,3}(?:,\d{3})+$|^[-+]?\d+$")
_DECIMAL = re.compile(r"^[-+]?\d*[.,]\d+$|^[-+]?\d{1,3}(?:,\d{3})+\.\d+$")
_NUMBER_WORD = re.compile(r"^([-+]?\d[\d,]*(?:[.,]\d+)?)\s*([a-z][a-z/]*)$", re.I)
_DATEISH = re.compile(
    r"^\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}|^\d{1,2}[- ][a-z]{3}[- ]\d{4}|^[a-z]{3} \d", re.I
)
_LIST_SPLIT = re.compile(r"[;,\s]+")
_ENV_SPLIT = re.compile(r"[\s/]+")
# A resource URL or path (``https://.../zones/europe-west1-b``, ``projects/p/zones/z``):
# its last segment is the value (the zone, the subnet, the machine type).
# Placeholders that say "no value" (``N/A (booted from volume)``, ``null``, ``-``).
_PLACEHOLDER = re.compile(
    r"^(?:n/a\b.*|null|none|nil|-+|\(none\)|<none>|not available|not applicable)$", re.I
)
_URL = re.compile(
    r"^(?:https?://[^/\s]+/|/(?:[\w.-]+/){2,}|(?:[\w.-]+/){3,})(?:[^\s]*/)?([^/\s]+)/?$", re.I
)
_MAX_VALUES = 400


@cache
def _vocab() -> dict[str, Any]:
    data = load_data("profiles.toml")
    return {
        "os": tuple(w.lower() for w in data["os_words"]),
        "env": frozenset(w.lower() for w in data["environment_words"]),
        "bool": frozenset(w.lower() for w in data["boolean_words"]),
        "count": frozenset(w.lower() for w in data["count_words"]),
        "virtual": frozenset(w.lower() for w in data["virtuality_words"]),
        # Whole values that name a power state, a lifecycle status, a criticality or a
        # place: they tell "State" = running/stopped from "State" = active/retired.
        "words": {
            kind: frozenset(w.lower() for w in data.get(key, []))
            for kind, key in (
                ("power", "power_words"),
                ("status_word", "status_words"),
                ("criticality", "criticality_words"),
                ("place", "place_words"),
                ("health", "health_words"),
                ("hypervisor", "hypervisor_words"),
                ("asset_class", "class_words"),
                ("architecture", "architecture_words"),
                ("management_tool", "management_tool_words"),
            )
        },
        "production": frozenset(w.lower() for w in data.get("production_words", [])),
        "version": re.compile(data["version_pattern"], re.IGNORECASE),
        "patterns": {
            kind: re.compile(pattern, re.IGNORECASE)
            for kind, pattern in data.get("value_patterns", {}).items()
        },
    }


def _is_ip(text: str) -> str | None:
    if _IPV4.match(text):
        return "ipv4"
    if ":" in text and not _MAC.match(text):
        try:
            ipaddress.IPv6Address(text.split("/")[0].split("%")[0])
            return "ipv6"
        except ValueError:
            return None
    return None


_NETWORK_IN_TEXT = re.compile(r"(?:^|\(\s*)([0-9a-f.:]+/\d{1,3})\s*\)?$", re.IGNORECASE)


def _is_subnet(text: str) -> bool:
    """A network, not an address: ``10.1.30.0/24`` or ``dmz (10.102.0.0/16)``.

    An address with its prefix length (``10.1.30.7/24``, NetBox's primary IP) has
    host bits set and stays an address.
    """
    m = _NETWORK_IN_TEXT.search(text)
    if m is None:
        return False
    try:
        net = ipaddress.ip_network(m.group(1), strict=True)
    except ValueError:
        return False
    return net.prefixlen < net.max_prefixlen - 1


def value_kind(raw: str) -> tuple[str, str | None]:
    """The kind of one value and the unit word it carries ("16 GB" → ("size", "gb"))."""
    text = raw.strip()
    if not text:
        return "empty", None
    # What import keeps of "CORP\\WEB01" and "10.0.0.5:9100" says what they are: the name
    # after the domain (a host, or a user), the address a scraper reached on a port.
    name = parse_hostname(text)[0]
    if name != text:
        return value_kind(name)
    address = parse_ip(text)[0]
    if address != text and _IPV4.match(address):
        return "ipv4", None
    low = text.lower()
    vocab = _vocab()
    if low in vocab["virtual"]:
        return "virtuality", None
    if low.isalpha() and size_factor(low) is not None:
        return "unit_word", low
    if low in vocab["bool"]:
        return "boolean", None
    # Enumerations are often written as constants: POWERED_ON is "powered on".
    spaced = low.replace("_", " ")
    for kind, words in vocab["words"].items():
        if low in words or spaced in words:
            return kind, None
    for kind, pattern in vocab["patterns"].items():
        if pattern.match(low):
            return kind, None
    if "/" in text and _is_subnet(text):
        return "subnet", None
    ip = _is_ip(text)
    if ip:
        return ip, None
    if _MAC.match(text):
        return "mac", None
    if _INTEGER.match(text):
        return "integer", None
    if ";" in text and all(_INTEGER.match(p) or _DECIMAL.match(p) for p in text.split(";") if p):
        return "number_list", None  # a JSON array of numbers (sizes of several disks)
    if _DECIMAL.match(text):
        return "decimal", None
    if _UUID.match(text):
        return "uuid", None
    m = _NUMBER_WORD.match(text)
    if m:
        unit = m.group(2).lower()
        if unit in vocab["count"]:
            return "count", unit
        if size_factor(unit) is not None:
            return "size", unit
        return "number_unit", unit
    if low in vocab["env"]:
        return "environment", None
    first, *rest = _ENV_SPLIT.split(low)
    if first in vocab["env"] and len(rest) <= 2 and not any(c.isdigit() or c in ";,:" for c in low):
        # "Production Cloud", "Development/Test": an environment word leading a short
        # label (not a list: tags such as "prod;web" are many things at once).
        return "environment", None
    if any(w in low for w in vocab["os"]):
        return "os", None
    if _DATEISH.match(text) and parse_date(text)[0] is not None:
        return "date", None
    if any(sep in text for sep in ";, =") and "." in text:
        # "10.0.0.5, 10.0.0.6" or labelled "private=10.0.0.5; public=52.1.2.3"
        parts = [p.rsplit("=", 1)[-1] for p in _LIST_SPLIT.split(text) if p]
        parts = [p for p in parts if p]
        if (len(parts) > 1 or "=" in text) and parts and all(_is_ip(p) for p in parts):
            return "ip_list", None
    if vocab["version"].match(text):
        return "version", None
    if _FQDN.match(text) and not text.replace(".", "").isdigit():
        return "fqdn", None
    if _HOSTNAME.match(text) and any(c.isdigit() or c in "-_" for c in text):
        return "hostname", None
    if " " not in text:
        return "word", None
    return "text", None


@dataclass
class ColumnProfile:
    """What one column holds, from a sample of its values."""

    header: str
    total: int = 0
    filled: int = 0
    kinds: dict[str, float] = field(default_factory=dict)
    dominant: str = "empty"
    unit: str | None = None
    unit_source: str | None = None
    value_units: dict[str, int] = field(default_factory=dict)
    unknown_units: list[str] = field(default_factory=list)
    median: float | None = None
    maximum: float | None = None
    distinct_ratio: float = 0.0
    examples: list[str] = field(default_factory=list)
    from_urls: bool = False
    from_json_lists: bool = False
    # Fraction of filled values holding several items (a JSON array read as ``a;b``).
    list_share: float = 0.0

    @property
    def fill_ratio(self) -> float:
        return self.filled / self.total if self.total else 0.0

    def share(self, *kinds: str) -> float:
        """Fraction of filled values that are of one of ``kinds``."""
        return sum(self.kinds.get(k, 0.0) for k in kinds)

    def describe(self) -> str:
        """Short human text: 'IPv4 addresses (98%)'."""
        if self.dominant == "empty":
            return "empty in the sample"
        pct = round(100 * self.kinds.get(self.dominant, 0.0))
        text = f"{describe_kind(self.dominant)} ({pct}%)"
        return text + (" at the end of URLs" if self.from_urls else "")

    def to_json(self) -> dict[str, Any]:
        """A compact form stored with a learned pattern (no raw values)."""
        return {
            "dominant": self.dominant,
            "kinds": {k: round(v, 3) for k, v in self.kinds.items()},
            "unit": self.unit,
            "unit_source": self.unit_source,
            "median": self.median,
        }


_KIND_TEXT = {
    "ipv4": "IPv4 addresses",
    "subnet": "networks (CIDR)",
    "asset_class": "classes of asset",
    "version": "version numbers",
    "architecture": "processor architectures",
    "device_path": "device paths",
    "email": "e-mail addresses",
    "arn": "cloud resource names (ARN, CRN)",
    "ipv6": "IPv6 addresses",
    "ip_list": "lists of IP addresses",
    "mac": "MAC addresses",
    "fqdn": "domain names",
    "hostname": "host names",
    "uuid": "UUIDs",
    "integer": "whole numbers",
    "number_list": "lists of numbers",
    "decimal": "decimal numbers",
    "size": "sizes with a unit",
    "count": "counts with a unit word",
    "number_unit": "numbers with an unknown unit",
    "boolean": "yes/no values",
    "virtuality": "virtual/physical words",
    "unit_word": "unit names",
    "power": "power states",
    "status_word": "lifecycle statuses",
    "criticality": "criticality levels",
    "place": "place names",
    "zone": "cloud availability zones",
    "dc_code": "data-centre codes",
    "cpe": "product identifiers (CPE)",
    "cpu_name": "processor names",
    "health": "health readings",
    "hypervisor": "hypervisor products",
    "management_tool": "management tools",
    "object": "serialized objects or lists",
    "timezone": "time zones",
    "instance_size": "cloud instance sizes",
    "os": "operating-system names",
    "environment": "environment words",
    "date": "dates",
    "word": "single words",
    "text": "free text",
}


def describe_kind(kind: str) -> str:
    """A value kind in words (``fqdn`` → "domain names")."""
    return _KIND_TEXT.get(kind, kind)


def _numbers(values: Sequence[str]) -> list[float]:
    out: list[float] = []
    for v in values:
        if ";" in v:  # a list of numbers counts as its sum (the sizes of several disks)
            parts = _numbers([p for p in v.split(";") if p])
            if parts:
                out.append(sum(parts))
            continue
        m = _NUMBER_WORD.match(v) if not _INTEGER.match(v) and not _DECIMAL.match(v) else None
        text = m.group(1) if m else v
        text = (
            text.replace(",", "") if text.count(",") != 1 or "." in text else text.replace(",", ".")
        )
        try:
            out.append(float(text))
        except ValueError:
            continue
    return out


def json_scalars(text: str) -> str | None:
    """``["2"]`` → ``2``, ``["a", "b"]`` → ``a;b``, ``[]`` → ``""``: a JSON array of
    scalars as the JSON reader writes arrays; ``None`` for anything else."""
    text = text.strip()
    if not (text.startswith("[") and text.endswith("]")):
        return None
    try:
        items = json.loads(text)
    except ValueError:
        return None
    if not isinstance(items, list) or any(isinstance(i, dict | list) for i in items):
        return None
    return join_scalars(items)


def profile_column(header: str, values: Sequence[str]) -> ColumnProfile:
    """Profile one column from its sample values (at most a few hundred are read)."""
    sample = list(values[:_MAX_VALUES])
    profile = ColumnProfile(header=header, total=len(sample))
    filled = [v.strip() for v in sample if v.strip() and not _PLACEHOLDER.match(v.strip())]
    profile.filled = len(filled)
    unit = header_unit(header)
    if unit:
        profile.unit, profile.unit_source = unit, "header"
    if not filled:
        return profile
    listed = [json_scalars(v) for v in filled]
    if sum(x is not None for x in listed) >= 0.8 * len(filled):
        # JSON arrays of scalars written into a CSV cell (Azure Resource Graph
        # ``["2"]``): read like the JSON reader reads arrays, items joined with ';'.
        filled = [x if x is not None else v for x, v in zip(listed, filled, strict=True)]
        filled = [v for v in filled if v]
        profile.filled, profile.from_json_lists = len(filled), True
        if not filled:
            return profile
    profile.list_share = sum(len([p for p in v.split(";") if p.strip()]) > 1 for v in filled) / len(
        filled
    )
    segments = [m.group(1) for v in filled if (m := _URL.match(v))]
    if len(segments) >= 0.8 * len(filled):
        # URLs of cloud resources: the last path segment is what the column says.
        filled, profile.from_urls = segments, True
    kinds: Counter[str] = Counter()
    units: Counter[str] = Counter()
    for v in filled:
        kind, vunit = value_kind(v)
        kinds[kind] += 1
        if vunit:
            units[vunit] += 1
    n = len(filled)
    _production_as_status(filled, kinds)
    _hypervisors_beside_physical(kinds)
    profile.kinds = {k: c / n for k, c in kinds.most_common()}
    top, top_n = kinds.most_common(1)[0]
    # Numbers of several shapes are one numeric column.
    numeric = kinds["integer"] + kinds["decimal"]
    if top in {"integer", "decimal", "number_list"} and numeric + kinds["number_list"] >= 0.6 * n:
        top = (
            "number_list"
            if kinds["number_list"] > 0.5 * n
            else "decimal"
            if kinds["decimal"] > 0.2 * n
            else "integer"
        )
    elif top in {"ipv4", "ip_list"} and kinds["ipv4"] + kinds["ip_list"] >= 0.6 * n:
        top = "ip_list" if kinds["ip_list"] > 0.2 * n else "ipv4"
    elif top in {"hostname", "word"} and kinds["hostname"] + kinds["word"] >= 0.6 * n:
        top = "hostname" if kinds["hostname"] >= 0.3 * n else "word"
    elif top_n < 0.6 * n:
        top = "text"
    profile.dominant = top
    profile.value_units = dict(units.most_common())
    profile.unknown_units = sorted(
        u for u in units if size_factor(u) is None and u not in _vocab()["count"]
    )
    if units and not profile.unit:
        known = [u for u, _ in units.most_common() if size_factor(u) is not None]
        if known:
            profile.unit, profile.unit_source = known[0], "values"
    numeric_kinds = {"integer", "decimal", "size", "count", "number_list"}
    nums = _numbers(filled) if top in numeric_kinds else []
    if nums:
        profile.median = statistics.median(nums)
        profile.maximum = max(nums)
    profile.distinct_ratio = len(set(filled)) / n
    profile.examples = list(dict.fromkeys(filled))[:3]
    return profile


def _hypervisors_beside_physical(kinds: Counter[str]) -> None:
    """Read hypervisor names beside "physical" as a virtual-or-physical column.

    Facter's ``virtual`` fact is ``vmware``, ``kvm`` or ``hyperv`` on a guest and
    ``physical`` on bare metal: the hypervisor's name there says "virtual". A column
    of hypervisor names alone (a "Hypervisor" column) stays a platform.
    """
    if kinds["virtuality"] and kinds["hypervisor"]:
        kinds["virtuality"] += kinds.pop("hypervisor")


def _production_as_status(filled: Sequence[str], kinds: Counter[str]) -> None:
    """Read "Production" as a lifecycle status when the column's other values are statuses.

    Some CMDBs (iTop, GLPI) give a CI the status production / implementation / obsolete /
    stock: "production" there means "in production", a lifecycle stage, and the column is
    the status. An environment column never holds "Obsolete" or "Stock", and it names
    more than one environment.
    """
    if not kinds["status_word"] or not kinds["environment"]:
        return
    env_values = {v.lower() for v in filled if value_kind(v)[0] == "environment"}
    if env_values <= _vocab()["production"]:
        kinds["status_word"] += kinds.pop("environment")


def profile_table(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> list[ColumnProfile]:
    """Profiles of every column of a sample (rows aligned to ``headers``)."""
    rows = rows[:_MAX_VALUES]
    return [
        profile_column(h, [r[i] if i < len(r) else "" for r in rows]) for i, h in enumerate(headers)
    ]
