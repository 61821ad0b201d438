"""map, classify and import: the commands over one inventory file."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from migrascope.cli._app import (
    JsonOpt,
    TenantOpt,
    app,
    err_console,
    handle_errors,
    open_store,
    out_console,
    print_json,
    require_file,
    resolve_tenant,
    settings,
)
from migrascope.tools.importing import ImportReport, classify_file, import_file, mapped_table

FileArg = Annotated[
    Path, typer.Argument(help="Inventory file: CSV, XLSX or JSON.", show_default=False)
]

_DECISION_STYLE = {"auto": "green", "suggest": "yellow", "unmapped": "dim"}


@app.command("map")
@handle_errors
def map_command(file: FileArg, tenant: TenantOpt = None, json_out: JsonOpt = False) -> None:
    """Show how each column of FILE maps to the canonical schema. Writes nothing."""
    require_file(str(file))
    cfg = settings()
    tenant_id = resolve_tenant(tenant, cfg)
    with open_store(cfg) as store, mapped_table(store, tenant_id, file) as (table, mapping):
        if json_out:
            print_json(mapping.to_json())
            return
        for note in table.notes:
            err_console.print(f"[dim]{note}[/]")
        grid = Table(title=f"Column mapping of {file.name} (tenant {tenant_id})")
        for col in ("source", "target", "confidence", "decision", "unit", "why"):
            grid.add_column(col, overflow="fold")
        for c in mapping.columns:
            style = _DECISION_STYLE[c.decision]
            grid.add_row(
                c.source,
                c.target or "—",
                f"{c.confidence:.2f}",
                f"[{style}]{c.decision}[/]",
                c.unit or "",
                c.reasons[0] if c.reasons else "",
            )
        out_console.print(grid)


@app.command("classify")
@handle_errors
def classify_command(file: FileArg, tenant: TenantOpt = None, json_out: JsonOpt = False) -> None:
    """Show the asset type of each row of FILE, with confidence and reasons. Writes nothing."""
    require_file(str(file))
    cfg = settings()
    tenant_id = resolve_tenant(tenant, cfg)
    with open_store(cfg) as store:
        assets = classify_file(store, tenant_id, file)
    if json_out:
        print_json({"assets": assets})
        return
    grid = Table(title=f"Classification of {file.name} (tenant {tenant_id})")
    for col in ("row", "name", "type", "confidence", "why"):
        grid.add_column(col, overflow="fold")
    for a in assets:
        grid.add_row(
            str(a["row"]),
            a["name"],
            a["asset_type"],
            f"{a['confidence']:.2f}",
            a["reasons"][0] if a["reasons"] else "",
        )
    out_console.print(grid)


def print_import_report(report: ImportReport) -> None:
    """The summary a person reads after an import."""
    grid = Table(
        title=f"Import of {Path(report.file).name} — tenant {report.tenant}", show_header=False
    )
    grid.add_column("what", style="bold")
    grid.add_column("value")
    grid.add_row("status", report.status)
    grid.add_row("import id", str(report.import_id))
    grid.add_row("rows read", str(report.rows_total))
    grid.add_row("rows stored", str(report.rows_imported))
    grid.add_row("rows refused", str(report.rows_failed))
    mapped = sum(1 for m in report.mapping if m["decision"] == "auto")
    suggested = [m for m in report.mapping if m["decision"] == "suggest"]
    grid.add_row("columns mapped", f"{mapped} of {len(report.mapping)}")
    if suggested:
        grid.add_row(
            "mappings to review",
            ", ".join(f"{m['source']} → {m['target']}" for m in suggested),
        )
    if report.type_counts:
        grid.add_row("asset types", ", ".join(f"{k} {v}" for k, v in report.type_counts.items()))
    grid.add_row("classifications to review", str(report.review_count))
    grid.add_row("seconds", f"{report.seconds:.2f}")
    out_console.print(grid)
    for note in report.notes:
        err_console.print(f"[dim]note:[/] {note}")
    if report.problems:
        err_console.print(f"[yellow]{len(report.problems)} problem(s); first ones:[/]")
        for p in report.problems[:10]:
            err_console.print(f"  row {p['row']}: {p['message']}", highlight=False)


@app.command("import")
@handle_errors
def import_command(
    file: FileArg,
    tenant: TenantOpt = None,
    json_out: JsonOpt = False,
) -> None:
    """Map, classify and store the assets of FILE. Re-importing the same file stores nothing twice."""
    require_file(str(file))
    cfg = settings()
    tenant_id = resolve_tenant(tenant, cfg)
    with (
        open_store(cfg) as store,
        Progress(
            TextColumn("[bold]importing"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("rows"),
            TimeElapsedColumn(),
            console=err_console,
            transient=True,
            disable=json_out,
        ) as progress,
    ):
        task = progress.add_task("import", total=None)
        report = import_file(
            store,
            tenant_id,
            file,
            batch_size=cfg.batch_size,
            progress=lambda n: progress.advance(task, n),
        )
    if json_out:
        print_json(report.to_json())
    else:
        print_import_report(report)
