"""Imports: one row per file a tenant imported, with its status and problems."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from psycopg.types.json import Jsonb

from migrascope.memory._types import Pool

__all__ = ["ImportInfo", "ImportRepository"]


@dataclass(frozen=True)
class ImportInfo:
    """What the store knows about one import."""

    import_id: int
    tenant_id: str
    file_name: str
    content_hash: str
    status: str
    rows_total: int
    rows_imported: int
    rows_failed: int
    errors: list[dict[str, Any]]
    mapping: list[dict[str, Any]]
    started_at: datetime
    finished_at: datetime | None


_COLUMNS = (
    "import_id, tenant_id, file_name, content_hash, status, rows_total, rows_imported, "
    "rows_failed, errors, mapping, started_at, finished_at"
)
_FIND_SQL = f"SELECT {_COLUMNS} FROM imports WHERE tenant_id = %s AND content_hash = %s FOR UPDATE"
# A crashed or failed earlier attempt is restarted in place: its partial rows go
# (ON DELETE CASCADE through a fresh import row would lose the id people saw).
_RESTART_SQL = """
UPDATE imports SET status = 'running', file_name = %s, format = %s, encoding = %s,
       delimiter = %s, rows_total = 0, rows_imported = 0, rows_failed = 0,
       errors = '[]'::jsonb, mapping = '[]'::jsonb, started_at = now(), finished_at = NULL
WHERE import_id = %s
"""
_INSERT_SQL = f"""
INSERT INTO imports (tenant_id, file_name, content_hash, format, encoding, delimiter)
VALUES (%s, %s, %s, %s, %s, %s)
RETURNING {_COLUMNS}
"""
_FINISH_SQL = """
UPDATE imports SET status = %s, rows_total = %s, rows_imported = %s, rows_failed = %s,
       errors = %s, mapping = %s, finished_at = now()
WHERE import_id = %s AND tenant_id = %s
"""


class ImportRepository:
    """Begin, finish and read imports of one tenant at a time."""

    def __init__(self, pool: Pool) -> None:
        self._pool = pool

    def begin(
        self,
        tenant: str,
        file_name: str,
        content_hash: str,
        *,
        format: str,
        encoding: str | None,
        delimiter: str | None,
    ) -> tuple[ImportInfo, bool]:
        """Start an import; returns ``(info, is_new)``.

        ``is_new`` is False when this tenant already completed an import of the same
        content: the caller must not store the rows again. An earlier attempt that
        crashed or failed is cleared and restarted under its old id.
        """
        with self._pool.connection() as conn, conn.transaction():
            row = conn.execute(_FIND_SQL, (tenant, content_hash)).fetchone()
            if row is not None and row["status"] == "completed":
                return ImportInfo(**row), False
            if row is not None:
                conn.execute("DELETE FROM assets WHERE import_id = %s", (row["import_id"],))
                conn.execute("DELETE FROM raw_records WHERE import_id = %s", (row["import_id"],))
                conn.execute(
                    _RESTART_SQL, (file_name, format, encoding, delimiter, row["import_id"])
                )
                fresh = conn.execute(
                    f"SELECT {_COLUMNS} FROM imports WHERE import_id = %s", (row["import_id"],)
                ).fetchone()
                assert fresh is not None
                return ImportInfo(**fresh), True
            new = conn.execute(
                _INSERT_SQL, (tenant, file_name, content_hash, format, encoding, delimiter)
            ).fetchone()
            assert new is not None
            return ImportInfo(**new), True

    def finish(
        self,
        tenant: str,
        import_id: int,
        *,
        status: str,
        rows_total: int,
        rows_imported: int,
        rows_failed: int,
        errors: list[dict[str, Any]],
        mapping: list[dict[str, Any]],
    ) -> None:
        """Record the outcome of an import."""
        with self._pool.connection() as conn:
            conn.execute(
                _FINISH_SQL,
                (
                    status,
                    rows_total,
                    rows_imported,
                    rows_failed,
                    Jsonb(errors),
                    Jsonb(mapping),
                    import_id,
                    tenant,
                ),
            )

    def get(self, tenant: str, import_id: int) -> ImportInfo | None:
        """One import of this tenant, or None."""
        with self._pool.connection() as conn:
            row = conn.execute(
                f"SELECT {_COLUMNS} FROM imports WHERE tenant_id = %s AND import_id = %s",
                (tenant, import_id),
            ).fetchone()
        return ImportInfo(**row) if row else None

    def list(self, tenant: str, limit: int = 50) -> list[ImportInfo]:
        """The tenant's most recent imports first."""
        with self._pool.connection() as conn:
            rows = conn.execute(
                f"SELECT {_COLUMNS} FROM imports WHERE tenant_id = %s "
                "ORDER BY import_id DESC LIMIT %s",
                (tenant, limit),
            ).fetchall()
        return [ImportInfo(**r) for r in rows]
