"""The workflow graph: map → (review) → import shards in parallel → combine →
(review) → dependencies → discover applications → assess → (review) → plan →
summarise,
durable in PostgreSQL.

Nodes orchestrate agents; the state holds only JSON-able results, so the PostgreSQL
checkpointer can persist it after every step, and the store and callbacks travel in
the run context. Three properties carry the design:

- **fan-out**: the rows are split into shards, one ``Send`` each; shards run in
  parallel and their results are combined by a reducer (``batch_results``);
- **durability**: with a checkpointer a killed run resumes from its last step with
  the same thread id; shards that finished are not re-run, and a shard that was
  interrupted skips the rows it already stored (writes are keyed by
  (import_id, row_number)), so nothing is lost or duplicated;
- **review**: with ``review=True`` the run pauses (``interrupt``) when mappings or
  classifications sit in the suggest band; the person's answers, given to
  ``resume_run``, become feedback and patterns, and the run goes on.
"""

from __future__ import annotations

import math
import operator
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Annotated, Any, TypedDict

from langchain_core.runnables import RunnableConfig
from langgraph.graph import END, START, StateGraph
from langgraph.runtime import Runtime
from langgraph.types import Command, RetryPolicy, Send, interrupt

from migrascope.agents import (
    Answer,
    AssessmentAgent,
    DiscoveryAgent,
    LearningAgent,
    PlanningAgent,
    PlanningInput,
    ReviewItem,
)
from migrascope.agents.discovery import mapping_to_json
from migrascope.agents.learning import Operation
from migrascope.errors import InputError
from migrascope.memory import Store
from migrascope.tools.importing import ImportReport

__all__ = [
    "RunContext",
    "RunResult",
    "RunState",
    "build_workflow",
    "checkpointer",
    "resume_run",
    "run_thread_id",
    "run_workflow",
    "start_run",
]

_MAX_SHARDS = 16
_MAX_REVIEW = 50


def _transient(exc: Exception) -> bool:
    """The database went away (restart, failover): worth retrying the node."""
    import psycopg

    from migrascope.errors import StoreError

    return isinstance(exc, psycopg.OperationalError | psycopg.InterfaceError) or (
        isinstance(exc, StoreError) and "connect" in str(exc).lower()
    )


# A node interrupted by a database restart runs again (its writes are idempotent);
# ~0.5+1+2+4+8 s covers a restart or a failover.
_RETRY = RetryPolicy(initial_interval=0.5, backoff_factor=2.0, max_attempts=6, retry_on=_transient)


class RunState(TypedDict, total=False):
    """What the workflow knows so far."""

    file: str
    tenant: str
    review: bool
    mapping: list[dict[str, Any]]
    mapping_full: list[dict[str, Any]]
    notes: list[str]
    import_id: int | None
    import_new: bool
    rows_total: int
    batch_results: Annotated[list[dict[str, Any]], operator.add]
    import_report: dict[str, Any]
    review_log: Annotated[list[dict[str, Any]], operator.add]
    dependency_files: list[str]
    rules: str | None
    dependencies: dict[str, Any]
    applications: list[dict[str, Any]]
    discovery_notes: list[str]
    assessment: dict[str, Any]
    plan: dict[str, Any]
    plan_problems: list[str]
    summary: dict[str, Any]


class ShardState(TypedDict):
    """The input of one shard (a ``Send`` payload)."""

    tenant: str
    file: str
    import_id: int
    mapping_full: list[dict[str, Any]]
    start: int
    stop: int


@dataclass
class RunContext:
    """Per-run resources that must not be checkpointed."""

    store: Store
    batch_size: int = 2000
    shard_rows: int = 10_000
    progress: Callable[[str, int], None] | None = None


@dataclass
class RunResult:
    """A finished run's state, or the questions a paused run waits on."""

    thread_id: str
    state: RunState
    questions: list[dict[str, Any]] = field(default_factory=list)

    @property
    def paused(self) -> bool:
        return bool(self.questions)


# -- nodes ---------------------------------------------------------------------------


def _map_node(state: RunState, runtime: Runtime[RunContext]) -> RunState:
    agent = DiscoveryAgent(runtime.context.store)
    mapping, _ = agent.map(state["tenant"], state["file"])
    from migrascope.tools.importing import mapped_table

    with mapped_table(runtime.context.store, state["tenant"], state["file"]) as (table, _m):
        notes = list(table.notes)
    return {
        "mapping": [c.to_json() for c in mapping.columns],
        "mapping_full": mapping_to_json(mapping),
        "notes": notes,
    }


