"""The MCP server: migrascope's tools, resources and prompts for LLM assistants,
over stdio (default) and authenticated streamable HTTP."""

from migrascope.mcp_server._auth import StoreTokenVerifier
from migrascope.mcp_server._context import MAX_INLINE_BYTES, AppContext
from migrascope.mcp_server._server import TOOLS, build_server, http_app, serve_http, serve_stdio

__all__ = [
    "MAX_INLINE_BYTES",
    "TOOLS",
    "AppContext",
    "StoreTokenVerifier",
    "build_server",
    "http_app",
    "serve_http",
    "serve_stdio",
]
