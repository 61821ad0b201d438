"""Tools that close the learning loop: record feedback, explain a decision, statistics."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from mcp.server.mcpserver import Context
from mcp.server.mcpserver.exceptions import ToolError as McpToolError
from pydantic import Field

from migrascope.config import CANONICAL_FIELDS, TAXONOMY
from migrascope.mcp_server._context import AppContext, app_of, in_thread, tenant_of, tool_errors
from migrascope.mcp_server._models import (
    ExplainOut,
    FeedbackEventOut,
    FeedbackOut,
    Operation,
    PatternOut,
    StatsOut,
)
from migrascope.mcp_server._queries import (
    asset_rows,
    feedback_history,
    latest_column_decision,
    set_asset_type,
    stats_counts,
)
from migrascope.memory import Pattern
from migrascope.tools.classification import signature

__all__ = ["explain_decision", "learning_stats", "record_feedback"]

_NOTHING = {"none", "null", "extra", ""}

OperationArg = Annotated[
    Operation,
    Field(
        description=(
            "field_mapping (subject = a column header) or asset_classification "
            "(subject = an asset's hostname)."
        )
    ),
]
SubjectArg = Annotated[
    str, Field(min_length=1, max_length=512, description="Column header or asset hostname.")
]


def _pattern_out(p: Pattern | None) -> PatternOut | None:
    if p is None:
        return None
    return PatternOut(
        pattern_id=p.pattern_id,
        key=p.key,
        answer=p.answer,
        confirmations=p.confirmations,
        corrections=p.corrections,
        state=p.state,
    )


def _find_assets(app: AppContext, tenant: str, name: str) -> list[dict[str, Any]]:
    rows = [
        r
        for r in asset_rows(app.store, tenant, name_contains=name, limit=500)
        if name.lower() in {str(r.get(k) or "").lower() for k in ("hostname", "fqdn", "asset_id")}
    ]
    if not rows:
        raise McpToolError(
            f"No stored asset of this tenant is named {name!r}; search_assets finds names "
            "(import the inventory first)."
        )
    return rows


def _mapping_feedback(
    app: AppContext, tenant: str, column: str, action: str, corrected: str | None
) -> FeedbackOut:
    store = app.store
    pattern = store.mapping_patterns.of_header(tenant, column)
    last = latest_column_decision(store, tenant, column)
    proposed = pattern.answer if pattern else (last["decision"].get("target") if last else None)
    confidence = last["decision"].get("confidence") if last else None
    if pattern is None and last is None and action != "correct":
        raise McpToolError(
            f"No decision is recorded for column {column!r} in this tenant; map or import a "
            "file with that column first, or use action=correct with the right field."
        )
    new_pattern = None
    if action == "confirm":
        new_pattern = store.mapping_patterns.teach(tenant, column, proposed, agent="mcp")
        effect = f"confirmed {column!r} → {proposed or 'extra'}; the pattern gained a confirmation"
    elif action == "correct":
        if corrected is None:
            raise McpToolError(
                "action=correct needs `corrected`: a canonical field, or 'none' to keep the "
                f"column in extra. Fields: {', '.join(CANONICAL_FIELDS)}."
            )
        target = None if corrected.strip().lower() in _NOTHING else corrected.strip()
        new_pattern = store.mapping_patterns.teach(tenant, column, target, agent="mcp")
        effect = (
            f"learned {column!r} → {target or 'extra'} for this tenant; the next map or import "
            "of this header uses it"
        )
        corrected = target or "none"
    else:
        effect = (
            "rejection recorded with its confidence; no pattern was changed, because a "
            "rejection names no right answer (use action=correct to teach one)"
        )
    event = store.feedback.record(
        tenant,
        operation="field_mapping",
        subject=column,
        action=action,
        proposed=proposed,
        corrected=corrected,
        confidence=confidence,
        pattern_ids=[p.pattern_id for p in (new_pattern or pattern,) if p is not None],
        actor="mcp",
    )
    return FeedbackOut(
        event_id=event,
        operation="field_mapping",
        subject=column,
        action=action,
        effect=effect,
        pattern_id=new_pattern.pattern_id if new_pattern else None,
    )


def _classification_feedback(
    app: AppContext, tenant: str, name: str, action: str, corrected: str | None
) -> FeedbackOut:
    store = app.store
    assets = _find_assets(app, tenant, name)
    first = assets[0]
    proposed = first.get("classified_type")
    confidence = (first.get("classification") or {}).get("confidence")
    new_pattern = None
    label = None
    if action == "confirm":
        label = proposed
        effect = f"confirmed {name!r} is a {proposed}"
    elif action == "correct":
        if corrected is None or corrected not in TAXONOMY:
            raise McpToolError(
                f"action=correct needs `corrected` set to an asset type; got {corrected!r}. "
                f"Allowed: {', '.join(TAXONOMY)}."
            )
        label = corrected
        effect = (
            f"{name!r} is now a {corrected} (was {proposed}); similar assets of this tenant "
            "will be classified with this pattern"
        )
    else:
        effect = (
            "rejection recorded with its confidence; no pattern was changed, because a "
            "rejection names no right answer (use action=correct to teach one)"
        )
    if label:
        new_pattern = store.classification_patterns.teach(
            tenant, signature(first), label, features={"name": name}, agent="mcp"
        )
    event = store.feedback.record(
        tenant,
        operation="asset_classification",
        subject=name,
        action=action,
        proposed=proposed,
        corrected=label if action == "correct" else None,
        confidence=confidence,
        pattern_ids=[new_pattern.pattern_id] if new_pattern else [],
        actor="mcp",
    )
    if action == "correct" and label:
        set_asset_type(store, tenant, [int(a["asset_pk"]) for a in assets], label, event)
    return FeedbackOut(
        event_id=event,
        operation="asset_classification",
        subject=name,
        action=action,
        effect=effect,
        pattern_id=new_pattern.pattern_id if new_pattern else None,
    )


@tool_errors
async def record_feedback(
    ctx: Context,
    operation: OperationArg,
    subject: SubjectArg,
    action: Annotated[
        Literal["confirm", "correct", "reject"],
        Field(description="confirm the decision, correct it (give `corrected`), or reject it."),
    ],
    corrected: Annotated[
        str | None,
        Field(
            max_length=64,
            description=(
                "The right answer for action=correct: a canonical field (or 'none') for "
                "field_mapping, an asset type for asset_classification."
            ),
        ),
    ] = None,
) -> FeedbackOut:
    """Confirm, correct or reject a decision migrascope made. Stored as feedback and, for
    confirm/correct, learned as a pattern the next run uses."""
    app = app_of(ctx)
    tenant = tenant_of(app, ctx)
    await in_thread(app.store.ensure_tenant, tenant)
    if operation == "field_mapping":
        return await in_thread(_mapping_feedback, app, tenant, subject, action, corrected)
    return await in_thread(_classification_feedback, app, tenant, subject, action, corrected)


def _history(app: AppContext, tenant: str, operation: str, subject: str) -> list[FeedbackEventOut]:
    return [
        FeedbackEventOut(
            event_id=e["event_id"],
            action=e["action"],
            proposed=e["proposed"],
            corrected=e["corrected"],
            confidence=e["confidence"],
            actor=e["actor"],
            at=e["created_at"].isoformat(),
        )
        for e in feedback_history(app.store, tenant, operation, subject)
    ]


def _explain(app: AppContext, tenant: str, operation: str, subject: str) -> ExplainOut:
    store = app.store
    history = _history(app, tenant, operation, subject)
    if operation == "field_mapping":
        pattern = store.mapping_patterns.of_header(tenant, subject)
        last = latest_column_decision(store, tenant, subject)
        if last is None and pattern is None:
            raise McpToolError(
                f"No decision is recorded for column {subject!r} in this tenant; column "
                "decisions are recorded when a file is imported."
            )
        decision = last["decision"] if last else {}
        evidence = list(decision.get("reasons", []))
        if last:
            evidence.append(
                f"decided on import #{last['import_id']} of {last['file_name']} "
                f"({last['started_at']:%Y-%m-%d %H:%M} UTC)"
            )
        current = decision.get("target")
        if pattern and (not last or pattern.answer != current):
            evidence.append(
                f"since then a learned pattern maps it to {pattern.answer or 'extra'}: "
                "the next import will use that"
            )
            current = pattern.answer
        return ExplainOut(
            operation=operation,
            subject=subject,
            decision=current,
            confidence=decision.get("confidence"),
            decided_by=f"import #{last['import_id']}" if last else "learned pattern",
            evidence=evidence,
            pattern=_pattern_out(pattern),
            history=history,
        )
    asset = _find_assets(app, tenant, subject)[0]
    cls = asset.get("classification") or {}
    pattern = store.classification_patterns.get(tenant, [signature(asset)]).get(signature(asset))
    evidence = list(cls.get("reasons", []))
    if cls.get("decision") == "corrected":
        evidence.append(
            f"corrected by a person from {cls.get('corrected_from')} "
            f"(feedback #{cls.get('feedback_event')})"
        )
    return ExplainOut(
        operation=operation,
        subject=subject,
        decision=asset.get("classified_type"),
        confidence=cls.get("confidence"),
        decided_by=(
            f"pattern #{cls['pattern_id']}" if cls.get("pattern_id") else "classification rules"
        )
        if cls.get("decision") != "corrected"
        else "person (feedback)",
        evidence=evidence,
        pattern=_pattern_out(pattern),
        history=history,
    )


@tool_errors
async def explain_decision(
    ctx: Context, operation: OperationArg, subject: SubjectArg
) -> ExplainOut:
    """Explain a decision: the answer, its confidence, the evidence recorded when it was
    made, the learned pattern behind it, and the feedback history since. Reads only."""
    app = app_of(ctx)
    return await in_thread(_explain, app, tenant_of(app, ctx), operation, subject)


def _stats(app: AppContext, tenant: str) -> StatsOut:
    counts = stats_counts(app.store, tenant)
    accuracy: dict[str, float | None] = {}
    for op in ("field_mapping", "asset_classification"):
        events = counts["feedback"].get(op, {})
        total = sum(events.values())
        accuracy[op] = round(events.get("confirm", 0) / total, 4) if total else None
    return StatsOut(
        tenant=tenant,
        assets=counts["assets"],
        assets_by_type=counts["by_type"],
        imports=counts["imports"],
        mapping_patterns=app.store.mapping_patterns.count(tenant),
        classification_patterns=app.store.classification_patterns.count(tenant),
        feedback=counts["feedback"],
        accuracy=accuracy,
        thresholds=counts["thresholds"],
    )


@tool_errors
async def learning_stats(ctx: Context) -> StatsOut:
    """Learning statistics of this tenant: assets by type, patterns by state, feedback by
    operation, accuracy (share of feedback that confirmed) and thresholds. Reads only."""
    app = app_of(ctx)
    return await in_thread(_stats, app, tenant_of(app, ctx))
