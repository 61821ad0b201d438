"""Confidence thresholds per tenant and operation (defaults from config/thresholds.toml)."""

from __future__ import annotations

from typing import NamedTuple

from migrascope.config import load_data
from migrascope.errors import InputError
from migrascope.memory._types import Pool

__all__ = ["ThresholdRepository", "Thresholds", "default_thresholds"]


class Thresholds(NamedTuple):
    """Auto-apply at or above ``auto``; suggest at or above ``suggest``; drop below ``reject``."""

    auto: float
    suggest: float
    reject: float

    def decide(self, confidence: float) -> str:
        """'auto', 'suggest' or 'unmapped' for a confidence."""
        if confidence >= self.auto:
            return "auto"
        if confidence >= self.suggest:
            return "suggest"
        return "unmapped"


def default_thresholds(operation: str) -> Thresholds:
    """The bundled default thresholds of an operation."""
    table = load_data("thresholds.toml")
    if operation not in table:
        raise InputError(f"Unknown operation {operation!r}; known: {', '.join(sorted(table))}.")
    t = table[operation]
    return Thresholds(float(t["auto"]), float(t["suggest"]), float(t["reject"]))


class ThresholdRepository:
    """Read and set a tenant's thresholds; an unset tenant gets the defaults."""

    def __init__(self, pool: Pool) -> None:
        self._pool = pool

    def get(self, tenant: str, operation: str) -> Thresholds:
        default = default_thresholds(operation)
        with self._pool.connection() as conn:
            row = conn.execute(
                "SELECT auto, suggest, reject FROM confidence_thresholds "
                "WHERE tenant_id = %s AND operation = %s",
                (tenant, operation),
            ).fetchone()
        return Thresholds(row["auto"], row["suggest"], row["reject"]) if row else default

    def set(self, tenant: str, operation: str, thresholds: Thresholds) -> None:
        default_thresholds(operation)
        if not 0 <= thresholds.reject <= thresholds.suggest <= thresholds.auto <= 1:
            raise InputError("Thresholds must satisfy 0 <= reject <= suggest <= auto <= 1.")
        with self._pool.connection() as conn:
            conn.execute(
                "INSERT INTO confidence_thresholds (tenant_id, operation, auto, suggest, reject) "
                "VALUES (%s, %s, %s, %s, %s) ON CONFLICT (tenant_id, operation) DO UPDATE SET "
                "auto = EXCLUDED.auto, suggest = EXCLUDED.suggest, reject = EXCLUDED.reject, "
                "updated_at = now()",
                (tenant, operation, *thresholds),
            )
