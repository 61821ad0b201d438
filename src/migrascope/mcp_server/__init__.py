"""The MCP server: migrascope's tools for LLM assistants (stdio and streamable HTTP)."""

from migrascope.mcp_server._server import build_server

__all__ = ["build_server"]
