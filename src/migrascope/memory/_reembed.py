"""Rebuild every stored vector with another embedder (after a model change)."""

from __future__ import annotations

import psycopg
from pgvector.psycopg import register_vector

from migrascope.memory._migrate import apply_migrations
from migrascope.memory.embedders import Embedder

__all__ = ["reembed"]

_VECTOR_TABLES_SQL = """
SELECT c.table_name
FROM information_schema.columns c
JOIN information_schema.columns t
  ON t.table_name = c.table_name AND t.table_schema = c.table_schema
 AND t.column_name = 'embedding_text'
WHERE c.table_schema = current_schema() AND c.column_name = 'embedding' AND c.udt_name = 'vector'
ORDER BY c.table_name
"""


def reembed(url: str, embedder: Embedder, batch: int = 1000) -> dict[str, int]:
    """Re-type every ``embedding`` column to the new dimension and recompute it.

    Tables follow the convention of migration 0001: ``embedding`` beside
    ``embedding_text``, one HNSW index named ``<table>_embedding_hnsw``.
    Runs in one transaction: a failure leaves the old vectors in place.
    """
    counts: dict[str, int] = {}
    with psycopg.connect(url, autocommit=True) as conn:
        apply_migrations(conn, embedder.dim)
        register_vector(conn)
        with conn.transaction():
            tables = [r[0] for r in conn.execute(_VECTOR_TABLES_SQL).fetchall()]
            for table in tables:
                ident = psycopg.sql.Identifier(table)
                index = psycopg.sql.Identifier(f"{table}_embedding_hnsw")
                conn.execute(psycopg.sql.SQL("DROP INDEX IF EXISTS {}").format(index))
                conn.execute(
                    psycopg.sql.SQL(
                        "ALTER TABLE {} ALTER COLUMN embedding DROP NOT NULL, "
                        "ALTER COLUMN embedding TYPE vector({}) USING NULL"
                    ).format(ident, psycopg.sql.Literal(embedder.dim))
                )
                rows = conn.execute(
                    psycopg.sql.SQL("SELECT ctid::text, embedding_text FROM {}").format(ident)
                ).fetchall()
                for start in range(0, len(rows), batch):
                    chunk = rows[start : start + batch]
                    vectors = embedder.embed([r[1] for r in chunk])
                    with conn.cursor() as cur:
                        cur.executemany(
                            psycopg.sql.SQL(
                                "UPDATE {} SET embedding = %s WHERE ctid = %s::tid"
                            ).format(ident),
                            [(v, r[0]) for v, r in zip(vectors, chunk, strict=True)],
                        )
                conn.execute(
                    psycopg.sql.SQL("ALTER TABLE {} ALTER COLUMN embedding SET NOT NULL").format(
                        ident
                    )
                )
                conn.execute(
                    psycopg.sql.SQL(
                        "CREATE INDEX {} ON {} USING hnsw (embedding vector_cosine_ops)"
                    ).format(index, ident)
                )
                counts[table] = len(rows)
            conn.execute(
                "INSERT INTO store_meta (key, value) VALUES ('embedder', %s), ('embedding_dim', %s) "
                "ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value",
                (embedder.name, str(embedder.dim)),
            )
    return counts
