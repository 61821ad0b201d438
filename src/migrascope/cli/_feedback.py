"""feedback: judge a decision, list decisions, explain one, resolve conflicts, share."""

from __future__ import annotations

from datetime import date
from typing import Annotated

import typer
from rich.table import Table

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
from migrascope.errors import InputError

feedback_app = typer.Typer(
    help="Feedback on decisions, their history, conflicts and sharing.", no_args_is_help=True
)
app.add_typer(feedback_app, name="feedback")

OperationOpt = Annotated[
    str,
    typer.Option(
        "--operation",
        "-o",
        help="field_mapping, asset_classification, migration_strategy or risk_assessment.",
    ),
]


@feedback_app.command("give")
@handle_errors
def give(
    decision: Annotated[int, typer.Argument(help="Decision id (see `feedback decisions`).")],
    action: Annotated[str, typer.Argument(help="confirm, correct or reject.")],
    answer: Annotated[
        str | None, typer.Option("--answer", "-a", help="The right answer (for correct).")
    ] = None,
    actor: Annotated[str, typer.Option("--actor", help="Who gives the feedback.")] = "user",
    tenant: TenantOpt = None,
    json_out: JsonOpt = False,
) -> None:
    """Confirm, correct or reject one decision; patterns and thresholds learn from it."""
    from migrascope.tools.feedback import record_feedback

    cfg = settings()
    tenant_id = resolve_tenant(tenant, cfg)
    with open_store(cfg) as store:
        result = record_feedback(store, tenant_id, decision, action, answer, actor=actor)
    if json_out:
        print_json(result.to_json())
        return
    out_console.print(
        f"Recorded {result.action} on decision #{decision} ({result.operation}): event "
        f"#{result.event_id}; rewarded {result.rewarded or '-'}, penalised "
        f"{result.penalised or '-'}, taught #{result.taught_pattern_id or '-'}, "
        f"retired {result.retired or '-'}."
    )
    for ch in result.threshold_changes:
        out_console.print(
            f"Threshold {ch.threshold}: {ch.old_value:.2f} → {ch.new_value:.2f} ({ch.reason})"
        )


@feedback_app.command("decisions")
@handle_errors
def decisions(
    operation: OperationOpt = "field_mapping",
    import_id: Annotated[int | None, typer.Option("--import", help="Only this import.")] = None,
    subject: Annotated[
        str | None, typer.Option("--subject", "-s", help="Only this subject.")
    ] = None,
    limit: Annotated[int, typer.Option("--limit", help="At most this many (latest).")] = 50,
    tenant: TenantOpt = None,
    json_out: JsonOpt = False,
) -> None:
    """List recent decisions (id, subject, answer, confidence, outcome)."""
    from migrascope.tools.history import subject_key

    cfg = settings()
    tenant_id = resolve_tenant(tenant, cfg)
    with open_store(cfg) as store:
        rows = store.decisions.history(
            tenant_id,
            operation=operation,
            import_id=import_id,
            subject_key=subject_key(operation, subject) if subject else None,
            limit=100_000,
        )[-limit:]
    if json_out:
        print_json({"decisions": [{k: v for k, v in r.items() if k != "evidence"} for r in rows]})
        return
    grid = Table(title=f"{operation} decisions (tenant {tenant_id})")
    for col in ("id", "when", "subject", "answer", "confidence", "decision", "outcome"):
        grid.add_column(col, overflow="fold")
    for r in rows:
        grid.add_row(
            str(r["decision_id"]),
            f"{r['created_at']:%Y-%m-%d %H:%M}",
            r["subject"],
            r["answer"] or "—",
            f"{r['confidence']:.2f}",
            r["decision"],
            r["outcome"] or "",
        )
    out_console.print(grid)


@feedback_app.command("why")
@handle_errors
def why(
    subject: Annotated[str | None, typer.Argument(help="Column header or asset name.")] = None,
    decision: Annotated[int | None, typer.Option("--decision", "-d", help="Decision id.")] = None,
    on: Annotated[
        str | None, typer.Option("--on", help="Day of the decision, YYYY-MM-DD (default: latest).")
    ] = None,
    operation: OperationOpt = "field_mapping",
    tenant: TenantOpt = None,
    json_out: JsonOpt = False,
) -> None:
    """Why a decision was made and what changed since."""
    from migrascope.tools.history import explain

    day = None
    if on:
        try:
            day = date.fromisoformat(on)
        except ValueError as exc:
            raise InputError(f"--on {on!r} is not a date like 2026-03-03.") from exc
    cfg = settings()
    tenant_id = resolve_tenant(tenant, cfg)
    with open_store(cfg) as store:
        report = explain(
            store, tenant_id, subject=subject, decision_id=decision, operation=operation, on=day
        )
    if json_out:
        print_json(report)
        return
    d, w = report["decision"], report["why"]
    out_console.print(
        f"Decision #{d['decision_id']} on {d['created_at']:%Y-%m-%d %H:%M}: {d['subject']} → "
        f"[bold]{d['answer'] or 'nothing'}[/] ({d['confidence']:.2f}, {d['decision']})"
    )
    for reason in w["reasons"]:
        out_console.print(f"  because {reason}")
    if w["runner_up"]:
        out_console.print(f"  runner-up: {w['runner_up']}")
    out_console.print("What changed since:")
    for line in report["since"]["changes"]:
        out_console.print(f"  - {line}")


@feedback_app.command("conflicts")
@handle_errors
def conflicts(
    operation: OperationOpt = "field_mapping",
    strategy: Annotated[
        str | None,
        typer.Option(
            "--strategy",
            help="highest_confidence, most_recent, crew_specialisation or evidence_vote.",
        ),
    ] = None,
    similarity: Annotated[
        float | None,
        typer.Option(
            "--similarity", min=0.0, max=1.0, help="Key similarity that counts as the same key."
        ),
    ] = None,
    tenant: TenantOpt = None,
    json_out: JsonOpt = False,
) -> None:
    """Detect, resolve and record conflicting patterns."""
    from migrascope.tools.conflicts import detect_conflicts, resolve_conflicts

    cfg = settings()
    tenant_id = resolve_tenant(tenant, cfg)
    with open_store(cfg) as store:
        conflicts = detect_conflicts(store, tenant_id, operation, similarity=similarity)
        found = resolve_conflicts(
            store, tenant_id, operation, strategy=strategy, conflicts=conflicts
        )
    if json_out:
        print_json({"conflicts": [r.to_json() for r in found]})
        return
    if not found:
        out_console.print("No conflicting patterns.")
    for r in found:
        answers = ", ".join(f"#{p.pattern_id} {p.key!r}→{p.answer}" for p in r.conflict.patterns)
        out_console.print(
            f"Conflict #{r.conflict_id}: {answers} ⇒ [bold]{r.answer}[/] ({r.reason})"
        )


@feedback_app.command("share")
@handle_errors
def share(
    enable: Annotated[bool, typer.Option("--on/--off", help="Opt in or out.")] = True,
    tenant: TenantOpt = None,
) -> None:
    """Opt the tenant in (or out) of contributing anonymised patterns to the global pool."""
    from migrascope.tools.sharing import contribute_all

    cfg = settings()
    tenant_id = resolve_tenant(tenant, cfg)
    with open_store(cfg) as store:
        store.set_sharing(tenant_id, enable)
        n = contribute_all(store, tenant_id) if enable else 0
    out_console.print(
        f"Tenant {tenant_id} {'shares' if enable else 'no longer shares'} anonymised patterns"
        + (f"; {n} contributed now." if enable else ".")
    )
