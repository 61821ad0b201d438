"""Conflicts: patterns with similar keys and different answers, and how they are resolved.

Detection: a tenant's active patterns whose key embeddings are at least
``similarity`` alike but whose answers differ (and trusted global-pool patterns that
disagree with the tenant's), grouped so a cluster of three is one conflict.

Resolution by a configurable strategy (config/data/learning.toml [conflicts]):
``highest_confidence`` (posterior mean x scope weight), ``most_recent`` (latest
update), ``crew_specialisation`` (confidence x the weight of the crew that taught it
for this operation) or ``evidence_vote`` (each pattern votes for its answer with its
successes x scope weight). Whatever the strategy, a tenant's own explicit correction
wins for that tenant. Each conflict and its resolution is recorded.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from migrascope.config import load_data
from migrascope.errors import ToolError
from migrascope.tools.scoring import pattern_confidence

if TYPE_CHECKING:
    from migrascope.memory import Pattern, Store

__all__ = [
    "STRATEGIES",
    "Conflict",
    "Resolution",
    "detect_conflicts",
    "resolve",
    "resolve_conflicts",
]

STRATEGIES = ("highest_confidence", "most_recent", "crew_specialisation", "evidence_vote")
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


@dataclass
class Conflict:
    """Patterns that would answer alike questions differently."""

    operation: str
    patterns: list[Pattern]
    similarity: float

    @property
    def pattern_ids(self) -> list[int]:
        return [p.pattern_id for p in self.patterns]


@dataclass
class Resolution:
    """Which answer wins a conflict, by which strategy, and why."""

    conflict: Conflict
    strategy: str
    answer: str | None
    winner_pattern_id: int
    reason: str
    scores: dict[int, float] = field(default_factory=dict)
    conflict_id: int | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "conflict_id": self.conflict_id,
            "operation": self.conflict.operation,
            "patterns": [
                {
                    "pattern_id": p.pattern_id,
                    "key": p.key,
                    "answer": p.answer,
                    "score": round(p.score, 4),
                    "scope": p.scope,
                    "source_crew": p.source_crew,
                    "explicit": p.explicit,
                }
                for p in self.conflict.patterns
            ],
            "similarity": round(self.conflict.similarity, 4),
            "strategy": self.strategy,
            "answer": self.answer,
            "winner_pattern_id": self.winner_pattern_id,
            "reason": self.reason,
            "scores": {str(k): round(v, 4) for k, v in self.scores.items()},
        }


def _cfg() -> dict[str, Any]:
    return dict(load_data("learning.toml")["conflicts"])


def detect_conflicts(
    store: Store,
    tenant: str,
    operation: str,
    *,
    similarity: float | None = None,
    include_global: bool = True,
) -> list[Conflict]:
    """Groups of the tenant's patterns (and disagreeing trusted pool ones) in conflict."""
    threshold = float(_cfg()["similarity"]) if similarity is None else similarity
    repo = store.patterns_for(operation)
    pairs = repo.similar_pairs(tenant, threshold)
    if include_global:
        pairs += repo.global_matches(tenant, threshold)
    parent: dict[int, int] = {}

    def find(x: int) -> int:
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    by_id: dict[int, Pattern] = {}
    best: dict[int, float] = defaultdict(float)
    for a, b, _sim in pairs:
        by_id[a.pattern_id], by_id[b.pattern_id] = a, b
        parent[find(a.pattern_id)] = find(b.pattern_id)
    for a, _, sim in pairs:
        root = find(a.pattern_id)
        best[root] = max(best[root], sim)
    groups: dict[int, list[Pattern]] = defaultdict(list)
    for pid, p in by_id.items():
        groups[find(pid)].append(p)
    return [
        Conflict(operation, sorted(ps, key=lambda p: p.pattern_id), best[root])
        for root, ps in sorted(groups.items())
        if len({p.answer for p in ps}) > 1
    ]


