"""teach application / teach strategy: a person's corrections to discovery and 6R."""

from __future__ import annotations

from typing import Annotated

import typer

from migrascope.cli._app import (
    JsonOpt,
    TenantOpt,
    handle_errors,
    open_store,
    out_console,
    print_json,
    resolve_tenant,
    settings,
)
from migrascope.cli._teach import teach_app
from migrascope.errors import InputError
from migrascope.tools.assessment import STRATEGIES, record_strategy_feedback
from migrascope.tools.discovery import move_asset


@teach_app.command("application")
@handle_errors
def teach_application(
    asset: Annotated[str, typer.Option("--asset", "-a", help="Hostname, FQDN or asset id.")],
    application: Annotated[str, typer.Option("--application", "-p", help="Target application.")],
    tenant: TenantOpt = None,
    json_out: JsonOpt = False,
) -> None:
    """Move ASSET to APPLICATION; the next discovery keeps it there (and its siblings)."""
    cfg = settings()
    tenant_id = resolve_tenant(tenant, cfg)
    with open_store(cfg) as store:
        store.ensure_tenant(tenant_id)
        moved = move_asset(store, tenant_id, asset, application)
    if json_out:
        print_json(moved)
    else:
        out_console.print(
            f"Moved [bold]{moved['asset']}[/] from {moved['from'] or '(none)'} to "
            f"[bold]{moved['to']}[/]; learned as patterns {moved['patterns']}."
        )


@teach_app.command("strategy")
@handle_errors
def teach_strategy(
    subject: Annotated[
        str, typer.Option("--subject", "-s", help="Asset name, or app:<application>.")
    ],
    strategy: Annotated[str, typer.Option("--strategy", help=f"One of {', '.join(STRATEGIES)}.")],
    tenant: TenantOpt = None,
    json_out: JsonOpt = False,
) -> None:
    """Set the 6R strategy of an asset or application; the next assessment applies it."""
    if strategy not in STRATEGIES:
        raise InputError(f"Strategy {strategy!r} is not one of {', '.join(STRATEGIES)}.")
    cfg = settings()
    tenant_id = resolve_tenant(tenant, cfg)
    with open_store(cfg) as store:
        store.ensure_tenant(tenant_id)
        kind = "application" if subject.startswith("app:") else "asset"
        name = subject.removeprefix("app:")
        current = next(
            (
                r["strategy"]
                for r in store.assessments.list(tenant_id, kind)
                if (r["subject"] if kind == "application" else r["details"].get("name")) == name
            ),
            None,
        )
        event = record_strategy_feedback(
            store,
            tenant_id,
            subject,
            proposed=current,
            corrected=None if current == strategy else strategy,
        )
    result = {"subject": subject, "was": current, "now": strategy, "event": event}
    if json_out:
        print_json(result)
    else:
        out_console.print(
            f"Learned: [bold]{subject}[/] → [bold]{strategy}[/] (was {current or 'not assessed'})."
        )
