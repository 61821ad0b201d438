"""Resources by URI: the tenant's assets, imports, learning statistics, canonical schema.

Resources read the tenant from the connection like the tools do, so a URI never
names a tenant and one tenant's token cannot reach another's data.
"""

from __future__ import annotations

import json
from typing import Any

from mcp.server.mcpserver import Context, MCPServer
from mcp.server.mcpserver.exceptions import ResourceNotFoundError

from migrascope.config import TAXONOMY, canonical_schema
from migrascope.mcp_server._context import AppContext, in_thread, tenant_of
from migrascope.mcp_server._queries import asset_rows
from migrascope.mcp_server._tools_learning import _stats
from migrascope.mcp_server._tools_search import _hit

__all__ = ["PAGE", "register_resources"]

PAGE = 200


def _dump(data: Any) -> str:
    return json.dumps(data, indent=1, default=str, ensure_ascii=False)


def register_resources(server: MCPServer, app: AppContext) -> None:
    """Attach every resource; ``app`` is the server-wide state the readers close over."""

    @server.resource(
        "migrascope://schema",
        name="canonical-schema",
        description="The canonical asset schema (fields, types, units) and the asset taxonomy.",
        mime_type="application/json",
    )
    def schema() -> str:
        fields = [
            {"name": f.name, "kind": f.kind, "unit": f.unit, "description": f.description}
            for f in canonical_schema()
        ]
        return _dump({"fields": fields, "asset_types": list(TAXONOMY)})

    @server.resource(
        "migrascope://stats",
        name="learning-stats",
        description="Learning statistics of your tenant (same as the learning_stats tool).",
        mime_type="application/json",
    )
    async def stats() -> str:
        out = await in_thread(_stats, app, tenant_of(app))
        return out.model_dump_json(indent=1)

    @server.resource(
        "migrascope://imports",
        name="imports",
        description="Your tenant's imports, newest first: file, status, row counts.",
        mime_type="application/json",
    )
    async def imports() -> str:
        infos = await in_thread(app.store.imports.list, tenant_of(app), 100)
        return _dump(
            [
                {
                    "import_id": i.import_id,
                    "file_name": i.file_name,
                    "status": i.status,
                    "rows_total": i.rows_total,
                    "rows_imported": i.rows_imported,
                    "rows_failed": i.rows_failed,
                    "started_at": i.started_at,
                }
                for i in infos
            ]
        )

    @server.resource(
        "migrascope://assets{?offset}",
        name="assets",
        description=f"Your tenant's assets, {PAGE} per page; ?offset=N for the next pages.",
        mime_type="application/json",
    )
    async def assets(ctx: Context, offset: int = 0) -> str:
        tenant = tenant_of(app, ctx)
        rows = await in_thread(
            lambda: asset_rows(app.store, tenant, limit=PAGE, offset=max(offset, 0))
        )
        total = int(rows[0]["total"]) if rows else 0
        nxt = offset + PAGE if offset + PAGE < total else None
        return _dump(
            {
                "assets": [_hit(r, None).model_dump() for r in rows],
                "offset": offset,
                "next": f"migrascope://assets?offset={nxt}" if nxt is not None else None,
            }
        )

    @server.resource(
        "migrascope://assets/{asset_pk}",
        name="asset",
        description="One asset with every canonical field, extra columns and classification.",
        mime_type="application/json",
    )
    async def asset(ctx: Context, asset_pk: int) -> str:
        tenant = tenant_of(app, ctx)
        rows = await in_thread(
            app.store.execute,
            "SELECT * FROM assets WHERE tenant_id = %s AND asset_pk = %s",
            (tenant, asset_pk),
        )
        if not rows:
            raise ResourceNotFoundError(f"No asset {asset_pk} in your tenant.")
        row = {k: v for k, v in rows[0].items() if v not in (None, "", {}) and k != "tenant_id"}
        return _dump(row)

    @server.resource(
        "migrascope://applications",
        name="applications",
        description="Your tenant's discovered applications with members, confidence and method.",
        mime_type="application/json",
    )
    async def applications() -> str:
        rows = await in_thread(app.store.applications.list, tenant_of(app))
        return _dump({"applications": rows})

    @server.resource(
        "migrascope://plans/latest",
        name="latest-plan",
        description="Your tenant's latest wave plan: waves, exclusions, issues, placement reasons.",
        mime_type="application/json",
    )
    async def latest_plan() -> str:
        plan = await in_thread(app.store.plans.latest, tenant_of(app))
        if plan is None:
            raise ResourceNotFoundError("No plan yet: call plan_migration or run_workflow first.")
        return _dump(plan)
