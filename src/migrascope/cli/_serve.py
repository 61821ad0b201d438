"""serve: the MCP server over stdio (default) or streamable HTTP with bearer tokens."""

from __future__ import annotations

from typing import Annotated

import typer

from migrascope.cli._app import TenantOpt, app, err_console, handle_errors, open_store, settings


@app.command("serve")
@handle_errors
def serve_command(
    http: Annotated[
        bool, typer.Option("--http", help="Serve streamable HTTP (bearer tokens) instead of stdio.")
    ] = False,
    host: Annotated[
        str, typer.Option("--host", help="HTTP bind address; loopback unless you mean otherwise.")
    ] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", "-p", help="HTTP port.")] = 8765,
    tenant: TenantOpt = None,
) -> None:
    """Start the MCP server: stdio for desktop assistants, --http for the network.

    Over stdio every call works on one tenant (--tenant, MIGRASCOPE_TENANT or 'default').
    Over HTTP each request's tenant comes from its bearer token (`migrascope token add`).
    """
    from migrascope.mcp_server import serve_http, serve_stdio

    cfg = settings()
    with open_store(cfg) as store:
        if http:
            if tenant:
                err_console.print(
                    "--tenant is ignored with --http: each token names its tenant.",
                    highlight=False,
                )
            if not store.tokens.list():
                err_console.print(
                    "No API tokens yet: every request will be refused. Create one with "
                    "`migrascope token add --tenant T`.",
                    highlight=False,
                )
            err_console.print(
                f"MCP over streamable HTTP at http://{host}:{port}/mcp", highlight=False
            )
            serve_http(store, cfg, host=host, port=port)
        else:
            serve_stdio(store, cfg, tenant=tenant)
