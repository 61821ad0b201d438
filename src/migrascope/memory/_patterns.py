"""Learned patterns with embeddings: column mappings and asset classifications.

Both kinds share one shape (a key text, an answer, counts of confirmations and
corrections, a Beta(alpha, beta) posterior of "the answer is right", a state, the
crew/agent that taught it, an embedding) and one rule: teaching a key that already
has a pattern updates that pattern, so a contradiction never leaves a silent twin.
The one exception is explicit: two spellings of one mapping key seen side by side in
one file are two columns, so each is taught a pattern pinned to its spelling.

``confirmations``/``corrections`` are lifetime counters. ``alpha``/``beta`` are the
posterior of the *current* answer: a taught answer that replaces another starts a
fresh posterior. Feedback changes both with one atomic ``UPDATE ... SET alpha =
alpha + 1`` so concurrent writers never lose a count. Retired patterns are kept
for history and never returned by ``get``/``nearest``/``all_active``.
"""

from __future__ import annotations

import builtins
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import numpy as np
from psycopg import sql
from psycopg.types.json import Jsonb

from migrascope.config import load_data
from migrascope.errors import InputError
from migrascope.memory._conn import Conn, using
from migrascope.memory._global import GlobalPool
from migrascope.memory._types import Pool
from migrascope.memory.embedders import Embedder
from migrascope.memory.embedders._hashing import normalise_text

__all__ = ["ClassificationPatterns", "MappingPatterns", "Pattern", "PatternMatch"]


@dataclass(frozen=True)
class Pattern:
    """One stored pattern (a tenant's own, or a trusted global-pool one: ``scope='global'``).

    Global-pool patterns carry a negative ``pattern_id`` (minus their pool id) so a
    decision's ``pattern_ids`` tell the two apart.
    """

    pattern_id: int
    key: str
    text: str
    answer: str | None
    confirmations: int
    corrections: int
    state: str
    details: dict[str, Any]
    alpha: float = 1.0
    beta: float = 1.0
    source_agent: str = "human"
    source_crew: str = "default"
    tenant_id: str | None = None
    explicit: bool = False
    scope: str = "tenant"
    weight: float = 1.0
    updated_at: datetime | None = None
    tenants: int = 0
    # Non-empty: the pattern speaks for this exact header only (see ``MappingPatterns``).
    spelling: str = ""

    @property
    def score(self) -> float:
        """Posterior mean of "this pattern's answer is right"."""
        return self.alpha / (self.alpha + self.beta)

    @property
    def trials(self) -> int:
        """Feedback events the pattern has seen (confirmations + corrections)."""
        return self.confirmations + self.corrections

    @property
    def is_global(self) -> bool:
        return self.scope == "global"

    @property
    def pinned(self) -> bool:
        """Whether the pattern speaks for one spelling of its key only."""
        return bool(self.spelling)


@dataclass(frozen=True)
class PatternMatch:
    """A pattern near a query, with its cosine similarity in [-1, 1]."""

    pattern: Pattern
    similarity: float


def _as_array(value: Any) -> np.ndarray:
    """pgvector returns ``Vector`` objects (or arrays, by version)."""
    to_numpy = getattr(value, "to_numpy", None)
    return np.asarray(to_numpy() if to_numpy else value, dtype=np.float32)


def _learning() -> dict[str, Any]:
    return load_data("learning.toml")


