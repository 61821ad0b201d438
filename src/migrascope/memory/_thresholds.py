"""Confidence thresholds per tenant and operation (defaults from config/thresholds.toml).

Adaptive thresholds (tools/confidence.py) move them with measured accuracy; every
adjustment is written to ``threshold_history`` in the same transaction as the new
value, with its reason, the accuracy and event count behind it, and the time.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, NamedTuple

from migrascope.config import load_data
from migrascope.errors import InputError
from migrascope.memory._conn import Conn, using
from migrascope.memory._types import Pool

__all__ = ["ThresholdChange", "ThresholdRepository", "Thresholds", "default_thresholds"]


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


class ThresholdChange(NamedTuple):
    """One adjustment of one threshold and why."""

    threshold: str
    old_value: float
    new_value: float
    reason: str
    accuracy: float | None
    events: int
    last_event_id: int


def default_thresholds(operation: str) -> Thresholds:
    """The bundled default thresholds of an operation."""
    table = load_data("thresholds.toml")
    if operation not in table:
        raise InputError(f"Unknown operation {operation!r}; known: {', '.join(sorted(table))}.")
    t = table[operation]
    return Thresholds(float(t["auto"]), float(t["suggest"]), float(t["reject"]))


_UPSERT_SQL = (
    "INSERT INTO confidence_thresholds (tenant_id, operation, auto, suggest, reject) "
    "VALUES (%s, %s, %s, %s, %s) ON CONFLICT (tenant_id, operation) DO UPDATE SET "
    "auto = EXCLUDED.auto, suggest = EXCLUDED.suggest, reject = EXCLUDED.reject, "
    "updated_at = now()"
)
_HISTORY_SQL = """
INSERT INTO threshold_history (tenant_id, operation, threshold, old_value, new_value, reason,
                               accuracy, events, last_event_id)
VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s)
"""


def _check(thresholds: Thresholds) -> None:
    if not 0 <= thresholds.reject <= thresholds.suggest <= thresholds.auto <= 1:
        raise InputError("Thresholds must satisfy 0 <= reject <= suggest <= auto <= 1.")


class ThresholdRepository:
    """Read and set a tenant's thresholds; an unset tenant gets the defaults."""

    def __init__(self, pool: Pool) -> None:
        self._pool = pool

    def get(self, tenant: str, operation: str, *, conn: Conn | None = None) -> Thresholds:
        default = default_thresholds(operation)
        with using(self._pool, conn) as c:
            row = c.execute(
                "SELECT auto, suggest, reject FROM confidence_thresholds "
                "WHERE tenant_id = %s AND operation = %s",
                (tenant, operation),
            ).fetchone()
        return Thresholds(row["auto"], row["suggest"], row["reject"]) if row else default

    def set(self, tenant: str, operation: str, thresholds: Thresholds) -> None:
        default_thresholds(operation)
        _check(thresholds)
        with self._pool.connection() as conn:
            conn.execute(_UPSERT_SQL, (tenant, operation, *thresholds))

    def adjust(
        self,
        tenant: str,
        operation: str,
        thresholds: Thresholds,
        changes: Sequence[ThresholdChange],
        *,
        conn: Conn | None = None,
    ) -> None:
        """Set new thresholds and record each change with its reason, atomically."""
        _check(thresholds)
        with using(self._pool, conn) as c, c.transaction():
            c.execute(_UPSERT_SQL, (tenant, operation, *thresholds))
            for ch in changes:
                c.execute(
                    _HISTORY_SQL,
                    (
                        tenant,
                        operation,
                        ch.threshold,
                        ch.old_value,
                        ch.new_value,
                        ch.reason,
                        ch.accuracy,
                        ch.events,
                        ch.last_event_id,
                    ),
                )

    def last_event_id(
        self, tenant: str, operation: str, threshold: str, *, conn: Conn | None = None
    ) -> int:
        """The last feedback event an adjustment of this threshold already accounted for."""
        with using(self._pool, conn) as c:
            row = c.execute(
                "SELECT max(last_event_id) AS last FROM threshold_history "
                "WHERE tenant_id = %s AND operation = %s AND threshold = %s",
                (tenant, operation, threshold),
            ).fetchone()
        return int(row["last"]) if row and row["last"] is not None else 0

    def history(self, tenant: str, operation: str | None = None) -> list[dict[str, Any]]:
        """Every adjustment of the tenant's thresholds, oldest first."""
        query = "SELECT * FROM threshold_history WHERE tenant_id = %s"
        params: list[Any] = [tenant]
        if operation:
            query += " AND operation = %s"
            params.append(operation)
        with self._pool.connection() as conn:
            return [
                dict(r) for r in conn.execute(query + " ORDER BY history_id", params).fetchall()
            ]
