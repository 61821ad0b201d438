"""The LangGraph workflow: map → review → import shards → combine → review → summary,
checkpointed in PostgreSQL so a killed run resumes where it stopped."""

from migrascope.graph._workflow import (
    RunContext,
    RunResult,
    RunState,
    build_workflow,
    checkpointer,
    resume_run,
    run_thread_id,
    run_workflow,
    start_run,
)

__all__ = [
    "RunContext",
    "RunResult",
    "RunState",
    "build_workflow",
    "checkpointer",
    "resume_run",
    "run_thread_id",
    "run_workflow",
    "start_run",
]
