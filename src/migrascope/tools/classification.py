"""Asset classification: type, technology stack, environment and criticality.

Three sources of evidence are combined into one calibrated confidence:

* rules over every field (``classification_rules``; keyword lists in
  ``config/data/classification.toml``): names, OS strings, hardware, database
  fields, installed software and ports, CPU/memory shape, virtualisation;
* the tenant's learned patterns: the nearest taught asset signature (pgvector
  embeddings, compared in one matrix product per batch);
* the tenant's own scikit-learn model trained on its confirmed labels
  (``classification_model``).

Scores add up per type, a softmax turns them into a probability and a
piecewise-linear calibration (fitted on labelled estates, kept in the data file)
turns that into the confidence. The tenant's ``asset_classification`` thresholds
decide auto / suggest / unmapped; evidence from different fields that points to
different kinds of thing (a Cisco switch model with a Windows OS) is reported and
held for review.
"""

from __future__ import annotations

import gc
import math
import re
from bisect import bisect_right
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache
from typing import TYPE_CHECKING, Any

import numpy as np

from migrascope.config import TAXONOMY, load_data
from migrascope.tools.classification_model import RECORD_FIELDS, TenantModel, model_features
from migrascope.tools.classification_rules import (
    Vote,
    family_of,
    field_key,
    name_codes,
    name_tokens,
    rule_fields,
    rule_settings,
    rule_votes,
    rule_votes_for,
)
from migrascope.tools.environment import (
    criticality,
    description_word,
    environment,
    name_environment,
    normalise_environment,
)
from migrascope.tools.facets import Facet
from migrascope.tools.scoring import pattern_confidence
from migrascope.tools.tech_stack import TechStack, relevant_extra, tech_stack, text_evidence

if TYPE_CHECKING:
    from migrascope.memory import Embedder, Pattern, Store, Thresholds

__all__ = [
    "Classification",
    "Classifier",
    "asset_name",
    "example_record",
    "load_classifier",
    "record_from_signature",
    "signature",
]

_SIGNATURE_FIELDS = (
    "hostname",
    "os_name",
    "manufacturer",
    "model",
    "database_engine",
    "asset_type",
)
_DIGITS = re.compile(r"\d+")
_COMPUTE_SUBTYPES = ("server", "virtual_machine", "database", "container_platform")
_MAX_REASONS = 6
_SLOT = "\x00name\x00"
"""Stands for the asset's name in a cached decision's reasons (filled in per asset)."""
_CACHE_MAX = 50_000
"""Most cached evidence entries, finished decisions and model votes (each ~1-3 KB)."""


@dataclass
class Classification:
    """What was decided for one asset: its type and the facets beyond it."""

    asset_type: str
    confidence: float
    decision: str
    reasons: list[str]
    scores: dict[str, float] = field(default_factory=dict)
    pattern_id: int | None = None
    environment: Facet | None = None
    criticality: Facet | None = None
    stack: TechStack | None = None
    conflicts: list[str] = field(default_factory=list)
    runner_up: str | None = None
    probability: float = 0.0
    """The uncalibrated softmax probability (what calibration is fitted on)."""

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "asset_type": self.asset_type,
            "confidence": round(self.confidence, 4),
            "decision": self.decision,
            "reasons": self.reasons,
            "pattern_id": self.pattern_id,
            "runner_up": self.runner_up,
            "conflicts": self.conflicts,
        }
        if self.environment is not None:
            out["environment"] = self.environment.to_json()
        if self.criticality is not None:
            out["criticality"] = self.criticality.to_json()
        if self.stack is not None:
            out["tech_stack"] = self.stack.to_json()
        return out


@dataclass
class _Evidence:
    """Rule and pattern evidence shared by assets with the same key (see ``_key``)."""

    scores: dict[str, float]
    support: dict[str, tuple[str, ...]]
    why: dict[str, list[str]]
    evidence: float
    strongest: tuple[Vote, ...]
    stack: TechStack
    env: Facet
    per_type: dict[tuple[str, bool], tuple[list[str], Facet]] = field(default_factory=dict)
    """Conflicts and criticality once the type is decided (they depend on it)."""
    finished: dict[Any, Classification] = field(default_factory=dict)
    """Decisions per learned evidence (pattern, model features), name as ``_SLOT``."""


def asset_name(record: Mapping[str, Any]) -> str:
    """How people name an asset: hostname, else fqdn, else asset id."""
    for key in ("hostname", "fqdn", "asset_id"):
        value = record.get(key)
        if value:
            return str(value).strip()
    return ""


