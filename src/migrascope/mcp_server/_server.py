"""Build the MCPServer: a lifespan that opens the store, and thin tool functions."""

from __future__ import annotations

import functools
import tempfile
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, ParamSpec, TypeVar

from mcp.server.mcpserver import Context, MCPServer
from mcp.server.mcpserver.exceptions import ToolError
from mcp.types import ToolAnnotations
from pydantic import Field

from migrascope.config import Settings, load_settings
from migrascope.errors import InputError, MigrascopeError
from migrascope.mcp_server._models import (
    AssetTypeOut,
    ClassifyOut,
    ColumnOut,
    ImportOut,
    MapOut,
    TeachOut,
)
from migrascope.memory import Store, check_tenant
from migrascope.tools.importing import classify_file, import_file, mapped_table

__all__ = ["build_server"]

P = ParamSpec("P")
R = TypeVar("R")

MAX_INLINE_BYTES = 5 * 1024 * 1024


@dataclass
class AppContext:
    store: Store
    settings: Settings


TenantArg = Annotated[
    str | None, Field(description="Tenant (client account); default is the server's tenant.")
]
PathArg = Annotated[
    str | None, Field(description="Path of a CSV, XLSX or JSON file readable by the server.")
]
ContentArg = Annotated[
    str | None,
    Field(description="Inline file content (CSV or JSON text) instead of a path; at most 5 MiB."),
]
NameArg = Annotated[
    str, Field(description="File name for inline content; its suffix selects the format.")
]


def _model_errors(fn: Callable[P, R]) -> Callable[P, R]:
    """Our errors reach the model as a tool error with their message, never a trace."""

    @functools.wraps(fn)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return fn(*args, **kwargs)
        except MigrascopeError as exc:
            raise ToolError(str(exc)) from exc

    return wrapper


def _app(ctx: Context) -> AppContext:
    app: AppContext = ctx.request_context.lifespan_context  # type: ignore[assignment]
    return app


def _tenant(ctx: Context, tenant: str | None) -> str:
    return check_tenant(tenant or _app(ctx).settings.tenant)


def _materialise(path: str | None, content: str | None, name: str) -> tuple[Path, bool]:
    """The file to read: the given path, or inline content written to a temp file."""
    if (path is None) == (content is None):
        raise InputError("Give exactly one of `path` or `content`.")
    if path is not None:
        p = Path(path).expanduser()
        if not p.exists():
            raise InputError(f"{path}: no such file on the server's machine.")
        return p, False
    assert content is not None
    size = len(content.encode("utf-8"))
    if size > MAX_INLINE_BYTES:
        raise InputError(
            f"Inline content is {size} bytes; the limit is {MAX_INLINE_BYTES} bytes (5 MiB). "
            "Pass a `path` to a file instead."
        )
    folder = Path(tempfile.mkdtemp(prefix="migrascope-mcp-"))
    p = folder / Path(name).name
    p.write_text(content, encoding="utf-8")
    return p, True


def map_columns(
    ctx: Context,
    path: PathArg = None,
    content: ContentArg = None,
    name: NameArg = "inline.csv",
    tenant: TenantArg = None,
) -> MapOut:
    """Map each column of an inventory export to the canonical asset schema, with confidence,
    decision (auto/suggest/unmapped) and reasons. Reads only; stores nothing."""
    app = _app(ctx)
    file, _ = _materialise(path, content, name)
    with mapped_table(app.store, _tenant(ctx, tenant), file) as (table, mapping):
        return MapOut(
            columns=[ColumnOut(**c.to_json()) for c in mapping.columns], notes=table.notes
        )


