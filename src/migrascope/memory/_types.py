"""Shared typing for the store: every connection returns rows as dicts."""

from __future__ import annotations

from typing import Any, TypeAlias

import psycopg
from psycopg_pool import ConnectionPool

__all__ = ["DictConnection", "Pool"]

DictConnection: TypeAlias = psycopg.Connection[dict[str, Any]]
Pool: TypeAlias = ConnectionPool[DictConnection]
