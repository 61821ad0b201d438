"""The global pattern pool: anonymised patterns shared by opted-in tenants.

Contributors are stored as salted hashes (the salt lives in ``store_meta``), never as
tenant ids, and only keys and answers are stored (the tools strip raw values and host
names before contributing). A pool pattern is *trusted* - returned to other tenants -
only once ``min_tenants`` distinct tenants contributed the same key and answer; when
one key has several trusted answers, the one more tenants agree on is returned.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np

from migrascope.config import load_data
from migrascope.memory._conn import Conn, using
from migrascope.memory._types import Pool
from migrascope.memory.embedders import Embedder

__all__ = ["GlobalPool"]

_COLS = (
    "pool_id, operation, pattern_key, answer, embedding_text, alpha, beta, tenants, state, "
    "updated_at"
)
_UPSERT_SQL = f"""
INSERT INTO global_patterns (operation, pattern_key, answer, embedding_text, embedding)
VALUES (%s, %s, %s, %s, %s)
ON CONFLICT (operation, pattern_key, (coalesce(answer, ''))) DO UPDATE SET updated_at = now()
RETURNING {_COLS}
"""
_CONTRIBUTOR_SQL = """
INSERT INTO global_pattern_contributors (pool_id, tenant_hash)
SELECT %s, md5(value || ':' || %s) FROM store_meta WHERE key = 'pool_salt'
ON CONFLICT DO NOTHING
"""
_COUNT_SQL = f"""
UPDATE global_patterns SET tenants = tenants + 1, alpha = alpha + 1, updated_at = now()
WHERE pool_id = %s RETURNING {_COLS}
"""
# Trusted: enough tenants agree; per key only the answer most tenants agree on.
_TRUSTED_SQL = f"""
SELECT DISTINCT ON (pattern_key) {_COLS}, embedding
FROM global_patterns
WHERE operation = %s AND state = 'active' AND tenants >= %s
ORDER BY pattern_key, tenants DESC, alpha / (alpha + beta) DESC
"""


class GlobalPool:
    """Contribute to and read the anonymised cross-tenant pool."""

    def __init__(self, pool: Pool, embedder: Embedder) -> None:
        self._pool = pool
        self._embedder = embedder

    @staticmethod
    def _settings() -> tuple[float, int]:
        cfg = load_data("learning.toml")["sharing"]
        return float(cfg["global_weight"]), int(cfg["min_tenants"])

    def _to_pattern(self, row: dict[str, Any]) -> Any:
        from migrascope.memory._patterns import Pattern

        weight, _ = self._settings()
        return Pattern(
            pattern_id=-int(row["pool_id"]),
            key=row["pattern_key"],
            text=row["embedding_text"],
            answer=row["answer"],
            confirmations=max(0, round(float(row["alpha"]) - 1)),
            corrections=max(0, round(float(row["beta"]) - 1)),
            state=row["state"],
            details={},
            alpha=float(row["alpha"]),
            beta=float(row["beta"]),
            source_agent="global-pool",
            source_crew="global",
            tenant_id=None,
            explicit=False,
            scope="global",
            weight=weight,
            updated_at=row["updated_at"],
            tenants=int(row["tenants"]),
        )

    def is_sharing(self, tenant: str, *, conn: Conn | None = None) -> bool:
        """Whether the tenant opted in to contribute (``Store.set_sharing``)."""
        with using(self._pool, conn) as c:
            row = c.execute(
                "SELECT share_patterns FROM tenants WHERE tenant_id = %s", (tenant,)
            ).fetchone()
        return bool(row and row["share_patterns"])

    def contribute(
        self,
        tenant: str,
        operation: str,
        key: str,
        answer: str | None,
        *,
        conn: Conn | None = None,
    ) -> Any:
        """Add the tenant's agreement with ``key -> answer``; a tenant counts once per pair."""
        vector = self._embedder.embed([key])[0]
        with using(self._pool, conn) as c, c.transaction():
            row = c.execute(_UPSERT_SQL, (operation, key, answer, key, vector)).fetchone()
            assert row is not None
            added = c.execute(_CONTRIBUTOR_SQL, (row["pool_id"], tenant)).rowcount
            if added:
                row = c.execute(_COUNT_SQL, (row["pool_id"],)).fetchone()
                assert row is not None
        return self._to_pattern(row)

    def reward(
        self,
        pool_ids: Sequence[int],
        *,
        success: bool,
        amount: float = 1.0,
        conn: Conn | None = None,
    ) -> None:
        """A tenant's feedback on a decision a pool pattern produced (atomic)."""
        column = "alpha" if success else "beta"
        with using(self._pool, conn) as c:
            c.execute(
                f"UPDATE global_patterns SET {column} = {column} + %s, updated_at = now() "
                "WHERE pool_id = ANY(%s)",
                (amount, list(pool_ids)),
            )

    def all_trusted(self, operation: str) -> list[tuple[Any, np.ndarray]]:
        """Every trusted pattern of an operation with its embedding."""
        from migrascope.memory._patterns import _as_array

        _, min_tenants = self._settings()
        with self._pool.connection() as c:
            rows = c.execute(_TRUSTED_SQL, (operation, min_tenants)).fetchall()
        return [(self._to_pattern(r), _as_array(r["embedding"])) for r in rows]

    def get(self, operation: str, keys: Sequence[str]) -> list[Any]:
        """Trusted patterns whose key is one of ``keys``."""
        if not keys:
            return []
        wanted = set(keys)
        return [p for p, _ in self.all_trusted(operation) if p.key in wanted]

    def nearest(self, operation: str, vector: np.ndarray, k: int) -> list[Any]:
        """Trusted patterns nearest to an embedding, as ``PatternMatch``."""
        from migrascope.memory._patterns import PatternMatch

        trusted = self.all_trusted(operation)
        if not trusted:
            return []
        matrix = np.vstack([v for _, v in trusted])
        sims = matrix @ np.asarray(vector, dtype=np.float32)
        order = np.argsort(-sims)[:k]
        return [PatternMatch(trusted[i][0], float(sims[i])) for i in order]

    def by_ids(
        self, operation: str, pool_ids: Sequence[int], *, conn: Conn | None = None
    ) -> list[Any]:
        """Pool patterns by pool id (any trust level)."""
        with using(self._pool, conn) as c:
            rows = c.execute(
                f"SELECT {_COLS} FROM global_patterns WHERE operation = %s AND pool_id = ANY(%s)",
                (operation, list(pool_ids)),
            ).fetchall()
        return [self._to_pattern(r) for r in rows]

    def list(self, operation: str | None = None) -> list[Any]:
        """Every pool pattern (trusted or not), for analytics; contains no tenant ids."""
        query = f"SELECT {_COLS} FROM global_patterns"
        params: list[Any] = []
        if operation:
            query += " WHERE operation = %s"
            params.append(operation)
        with self._pool.connection() as c:
            return [
                self._to_pattern(r)
                for r in c.execute(query + " ORDER BY pool_id", params).fetchall()
            ]

    def counts(self) -> dict[str, int]:
        """Pool size: trusted and pending patterns."""
        _, min_tenants = self._settings()
        with self._pool.connection() as c:
            row = c.execute(
                "SELECT count(*) FILTER (WHERE tenants >= %s AND state = 'active') AS trusted, "
                "count(*) FILTER (WHERE tenants < %s AND state = 'active') AS pending, "
                "count(*) FILTER (WHERE state = 'retired') AS retired FROM global_patterns",
                (min_tenants, min_tenants),
            ).fetchone()
        return {k: int(v) for k, v in (row or {}).items()}
