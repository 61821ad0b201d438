"""Decision history: every decision with the evidence it was made on, and its outcome.

Answers "why was this column mapped to memory_gb on 3 March, and what changed
since?": the row keeps the candidates, scores, runner-up, rules and a snapshot of
the patterns used; feedback later fills ``outcome``.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from psycopg.types.json import Jsonb

from migrascope.memory._conn import Conn, using
from migrascope.memory._types import Pool

__all__ = ["DecisionRepository"]

_COLS = (
    "decision_id, tenant_id, operation, subject, subject_key, import_id, answer, confidence, "
    "decision, pattern_ids, evidence, outcome, outcome_answer, outcome_at, created_at"
)
_INSERT_SQL = f"""
INSERT INTO decisions (tenant_id, operation, subject, subject_key, import_id, answer,
                       confidence, decision, pattern_ids, evidence)
VALUES (%(tenant)s, %(operation)s, %(subject)s, %(subject_key)s, %(import_id)s, %(answer)s,
        %(confidence)s, %(decision)s, %(pattern_ids)s, %(evidence)s)
RETURNING {_COLS}
"""


class DecisionRepository:
    """Append decisions and read a tenant's decision history."""

    def __init__(self, pool: Pool) -> None:
        self._pool = pool

    def record(
        self,
        tenant: str,
        *,
        operation: str,
        subject: str,
        answer: str | None,
        confidence: float,
        decision: str,
        subject_key: str | None = None,
        pattern_ids: Sequence[int] = (),
        evidence: dict[str, Any] | None = None,
        import_id: int | None = None,
        conn: Conn | None = None,
    ) -> dict[str, Any]:
        """Store one decision; returns the stored row (with ``decision_id``)."""
        return self.record_many(
            tenant,
            [
                {
                    "operation": operation,
                    "subject": subject,
                    "subject_key": subject_key,
                    "answer": answer,
                    "confidence": confidence,
                    "decision": decision,
                    "pattern_ids": pattern_ids,
                    "evidence": evidence,
                    "import_id": import_id,
                }
            ],
            conn=conn,
        )[0]

    def record_many(
        self, tenant: str, rows: Sequence[dict[str, Any]], *, conn: Conn | None = None
    ) -> list[dict[str, Any]]:
        """Store several decisions in one transaction (an import's columns)."""
        out: list[dict[str, Any]] = []
        with using(self._pool, conn) as c, c.transaction():
            for r in rows:
                params = {
                    "tenant": tenant,
                    "operation": r["operation"],
                    "subject": r["subject"],
                    "subject_key": r.get("subject_key") or r["subject"],
                    "import_id": r.get("import_id"),
                    "answer": r.get("answer"),
                    "confidence": float(r["confidence"]),
                    "decision": r["decision"],
                    "pattern_ids": [int(p) for p in r.get("pattern_ids") or ()],
                    "evidence": Jsonb(r.get("evidence") or {}),
                }
                row = c.execute(_INSERT_SQL, params).fetchone()
                assert row is not None
                out.append(dict(row))
        return out

    def get(
        self, tenant: str, decision_id: int, *, conn: Conn | None = None, lock: bool = False
    ) -> dict[str, Any] | None:
        """One decision of this tenant (locked for update inside a transaction if asked)."""
        query = f"SELECT {_COLS} FROM decisions WHERE tenant_id = %s AND decision_id = %s"
        if lock:
            query += " FOR UPDATE"
        with using(self._pool, conn) as c:
            row = c.execute(query, (tenant, decision_id)).fetchone()
        return dict(row) if row else None

    def set_outcome(
        self,
        tenant: str,
        decision_id: int,
        *,
        outcome: str,
        answer: str | None,
        conn: Conn | None = None,
    ) -> None:
        """Record what a person said about the decision (the latest word wins)."""
        with using(self._pool, conn) as c:
            c.execute(
                "UPDATE decisions SET outcome = %s, outcome_answer = %s, outcome_at = now() "
                "WHERE tenant_id = %s AND decision_id = %s",
                (outcome, answer, tenant, decision_id),
            )

    def history(
        self,
        tenant: str,
        *,
        operation: str | None = None,
        subject_key: str | None = None,
        since: datetime | None = None,
        until: datetime | None = None,
        import_id: int | None = None,
        limit: int = 1000,
    ) -> list[dict[str, Any]]:
        """Decisions of the tenant, oldest first, filtered by what is given."""
        query = f"SELECT {_COLS} FROM decisions WHERE tenant_id = %s"
        params: list[Any] = [tenant]
        for column, value, op in (
            ("operation", operation, "="),
            ("subject_key", subject_key, "="),
            ("created_at", since, ">="),
            ("created_at", until, "<"),
            ("import_id", import_id, "="),
        ):
            if value is not None:
                query += f" AND {column} {op} %s"
                params.append(value)
        query += " ORDER BY decision_id LIMIT %s"
        params.append(limit)
        with self._pool.connection() as c:
            return [dict(r) for r in c.execute(query, params).fetchall()]

    def count(self, tenant: str, operation: str | None = None) -> int:
        """Number of decisions of the tenant."""
        query = "SELECT count(*) AS n FROM decisions WHERE tenant_id = %s"
        params: list[Any] = [tenant]
        if operation:
            query += " AND operation = %s"
            params.append(operation)
        with self._pool.connection() as c:
            row = c.execute(query, params).fetchone()
        return int(row["n"]) if row else 0
