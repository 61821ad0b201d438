"""Shared plumbing: run on the caller's connection (inside its transaction) or the pool's."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import TypeAlias

from migrascope.memory._types import DictConnection, Pool

__all__ = ["Conn", "using"]

Conn: TypeAlias = DictConnection


@contextmanager
def using(pool: Pool, conn: Conn | None) -> Iterator[Conn]:
    """The given connection (so several repositories share one transaction), else a pooled one."""
    if conn is not None:
        yield conn
        return
    with pool.connection() as pooled:
        yield pooled
