"""stats: the learning statistics of a tenant (and PNG plots)."""

from __future__ import annotations

from pathlib import Path
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
    resolve_tenant,
    settings,
)
from migrascope.tools.analytics import learning_stats, write_plots


def _pct(cell: dict[str, Any]) -> str:
    acc = cell.get("accuracy")
    return "—" if acc is None else f"{acc:.0%} of {cell['events']}"


@app.command("stats")
@handle_errors
def stats_command(
    tenant: TenantOpt = None,
    json_out: JsonOpt = False,
    plots: Annotated[
        Path | None,
        typer.Option(
            "--plots",
            help="Write PNG plots (accuracy over time, learning curve, "
            "threshold history) into this folder.",
        ),
    ] = None,
) -> None:
    """Learning statistics: patterns by state, accuracy by band, thresholds, trends, conflicts."""
    cfg = settings()
    tenant_id = resolve_tenant(tenant, cfg)
    with open_store(cfg) as store:
        store.ensure_tenant(tenant_id)
        stats = learning_stats(store, tenant_id)
    if plots is not None:
        stats["plots"] = [str(p) for p in write_plots(stats, plots)]
    if json_out:
        print_json(stats)
        return
    grid = Table(title=f"Patterns (tenant {tenant_id})")
    for col in ("kind", "active", "retired"):
        grid.add_column(col)
    for kind in ("field_mapping", "asset_classification"):
        p = stats["patterns"][kind]
        grid.add_row(kind, str(p.get("active", 0)), str(p.get("retired", 0)))
    pool = stats["patterns"]["global_pool"]
    grid.add_row(
        "global pool (trusted/pending)", str(pool.get("trusted", 0)), str(pool.get("pending", 0))
    )
    out_console.print(grid)
    acc = stats["accuracy"]
    grid = Table(title="Accuracy from feedback")
    for col in ("scope", "overall", "high", "medium", "low"):
        grid.add_column(col)
    grid.add_row(
        "all", _pct(acc["overall"]), *(_pct(acc["by_band"][b]) for b in ("high", "medium", "low"))
    )
    for op, v in acc["by_operation"].items():
        grid.add_row(
            op,
            _pct(v["overall"]),
            *(_pct(v["by_band"].get(b, {})) for b in ("high", "medium", "low")),
        )
    out_console.print(grid)
    grid = Table(title="Thresholds (auto / suggest / reject)")
    for col in ("operation", "current", "default", "adjustments"):
        grid.add_column(col)
    for op, t in stats["thresholds"].items():
        cur, dft = t["current"], t["default"]
        grid.add_row(
            op,
            f"{cur['auto']:.2f} / {cur['suggest']:.2f} / {cur['reject']:.2f}",
            f"{dft['auto']:.2f} / {dft['suggest']:.2f} / {dft['reject']:.2f}",
            str(len(t["history"])),
        )
    out_console.print(grid)
    act = stats["recent_activity"]
    out_console.print(
        f"Activity: {act['decisions_24h']} decisions and {act['feedback_24h']} feedback events in "
        f"24 h; {act['decisions_7d']} / {act['feedback_7d']} in 7 days; {act['imports_7d']} imports."
    )
    if stats["top_conflicting_patterns"]:
        out_console.print(
            "Top conflicting patterns: "
            + ", ".join(
                f"#{c['pattern_id']} ({c['detections']}x)"
                for c in stats["top_conflicting_patterns"]
            )
        )
    exp = stats["exploration"]
    if exp["choices"]:
        out_console.print(
            f"Exploration: {exp['choices']} choices over {exp['distinct_patterns']} patterns, "
            f"entropy {exp['entropy_bits']:.2f} bits, {exp['explored_share']:.0%} exploratory."
        )
    for path in stats.get("plots", []):
        err_console.print(f"[dim]wrote {path}[/]")
