"""Prompts: the three conversations migrascope is built for, as reusable starters."""

from __future__ import annotations

from typing import Annotated

from mcp.server.mcpserver import MCPServer
from pydantic import Field

__all__ = ["register_prompts"]


def plan_migration(
    export: Annotated[str, Field(description="Path of the inventory export on the server.")],
    target_cloud: Annotated[str, Field(description="Target cloud: aws, azure or gcp.")] = "aws",
) -> str:
    """Plan a migration from this export."""
    return (
        f"Plan a cloud migration to {target_cloud} from the inventory export at {export!r} "
        "with the migrascope tools.\n"
        "1. Call map_columns on it. Show me the columns in the suggest band and any that "
        "stay unmapped; ask me about each doubtful one and record my answers with "
        "apply_mappings.\n"
        "2. Call run_workflow on the file. Report progress. If it returns questions, put "
        "them to me one group at a time and record each answer with record_feedback.\n"
        "3. Summarise the estate from learning_stats and search_assets: counts by asset "
        "type and environment, and anything that looks risky.\n"
        "4. If the planning tools are available, discover applications, assess them and "
        "plan waves; explain why each application landed in its wave.\n"
        "Never guess a correction: ask me, and say what you changed."
    )


def review_low_confidence(
    limit: Annotated[str, Field(description="How many decisions to review at most.")] = "20",
) -> str:
    """Review the low-confidence decisions."""
    return (
        f"Help me review up to {limit} low-confidence migrascope decisions.\n"
        "Find them: the latest run_workflow questions, map_columns results in the suggest "
        "band, and assets whose classification confidence is low (search_assets, then "
        "explain_decision on each).\n"
        "For each one show the proposed answer, the confidence and the evidence in one "
        "line, and ask me to confirm, correct (with the right answer) or reject. Record my "
        "answer with record_feedback and tell me what migrascope learned from it. At the "
        "end, show learning_stats so we can see accuracy move."
    )


def explain_wave_plan(
    plan: Annotated[
        str, Field(description="A wave plan (JSON or its path), or 'latest' for the last run.")
    ] = "latest",
) -> str:
    """Explain this wave plan."""
    return (
        f"Explain the migration wave plan {plan!r} to a client stakeholder.\n"
        "For each wave: which applications and how many assets, why they are together "
        "(dependencies that must move together), why the wave comes where it does (pilot "
        "first, dependency order, capacity), and the main risks. Then list what was "
        "excluded (retire/retain) and why. Use explain_decision and search_assets for "
        "evidence; quote reasons, do not invent them. End with the open questions a person "
        "must answer before wave 1."
    )


def register_prompts(server: MCPServer) -> None:
    """Attach every prompt to the server."""
    server.prompt(name="plan_migration", title="Plan a migration from this export")(plan_migration)
    server.prompt(name="review_low_confidence", title="Review the low-confidence decisions")(
        review_low_confidence
    )
    server.prompt(name="explain_wave_plan", title="Explain this wave plan")(explain_wave_plan)
