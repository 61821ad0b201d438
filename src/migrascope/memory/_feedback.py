"""Feedback events: every confirm, correct or reject a person (or agent) gave."""

from __future__ import annotations

import builtins
from collections.abc import Sequence
from typing import Any

from migrascope.errors import InputError
from migrascope.memory._conn import Conn, using
from migrascope.memory._types import Pool

__all__ = ["FeedbackRepository"]

_ACTIONS = frozenset({"confirm", "correct", "reject"})
_INSERT_SQL = """
INSERT INTO feedback_events
    (tenant_id, operation, subject, action, proposed, corrected, confidence, pattern_ids, actor,
     decision_id, band, crew)
VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s)
RETURNING event_id
"""
# A confirmation says the decision was right; a correction or a rejection says it was not.
# Only the latest `window` events of each band count (the recent, sustained behaviour).
_BAND_STATS_SQL = """
SELECT band, count(*) AS n, count(*) FILTER (WHERE action = 'confirm') AS correct,
       max(event_id) AS last_event_id
FROM (
    SELECT band, action, event_id,
           row_number() OVER (PARTITION BY band ORDER BY event_id DESC) AS recent
    FROM feedback_events
    WHERE tenant_id = %s AND operation = %s AND event_id > %s AND band IS NOT NULL
) e
WHERE recent <= %s
GROUP BY band
"""


class FeedbackRepository:
    """Append-only log of feedback, per tenant."""

    def __init__(self, pool: Pool) -> None:
        self._pool = pool

    def record(
        self,
        tenant: str,
        *,
        operation: str,
        subject: str,
        action: str,
        proposed: str | None = None,
        corrected: str | None = None,
        confidence: float | None = None,
        pattern_ids: Sequence[int] = (),
        actor: str = "user",
        decision_id: int | None = None,
        band: str | None = None,
        crew: str | None = None,
        conn: Conn | None = None,
    ) -> int:
        """Append one event; returns its id."""
        if action not in _ACTIONS:
            raise InputError(f"Feedback action {action!r} is not one of confirm, correct, reject.")
        if action == "correct" and not corrected:
            raise InputError("A correction needs the right answer.")
        with using(self._pool, conn) as c:
            row = c.execute(
                _INSERT_SQL,
                (
                    tenant,
                    operation,
                    subject,
                    action,
                    proposed,
                    corrected,
                    confidence,
                    list(pattern_ids),
                    actor,
                    decision_id,
                    band,
                    crew,
                ),
            ).fetchone()
        assert row is not None
        return int(row["event_id"])

    def list(
        self, tenant: str, operation: str | None = None, limit: int = 100
    ) -> builtins.list[dict[str, Any]]:
        """Recent events first."""
        query = "SELECT * FROM feedback_events WHERE tenant_id = %s"
        params: builtins.list[Any] = [tenant]
        if operation:
            query += " AND operation = %s"
            params.append(operation)
        query += " ORDER BY event_id DESC LIMIT %s"
        params.append(limit)
        with self._pool.connection() as conn:
            return list(conn.execute(query, params).fetchall())

    def band_stats(
        self,
        tenant: str,
        operation: str,
        *,
        after_event_id: int = 0,
        window: int | None = None,
        conn: Conn | None = None,
    ) -> dict[str, dict[str, int]]:
        """Per confidence band: events, confirmed events, last event id.

        Counts events after ``after_event_id``, at most the latest ``window`` per band.
        """
        limit = window if window is not None else 2**62
        with using(self._pool, conn) as c:
            rows = c.execute(_BAND_STATS_SQL, (tenant, operation, after_event_id, limit)).fetchall()
        return {
            r["band"]: {
                "n": int(r["n"]),
                "correct": int(r["correct"]),
                "last_event_id": int(r["last_event_id"]),
            }
            for r in rows
        }

    def for_decision(self, tenant: str, decision_id: int) -> builtins.list[dict[str, Any]]:
        """Feedback given on one decision, oldest first."""
        with self._pool.connection() as conn:
            return list(
                conn.execute(
                    "SELECT * FROM feedback_events WHERE tenant_id = %s AND decision_id = %s "
                    "ORDER BY event_id",
                    (tenant, decision_id),
                ).fetchall()
            )
