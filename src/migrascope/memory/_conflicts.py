"""Pattern conflicts and their resolutions, and the exploration choice log."""

from __future__ import annotations

import builtins
from collections.abc import Sequence
from typing import Any

from psycopg.types.json import Jsonb

from migrascope.memory._conn import Conn, using
from migrascope.memory._types import Pool

__all__ = ["ChoiceLog", "ConflictRepository"]

# One row per set of conflicting patterns: a conflict seen again counts a detection
# and takes the latest resolution, so "top conflicting patterns" is a GROUP BY away.
_UPSERT_SQL = """
INSERT INTO pattern_conflicts (tenant_id, operation, conflict_key, pattern_ids, answers,
                               strategy, resolved_answer, winner_pattern_id, details)
VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s)
ON CONFLICT (tenant_id, operation, conflict_key) DO UPDATE SET
    answers = EXCLUDED.answers, strategy = EXCLUDED.strategy,
    resolved_answer = EXCLUDED.resolved_answer, winner_pattern_id = EXCLUDED.winner_pattern_id,
    details = EXCLUDED.details, detections = pattern_conflicts.detections + 1,
    last_seen = now()
RETURNING *
"""
_TOP_SQL = """
SELECT p.pattern_id, count(*) AS conflicts, sum(c.detections) AS detections
FROM pattern_conflicts c, unnest(c.pattern_ids) AS p(pattern_id)
WHERE c.tenant_id = %s
GROUP BY p.pattern_id ORDER BY sum(c.detections) DESC, count(*) DESC, p.pattern_id LIMIT %s
"""


class ConflictRepository:
    """Record conflicts between patterns and read them back per tenant."""

    def __init__(self, pool: Pool) -> None:
        self._pool = pool

    def record(
        self,
        tenant: str,
        *,
        operation: str,
        pattern_ids: Sequence[int],
        answers: dict[str, Any],
        strategy: str,
        resolved_answer: str | None,
        winner_pattern_id: int | None,
        details: dict[str, Any],
        conn: Conn | None = None,
    ) -> dict[str, Any]:
        """Store (or count again) a conflict with its resolution."""
        ids = sorted(int(p) for p in pattern_ids)
        key = ",".join(str(i) for i in ids)
        with using(self._pool, conn) as c:
            row = c.execute(
                _UPSERT_SQL,
                (
                    tenant,
                    operation,
                    key,
                    ids,
                    Jsonb(answers),
                    strategy,
                    resolved_answer,
                    winner_pattern_id,
                    Jsonb(details),
                ),
            ).fetchone()
        assert row is not None
        return dict(row)

    def list(self, tenant: str, operation: str | None = None) -> builtins.list[dict[str, Any]]:
        query = "SELECT * FROM pattern_conflicts WHERE tenant_id = %s"
        params: builtins.list[Any] = [tenant]
        if operation:
            query += " AND operation = %s"
            params.append(operation)
        with self._pool.connection() as c:
            return [dict(r) for r in c.execute(query + " ORDER BY conflict_id", params).fetchall()]

    def top_patterns(self, tenant: str, limit: int = 10) -> builtins.list[dict[str, Any]]:
        """Patterns involved in the most conflicts (by detections)."""
        with self._pool.connection() as c:
            return [dict(r) for r in c.execute(_TOP_SQL, (tenant, limit)).fetchall()]


_CHOICE_SQL = """
INSERT INTO choice_log (tenant_id, operation, subject, policy, candidates, chosen_pattern_id,
                        chosen_answer, propensity, greedy_pattern_id, explored, decision_id)
VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s)
RETURNING choice_id
"""


class ChoiceLog:
    """Each exploration choice with its propensity, and the reward feedback gave it."""

    def __init__(self, pool: Pool) -> None:
        self._pool = pool

    def record(
        self,
        tenant: str,
        *,
        operation: str,
        subject: str,
        policy: str,
        candidates: builtins.list[dict[str, Any]],
        chosen_pattern_id: int | None,
        chosen_answer: str | None,
        propensity: float,
        greedy_pattern_id: int | None,
        explored: bool,
        decision_id: int | None = None,
        conn: Conn | None = None,
    ) -> int:
        with using(self._pool, conn) as c:
            row = c.execute(
                _CHOICE_SQL,
                (
                    tenant,
                    operation,
                    subject,
                    policy,
                    Jsonb(candidates),
                    chosen_pattern_id,
                    chosen_answer,
                    propensity,
                    greedy_pattern_id,
                    explored,
                    decision_id,
                ),
            ).fetchone()
        assert row is not None
        return int(row["choice_id"])

    def set_reward(
        self, tenant: str, decision_id: int, reward: float, *, conn: Conn | None = None
    ) -> int:
        """Attach feedback's reward to the choices behind a decision."""
        with using(self._pool, conn) as c:
            return c.execute(
                "UPDATE choice_log SET reward = %s WHERE tenant_id = %s AND decision_id = %s",
                (reward, tenant, decision_id),
            ).rowcount

    def list(
        self, tenant: str, operation: str | None = None, *, limit: int = 10_000
    ) -> builtins.list[dict[str, Any]]:
        """Logged choices, oldest first."""
        query = "SELECT * FROM choice_log WHERE tenant_id = %s"
        params: builtins.list[Any] = [tenant]
        if operation:
            query += " AND operation = %s"
            params.append(operation)
        params.append(limit)
        with self._pool.connection() as c:
            return [
                dict(r)
                for r in c.execute(query + " ORDER BY choice_id LIMIT %s", params).fetchall()
            ]