def _ask(items: list[ReviewItem], kind: str) -> list[Answer]:
    """Pause for a person; their answers come back through ``Command(resume=...)``."""
    reply = interrupt({"kind": kind, "items": [i.model_dump() for i in items]})
    if not isinstance(reply, list):
        raise InputError(f"Resume a {kind} with a list of answers, not {type(reply).__name__}.")
    known = {i.id for i in items}
    answers = [Answer.model_validate(a) for a in reply]
    unknown = [a.id for a in answers if a.id not in known]
    if unknown:
        raise InputError(f"Answers name unknown review items: {', '.join(unknown)}.")
    return answers


def _learn_answers(
    store: Store,
    tenant: str,
    operation: Operation,
    items: list[ReviewItem],
    answers: list[Answer],
) -> list[dict[str, Any]]:
    """Each answer becomes feedback (and a pattern); returns the review log entries."""
    by_id = {i.id: i for i in items}
    learner = LearningAgent(store)
    log = []
    for a in answers:
        item = by_id[a.id]
        event = learner.apply_answer(
            tenant, operation, item.subject, item.proposed, a, confidence=item.confidence
        )
        log.append({"id": a.id, "action": a.action, "value": a.value, "event_id": event})
    return log


def _review_mapping_node(state: RunState, runtime: Runtime[RunContext]) -> RunState:
    if not state.get("review"):
        return {}
    store = runtime.context.store
    agent = DiscoveryAgent(store)
    _, items = agent.map(state["tenant"], state["file"])
    if not items:
        return {}
    answers = _ask(items[:_MAX_REVIEW], "mapping_review")
    log = _learn_answers(store, state["tenant"], "field_mapping", items, answers)
    # The answers are patterns now: map again so the import applies them.
    mapping, _ = agent.map(state["tenant"], state["file"])
    return {
        "review_log": log,
        "mapping": [c.to_json() for c in mapping.columns],
        "mapping_full": mapping_to_json(mapping),
    }


def _begin_node(state: RunState, runtime: Runtime[RunContext]) -> RunState:
    import_id, is_new, rows = DiscoveryAgent(runtime.context.store).begin_import(
        state["tenant"], state["file"]
    )
    return {"import_id": import_id, "import_new": is_new, "rows_total": rows}


def _fan_out(state: RunState, runtime: Runtime[RunContext]) -> list[Send] | str:
    if not state.get("import_new"):
        return "combine"
    rows = state["rows_total"]
    shards = max(1, min(_MAX_SHARDS, math.ceil(rows / runtime.context.shard_rows)))
    size = math.ceil(rows / shards)
    return [
        Send(
            "import_shard",
            ShardState(
                tenant=state["tenant"],
                file=state["file"],
                import_id=int(state["import_id"] or 0),
                mapping_full=state["mapping_full"],
                start=start,
                stop=min(rows, start + size),
            ),
        )
        for start in range(0, rows, size)
    ]


def _shard_node(shard: ShardState, runtime: Runtime[RunContext]) -> RunState:
    ctx = runtime.context
    progress = ctx.progress
    result = DiscoveryAgent(ctx.store).import_rows(
        shard["tenant"],
        shard["file"],
        shard["import_id"],
        shard["mapping_full"],
        start=shard["start"],
        stop=shard["stop"],
        batch_size=ctx.batch_size,
        progress=(lambda n: progress("import", n)) if progress else None,
    )
    return {"batch_results": [result]}


