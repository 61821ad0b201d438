"""serve: the MCP server over stdio (default) or streamable HTTP."""

from __future__ import annotations

from typing import Annotated

import typer

from migrascope.cli._app import app, handle_errors, settings


@app.command("serve")
@handle_errors
def serve_command(
    http: Annotated[
        bool, typer.Option("--http", help="Serve streamable HTTP instead of stdio.")
    ] = False,
    host: Annotated[str, typer.Option("--host", help="HTTP bind address.")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", "-p", help="HTTP port.")] = 8765,
) -> None:
    """Start the MCP server (stdio for desktop assistants, --http for the network)."""
    from migrascope.mcp_server import build_server

    server = build_server(settings())
    if http:
        server.run("streamable-http", host=host, port=port)
    else:
        server.run("stdio")
