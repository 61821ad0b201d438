"""Accuracy, accuracy by confidence band and expected calibration error.

Bands follow the learning-dynamics design: high ≥ 0.8, medium 0.5–0.8, low < 0.5.
A decision is a (confidence, correct) pair; "calibrated" means that among decisions
made at confidence c, about c of them are right, which ECE summarises in one number.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, NamedTuple

__all__ = [
    "BANDS",
    "BandStats",
    "Decision",
    "accuracy",
    "accuracy_by_band",
    "band_of",
    "expected_calibration_error",
    "reliability_bins",
]

BANDS: tuple[tuple[str, float, float], ...] = (
    ("high", 0.8, 1.0),
    ("medium", 0.5, 0.8),
    ("low", 0.0, 0.5),
)


class Decision(NamedTuple):
    """One scored decision: the confidence given and whether it was right."""

    confidence: float
    correct: bool


@dataclass(frozen=True)
class BandStats:
    """Decisions in one band and how many were right."""

    band: str
    count: int
    correct: int
    mean_confidence: float | None

    @property
    def accuracy(self) -> float | None:
        return self.correct / self.count if self.count else None

    def to_json(self) -> dict[str, Any]:
        return {
            "count": self.count,
            "correct": self.correct,
            "accuracy": None if self.accuracy is None else round(self.accuracy, 4),
            "mean_confidence": None
            if self.mean_confidence is None
            else round(self.mean_confidence, 4),
        }


def band_of(confidence: float) -> str:
    """'high' (≥ 0.8), 'medium' (≥ 0.5) or 'low'."""
    if confidence >= 0.8:
        return "high"
    if confidence >= 0.5:
        return "medium"
    return "low"


def accuracy(decisions: Sequence[Decision]) -> float:
    """Share of right decisions; 0.0 for none (nothing was got right)."""
    return sum(d.correct for d in decisions) / len(decisions) if decisions else 0.0


def accuracy_by_band(decisions: Sequence[Decision]) -> dict[str, BandStats]:
    """Every band, also the empty ones, so reports always have the same keys."""
    out: dict[str, BandStats] = {}
    for name, _lo, _hi in BANDS:
        inside = [d for d in decisions if band_of(d.confidence) == name]
        mean = sum(d.confidence for d in inside) / len(inside) if inside else None
        out[name] = BandStats(name, len(inside), sum(d.correct for d in inside), mean)
    return out


def reliability_bins(decisions: Sequence[Decision], bins: int = 10) -> list[dict[str, Any]]:
    """Equal-width confidence bins with count, mean confidence and accuracy (for plots)."""
    if bins < 1:
        raise ValueError("bins must be >= 1")
    groups: list[list[Decision]] = [[] for _ in range(bins)]
    for d in decisions:
        c = min(max(d.confidence, 0.0), 1.0)
        groups[min(int(c * bins), bins - 1)].append(d)
    out = []
    for i, g in enumerate(groups):
        out.append(
            {
                "lower": i / bins,
                "upper": (i + 1) / bins,
                "count": len(g),
                "mean_confidence": sum(d.confidence for d in g) / len(g) if g else None,
                "accuracy": accuracy(g) if g else None,
            }
        )
    return out


def expected_calibration_error(decisions: Sequence[Decision], bins: int = 10) -> float | None:
    """Σ_b (n_b / N) · |accuracy_b − mean confidence_b| over equal-width bins.

    None when there are no decisions (an ECE of 0 would claim perfect calibration).
    """
    if not decisions:
        return None
    total = len(decisions)
    ece = 0.0
    for b in reliability_bins(decisions, bins):
        if b["count"]:
            ece += b["count"] / total * abs(b["accuracy"] - b["mean_confidence"])
    return ece