def signature(record: Mapping[str, Any]) -> str:
    """A text that stands for the asset in pattern space: digits of the name dropped,
    so ``web-01`` and ``web-02`` share a signature."""
    parts = []
    name = asset_name(record)
    if name:
        parts.append("name " + _name_shape(name.split(".")[0].lower()))
    for key in _SIGNATURE_FIELDS[1:]:
        value = record.get(key)
        if value:
            parts.append(f"{key} {str(value).lower()}")
    nature = _nature(record)
    if nature is not None:
        parts.append(f"nature {nature}")
    return " | ".join(parts)


_ROLE_NUMBER = re.compile(r"(?<=[a-z])(\d+)(?=[^a-z0-9]+\d+$)")


def _name_shape(label: str) -> str:
    """The name with its series number dropped: every digit becomes ``#``, except a
    number that ends a code right before the series (``P30`` in ``ABCD-P30-02``, a
    numbered role: ``-P30-`` and ``-P10-`` hosts of one site are different things)."""
    m = _ROLE_NUMBER.search(label)
    if m is None:
        return _DIGITS.sub("#", label)
    return _DIGITS.sub("#", label[: m.start()]) + m.group(1) + _DIGITS.sub("#", label[m.end() :])


def _without_nature(sig: str) -> str:
    head, sep, _ = sig.rpartition(" | nature ")
    return head if sep else sig


_NATURE_TYPES = ("server", "virtual_machine")


def _shows_hardware(record: Mapping[str, Any]) -> bool:
    """The record says something about its hardware (so a model may tell box from VM)."""
    return bool(_nature(record) or record.get("manufacturer") or record.get("model"))


def _opposite_nature(sig: str, other: str) -> bool:
    """Both signatures state a hardware nature and they differ."""
    a, b = sig.rpartition(" | nature ")[2], other.rpartition(" | nature ")[2]
    known = ("physical", "virtual")
    return a in known and b in known and a != b


def _nature(record: Mapping[str, Any]) -> str | None:
    """physical / virtual when the record shows it (flag, host, CPU/memory shape).

    Part of the signature: ``ADDCP01`` on a 40-core, 768 GB box and ``ADDCP03`` with 4
    cores are one name series but not alike, and teaching one must not relabel the other.
    """
    flag = record.get("is_virtual")
    if flag is True or flag is False:
        return "virtual" if flag else "physical"
    if record.get("virtualization_host"):
        return "virtual"
    shape = rule_settings()["shape"]
    cores, memory = _as_number(record.get("cpu_cores")), _as_number(record.get("memory_gb"))
    if cores is None and memory is None:
        return None
    if (cores or 0) >= shape.get("huge_cores", 48) or (memory or 0) >= shape.get(
        "huge_memory_gb", 512
    ):
        return "physical"
    if (cores or 0) >= shape.get("physical_min_cores", 16) and (memory or 0) >= shape.get(
        "physical_min_memory_gb", 192
    ):
        return "physical"
    if (cores is None or cores <= shape.get("virtual_max_cores", 8)) and (
        memory is None or memory <= shape.get("virtual_max_memory_gb", 64)
    ):
        return "virtual"
    return None


def _as_number(value: Any) -> float | None:
    if value is None or value == "" or isinstance(value, bool):
        return None
    try:
        return float(value)
    except (TypeError, ValueError):
        return None


def record_from_signature(sig: str) -> dict[str, Any]:
    """The fields a signature keeps, as a record (digits of the name come back as 0).

    Patterns taught with only a signature (``teach type``, the MCP tool, evaluation
    runs) still give the tenant's model real features to learn from; without them
    every such example looks the same and the model learns only the label counts,
    pulling unrelated assets towards whatever was taught most.
    """
    out: dict[str, Any] = {}
    for part in sig.split(" | "):
        key, _, value = part.partition(" ")
        if not value:
            continue
        if key == "name":
            out["hostname"] = value.replace("#", "0")
        elif key in _SIGNATURE_FIELDS:
            out[key] = value
        elif key == "nature":
            out["is_virtual"] = value == "virtual"
    return out


def example_record(record: Mapping[str, Any]) -> dict[str, Any]:
    """The fields of a record kept with a taught example (JSON-safe)."""
    out: dict[str, Any] = {}
    for key in RECORD_FIELDS:
        value = record.get(key)
        if value is None or value == "":
            continue
        out[key] = value if isinstance(value, (str, bool, int, float)) else str(value)
    return out


def _calibrate(p: float, points: Sequence[Sequence[float]]) -> float:
    xs = [pt[0] for pt in points]
    i = bisect_right(xs, p)
    if i <= 0:
        return float(points[0][1])
    if i >= len(points):
        return float(points[-1][1])
    (x0, y0), (x1, y1) = points[i - 1], points[i]
    return float(y0 + (y1 - y0) * (p - x0) / (x1 - x0 or 1.0))


