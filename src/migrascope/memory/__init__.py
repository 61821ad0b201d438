"""The shared learning store: PostgreSQL + pgvector (embedded by default)."""

from migrascope.memory._applications import ApplicationPatterns, ApplicationRepository
from migrascope.memory._assets import AssetRecord, AssetRepository
from migrascope.memory._conflicts import ChoiceLog, ConflictRepository
from migrascope.memory._conn import Conn
from migrascope.memory._decisions import DecisionRepository
from migrascope.memory._dependencies import DependencyRepository
from migrascope.memory._feedback import FeedbackRepository
from migrascope.memory._global import GlobalPool
from migrascope.memory._imports import ImportInfo, ImportRepository
from migrascope.memory._migrate import apply_migrations, migration_files
from migrascope.memory._patterns import (
    ClassificationPatterns,
    MappingPatterns,
    Pattern,
    PatternMatch,
)
from migrascope.memory._plans import AssessmentRepository, PlanRepository
from migrascope.memory._reembed import reembed
from migrascope.memory._server import embedded_database_url
from migrascope.memory._store import Store, check_tenant, resolve_database_url
from migrascope.memory._thresholds import (
    ThresholdChange,
    ThresholdRepository,
    Thresholds,
    default_thresholds,
)
from migrascope.memory._tokens import ApiToken, TokenRepository
from migrascope.memory.embedders import Embedder, HashingEmbedder, OpenAIEmbedder, make_embedder

__all__ = [
    "ApiToken",
    "ApplicationPatterns",
    "ApplicationRepository",
    "AssessmentRepository",
    "AssetRecord",
    "AssetRepository",
    "ChoiceLog",
    "ClassificationPatterns",
    "ConflictRepository",
    "Conn",
    "DecisionRepository",
    "DependencyRepository",
    "Embedder",
    "FeedbackRepository",
    "GlobalPool",
    "HashingEmbedder",
    "ImportInfo",
    "ImportRepository",
    "MappingPatterns",
    "OpenAIEmbedder",
    "Pattern",
    "PatternMatch",
    "PlanRepository",
    "Store",
    "ThresholdChange",
    "ThresholdRepository",
    "Thresholds",
    "TokenRepository",
    "apply_migrations",
    "check_tenant",
    "default_thresholds",
    "embedded_database_url",
    "make_embedder",
    "migration_files",
    "reembed",
    "resolve_database_url",
]