def classify_assets(
    ctx: Context,
    path: PathArg = None,
    content: ContentArg = None,
    name: NameArg = "inline.csv",
    tenant: TenantArg = None,
    offset: Annotated[int, Field(ge=0, description="First row to return (0-based).")] = 0,
    limit: Annotated[int, Field(ge=1, le=1000, description="Rows per page.")] = 200,
) -> ClassifyOut:
    """Classify each row of an inventory export into the asset taxonomy, with confidence and
    reasons. Reads only; results are paginated by offset/limit."""
    app = _app(ctx)
    file, _ = _materialise(path, content, name)
    rows = classify_file(app.store, _tenant(ctx, tenant), file)
    page = rows[offset : offset + limit]
    nxt = offset + limit if offset + limit < len(rows) else None
    return ClassifyOut(
        assets=[AssetTypeOut(**r) for r in page], total=len(rows), offset=offset, next_offset=nxt
    )


def import_inventory(
    ctx: Context,
    path: PathArg = None,
    content: ContentArg = None,
    name: NameArg = "inline.csv",
    tenant: TenantArg = None,
) -> ImportOut:
    """Import an inventory export: map columns, classify assets and store them for the tenant.
    Importing the same content twice stores nothing the second time (status 'duplicate')."""
    app = _app(ctx)
    file, _ = _materialise(path, content, name)
    report = import_file(app.store, _tenant(ctx, tenant), file, batch_size=app.settings.batch_size)
    return ImportOut(
        status=report.status,
        import_id=report.import_id,
        rows_total=report.rows_total,
        rows_imported=report.rows_imported,
        rows_failed=report.rows_failed,
        type_counts=report.type_counts,
        review_count=report.review_count,
        problems=report.problems[:50],
        notes=report.notes,
    )


def teach_mapping(
    ctx: Context,
    column: Annotated[str, Field(description="Source column header exactly as in the file.")],
    target: Annotated[
        str | None, Field(description="Canonical field name, or null to keep the column in extra.")
    ],
    tenant: TenantArg = None,
) -> TeachOut:
    """Teach that a column header maps to a canonical field; the next mapping of that header
    (and of similar ones) for this tenant uses it."""
    app = _app(ctx)
    tenant_id = app.store.ensure_tenant(_tenant(ctx, tenant))
    pattern = app.store.mapping_patterns.teach(tenant_id, column, target)
    app.store.feedback.record(
        tenant_id,
        operation="field_mapping",
        subject=column,
        action="correct",
        corrected=target or "none",
        pattern_ids=[pattern.pattern_id],
        actor="mcp",
    )
    return TeachOut(
        pattern_id=pattern.pattern_id,
        column=column,
        target=pattern.answer,
        confirmations=pattern.confirmations,
        corrections=pattern.corrections,
    )


def build_server(settings: Settings | None = None) -> MCPServer:
    """The server with every tool registered; the store opens in the lifespan."""
    cfg = settings or load_settings()

    @asynccontextmanager
    async def lifespan(_server: MCPServer) -> AsyncIterator[AppContext]:
        with Store.open(cfg) as store:
            yield AppContext(store=store, settings=cfg)

    server = MCPServer(
        name="migrascope",
        instructions=(
            "migrascope turns IT-inventory exports into a cloud-migration plan. Start with "
            "map_columns on a file, correct wrong columns with teach_mapping, then "
            "import_inventory."
        ),
        lifespan=lifespan,
    )
    read_only = ToolAnnotations(read_only_hint=True, idempotent_hint=True, open_world_hint=False)
    server.add_tool(_model_errors(map_columns), annotations=read_only)
    server.add_tool(_model_errors(classify_assets), annotations=read_only)
    server.add_tool(
        _model_errors(import_inventory),
        annotations=ToolAnnotations(
            read_only_hint=False,
            destructive_hint=False,
            idempotent_hint=True,
            open_world_hint=False,
        ),
    )
    server.add_tool(
        _model_errors(teach_mapping),
        annotations=ToolAnnotations(
            read_only_hint=False,
            destructive_hint=False,
            idempotent_hint=False,
            open_world_hint=False,
        ),
    )
    return server