_CodeVote = tuple[str, float, str, int, int]
"""(type, weight, name code, times taught as that type, times taught in all)."""
_TRAILING_DIGITS = re.compile(r"\d+$")


@lru_cache(maxsize=65536)
def _type_codes(name: str) -> tuple[str, ...]:
    """The name's codes that may say a type: an environment code (``prd``, ``uat``,
    ``dr``) already says something else, so a database taught in ``prd`` does not
    make every production host a database."""
    return tuple(
        c
        for c in name_codes(name)
        if normalise_environment(c) is None and name_environment(c, ((c, False),)) is None
    )


def _code_counts(patterns: Sequence[Pattern]) -> dict[str, dict[str, int]]:
    """How often each name code was taught as each type, over the tenant's own patterns.

    Counted per taught name, not per occurrence; global-pool patterns (shared across
    tenants) are left out, so a tenant's codes are its own. A pattern taught with only
    a signature teaches the codes its signature keeps (``abcd-p30-#``: ``abcd``, ``p30``).
    """
    counts: dict[str, dict[str, int]] = {}
    for p in patterns:
        if p.answer not in TAXONOMY or p.scope != "tenant":
            continue
        # taught with only a signature (MCP record_feedback): its name, digits as 0
        record = p.details.get("record") or record_from_signature(p.key)
        name = p.details.get("name") or asset_name(record)
        if not name:
            continue
        for code in _type_codes(str(name)):
            per = counts.setdefault(code, {})
            per[str(p.answer)] = per.get(str(p.answer), 0) + 1
    return counts


def _train(patterns: Sequence[Pattern], settings: Mapping[str, Any]) -> TenantModel:
    usable = [p for p in patterns if p.answer in TAXONOMY]
    usable = usable[-int(settings.get("model_max_examples", 5000)) :]
    model = TenantModel(n_features=int(settings.get("model_features", 4096)))
    if len(usable) < int(settings.get("model_min_examples", 2)):
        return model
    feats, labels = [], []
    for p in usable:
        record = p.details.get("record") or {
            **record_from_signature(p.key),
            **({"hostname": p.details["name"]} if p.details.get("name") else {}),
        }
        feats.append(model_features(record, asset_name(record)))
        labels.append(str(p.answer))
    return model.fit(feats, labels)


