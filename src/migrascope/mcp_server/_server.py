"""Build the MCPServer over an open store, and run it over stdio or streamable HTTP."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from typing import Any

from mcp.server.mcpserver import Context, MCPServer
from mcp.server.mcpserver.exceptions import ToolError as McpToolError
from mcp.types import ToolAnnotations
from pydantic import ValidationError

from migrascope.config import Settings
from migrascope.mcp_server import _tools_inventory as inventory
from migrascope.mcp_server import _tools_learning as learning
from migrascope.mcp_server import _tools_planning as planning
from migrascope.mcp_server import _tools_search as search
from migrascope.mcp_server import _tools_workflow as workflow
from migrascope.mcp_server._auth import StoreTokenVerifier, auth_settings
from migrascope.mcp_server._context import MAX_INLINE_BYTES, AppContext
from migrascope.mcp_server._prompts import register_prompts
from migrascope.mcp_server._resources import register_resources
from migrascope.memory import Store, check_tenant

__all__ = ["build_server", "http_app", "serve_http", "serve_stdio"]

INSTRUCTIONS = (
    "migrascope turns IT-inventory exports (CMDB, RVTools, cloud discovery CSVs, "
    "spreadsheets) into a cloud-migration plan and learns from every correction. "
    "Typical flow: map_columns on the export, confirm or correct doubtful columns with "
    "apply_mappings, then run_workflow (or import_inventory); answer the questions it "
    "returns with record_feedback; explore with search_assets, explain_decision and "
    "learning_stats. All data belongs to the tenant of this connection."
)

_READ = ToolAnnotations(read_only_hint=True, idempotent_hint=True, open_world_hint=False)
_ADDITIVE = ToolAnnotations(
    read_only_hint=False, destructive_hint=False, idempotent_hint=True, open_world_hint=False
)
# Corrections overwrite a learned answer (the old one stays in the feedback log).
_OVERWRITES = ToolAnnotations(
    read_only_hint=False, destructive_hint=True, idempotent_hint=False, open_world_hint=False
)

TOOLS: list[tuple[Callable[..., Any], str, ToolAnnotations]] = [
    (inventory.map_columns, "Suggest column mappings", _READ),
    (inventory.apply_mappings, "Apply column mappings", _OVERWRITES),
    (inventory.teach_mapping, "Teach one column mapping", _OVERWRITES),
    (inventory.classify_assets, "Classify assets of a file", _READ),
    (inventory.import_inventory, "Import an inventory export", _ADDITIVE),
    (workflow.run_workflow, "Run the whole workflow", _ADDITIVE),
    (learning.record_feedback, "Confirm, correct or reject a decision", _OVERWRITES),
    (learning.explain_decision, "Explain a decision", _READ),
    (search.search_assets, "Search assets", _READ),
    (learning.learning_stats, "Learning statistics", _READ),
    (planning.discover_applications, "Discover applications", _ADDITIVE),
    (planning.assess_migration, "Assess 6R strategy and readiness", _ADDITIVE),
    (planning.plan_migration, "Plan migration waves", _ADDITIVE),
    (planning.move_to_application, "Move an asset to an application", _OVERWRITES),
    (planning.set_strategy, "Set a 6R strategy", _OVERWRITES),
]


def _argument_problems(exc: ValidationError) -> str:
    """Pydantic's errors as one line per argument: what was wrong and what is allowed."""
    parts = []
    for err in exc.errors(include_url=False):
        where = ".".join(str(p) for p in err["loc"]) or "arguments"
        got = err.get("input")
        shown = repr(got) if not isinstance(got, dict | list) else type(got).__name__
        if len(shown) > 80:
            shown = shown[:77] + "..."
        parts.append(f"`{where}`: {err['msg']} (got {shown})")
    return "Invalid arguments: " + "; ".join(parts) + ". Fix them and call again."


class _Server(MCPServer[AppContext]):
    """MCPServer whose argument errors read well for a model (no pydantic URLs or dumps),
    and which refuses unknown arguments instead of silently ignoring them."""

    async def call_tool(
        self, name: str, arguments: dict[str, Any], context: Context[AppContext, Any] | None = None
    ) -> Any:
        tool = self._tool_manager.get_tool(name)
        if tool is not None:
            allowed = set(tool.parameters.get("properties", {}))
            unknown = sorted(set(arguments) - allowed)
            if unknown:
                hint = (
                    " The tenant is never an argument: it comes from this connection "
                    "(the bearer token over HTTP, the server's --tenant over stdio)."
                    if "tenant" in unknown
                    else ""
                )
                raise McpToolError(
                    f"{name}: unknown argument(s) {', '.join(unknown)}; allowed: "
                    f"{', '.join(sorted(allowed)) or 'none'}.{hint}"
                )
        try:
            return await super().call_tool(name, arguments, context)
        except McpToolError as exc:
            cause = exc.__cause__
            if isinstance(cause, ValidationError):
                raise McpToolError(f"{name}: {_argument_problems(cause)}") from cause
            raise


def build_server(
    store: Store,
    settings: Settings,
    *,
    tenant: str | None = None,
    http: tuple[str, int] | None = None,
) -> MCPServer[AppContext]:
    """The server over an open store.

    Args:
        store: The open store; it outlives the server (the caller closes it).
        settings: The settings the store was opened with.
        tenant: The tenant of a stdio server (default: the settings' tenant).
        http: ``(host, port)`` to require bearer tokens (streamable HTTP); None for stdio.
    """
    app = AppContext(
        store=store,
        settings=settings,
        default_tenant=check_tenant(tenant or settings.tenant),
        require_token=http is not None,
    )

    @asynccontextmanager
    async def lifespan(_server: MCPServer[AppContext]) -> AsyncIterator[AppContext]:
        yield app

    server = _Server(
        name="migrascope",
        title="migrascope",
        instructions=INSTRUCTIONS,
        lifespan=lifespan,
        log_level="WARNING",
        token_verifier=StoreTokenVerifier(store) if http else None,
        auth=auth_settings(*http) if http else None,
    )
    for fn, title, hints in TOOLS:
        server.add_tool(fn, title=title, annotations=hints)
    register_resources(server, app)
    register_prompts(server)
    return server


def http_app(server: MCPServer[AppContext], host: str) -> Any:
    """The Starlette app of the streamable-HTTP transport (DNS-rebinding protection on
    for loopback hosts; request bodies capped just above the inline-content limit)."""
    return server.streamable_http_app(
        host=host, max_request_body_size=MAX_INLINE_BYTES + 128 * 1024
    )


def serve_stdio(store: Store, settings: Settings, *, tenant: str | None = None) -> None:
    """Serve over stdin/stdout until the client closes them."""
    build_server(store, settings, tenant=tenant).run("stdio")


def serve_http(store: Store, settings: Settings, *, host: str, port: int) -> None:
    """Serve streamable HTTP at ``http://host:port/mcp`` until interrupted."""
    import uvicorn

    server = build_server(store, settings, http=(host, port))
    uvicorn.run(http_app(server, host), host=host, port=port, log_level="warning")
