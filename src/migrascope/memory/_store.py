"""The store: a psycopg pool over PostgreSQL + pgvector, and its repositories."""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

import orjson
import psycopg
from pgvector.psycopg import register_vector
from psycopg.rows import dict_row
from psycopg.types.json import set_json_dumps
from psycopg_pool import ConnectionPool

from migrascope.errors import EmbedderMismatch, InputError, StoreError
from migrascope.memory._applications import ApplicationPatterns, ApplicationRepository
from migrascope.memory._assets import AssetRepository
from migrascope.memory._conflicts import ChoiceLog, ConflictRepository
from migrascope.memory._decisions import DecisionRepository
from migrascope.memory._dependencies import DependencyRepository
from migrascope.memory._feedback import FeedbackRepository
from migrascope.memory._global import GlobalPool
from migrascope.memory._imports import ImportRepository
from migrascope.memory._migrate import apply_migrations
from migrascope.memory._patterns import ClassificationPatterns, MappingPatterns
from migrascope.memory._plans import AssessmentRepository, PlanRepository
from migrascope.memory._server import embedded_database_url
from migrascope.memory._thresholds import ThresholdRepository
from migrascope.memory._tokens import TokenRepository
from migrascope.memory._types import DictConnection, Pool
from migrascope.memory.embedders import Embedder, make_embedder

if TYPE_CHECKING:
    from migrascope.config import Settings

__all__ = ["Store", "check_tenant", "resolve_database_url"]

_TENANT_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$")

_GET_META_SQL = "SELECT key, value FROM store_meta WHERE key IN ('embedder', 'embedding_dim')"
_SET_META_SQL = """
INSERT INTO store_meta (key, value) VALUES ('embedder', %s), ('embedding_dim', %s)
ON CONFLICT (key) DO NOTHING
"""
_ENSURE_TENANT_SQL = "INSERT INTO tenants (tenant_id) VALUES (%s) ON CONFLICT DO NOTHING"


def check_tenant(tenant: str) -> str:
    """Validate a tenant id: letters, digits, ``_ . -``, at most 64 characters."""
    if not isinstance(tenant, str) or not _TENANT_RE.match(tenant):
        raise InputError(
            f"Tenant {tenant!r} is not valid: use 1-64 letters, digits, '_', '.' or '-', "
            "starting with a letter or digit."
        )
    return tenant


def resolve_database_url(settings: Settings) -> str:
    """DATABASE_URL when set, else the embedded server's URL (starting it if needed)."""
    if settings.database_url is not None:
        return settings.database_url.get_secret_value()
    return embedded_database_url(settings.home)


def _orjson_dumps(obj: Any) -> bytes:
    return orjson.dumps(obj, default=str, option=orjson.OPT_NON_STR_KEYS)


def _configure(conn: DictConnection) -> None:
    register_vector(conn)
    # Imports write three JSON documents per row; orjson makes the COPY ~25% faster.
    set_json_dumps(_orjson_dumps, context=conn)


