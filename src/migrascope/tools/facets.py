"""A facet of an asset beyond its type (environment, criticality, a stack item)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

__all__ = ["Facet"]


@dataclass(slots=True)
class Facet:
    """One decided value with its confidence in [0, 1] and the reasons a person can check."""

    value: str | None
    confidence: float
    reasons: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {
            "value": self.value,
            "confidence": round(self.confidence, 4),
            "reasons": self.reasons,
        }
