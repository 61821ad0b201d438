"""Feedback events: every confirm, correct or reject a person (or agent) gave."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from migrascope.errors import InputError
from migrascope.memory._types import Pool

__all__ = ["FeedbackRepository"]

_ACTIONS = frozenset({"confirm", "correct", "reject"})
_INSERT_SQL = """
INSERT INTO feedback_events
    (tenant_id, operation, subject, action, proposed, corrected, confidence, pattern_ids, actor)
VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s)
RETURNING event_id
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
    ) -> int:
        """Append one event; returns its id."""
        if action not in _ACTIONS:
            raise InputError(f"Feedback action {action!r} is not one of confirm, correct, reject.")
        if action == "correct" and not corrected:
            raise InputError("A correction needs the right answer.")
        with self._pool.connection() as conn:
            row = conn.execute(
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
                ),
            ).fetchone()
        assert row is not None
        return int(row["event_id"])

    def list(
        self, tenant: str, operation: str | None = None, limit: int = 100
    ) -> list[dict[str, Any]]:
        """Recent events first."""
        query = "SELECT * FROM feedback_events WHERE tenant_id = %s"
        params: list[Any] = [tenant]
        if operation:
            query += " AND operation = %s"
            params.append(operation)
        query += " ORDER BY event_id DESC LIMIT %s"
        params.append(limit)
        with self._pool.connection() as conn:
            return list(conn.execute(query, params).fetchall())
