"""Assessments (per asset and per application) and wave plans."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from psycopg.types.json import Jsonb

from migrascope.memory._types import Pool

__all__ = ["AssessmentRepository", "PlanRepository"]

_DELETE_ASSESSMENTS_SQL = "DELETE FROM assessments WHERE tenant_id = %s"
_COPY_ASSESSMENTS_SQL = """
COPY assessments (tenant_id, subject_kind, subject, asset_pk, strategy, confidence, readiness,
                  details) FROM STDIN
"""
_LIST_ASSESSMENTS_SQL = """
SELECT subject_kind, subject, asset_pk, strategy, confidence, readiness, details
FROM assessments WHERE tenant_id = %s AND (%s::text IS NULL OR subject_kind = %s)
ORDER BY subject_kind, subject
"""
_INSERT_PLAN_SQL = """
INSERT INTO plans (tenant_id, settings, summary, excluded, issues)
VALUES (%s, %s, %s, %s, %s) RETURNING plan_id
"""
_COPY_WAVES_SQL = """
COPY plan_waves (plan_id, tenant_id, number, pilot, start_date, end_date, applications, assets,
                 reasons) FROM STDIN
"""
_LATEST_PLAN_SQL = """
SELECT plan_id, settings, summary, excluded, issues, created_at FROM plans
WHERE tenant_id = %s ORDER BY plan_id DESC LIMIT 1
"""
_WAVES_SQL = """
SELECT number, pilot, start_date, end_date, applications, assets, reasons FROM plan_waves
WHERE tenant_id = %s AND plan_id = %s ORDER BY number
"""


class AssessmentRepository:
    """The latest assessment of every asset and application of a tenant."""

    def __init__(self, pool: Pool) -> None:
        self._pool = pool

    def replace(self, tenant: str, rows: Iterable[Mapping[str, Any]]) -> int:
        """Store assessments: dicts with subject_kind, subject, asset_pk, strategy,
        confidence, readiness, details. Replaces the tenant's previous ones atomically."""
        n = 0
        with self._pool.connection() as conn, conn.transaction(), conn.cursor() as cur:
            cur.execute(_DELETE_ASSESSMENTS_SQL, (tenant,))
            with cur.copy(_COPY_ASSESSMENTS_SQL) as copy:
                for r in rows:
                    copy.write_row(
                        (
                            tenant,
                            r["subject_kind"],
                            r["subject"],
                            r.get("asset_pk"),
                            r["strategy"],
                            r["confidence"],
                            r.get("readiness"),
                            Jsonb(r.get("details", {})),
                        )
                    )
                    n += 1
        return n

    def list(self, tenant: str, subject_kind: str | None = None) -> list[dict[str, Any]]:
        with self._pool.connection() as conn:
            return list(
                conn.execute(_LIST_ASSESSMENTS_SQL, (tenant, subject_kind, subject_kind)).fetchall()
            )


class PlanRepository:
    """Wave plans; every planning run adds one, the latest is the current plan."""

    def __init__(self, pool: Pool) -> None:
        self._pool = pool

    def save(self, tenant: str, plan: Mapping[str, Any]) -> int:
        """Store a plan (``WavePlan.to_json()`` shape); returns its id."""
        with self._pool.connection() as conn, conn.transaction(), conn.cursor() as cur:
            cur.execute(
                _INSERT_PLAN_SQL,
                (
                    tenant,
                    Jsonb(plan.get("settings", {})),
                    Jsonb(plan.get("summary", {})),
                    Jsonb(plan.get("excluded", [])),
                    Jsonb(plan.get("issues", [])),
                ),
            )
            row = cur.fetchone()
            assert row is not None
            plan_id = int(row["plan_id"])
            with cur.copy(_COPY_WAVES_SQL) as copy:
                for w in plan.get("waves", []):
                    copy.write_row(
                        (
                            plan_id,
                            tenant,
                            w["number"],
                            w.get("pilot", False),
                            w.get("start"),
                            w.get("end"),
                            Jsonb(w["applications"]),
                            Jsonb(w["assets"]),
                            Jsonb(w.get("reasons", {})),
                        )
                    )
        return plan_id

    def latest(self, tenant: str) -> dict[str, Any] | None:
        """The tenant's most recent plan with its waves, or None."""
        with self._pool.connection() as conn:
            plan = conn.execute(_LATEST_PLAN_SQL, (tenant,)).fetchone()
            if plan is None:
                return None
            waves = conn.execute(_WAVES_SQL, (tenant, plan["plan_id"])).fetchall()
        return {**plan, "waves": list(waves)}
