"""run_workflow: the whole graph on one file, with progress notifications per batch and
the decisions that need a person returned as questions the assistant can put to them."""

from __future__ import annotations

from typing import Any

import anyio.from_thread
from mcp.server.mcpserver import Context

from migrascope.graph import run_workflow as run_graph
from migrascope.mcp_server._context import (
    AppContext,
    app_of,
    in_thread,
    materialise,
    tenant_of,
    tool_errors,
)
from migrascope.mcp_server._models import ReviewQuestion, WorkflowOut
from migrascope.mcp_server._queries import review_assets
from migrascope.mcp_server._tools_inventory import ContentArg, NameArg, PathArg

__all__ = ["review_questions", "run_workflow"]

MAX_QUESTIONS = 25


def review_questions(
    app: AppContext, tenant: str, mapping: list[dict[str, Any]], import_id: int | None
) -> list[ReviewQuestion]:
    """Suggest-band decisions of a run, phrased as questions with the call that answers them."""
    questions: list[ReviewQuestion] = []
    for col in mapping:
        if col["decision"] != "suggest":
            continue
        questions.append(
            ReviewQuestion(
                id=f"field_mapping:{col['source']}",
                operation="field_mapping",
                subject=col["source"],
                question=(
                    f"Column {col['source']!r} looks like {col['target']} "
                    f"({col['confidence']:.0%} sure). Is that right?"
                ),
                proposed=col["target"],
                confidence=col["confidence"],
                options=[col["target"], "none"],
                answer_with=(
                    "record_feedback(operation='field_mapping', subject=<column>, "
                    "action='confirm') or action='correct' with corrected=<field or 'none'>"
                ),
            )
        )
    for col in mapping:
        if col["decision"] != "unmapped":
            continue
        questions.append(
            ReviewQuestion(
                id=f"field_mapping:{col['source']}",
                operation="field_mapping",
                subject=col["source"],
                question=(
                    f"Column {col['source']!r} matched no canonical field and was kept in "
                    "extra. Does it hold one of the schema's fields?"
                ),
                proposed=None,
                confidence=col["confidence"],
                options=["none"],
                answer_with=(
                    "record_feedback(operation='field_mapping', subject=<column>, "
                    "action='correct', corrected=<field or 'none'>)"
                ),
            )
        )
    if import_id is not None:
        for row in review_assets(app.store, tenant, import_id, MAX_QUESTIONS):
            name = row["hostname"] or row["fqdn"] or row["asset_id"] or f"row {row['row_number']}"
            cls = row["classification"] or {}
            questions.append(
                ReviewQuestion(
                    id=f"asset_classification:{row['asset_pk']}",
                    operation="asset_classification",
                    subject=str(name),
                    question=(
                        f"Asset {name!r} looks like a {row['classified_type']} "
                        f"({float(cls.get('confidence', 0)):.0%} sure). Is that right?"
                    ),
                    proposed=row["classified_type"],
                    confidence=float(cls.get("confidence", 0.0)),
                    options=[row["classified_type"]],
                    answer_with=(
                        "record_feedback(operation='asset_classification', subject=<name>, "
                        "action='confirm') or action='correct' with corrected=<asset type>"
                    ),
                )
            )
    return questions[:MAX_QUESTIONS]


def _run(
    app: AppContext,
    tenant: str,
    path: str | None,
    content: str | None,
    name: str,
    report: Any,
) -> WorkflowOut:
    done = 0

    def progress(stage: str, n: int) -> None:
        nonlocal done
        done += n
        # Called from this worker thread; the notification is sent on the event loop.
        anyio.from_thread.run(report, done, f"{stage}: {done} rows")

    with materialise(path, content, name) as file:
        state = run_graph(
            app.store, tenant, file, batch_size=app.settings.batch_size, progress=progress
        )
    summary = state.get("summary", {})
    questions = review_questions(app, tenant, state.get("mapping", []), state.get("import_id"))
    status = summary.get("status", "completed")
    return WorkflowOut(
        status="needs_review" if questions and status == "completed" else status,
        import_id=state.get("import_id"),
        rows=summary.get("rows", 0),
        stored=summary.get("stored", 0),
        assets_in_tenant=summary.get("assets_in_tenant", 0),
        asset_types=summary.get("asset_types", {}),
        columns_auto=summary.get("columns_auto", 0),
        questions=questions,
        notes=state.get("notes", []),
    )


@tool_errors
async def run_workflow(
    ctx: Context,
    path: PathArg = None,
    content: ContentArg = None,
    name: NameArg = "inline.csv",
) -> WorkflowOut:
    """Run the whole workflow on an export (map, import, classify, summarise), reporting
    progress per batch. Decisions that need a person come back as `questions`: ask the
    user, then record each answer with record_feedback."""
    app = app_of(ctx)
    tenant = tenant_of(app, ctx)

    async def report(done: int, message: str) -> None:
        await ctx.report_progress(done, None, message)

    return await in_thread(_run, app, tenant, path, content, name, report)
