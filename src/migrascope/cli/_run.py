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
from migrascope.tools.report import planning_result, write_report


@app.command("run")
@handle_errors
def run_command(
    file: FileArg,
    tenant: TenantOpt = None,
    out: Annotated[Path, typer.Option("--out", "-o", help="Report folder to write.")] = Path(
        "report"
    ),
    dependencies: Annotated[
        list[Path] | None,
        typer.Option(
            "--dependencies",
            "-d",
            help="Dependency file (source,target,port,protocol); may be repeated.",
        ),
    ] = None,
    rules: Annotated[
        Path | None,
        typer.Option("--rules", help="Your assessment_rules.toml, merged over the bundled policy."),
    ] = None,
) -> None:
    """Run the whole workflow on FILE (import, map, classify, store, group into applications,
    assess, plan waves) and write the report folder: plan.json, report.md, charts."""
    require_file(str(file))
    for dep in dependencies or []:
        require_file(str(dep))
    if rules is not None:
        require_file(str(rules))
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

        state = run_workflow(
            store,
            tenant_id,
            file,
            batch_size=cfg.batch_size,
            progress=advance,
            dependency_files=[str(d) for d in dependencies or []],
            rules=str(rules) if rules else None,
        )
    out.mkdir(parents=True, exist_ok=True)
    (out / "summary.json").write_text(json.dumps(state["summary"], indent=2, default=str))
    report = ImportReport(**state["import_report"])
    print_import_report(report)
    result = planning_result(
        applications=state["applications"],
        assessment=state["assessment"],
        plan=state["plan"],
        dependencies=state.get("dependencies"),
        notes=state.get("discovery_notes", []),
    )
    write_report(out, result)
    plan = state["plan"]
    for issue in state.get("dependencies", {}).get("issues", [])[:20]:
        err_console.print(
            f"[yellow]dependency {issue['kind']}:[/] {issue['message']}", highlight=False
        )
    out_console.print(
        f"{len(state['applications'])} applications, {len(plan['waves'])} waves, "
        f"{len(plan['excluded'])} assets excluded, {len(plan['issues'])} planning notes."
    )
    out_console.print(f"Report written to [bold]{out}[/] (plan.json, report.md, charts/)")
