"""Raw records and canonical assets, written a batch per transaction."""

from __future__ import annotations

import builtins
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from psycopg import sql
from psycopg.types.json import Jsonb

from migrascope.config import CANONICAL_FIELDS
from migrascope.memory._types import Pool

__all__ = ["AssetRecord", "AssetRepository"]


@dataclass
class AssetRecord:
    """One imported row: the original values and what we made of them."""

    row_number: int
    raw: dict[str, Any]
    canonical: dict[str, Any]
    extra: dict[str, Any] = field(default_factory=dict)
    classified_type: str | None = None
    classification: dict[str, Any] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)


_ASSET_COLUMNS = (
    "tenant_id",
    "import_id",
    "row_number",
    *CANONICAL_FIELDS,
    "extra",
    "classified_type",
    "classification",
)
# COPY is ~10x faster than executemany for the 100k-row imports people bring.
_COPY_ASSETS_SQL = sql.SQL("COPY assets ({}) FROM STDIN").format(
    sql.SQL(", ").join(map(sql.Identifier, _ASSET_COLUMNS))
)
_COPY_RAW_SQL = "COPY raw_records (tenant_id, import_id, row_number, data, problems) FROM STDIN"
_SELECT_SQL = sql.SQL(
    "SELECT asset_pk, import_id, row_number, {}, extra, classified_type, classification FROM assets"
).format(sql.SQL(", ").join(map(sql.Identifier, CANONICAL_FIELDS)))
_FILTERABLE = frozenset({*CANONICAL_FIELDS, "classified_type", "import_id"})


def _clean(value: Any) -> Any:
    """PostgreSQL text cannot hold NUL; exports sometimes do."""
    return value.replace("\x00", "") if isinstance(value, str) else value


class AssetRepository:
    """Store and read one tenant's assets."""

    def __init__(self, pool: Pool) -> None:
        self._pool = pool

    def insert_batch(self, tenant: str, import_id: int, records: Sequence[AssetRecord]) -> int:
        """Write raw records and assets of one batch atomically; returns the count."""
        if not records:
            return 0
        with self._pool.connection() as conn, conn.transaction(), conn.cursor() as cur:
            with cur.copy(_COPY_RAW_SQL) as copy:
                for rec in records:
                    copy.write_row(
                        (
                            tenant,
                            import_id,
                            rec.row_number,
                            Jsonb({k: _clean(v) for k, v in rec.raw.items()}),
                            Jsonb(rec.problems),
                        )
                    )
            with cur.copy(_COPY_ASSETS_SQL) as copy:
                for rec in records:
                    copy.write_row(
                        (
                            tenant,
                            import_id,
                            rec.row_number,
                            *(_clean(rec.canonical.get(name)) for name in CANONICAL_FIELDS),
                            Jsonb({k: _clean(v) for k, v in rec.extra.items()}),
                            rec.classified_type,
                            Jsonb(rec.classification),
                        )
                    )
        return len(records)

    def count(self, tenant: str, import_id: int | None = None) -> int:
        """How many assets the tenant has (in one import, if given)."""
        query = "SELECT count(*) AS n FROM assets WHERE tenant_id = %s"
        params: list[Any] = [tenant]
        if import_id is not None:
            query += " AND import_id = %s"
            params.append(import_id)
        with self._pool.connection() as conn:
            row = conn.execute(query, params).fetchone()
        return int(row["n"]) if row else 0

    def list(
        self,
        tenant: str,
        *,
        filters: dict[str, Any] | None = None,
        limit: int = 100,
        offset: int = 0,
    ) -> list[dict[str, Any]]:
        """Assets of the tenant, filtered by equality on canonical fields."""
        clauses: list[sql.Composable] = [sql.SQL("tenant_id = %s")]
        params: list[Any] = [tenant]
        for key, value in (filters or {}).items():
            if key not in _FILTERABLE:
                raise ValueError(f"cannot filter on {key!r}")
            clauses.append(sql.SQL("{} = %s").format(sql.Identifier(key)))
            params.append(value)
        query = sql.SQL("{} WHERE {} ORDER BY asset_pk LIMIT %s OFFSET %s").format(
            _SELECT_SQL, sql.SQL(" AND ").join(clauses)
        )
        params += [limit, offset]
        with self._pool.connection() as conn:
            return list(conn.execute(query, params).fetchall())

    def raw_records(self, tenant: str, import_id: int) -> builtins.list[dict[str, Any]]:
        """The original rows of one import, in file order."""
        with self._pool.connection() as conn:
            return list(
                conn.execute(
                    "SELECT row_number, data, problems FROM raw_records "
                    "WHERE tenant_id = %s AND import_id = %s ORDER BY row_number",
                    (tenant, import_id),
                ).fetchall()
            )