def _combine_node(state: RunState, runtime: Runtime[RunContext]) -> RunState:
    """Sum the shards; the stored counts come from the database, the truth."""
    store = runtime.context.store
    tenant, import_id = state["tenant"], int(state["import_id"] or 0)
    info = store.imports.get(tenant, import_id)
    report = ImportReport(tenant, state["file"], "completed", import_id, notes=state["notes"])
    report.mapping = state["mapping"]
    if not state.get("import_new"):
        report.status = "duplicate"
        report.rows_total = info.rows_total if info else 0
        report.notes.append(f"already imported as import #{import_id}; nothing stored again")
        return {"import_report": report.to_json()}
    results = sorted(state.get("batch_results", []), key=lambda r: r["start"])
    report.rows_total = state["rows_total"]
    report.rows_imported = store.assets.count(tenant, import_id)
    report.rows_failed = report.rows_total - report.rows_imported
    report.problems = [p for r in results for p in r["problems"]][:1000]
    report.seconds = round(sum(r.get("seconds", 0.0) for r in results), 3)
    types = store.execute(
        "SELECT classified_type AS t, count(*) AS n FROM assets WHERE tenant_id = %s "
        "AND import_id = %s GROUP BY 1 ORDER BY 2 DESC",
        (tenant, import_id),
    )
    report.type_counts = {r["t"]: int(r["n"]) for r in types}
    report.review_count = store.execute(
        "SELECT count(*) AS n FROM assets WHERE tenant_id = %s AND import_id = %s "
        "AND classification->>'decision' = 'suggest'",
        (tenant, import_id),
    )[0]["n"]
    store.imports.finish(
        tenant,
        import_id,
        status="completed",
        rows_total=report.rows_total,
        rows_imported=report.rows_imported,
        rows_failed=report.rows_failed,
        errors=report.problems,
        mapping=report.mapping,
    )
    return {"import_report": report.to_json()}


def _review_types_node(state: RunState, runtime: Runtime[RunContext]) -> RunState:
    if not state.get("review") or state["import_report"]["status"] != "completed":
        return {}
    store = runtime.context.store
    tenant, import_id = state["tenant"], int(state["import_id"] or 0)
    items = DiscoveryAgent(store).classification_review(tenant, import_id, _MAX_REVIEW)
    if not items:
        return {}
    answers = _ask(items, "classification_review")
    by_id = {i.id: i for i in items}
    learner = LearningAgent(store)
    log = []
    for a in answers:
        item = by_id[a.id]
        row_number = int(item.id.rsplit(":", 1)[1])
        record = _asset_row(store, tenant, import_id, row_number)
        event = learner.apply_answer(
            tenant, "asset_classification", item.subject, item.proposed, a,
            confidence=item.confidence, record=record,
        )  # fmt: skip
        if a.action in ("confirm", "correct"):
            label = item.proposed if a.action == "confirm" else a.value
            store.execute(
                "UPDATE assets SET classified_type = %s, classification = classification || "
                "jsonb_build_object('decision', 'confirmed', 'feedback_event', %s::bigint) "
                "WHERE tenant_id = %s AND import_id = %s AND row_number = %s",
                (label, event, tenant, import_id, row_number),
            )
        log.append({"id": a.id, "action": a.action, "value": a.value, "event_id": event})
    return {"review_log": log}


def _asset_row(store: Store, tenant: str, import_id: int, row_number: int) -> dict[str, Any]:
    rows = store.execute(
        "SELECT * FROM assets WHERE tenant_id = %s AND import_id = %s AND row_number = %s",
        (tenant, import_id, row_number),
    )
    return dict(rows[0]) if rows else {}


def _dependencies_node(state: RunState, runtime: Runtime[RunContext]) -> RunState:
    agent = AssessmentAgent(runtime.context.store)
    return {"dependencies": agent.dependencies(state["tenant"], state.get("dependency_files", []))}


def _discover_node(state: RunState, runtime: Runtime[RunContext]) -> RunState:
    agent = AssessmentAgent(runtime.context.store)
    apps, notes = agent.applications(state["tenant"], state.get("rules"))
    return {"applications": apps, "discovery_notes": notes}


def _assess_node(state: RunState, runtime: Runtime[RunContext]) -> RunState:
    agent = AssessmentAgent(runtime.context.store)
    return {"assessment": agent.assess(state["tenant"], state.get("rules"))}


def _review_strategies_node(state: RunState, runtime: Runtime[RunContext]) -> RunState:
    if not state.get("review"):
        return {}
    store = runtime.context.store
    agent = AssessmentAgent(store)
    items = agent.review(state["tenant"], state["assessment"], _MAX_REVIEW)
    if not items:
        return {}
    answers = _ask(items, "strategy_review")
    log = _learn_answers(store, state["tenant"], "migration_strategy", items, answers)
    # The verdicts are learned: assess again so the plan uses them.
    return {"review_log": log, "assessment": agent.assess(state["tenant"], state.get("rules"))}


