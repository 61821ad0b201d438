"""Column mapping: each source column to a canonical field, with confidence and reasons.

Evidence combined per (column, field): the header against the synonym lexicon
(config/data/synonyms.toml), fuzzy and embedding similarity, and the tenant's
learned patterns. A one-to-one assignment across the file then keeps two columns
from both becoming ``hostname``: the loser falls back to its next candidate.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from typing import TYPE_CHECKING, Any

import numpy as np
from rapidfuzz import fuzz

from migrascope.config import CANONICAL_FIELDS, load_data
from migrascope.memory.embedders import HashingEmbedder
from migrascope.memory.embedders._hashing import normalise_text
from migrascope.tools.units import header_unit

if TYPE_CHECKING:
    from migrascope.memory import PatternMatch, Store, Thresholds

__all__ = [
    "Candidate",
    "ColumnMapping",
    "MappingResult",
    "clean_header",
    "learned_hints",
    "map_columns",
]

_DECORATION = re.compile(r"^\s*\*+|\(\s*optional\s*\)|\(\s*required\s*\)|\*+\s*$", re.IGNORECASE)
_UNIT_DECORATION = re.compile(
    r"\(\s*(?:in\s+)?(?:kb|kib|mb|mib|gb|gib|tb|tib|bytes)\s*\)|"
    r"(?<=[a-z])(?:In)?(?:KB|KiB|MB|MiB|GB|GiB|TB|TiB)\b|"
    r"\b(?:in\s+)?(?:kb|kib|mb|mib|gb|gib|tb|tib)\b",
    re.IGNORECASE,
)


@dataclass
class Candidate:
    """One possible target of a column with its score and why."""

    target: str | None
    score: float
    reasons: list[str] = field(default_factory=list)
    pattern_id: int | None = None


@dataclass
class ColumnMapping:
    """The decision for one source column."""

    source: str
    target: str | None
    confidence: float
    decision: str
    unit: str | None
    reasons: list[str]
    candidates: list[Candidate] = field(default_factory=list)
    pattern_id: int | None = None

    def to_json(self) -> dict[str, Any]:
        """The ``map --json`` shape of DESIGN.md."""
        return {
            "source": self.source,
            "target": self.target,
            "confidence": round(self.confidence, 4),
            "decision": self.decision,
            "unit": self.unit,
            "reasons": self.reasons,
        }


@dataclass
class MappingResult:
    """Mappings of every column of a file, in file order."""

    columns: list[ColumnMapping]

    def applied(self) -> dict[str, ColumnMapping]:
        """Columns whose mapping is applied on import (decision ``auto``)."""
        return {c.source: c for c in self.columns if c.decision == "auto" and c.target}

    def to_json(self) -> dict[str, Any]:
        return {"columns": [c.to_json() for c in self.columns]}


def clean_header(header: str) -> str:
    """Header without decorations (``*``, ``(optional)``) and unit markers."""
    text = _DECORATION.sub(" ", header)
    text = _UNIT_DECORATION.sub(" ", text)
    return " ".join(text.split())


@cache
def _lexicon() -> tuple[dict[str, str], dict[str, list[str]]]:
    data = load_data("synonyms.toml")
    abbreviations = {k.lower(): v for k, v in data.get("abbreviations", {}).items()}
    fields = {
        name: [_expand(normalise_text(s), abbreviations) for s in data["fields"].get(name, [])]
        for name in CANONICAL_FIELDS
    }
    return abbreviations, fields


def _expand(text: str, abbreviations: Mapping[str, str]) -> str:
    return " ".join(abbreviations.get(tok, tok) for tok in text.split())


@cache
def _synonym_vectors() -> tuple[list[tuple[str, str]], np.ndarray]:
    _, fields = _lexicon()
    pairs = [(name, syn) for name, syns in fields.items() for syn in syns]
    vectors = HashingEmbedder(256).embed([syn for _, syn in pairs])
    return pairs, vectors


def _name_candidates(header: str) -> list[Candidate]:
    abbreviations, fields = _lexicon()
    norm = _expand(normalise_text(clean_header(header)), abbreviations)
    if not norm:
        return []
    tokens = set(norm.split())
    best: dict[str, Candidate] = {}

    def offer(target: str, score: float, reason: str) -> None:
        if target not in best or best[target].score < score:
            best[target] = Candidate(target, score, [reason])

    for name, synonyms in fields.items():
        for syn in synonyms:
            if norm == syn:
                offer(name, 0.95, f"header {header!r} is a known name for {name}")
                continue
            syn_tokens = set(syn.split())
            if syn_tokens and syn_tokens <= tokens:
                extra = len(tokens - syn_tokens)
                offer(
                    name,
                    0.86 - 0.06 * min(extra, 4),
                    f"header {header!r} contains the words of {syn!r} ({name})",
                )
            ratio = fuzz.token_sort_ratio(norm, syn) / 100.0
            if ratio >= 0.8:
                offer(name, 0.6 + 0.3 * (ratio - 0.8) / 0.2, f"header {header!r} resembles {syn!r}")
    pairs, vectors = _synonym_vectors()
    query = HashingEmbedder(256).embed([norm])[0]
    sims = vectors @ query
    for idx in np.argsort(-sims)[:3]:
        sim = float(sims[idx])
        if sim >= 0.55:
            name, syn = pairs[idx]
            offer(
                name,
                0.35 + 0.5 * sim,
                f"header {header!r} is close to {syn!r} (similarity {sim:.2f})",
            )
    return sorted(best.values(), key=lambda c: -c.score)


def _pattern_candidates(header: str, matches: Sequence[PatternMatch]) -> list[Candidate]:
    out: list[Candidate] = []
    key = normalise_text(header)
    for match in matches:
        p = match.pattern
        trials = p.confirmations + p.corrections
        reliability = (p.confirmations + 1) / (trials + 2)
        if p.key == key:
            score = 0.9 + 0.09 * reliability
            why = f"learned: {p.text!r} was taught as {p.answer or 'unmapped'} ({p.confirmations} confirmations)"
        elif match.similarity >= 0.7:
            score = 0.45 + 0.45 * match.similarity * reliability
            why = (
                f"learned: similar to taught header {p.text!r} → {p.answer or 'unmapped'} "
                f"(similarity {match.similarity:.2f})"
            )
        else:
            continue
        out.append(Candidate(p.answer, score, [why], p.pattern_id))
    return out


def learned_hints(
    store: Store, tenant: str, headers: Sequence[str]
) -> dict[str, list[PatternMatch]]:
    """The tenant's nearest mapping patterns for each header."""
    return {h: store.mapping_patterns.nearest(tenant, h, k=3) for h in headers}


