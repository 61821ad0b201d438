"""Unsupervised discovery of hostname conventions, as readable templates.

Estates name hosts by a standard nobody wrote down: ``prd-pay-web01``,
``LONPRDSQL014``, ``web01.pay.prod.corp.local``. Knowing it turns every name into
evidence (environment, application, role). This module finds the standards from the
names alone: names are embedded (character n-grams of their shape), clustered
(agglomerative, the number of clusters chosen by silhouette, not fixed), and each
cluster's dominant token structure becomes a template such as
``{env}-{app}-{role}{nn}``, with a regex that parses names into those fields.

The results are *suggestions* with their evidence (support, coverage, examples,
observed values); nothing here applies them. The learning agent stores them and uses
one only after a person accepts it or labelled data confirms it.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache
from typing import Any

import numpy as np

from migrascope.config import load_data

__all__ = ["NamingSuggestion", "parse_name", "suggest_naming_patterns", "tokenize"]

_SEPARATORS = "-_."
_TOKEN = re.compile(r"[a-z]+|\d+")
# Placeholders in the order a template names them when the same kind appears twice.
_KINDS = ("env", "role", "site")


@cache
def _lexicon() -> tuple[dict[str, frozenset[str]], float]:
    data = load_data("naming.toml")
    codes = {k: frozenset(v.lower() for v in vals) for k, vals in data["codes"].items()}
    return codes, float(data.get("min_share", 0.6))


def _all_codes() -> frozenset[str]:
    codes, _ = _lexicon()
    return frozenset().union(*codes.values())


def _segment(run: str, *, min_parts: int) -> list[str] | None:
    """Cover ``run`` with known codes of length >= 2, fewest pieces first."""
    codes = _all_codes()
    best: dict[int, list[str] | None] = {0: []}
    for end in range(1, len(run) + 1):
        options = [
            [*prev, run[start:end]]
            for start in range(max(0, end - 9), end - 1)
            if (prev := best.get(start)) is not None and run[start:end] in codes
        ]
        best[end] = min(options, key=len) if options else None
    parts = best.get(len(run))
    return parts if parts and len(parts) >= min_parts else None


_TRAILING_DIGITS = re.compile(r"^(.*?)(\d*)$")


def _split_segment(seg: str) -> list[str]:
    """Tokens of one separator-free segment: glued codes split (``lonprdsql014`` →
    lon, prd, sql, 014; ``k8s`` stays whole), else letter and digit runs."""
    m = _TRAILING_DIGITS.match(seg)
    assert m is not None
    head, number = m.group(1), m.group(2)
    tail = [number] if number else []
    if not head:
        return tail
    if head in _all_codes():
        return [head, *tail]
    if len(head) >= 4:
        parts = _segment(head, min_parts=2)
        if parts is not None:
            return [*parts, *tail]
    return [*_TOKEN.findall(head), *tail]


def tokenize(name: str) -> list[str]:
    """Lower-cased tokens: separators, codes (split where glued) and digit runs."""
    out: list[str] = []
    for piece in re.split(r"([-_.])", name.strip().lower()):
        if not piece:
            continue
        if piece in _SEPARATORS:
            out.append(piece)
        else:
            out.extend(_split_segment(re.sub(r"[^a-z0-9]", "", piece)))
    return out


def _shape(tokens: Sequence[str]) -> tuple[str, ...]:
    return tuple(t if t in _SEPARATORS else ("#" if t.isdigit() else "a") for t in tokens)


@dataclass
class NamingSuggestion:
    """A discovered convention with the evidence for it. Never applied by itself."""

    template: str
    regex: str
    support: int
    coverage: float
    confidence: float
    examples: list[str]
    values: dict[str, list[str]] = field(default_factory=dict)

    def parse(self, name: str) -> dict[str, str] | None:
        """The fields of ``name`` under this template, or None if it does not fit."""
        return parse_name(self.regex, name)

    def to_json(self) -> dict[str, Any]:
        return dict(self.__dict__)


def parse_name(regex: str, name: str) -> dict[str, str] | None:
    """Fields of ``name`` under a suggestion's regex, or None."""
    m = re.fullmatch(regex, name.strip(), flags=re.IGNORECASE)
    if m is None:
        return None
    return {k: v.lower() for k, v in m.groupdict().items() if v is not None}


def _position_kind(values: Counter[str]) -> str | None:
    """Which code kind a position's values are, if they mostly are one."""
    codes, min_share = _lexicon()
    distinct = list(values)
    best, share = None, 0.0
    for kind in _KINDS:
        s = sum(1 for v in distinct if v in codes[kind]) / len(distinct)
        if s > share:
            best, share = kind, s
    return best if share >= min_share else None


