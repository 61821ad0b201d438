"""search_assets: filters in SQL, then semantic ranking with the store's embedder."""

from __future__ import annotations

from typing import Annotated, Any

import numpy as np
from mcp.server.mcpserver import Context
from pydantic import Field

from migrascope.config import CANONICAL_FIELDS
from migrascope.mcp_server._context import (
    AppContext,
    app_of,
    in_thread,
    page_of,
    tenant_of,
    tool_errors,
)
from migrascope.mcp_server._models import AssetHit, SearchOut, TaxonomyType
from migrascope.mcp_server._queries import asset_rows

__all__ = ["search_assets"]

# Semantic ranking embeds the filtered assets on the fly (the hashing embedder does
# ~50k names/s); past this many, narrow the filters first.
MAX_SEMANTIC_SCAN = 20_000
_SHOWN = ("hostname", "classified_type", "environment", "application_name", "os_name", "ip_address")
_TEXT_FIELDS = (
    "hostname",
    "fqdn",
    "application_name",
    "os_name",
    "database_engine",
    "description",
    "environment",
    "classified_type",
    "department",
    "model",
)


def _asset_text(row: dict[str, Any]) -> str:
    return " ".join(str(row[k]) for k in _TEXT_FIELDS if row.get(k))


def _hit(row: dict[str, Any], score: float | None) -> AssetHit:
    name = (
        row.get("hostname") or row.get("fqdn") or row.get("asset_id") or f"row {row['row_number']}"
    )
    fields = {
        k: row[k]
        for k in CANONICAL_FIELDS
        if row.get(k) not in (None, "") and k not in _SHOWN and k != "hostname"
    }
    return AssetHit(
        asset_pk=row["asset_pk"],
        name=str(name),
        asset_type=row.get("classified_type"),
        environment=row.get("environment"),
        application_name=row.get("application_name"),
        os_name=row.get("os_name"),
        ip_address=row.get("ip_address"),
        import_id=row["import_id"],
        row_number=row["row_number"],
        score=None if score is None else round(score, 4),
        fields={k: (v.isoformat() if hasattr(v, "isoformat") else v) for k, v in fields.items()},
    )


def _search(
    app: AppContext,
    tenant: str,
    query: str | None,
    filters: dict[str, Any],
    offset: int,
    limit: int,
) -> SearchOut:
    if not query:
        rows = asset_rows(app.store, tenant, limit=limit, offset=offset, **filters)
        total = int(rows[0]["total"]) if rows else 0
        if not rows and offset:
            total = int(
                (asset_rows(app.store, tenant, limit=1, **filters) or [{"total": 0}])[0]["total"]
            )
        return SearchOut(
            assets=[_hit(r, None) for r in rows],
            total=total,
            offset=offset,
            next_offset=page_of(total, offset, limit),
        )
    rows = asset_rows(app.store, tenant, limit=MAX_SEMANTIC_SCAN, **filters)
    total = int(rows[0]["total"]) if rows else 0
    note = None
    if total > MAX_SEMANTIC_SCAN:
        note = (
            f"{total} assets match the filters; only the first {MAX_SEMANTIC_SCAN} were ranked. "
            "Add filters (asset_type, environment, name_contains) to rank them all."
        )
    if not rows:
        return SearchOut(assets=[], total=0, offset=offset, next_offset=None, note=note)
    vectors = app.store.embedder.embed([_asset_text(r) for r in rows])
    q = app.store.embedder.embed([query])[0]
    scores = np.asarray(vectors, dtype=np.float32) @ np.asarray(q, dtype=np.float32)
    order = np.argsort(-scores, kind="stable")
    page = order[offset : offset + limit]
    ranked = len(rows)
    return SearchOut(
        assets=[_hit(rows[i], float(scores[i])) for i in page],
        total=ranked,
        offset=offset,
        next_offset=page_of(ranked, offset, limit),
        note=note,
    )


@tool_errors
async def search_assets(
    ctx: Context,
    query: Annotated[
        str | None,
        Field(
            max_length=500,
            description="Free text ranked by meaning, e.g. 'payment database servers'.",
        ),
    ] = None,
    asset_type: Annotated[TaxonomyType | None, Field(description="Only this asset type.")] = None,
    environment: Annotated[
        str | None, Field(max_length=64, description="Only this environment, e.g. prod.")
    ] = None,
    application: Annotated[
        str | None, Field(max_length=256, description="Only this application name.")
    ] = None,
    name_contains: Annotated[
        str | None, Field(max_length=256, description="Hostname, FQDN or asset id contains this.")
    ] = None,
    os_contains: Annotated[
        str | None, Field(max_length=128, description="OS name contains this, e.g. 'windows'.")
    ] = None,
    import_id: Annotated[int | None, Field(ge=1, description="Only assets of this import.")] = None,
    offset: Annotated[int, Field(ge=0, description="First result to return (0-based).")] = 0,
    limit: Annotated[int, Field(ge=1, le=200, description="Results per page.")] = 50,
) -> SearchOut:
    """Search this tenant's stored assets by filters and, with `query`, rank them by
    semantic similarity. Reads only; paginated by offset/limit."""
    app = app_of(ctx)
    filters = {
        "asset_type": asset_type,
        "environment": environment,
        "application": application,
        "name_contains": name_contains,
        "os_contains": os_contains,
        "import_id": import_id,
    }
    return await in_thread(_search, app, tenant_of(app, ctx), query, filters, offset, limit)