def map_columns(
    headers: Sequence[str],
    *,
    thresholds: Thresholds,
    hints: Mapping[str, Sequence[PatternMatch]] | None = None,
) -> MappingResult:
    """Map every header to a canonical field (or to nothing) and decide by threshold."""
    per_column: list[list[Candidate]] = []
    for header in headers:
        learned = _pattern_candidates(header, (hints or {}).get(header, ()))
        named = _name_candidates(header)
        merged: dict[str | None, Candidate] = {}
        for cand in learned + named:
            have = merged.get(cand.target)
            if have is None or have.score < cand.score:
                merged[cand.target] = cand
        ranked = sorted(merged.values(), key=lambda c: -c.score)
        # A learned "maps to nothing" beats name evidence for that column.
        if learned and learned[0].target is None and learned[0].score >= 0.9:
            ranked = [learned[0]]
        per_column.append(ranked)

    assigned: dict[int, Candidate | None] = _assign_one_to_one(per_column)
    columns: list[ColumnMapping] = []
    for i, header in enumerate(headers):
        choice = assigned.get(i)
        ranked = per_column[i]
        unit = header_unit(header)
        if choice is None or choice.target is None:
            reasons = choice.reasons if choice else ["no canonical field matches this header"]
            if ranked and choice is None:
                lost = ranked[0]
                reasons = [f"{lost.target} went to a column with stronger evidence", *lost.reasons]
            columns.append(
                ColumnMapping(
                    header,
                    None,
                    choice.score if choice else 0.0,
                    "unmapped",
                    unit,
                    [*reasons, "kept in extra attributes"],
                    ranked,
                    choice.pattern_id if choice else None,
                )
            )
            continue
        reasons = list(choice.reasons)
        runner_up = next((c for c in ranked if c is not choice and c.target != choice.target), None)
        if runner_up is not None:
            reasons.append(f"runner-up: {runner_up.target} ({runner_up.score:.2f})")
        if unit and choice.target not in {"memory_gb", "storage_gb", "storage_used_gb"}:
            unit = None
        if unit:
            reasons.append(f"values in {unit.upper()}, converted to GB")
        decision = thresholds.decide(choice.score)
        if choice.score < thresholds.reject:
            decision = "unmapped"
        columns.append(
            ColumnMapping(
                header,
                choice.target if decision != "unmapped" else None,
                choice.score,
                decision,
                unit,
                reasons,
                ranked,
                choice.pattern_id,
            )
        )
    return MappingResult(columns)


def _assign_one_to_one(per_column: list[list[Candidate]]) -> dict[int, Candidate | None]:
    """Greedy by score: each canonical field goes to the column with the best evidence."""
    offers = sorted(
        (
            (c.score, i, rank, c)
            for i, ranked in enumerate(per_column)
            for rank, c in enumerate(ranked)
        ),
        key=lambda t: (-t[0], t[2], t[1]),
    )
    taken: set[str] = set()
    assigned: dict[int, Candidate | None] = {}
    for _score, i, _rank, cand in offers:
        if i in assigned:
            continue
        if cand.target is None:
            assigned[i] = cand
            continue
        if cand.target in taken:
            continue
        taken.add(cand.target)
        assigned[i] = cand
    return assigned