def _plan_node(state: RunState, runtime: Runtime[RunContext]) -> RunState:
    out = PlanningAgent(runtime.context.store).run(
        PlanningInput(
            tenant=state["tenant"], assessment=state["assessment"], rules=state.get("rules")
        )
    )
    return {"plan": out.plan, "plan_problems": out.problems}


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
            "shards": len(state.get("batch_results", [])),
            "reviewed": len(state.get("review_log", [])),
            "applications": len(state.get("applications", [])),
            "waves": len(state.get("plan", {}).get("waves", [])),
            "plan_problems": state.get("plan_problems", []),
        }
    }


def build_workflow() -> StateGraph[RunState, RunContext, RunState, RunState]:
    """The graph, uncompiled, so callers can add a checkpointer or interrupts."""
    graph = StateGraph(RunState, context_schema=RunContext)
    graph.add_node("map", _map_node, retry_policy=_RETRY)
    graph.add_node("review_mapping", _review_mapping_node)
    graph.add_node("begin_import", _begin_node, retry_policy=_RETRY)
    graph.add_node(  # type: ignore[call-overload]
        "import_shard", _shard_node, input_schema=ShardState, retry_policy=_RETRY
    )
    graph.add_node("combine", _combine_node, retry_policy=_RETRY)
    graph.add_node("review_types", _review_types_node)
    graph.add_node("dependencies", _dependencies_node, retry_policy=_RETRY)
    graph.add_node("discover", _discover_node, retry_policy=_RETRY)
    graph.add_node("assess", _assess_node, retry_policy=_RETRY)
    graph.add_node("review_strategies", _review_strategies_node)
    graph.add_node("plan", _plan_node, retry_policy=_RETRY)
    graph.add_node("summarise", _summary_node, retry_policy=_RETRY)
    graph.add_edge(START, "map")
    graph.add_edge("map", "review_mapping")
    graph.add_edge("review_mapping", "begin_import")
    graph.add_conditional_edges("begin_import", _fan_out, ["import_shard", "combine"])
    graph.add_edge("import_shard", "combine")
    graph.add_edge("combine", "review_types")
    graph.add_edge("review_types", "dependencies")
    graph.add_edge("dependencies", "discover")
    graph.add_edge("discover", "assess")
    graph.add_edge("assess", "review_strategies")
    graph.add_edge("review_strategies", "plan")
    graph.add_edge("plan", "summarise")
    graph.add_edge("summarise", END)
    return graph


# -- running -------------------------------------------------------------------------


def checkpointer(store: Store) -> Any:
    """A PostgreSQL checkpointer on the store's pool (its tables are created once)."""
    from langgraph.checkpoint.postgres import PostgresSaver

    saver = PostgresSaver(store.pool)
    saver.setup()
    return saver


def _finish(app: Any, config: RunnableConfig, thread_id: str, result: dict[str, Any]) -> RunResult:
    questions = [i.value for i in result.get("__interrupt__", [])]
    state = {k: v for k, v in result.items() if k != "__interrupt__"}
    if not questions and app.checkpointer is not None:
        snapshot = app.get_state(config)
        questions = [i.value for t in snapshot.tasks for i in t.interrupts]
    return RunResult(thread_id, RunState(**state), questions)  # type: ignore[typeddict-item]


def start_run(
    store: Store,
    tenant: str,
    file: str | Path,
    *,
    thread_id: str | None = None,
    review: bool = False,
    durable: bool = True,
    batch_size: int = 2000,
    shard_rows: int = 10_000,
    progress: Callable[[str, int], None] | None = None,
    dependency_files: list[str] | None = None,
    rules: str | None = None,
) -> RunResult:
    """Start a run; with ``durable`` it is checkpointed under ``thread_id``.

    Returns the final state, or (with ``review``) the questions the run paused on.
    """
    thread_id = thread_id or uuid.uuid4().hex
    app = build_workflow().compile(checkpointer=checkpointer(store) if durable else None)
    config: RunnableConfig = {"configurable": {"thread_id": thread_id}}
    ctx = RunContext(store=store, batch_size=batch_size, shard_rows=shard_rows, progress=progress)
    inputs: RunState = {
        "file": str(file),
        "tenant": tenant,
        "review": review,
        "dependency_files": list(dependency_files or []),
        "rules": rules,
    }
    result = app.invoke(inputs, config=config, context=ctx)
    return _finish(app, config, thread_id, result)


