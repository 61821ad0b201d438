"""The dependency graph of a tenant's assets, kept in PostgreSQL.

Unresolved edges stay in the table with their status, so an inventory fix and a
re-run can resolve them; planning reads only the resolved ones.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from migrascope.memory._types import Pool

__all__ = ["DependencyRepository"]

_DELETE_SQL = "DELETE FROM dependencies WHERE tenant_id = %s"
_COPY_SQL = """
COPY dependencies (tenant_id, source_name, target_name, source_asset_pk, target_asset_pk,
                   port, protocol, origin, status) FROM STDIN
"""
_RESOLVED_SQL = """
SELECT source_asset_pk AS source, target_asset_pk AS target, port, protocol, origin
FROM dependencies WHERE tenant_id = %s AND status = 'resolved' ORDER BY dependency_pk
"""
_LIST_SQL = """
SELECT source_name, target_name, source_asset_pk, target_asset_pk, port, protocol, origin, status
FROM dependencies WHERE tenant_id = %s ORDER BY dependency_pk
"""
_COUNT_SQL = "SELECT status, count(*) AS n FROM dependencies WHERE tenant_id = %s GROUP BY status"


class DependencyRepository:
    """Dependencies (source depends on target), replaced as a whole per resolution."""

    def __init__(self, pool: Pool) -> None:
        self._pool = pool

    def replace(self, tenant: str, rows: Iterable[tuple[Any, int | None, int | None, str]]) -> int:
        """Store ``(raw_edge, source_pk, target_pk, status)`` rows; returns the count.

        ``raw_edge`` has ``source``, ``target``, ``port``, ``protocol``, ``origin``.
        One transaction: readers see the old graph or the new one, never half.
        """
        n = 0
        with self._pool.connection() as conn, conn.transaction(), conn.cursor() as cur:
            cur.execute(_DELETE_SQL, (tenant,))
            with cur.copy(_COPY_SQL) as copy:
                for edge, src, dst, status in rows:
                    copy.write_row(
                        (
                            tenant,
                            edge.source,
                            edge.target,
                            src,
                            dst,
                            edge.port,
                            edge.protocol,
                            edge.origin,
                            status,
                        )
                    )
                    n += 1
        return n

    def resolved(self, tenant: str) -> list[dict[str, Any]]:
        """Resolved edges as dicts with source, target (asset keys), port, protocol, origin."""
        with self._pool.connection() as conn:
            return list(conn.execute(_RESOLVED_SQL, (tenant,)).fetchall())

    def list(self, tenant: str) -> list[dict[str, Any]]:
        """Every stored edge, resolved or not, with its status."""
        with self._pool.connection() as conn:
            return list(conn.execute(_LIST_SQL, (tenant,)).fetchall())

    def counts(self, tenant: str) -> dict[str, int]:
        with self._pool.connection() as conn:
            return {
                r["status"]: int(r["n"]) for r in conn.execute(_COUNT_SQL, (tenant,)).fetchall()
            }
