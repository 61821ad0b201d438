"""Applications, their members, and the memberships people taught."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from psycopg.types.json import Jsonb

from migrascope.errors import InputError
from migrascope.memory._types import Pool
from migrascope.memory.embedders import Embedder

__all__ = ["ApplicationPatterns", "ApplicationRepository"]

_DELETE_APPS_SQL = "DELETE FROM applications WHERE tenant_id = %s"
_INSERT_APP_SQL = """
INSERT INTO applications (tenant_id, name, confidence, method, reasons)
VALUES (%s, %s, %s, %s, %s) RETURNING application_pk
"""
_COPY_MEMBERS_SQL = (
    "COPY application_members (tenant_id, asset_pk, application_pk, confidence, method, reasons)"
    " FROM STDIN"
)
_LIST_SQL = """
SELECT a.name, a.confidence, a.method, a.reasons,
       coalesce(array_agg(m.asset_pk ORDER BY m.asset_pk)
                FILTER (WHERE m.asset_pk IS NOT NULL), '{}') AS members
FROM applications a LEFT JOIN application_members m ON m.application_pk = a.application_pk
WHERE a.tenant_id = %s
GROUP BY a.application_pk ORDER BY a.name
"""
_MEMBER_OF_SQL = """
SELECT a.name FROM application_members m JOIN applications a USING (application_pk)
WHERE m.tenant_id = %s AND m.asset_pk = %s
"""
_ENSURE_APP_SQL = """
INSERT INTO applications (tenant_id, name, confidence, method, reasons)
VALUES (%s, %s, 1.0, 'learned', '["created by a person"]'::jsonb)
ON CONFLICT (tenant_id, name) DO UPDATE SET name = EXCLUDED.name
RETURNING application_pk
"""
_MOVE_SQL = """
INSERT INTO application_members (tenant_id, asset_pk, application_pk, confidence, method, reasons)
VALUES (%s, %s, %s, 1.0, 'learned', %s)
ON CONFLICT (tenant_id, asset_pk) DO UPDATE SET
    application_pk = EXCLUDED.application_pk, confidence = 1.0, method = 'learned',
    reasons = EXCLUDED.reasons
"""
_DROP_EMPTY_SQL = """
DELETE FROM applications a WHERE a.tenant_id = %s
  AND NOT EXISTS (SELECT 1 FROM application_members m WHERE m.application_pk = a.application_pk)
"""
_TEACH_SQL = """
INSERT INTO application_patterns
    (tenant_id, key_kind, key, application, embedding_text, embedding, source_agent)
VALUES (%(tenant)s, %(kind)s, %(key)s, %(app)s, %(text)s, %(vector)s, %(agent)s)
ON CONFLICT (tenant_id, key_kind, key) DO UPDATE SET
    confirmations = application_patterns.confirmations
        + CASE WHEN application_patterns.application = EXCLUDED.application THEN 1 ELSE 0 END,
    corrections = application_patterns.corrections
        + CASE WHEN application_patterns.application = EXCLUDED.application THEN 0 ELSE 1 END,
    application = EXCLUDED.application, state = 'active', updated_at = now()
RETURNING pattern_id
"""
_LEARNED_SQL = """
SELECT key_kind, key, application FROM application_patterns
WHERE tenant_id = %s AND state = 'active'
"""


class ApplicationRepository:
    """The tenant's current applications; each discovery run replaces them."""

    def __init__(self, pool: Pool) -> None:
        self._pool = pool

    def replace(self, tenant: str, applications: Iterable[Any]) -> int:
        """Store a discovery result (``Application``-like objects with members) atomically."""
        n = 0
        with self._pool.connection() as conn, conn.transaction(), conn.cursor() as cur:
            cur.execute(_DELETE_APPS_SQL, (tenant,))
            rows: list[tuple[Any, ...]] = []
            for app in applications:
                cur.execute(
                    _INSERT_APP_SQL,
                    (tenant, app.name, app.confidence, app.method, Jsonb(app.reasons)),
                )
                row = cur.fetchone()
                assert row is not None
                pk = row["application_pk"]
                for asset_pk in app.members:
                    conf, method, reason = app.member_details.get(
                        asset_pk, (app.confidence, app.method, "")
                    )
                    rows.append(
                        (tenant, asset_pk, pk, conf, method, Jsonb([reason] if reason else []))
                    )
                n += 1
            with cur.copy(_COPY_MEMBERS_SQL) as copy:
                for r in rows:
                    copy.write_row(r)
        return n

    def list(self, tenant: str) -> list[dict[str, Any]]:
        """Applications with their member asset keys, by name."""
        with self._pool.connection() as conn:
            return list(conn.execute(_LIST_SQL, (tenant,)).fetchall())

    def application_of(self, tenant: str, asset_pk: int) -> str | None:
        with self._pool.connection() as conn:
            row = conn.execute(_MEMBER_OF_SQL, (tenant, asset_pk)).fetchone()
        return row["name"] if row else None

    def move(self, tenant: str, asset_pk: int, application: str, reason: str) -> None:
        """Put one asset into ``application`` (created if new); empty applications go."""
        with self._pool.connection() as conn, conn.transaction():
            found = conn.execute(
                "SELECT 1 FROM assets WHERE tenant_id = %s AND asset_pk = %s", (tenant, asset_pk)
            ).fetchone()
            if not found:
                raise InputError(f"Asset {asset_pk} does not belong to tenant {tenant!r}.")
            row = conn.execute(_ENSURE_APP_SQL, (tenant, application)).fetchone()
            assert row is not None
            conn.execute(_MOVE_SQL, (tenant, asset_pk, row["application_pk"], Jsonb([reason])))
            conn.execute(_DROP_EMPTY_SQL, (tenant,))


class ApplicationPatterns:
    """Taught memberships: ``(key_kind, key) → application``, with embeddings."""

    def __init__(self, pool: Pool, embedder: Embedder) -> None:
        self._pool = pool
        self._embedder = embedder

    def teach(
        self,
        tenant: str,
        keys: Sequence[tuple[str, str]],
        application: str,
        *,
        agent: str = "human",
    ) -> list[int]:
        """Remember that assets with these keys belong to ``application``."""
        if not application.strip():
            raise InputError("An application name cannot be empty.")
        vectors = self._embedder.embed([k for _, k in keys])
        ids = []
        with self._pool.connection() as conn, conn.transaction():
            for (kind, key), vector in zip(keys, vectors, strict=True):
                row = conn.execute(
                    _TEACH_SQL,
                    {
                        "tenant": tenant,
                        "kind": kind,
                        "key": key,
                        "app": application.strip(),
                        "text": key,
                        "vector": vector,
                        "agent": agent,
                    },
                ).fetchone()
                assert row is not None
                ids.append(int(row["pattern_id"]))
        return ids

    def learned(self, tenant: str) -> dict[tuple[str, str], str]:
        """Every active taught membership of the tenant."""
        with self._pool.connection() as conn:
            rows = conn.execute(_LEARNED_SQL, (tenant,)).fetchall()
        return {(r["key_kind"], r["key"]): r["application"] for r in rows}
