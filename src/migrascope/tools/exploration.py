"""Exploration among competing patterns: Thompson sampling, UCB or greedy (configurable).

When several patterns could answer one subject, the policy picks one so that rarely
tried but promising patterns get tried while proven ones dominate. Every choice is
logged with the probability the policy gave it (its propensity), so other policies
can be evaluated offline (``offline_value``, inverse propensity scoring).

Safety: the decision's confidence is the chosen pattern's *posterior mean* (never the
optimistic sample or bound that made the choice), and a choice that differs from the
greedy one is at most suggested, so exploration never auto-applies anything below
the auto threshold. A tenant's own explicit correction for the exact key always wins.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import numpy as np

from migrascope.config import load_data
from migrascope.errors import ToolError
from migrascope.memory import PatternMatch
from migrascope.tools.history import pattern_snapshot, record_decision
from migrascope.tools.scoring import pattern_confidence

if TYPE_CHECKING:
    from migrascope.memory import Pattern, Store, Thresholds

__all__ = ["POLICIES", "Choice", "Explorer", "choose_and_record", "diversity", "offline_value"]

POLICIES = ("thompson", "ucb", "greedy")
_EXACT = 0.999


@dataclass
class Choice:
    """The pattern a policy chose, with the probabilities behind the choice."""

    pattern: Pattern
    similarity: float
    policy: str
    confidence: float
    decision: str
    propensity: float
    probabilities: dict[int, float]
    greedy_pattern_id: int
    explored: bool
    reasons: list[str] = field(default_factory=list)

    @property
    def answer(self) -> str | None:
        return self.pattern.answer


def _as_matches(candidates: Sequence[PatternMatch | Pattern]) -> list[PatternMatch]:
    out = [c if isinstance(c, PatternMatch) else PatternMatch(c, 1.0) for c in candidates]
    return [m for m in out if m.pattern.state == "active"]


class Explorer:
    """A configured policy; ``seed`` makes Thompson sampling reproducible."""

    def __init__(
        self,
        policy: str | None = None,
        *,
        seed: int | None = None,
        ucb_c: float | None = None,
        draws: int | None = None,
    ) -> None:
        cfg = load_data("learning.toml")["exploration"]
        self.policy = policy or str(cfg["policy"])
        if self.policy not in POLICIES:
            raise ToolError(
                f"Exploration policy {self.policy!r} is unknown; choose one of {', '.join(POLICIES)}."
            )
        self.ucb_c = float(cfg["ucb_c"]) if ucb_c is None else ucb_c
        self.draws = int(cfg["propensity_draws"]) if draws is None else draws
        self._rng = np.random.default_rng(int(cfg["seed"]) if seed is None else seed)

    def _values(self, matches: list[PatternMatch]) -> np.ndarray:
        return np.array([pattern_confidence(m.pattern, m.similarity) for m in matches])

    def _scale(self, matches: list[PatternMatch]) -> np.ndarray:
        """Confidence per unit of posterior mean (weight x similarity factor)."""
        return np.array(
            [
                pattern_confidence(m.pattern, m.similarity) / m.pattern.score
                if m.pattern.score > 0
                else 0.0
                for m in matches
            ]
        )

    def choose(
        self, candidates: Sequence[PatternMatch | Pattern], thresholds: Thresholds
    ) -> Choice:
        """Pick one of the candidate patterns and decide auto/suggest/unmapped."""
        matches = _as_matches(candidates)
        if not matches:
            raise ToolError("No active candidate pattern to choose from.")
        values = self._values(matches)
        greedy = int(np.argmax(values))
        own = [
            i
            for i, m in enumerate(matches)
            if m.pattern.explicit and not m.pattern.is_global and m.similarity >= _EXACT
        ]
        reasons: list[str] = []
        if own:
            # The tenant's own explicit correction of this very key always wins.
            pick = max(own, key=lambda i: values[i])
            probs = np.zeros(len(matches))
            probs[pick] = 1.0
            policy = "explicit"
            reasons.append("the tenant's own explicit correction for this key wins")
            greedy = pick
        elif self.policy == "thompson":
            alphas = np.array([m.pattern.alpha for m in matches])
            betas = np.array([m.pattern.beta for m in matches])
            scale = self._scale(matches)
            sample = self._rng.beta(alphas, betas) * scale
            pick = int(np.argmax(sample))
            draws = self._rng.beta(alphas, betas, size=(self.draws, len(matches))) * scale
            probs = np.bincount(np.argmax(draws, axis=1), minlength=len(matches)) / self.draws
            # The Monte-Carlo estimate can miss a rare arm; keep the logged propensity > 0.
            probs = np.maximum(probs, 0.5 / self.draws)
            probs = probs / probs.sum()
            policy = "thompson"
        elif self.policy == "ucb":
            n = np.array([m.pattern.alpha + m.pattern.beta for m in matches])
            bonus = self.ucb_c * np.sqrt(2 * math.log(max(n.sum(), 2.0)) / n)
            ucb = values + bonus
            best = np.flatnonzero(np.isclose(ucb, ucb.max()))
            pick = int(best[0])
            probs = np.zeros(len(matches))
            probs[best] = 1.0 / len(best)
            policy = "ucb"
        else:
            best = np.flatnonzero(np.isclose(values, values.max()))
            pick = int(best[0])
            probs = np.zeros(len(matches))
            probs[best] = 1.0 / len(best)
            policy = "greedy"
        chosen = matches[pick]
        confidence = float(values[pick])
        decision = thresholds.decide(confidence)
        if confidence < thresholds.reject:
            decision = "unmapped"
        explored = pick != greedy and not math.isclose(values[pick], values[greedy])
        if explored:
            reasons.append(
                f"explored: {policy} tried pattern #{chosen.pattern.pattern_id} "
                f"(p={probs[pick]:.2f}) over the greedy #{matches[greedy].pattern.pattern_id}"
            )
            if decision == "auto":
                decision = "suggest"
        reasons.append(
            f"pattern #{chosen.pattern.pattern_id} answers {chosen.pattern.answer} with posterior "
            f"mean {chosen.pattern.score:.2f} ({chosen.pattern.trials} trials)"
        )
        return Choice(
            chosen.pattern,
            chosen.similarity,
            policy,
            confidence,
            decision,
            float(probs[pick]),
            {m.pattern.pattern_id: float(p) for m, p in zip(matches, probs, strict=True)},
            matches[greedy].pattern.pattern_id,
            explored,
            reasons,
        )


def choose_and_record(
    store: Store,
    tenant: str,
    operation: str,
    subject: str,
    candidates: Sequence[PatternMatch | Pattern],
    *,
    explorer: Explorer,
    evidence: dict[str, Any] | None = None,
    import_id: int | None = None,
) -> tuple[Choice, int]:
    """Choose, store the decision (with evidence) and log the choice; returns the decision id."""
    thresholds = store.thresholds.get(tenant, operation)
    choice = explorer.choose(candidates, thresholds)
    matches = _as_matches(candidates)
    logged: list[dict[str, Any]] = [
        {
            "pattern_id": m.pattern.pattern_id,
            "answer": m.pattern.answer,
            "alpha": m.pattern.alpha,
            "beta": m.pattern.beta,
            "similarity": round(m.similarity, 4),
            "probability": choice.probabilities.get(m.pattern.pattern_id, 0.0),
        }
        for m in matches
    ]
    runner = max(
        (c for c in logged if c["pattern_id"] != choice.pattern.pattern_id),
        key=lambda c: c["alpha"] / (c["alpha"] + c["beta"]),
        default=None,
    )
    row = record_decision(
        store,
        tenant,
        operation,
        subject,
        choice.answer,
        choice.confidence,
        decision=choice.decision,
        pattern_ids=[choice.pattern.pattern_id],
        evidence={
            **(evidence or {}),
            "patterns": [pattern_snapshot(m.pattern) for m in matches],
            "reasons": choice.reasons,
            "candidates": logged,
            "runner_up": runner,
            "policy": choice.policy,
        },
        import_id=import_id,
    )
    store.choices.record(
        tenant,
        operation=operation,
        subject=subject,
        policy=choice.policy,
        candidates=logged,
        chosen_pattern_id=choice.pattern.pattern_id,
        chosen_answer=choice.answer,
        propensity=choice.propensity,
        greedy_pattern_id=choice.greedy_pattern_id,
        explored=choice.explored,
        decision_id=row["decision_id"],
    )
    return choice, int(row["decision_id"])


def diversity(
    store: Store, tenant: str, operation: str | None = None, window: int = 1000
) -> dict[str, Any]:
    """How spread the recent choices are over patterns: distinct, entropy, top share, explored."""
    rows = store.choices.list(tenant, operation)[-window:]
    counts = Counter(r["chosen_pattern_id"] for r in rows)
    total = sum(counts.values())
    if not total:
        return {
            "choices": 0,
            "distinct_patterns": 0,
            "entropy_bits": 0.0,
            "top_share": 0.0,
            "explored_share": 0.0,
        }
    shares = np.array(list(counts.values())) / total
    return {
        "choices": total,
        "distinct_patterns": len(counts),
        "entropy_bits": round(float(-(shares * np.log2(shares)).sum()), 4),
        "top_share": round(float(shares.max()), 4),
        "explored_share": round(sum(1 for r in rows if r["explored"]) / total, 4),
    }


def offline_value(
    log: Sequence[dict[str, Any]], target: Callable[[list[dict[str, Any]]], int | None]
) -> dict[str, float]:
    """Inverse-propensity estimate of a target policy's mean reward from a logged policy.

    ``target`` maps a logged candidate list to the pattern id it would choose.
    Only rewarded rows count. Returns the plain IPS ``estimate`` and the
    self-normalised ``snips``.
    """
    rewarded = [r for r in log if r.get("reward") is not None]
    if not rewarded:
        return {"rows": 0, "estimate": float("nan"), "snips": float("nan"), "matched": 0}
    total = weights = 0.0
    matched = 0
    for r in rewarded:
        if target(r["candidates"]) == r["chosen_pattern_id"]:
            matched += 1
            w = 1.0 / max(float(r["propensity"]), 1e-6)
            total += float(r["reward"]) * w
            weights += w
    return {
        "rows": len(rewarded),
        "matched": matched,
        "estimate": round(total / len(rewarded), 4),
        # Self-normalised IPS: lower variance when propensities are small.
        "snips": round(total / weights, 4) if weights else float("nan"),
    }