class _PatternTable:
    """Shared SQL for a pattern table; subclasses name the table and its columns."""

    table: str
    key_col: str
    text_col: str
    answer_col: str
    details_col: str
    operation: str
    # A table whose patterns can be pinned to one spelling of their key names the column.
    spelling_col: str | None = None

    def __init__(
        self, pool: Pool, embedder: Embedder, global_pool: GlobalPool | None = None
    ) -> None:
        self._pool = pool
        self._embedder = embedder
        self._global = global_pool or GlobalPool(pool, embedder)
        self._ident = sql.Identifier(self.table)
        self._cols = sql.SQL(
            "pattern_id, tenant_id, {key} AS key, {text} AS text, {answer} AS answer, "
            "confirmations, corrections, state, {details} AS details, alpha, beta, "
            "source_agent, source_crew, explicit, updated_at, {spelling} AS spelling"
        ).format(
            spelling=sql.Identifier(self.spelling_col) if self.spelling_col else sql.SQL("''"),
            key=sql.Identifier(self.key_col),
            text=sql.Identifier(self.text_col),
            answer=sql.Identifier(self.answer_col),
            details=sql.Identifier(self.details_col),
        )
        self._select = sql.SQL("SELECT {} FROM {}").format(self._cols, self._ident)

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
            alpha=float(row["alpha"]),
            beta=float(row["beta"]),
            source_agent=row["source_agent"],
            source_crew=row["source_crew"],
            tenant_id=row["tenant_id"],
            explicit=bool(row["explicit"]),
            updated_at=row["updated_at"],
            spelling=row["spelling"],
        )

    # -- teaching ------------------------------------------------------------------
    def _teach(
        self,
        tenant: str,
        key: str,
        text: str,
        answer: str | None,
        details: dict[str, Any],
        *,
        agent: str,
        crew: str = "default",
        explicit: bool | None = None,
        spelling: str = "",
        conn: Conn | None = None,
    ) -> Pattern:
        """Insert the pattern, or update the tenant's pattern of that key (and spelling:
        ``spelling`` pins the pattern to one exact header, see ``MappingPatterns.teach``).

        The same answer again is a confirmation (alpha + 1; a person's first explicit
        teach of it adds ``explicit_weight``). A different answer is a correction: it
        replaces the answer and restarts the posterior from the prior plus the taught
        weight, unless the stored answer is the tenant's own explicit correction and
        the new one is not (an agent never overrides a person).
        """
        cfg = _learning()["patterns"]
        # A teach call is a correction someone asked for (CLI, MCP, review); automated
        # learners (crews guessing from data) pass explicit=False.
        explicit = True if explicit is None else explicit
        if explicit:
            weight = float(cfg["explicit_weight"])
            prior_a, prior_b = float(cfg["prior_alpha"]), float(cfg["prior_beta"])
        else:
            # An agent's guess is not yet evidence: it starts sceptical, from its prior.
            weight = 0.0
            prior_a, prior_b = float(cfg["agent_prior_alpha"]), float(cfg["agent_prior_beta"])
        vector = self._embedder.embed([text])[0]
        names = {
            "table": self._ident,
            "key": sql.Identifier(self.key_col),
            "text": sql.Identifier(self.text_col),
            "answer": sql.Identifier(self.answer_col),
            "details": sql.Identifier(self.details_col),
            "cols": self._cols,
            # The text column is embedding_text itself for classification patterns.
            "text_cols": sql.SQL(
                "embedding_text," if self.text_col == "embedding_text" else "{}, embedding_text,"
            ).format(sql.Identifier(self.text_col)),
            "text_vals": sql.SQL(
                "%(text)s," if self.text_col == "embedding_text" else "%(text)s, %(text)s,"
            ),
            # A correction moves the pattern to the spelling it was taught on.
            "respell": sql.SQL(", ").join(
                sql.SQL("{col} = CASE WHEN %(respell)s THEN {value} ELSE {col} END").format(
                    col=sql.Identifier(col), value=sql.Placeholder(value)
                )
                for col, value in dict.fromkeys(
                    [(self.text_col, "text"), ("embedding_text", "text"), ("embedding", "vector")]
                )
            ),
        }
        if spelling and not self.spelling_col:
            raise ValueError(f"{self.table} patterns cannot be pinned to a spelling")
        spelled = sql.Identifier(self.spelling_col) if self.spelling_col else None
        names["unique"] = (
            sql.SQL("tenant_id, {}, {}").format(names["key"], spelled)
            if spelled
            else sql.SQL("tenant_id, {}").format(names["key"])
        )
        names["spelling_cols"] = sql.SQL("{}, ").format(spelled) if spelled else sql.SQL("")
        names["spelling_vals"] = sql.SQL("%(spelling)s, ") if spelled else sql.SQL("")
        insert = sql.SQL(
            """
            INSERT INTO {table} (tenant_id, {key}, {spelling_cols}{answer}, {details}, {text_cols}
                                 embedding, confirmations, source_agent, source_crew, explicit,
                                 alpha, beta)
            VALUES (%(tenant)s, %(key)s, {spelling_vals}%(answer)s, %(details)s, {text_vals}
                    %(vector)s, 1, %(agent)s, %(crew)s, %(explicit)s, %(alpha)s, %(beta)s)
            ON CONFLICT ({unique}) DO NOTHING
            RETURNING {cols}
            """
        ).format(**names)
        lock = sql.SQL("{select} WHERE tenant_id = %s AND {key} = %s{same} FOR UPDATE").format(
            select=self._select,
            key=names["key"],
            same=sql.SQL(" AND {} = %s").format(spelled) if spelled else sql.SQL(""),
        )
        update = sql.SQL(
            """
            UPDATE {table} SET {answer} = %(answer)s, {details} = %(details)s,
                {respell},
                confirmations = %(confirmations)s, corrections = %(corrections)s,
                alpha = %(alpha)s, beta = %(beta)s, explicit = %(explicit)s,
                source_agent = %(agent)s, source_crew = %(crew)s,
                state = 'active', retired_at = NULL, retired_reason = NULL, updated_at = now()
            WHERE pattern_id = %(pattern_id)s
            RETURNING {cols}
            """
        ).format(**names)
        params = {
            "tenant": tenant,
            "key": key,
            "text": text,
            "answer": answer,
            "details": Jsonb(details),
            "vector": vector,
            "agent": agent,
            "crew": crew,
            "explicit": explicit,
            "alpha": prior_a + weight,
            "beta": prior_b,
            "spelling": spelling,
        }
        lock_args = (tenant, key, spelling) if spelled else (tenant, key)
        with using(self._pool, conn) as c, c.transaction():
            row = c.execute(insert, params).fetchone()
            if row is None:
                old = c.execute(lock, lock_args).fetchone()
                assert old is not None
                # The stored spelling stays unless the answer changes: a correction
                # speaks for the header it was taught on (two spellings of one key in
                # a file are told apart by it, see ``mapping.learned_hints``).
                params["respell"] = False
                if old["answer"] == answer:
                    bonus = weight if explicit and not old["explicit"] else 1.0
                    bonus = bonus if explicit else 0.0
                    params |= {
                        "confirmations": old["confirmations"] + 1,
                        "corrections": old["corrections"],
                        "alpha": float(old["alpha"]) + bonus,
                        "beta": float(old["beta"]),
                        "explicit": bool(old["explicit"] or explicit),
                    }
                elif old["explicit"] and not explicit:
                    # A person's correction wins over an agent's guess for this tenant.
                    params |= {
                        "answer": old["answer"],
                        "details": Jsonb(old["details"] or {}),
                        "confirmations": old["confirmations"],
                        "corrections": old["corrections"],
                        "alpha": float(old["alpha"]),
                        "beta": float(old["beta"]),
                        "explicit": True,
                        "agent": old["source_agent"],
                        "crew": old["source_crew"],
                    }
                else:
                    params |= {"confirmations": old["confirmations"], "respell": True}
                    params["corrections"] = old["corrections"] + 1
                params["pattern_id"] = old["pattern_id"]
                row = c.execute(update, params).fetchone()
        assert row is not None
        return self._to_pattern(row)

    # -- reward and retirement -----------------------------------------------------
    def reward(
        self,
        tenant: str,
        pattern_ids: Sequence[int],
        *,
        success: bool,
        amount: float = 1.0,
        conn: Conn | None = None,
    ) -> builtins.list[Pattern]:
        """Add one success (confirmation) or failure (correction) to each pattern, atomically.

        One ``UPDATE ... SET alpha = alpha + x`` per call: two concurrent rewards of the
        same pattern both count (the row lock serialises them; neither reads-then-writes).
        Negative ids (global-pool patterns) go to the pool.
        """
        own = [int(p) for p in pattern_ids if int(p) > 0]
        pooled = [-int(p) for p in pattern_ids if int(p) < 0]
        if pooled:
            self._global.reward(pooled, success=success, amount=amount, conn=conn)
        if not own:
            return []
        query = sql.SQL(
            """
            UPDATE {table} SET
                alpha = alpha + %(a)s, beta = beta + %(b)s,
                confirmations = confirmations + %(c)s, corrections = corrections + %(d)s,
                updated_at = now()
            WHERE tenant_id = %(tenant)s AND pattern_id = ANY(%(ids)s)
            RETURNING {cols}
            """
        ).format(table=self._ident, cols=self._cols)
        params = {
            "a": amount if success else 0.0,
            "b": 0.0 if success else amount,
            "c": 1 if success else 0,
            "d": 0 if success else 1,
            "tenant": tenant,
            "ids": own,
        }
        with using(self._pool, conn) as c:
            rows = c.execute(query, params).fetchall()
        return [self._to_pattern(r) for r in rows]

    def retire(
        self, tenant: str, pattern_id: int, reason: str, *, conn: Conn | None = None
    ) -> bool:
        """Retire an active pattern (kept for history, no longer applied)."""
        query = sql.SQL(
            "UPDATE {} SET state = 'retired', retired_at = now(), retired_reason = %s, "
            "updated_at = now() WHERE tenant_id = %s AND pattern_id = %s AND state = 'active'"
        ).format(self._ident)
        with using(self._pool, conn) as c:
            return c.execute(query, (reason, tenant, pattern_id)).rowcount > 0

    # -- reading -------------------------------------------------------------------
    def by_ids(
        self, tenant: str, pattern_ids: Sequence[int], *, conn: Conn | None = None
    ) -> dict[int, Pattern]:
        """The tenant's patterns (any state) and global ones (negative ids) by id."""
        own = [int(p) for p in pattern_ids if int(p) > 0]
        out: dict[int, Pattern] = {}
        if own:
            query = sql.SQL("{} WHERE tenant_id = %s AND pattern_id = ANY(%s)").format(self._select)
            with using(self._pool, conn) as c:
                for r in c.execute(query, (tenant, own)).fetchall():
                    out[r["pattern_id"]] = self._to_pattern(r)
        pooled = [-int(p) for p in pattern_ids if int(p) < 0]
        if pooled:
            for p in self._global.by_ids(self.operation, pooled, conn=conn):
                out[p.pattern_id] = p
        return out

    def list(self, tenant: str, *, state: str | None = None) -> builtins.list[Pattern]:
        """The tenant's patterns, optionally of one state, oldest first."""
        query = sql.SQL("{} WHERE tenant_id = %s").format(self._select)
        params: builtins.list[Any] = [tenant]
        if state:
            query = sql.SQL("{} AND state = %s").format(query)
            params.append(state)
        query = sql.SQL("{} ORDER BY pattern_id").format(query)
        with self._pool.connection() as conn:
            return [self._to_pattern(r) for r in conn.execute(query, params).fetchall()]

    def get(
        self, tenant: str, keys: Sequence[str], *, include_global: bool = False
    ) -> dict[str, Pattern]:
        """Active patterns of the tenant whose key is one of ``keys``.

        With ``include_global``, keys the tenant has no pattern for are filled from
        the trusted global pool (``scope='global'``, lower ``weight``).
        """
        if not keys:
            return {}
        query = sql.SQL(
            "{} WHERE tenant_id = %s AND state = 'active' AND {} = ANY(%s) ORDER BY {}"
        ).format(
            self._select,
            sql.Identifier(self.key_col),
            sql.SQL("{} <> '' DESC, pattern_id").format(sql.Identifier(self.spelling_col))
            if self.spelling_col
            else sql.SQL("pattern_id"),
        )
        with self._pool.connection() as conn:
            rows = conn.execute(query, (tenant, list(keys))).fetchall()
        # A key's pattern for every spelling wins over ones pinned to a spelling (they
        # come first, so it overwrites them).
        out = {r["key"]: self._to_pattern(r) for r in rows}
        if include_global:
            missing = [k for k in keys if k not in out]
            for p in self._global.get(self.operation, missing):
                out.setdefault(p.key, p)
        return out

    def nearest(
        self, tenant: str, text: str, k: int = 5, *, include_global: bool = False
    ) -> builtins.list[PatternMatch]:
        """The tenant's ``k`` active patterns nearest to ``text`` (HNSW, cosine).

        With ``include_global``, trusted global-pool patterns compete too (their own
        lower ``weight`` travels with them).
        """
        vector = self._embedder.embed([text])[0]
        query = sql.SQL(
            "SELECT {}, 1 - (embedding <=> %s) AS similarity FROM {} "
            "WHERE tenant_id = %s AND state = 'active' ORDER BY embedding <=> %s LIMIT %s"
        ).format(self._cols, self._ident)
        with self._pool.connection() as conn:
            rows = conn.execute(query, (vector, tenant, vector, k)).fetchall()
        out = [PatternMatch(self._to_pattern(r), float(r["similarity"])) for r in rows]
        if include_global:
            own_keys = {m.pattern.key for m in out}
            out += [
                m
                for m in self._global.nearest(self.operation, vector, k)
                if m.pattern.key not in own_keys
            ]
            out = sorted(out, key=lambda m: -m.similarity)[:k]
        return out

    def all_active(
        self, tenant: str, *, include_global: bool = False
    ) -> tuple[builtins.list[Pattern], np.ndarray]:
        """Every active pattern of the tenant and its embeddings, for batch matching.

        Batch work (100k assets) compares against all of a tenant's patterns in one
        matrix product instead of 100k index queries. With ``include_global``, trusted
        global-pool patterns whose key the tenant lacks are appended.
        """
        query = sql.SQL(
            "SELECT {}, embedding FROM {} WHERE tenant_id = %s AND state = 'active' "
            "ORDER BY pattern_id"
        ).format(self._cols, self._ident)
        with self._pool.connection() as conn:
            rows = conn.execute(query, (tenant,)).fetchall()
        patterns = [self._to_pattern(r) for r in rows]
        vectors = [_as_array(r["embedding"]) for r in rows]
        if include_global:
            own_keys = {p.key for p in patterns}
            for p, v in self._global.all_trusted(self.operation):
                if p.key not in own_keys:
                    patterns.append(p)
                    vectors.append(v)
        if not patterns:
            return patterns, np.zeros((0, self._embedder.dim), dtype=np.float32)
        return patterns, np.vstack(vectors)

    def count(self, tenant: str) -> dict[str, int]:
        """Pattern counts of the tenant by state."""
        query = sql.SQL(
            "SELECT state, count(*) AS n FROM {} WHERE tenant_id = %s GROUP BY state"
        ).format(self._ident)
        with self._pool.connection() as conn:
            return {r["state"]: int(r["n"]) for r in conn.execute(query, (tenant,)).fetchall()}

    def similar_pairs(
        self, tenant: str, min_similarity: float
    ) -> builtins.list[tuple[Pattern, Pattern, float]]:
        """Pairs of the tenant's active patterns with similar keys and different answers.

        A self-join on cosine distance: a tenant holds hundreds to a few thousand
        patterns, so the quadratic join stays in the milliseconds-to-a-second range.
        """
        query = sql.SQL(
            """
            SELECT a.pattern_id AS a_id, b.pattern_id AS b_id,
                   1 - (a.embedding <=> b.embedding) AS similarity
            FROM {t} a JOIN {t} b
              ON b.tenant_id = a.tenant_id AND b.pattern_id > a.pattern_id
             AND b.{ans} IS DISTINCT FROM a.{ans}
            WHERE a.tenant_id = %s AND a.state = 'active' AND b.state = 'active'
              AND (a.embedding <=> b.embedding) <= %s
            ORDER BY similarity DESC
            """
        ).format(t=self._ident, ans=sql.Identifier(self.answer_col))
        with self._pool.connection() as conn:
            rows = conn.execute(query, (tenant, 1.0 - min_similarity)).fetchall()
        ids = {r["a_id"] for r in rows} | {r["b_id"] for r in rows}
        patterns = self.by_ids(tenant, sorted(ids))
        return [(patterns[r["a_id"]], patterns[r["b_id"]], float(r["similarity"])) for r in rows]

    def global_matches(
        self, tenant: str, min_similarity: float
    ) -> builtins.list[tuple[Pattern, Pattern, float]]:
        """(own pattern, trusted global pattern) pairs with similar keys and different answers."""
        own = self.list(tenant, state="active")
        out: builtins.list[tuple[Pattern, Pattern, float]] = []
        for p in own:
            for m in self._global.nearest(self.operation, self._embedder.embed([p.text])[0], 3):
                if m.similarity >= min_similarity and m.pattern.answer != p.answer:
                    out.append((p, m.pattern, m.similarity))
        return out

    def for_crew(
        self, tenant: str, crew: str, *, text: str | None = None, k: int = 20
    ) -> builtins.list[PatternMatch]:
        """Active patterns for a crew with a relevance score in ``similarity``.

        Relevance = key similarity to ``text`` (1 without one) x posterior mean x
        crew weight (1 for the crew's own patterns, ``cross_crew_weight`` for others').
        """
        cross = float(_learning()["sharing"]["cross_crew_weight"])
        if text is not None:
            matches = self.nearest(tenant, text, k=max(k * 3, 10))
        else:
            matches = [PatternMatch(p, 1.0) for p in self.list(tenant, state="active")]
        scored = [
            PatternMatch(
                m.pattern,
                max(0.0, m.similarity)
                * m.pattern.score
                * (1.0 if m.pattern.source_crew == crew else cross),
            )
            for m in matches
        ]
        return sorted(scored, key=lambda m: -m.similarity)[:k]


