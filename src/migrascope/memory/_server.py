"""The embedded PostgreSQL + pgvector server (pip package ``pgserver``)."""

from __future__ import annotations

import warnings
from pathlib import Path

from migrascope.errors import StoreError

__all__ = ["embedded_database_url"]


def embedded_database_url(home: Path) -> str:
    """Start (or reuse) the embedded server under ``home/pgdata`` and return its URL.

    The server is left running when this process exits, so the next command reuses
    it in milliseconds instead of paying the ~1 s start again; pgserver detects a
    running postmaster in the data directory and attaches to it.
    """
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        import pgserver

    home = home.expanduser()
    try:
        home.mkdir(parents=True, exist_ok=True)
        server = pgserver.get_server(home / "pgdata", cleanup_mode=None)
    except Exception as exc:  # pgserver raises bare exceptions from initdb/pg_ctl
        raise StoreError(
            f"Could not start the embedded PostgreSQL in {home / 'pgdata'}: {exc}. "
            "Set DATABASE_URL to use an external server instead."
        ) from exc
    return str(server.get_uri())
