"""Versioned SQL migrations: files under ``migrations/``, applied in name order."""

from __future__ import annotations

import logging
from importlib import resources

import psycopg

from migrascope.errors import StoreError

__all__ = ["MIGRATIONS_LOCK", "apply_migrations", "migration_files"]

log = logging.getLogger(__name__)

# Any constant; it keeps two processes from migrating the same database at once.
MIGRATIONS_LOCK = 7_011_2026

_CREATE_TABLE_SQL = """
CREATE TABLE IF NOT EXISTS schema_migrations (
    version text PRIMARY KEY,
    applied_at timestamptz NOT NULL DEFAULT now()
)
"""


def migration_files() -> list[tuple[str, str]]:
    """(version, sql) for every bundled migration, in the order they apply."""
    folder = resources.files("migrascope.memory") / "migrations"
    files = sorted((p for p in folder.iterdir() if p.name.endswith(".sql")), key=lambda p: p.name)
    return [(p.name.removesuffix(".sql"), p.read_text(encoding="utf-8")) for p in files]


def apply_migrations(conn: psycopg.Connection, dim: int) -> list[str]:
    """Apply the migrations not yet recorded; returns the versions applied now."""
    if not isinstance(dim, int) or not 8 <= dim <= 4096:
        raise ValueError("dim must be an integer between 8 and 4096")
    applied_now: list[str] = []
    with conn.transaction():
        conn.execute("SELECT pg_advisory_xact_lock(%s)", (MIGRATIONS_LOCK,))
        conn.execute("CREATE EXTENSION IF NOT EXISTS vector")
        conn.execute(_CREATE_TABLE_SQL)
        done = {r[0] for r in conn.execute("SELECT version FROM schema_migrations").fetchall()}
        for version, sql in migration_files():
            if version in done:
                continue
            try:
                conn.execute(sql.replace("__DIM__", str(dim)).encode())
            except psycopg.Error as exc:
                log.error("migration %s failed: %s\n%s", version, exc, sql)
                raise StoreError(f"Migration {version} failed: {exc}") from exc
            conn.execute("INSERT INTO schema_migrations (version) VALUES (%s)", (version,))
            applied_now.append(version)
    return applied_now
