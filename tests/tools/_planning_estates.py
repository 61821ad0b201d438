"""Canonical assets and edges from generated estates, for the planning tests.

The synthetic generator gives raw rows plus the truth (header → canonical field); here
the truth does the mapping, so these tests exercise discovery and planning, not the
mapper. Asset keys are 1..n in row order.
"""

from __future__ import annotations

from typing import Any

from migrascope.tools.dependencies import Edge
from migrascope.tools.synthetic import SyntheticEstate, generate_estate
from migrascope.tools.units import parse_value


def canonical_assets(
    estate: SyntheticEstate, *, drop: tuple[str, ...] = ()
) -> list[dict[str, Any]]:
    out = []
    for i, a in enumerate(estate.assets, 1):
        rec: dict[str, Any] = {"asset_pk": i, "row_number": i, "extra": {}}
        for header, target in estate.truth_columns.items():
            if target is None or target in drop:
                continue
            value, _ = parse_value(target, a.row.get(header, ""), unit=estate.units.get(header))
            if value is not None and rec.get(target) is None:
                rec[target] = value
        rec["hostname"] = rec.get("hostname") or a.hostname
        rec["classified_type"] = a.asset_type
        rec["environment"] = a.environment
        out.append(rec)
    return out


def edges_of(estate: SyntheticEstate) -> list[Edge]:
    index = {a.hostname: i for i, a in enumerate(estate.assets, 1)}
    return [Edge(index[s], index[t]) for s, t in dict.fromkeys(estate.dependencies) if s != t]


def estate(n: int, **kw: Any) -> tuple[SyntheticEstate, list[dict[str, Any]], list[Edge]]:
    est = generate_estate(n, **kw)
    return est, canonical_assets(est), edges_of(est)
