"""The workflow graph: map → import → summarise → dependencies → discover → assess →
plan. Nodes orchestrate tools; state holds only JSON-able results,
so a checkpointer can persist it; the store and callbacks travel in the run context."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypedDict

from langgraph.graph import END, START, StateGraph
from langgraph.runtime import Runtime

from migrascope.memory import Store
from migrascope.tools._policy import load_policy
from migrascope.tools.assessment import assess_tenant
from migrascope.tools.dependencies import build_dependencies
from migrascope.tools.discovery import discover_tenant
from migrascope.tools.importing import import_file, mapped_table
from migrascope.tools.planning import plan_tenant

__all__ = ["RunContext", "RunState", "build_workflow", "run_workflow"]


class RunState(TypedDict, total=False):
    """What the workflow knows so far."""

    file: str
    tenant: str
    mapping: list[dict[str, Any]]
    notes: list[str]
    import_report: dict[str, Any]
    import_id: int | None
    summary: dict[str, Any]
    dependency_files: list[str]
    rules: str | None
    dependencies: dict[str, Any]
    applications: list[dict[str, Any]]
    discovery_notes: list[str]
    assessment: dict[str, Any]
    plan: dict[str, Any]


@dataclass
class RunContext:
    """Per-run resources that must not be checkpointed."""

    store: Store
    batch_size: int = 2000
    progress: Callable[[str, int], None] | None = None


def _map_node(state: RunState, runtime: Runtime[RunContext]) -> RunState:
    with mapped_table(runtime.context.store, state["tenant"], state["file"]) as (table, mapping):
        return {"mapping": [c.to_json() for c in mapping.columns], "notes": list(table.notes)}


def _import_node(state: RunState, runtime: Runtime[RunContext]) -> RunState:
    ctx = runtime.context
    progress = ctx.progress
    report = import_file(
        ctx.store,
        state["tenant"],
        state["file"],
        batch_size=ctx.batch_size,
        progress=(lambda n: progress("import", n)) if progress else None,
    )
    return {"import_report": report.to_json(), "import_id": report.import_id}


def _summary_node(state: RunState, runtime: Runtime[RunContext]) -> RunState:
    store = runtime.context.store
    report = state["import_report"]
    return {
        "summary": {
            "file": Path(state["file"]).name,
            "tenant": state["tenant"],
            "import_id": state.get("import_id"),
            "status": report["status"],
            "rows": report["rows_total"],
            "stored": report["rows_imported"],
            "assets_in_tenant": store.assets.count(state["tenant"]),
            "asset_types": report["type_counts"],
            "columns_auto": sum(1 for m in state["mapping"] if m["decision"] == "auto"),
            "columns_suggested": [m for m in state["mapping"] if m["decision"] == "suggest"],
        }
    }


def _dependencies_node(state: RunState, runtime: Runtime[RunContext]) -> RunState:
    graph = build_dependencies(
        runtime.context.store, state["tenant"], files=state.get("dependency_files", [])
    )
    return {
        "dependencies": {"summary": graph.summary(), "issues": [i.to_json() for i in graph.issues]}
    }


def _discover_node(state: RunState, runtime: Runtime[RunContext]) -> RunState:
    policy = load_policy(state.get("rules"))
    found, labels = discover_tenant(runtime.context.store, state["tenant"], policy=policy)
    return {
        "applications": [a.to_json(labels) for a in found.applications],
        "discovery_notes": found.notes,
    }


def _assess_node(state: RunState, runtime: Runtime[RunContext]) -> RunState:
    policy = load_policy(state.get("rules"))
    result = assess_tenant(runtime.context.store, state["tenant"], policy=policy)
    return {"assessment": result.to_json()}


def _plan_node(state: RunState, runtime: Runtime[RunContext]) -> RunState:
    policy = load_policy(state.get("rules"))
    plan, plan_id = plan_tenant(
        runtime.context.store, state["tenant"], state["assessment"], policy=policy
    )
    return {"plan": {**plan.to_json(), "plan_id": plan_id}}


def build_workflow() -> StateGraph[RunState, RunContext, RunState, RunState]:
    """The graph, uncompiled, so callers can add a checkpointer or interrupts."""
    graph = StateGraph(RunState, context_schema=RunContext)
    graph.add_node("map", _map_node)
    graph.add_node("import", _import_node)
    graph.add_node("summarise", _summary_node)
    graph.add_node("dependencies", _dependencies_node)
    graph.add_node("discover", _discover_node)
    graph.add_node("assess", _assess_node)
    graph.add_node("plan", _plan_node)
    graph.add_edge(START, "map")
    graph.add_edge("map", "import")
    graph.add_edge("import", "summarise")
    graph.add_edge("summarise", "dependencies")
    graph.add_edge("dependencies", "discover")
    graph.add_edge("discover", "assess")
    graph.add_edge("assess", "plan")
    graph.add_edge("plan", END)
    return graph


def run_workflow(
    store: Store,
    tenant: str,
    file: str | Path,
    *,
    batch_size: int = 2000,
    progress: Callable[[str, int], None] | None = None,
    dependency_files: list[str] | None = None,
    rules: str | None = None,
) -> RunState:
    """Run the whole workflow on one file and return the final state."""
    app = build_workflow().compile()
    result = app.invoke(
        {
            "file": str(file),
            "tenant": tenant,
            "dependency_files": list(dependency_files or []),
            "rules": rules,
        },
        context=RunContext(store=store, batch_size=batch_size, progress=progress),
    )
    return RunState(**result)  # type: ignore[typeddict-item]
