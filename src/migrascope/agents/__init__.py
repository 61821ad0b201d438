"""Agents: thin orchestrators of ``tools/``, the crew registry and the work queue."""

from migrascope.agents._llm import Advice, LLMAdviser
from migrascope.agents.assessment import AssessmentAgent, AssessmentInput, AssessmentOutput
from migrascope.agents.discovery import (
    ColumnProfile,
    DiscoveryAgent,
    DiscoveryInput,
    DiscoveryOutput,
    ReviewItem,
    SubmitOutput,
)
from migrascope.agents.learning import (
    Answer,
    BootstrapInput,
    BootstrapOutput,
    LearningAgent,
    NamingRecord,
)
from migrascope.agents.planning import PlanningAgent, PlanningInput, PlanningOutput
from migrascope.agents.queue import LostClaim, WorkItem, WorkQueue
from migrascope.agents.registry import AGENT_TYPES, Crew, CrewHealth, CrewRegistry
from migrascope.agents.worker import Handler, Worker, WorkerOptions, WorkerStats

__all__ = [
    "AGENT_TYPES",
    "Advice",
    "Answer",
    "AssessmentAgent",
    "AssessmentInput",
    "AssessmentOutput",
    "BootstrapInput",
    "BootstrapOutput",
    "ColumnProfile",
    "Crew",
    "CrewHealth",
    "CrewRegistry",
    "DiscoveryAgent",
    "DiscoveryInput",
    "DiscoveryOutput",
    "Handler",
    "LLMAdviser",
    "LearningAgent",
    "LostClaim",
    "NamingRecord",
    "PlanningAgent",
    "PlanningInput",
    "PlanningOutput",
    "ReviewItem",
    "SubmitOutput",
    "WorkItem",
    "WorkQueue",
    "Worker",
    "WorkerOptions",
    "WorkerStats",
]
