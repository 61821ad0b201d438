"""Typed tool outputs, so the SDK publishes output schemas to clients."""

from __future__ import annotations

from pydantic import BaseModel, Field

__all__ = [
    "AssetTypeOut",
    "ClassifyOut",
    "ColumnOut",
    "ImportOut",
    "MapOut",
    "TeachOut",
]


class ColumnOut(BaseModel):
    source: str = Field(description="Column header as in the file.")
    target: str | None = Field(description="Canonical field, or null when kept in extra.")
    confidence: float
    decision: str = Field(description="auto (applied), suggest (needs review) or unmapped.")
    unit: str | None = Field(description="Size unit read from the header, converted to GB.")
    reasons: list[str]


class MapOut(BaseModel):
    columns: list[ColumnOut]
    notes: list[str] = Field(default_factory=list, description="What the reader detected.")


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
        description="Pass as offset to get the next page; null at the end."
    )


class ImportOut(BaseModel):
    status: str = Field(
        description="completed, or duplicate when the same file was imported before."
    )
    import_id: int | None
    rows_total: int
    rows_imported: int
    rows_failed: int
    type_counts: dict[str, int]
    review_count: int = Field(description="Classifications in the review band.")
    problems: list[dict[str, object]] = Field(description="First problems, each with its row.")
    notes: list[str]


class TeachOut(BaseModel):
    pattern_id: int
    column: str
    target: str | None
    confirmations: int
    corrections: int
