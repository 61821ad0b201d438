"""Asset classification: a type from the taxonomy, with confidence and reasons.

Evidence comes from rules (config/data/classification.toml) over every canonical
field, and from the tenant's learned patterns (nearest asset signatures). Rules
vote; the margin between the best type and the runner-up sets the confidence, and
evidence from different fields that disagrees holds the decision for review.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from typing import TYPE_CHECKING, Any

import numpy as np

from migrascope.config import load_data
from migrascope.memory.embedders._hashing import normalise_text

if TYPE_CHECKING:
    from migrascope.memory import Embedder, Pattern, Store, Thresholds

__all__ = ["Classification", "Classifier", "asset_name", "load_classifier", "signature"]

_SIGNATURE_FIELDS = (
    "hostname",
    "os_name",
    "manufacturer",
    "model",
    "database_engine",
    "asset_type",
)
_DIGITS = re.compile(r"\d+")


@dataclass
class Classification:
    """The type decided for one asset."""

    asset_type: str
    confidence: float
    decision: str
    reasons: list[str]
    scores: dict[str, float] = field(default_factory=dict)
    pattern_id: int | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "asset_type": self.asset_type,
            "confidence": round(self.confidence, 4),
            "decision": self.decision,
            "reasons": self.reasons,
            "pattern_id": self.pattern_id,
        }


def asset_name(record: Mapping[str, Any]) -> str:
    """How people name an asset: hostname, else fqdn, else asset id."""
    for key in ("hostname", "fqdn", "asset_id"):
        value = record.get(key)
        if value:
            return str(value)
    return ""


def signature(record: Mapping[str, Any]) -> str:
    """A text that stands for the asset in pattern space: digits of the name dropped,
    so ``web-01`` and ``web-02`` share a signature."""
    parts = []
    name = asset_name(record)
    if name:
        parts.append("name " + _DIGITS.sub("#", name.split(".")[0].lower()))
    for key in _SIGNATURE_FIELDS[1:]:
        value = record.get(key)
        if value:
            parts.append(f"{key} {str(value).lower()}")
    return " | ".join(parts)


@dataclass(frozen=True)
class _Rule:
    field: str
    match: str
    keywords: tuple[str, ...]
    type: str
    weight: float


@cache
def _rules() -> tuple[tuple[_Rule, ...], dict[str, Any]]:
    data = load_data("classification.toml")
    rules = tuple(
        _Rule(
            r["field"],
            r["match"],
            tuple(k.lower() for k in r["keywords"]),
            r["type"],
            float(r["weight"]),
        )
        for r in data["rules"]
    )
    return rules, data.get("defaults", {})


def _name_tokens(name: str) -> set[str]:
    tokens = set(normalise_text(name.split(".")[0]).split())
    return tokens


def _rule_votes(record: Mapping[str, Any]) -> list[tuple[_Rule, str]]:
    rules, _ = _rules()
    hits: list[tuple[_Rule, str]] = []
    name = asset_name(record)
    tokens = _name_tokens(name) if name else set()
    compact = normalise_text(name).replace(" ", "") if name else ""
    for rule in rules:
        if rule.field == "name":
            hit = next((k for k in rule.keywords if k in tokens), None)
            if hit is None and compact:
                hit = next((k for k in rule.keywords if len(k) >= 3 and k in compact), None)
                if hit is not None:
                    hits.append(
                        (
                            _Rule(
                                rule.field, rule.match, rule.keywords, rule.type, rule.weight * 0.6
                            ),
                            f"name {name!r} contains {hit!r}",
                        )
                    )
                continue
            if hit is not None:
                hits.append((rule, f"name {name!r} has the token {hit!r}"))
            continue
        value = record.get(rule.field)
        if value is None or value == "":
            continue
        if rule.match == "present":
            hits.append((rule, f"{rule.field} is set ({value})"))
        elif rule.match == "true" and value is True:
            hits.append((rule, f"{rule.field} is true"))
        elif rule.match == "false" and value is False:
            hits.append((rule, f"{rule.field} is false"))
        elif rule.match == "substring" and isinstance(value, str):
            low = value.lower()
            hit = next((k for k in rule.keywords if k in low), None)
            if hit is not None:
                hits.append((rule, f"{rule.field} {value!r} mentions {hit!r}"))
    return hits


class Classifier:
    """Classifies canonical records with rules plus a tenant's learned patterns."""

    def __init__(
        self,
        thresholds: Thresholds,
        *,
        patterns: Sequence[Pattern] = (),
        pattern_vectors: np.ndarray | None = None,
        embedder: Embedder | None = None,
    ) -> None:
        self.thresholds = thresholds
        self._patterns = list(patterns)
        self._by_signature = {p.key: p for p in self._patterns}
        self._vectors = pattern_vectors
        self._embedder = embedder

    def classify(self, record: Mapping[str, Any]) -> Classification:
        return self.classify_many([record])[0]

    def classify_many(self, records: Sequence[Mapping[str, Any]]) -> list[Classification]:
        """Classify a batch; pattern similarity is one matrix product for the batch."""
        sigs = [signature(r) for r in records]
        nearest: list[tuple[Pattern, float] | None] = [None] * len(records)
        if self._patterns and self._embedder is not None and self._vectors is not None:
            queries = self._embedder.embed(sigs)
            sims = queries @ self._vectors.T
            best = sims.argmax(axis=1)
            for i, j in enumerate(best):
                nearest[i] = (self._patterns[int(j)], float(sims[i, int(j)]))
        return [self._decide(r, s, n) for r, s, n in zip(records, sigs, nearest, strict=True)]

    def _decide(
        self, record: Mapping[str, Any], sig: str, near: tuple[Pattern, float] | None
    ) -> Classification:
        _, defaults = _rules()
        exact = self._by_signature.get(sig)
        if exact is not None:
            return Classification(
                exact.answer or "other",
                0.97,
                self.thresholds.decide(0.97),
                [f"learned: an asset with this signature was taught as {exact.answer}"],
                {exact.answer or "other": 0.97},
                exact.pattern_id,
            )
        votes: dict[str, float] = defaultdict(float)
        reasons: dict[str, list[str]] = defaultdict(list)
        fields_for: dict[str, set[str]] = defaultdict(set)
        for rule, why in _rule_votes(record):
            votes[rule.type] += rule.weight
            reasons[rule.type].append(why)
            fields_for[rule.type].add(rule.field)
        pattern_id = None
        if near is not None and near[1] >= 0.8:
            pattern, sim = near
            label = pattern.answer or "other"
            votes[label] += 3.0 * sim
            reasons[label].insert(
                0, f"learned: similar to taught asset ({sim:.2f}) labelled {label}"
            )
            fields_for[label].add("pattern")
            pattern_id = pattern.pattern_id
        if not votes:
            conf = float(defaults.get("empty_confidence", 0.2))
            return Classification(
                "other",
                conf,
                "unmapped",
                ["no evidence: no field of this asset matches a rule or a learned pattern"],
                {},
                None,
            )
        ranked = sorted(votes.items(), key=lambda kv: -kv[1])
        best_type, best = ranked[0]
        runner_type, runner = ranked[1] if len(ranked) > 1 else (None, 0.0)
        total = sum(votes.values())
        confidence = (best / (total + 0.6)) * (1 - math.exp(-best))
        confidence = max(0.0, min(0.99, confidence))
        why_list = list(reasons[best_type])
        decision = self.thresholds.decide(confidence)
        if runner_type is not None and runner >= 0.6 * best and runner >= 1.0:
            why_list.append(
                f"conflicting evidence for {runner_type}: " + "; ".join(reasons[runner_type][:2])
            )
            if decision == "auto":
                decision = "suggest"
        if best < float(defaults.get("min_evidence_weight", 1.0)):
            why_list.append("little evidence: only weak hints")
        if decision == "unmapped" and confidence >= self.thresholds.reject:
            decision = "suggest" if confidence >= self.thresholds.suggest else "unmapped"
        return Classification(
            best_type,
            confidence,
            decision,
            why_list,
            dict(votes),
            pattern_id if "pattern" in fields_for[best_type] else None,
        )


def load_classifier(store: Store, tenant: str) -> Classifier:
    """A classifier with the tenant's thresholds and learned patterns."""
    patterns, vectors = store.classification_patterns.all_active(tenant)
    return Classifier(
        store.thresholds.get(tenant, "asset_classification"),
        patterns=patterns,
        pattern_vectors=vectors,
        embedder=store.embedder,
    )
