"""token: API tokens for the MCP server over HTTP (each maps to one tenant)."""

from __future__ import annotations

from typing import Annotated

import typer

from migrascope.cli._app import (
    JsonOpt,
    TenantOpt,
    app,
    handle_errors,
    open_store,
    out_console,
    print_json,
    resolve_tenant,
    settings,
)

token_app = typer.Typer(
    help="API tokens for `serve --http`: each token reads and writes one tenant only.",
    no_args_is_help=True,
)
app.add_typer(token_app, name="token")


@token_app.command("add")
@handle_errors
def token_add(
    tenant: TenantOpt = None,
    label: Annotated[str, typer.Option("--label", "-l", help="A note: who or what uses it.")] = "",
    json_out: JsonOpt = False,
) -> None:
    """Create a token for a tenant and print it once (only its hash is stored)."""
    cfg = settings()
    tenant_id = resolve_tenant(tenant, cfg)
    with open_store(cfg) as store:
        store.ensure_tenant(tenant_id)
        record, secret = store.tokens.create(tenant_id, label)
    if json_out:
        print_json({**record.to_json(), "token": secret})
        return
    out_console.print(
        f"Token #{record.token_id} for tenant [bold]{tenant_id}[/] (shown once, store it now):",
        highlight=False,
    )
    out_console.print(secret, highlight=False, soft_wrap=True)


@token_app.command("list")
@handle_errors
def token_list(
    tenant: Annotated[
        str | None, typer.Option("--tenant", "-t", help="Only this tenant's tokens.")
    ] = None,
    all_: Annotated[bool, typer.Option("--all", help="Include revoked tokens.")] = False,
    json_out: JsonOpt = False,
) -> None:
    """List tokens (never the secrets): id, tenant, prefix, label, last use."""
    cfg = settings()
    with open_store(cfg) as store:
        tokens = store.tokens.list(
            resolve_tenant(tenant, cfg) if tenant else None, include_revoked=all_
        )
    if json_out:
        print_json([t.to_json() for t in tokens])
        return
    from rich.table import Table

    table = Table("id", "tenant", "prefix", "label", "created", "last used", "revoked")
    for t in tokens:
        table.add_row(
            str(t.token_id),
            t.tenant_id,
            t.prefix + "…",
            t.label,
            f"{t.created_at:%Y-%m-%d %H:%M}",
            f"{t.last_used_at:%Y-%m-%d %H:%M}" if t.last_used_at else "-",
            f"{t.revoked_at:%Y-%m-%d %H:%M}" if t.revoked_at else "-",
        )
    out_console.print(table)


@token_app.command("revoke")
@handle_errors
def token_revoke(
    token_id: Annotated[int, typer.Argument(help="Token id from `token list`.")],
) -> None:
    """Revoke a token: requests with it are refused from now on."""
    with open_store(settings()) as store:
        store.tokens.revoke(token_id)
    out_console.print(f"Token #{token_id} revoked.")