class Classifier:
    """Classifies canonical records with rules, a tenant's patterns and its model."""

    def __init__(
        self,
        thresholds: Thresholds,
        *,
        patterns: Sequence[Pattern] = (),
        pattern_vectors: np.ndarray | None = None,
        embedder: Embedder | None = None,
        model: TenantModel | None = None,
        cache: bool = True,
    ) -> None:
        """``cache``: reuse one decision for assets whose evidence is the same (a series
        ``web-01``, ``web-02`` on the same OS and hardware); results are identical."""
        self.thresholds = thresholds
        self._settings = rule_settings()
        learning = self._settings["learning"]
        self._patterns = list(patterns)
        self._by_signature = {p.key: p for p in self._patterns}
        self._by_base: dict[str, list[Pattern]] = {}
        for p in self._patterns:
            self._by_base.setdefault(_without_nature(p.key), []).append(p)
        self._vectors = pattern_vectors
        self._embedder = embedder
        self.model = model if model is not None else _train(self._patterns, learning)
        self._sig_cache: dict[str, tuple[int, float]] = {}
        self.cache = cache
        self._decisions: dict[tuple[Any, ...], _Evidence] = {}
        self._templates = 0  # finished decisions held by all cached evidence
        self._model_cache: dict[tuple[str, ...], dict[str, float]] = {}
        self._codes = _code_counts(self._patterns)
        self._code_cache: dict[str, tuple[_CodeVote, ...]] = {}

    # ------------------------------------------------------------------ public
    def classify(
        self, record: Mapping[str, Any], extra: Mapping[str, Any] | None = None
    ) -> Classification:
        """Classify one canonical record (``extra``: its unmapped columns)."""
        return self.classify_many([record], extras=[extra] if extra is not None else None)[0]

    def classify_many(
        self,
        records: Sequence[Mapping[str, Any]],
        *,
        extras: Sequence[Mapping[str, Any] | None] | None = None,
    ) -> list[Classification]:
        """Classify a batch; pattern similarity and the model run once per batch.

        Assets whose evidence is the same share one decision (see ``_key``): the
        rules, the stack and the scoring run once per distinct evidence, and each
        asset gets its own copy with its name in the reasons.
        """
        # The loop allocates many small, acyclic objects; the cyclic collector would
        # re-scan every live record each time it ran (half the CPU of a 100k import).
        paused = gc.isenabled()
        gc.disable()
        try:
            return self._classify_batch(records, extras)
        finally:
            if paused:
                gc.enable()

    def _classify_batch(
        self,
        records: Sequence[Mapping[str, Any]],
        extras: Sequence[Mapping[str, Any] | None] | None,
    ) -> list[Classification]:
        names = [asset_name(r) for r in records]
        learned = bool(self._patterns)
        sigs = [signature(r) for r in records] if learned else [""] * len(records)
        nearest = self._nearest(sigs)
        tokens_of = [name_tokens(n) if n else () for n in names]
        model_keys, model_votes = self._model_votes(records, names, tokens_of)
        code_votes = self._code_votes(names)
        decisions = self._decisions
        floor = float(self._settings["learning"].get("pattern_min_similarity", 0.75))
        out = []
        for i, record in enumerate(records):
            extra = extras[i] if extras is not None else None
            name = names[i]
            tokens = tokens_of[i]
            exact = self._exact(sigs[i]) if learned else None
            near = nearest[i]
            if near is not None and _opposite_nature(sigs[i], near[0].key):
                near = None  # a physical box never teaches a VM by likeness, nor back
            key: tuple[Any, ...] | None = None
            if self.cache:
                key = _key(record, name, tokens, extra)
            ev = None
            if key is not None:
                try:
                    ev = decisions.get(key)
                except TypeError:  # an unhashable value (a list in JSON input)
                    key = None
            if ev is None:
                ev = self._evidence(record, name, tokens, extra)
                if key is not None:
                    if len(decisions) >= _CACHE_MAX or self._templates >= _CACHE_MAX:
                        # bounded memory on a million-row import: start afresh
                        decisions.clear()
                        self._templates = 0
                    decisions[key] = ev
            # the model's vote comes last: its features read words (an application name
            # in a description) that the rules ignore, so it is memoised on its own
            mkey = (
                exact.pattern_id if exact is not None else None,
                # only a neighbour close enough to count is evidence
                (near[0].pattern_id, near[1])
                if near is not None and exact is None and near[1] >= floor
                else None,
                model_keys[i],
                code_votes[i],
            )
            template = ev.finished.get(mkey) if key is not None else None
            if template is None:
                template = self._finish(
                    ev, exact, near, model_votes[i], code_votes[i], record, tokens
                )
                if template is None:
                    out.append(self._no_evidence(record, name, tokens, ev.stack, ev.env))
                    continue
                if key is not None:
                    if len(ev.finished) >= 64:
                        self._templates -= len(ev.finished)
                        ev.finished.clear()
                    ev.finished[mkey] = template
                    self._templates += 1
            out.append(_render(template, name))
        return out

    # ------------------------------------------------------------------ learned evidence
    def _exact(self, sig: str) -> Pattern | None:
        """The taught pattern with this signature; where one side does not show its
        hardware nature, the patterns that differ only by it (when they agree)."""
        found = self._by_signature.get(sig)
        if found is not None:
            return found
        alike = [
            p
            for p in self._by_base.get(_without_nature(sig), ())
            if not _opposite_nature(sig, p.key)
        ]
        if alike and len({p.answer for p in alike}) == 1:
            return alike[0]
        return None

    def _nearest(self, sigs: Sequence[str]) -> list[tuple[Pattern, float] | None]:
        out: list[tuple[Pattern, float] | None] = [None] * len(sigs)
        if not self._patterns or self._embedder is None or self._vectors is None:
            return out
        if len(self._vectors) == 0:
            return out
        todo = sorted({s for s in sigs if s and s not in self._sig_cache})
        if todo:
            sims = self._embedder.embed(todo) @ self._vectors.T
            best = sims.argmax(axis=1)
            for k, sig in enumerate(todo):
                j = int(best[k])
                self._sig_cache[sig] = (j, float(sims[k, j]))
        for i, sig in enumerate(sigs):
            if sig in self._sig_cache:
                j, sim = self._sig_cache[sig]
                out[i] = (self._patterns[j], sim)
        return out

    def _model_votes(
        self,
        records: Sequence[Mapping[str, Any]],
        names: Sequence[str],
        tokens: Sequence[tuple[tuple[str, bool], ...]],
    ) -> tuple[list[tuple[Any, ...] | None], list[dict[str, float]]]:
        """The model's votes per record, predicted once per distinct feature set."""
        if not self.model.ready:
            return [None] * len(records), [{}] * len(records)
        learning = self._settings["learning"]
        strength = float(learning.get("model_weight", 3.0)) * min(
            1.0, self.model.n_examples / float(learning.get("model_full_examples", 10))
        )
        keys = self.model.relevant(
            [model_features(r, n, t) for r, n, t in zip(records, names, tokens, strict=True)]
        )
        known = self._model_cache
        todo = list(dict.fromkeys(k for k in keys if k not in known))
        if todo:
            proba = self.model.predict_proba([list(k) for k in todo])
            classes = self.model.classes
            # centred on the uniform share: with few labels a model spreads its mass
            # evenly, and only what it prefers beyond that is evidence
            base = 1.0 / len(classes)
            if len(known) + len(todo) > _CACHE_MAX:
                known.clear()
            for k, row in zip(todo, proba, strict=True):
                known[k] = {
                    classes[j]: strength * (float(row[j]) - base) for j in range(len(classes))
                }
        out_keys: list[tuple[Any, ...] | None] = []
        votes: list[dict[str, float]] = []
        for record, k in zip(records, keys, strict=True):
            vote = known[k]
            present = [vote[t] for t in _NATURE_TYPES if t in vote]
            if present and not _shows_hardware(record):
                # Hardware nature cannot be learned from a name: without a flag, host,
                # shape, vendor or model the model may say "a computer", not which kind.
                mean = sum(present) / len(present)
                vote = {**vote, "server": mean, "virtual_machine": mean}
                out_keys.append((k, "no-hardware"))
            else:
                out_keys.append(k)
            votes.append(vote)
        return out_keys, votes

    def _code_votes(self, names: Sequence[str]) -> list[tuple[_CodeVote, ...]]:
        """What this tenant's corrections say about each name's codes (``name_codes``).

        Per type, the most decisive code of the name votes (one name is one witness):
        a code taught ``k`` times as that type and ``m`` times as others weighs
        ``code_weight * (k - m) / (k + m + 2)``, so agreement grows it and a code seen
        with several types (a site code) is no evidence. A code says "a computer", not
        which kind: hardware nature is the record's to show (web hosts are VMs here and
        physical boxes there), so its server and VM votes are averaged.
        """
        if not self._codes:
            return [()] * len(names)
        learning = self._settings["learning"]
        weight = float(learning.get("code_weight", 0.0))
        if weight <= 0:
            return [()] * len(names)
        memo = self._code_cache
        out: list[tuple[_CodeVote, ...]] = []
        for name in names:
            if not name:
                out.append(())
                continue
            mkey = _TRAILING_DIGITS.sub("0", name.lower())
            found = memo.get(mkey)
            if found is None:
                found = self._code_vote(name, weight)
                if len(memo) >= _CACHE_MAX:
                    memo.clear()
                memo[mkey] = found
            out.append(found)
        return out

    def _code_vote(self, name: str, weight: float) -> tuple[_CodeVote, ...]:
        best: dict[str, _CodeVote] = {}
        for code in _type_codes(name):
            counts = self._codes.get(code)
            if not counts:
                continue
            total = sum(counts.values())
            for label, k in counts.items():
                strength = weight * (2 * k - total) / (total + 2)
                if strength > 0 and (label not in best or strength > best[label][1]):
                    best[label] = (label, strength, code, k, total)
        if any(t in best for t in _NATURE_TYPES):
            # hardware nature cannot be learned from a name: a code says "a computer",
            # the record's own flag, host, shape or vendor says which kind
            mean = sum(best[t][1] for t in _NATURE_TYPES if t in best) / len(_NATURE_TYPES)
            source = max((best[t] for t in _NATURE_TYPES if t in best), key=lambda v: v[1])
            for t in _NATURE_TYPES:
                best[t] = (t, mean, source[2], source[3], source[4])
        return tuple(sorted(best.values()))

    # ------------------------------------------------------------------ decision
    def _evidence(
        self,
        record: Mapping[str, Any],
        name: str,
        tokens: tuple[tuple[str, bool], ...],
        extra: Mapping[str, Any] | None,
    ) -> _Evidence:
        """Rule evidence of an asset, with ``_SLOT`` for its name in reasons."""
        settings = self._settings
        stack = _cached_stack(record, tokens, extra)
        votes = rule_votes(record, name, extra, tokens, _SLOT)
        votes.extend(_stack_votes(stack, votes))

        # strongest vote per (field, type): several keywords in one field are one witness
        strongest: dict[tuple[str, str], Vote] = {}
        for vote in votes:
            key = (vote.field, vote.type)
            if key not in strongest or vote.weight > strongest[key].weight:
                strongest[key] = vote
        raw: dict[str, float] = {}
        why: dict[str, list[str]] = {}
        for vote in strongest.values():
            raw[vote.type] = raw.get(vote.type, 0.0) + vote.weight
            why.setdefault(vote.type, []).append(vote.reason)
        evidence = sum(raw.values())

        scores, support = _compose(raw, str(settings.get("compute_default", "virtual_machine")))
        return _Evidence(
            scores,
            support,
            why,
            evidence,
            tuple(strongest.values()),
            stack,
            environment(record, name, tokens, _SLOT),
        )

    def _finish(
        self,
        ev: _Evidence,
        exact: Pattern | None,
        near: tuple[Pattern, float] | None,
        model_vote: Mapping[str, float],
        code_vote: Sequence[_CodeVote],
        record: Mapping[str, Any],
        tokens: tuple[tuple[str, bool], ...],
    ) -> Classification | None:
        """The decision from the rule evidence plus what was learned: the taught pattern
        (exact signature or nearest neighbour) and the model's vote. None: no evidence."""
        settings = self._settings
        learning = settings["learning"]
        scores = dict(ev.scores)
        learned: dict[str, list[str]] = {}
        pattern_id: int | None = None
        if exact is not None and exact.answer in TAXONOMY:
            label = str(exact.answer)
            # Scaled by the pattern's posterior mean: confirmations keep it near 1,
            # corrections and overrides wear it down (tools.scoring).
            scores[label] += float(learning.get("exact_weight", 8.0)) * _posterior(exact)
            learned.setdefault(label, []).append(
                f"learned: an asset with this signature was taught as {label}"
            )
            pattern_id = exact.pattern_id
        elif near is not None and near[0].answer in TAXONOMY:
            pattern, sim = near
            floor = float(learning.get("pattern_min_similarity", 0.75))
            if sim >= floor:
                label = str(pattern.answer)
                weight = (
                    float(learning.get("pattern_weight", 4.0))
                    * (sim - floor)
                    / (1 - floor)
                    * _posterior(pattern)
                )
                scores[label] += weight
                learned.setdefault(label, []).append(
                    f"learned: similar to a taught asset ({sim:.2f}) labelled {label}"
                )
                pattern_id = pattern.pattern_id
        if model_vote:
            top = max(model_vote, key=lambda k: model_vote[k])
            for label, weight in model_vote.items():
                scores[label] += weight
            learned.setdefault(top, []).append(
                f"learned: this tenant's model ({self.model.n_examples} labels) favours {top}"
            )
        for label, weight, code, k, seen in code_vote:
            scores[label] += weight
            learned.setdefault(label, []).append(
                f"learned: name code '{code}' was taught as {label} ({k} of {seen})"
            )
        evidence = ev.evidence
        if evidence <= 0 and not learned:
            return None

        temperature = float(settings.get("temperature", 1.0))
        top_score = max(scores.values())
        exps = {t: math.exp((s - top_score) / temperature) for t, s in scores.items()}
        total = sum(exps.values())
        if learned and scores["server"] == scores["virtual_machine"]:
            # learned votes say "a computer" (the nature is averaged); as with the rules'
            # computer evidence, a tie between box and VM goes to the default kind
            default = str(settings.get("compute_default", "virtual_machine"))
            ranked = sorted(exps, key=lambda t: (-exps[t], t != default))
        else:
            ranked = sorted(exps, key=lambda t: -exps[t])
        best, runner = ranked[0], ranked[1]
        probability = exps[best] / total
        confidence = _calibrate(probability, settings["calibration"])

        reasons = list(learned.get(best, []))
        for kind in ev.support.get(best, (best,)):
            reasons.extend(ev.why.get(kind, []))
        weak = evidence < float(settings.get("min_evidence_weight", 1.2)) and not learned
        if weak:
            confidence = min(confidence, float(settings.get("weak_evidence_cap", 0.6)))
            reasons.append(f"little evidence: only weak hints (total weight {evidence:.1f})")
        reasons = reasons[:_MAX_REASONS]
        reasons.append(f"runner-up: {runner} ({exps[runner] / total:.2f})")

        per_type = ev.per_type.get((best, exact is not None))
        if per_type is None:
            conflicts = [] if exact is not None else _conflicts(ev.strongest, best, settings)
            per_type = (conflicts, criticality(record, ev.env, best, tokens))
            ev.per_type[(best, exact is not None)] = per_type
        conflicts, crit = per_type
        decision = self.thresholds.decide(confidence)
        if conflicts:
            reasons.extend(conflicts)
            if decision == "auto":
                decision = "suggest"
            if decision == "unmapped" and confidence >= self.thresholds.reject:
                decision = "suggest"
            reasons.append("held for review: the fields disagree")
        return Classification(
            best,
            confidence,
            decision,
            reasons,
            {t: round(s, 3) for t, s in scores.items() if s > 0},
            pattern_id if pattern_id is not None and best in learned else None,
            ev.env,
            crit,
            ev.stack,
            list(conflicts),
            runner,
            probability,
        )

    def _no_evidence(
        self,
        record: Mapping[str, Any],
        name: str,
        tokens: Sequence[tuple[str, bool]],
        stack: TechStack,
        env: Facet,
    ) -> Classification:
        filled = sorted(k for k, v in record.items() if v not in (None, ""))
        if not name:
            why = "no evidence: the asset has no name, hostname or id"
        elif len(filled) <= 1:
            why = f"no evidence: only the name {name!r} is known and it has no known code"
        else:
            why = (
                f"no evidence: none of its fields ({', '.join(filled)}) matches a rule "
                "or a learned pattern"
            )
        env = Facet(env.value, env.confidence, [r.replace(_SLOT, repr(name)) for r in env.reasons])
        return Classification(
            "other",
            float(self._settings.get("empty_confidence", 0.15)),
            "unmapped",
            [why],
            {},
            None,
            env,
            criticality(record, env, "other", tokens),
            stack,
        )