def _template(members: list[list[str]]) -> tuple[str, str, dict[str, list[str]], float]:
    """Template, regex, observed values per placeholder, and the share of variable
    positions the lexicon recognised."""
    parts: list[str] = []
    regex: list[str] = []
    values: dict[str, list[str]] = {}
    used: Counter[str] = Counter()
    variable = recognised = 0
    for pos in range(len(members[0])):
        col = Counter(m[pos] for m in members)
        tok = members[0][pos]
        if tok in _SEPARATORS:
            parts.append(tok)
            regex.append(re.escape(tok))
            continue
        if tok.isdigit():
            widths = {len(v) for v in col}
            width = widths.pop() if len(widths) == 1 else None
            name = "nn" if not used["nn"] else f"nn{used['nn'] + 1}"
            used["nn"] += 1
            parts.append("{" + name + "}")
            regex.append(f"(?P<{name}>\\d{{{width}}})" if width else f"(?P<{name}>\\d+)")
            continue
        if len(col) == 1 and len(members) > 1:
            parts.append(tok)
            regex.append(re.escape(tok))
            continue
        variable += 1
        kind = _position_kind(col)
        recognised += kind is not None
        base = kind or "app"
        name = base if not used[base] else f"{base}{used[base] + 1}"
        used[base] += 1
        parts.append("{" + name + "}")
        # Alternation of what was seen for coded kinds; letters for free-form ones.
        if kind is not None:
            alts = "|".join(sorted(map(re.escape, col), key=len, reverse=True))
            regex.append(f"(?P<{name}>{alts})")
        else:
            regex.append(f"(?P<{name}>[a-z][a-z0-9]*?)")
        values[name] = [v for v, _ in col.most_common(8)]
    return "".join(parts), "".join(regex), values, recognised / variable if variable else 1.0


def _choose_clusters(vectors: np.ndarray, max_clusters: int, seed: int) -> np.ndarray:
    """Agglomerative clustering, k in 2..max chosen by silhouette; one cluster when no
    split scores well (a single convention)."""
    from sklearn.cluster import AgglomerativeClustering
    from sklearn.metrics import silhouette_score

    n = len(vectors)
    if n < 4:
        return np.zeros(n, dtype=int)
    rng = np.random.default_rng(seed)
    sample = rng.choice(n, size=min(n, 1500), replace=False)
    best_labels, best_score = np.zeros(n, dtype=int), 0.25
    for k in range(2, min(max_clusters, n - 1) + 1):
        model = AgglomerativeClustering(n_clusters=k, linkage="average", metric="cosine")
        labels = model.fit_predict(vectors[sample])
        if len(set(labels)) < 2:
            continue
        score = float(silhouette_score(vectors[sample], labels, metric="cosine"))
        if score > best_score:
            best_score, best_labels = score, labels
    if len(sample) == n:
        return best_labels
    # Label the rest by nearest centroid of the sampled clusters.
    centroids = np.vstack(
        [vectors[sample][best_labels == c].mean(axis=0) for c in sorted(set(best_labels))]
    )
    return np.asarray((vectors @ centroids.T).argmax(axis=1))


def suggest_naming_patterns(
    names: Sequence[str],
    *,
    max_clusters: int = 6,
    min_support: int = 3,
    seed: int = 0,
) -> list[NamingSuggestion]:
    """Discover the naming conventions of a list of hostnames.

    Args:
        names: hostnames (FQDNs allowed); blanks are ignored.
        max_clusters: most conventions to look for.
        min_support: fewest names a convention must cover to be suggested.
        seed: sampling seed for large lists (results are deterministic per seed).

    Returns:
        Suggestions, best supported first; each with its evidence.
    """
    from migrascope.memory.embedders import HashingEmbedder

    clean = [n.strip() for n in names if n and n.strip()]
    if not clean:
        return []
    tokens = [tokenize(n) for n in clean]
    # The embedding sees the shape and the codes, not the digits: web01 ~ web07.
    texts = [
        " ".join(t if not t.isdigit() else "#" * len(t) for t in toks)
        + " |"
        + "".join(_shape(toks))
        for toks in tokens
    ]
    vectors = HashingEmbedder(dim=256).embed(texts)
    labels = _choose_clusters(vectors, max_clusters, seed)
    suggestions: dict[str, NamingSuggestion] = {}
    for cluster in sorted(set(int(x) for x in labels)):
        idx = [i for i, lab in enumerate(labels) if lab == cluster]
        shapes = Counter(_shape(tokens[i]) for i in idx)
        for shape, count in shapes.most_common(3):
            if count < min_support:
                continue
            members = [tokens[i] for i in idx if _shape(tokens[i]) == shape]
            template, regex, values, recognised = _template(members)
            if template in suggestions:
                continue
            matched = [n for n in clean if parse_name(regex, n) is not None]
            if len(matched) < min_support:
                continue
            coverage = len(matched) / len(clean)
            confidence = round(min(1.0, len(matched) / 20) * (0.5 + 0.5 * recognised), 4)
            suggestions[template] = NamingSuggestion(
                template=template,
                regex=regex,
                support=len(matched),
                coverage=round(coverage, 4),
                confidence=confidence,
                examples=matched[:5],
                values=values,
            )
    return sorted(suggestions.values(), key=lambda s: (-s.support, s.template))
