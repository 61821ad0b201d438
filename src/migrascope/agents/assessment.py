"""The assessment agent: dependencies, applications, 6R strategy and readiness.

It orchestrates the planning tools (``tools.dependencies``, ``tools.discovery``,
``tools.assessment``) and adds the review list: strategies whose confidence sits in
the tenant's suggest band for ``migration_strategy``, each with an explanation from
the optional LLM (or the tools' own reasons without one).
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, Field

from migrascope.agents._llm import LLMAdviser
from migrascope.agents.discovery import ReviewItem
from migrascope.memory import Store
from migrascope.tools._policy import load_policy
from migrascope.tools.assessment import assess_tenant
from migrascope.tools.dependencies import build_dependencies
from migrascope.tools.discovery import discover_tenant

__all__ = ["AssessmentAgent", "AssessmentInput", "AssessmentOutput"]

_STRATEGIES = ["rehost", "replatform", "refactor", "repurchase", "retire", "retain"]


class AssessmentInput(BaseModel):
    """What to assess: the tenant's stored assets, under a policy."""

    tenant: str
    rules: str | None = Field(default=None, description="A team's assessment_rules.toml.")
    dependency_files: list[str] = Field(default_factory=list)


class AssessmentOutput(BaseModel):
    """Dependencies, applications and their assessment, plus what needs review."""

    dependencies: dict[str, Any]
    applications: list[dict[str, Any]]
    discovery_notes: list[str]
    assessment: dict[str, Any]
    review: list[ReviewItem]


class AssessmentAgent:
    """Dependencies → applications → assessment, over the shared store."""

    def __init__(self, store: Store, llm: LLMAdviser | None = None) -> None:
        self.store = store
        self.llm = llm

    def dependencies(self, tenant: str, files: list[str]) -> dict[str, Any]:
        """Read and resolve dependencies (column and files) into the stored graph."""
        graph = build_dependencies(self.store, tenant, files=files)
        return {"summary": graph.summary(), "issues": [i.to_json() for i in graph.issues]}

    def applications(
        self, tenant: str, rules: str | None = None
    ) -> tuple[list[dict[str, Any]], list[str]]:
        """Group the tenant's assets into applications (stored, replacing the last);
        returns the applications and the grouping's notes."""
        found, labels = discover_tenant(self.store, tenant, policy=load_policy(rules))
        return [a.to_json(labels) for a in found.applications], list(found.notes)

    def assess(self, tenant: str, rules: str | None = None) -> dict[str, Any]:
        """6R strategy, readiness, risks and right-sizing of assets and applications."""
        return assess_tenant(self.store, tenant, policy=load_policy(rules)).to_json()

    def review(self, tenant: str, assessment: dict[str, Any], limit: int = 50) -> list[ReviewItem]:
        """Application strategies in the suggest band, explained for a person."""
        thresholds = self.store.thresholds.get(tenant, "migration_strategy")
        out: list[ReviewItem] = []
        for app in assessment.get("applications", []):
            if thresholds.decide(float(app["confidence"])) != "suggest":
                continue
            item = ReviewItem(
                id=f"migration_strategy:{app['name']}",
                operation="migration_strategy",
                subject=f"app:{app['name']}",
                proposed=app["strategy"],
                confidence=float(app["confidence"]),
                options=[app["strategy"], *(s for s in _STRATEGIES if s != app["strategy"])],
                reasons=list(app.get("reasons", [])),
            )
            if self.llm is not None:
                text = self.llm.explain(
                    f"application {app['name']}: strategy {app['strategy']}", item.reasons
                )
                if text:
                    item.advice_reason = f"{self.llm.model}: {text}"
            out.append(item)
            if len(out) >= limit:
                break
        return out

    def run(self, inp: AssessmentInput) -> AssessmentOutput:
        """The whole assessment of one tenant."""
        deps = self.dependencies(inp.tenant, inp.dependency_files)
        apps, notes = self.applications(inp.tenant, inp.rules)
        assessment = self.assess(inp.tenant, inp.rules)
        return AssessmentOutput(
            dependencies=deps,
            applications=apps,
            discovery_notes=notes,
            assessment=assessment,
            review=self.review(inp.tenant, assessment),
        )
