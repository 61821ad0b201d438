"""Shared plumbing: run on the caller's connection (inside its transaction) or the pool's."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import psycopg
from psycopg_pool import ConnectionPool

__all__ = ["Conn", "using"]

Conn = psycopg.Connection[Any]


@contextmanager
def using(pool: ConnectionPool, conn: Conn | None) -> Iterator[Conn]:
    """The given connection (so several repositories share one transaction), else a pooled one."""
    if conn is not None:
        yield conn
        return
    with pool.connection() as pooled:
        yield pooled