class Store:
    """One database, shared by every process of a deployment.

    Repositories hang off the store (``store.assets``, ``store.mapping_patterns``...);
    every method of theirs takes the tenant, so no public call reads across tenants.
    """

    def __init__(self, pool: Pool, embedder: Embedder, url: str) -> None:
        self.pool = pool
        self.embedder = embedder
        self.url = url
        self.imports = ImportRepository(pool)
        self.assets = AssetRepository(pool)
        self.global_pool = GlobalPool(pool, embedder)
        self.mapping_patterns = MappingPatterns(pool, embedder, self.global_pool)
        self.classification_patterns = ClassificationPatterns(pool, embedder, self.global_pool)
        self.feedback = FeedbackRepository(pool)
        self.thresholds = ThresholdRepository(pool)
        self.decisions = DecisionRepository(pool)
        self.conflicts = ConflictRepository(pool)
        self.choices = ChoiceLog(pool)
        self.tokens = TokenRepository(pool)
        self.applications = ApplicationRepository(pool)
        self.application_patterns = ApplicationPatterns(pool, embedder)
        self.dependencies = DependencyRepository(pool)
        self.assessments = AssessmentRepository(pool)
        self.plans = PlanRepository(pool)

    @classmethod
    @contextmanager
    def open(
        cls,
        settings: Settings,
        *,
        embedder: Embedder | None = None,
        migrate: bool = True,
    ) -> Iterator[Store]:
        """Connect (starting the embedded server if needed), migrate, check the embedder."""
        url = resolve_database_url(settings)
        embedder = embedder or make_embedder(settings)
        cls._prepare(url, embedder, migrate=migrate)
        pool: Pool = ConnectionPool(
            url,
            connection_class=DictConnection,
            min_size=1,
            max_size=settings.pool_max_size,
            kwargs={"autocommit": True, "prepare_threshold": None, "row_factory": dict_row},
            configure=_configure,
            # A connection is checked when taken from the pool, so that after a database
            # restart the pool replaces its dead connections instead of handing them out.
            check=ConnectionPool.check_connection,
            open=False,
        )
        try:
            pool.open(wait=True, timeout=30)
        except psycopg.Error as exc:
            raise StoreError(f"Could not connect to PostgreSQL: {exc}") from exc
        try:
            yield cls(pool, embedder, url)
        finally:
            pool.close()

    @staticmethod
    def _prepare(url: str, embedder: Embedder, *, migrate: bool) -> None:
        try:
            with psycopg.connect(url, autocommit=True) as conn:
                if migrate:
                    apply_migrations(conn, embedder.dim)
                rows: dict[str, str] = dict(conn.execute(_GET_META_SQL).fetchall())
                if not rows:
                    conn.execute(_SET_META_SQL, (embedder.name, str(embedder.dim)))
                    return
        except psycopg.OperationalError as exc:
            raise StoreError(f"Could not connect to PostgreSQL: {exc}") from exc
        held = (rows.get("embedder"), int(rows.get("embedding_dim", "0")))
        if held != (embedder.name, embedder.dim):
            raise EmbedderMismatch(
                f"The store holds embeddings from {held[0]!r} (dimension {held[1]}), "
                f"but the configured embedder is {embedder.name!r} (dimension {embedder.dim}). "
                "Run `migrascope reembed` to rebuild the stored vectors with the configured "
                "embedder, or configure the original one again."
            )

    def ensure_tenant(self, tenant: str) -> str:
        """Create the tenant row on first use; returns the validated id."""
        check_tenant(tenant)
        with self.pool.connection() as conn:
            conn.execute(_ENSURE_TENANT_SQL, (tenant,))
        return tenant

    def set_sharing(self, tenant: str, share: bool) -> None:
        """Opt a tenant in or out of contributing anonymised patterns to the global pool."""
        self.ensure_tenant(tenant)
        with self.pool.connection() as conn:
            conn.execute(
                "UPDATE tenants SET share_patterns = %s WHERE tenant_id = %s", (share, tenant)
            )

    def is_sharing(self, tenant: str) -> bool:
        """Whether the tenant contributes anonymised patterns to the global pool."""
        return self.global_pool.is_sharing(tenant)

    def patterns_for(self, operation: str) -> MappingPatterns | ClassificationPatterns:
        """The pattern repository of an operation (field_mapping, asset_classification)."""
        if operation == "field_mapping":
            return self.mapping_patterns
        if operation == "asset_classification":
            return self.classification_patterns
        raise InputError(
            f"Operation {operation!r} has no pattern store; use field_mapping or "
            "asset_classification."
        )

    def execute(self, sql: str, params: Any = None) -> list[dict[str, Any]]:
        """Run one statement and return its rows (for tools that own their SQL)."""
        with self.pool.connection() as conn:
            cur = conn.execute(sql, params)
            return list(cur.fetchall()) if cur.description else []
