"""Typed tool inputs and outputs, so the SDK publishes JSON schemas to clients.

Closed sets (canonical fields, asset types, feedback actions) are ``Literal`` types
built from the data files, so a model sees the allowed values in the input schema
and a wrong one is refused with the list of what is allowed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal

from pydantic import BaseModel, Field

from migrascope.config import CANONICAL_FIELDS, TAXONOMY

__all__ = [
    "AssetHit",
    "AssetTypeOut",
    "CanonicalField",
    "ClassifyOut",
    "ColumnOut",
    "ExplainOut",
    "FeedbackEventOut",
    "FeedbackOut",
    "ImportOut",
    "LearnedMapping",
    "MapOut",
    "MappingIn",
    "MappingsOut",
    "Operation",
    "PatternOut",
    "ReviewQuestion",
    "SearchOut",
    "StatsOut",
    "TaxonomyType",
    "WorkflowOut",
]

if TYPE_CHECKING:
    CanonicalField = str
    TaxonomyType = str
else:
    CanonicalField = Literal[tuple(CANONICAL_FIELDS)]
    TaxonomyType = Literal[tuple(TAXONOMY)]

Operation = Literal["field_mapping", "asset_classification"]


class ColumnOut(BaseModel):
    source: str = Field(description="Column header as in the file.")
    target: str | None = Field(description="Canonical field, or null when kept in extra.")
    confidence: float
    decision: str = Field(description="auto (applied), suggest (needs review) or unmapped.")
    unit: str | None = Field(description="Size unit read from the header, converted to GB.")
    reasons: list[str]


class MapOut(BaseModel):
    columns: list[ColumnOut]
    to_review: list[str] = Field(
        description="Columns in the suggest band: confirm or correct them."
    )
    notes: list[str] = Field(default_factory=list, description="What the reader detected.")


class MappingIn(BaseModel):
    column: str = Field(description="Source column header exactly as in the file.")
    target: CanonicalField | None = Field(
        description="Canonical field, or null to keep the column in extra (unmapped)."
    )


class LearnedMapping(BaseModel):
    column: str
    target: str | None
    pattern_id: int
    confirmations: int
    corrections: int
    change: Literal["confirmed", "corrected", "new"]


class MappingsOut(BaseModel):
    learned: list[LearnedMapping]
    note: str


class AssetTypeOut(BaseModel):
    row: int
    name: str
    asset_type: str
    confidence: float
    reasons: list[str]


class ClassifyOut(BaseModel):
    assets: list[AssetTypeOut]
    total: int = Field(description="Rows in the file.")
    offset: int
    next_offset: int | None = Field(
        description="Pass as offset for the next page; null at the end."
    )


class ImportOut(BaseModel):
    status: str = Field(
        description="completed, or duplicate when this content was imported before."
    )
    import_id: int | None
    rows_total: int
    rows_imported: int
    rows_failed: int
    type_counts: dict[str, int]
    review_count: int = Field(description="Classifications in the review band.")
    columns_to_review: list[str] = Field(description="Columns mapped in the suggest band.")
    columns_unmapped: list[str] = Field(description="Columns kept in extra.")
    problems: list[dict[str, Any]] = Field(
        description="First problems (at most 50), each with its row."
    )
    notes: list[str]


class FeedbackOut(BaseModel):
    event_id: int
    operation: str
    subject: str
    action: str
    effect: str = Field(description="What changed in memory because of this feedback.")
    pattern_id: int | None


class PatternOut(BaseModel):
    pattern_id: int
    key: str
    answer: str | None
    confirmations: int
    corrections: int
    state: str


class FeedbackEventOut(BaseModel):
    event_id: int
    action: str
    proposed: str | None
    corrected: str | None
    confidence: float | None
    actor: str
    at: str


class ExplainOut(BaseModel):
    operation: str
    subject: str
    decision: str | None = Field(description="The current answer (field or asset type).")
    confidence: float | None
    decided_by: str = Field(description="Where the decision comes from (import, pattern, rule).")
    evidence: list[str] = Field(description="Reasons recorded with the decision.")
    pattern: PatternOut | None = Field(description="The learned pattern that applies, if any.")
    history: list[FeedbackEventOut] = Field(description="Feedback on this subject, newest first.")


class AssetHit(BaseModel):
    asset_pk: int
    name: str
    asset_type: str | None
    environment: str | None
    application_name: str | None
    os_name: str | None
    ip_address: str | None
    import_id: int
    row_number: int
    score: float | None = Field(description="Semantic similarity to the query (null without one).")
    fields: dict[str, Any] = Field(description="Every other non-empty canonical field.")


class SearchOut(BaseModel):
    assets: list[AssetHit]
    total: int = Field(description="Assets matching the filters (before paging).")
    offset: int
    next_offset: int | None
    note: str | None = None


class StatsOut(BaseModel):
    tenant: str
    assets: int
    assets_by_type: dict[str, int]
    imports: int
    mapping_patterns: dict[str, int] = Field(description="Mapping patterns by state.")
    classification_patterns: dict[str, int] = Field(description="Classification patterns by state.")
    feedback: dict[str, dict[str, int]] = Field(
        description="Feedback events by operation, then action."
    )
    accuracy: dict[str, float | None] = Field(
        description="Share of feedback that confirmed the decision, by operation (null: none yet)."
    )
    thresholds: dict[str, dict[str, float]] = Field(description="auto/suggest/reject by operation.")


class ReviewQuestion(BaseModel):
    id: str = Field(description="Stable id of the question.")
    operation: Operation
    subject: str = Field(description="The column (or asset) the question is about.")
    question: str
    proposed: str | None = Field(description="What migrascope suggests.")
    confidence: float
    options: list[str] = Field(description="Plausible answers, best first.")
    answer_with: str = Field(description="The tool call that records the person's answer.")


class WorkflowOut(BaseModel):
    status: Literal["completed", "duplicate", "needs_review"]
    import_id: int | None
    rows: int
    stored: int
    assets_in_tenant: int
    asset_types: dict[str, int]
    columns_auto: int
    questions: list[ReviewQuestion] = Field(
        description="Decisions waiting for a person: ask them, then record each answer."
    )
    notes: list[str]


class ApplicationOut(BaseModel):
    name: str
    assets: list[str] = Field(description="Members, named by hostname (else asset id).")
    confidence: float
    method: str = Field(
        description="How it was found: taught, explicit, dependencies, naming, cluster."
    )
    reasons: list[str]


class DiscoverOut(BaseModel):
    applications: list[ApplicationOut]
    total: int
    offset: int
    next_offset: int | None = Field(
        description="Pass as offset for the next page; null at the end."
    )
    dependency_issues: list[str] = Field(
        description="Unknown names, self-dependencies, duplicates."
    )
    notes: list[str]


class AssessedApplicationOut(BaseModel):
    name: str
    strategy: str = Field(description="rehost, replatform, refactor, repurchase, retire or retain.")
    confidence: float
    decision: str = Field(description="auto, suggest or review by the tenant's thresholds.")
    readiness: float = Field(description="Cloud readiness 0-100.")
    reasons: list[str]
    risks: list[str]
    assets: int


class AssessOut(BaseModel):
    applications: list[AssessedApplicationOut]
    strategy_mix: dict[str, int] = Field(description="Assets per strategy.")
    total: int
    offset: int
    next_offset: int | None


class WaveOut(BaseModel):
    number: int
    applications: list[str]
    assets: int
    vcpu: int
    pilot: bool
    start: str
    end: str


class StrategyOut(BaseModel):
    name: str
    strategy: str
    confidence: float
    wave: int | None = Field(description="Wave number, or null when excluded (retire/retain).")
    placement: str = Field(description="Why the application landed in its wave.")


class PlanOut(BaseModel):
    plan_id: int
    waves: list[WaveOut]
    applications: list[StrategyOut]
    excluded: int = Field(description="Assets kept out of the waves (retire, retain).")
    issues: list[str] = Field(description="Cycles, dangling dependencies, oversize waves.")
    total_applications: int
    offset: int
    next_offset: int | None


class MoveOut(BaseModel):
    asset: str
    application: str
    previous: str | None
