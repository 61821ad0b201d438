"""Tools over one inventory file: map its columns, teach mappings, classify, import."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from mcp.server.mcpserver import Context
from mcp.server.mcpserver.exceptions import ToolError as McpToolError
from pydantic import Field

from migrascope.config import CANONICAL_FIELDS
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
from migrascope.tools.classification import asset_name, load_classifier
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
    # The columns applied together are one file's: two spellings of one key among them
    # are two columns (``teach`` adds those recorded side by side in an import).
    applied = [m.column for m in mappings]
    learned: list[LearnedMapping] = []
    for m in mappings:
        before = store.mapping_patterns.of_header(tenant, m.column)
        pattern = store.mapping_patterns.teach(
            tenant, m.column, m.target, agent="mcp", beside=applied
        )
        change: Literal["confirmed", "corrected", "new"]
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


RecordArg = Annotated[
    list[dict[str, str | int | float | bool | None]] | None,
    Field(
        max_length=500,
        description=(
            "Assets given directly as canonical fields (e.g. {'hostname': 'pay-db-01', "
            "'os_name': 'Windows Server 2019'}) instead of a file."
        ),
    ),
]


def _classify_records(
    app: AppContext, tenant: str, records: list[dict[str, Any]]
) -> list[dict[str, Any]]:
    for i, rec in enumerate(records):
        unknown = sorted(set(rec) - set(CANONICAL_FIELDS))
        if unknown:
            raise McpToolError(
                f"records[{i}] has unknown field(s) {', '.join(unknown)}; use canonical "
                f"fields: {', '.join(CANONICAL_FIELDS)}."
            )
    classifier = load_classifier(app.store, tenant)
    return [
        {
            "row": i + 1,
            "name": asset_name(rec) or f"record {i + 1}",
            "asset_type": cls.asset_type,
            "confidence": round(cls.confidence, 4),
            "reasons": cls.reasons,
        }
        for i, (rec, cls) in enumerate(zip(records, classifier.classify_many(records), strict=True))
    ]


def _classify(
    app: AppContext,
    tenant: str,
    path: str | None,
    content: str | None,
    name: str,
    records: list[dict[str, Any]] | None,
    offset: int,
    limit: int,
) -> ClassifyOut:
    if records is not None:
        if path is not None or content is not None:
            raise McpToolError("Give `records`, or a file (`path`/`content`), not both.")
        rows = _classify_records(app, tenant, records)
    else:
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
    records: RecordArg = None,
    offset: Annotated[int, Field(ge=0, description="First row to return (0-based).")] = 0,
    limit: Annotated[int, Field(ge=1, le=500, description="Rows per page.")] = 100,
) -> ClassifyOut:
    """Classify assets into the taxonomy with confidence and reasons: each row of an
    export (path or content), or records given as canonical fields. Reads only; paginated."""
    app = app_of(ctx)
    return await in_thread(
        _classify, app, tenant_of(app, ctx), path, content, name, records, offset, limit
    )


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