def _typed(value: Any) -> Any:
    # 4 and 4.0 and True hash alike but read differently ("4.0 cores", is_virtual True)
    return value if value.__class__ is str else (value.__class__, value)


@cache
def _key_fields() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Record fields a decision reads: (as they are, through ``field_key``); name and
    free text are keyed apart."""
    fields = set(rule_fields()) | set(_STACK_FIELDS)
    fields |= {"cpu_cores", "memory_gb", "environment", "criticality"}
    fields -= {"description", "extra"}
    reduced = {f for f in fields if field_key(f, "0") != "0" or field_key(f, "a-b") != "a-b"}
    return tuple(sorted(fields - reduced)), tuple(sorted(reduced))


@lru_cache(maxsize=65536)
def _text_key(description: str) -> tuple[Any, ...]:
    """All that is read from a description: rule votes, stack findings, environment word."""
    return (
        rule_votes_for("description", description),
        text_evidence(description),
        description_word(description),
    )


_HAS_DIGIT = re.compile(r"\d")


def _key(
    record: Mapping[str, Any],
    name: str,
    tokens: tuple[tuple[str, bool], ...],
    extra: Mapping[str, Any] | None,
) -> tuple[Any, ...]:
    """Everything a decision depends on, reduced to what the rules read.

    The name counts by its tokens, digits and spaces (never its series number), free
    text by what was found in it, a MAC address by its prefix, unmapped columns by
    which are filled (plus the software/port columns the stack reads). Two assets with
    the same key get the same decision, up to their name in the reasons.
    """
    plain, reduced = _key_fields()
    get = record.get
    values = [v if v is None or v.__class__ is str else (v.__class__, v) for v in map(get, plain)]
    for f in reduced:
        value = get(f)
        values.append(_typed(field_key(f, value)) if value is not None else None)
    desc = get("description")
    if desc.__class__ is str and desc:
        desc_key: Any = _text_key(desc)
    else:
        desc_key = _typed(desc) if desc is not None else None
    extra_key: Any = None
    if extra:
        extra_key = (
            tuple(k for k, v in extra.items() if v not in (None, "")),
            relevant_extra(extra),
        )
    return (
        tokens,
        (" " in name.strip(), _HAS_DIGIT.search(name) is not None, bool(name)),
        name_environment(name, tokens) if name else None,
        tuple(values),
        desc_key,
        extra_key,
    )


def _render(template: Classification, name: str) -> Classification:
    """One asset's copy of a decision: its own lists, its name in the reasons."""
    shown = repr(name)
    slot = _SLOT
    env, crit = template.environment, template.criticality
    return Classification(
        template.asset_type,
        template.confidence,
        template.decision,
        [r.replace(slot, shown) for r in template.reasons],
        dict(template.scores),
        template.pattern_id,
        Facet(env.value, env.confidence, [r.replace(slot, shown) for r in env.reasons])
        if env is not None
        else None,
        Facet(crit.value, crit.confidence, list(crit.reasons)) if crit is not None else None,
        template.stack,
        [r.replace(slot, shown) for r in template.conflicts],
        template.runner_up,
        template.probability,
    )