def _crew_weight(operation: str, p: Pattern) -> float:
    weights = _cfg()["crew_weights"]
    table = weights.get(operation, {})
    crew = p.source_crew if p.source_crew != "default" else p.source_agent
    return float(table.get(crew, table.get(p.source_agent, weights.get("default", 1.0))))


def resolve(conflict: Conflict, tenant: str, strategy: str | None = None) -> Resolution:
    """Pick the winning answer of a conflict for ``tenant`` (pure: no writes)."""
    strategy = strategy or str(_cfg()["strategy"])
    if strategy not in STRATEGIES:
        raise ToolError(
            f"Conflict strategy {strategy!r} is unknown; choose one of {', '.join(STRATEGIES)}."
        )
    if not conflict.patterns:
        raise ToolError("A conflict needs at least one pattern.")
    prior = float(load_data("learning.toml")["patterns"]["prior_alpha"])
    scores: dict[int, float] = {}
    for p in conflict.patterns:
        if strategy == "highest_confidence":
            scores[p.pattern_id] = pattern_confidence(p)
        elif strategy == "most_recent":
            scores[p.pattern_id] = (p.updated_at or _EPOCH).timestamp()
        elif strategy == "crew_specialisation":
            scores[p.pattern_id] = pattern_confidence(p) * _crew_weight(conflict.operation, p)
        else:
            scores[p.pattern_id] = max(0.0, p.alpha - prior) * p.weight
    own = [p for p in conflict.patterns if p.explicit and p.tenant_id == tenant and not p.is_global]
    if own:
        winner = max(own, key=lambda p: ((p.updated_at or _EPOCH), scores[p.pattern_id]))
        reason = (
            f"the tenant's own explicit correction (pattern #{winner.pattern_id}) wins for this "
            f"tenant, whatever {strategy} says"
        )
        return Resolution(conflict, strategy, winner.answer, winner.pattern_id, reason, scores)
    if strategy == "evidence_vote":
        votes: dict[str | None, float] = defaultdict(float)
        for p in conflict.patterns:
            votes[p.answer] += scores[p.pattern_id]
        answer = max(
            votes,
            key=lambda a: (
                votes[a],
                max(pattern_confidence(p) for p in conflict.patterns if p.answer == a),
            ),
        )
        winner = max(
            (p for p in conflict.patterns if p.answer == answer), key=lambda p: scores[p.pattern_id]
        )
        reason = "evidence-weighted vote: " + ", ".join(
            f"{a}={v:.1f}" for a, v in sorted(votes.items(), key=lambda kv: -kv[1])
        )
    else:
        winner = max(conflict.patterns, key=lambda p: (scores[p.pattern_id], p.pattern_id))
        answer = winner.answer
        reason = f"{strategy}: pattern #{winner.pattern_id} scores {scores[winner.pattern_id]:.2f}"
    return Resolution(conflict, strategy, answer, winner.pattern_id, reason, scores)


def resolve_conflicts(
    store: Store,
    tenant: str,
    operation: str,
    *,
    strategy: str | None = None,
    conflicts: Sequence[Conflict] | None = None,
) -> list[Resolution]:
    """Detect (unless given), resolve and record every conflict of a tenant's operation."""
    found = list(conflicts) if conflicts is not None else detect_conflicts(store, tenant, operation)
    out: list[Resolution] = []
    for conflict in found:
        res = resolve(conflict, tenant, strategy)
        row = store.conflicts.record(
            tenant,
            operation=operation,
            pattern_ids=conflict.pattern_ids,
            answers={str(p.pattern_id): p.answer for p in conflict.patterns},
            strategy=res.strategy,
            resolved_answer=res.answer,
            winner_pattern_id=res.winner_pattern_id,
            details={
                "reason": res.reason,
                "similarity": conflict.similarity,
                "scores": {str(k): v for k, v in res.scores.items()},
            },
        )
        res.conflict_id = int(row["conflict_id"])
        out.append(res)
    return out
