"""worker and queue: scale out over processes and machines sharing one PostgreSQL."""

from __future__ import annotations

import signal
from typing import Annotated, Any

import typer
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

queue_app = typer.Typer(
    help="Submit work for `migrascope worker` processes and watch the queue.",
    no_args_is_help=True,
)
app.add_typer(queue_app, name="queue")


@app.command("worker")
@handle_errors
def worker_command(
    agent_type: Annotated[
        str, typer.Option("--type", help="Agent type of this crew: discovery, learning, ...")
    ] = "discovery",
    specialisation: Annotated[
        list[str] | None,
        typer.Option("--specialisation", "-s", help="A specialisation (repeatable), e.g. import."),
    ] = None,
    capacity: Annotated[
        int, typer.Option("--capacity", "-c", min=1, max=64, help="Items held at once.")
    ] = 1,
    name: Annotated[str | None, typer.Option("--name", help="Crew id (default: host:pid).")] = None,
    only_tenant: Annotated[
        str | None, typer.Option("--only-tenant", help="Take only this tenant's items.")
    ] = None,
    exit_when_idle: Annotated[
        bool, typer.Option("--exit-when-idle", help="Stop once nothing is left to do.")
    ] = False,
    max_items: Annotated[
        int | None, typer.Option("--max-items", min=1, help="Stop after this many items.")
    ] = None,
    poll: Annotated[float, typer.Option("--poll", help="Seconds between empty polls.")] = 0.5,
    heartbeat: Annotated[float, typer.Option("--heartbeat", help="Seconds between beats.")] = 2.0,
    timeout: Annotated[
        float, typer.Option("--timeout", help="Silence (s) after which a crew counts as dead.")
    ] = 15.0,
    json_out: JsonOpt = False,
) -> None:
    """Run a worker: register a crew, claim work items, process them, beat."""
    from migrascope.agents import Crew, Worker, WorkerOptions

    cfg = settings()
    crew = Crew.new(agent_type, specialisation or (), capacity, name)
    options = WorkerOptions(
        poll=poll,
        heartbeat=heartbeat,
        timeout=timeout,
        exit_when_idle=exit_when_idle,
        max_items=max_items,
        tenant=resolve_tenant(only_tenant, cfg) if only_tenant else None,
    )
    with open_store(cfg) as store:
        worker = Worker(store, crew, options=options)
        for sig in (signal.SIGINT, signal.SIGTERM):
            signal.signal(sig, lambda *_: worker.stop())
        err_console.print(
            f"worker [bold]{crew.crew_id}[/] ({crew.agent_type}, capacity {crew.capacity}) "
            "started; Ctrl-C stops after the items in hand",
            highlight=False,
        )
        stats = worker.run()
    if json_out:
        print_json(stats.to_json())
    else:
        out_console.print(
            f"{stats.crew_id}: {stats.done} done, {stats.failed} failed attempts, "
            f"{stats.dead} dead letters in {stats.seconds:.1f} s"
        )


@queue_app.command("submit")
@handle_errors
def submit_command(
    file: Annotated[str, typer.Argument(help="Inventory file (CSV, XLSX, JSON).")],
    tenant: TenantOpt = None,
    batch_size: Annotated[int, typer.Option("--batch-size", min=1, help="Rows per item.")] = 2000,
    wait: Annotated[bool, typer.Option("--wait", help="Block until workers finish.")] = False,
    json_out: JsonOpt = False,
) -> None:
    """Map FILE and queue its rows as work items for `migrascope worker` processes."""
    from migrascope.agents import DiscoveryAgent, DiscoveryInput, WorkQueue

    require_file(file)
    cfg = settings()
    tenant_id = resolve_tenant(tenant, cfg)
    with open_store(cfg) as store:
        queue = WorkQueue(store)
        agent = DiscoveryAgent(store)
        sub = agent.submit(
            DiscoveryInput(tenant=tenant_id, file=file, batch_size=batch_size), queue
        )
        data = sub.model_dump()
        if wait:
            data["items_by_status"] = queue.wait(tenant_id, sub.job, timeout=24 * 3600)
            agent.finish_import(tenant_id, sub.import_id, queue)
            info = store.imports.get(tenant_id, sub.import_id)
            data["status"] = info.status if info else sub.status
    if json_out:
        print_json(data)
    else:
        out_console.print(
            f"import #{data['import_id']}: {data['rows']} rows in {data['items']} items "
            f"(job {data['job']}): {data['status']}"
        )


@queue_app.command("status")
@handle_errors
def status_command(tenant: TenantOpt = None, json_out: JsonOpt = False) -> None:
    """Crews with their health, and this tenant's work items by status."""
    from migrascope.agents import CrewRegistry, WorkQueue

    cfg = settings()
    tenant_id = resolve_tenant(tenant, cfg)
    with open_store(cfg) as store:
        crews = [c.to_json() for c in CrewRegistry(store).health()]
        queue = WorkQueue(store)
        data: dict[str, Any] = {
            "crews": crews,
            "items": queue.stats(tenant_id),
            "dead_letters": queue.dead_letters(tenant_id),
        }
    if json_out:
        print_json(data)
        return
    table = Table("crew", "type", "health", "holding", "done", "failed", "last beat (s)")
    for c in crews:
        table.add_row(
            c["crew_id"],
            c["agent_type"],
            c["health"],
            str(c["holding"]),
            str(c["items_done"]),
            str(c["items_failed"]),
            f"{c['seconds_since_beat']:.1f}",
        )
    out_console.print(table)
    out_console.print(f"items: {data['items']}")
    for d in data["dead_letters"]:
        out_console.print(f"dead: item {d['item_id']} ({d['job']} #{d['seq']}): {d['last_error']}")


@queue_app.command("retry-dead")
@handle_errors
def retry_dead_command(
    items: Annotated[list[int], typer.Argument(help="Dead item ids to try again.")],
    tenant: TenantOpt = None,
) -> None:
    """Give dead-lettered items a fresh set of attempts (after fixing their cause)."""
    from migrascope.agents import WorkQueue

    cfg = settings()
    tenant_id = resolve_tenant(tenant, cfg)
    with open_store(cfg) as store:
        n = WorkQueue(store).requeue_dead(tenant_id, items)
    out_console.print(f"{n} item(s) queued again")