_STACK_FIELDS = ("os_name", "description", "model", "database_engine", "database_version")


@lru_cache(maxsize=32768)
def _stack_for(key: tuple[Any, ...], db_tokens: tuple[tuple[str, bool], ...]) -> TechStack:
    record = dict(zip(_STACK_FIELDS, key[: len(_STACK_FIELDS)], strict=True))
    return tech_stack(record, db_tokens, dict(key[len(_STACK_FIELDS) :]))


def _cached_stack(
    record: Mapping[str, Any],
    tokens: Sequence[tuple[str, bool]],
    extra: Mapping[str, Any] | None,
) -> TechStack:
    """The stack depends on a few fields that repeat across an estate: memoise on them.

    Callers must not mutate the returned stack (it is shared between assets)."""
    extra_items = relevant_extra(extra)
    key = (*(record.get(f) for f in _STACK_FIELDS), *extra_items)
    try:
        return _stack_for(key, tuple(t for t in tokens if t[0] in _db_codes()))
    except TypeError:  # unhashable values: no memo
        return tech_stack(record, tokens, extra)


@cache
def _db_codes() -> frozenset[str]:
    from migrascope.config import load_data

    return frozenset(load_data("tech_stack.toml")["database_name_tokens"])


def _stack_votes(stack: TechStack, votes: Sequence[Vote]) -> list[Vote]:
    """Software found in the description or extra columns is evidence of a role."""
    out: list[Vote] = []
    db = stack.database
    if (
        db.value
        and db.confidence < 0.95  # a stated engine already voted through its field rule
        and not any(r.startswith("name ") for r in db.reasons)
        and not any(v.type == "database" and v.field == "description" for v in votes)
    ):
        out.append(Vote("software", "database", 1.4, f"runs {db.value}: {db.reasons[0]}"))
    servers = stack.web_servers + stack.app_servers + stack.middleware
    if servers:
        out.append(
            Vote("software", "compute", 0.6, f"runs {servers[0].value}: {servers[0].reasons[0]}")
        )
    return out


