"""The planning agent: dependency-safe migration waves from an assessment.

It orchestrates ``tools.planning`` (waves that never split a strongly
connected group, pilot first, capped size) and checks every plan it produces with
the plan validator before handing it on.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, Field

from migrascope.memory import Store
from migrascope.tools._policy import load_policy
from migrascope.tools.dependencies import stored_edges
from migrascope.tools.planning import plan_tenant, validate_plan

__all__ = ["PlanningAgent", "PlanningInput", "PlanningOutput"]


class PlanningInput(BaseModel):
    """An assessment (``AssessmentOutput.assessment``) to plan."""

    tenant: str
    assessment: dict[str, Any]
    rules: str | None = Field(default=None, description="A team's assessment_rules.toml.")


class PlanningOutput(BaseModel):
    """The stored plan and what the validator found (empty: valid)."""

    plan_id: int
    plan: dict[str, Any]
    problems: list[str]


class PlanningAgent:
    """Plan waves and validate them."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def run(self, inp: PlanningInput) -> PlanningOutput:
        """Plan, store and validate the plan against its rules."""
        plan, plan_id = plan_tenant(
            self.store, inp.tenant, inp.assessment, policy=load_policy(inp.rules)
        )
        data = plan.to_json()
        problems = validate_plan(
            data,
            [int(a["asset_pk"]) for a in inp.assessment.get("assets", [])],
            stored_edges(self.store, inp.tenant),
        )
        # Reported, not raised: a person decides whether a flagged plan is acceptable
        # (e.g. an oversize wave forced by one huge application).
        return PlanningOutput(plan_id=plan_id, plan={**data, "plan_id": plan_id}, problems=problems)