def _check_answers(answers: list[dict[str, Any]], questions: list[dict[str, Any]]) -> None:
    if not isinstance(answers, list):
        raise InputError(f"Review answers must be a list, not {type(answers).__name__}.")
    known = {item["id"] for q in questions for item in q.get("items", [])}
    try:
        parsed = [Answer.model_validate(a) for a in answers]
    except ValueError as exc:
        raise InputError(f"Review answers are not valid: {exc}") from exc
    unknown = [a.id for a in parsed if a.id not in known]
    if unknown:
        raise InputError(f"Answers name unknown review items: {', '.join(unknown)}.")
    for a in parsed:
        if a.action == "correct" and not a.value:
            raise InputError(f"The correction of {a.id!r} needs the right answer in 'value'.")


def resume_run(
    store: Store,
    thread_id: str,
    *,
    answers: list[dict[str, Any]] | None = None,
    batch_size: int = 2000,
    shard_rows: int = 10_000,
    progress: Callable[[str, int], None] | None = None,
) -> RunResult:
    """Continue a checkpointed run: after a crash (no answers), or a review pause
    (the person's answers, which become feedback)."""
    app = build_workflow().compile(checkpointer=checkpointer(store))
    config: RunnableConfig = {"configurable": {"thread_id": thread_id}}
    snapshot = app.get_state(config)
    if not snapshot.values and not snapshot.next:
        raise InputError(f"No run is checkpointed under thread id {thread_id!r}.")
    ctx = RunContext(store=store, batch_size=batch_size, shard_rows=shard_rows, progress=progress)
    pending = any(t.interrupts for t in snapshot.tasks)
    if pending and answers is None:
        raise InputError(f"Run {thread_id!r} waits for review answers; pass them to resume it.")
    if pending and answers is not None:
        # Checked before resuming: a resume value, once written, is what interrupt()
        # returns on every later attempt, so a bad one must never reach the graph.
        _check_answers(answers, [i.value for t in snapshot.tasks for i in t.interrupts])
    command: Any = Command(resume=answers) if pending else None
    result = app.invoke(command, config=config, context=ctx)
    return _finish(app, config, thread_id, result)


def run_thread_id(
    tenant: str,
    file: str | Path,
    dependency_files: list[str] | None = None,
    rules: str | None = None,
) -> str:
    """The thread id ``run_workflow`` uses: the same inputs (bytes of the file and of the
    dependency files, the rules file), the same thread."""
    import hashlib

    from migrascope.tools.readers import file_sha256

    digest = hashlib.sha256(file_sha256(Path(file)).encode())
    for extra in [*(dependency_files or []), *([rules] if rules else [])]:
        digest.update(file_sha256(Path(extra)).encode())
    return f"run:{tenant}:{digest.hexdigest()[:20]}"


def run_workflow(
    store: Store,
    tenant: str,
    file: str | Path,
    *,
    batch_size: int = 2000,
    progress: Callable[[str, int], None] | None = None,
    dependency_files: list[str] | None = None,
    rules: str | None = None,
    thread_id: str | None = None,
) -> RunState:
    """Run the whole workflow on one file (checkpointed, no review); return the final state.

    Without ``thread_id`` the thread is derived from the tenant and the file's content,
    so running the same file again after a crash (``migrascope run FILE`` killed
    half-way) resumes the interrupted run instead of starting over; a run that had
    finished, or that waits for review answers, is started afresh.
    """
    if thread_id is None:
        thread_id = run_thread_id(tenant, file, dependency_files, rules)
        saver = checkpointer(store)
        app = build_workflow().compile(checkpointer=saver)
        snapshot = app.get_state({"configurable": {"thread_id": thread_id}})
        waiting = any(t.interrupts for t in snapshot.tasks)
        if snapshot.next and not waiting:
            return resume_run(store, thread_id, batch_size=batch_size, progress=progress).state
        if snapshot.values:
            saver.delete_thread(thread_id)
    return start_run(
        store,
        tenant,
        file,
        thread_id=thread_id,
        batch_size=batch_size,
        progress=progress,
        dependency_files=dependency_files,
        rules=rules,
    ).state
