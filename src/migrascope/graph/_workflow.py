"""The workflow graph. Nodes orchestrate tools; state holds only JSON-able results,
so a checkpointer can persist it; the store and callbacks travel in the run context."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypedDict

from langgraph.graph import END, START, StateGraph
from langgraph.runtime import Runtime

from migrascope.memory import Store
from migrascope.tools.importing import import_file, mapped_table

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


def build_workflow() -> StateGraph[RunState, RunContext, RunState, RunState]:
    """The graph, uncompiled, so callers can add a checkpointer or interrupts."""
    graph = StateGraph(RunState, context_schema=RunContext)
    graph.add_node("map", _map_node)
    graph.add_node("import", _import_node)
    graph.add_node("summarise", _summary_node)
    graph.add_edge(START, "map")
    graph.add_edge("map", "import")
    graph.add_edge("import", "summarise")
    graph.add_edge("summarise", END)
    return graph


def run_workflow(
    store: Store,
    tenant: str,
    file: str | Path,
    *,
    batch_size: int = 2000,
    progress: Callable[[str, int], None] | None = None,
) -> RunState:
    """Run the whole workflow on one file and return the final state."""
    app = build_workflow().compile()
    result = app.invoke(
        {"file": str(file), "tenant": tenant},
        context=RunContext(store=store, batch_size=batch_size, progress=progress),
    )
    return RunState(**result)  # type: ignore[typeddict-item]
