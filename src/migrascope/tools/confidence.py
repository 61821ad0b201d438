"""Adaptive confidence thresholds: accuracy by confidence band moves a tenant's thresholds.

Feedback events carry the band of the decision they judge (high >= 0.8, medium
0.5-0.8, low < 0.5; limits in config/data/learning.toml). When high-band accuracy
falls below its target the auto threshold rises; when medium-band accuracy falls
below its target the suggest threshold rises; sustained excellent accuracy lowers
them. Only events after the last adjustment of that threshold count, a minimum
number of them is needed (of the latest ``window``: recent, sustained behaviour
decides), the values stay within bounds, and each change is stored
with its reason, the accuracy and event count behind it, and the time.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, NamedTuple

from migrascope.config import load_data
from migrascope.memory import ThresholdChange, Thresholds, default_thresholds

if TYPE_CHECKING:
    from migrascope.memory import Store

__all__ = ["BandAccuracy", "adapt_thresholds", "band_accuracy", "band_of"]

BANDS = ("high", "medium", "low")


class BandAccuracy(NamedTuple):
    """Feedback events in a band and how many confirmed the decision."""

    events: int
    correct: int

    @property
    def accuracy(self) -> float | None:
        return self.correct / self.events if self.events else None


def _cfg() -> dict[str, Any]:
    return load_data("learning.toml")


def band_of(confidence: float | None) -> str | None:
    """'high', 'medium' or 'low' for a confidence (None for none)."""
    if confidence is None:
        return None
    bands = _cfg()["bands"]
    if confidence >= float(bands["high"]):
        return "high"
    if confidence >= float(bands["medium"]):
        return "medium"
    return "low"


def band_accuracy(
    store: Store, tenant: str, operation: str, *, after_event_id: int = 0
) -> dict[str, BandAccuracy]:
    """Accuracy of a tenant's decisions of one operation per band, from feedback."""
    default_thresholds(operation)
    stats = store.feedback.band_stats(tenant, operation, after_event_id=after_event_id)
    return {
        b: BandAccuracy(stats.get(b, {}).get("n", 0), stats.get(b, {}).get("correct", 0))
        for b in BANDS
    }


def _step(
    name: str,
    current: float,
    stats: dict[str, int] | None,
    *,
    target: float,
    lo: float,
    hi: float,
    band: str,
) -> ThresholdChange | None:
    cfg = _cfg()["adaptation"]
    if not stats:
        return None
    n, correct = stats["n"], stats["correct"]
    accuracy = correct / n
    if n >= int(cfg["min_events"]) and accuracy < target:
        new = min(hi, round(current + float(cfg["step_up"]), 4))
        why = f"{band}-band accuracy {accuracy:.2f} over {n} events is below {target:.2f}: {name} raised"
    elif n >= int(cfg["min_events_lower"]) and accuracy >= float(cfg["excellent"]):
        new = max(lo, round(current - float(cfg["step_down"]), 4))
        why = (
            f"{band}-band accuracy {accuracy:.2f} over {n} events is at least "
            f"{float(cfg['excellent']):.2f}: {name} lowered"
        )
    else:
        return None
    if abs(new - current) < 1e-9:
        return None
    return ThresholdChange(name, current, new, why, accuracy, n, stats["last_event_id"])


def adapt_thresholds(store: Store, tenant: str, operation: str) -> list[ThresholdChange]:
    """Adjust the tenant's thresholds of an operation from the feedback since the last change.

    Serialised per tenant and operation with an advisory lock, so two workers that
    finish feedback at once cannot both apply the same evidence.
    """
    default_thresholds(operation)
    cfg = _cfg()["adaptation"]
    bounds = cfg["bounds"]
    window = int(cfg["window"])
    with store.pool.connection() as conn, conn.transaction():
        conn.execute(
            "SELECT pg_advisory_xact_lock(hashtext(%s))", (f"thresholds:{tenant}:{operation}",)
        )
        current = store.thresholds.get(tenant, operation, conn=conn)
        changes: list[ThresholdChange] = []
        after = store.thresholds.last_event_id(tenant, operation, "auto", conn=conn)
        high = store.feedback.band_stats(
            tenant, operation, after_event_id=after, window=window, conn=conn
        )
        auto = _step(
            "auto",
            current.auto,
            high.get("high"),
            target=float(cfg["high_target"]),
            lo=max(float(bounds["auto_min"]), current.suggest),
            hi=float(bounds["auto_max"]),
            band="high",
        )
        new_auto = auto.new_value if auto else current.auto
        if auto:
            changes.append(auto)
        after = store.thresholds.last_event_id(tenant, operation, "suggest", conn=conn)
        medium = store.feedback.band_stats(
            tenant, operation, after_event_id=after, window=window, conn=conn
        )
        suggest = _step(
            "suggest",
            current.suggest,
            medium.get("medium"),
            target=float(cfg["medium_target"]),
            lo=max(float(bounds["suggest_min"]), current.reject),
            hi=min(float(bounds["suggest_max"]), new_auto),
            band="medium",
        )
        if suggest:
            changes.append(suggest)
        if not changes:
            return []
        new = Thresholds(
            new_auto, suggest.new_value if suggest else current.suggest, current.reject
        )
        store.thresholds.adjust(tenant, operation, new, changes, conn=conn)
    return changes