def _compose(
    raw: Mapping[str, float], default: str
) -> tuple[dict[str, float], dict[str, tuple[str, ...]]]:
    """Type scores from raw votes: computer evidence supports each computer type."""
    compute = raw.get("compute", 0.0)
    physical = raw.get("physical", 0.0)
    virtual = raw.get("virtual", 0.0)
    scores = {t: raw.get(t, 0.0) for t in TAXONOMY}
    scores["server"] += compute + physical
    scores["virtual_machine"] += compute + virtual
    if physical == 0 and virtual == 0 and compute > 0:
        scores[default] += 0.3
    for kind in TAXONOMY:
        if kind in ("server", "virtual_machine") or raw.get(kind, 0.0) <= 0:
            continue
        # a database or an appliance runs on a box or a VM alike: hardware evidence
        # supports it as much as it supports a bare server or VM
        scores[kind] += physical + virtual
        if kind in ("database", "container_platform"):
            scores[kind] += compute
    support = {
        "server": ("server", "compute", "physical"),
        "virtual_machine": ("virtual_machine", "compute", "virtual"),
        "database": ("database", "compute", "physical", "virtual"),
        "container_platform": ("container_platform", "compute", "physical", "virtual"),
    }
    return scores, support


def _conflicts(strongest: Any, best: str, settings: Mapping[str, Any]) -> list[str]:
    """Fields whose strongest role evidence names a different kind of thing than ``best``."""
    floor = float(settings.get("conflict_min_weight", 0.9))
    per_field: dict[str, Vote] = {}
    for vote in strongest:
        if vote.type in ("physical", "virtual") or vote.weight < floor:
            continue
        if vote.field not in per_field or vote.weight > per_field[vote.field].weight:
            per_field[vote.field] = vote
    winner = family_of(best)
    agree = [v for v in per_field.values() if family_of(v.type) == winner]
    disagree = [v for v in per_field.values() if family_of(v.type) != winner]
    if not agree or not disagree:
        return []
    kind = "a computer" if winner == "compute" else best
    return [
        f"conflicting evidence: {v.reason} (says {family_of(v.type)}), "
        f"while {agree[0].reason} (says {kind})"
        for v in disagree[:2]
    ]


def _posterior(pattern: Pattern) -> float:
    """The pattern's weight from its Beta posterior, relative to a freshly taught one."""
    return min(1.0, pattern_confidence(pattern) / _taught_mean())


@cache
def _taught_mean() -> float:
    """Posterior mean of a pattern a person just taught (the reference weight)."""
    p = load_data("learning.toml")["patterns"]
    alpha = float(p["prior_alpha"]) + float(p["explicit_weight"])
    return alpha / (alpha + float(p["prior_beta"]))


def load_classifier(store: Store, tenant: str) -> Classifier:
    """A classifier with the tenant's thresholds, learned patterns and trained model."""
    patterns, vectors = store.classification_patterns.all_active(tenant)
    return Classifier(
        store.thresholds.get(tenant, "asset_classification"),
        patterns=patterns,
        pattern_vectors=vectors,
        embedder=store.embedder,
    )
