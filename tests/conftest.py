"""Shared fixtures: one real PostgreSQL + pgvector for the whole test session.

The embedded server (pgserver) starts once in a temp dir; with DATABASE_URL set the
suite uses that external server instead. Each test gets its own tenant, so tests
never see each other's rows, which is also what tenant isolation promises.
"""

from __future__ import annotations

import os
import shutil
import tempfile
import uuid
import warnings
from collections.abc import Iterator
from pathlib import Path

import pytest

from migrascope.config import Settings
from migrascope.memory import Store

_SCRUBBED = ("MIGRASCOPE_", "OPENAI_")


@pytest.fixture(scope="session")
def database_url() -> Iterator[str]:
    external = os.environ.get("DATABASE_URL")
    if external:
        yield external
        return
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        import pgserver
    root = Path(tempfile.mkdtemp(prefix="migrascope-pg-"))
    server = pgserver.get_server(root / "pgdata", cleanup_mode="stop")
    try:
        yield str(server.get_uri())
    finally:
        server.cleanup()
        shutil.rmtree(root, ignore_errors=True)


@pytest.fixture(autouse=True)
def clean_environ(monkeypatch: pytest.MonkeyPatch, database_url: str) -> None:
    """No developer settings leak in; every test talks to the session's database."""
    for key in list(os.environ):
        if key.startswith(_SCRUBBED):
            monkeypatch.delenv(key)
    monkeypatch.setenv("DATABASE_URL", database_url)


@pytest.fixture
def settings(database_url: str, tmp_path: Path) -> Settings:
    return Settings(database_url=database_url, home=tmp_path / "home")  # type: ignore[arg-type]


@pytest.fixture
def store(settings: Settings) -> Iterator[Store]:
    with Store.open(settings) as st:
        yield st


@pytest.fixture
def tenant(store: Store) -> str:
    """A fresh tenant per test."""
    return store.ensure_tenant(f"t-{uuid.uuid4().hex[:12]}")


@pytest.fixture
def write_csv(tmp_path: Path):
    """Write text to a CSV file in the test's temp dir."""

    def _write(text: str, name: str = "inventory.csv", encoding: str = "utf-8") -> Path:
        path = tmp_path / name
        path.write_bytes(text.encode(encoding))
        return path

    return _write
