"""Bearer-token authentication for streamable HTTP: one token, one tenant.

Tokens are created with ``migrascope token add --tenant T`` and stored hashed
(``memory/_tokens.py``). The SDK's bearer middleware calls ``verify_token`` on every
request and refuses (401) one without a valid token before any handler runs; the
tenant travels in the access token's claims to ``tenant_of``.
"""

from __future__ import annotations

from mcp.server.auth.provider import AccessToken
from mcp.server.auth.settings import AuthSettings

from migrascope.mcp_server._context import in_thread
from migrascope.memory import Store

__all__ = ["SCOPE", "StoreTokenVerifier", "auth_settings"]

SCOPE = "migrascope"


class StoreTokenVerifier:
    """Looks a bearer token up in the store (by its hash) and names its tenant."""

    def __init__(self, store: Store) -> None:
        self._store = store

    async def verify_token(self, token: str) -> AccessToken | None:
        tenant = await in_thread(self._store.tokens.verify, token)
        if tenant is None:
            return None
        # client_id is the tenant, so the SDK binds each HTTP session to its tenant:
        # a session opened with tenant A's token refuses a request with B's.
        return AccessToken(
            token=token, client_id=tenant, scopes=[SCOPE], subject=tenant, claims={"tenant": tenant}
        )


def auth_settings(host: str, port: int) -> AuthSettings:
    """Resource-server-only settings: tokens are issued by our CLI, not an OAuth server."""
    base = f"http://{host}:{port}"
    return AuthSettings(issuer_url=base, resource_server_url=None, required_scopes=[SCOPE])  # type: ignore[arg-type]
