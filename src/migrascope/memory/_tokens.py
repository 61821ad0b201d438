"""API tokens: bearer secrets that map an HTTP client of the MCP server to one tenant.

The secret is shown once, when it is created; the table keeps only its SHA-256
(the secret is 256 random bits, so a slow password hash would add nothing) and a
short prefix so a person can tell tokens apart in ``token list``.
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from migrascope.errors import InputError
from migrascope.memory._types import Pool

__all__ = ["ApiToken", "TokenRepository", "hash_token"]

TOKEN_PREFIX = "msk_"

_INSERT_SQL = """
INSERT INTO api_tokens (tenant_id, token_hash, prefix, label)
VALUES (%s, %s, %s, %s)
RETURNING token_id, tenant_id, prefix, label, created_at, last_used_at, revoked_at
"""
# One statement both checks and stamps the token, so a verification costs one round trip.
_VERIFY_SQL = """
UPDATE api_tokens SET last_used_at = now()
WHERE token_hash = %s AND revoked_at IS NULL
RETURNING tenant_id
"""
_LIST_SQL = """
SELECT token_id, tenant_id, prefix, label, created_at, last_used_at, revoked_at
FROM api_tokens {where} ORDER BY token_id
"""
_REVOKE_SQL = """
UPDATE api_tokens SET revoked_at = now()
WHERE token_id = %s AND revoked_at IS NULL
RETURNING token_id
"""


@dataclass(frozen=True)
class ApiToken:
    """What the store knows about a token (never the secret)."""

    token_id: int
    tenant_id: str
    prefix: str
    label: str
    created_at: datetime
    last_used_at: datetime | None
    revoked_at: datetime | None

    def to_json(self) -> dict[str, Any]:
        return {
            k: (v.isoformat() if isinstance(v, datetime) else v) for k, v in self.__dict__.items()
        }


def hash_token(secret: str) -> str:
    """The stored form of a token."""
    return hashlib.sha256(secret.encode("utf-8")).hexdigest()


class TokenRepository:
    """Create, verify, list and revoke API tokens."""

    def __init__(self, pool: Pool) -> None:
        self._pool = pool

    def create(self, tenant: str, label: str = "") -> tuple[ApiToken, str]:
        """A new token for ``tenant``; returns its record and the secret (shown once)."""
        secret = TOKEN_PREFIX + secrets.token_urlsafe(32)
        with self._pool.connection() as conn:
            row = conn.execute(
                _INSERT_SQL, (tenant, hash_token(secret), secret[: len(TOKEN_PREFIX) + 6], label)
            ).fetchone()
        assert row is not None
        return ApiToken(**row), secret

    def verify(self, secret: str) -> str | None:
        """The tenant of a valid, unrevoked token, or None."""
        if not secret or len(secret) > 256:
            return None
        with self._pool.connection() as conn:
            row = conn.execute(_VERIFY_SQL, (hash_token(secret),)).fetchone()
        return str(row["tenant_id"]) if row else None

    def list(self, tenant: str | None = None, *, include_revoked: bool = False) -> list[ApiToken]:
        """Tokens of one tenant (or all tenants, for the operator's CLI)."""
        clauses: list[str] = []
        params: list[Any] = []
        if tenant is not None:
            clauses.append("tenant_id = %s")
            params.append(tenant)
        if not include_revoked:
            clauses.append("revoked_at IS NULL")
        where = ("WHERE " + " AND ".join(clauses)) if clauses else ""
        with self._pool.connection() as conn:
            rows = conn.execute(_LIST_SQL.format(where=where), params).fetchall()
        return [ApiToken(**r) for r in rows]

    def revoke(self, token_id: int) -> None:
        """Revoke a token; it stops working on the next request."""
        with self._pool.connection() as conn:
            row = conn.execute(_REVOKE_SQL, (token_id,)).fetchone()
        if row is None:
            raise InputError(
                f"No active token #{token_id}; `migrascope token list` shows the active ones."
            )
