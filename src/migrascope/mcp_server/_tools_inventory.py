"""Tools over one inventory file: map its columns, teach mappings, classify, import."""

from __future__ import annotations

from typing import Annotated

from mcp.server.mcpserver import Context
from pydantic import Field

from migrascope.mcp_server._context import (
    MAX_INLINE_BYTES,
    AppContext,
    app_of,
    in_thread,
    materialise,
    page_of,
    tenant_of,
    tool_errors,
)
from migrascope.mcp_server._models import (
    AssetTypeOut,
    CanonicalField,
    ClassifyOut,
    ColumnOut,
    ImportOut,
    LearnedMapping,
    MapOut,
    MappingIn,
    MappingsOut,
)
from migrascope.tools.importing import classify_file, import_file, mapped_table

__all__ = [
    "apply_mappings",
    "classify_assets",
    "import_inventory",
    "map_columns",
    "teach_mapping",
]

PathArg = Annotated[
    str | None, Field(description="Path of a CSV, XLSX or JSON file on the server's machine.")
]
ContentArg = Annotated[
    str | None,
    Field(
        description=(
            f"The file's text (CSV or JSON) instead of a path; at most {MAX_INLINE_BYTES:,} bytes."
        )
    ),
]
NameArg = Annotated[
    str,
    Field(description="File name for inline content; its suffix (.csv, .json) sets the format."),
]


def _map(app: AppContext, tenant: str, path: str | None, content: str | None, name: str) -> MapOut:
    with (
        materialise(path, content, name) as file,
        mapped_table(app.store, tenant, file) as (
            table,
            mapping,
        ),
    ):
        columns = [ColumnOut(**c.to_json()) for c in mapping.columns]
        return MapOut(
            columns=columns,
            to_review=[c.source for c in columns if c.decision == "suggest"],
            notes=table.notes,
        )


@tool_errors
async def map_columns(
    ctx: Context,
    path: PathArg = None,
    content: ContentArg = None,
    name: NameArg = "inline.csv",
) -> MapOut:
    """Suggest a canonical field for each column of an inventory export, with confidence,
    decision (auto = applied on import, suggest = needs review, unmapped = kept in extra)
    and reasons. Reads only."""
    app = app_of(ctx)
    return await in_thread(_map, app, tenant_of(app, ctx), path, content, name)


def _apply(app: AppContext, tenant: str, mappings: list[MappingIn]) -> MappingsOut:
    store = app.store
    store.ensure_tenant(tenant)
    known = store.mapping_patterns.get(
        tenant, [store.mapping_patterns.key_of(m.column) for m in mappings]
    )
    learned: list[LearnedMapping] = []
    for m in mappings:
        before = known.get(store.mapping_patterns.key_of(m.column))
        pattern = store.mapping_patterns.teach(tenant, m.column, m.target, agent="mcp")
        if before is None:
            change = "new"
        elif before.answer == m.target:
            change = "confirmed"
        else:
            change = "corrected"
        store.feedback.record(
            tenant,
            operation="field_mapping",
            subject=m.column,
            action="confirm" if change == "confirmed" else "correct",
            proposed=before.answer if before else None,
            corrected=m.target or "none",
            pattern_ids=[pattern.pattern_id],
            actor="mcp",
        )
        learned.append(
            LearnedMapping(
                column=m.column,
                target=pattern.answer,
                pattern_id=pattern.pattern_id,
                confirmations=pattern.confirmations,
                corrections=pattern.corrections,
                change=change,
            )
        )
    return MappingsOut(
        learned=learned,
        note="Learned for this tenant: the next map or import of these headers uses them.",
    )


@tool_errors
async def apply_mappings(
    ctx: Context,
    mappings: Annotated[
        list[MappingIn],
        Field(min_length=1, max_length=200, description="Column → canonical field decisions."),
    ],
) -> MappingsOut:
    """Apply column mappings a person chose or confirmed (target null = keep in extra).
    Each becomes a learned pattern, so the next import of that header maps exactly."""
    app = app_of(ctx)
    return await in_thread(_apply, app, tenant_of(app, ctx), mappings)


@tool_errors
async def teach_mapping(
    ctx: Context,
    column: Annotated[str, Field(description="Source column header exactly as in the file.")],
    target: Annotated[
        CanonicalField | None,
        Field(description="Canonical field, or null to keep the column in extra."),
    ],
) -> LearnedMapping:
    """Teach one column's mapping (apply_mappings with a single item)."""
    app = app_of(ctx)
    out = await in_thread(
        _apply, app, tenant_of(app, ctx), [MappingIn(column=column, target=target)]
    )
    return out.learned[0]


def _classify(
    app: AppContext,
    tenant: str,
    path: str | None,
    content: str | None,
    name: str,
    offset: int,
    limit: int,
) -> ClassifyOut:
    with materialise(path, content, name) as file:
        rows = classify_file(app.store, tenant, file)
    return ClassifyOut(
        assets=[AssetTypeOut(**r) for r in rows[offset : offset + limit]],
        total=len(rows),
        offset=offset,
        next_offset=page_of(len(rows), offset, limit),
    )


@tool_errors
async def classify_assets(
    ctx: Context,
    path: PathArg = None,
    content: ContentArg = None,
    name: NameArg = "inline.csv",
    offset: Annotated[int, Field(ge=0, description="First row to return (0-based).")] = 0,
    limit: Annotated[int, Field(ge=1, le=500, description="Rows per page.")] = 100,
) -> ClassifyOut:
    """Classify each row of an inventory export into the asset taxonomy, with confidence
    and reasons. Reads only; paginated by offset/limit."""
    app = app_of(ctx)
    return await in_thread(_classify, app, tenant_of(app, ctx), path, content, name, offset, limit)


def _import(
    app: AppContext, tenant: str, path: str | None, content: str | None, name: str
) -> ImportOut:
    with materialise(path, content, name) as file:
        report = import_file(app.store, tenant, file, batch_size=app.settings.batch_size)
    return ImportOut(
        status=report.status,
        import_id=report.import_id,
        rows_total=report.rows_total,
        rows_imported=report.rows_imported,
        rows_failed=report.rows_failed,
        type_counts=report.type_counts,
        review_count=report.review_count,
        columns_to_review=[m["source"] for m in report.mapping if m["decision"] == "suggest"],
        columns_unmapped=[m["source"] for m in report.mapping if m["decision"] == "unmapped"],
        problems=report.problems[:50],
        notes=report.notes,
    )


@tool_errors
async def import_inventory(
    ctx: Context,
    path: PathArg = None,
    content: ContentArg = None,
    name: NameArg = "inline.csv",
) -> ImportOut:
    """Import an inventory export: map columns, convert units, classify assets and store
    them. The same content imported twice stores nothing the second time (status duplicate)."""
    app = app_of(ctx)
    return await in_thread(_import, app, tenant_of(app, ctx), path, content, name)
