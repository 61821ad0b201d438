"""teach: store a person's correction as a pattern that the next import uses."""

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

teach_app = typer.Typer(
    help="Teach a correction: it becomes a pattern the next run uses.", no_args_is_help=True
)
app.add_typer(teach_app, name="teach")

_NOTHING = {"none", "null", "-", "extra", ""}


@teach_app.command("mapping")
@handle_errors
def teach_mapping(
    column: Annotated[
        str, typer.Option("--column", "-c", help="Source column header, as in the file.")
    ],
    target: Annotated[
        str, typer.Option("--target", "-f", help="Canonical field, or 'none' to keep it in extra.")
    ],
    tenant: TenantOpt = None,
    json_out: JsonOpt = False,
) -> None:
    """Teach that column C maps to canonical field F."""
    cfg = settings()
    tenant_id = resolve_tenant(tenant, cfg)
    field = None if target.strip().lower() in _NOTHING else target.strip()
    with open_store(cfg) as store:
        store.ensure_tenant(tenant_id)
        pattern = store.mapping_patterns.teach(tenant_id, column, field)
        store.feedback.record(
            tenant_id,
            operation="field_mapping",
            subject=column,
            action="correct",
            corrected=field or "none",
            pattern_ids=[pattern.pattern_id],
        )
    if json_out:
        print_json(pattern.__dict__)
    else:
        out_console.print(
            f"Learned: column [bold]{column}[/] → [bold]{field or 'extra (no field)'}[/] "
            f"for tenant {tenant_id} (pattern #{pattern.pattern_id}, "
            f"{pattern.confirmations} confirmations, {pattern.corrections} corrections)."
        )


@teach_app.command("type")
@handle_errors
def teach_type(
    name: Annotated[str, typer.Option("--name", "-n", help="Asset name (hostname) as imported.")],
    asset_type: Annotated[str, typer.Option("--type", help="Asset type from the taxonomy.")],
    tenant: TenantOpt = None,
    json_out: JsonOpt = False,
) -> None:
    """Teach that the asset NAME is of type TYPE (and assets like it)."""
    from migrascope.tools.classification_learning import teach_asset

    cfg = settings()
    tenant_id = resolve_tenant(tenant, cfg)
    with open_store(cfg) as store:
        store.ensure_tenant(tenant_id)
        found = store.assets.list(tenant_id, filters={"hostname": name}, limit=1)
        record = found[0] if found else {"hostname": name}
        previous = found[0]["classified_type"] if found else None
        confidence = (found[0].get("classification") or {}).get("confidence") if found else None
        # the whole record is kept with the pattern: the tenant's model learns from it
        pattern = teach_asset(
            store, tenant_id, record, asset_type, previous=previous, confidence=confidence
        )
        if not found:
            note = f"no stored asset is named {name!r}; learned from the name alone"
        else:
            note = f"was {previous}"
    if json_out:
        print_json({**pattern.__dict__, "note": note})
    else:
        out_console.print(
            f"Learned: [bold]{name}[/] is a [bold]{asset_type}[/] ({note}); pattern #{pattern.pattern_id}."
        )
