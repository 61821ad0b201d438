"""The store on real PostgreSQL: migrations, tenants, embedder guard, patterns."""

from __future__ import annotations

import psycopg
import pytest

from migrascope.config import Settings
from migrascope.errors import EmbedderMismatch, InputError
from migrascope.memory import HashingEmbedder, Store, apply_migrations, migration_files, reembed


def test_migrations_are_recorded_and_idempotent(store: Store, database_url: str) -> None:
    versions = [v for v, _ in migration_files()]
    with psycopg.connect(database_url, autocommit=True) as conn:
        applied = [r[0] for r in conn.execute("SELECT version FROM schema_migrations ORDER BY 1")]
        assert applied == sorted(versions)
        assert apply_migrations(conn, store.embedder.dim) == []
        ext = conn.execute(
            "SELECT extversion FROM pg_extension WHERE extname = 'vector'"
        ).fetchone()
        assert ext is not None


def test_hnsw_indexes_exist_on_pattern_embeddings(database_url: str, store: Store) -> None:
    with psycopg.connect(database_url) as conn:
        rows = conn.execute(
            "SELECT indexname, indexdef FROM pg_indexes WHERE indexname LIKE '%embedding_hnsw'"
        ).fetchall()
    names = {r[0] for r in rows}
    assert {"mapping_patterns_embedding_hnsw", "classification_patterns_embedding_hnsw"} <= names
    assert all("hnsw" in r[1] for r in rows)


def test_tenant_ids_are_validated(store: Store) -> None:
    with pytest.raises(InputError, match="Tenant 'a b' is not valid"):
        store.ensure_tenant("a b")
    with pytest.raises(InputError):
        store.ensure_tenant("")


def test_patterns_are_tenant_scoped(store: Store, tenant: str) -> None:
    other = store.ensure_tenant(tenant + "-other")
    store.mapping_patterns.teach(tenant, "Srv Label", "hostname")
    assert store.mapping_patterns.get(tenant, ["srv label"])["srv label"].answer == "hostname"
    assert store.mapping_patterns.get(other, ["srv label"]) == {}
    assert store.mapping_patterns.nearest(other, "Srv Label") == []


def test_contradicting_correction_updates_the_pattern(store: Store, tenant: str) -> None:
    first = store.mapping_patterns.teach(tenant, "Memory", "memory_gb")
    again = store.mapping_patterns.teach(tenant, "memory", "memory_gb")
    changed = store.mapping_patterns.teach(tenant, "MEMORY", "storage_gb")
    assert first.pattern_id == again.pattern_id == changed.pattern_id
    assert (again.confirmations, again.corrections) == (2, 0)
    assert (changed.answer, changed.corrections) == ("storage_gb", 1)
    assert store.mapping_patterns.count(tenant) == {"active": 1}


def test_teaching_an_unknown_field_is_refused_and_stores_nothing(store: Store, tenant: str) -> None:
    with pytest.raises(InputError, match="'ram_size' is not a canonical field"):
        store.mapping_patterns.teach(tenant, "RAM", "ram_size")
    with pytest.raises(InputError, match="'toaster' is not in the taxonomy"):
        store.classification_patterns.teach(tenant, "name web#", "toaster")
    assert store.mapping_patterns.count(tenant) == {}
    assert store.classification_patterns.count(tenant) == {}


def test_similar_headers_are_nearest(store: Store, tenant: str) -> None:
    store.mapping_patterns.teach(tenant, "ServerName", "hostname")
    store.mapping_patterns.teach(tenant, "Total RAM", "memory_gb")
    near = store.mapping_patterns.nearest(tenant, "Server Name", k=2)
    assert near[0].pattern.answer == "hostname"
    assert near[0].similarity > near[1].similarity


def test_store_refuses_another_embedder_and_reembed_switches(
    settings: Settings, database_url: str
) -> None:
    # A separate database, so the session's store keeps its embedder.
    with psycopg.connect(database_url, autocommit=True) as conn:
        conn.execute("DROP DATABASE IF EXISTS guard_test")
        conn.execute("CREATE DATABASE guard_test")
    url = psycopg.conninfo.make_conninfo(database_url, dbname="guard_test")
    cfg = Settings(database_url=url, home=settings.home)  # type: ignore[arg-type]
    with Store.open(cfg) as st:
        st.ensure_tenant("acme")
        st.mapping_patterns.teach("acme", "Host Name", "hostname")
    with pytest.raises(EmbedderMismatch) as info, Store.open(cfg, embedder=HashingEmbedder(dim=64)):
        pass
    message = str(info.value)
    assert "'hashing-v1' (dimension 384)" in message
    assert "(dimension 64)" in message
    assert "migrascope reembed" in message
    counts = reembed(url, HashingEmbedder(dim=64))
    assert counts["mapping_patterns"] == 1
    with Store.open(cfg, embedder=HashingEmbedder(dim=64)) as st:
        assert st.mapping_patterns.nearest("acme", "Hostname")[0].pattern.answer == "hostname"


def test_embedded_server_starts_under_home(tmp_path, monkeypatch) -> None:
    monkeypatch.delenv("DATABASE_URL")
    cfg = Settings(home=tmp_path / "home")
    with Store.open(cfg) as st:
        st.ensure_tenant("solo")
        assert st.assets.count("solo") == 0
        assert (tmp_path / "home" / "pgdata" / "PG_VERSION").exists()
    import pgserver

    pgserver.get_server(tmp_path / "home" / "pgdata", cleanup_mode="stop").cleanup()