class MappingPatterns(_PatternTable):
    """Header → canonical field, learned from ``teach mapping`` and confirmations."""

    table = "mapping_patterns"
    key_col = "source_key"
    text_col = "source_header"
    answer_col = "target"
    details_col = "profile"
    operation = "field_mapping"

    spelling_col = "spelling"

    @staticmethod
    def key_of(header: str) -> str:
        """The normalised form two spellings of one header share."""
        return normalise_text(header)

    def seen_beside(self, tenant: str, header: str, *, conn: Conn | None = None) -> list[str]:
        """Other spellings of ``header``'s key that sat beside it in one of the tenant's
        imported files (from the recorded column decisions)."""
        query = """
            SELECT DISTINCT other.subject FROM decisions other
            JOIN decisions own ON own.tenant_id = other.tenant_id
                AND own.import_id = other.import_id AND own.operation = other.operation
            WHERE other.tenant_id = %(tenant)s AND other.operation = 'field_mapping'
              AND other.subject_key = %(key)s AND own.subject = %(header)s
              AND own.subject_key = %(key)s AND other.subject <> %(header)s
            ORDER BY other.subject
        """
        params = {"tenant": tenant, "key": self.key_of(header), "header": header}
        with using(self._pool, conn) as c:
            return [r["subject"] for r in c.execute(query, params).fetchall()]

    def of_header(self, tenant: str, header: str) -> Pattern | None:
        """The tenant's active pattern that speaks for ``header``: the one pinned to this
        exact spelling, else the key's pattern for every spelling."""
        query = sql.SQL(
            "{} WHERE tenant_id = %s AND state = 'active' AND source_key = %s "
            "AND spelling IN (%s, '') ORDER BY spelling = '' LIMIT 1"
        ).format(self._select)
        with self._pool.connection() as conn:
            row = conn.execute(query, (tenant, self.key_of(header), header)).fetchone()
        return self._to_pattern(row) if row else None

    def teach(
        self,
        tenant: str,
        header: str,
        target: str | None,
        *,
        profile: dict[str, Any] | None = None,
        agent: str = "human",
        crew: str = "default",
        explicit: bool | None = None,
        beside: Sequence[str] | None = None,
        conn: Conn | None = None,
    ) -> Pattern:
        """Store that ``header`` maps to ``target`` (None: to nothing, keep in extra).

        ``beside``: the other headers of the file the teaching is about; those recorded
        beside ``header`` in the tenant's imports count too. When another spelling of the
        same key is among them (``systemName`` beside ``system.name``), the two are two
        columns: the pattern is pinned to this spelling, and the other keeps its own.
        Otherwise a new spelling of a taught key is a correction of that key's pattern.
        """
        from migrascope.config import CANONICAL_FIELDS

        if target is not None and target not in CANONICAL_FIELDS:
            raise InputError(
                f"Target {target!r} is not a canonical field; choose one of: "
                f"{', '.join(CANONICAL_FIELDS)}."
            )
        key = self.key_of(header)
        if not key:
            raise InputError(f"Column name {header!r} has no letters or digits to learn from.")
        others = [*(beside or ()), *self.seen_beside(tenant, header, conn=conn)]
        pinned = any(o != header and self.key_of(o) == key for o in others)
        return self._teach(
            tenant,
            key,
            header,
            target,
            profile or {},
            agent=agent,
            crew=crew,
            explicit=explicit,
            spelling=header if pinned else "",
            conn=conn,
        )


class ClassificationPatterns(_PatternTable):
    """Asset signature → asset type, learned from ``teach type`` and confirmations."""

    table = "classification_patterns"
    key_col = "signature"
    text_col = "embedding_text"
    answer_col = "label"
    details_col = "features"
    operation = "asset_classification"

    def teach(
        self,
        tenant: str,
        signature: str,
        label: str,
        *,
        features: dict[str, Any] | None = None,
        agent: str = "human",
        crew: str = "default",
        explicit: bool | None = None,
        conn: Conn | None = None,
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
        return self._teach(
            tenant,
            signature,
            signature,
            label,
            features or {},
            agent=agent,
            crew=crew,
            explicit=explicit,
            conn=conn,
        )
