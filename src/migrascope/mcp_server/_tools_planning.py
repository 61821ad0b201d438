"""Application discovery, 6R assessment and wave planning over the tenant's stored assets,
plus the two corrections a person makes there: moving an asset between applications
and overriding a strategy. Each tool is a thin call of the planning tools."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from mcp.server.mcpserver import Context
from pydantic import Field

from migrascope.mcp_server._context import app_of, in_thread, page_of, tenant_of, tool_errors
from migrascope.mcp_server._models import (
    ApplicationOut,
    AssessedApplicationOut,
    AssessOut,
    DiscoverOut,
    MoveOut,
    PlanOut,
    StrategyOut,
    WaveOut,
)
from migrascope.memory import Store
from migrascope.tools._policy import load_policy
from migrascope.tools.assessment import assess_tenant, record_strategy_feedback
from migrascope.tools.dependencies import build_dependencies
from migrascope.tools.discovery import discover_tenant, move_asset
from migrascope.tools.planning import plan_tenant
from migrascope.tools.report import build_plan_json, planning_result

__all__ = [
    "assess_migration",
    "discover_applications",
    "move_to_application",
    "plan_migration",
    "set_strategy",
]

OffsetArg = Annotated[int, Field(ge=0, description="First application to return (0-based).")]
LimitArg = Annotated[int, Field(ge=1, le=500, description="Applications per page.")]
Strategy = Literal["rehost", "replatform", "refactor", "repurchase", "retire", "retain", "relocate"]


def _discover(store: Store, tenant: str) -> tuple[list[dict[str, Any]], list[str], dict[str, Any]]:
    graph = build_dependencies(store, tenant)
    found, labels = discover_tenant(store, tenant, policy=load_policy())
    deps = {"summary": graph.summary(), "issues": [i.to_json() for i in graph.issues]}
    return [a.to_json(labels) for a in found.applications], list(found.notes), deps


def _discover_out(store: Store, tenant: str, offset: int, limit: int) -> DiscoverOut:
    apps, notes, deps = _discover(store, tenant)
    page = apps[offset : offset + limit]
    return DiscoverOut(
        applications=[
            ApplicationOut(
                name=a["name"],
                assets=a["assets"],
                confidence=a["confidence"],
                method=a["method"],
                reasons=a["reasons"],
            )
            for a in page
        ],
        total=len(apps),
        offset=offset,
        next_offset=page_of(len(apps), offset, limit),
        dependency_issues=[str(i.get("message", i)) for i in deps["issues"][:50]],
        notes=notes[:50],
    )


@tool_errors
async def discover_applications(
    ctx: Context, offset: OffsetArg = 0, limit: LimitArg = 100
) -> DiscoverOut:
    """Group the tenant's stored assets into applications (explicit application fields,
    dependencies, naming conventions, clustering) and store the grouping. Each application
    has members, a confidence, the method that found it and reasons. Paginated."""
    app = app_of(ctx)
    return await in_thread(_discover_out, app.store, tenant_of(app, ctx), offset, limit)


def _assess_out(store: Store, tenant: str, offset: int, limit: int) -> AssessOut:
    if not store.applications.list(tenant):
        _discover(store, tenant)
    result = assess_tenant(store, tenant, policy=load_policy()).to_json()
    apps = sorted(result["applications"], key=lambda a: a["name"])
    page = apps[offset : offset + limit]
    mix: dict[str, int] = {}
    for asset in result["assets"]:
        mix[asset["strategy"]] = mix.get(asset["strategy"], 0) + 1
    return AssessOut(
        applications=[
            AssessedApplicationOut(
                name=a["name"],
                strategy=a["strategy"],
                confidence=a["confidence"],
                decision=a.get("decision", ""),
                readiness=a["readiness"],
                reasons=a["reasons"],
                risks=[str(r.get("risk") or r.get("message") or r) for r in a["risks"]],
                assets=len(a["members"]),
            )
            for a in page
        ],
        strategy_mix=mix,
        total=len(apps),
        offset=offset,
        next_offset=page_of(len(apps), offset, limit),
    )


@tool_errors
async def assess_migration(ctx: Context, offset: OffsetArg = 0, limit: LimitArg = 100) -> AssessOut:
    """Assess every application and asset of the tenant: a 6R strategy with confidence and
    reasons, a cloud readiness score 0-100 and risks, plus right-sizing. Discovers
    applications first if none are stored. Paginated by application."""
    app = app_of(ctx)
    return await in_thread(_assess_out, app.store, tenant_of(app, ctx), offset, limit)


def _plan_out(store: Store, tenant: str, offset: int, limit: int) -> PlanOut:
    applications, notes, deps = _discover(store, tenant)
    policy = load_policy()
    assessment = assess_tenant(store, tenant, policy=policy).to_json()
    plan, plan_id = plan_tenant(store, tenant, assessment, policy=policy)
    result = planning_result(
        applications=applications,
        assessment=assessment,
        plan=plan.to_json(),
        dependencies=deps,
        notes=notes,
    )
    plan_json = build_plan_json(result)
    apps = plan_json["applications"]
    page = apps[offset : offset + limit]
    return PlanOut(
        plan_id=plan_id,
        waves=[
            WaveOut(
                number=w["number"],
                applications=w["applications"],
                assets=len(w["assets"]),
                vcpu=w["vcpu"],
                pilot=bool(w["pilot"]),
                start=str(w["start"]),
                end=str(w["end"]),
            )
            for w in plan_json["waves"]
        ],
        applications=[
            StrategyOut(
                name=a["name"],
                strategy=a["strategy"],
                confidence=a["confidence"],
                wave=a["wave"],
                placement=a["placement"],
            )
            for a in page
        ],
        excluded=len(plan_json["excluded"]),
        issues=[str(i.get("message", i)) for i in plan_json["issues"][:50]],
        total_applications=len(apps),
        offset=offset,
        next_offset=page_of(len(apps), offset, limit),
    )


@tool_errors
async def plan_migration(ctx: Context, offset: OffsetArg = 0, limit: LimitArg = 100) -> PlanOut:
    """Plan migration waves for the tenant's stored assets: rediscover applications, assess
    them and put them in dependency-safe waves (a low-risk pilot first, retire/retain left
    out, strongly connected groups never split, size caps respected). Returns the waves and,
    per application, its strategy and why it landed in its wave. The plan is stored."""
    app = app_of(ctx)
    return await in_thread(_plan_out, app.store, tenant_of(app, ctx), offset, limit)


@tool_errors
async def move_to_application(
    ctx: Context,
    asset: Annotated[str, Field(description="Asset hostname, FQDN or asset id.")],
    application: Annotated[str, Field(min_length=1, description="Target application name.")],
) -> MoveOut:
    """Move an asset to another application. The move applies now and is learned: the
    next discovery keeps it there and puts similarly named siblings with it."""
    app = app_of(ctx)
    tenant = tenant_of(app, ctx)
    out = await in_thread(move_asset, app.store, tenant, asset, application)
    return MoveOut(asset=str(out["asset"]), application=str(out["to"]), previous=out.get("from"))


@tool_errors
async def set_strategy(
    ctx: Context,
    subject: Annotated[
        str,
        Field(description="Asset hostname, or 'app:<application>' for a whole application."),
    ],
    strategy: Annotated[Strategy, Field(description="The 6R strategy a person decided.")],
) -> StrategyOut:
    """Record a person's 6R strategy for an asset or application; the next assessment and
    plan apply it (retire/retain take it out of the waves)."""
    app = app_of(ctx)
    tenant = tenant_of(app, ctx)
    await in_thread(
        lambda: record_strategy_feedback(
            app.store, tenant, subject, proposed=None, corrected=strategy, actor="mcp"
        )
    )
    return StrategyOut(name=subject, strategy=strategy, confidence=0.99, wave=None, placement="")
