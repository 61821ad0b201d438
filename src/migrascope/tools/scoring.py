"""Pattern reward: a Beta posterior per pattern, its score, credible bounds and retirement.

Every pattern holds Beta(alpha, beta) over "its answer is right": confirmations add to
alpha, corrections and later overrides to beta. The confidence a pattern contributes
to a decision is its posterior mean, scaled by how close its key is to the query and
by its scope (global-pool patterns weigh less). A pattern whose upper credible bound
stays below the retirement level after enough trials is retired: kept for history,
no longer applied.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, NamedTuple

from migrascope.config import load_data

if TYPE_CHECKING:
    from migrascope.memory import Conn, Pattern, Store

__all__ = [
    "PatternScore",
    "credible_bounds",
    "pattern_confidence",
    "pattern_score",
    "retire_if_due",
    "retirement_reason",
    "sweep_retirement",
]

# Below this similarity a pattern's key is not the query's key; it only hints.
_EXACT = 0.999


class PatternScore(NamedTuple):
    """A pattern's posterior summary."""

    mean: float
    lower: float
    upper: float
    trials: int


def _cfg() -> dict[str, Any]:
    return dict(load_data("learning.toml")["patterns"])


def credible_bounds(alpha: float, beta: float, level: float | None = None) -> tuple[float, float]:
    """Equal-tailed credible interval of Beta(alpha, beta) at ``level`` (default from config)."""
    if alpha <= 0 or beta <= 0:
        raise ValueError("alpha and beta must be positive")
    level = float(_cfg()["credible_level"]) if level is None else level
    if not 0 < level < 1:
        raise ValueError("level must be in (0, 1)")
    tail = (1 - level) / 2
    from scipy.stats import beta as beta_dist  # ~0.5 s to import: only when bounds are asked

    return float(beta_dist.ppf(tail, alpha, beta)), float(beta_dist.ppf(1 - tail, alpha, beta))


def pattern_score(pattern: Pattern, level: float | None = None) -> PatternScore:
    """Posterior mean, credible bounds and trials of a pattern."""
    lower, upper = credible_bounds(pattern.alpha, pattern.beta, level)
    return PatternScore(pattern.score, lower, upper, pattern.trials)


def pattern_confidence(pattern: Pattern, similarity: float = 1.0) -> float:
    """The confidence a pattern contributes to a decision, in [0, 1].

    Posterior mean x scope weight (1 for the tenant's own patterns, the global-pool
    weight for pooled ones); a key that is only similar (not equal) to the query's is
    scaled by its similarity and never exceeds 0.9 of an exact match. Retired: 0.
    """
    if pattern.state != "active":
        return 0.0
    base = pattern.score * pattern.weight
    if similarity >= _EXACT:
        return max(0.0, min(1.0, base))
    return max(0.0, min(1.0, base * 0.9 * max(0.0, similarity)))


def retirement_reason(pattern: Pattern) -> str | None:
    """Why the pattern should retire now, or None while it still earns its place."""
    cfg = _cfg()
    if pattern.state != "active" or pattern.trials < int(cfg["min_trials"]):
        return None
    level = float(cfg["retirement_level"])
    _, upper = credible_bounds(pattern.alpha, pattern.beta, float(cfg["credible_level"]))
    if upper >= level:
        return None
    return (
        f"upper {float(cfg['credible_level']):.0%} credible bound {upper:.2f} < retirement "
        f"level {level:.2f} after {pattern.trials} trials "
        f"({pattern.confirmations} confirmed, {pattern.corrections} corrected)"
    )


def retire_if_due(
    store: Store,
    tenant: str,
    operation: str,
    patterns: Sequence[Pattern],
    *,
    conn: Conn | None = None,
) -> list[int]:
    """Retire those of ``patterns`` (the tenant's own) that are due; returns their ids."""
    repo = store.patterns_for(operation)
    retired: list[int] = []
    for p in patterns:
        if p.is_global:
            continue
        reason = retirement_reason(p)
        if reason and repo.retire(tenant, p.pattern_id, reason, conn=conn):
            retired.append(p.pattern_id)
    return retired


def sweep_retirement(store: Store, tenant: str, operation: str) -> list[int]:
    """Check every active pattern of the tenant for an operation (e.g. after a config change)."""
    repo = store.patterns_for(operation)
    return retire_if_due(store, tenant, operation, repo.list(tenant, state="active"))
