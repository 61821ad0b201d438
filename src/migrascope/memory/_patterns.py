"""Learned patterns with embeddings: column mappings and asset classifications.

Both kinds share one shape (a key text, an answer, counts of confirmations and
corrections, an embedding) and one rule: teaching a key that already has a
pattern updates that pattern, so a contradiction never leaves a silent twin.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
from psycopg import sql
from psycopg.types.json import Jsonb

from migrascope.errors import InputError
from migrascope.memory._types import Pool
from migrascope.memory.embedders import Embedder
from migrascope.memory.embedders._hashing import normalise_text

__all__ = ["ClassificationPatterns", "MappingPatterns", "Pattern", "PatternMatch"]


@dataclass(frozen=True)
class Pattern:
    """One stored pattern."""

    pattern_id: int
    key: str
    text: str
    answer: str | None
    confirmations: int
    corrections: int
    state: str
    details: dict[str, Any]


@dataclass(frozen=True)
class PatternMatch:
    """A pattern near a query, with its cosine similarity in [-1, 1]."""

    pattern: Pattern
    similarity: float


def _as_array(value: Any) -> np.ndarray:
    """pgvector returns ``Vector`` objects (or arrays, by version)."""
    to_numpy = getattr(value, "to_numpy", None)
    return np.asarray(to_numpy() if to_numpy else value, dtype=np.float32)


class _PatternTable:
    """Shared SQL for a pattern table; subclasses name the table and its columns."""

    table: str
    key_col: str
    text_col: str
    answer_col: str
    details_col: str

    def __init__(self, pool: Pool, embedder: Embedder) -> None:
        self._pool = pool
        self._embedder = embedder
        self._cols = sql.SQL(
            "pattern_id, {key} AS key, {text} AS text, {answer} AS answer, "
            "confirmations, corrections, state, {details} AS details"
        ).format(
            key=sql.Identifier(self.key_col),
            text=sql.Identifier(self.text_col),
            answer=sql.Identifier(self.answer_col),
            details=sql.Identifier(self.details_col),
        )
        self._select = sql.SQL("SELECT {} FROM {}").format(self._cols, sql.Identifier(self.table))

    @staticmethod
    def _to_pattern(row: dict[str, Any]) -> Pattern:
        return Pattern(
            pattern_id=row["pattern_id"],
            key=row["key"],
            text=row["text"],
            answer=row["answer"],
            confirmations=row["confirmations"],
            corrections=row["corrections"],
            state=row["state"],
            details=row["details"] or {},
        )

    def _teach(
        self,
        tenant: str,
        key: str,
        text: str,
        answer: str | None,
        details: dict[str, Any],
        *,
        agent: str,
    ) -> Pattern:
        vector = self._embedder.embed([text])[0]
        # The text column may be embedding_text itself (classification signatures).
        text_cols = [self.text_col] if self.text_col != "embedding_text" else []
        insert_cols = sql.SQL(", ").join(
            map(sql.Identifier, [self.key_col, *text_cols, self.answer_col, self.details_col])
        )
        insert_vals = sql.SQL(", ").join(
            map(sql.Placeholder, ["key", *(["text"] if text_cols else []), "answer", "details"])
        )
        upsert = sql.SQL(
            """
            INSERT INTO {table} (tenant_id, {insert_cols},
                                 embedding_text, embedding, confirmations, source_agent)
            VALUES (%(tenant)s, {insert_vals}, %(text)s, %(vector)s, 1, %(agent)s)
            ON CONFLICT (tenant_id, {key}) DO UPDATE SET
                confirmations = {table}.confirmations
                    + CASE WHEN {table}.{answer} IS NOT DISTINCT FROM EXCLUDED.{answer}
                      THEN 1 ELSE 0 END,
                corrections = {table}.corrections
                    + CASE WHEN {table}.{answer} IS NOT DISTINCT FROM EXCLUDED.{answer}
                      THEN 0 ELSE 1 END,
                {answer} = EXCLUDED.{answer},
                {details} = EXCLUDED.{details},
                state = 'active',
                updated_at = now()
            RETURNING pattern_id, {key} AS key, {text} AS text, {answer} AS answer,
                      confirmations, corrections, state, {details} AS details
            """
        ).format(
            table=sql.Identifier(self.table),
            insert_cols=insert_cols,
            insert_vals=insert_vals,
            key=sql.Identifier(self.key_col),
            text=sql.Identifier(self.text_col),
            answer=sql.Identifier(self.answer_col),
            details=sql.Identifier(self.details_col),
        )
        params = {
            "tenant": tenant,
            "key": key,
            "text": text,
            "answer": answer,
            "details": Jsonb(details),
            "vector": vector,
            "agent": agent,
        }
        with self._pool.connection() as conn:
            row = conn.execute(upsert, params).fetchone()
        assert row is not None
        return self._to_pattern(row)

    def get(self, tenant: str, keys: Sequence[str]) -> dict[str, Pattern]:
        """Active patterns of the tenant whose key is one of ``keys``."""
        if not keys:
            return {}
        query = sql.SQL("{} WHERE tenant_id = %s AND state = 'active' AND {} = ANY(%s)").format(
            self._select, sql.Identifier(self.key_col)
        )
        with self._pool.connection() as conn:
            rows = conn.execute(query, (tenant, list(keys))).fetchall()
        return {r["key"]: self._to_pattern(r) for r in rows}

    def nearest(self, tenant: str, text: str, k: int = 5) -> list[PatternMatch]:
        """The tenant's ``k`` active patterns nearest to ``text`` (HNSW, cosine)."""
        vector = self._embedder.embed([text])[0]
        query = sql.SQL(
            "SELECT {}, 1 - (embedding <=> %s) AS similarity FROM {} "
            "WHERE tenant_id = %s AND state = 'active' ORDER BY embedding <=> %s LIMIT %s"
        ).format(self._cols, sql.Identifier(self.table))
        with self._pool.connection() as conn:
            rows = conn.execute(query, (vector, tenant, vector, k)).fetchall()
        return [PatternMatch(self._to_pattern(r), float(r["similarity"])) for r in rows]

    def all_active(self, tenant: str) -> tuple[list[Pattern], np.ndarray]:
        """Every active pattern of the tenant and its embeddings, for batch matching.

        Batch work (100k assets) compares against all of a tenant's patterns in one
        matrix product instead of 100k index queries.
        """
        query = sql.SQL(
            "SELECT {}, embedding FROM {} WHERE tenant_id = %s AND state = 'active' "
            "ORDER BY pattern_id"
        ).format(self._cols, sql.Identifier(self.table))
        with self._pool.connection() as conn:
            rows = conn.execute(query, (tenant,)).fetchall()
        patterns = [self._to_pattern(r) for r in rows]
        if not rows:
            return patterns, np.zeros((0, self._embedder.dim), dtype=np.float32)
        return patterns, np.vstack([_as_array(r["embedding"]) for r in rows])

    def count(self, tenant: str) -> dict[str, int]:
        """Pattern counts of the tenant by state."""
        query = sql.SQL(
            "SELECT state, count(*) AS n FROM {} WHERE tenant_id = %s GROUP BY state"
        ).format(sql.Identifier(self.table))
        with self._pool.connection() as conn:
            return {r["state"]: int(r["n"]) for r in conn.execute(query, (tenant,)).fetchall()}


