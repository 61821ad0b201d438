"""run: the whole workflow on one file, with a report folder."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TaskID,
    TextColumn,
    TimeElapsedColumn,
)

from migrascope.cli._app import (
    TenantOpt,
    app,
    err_console,
    handle_errors,
    open_store,
    out_console,
    require_file,
    resolve_tenant,
    settings,
)
from migrascope.cli._inventory import FileArg, print_import_report
from migrascope.graph import run_workflow
from migrascope.tools.importing import ImportReport


@app.command("run")
@handle_errors
def run_command(
    file: FileArg,
    tenant: TenantOpt = None,
    out: Annotated[Path, typer.Option("--out", "-o", help="Report folder to write.")] = Path(
        "report"
    ),
) -> None:
    """Run the whole workflow on FILE (import, map, classify, store, ...) and write a report."""
    require_file(str(file))
    cfg = settings()
    tenant_id = resolve_tenant(tenant, cfg)
    with (
        open_store(cfg) as store,
        Progress(
            TextColumn("[bold]{task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeElapsedColumn(),
            console=err_console,
            transient=True,
        ) as progress,
    ):
        tasks: dict[str, TaskID] = {}

        def advance(stage: str, n: int) -> None:
            if stage not in tasks:
                tasks[stage] = progress.add_task(stage, total=None)
            progress.advance(tasks[stage], n)

        state = run_workflow(store, tenant_id, file, batch_size=cfg.batch_size, progress=advance)
    out.mkdir(parents=True, exist_ok=True)
    (out / "summary.json").write_text(json.dumps(state["summary"], indent=2, default=str))
    report = ImportReport(**state["import_report"])
    print_import_report(report)
    out_console.print(f"Report written to [bold]{out}[/]")
