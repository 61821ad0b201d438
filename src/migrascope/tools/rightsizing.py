"""Right-sizing: each server to a target instance type on AWS, Azure and GCP.

The need is what the server has, scaled down by measured utilisation when the export
carries it (peak or average CPU/memory %, found among the unmapped columns), times a
headroom factor. The cheapest priced instance that covers the need wins; without
prices, the smallest that covers it. The catalogue is a data file that records the
source and date of its figures, so estimates can be traced and refreshed.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

from migrascope.config import load_data

__all__ = [
    "SIZED_TYPES",
    "Instance",
    "catalogue",
    "pick_instance",
    "right_size",
    "utilisation",
    "vcpu_of",
]

SIZED_TYPES = frozenset(
    {"server", "virtual_machine", "database", "application", "container_platform"}
)
DEFAULT_HEADROOM = 1.2
_CPU_UTIL = re.compile(r"cpu.*(util|usage|load|%|percent|peak|p95|avg)|(util|usage).*cpu", re.I)
_MEM_UTIL = re.compile(
    r"(mem|ram).*(util|usage|%|percent|peak|p95|avg)|(util|usage).*(mem|ram)", re.I
)
_NUMBER = re.compile(r"-?\d+(?:[.,]\d+)?")


@dataclass(frozen=True)
class Instance:
    """One catalogue entry."""

    provider: str
    name: str
    family: str
    vcpu: int
    memory_gb: float
    price_hour: float | None


@cache
def catalogue() -> tuple[dict[str, Any], dict[str, tuple[Instance, ...]]]:
    """(meta, provider → instances) from ``instance_catalogue.toml``."""
    data = load_data("instance_catalogue.toml")
    out: dict[str, tuple[Instance, ...]] = {}
    for provider, spec in data["providers"].items():
        out[provider] = tuple(
            Instance(
                provider,
                i["name"],
                i["family"],
                int(i["vcpu"]),
                float(i["memory_gb"]),
                float(i["price_hour"]) if "price_hour" in i else None,
            )
            for i in spec["instances"]
        )
    meta = dict(data.get("meta", {}))
    meta["providers"] = {
        p: {k: v for k, v in spec.items() if k != "instances"}
        for p, spec in data["providers"].items()
    }
    return meta, out


def vcpu_of(asset: Mapping[str, Any]) -> tuple[int | None, str | None]:
    """(vCPU, note): cpu_cores, else cpu_sockets (a VM's "CPU count" is its vCPUs)."""
    cores = asset.get("cpu_cores")
    if cores not in (None, ""):
        return int(cores), None
    sockets = asset.get("cpu_sockets")
    if sockets not in (None, ""):
        return int(sockets), "vCPU taken from the CPU (socket) count"
    return None, None


def _percent(value: Any) -> float | None:
    if value in (None, ""):
        return None
    match = _NUMBER.search(str(value))
    if not match:
        return None
    number = float(match.group().replace(",", "."))
    if 0 < number <= 1 and "%" not in str(value):
        number *= 100  # a fraction
    return number if 0 < number <= 100 else None


def utilisation(asset: Mapping[str, Any]) -> tuple[float | None, float | None]:
    """(cpu %, memory %) from the asset's unmapped columns, when the export has them."""
    cpu = mem = None
    extra = asset.get("extra") or {}
    for key, value in extra.items():
        if cpu is None and _CPU_UTIL.search(key):
            cpu = _percent(value)
        elif mem is None and _MEM_UTIL.search(key):
            mem = _percent(value)
    return cpu, mem


def pick_instance(
    instances: Sequence[Instance], vcpu: float, memory_gb: float
) -> tuple[Instance, bool]:
    """The cheapest (else smallest) instance covering the need; (largest, False) if none does."""
    fits = [i for i in instances if i.vcpu >= vcpu and i.memory_gb >= memory_gb]
    if not fits:
        return max(instances, key=lambda i: (i.vcpu, i.memory_gb)), False
    priced = [i for i in fits if i.price_hour is not None]
    if priced:
        return min(priced, key=lambda i: (i.price_hour or 0.0, i.vcpu, i.memory_gb)), True
    return min(fits, key=lambda i: (i.vcpu, i.memory_gb)), True


def right_size(
    asset: Mapping[str, Any],
    *,
    headroom: float = DEFAULT_HEADROOM,
    providers: Sequence[str] | None = None,
) -> dict[str, Any]:
    """Target instance per provider for one asset, with the need and how it was derived.

    Returns ``{"sized": False, "reason": ...}`` when the asset is not a server or its
    CPU and memory are unknown: a guess would look like a recommendation.
    """
    if headroom < 1:
        raise ValueError("headroom must be >= 1")
    kind = str(asset.get("classified_type") or asset.get("asset_type") or "")
    if kind not in SIZED_TYPES:
        return {"sized": False, "reason": f"{kind or 'unknown type'} is not sized to an instance"}
    cores, note = vcpu_of(asset)
    mem = asset.get("memory_gb")
    if cores is None and mem in (None, ""):
        return {"sized": False, "reason": "CPU and memory unknown in the export"}
    cpu_u, mem_u = utilisation(asset)
    basis = [note] if note else []
    need_cpu = float(cores) if cores is not None else 1.0
    need_mem = float(mem) if mem not in (None, "") else need_cpu * 4
    if cores is None:
        basis.append("vCPU unknown: 1 assumed")
    if mem in (None, ""):
        basis.append("memory unknown: 4 GB per vCPU assumed")
    if cpu_u is not None:
        need_cpu *= cpu_u / 100
        basis.append(f"CPU utilisation {cpu_u:g}%")
    if mem_u is not None:
        need_mem *= mem_u / 100
        basis.append(f"memory utilisation {mem_u:g}%")
    if cpu_u is None and mem_u is None:
        basis.append("no utilisation data: allocated size used")
    need_cpu = max(1, math.ceil(need_cpu * headroom))
    need_mem = max(0.5, round(need_mem * headroom, 1))
    basis.append(f"headroom x{headroom:g}")
    meta, instances = catalogue()
    hours = float(meta.get("hours_per_month", 730))
    targets: dict[str, Any] = {}
    for provider in providers or sorted(instances):
        inst, fits = pick_instance(instances[provider], need_cpu, need_mem)
        targets[provider] = {
            "instance": inst.name,
            "family": inst.family,
            "vcpu": inst.vcpu,
            "memory_gb": inst.memory_gb,
            "monthly": round(inst.price_hour * hours, 2) if inst.price_hour is not None else None,
            "fits": fits,
        }
        if not fits:
            targets[provider]["note"] = (
                "larger than the catalogue: needs a dedicated host or a split"
            )
    return {
        "sized": True,
        "need": {"vcpu": need_cpu, "memory_gb": need_mem},
        "basis": basis,
        "targets": targets,
        "currency": meta.get("currency", "USD"),
        "figures_date": meta.get("figures_date"),
    }
