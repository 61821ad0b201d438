"""The LangGraph workflow: import → map → classify → store (→ group → assess → plan)."""

from migrascope.graph._workflow import RunContext, RunState, build_workflow, run_workflow

__all__ = ["RunContext", "RunState", "build_workflow", "run_workflow"]