class MappingPatterns(_PatternTable):
    """Header → canonical field, learned from ``teach mapping`` and confirmations."""

    table = "mapping_patterns"
    key_col = "source_key"
    text_col = "source_header"
    answer_col = "target"
    details_col = "profile"

    @staticmethod
    def key_of(header: str) -> str:
        """The normalised form two spellings of one header share."""
        return normalise_text(header)

    def teach(
        self,
        tenant: str,
        header: str,
        target: str | None,
        *,
        profile: dict[str, Any] | None = None,
        agent: str = "human",
    ) -> Pattern:
        """Store that ``header`` maps to ``target`` (None: to nothing, keep in extra)."""
        from migrascope.config import CANONICAL_FIELDS

        if target is not None and target not in CANONICAL_FIELDS:
            raise InputError(
                f"Target {target!r} is not a canonical field; choose one of: "
                f"{', '.join(CANONICAL_FIELDS)}."
            )
        key = self.key_of(header)
        if not key:
            raise InputError(f"Column name {header!r} has no letters or digits to learn from.")
        return self._teach(tenant, key, header, target, profile or {}, agent=agent)


class ClassificationPatterns(_PatternTable):
    """Asset signature → asset type, learned from ``teach type`` and confirmations."""

    table = "classification_patterns"
    key_col = "signature"
    text_col = "embedding_text"
    answer_col = "label"
    details_col = "features"

    def teach(
        self,
        tenant: str,
        signature: str,
        label: str,
        *,
        features: dict[str, Any] | None = None,
        agent: str = "human",
    ) -> Pattern:
        """Store that assets with this signature are of type ``label``."""
        from migrascope.config import TAXONOMY

        if label not in TAXONOMY:
            raise InputError(
                f"Asset type {label!r} is not in the taxonomy; choose one of: "
                f"{', '.join(TAXONOMY)}."
            )
        if not signature.strip():
            raise InputError("An asset signature needs at least a name.")
        return self._teach(tenant, signature, signature, label, features or {}, agent=agent)
