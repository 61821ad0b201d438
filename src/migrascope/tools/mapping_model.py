"""A learned reading of headers: a model trained on the labelled exports we ship.

The lexicon knows the spellings its writers saw; a tool it never saw brings new ones
(``memory-in-gbs``, ``PrimaryIPAddress``, ``poc_1_name``). This model generalises from
every labelled column of the bundled development exports
(``config/data/mapping_examples.csv``: header, value kinds, field): a logistic
regression over character n-grams and words of the normalised header and the kinds of
its values. The mapper takes its answer as one more piece of evidence beside the
lexicon and the values, never as the decision on its own.

Training takes about a second and runs once per process, on first use; the examples
are data so that a team can add its own exports and the model follows.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache

import numpy as np
from scipy.sparse import csr_matrix, hstack
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression

from migrascope.config import data_path, load_data
from migrascope.tools.mapping_lexicon import header_words
from migrascope.tools.model_cache import cached_model
from migrascope.tools.profiling import ColumnProfile

__all__ = [
    "EXAMPLES_FILE",
    "HeaderModel",
    "LabelledColumn",
    "ModelReading",
    "default_model",
    "enabled_model",
    "kinds_text",
    "kinds_text_of",
    "load_examples",
]

EXAMPLES_FILE = "mapping_examples.csv"
UNMAPPED = "none"


@dataclass(frozen=True)
class LabelledColumn:
    """One labelled column of a real export: what the model learns from."""

    tool: str
    header: str
    kinds: str
    field: str | None


@dataclass(frozen=True)
class ModelReading:
    """The model's probability that a column holds ``target`` (None = no field)."""

    target: str | None
    probability: float
    nearest: LabelledColumn | None
    # The probability the value kinds alone give the same field (an empty header):
    # what the header adds is the difference.
    from_values: float = 0.0

    @property
    def header_lift(self) -> float:
        """How much of the remaining doubt the header removes, in [0, 1]."""
        if self.from_values >= 1.0:
            return 0.0
        return max(0.0, (self.probability - self.from_values) / (1.0 - self.from_values))


def kinds_text(profile: ColumnProfile | None) -> str:
    """The kinds of a column's values as tokens (``K_ipv4 K_hostname``); ``K_empty``."""
    if profile is None:
        return "K_empty"
    return kinds_text_of(profile.kinds, bool(profile.filled))


def kinds_text_of(kinds: Mapping[str, float], filled: bool) -> str:
    """``kinds_text`` from the value-kind shares alone (as stored with replayed columns)."""
    if not filled:
        return "K_empty"
    min_share = float(load_data("mapping_model.toml")["features"]["min_kind_share"])
    shown = sorted(k for k, share in kinds.items() if share >= min_share)
    return " ".join(f"K_{k}" for k in shown) or "K_empty"


def load_examples(path: str | None = None) -> list[LabelledColumn]:
    """The labelled columns of ``config/data/mapping_examples.csv`` (or ``path``)."""
    source = data_path(EXAMPLES_FILE) if path is None else path
    with open(source, encoding="utf-8", newline="") as fh:
        return [
            LabelledColumn(row["tool"], row["header"], row["kinds"], row["field"] or None)
            for row in csv.DictReader(fh)
        ]


class HeaderModel:
    """Logistic regression over header n-grams, header words and value kinds."""

    def __init__(self, examples: Sequence[LabelledColumn]) -> None:
        if not examples:
            raise ValueError("a header model needs at least one labelled column")
        settings = load_data("mapping_model.toml")["model"]
        self.examples = list(examples)
        self._grams = TfidfVectorizer(
            analyzer="char_wb", ngram_range=(2, 4), sublinear_tf=True, dtype=np.float64
        )
        self._words = TfidfVectorizer(token_pattern=r"\S+", dtype=np.float64)
        self._kinds = TfidfVectorizer(token_pattern=r"\S+", lowercase=False, dtype=np.float64)
        words = [header_words(e.header) for e in self.examples]
        # The same (header words, value kinds, field) recurs across files and rounds: fit
        # each once with its count as weight. The objective is the same as with every
        # copy (a weighted sum of the same losses); the fit is a third faster, which a
        # machine's first import waits for.
        first: dict[tuple[str, str, str], int] = {}
        counts: dict[tuple[str, str, str], int] = {}
        for i, (w, e) in enumerate(zip(words, self.examples, strict=True)):
            key = (w, e.kinds, e.field or UNMAPPED)
            first.setdefault(key, i)
            counts[key] = counts.get(key, 0) + 1
        grams = self._grams.fit_transform(words)
        features = hstack(
            [
                grams,
                self._words.fit_transform(words),
                self._kinds.fit_transform([e.kinds for e in self.examples]),
            ]
        ).tocsr()
        self._model = LogisticRegression(
            C=float(settings["c"]), max_iter=int(settings["max_iter"]), tol=float(settings["tol"])
        )
        self._model.fit(
            features[list(first.values())],
            [key[2] for key in first],
            sample_weight=np.array([counts[key] for key in first], dtype=np.float64),
        )
        # Header-only vectors, to name the nearest taught column in the reasons.
        self._header_vectors = grams
        by_field: dict[str | None, list[int]] = {}
        for i, e in enumerate(self.examples):
            by_field.setdefault(e.field, []).append(i)
        self._by_field = {f: np.array(ix, dtype=int) for f, ix in by_field.items()}

    def _features(
        self, grams: csr_matrix, words: Sequence[str], kinds: Sequence[str]
    ) -> csr_matrix:
        return hstack([grams, self._words.transform(words), self._kinds.transform(kinds)]).tocsr()

    def read(
        self, columns: Iterable[tuple[str, ColumnProfile | None]], top: int = 2
    ) -> list[list[ModelReading]]:
        """The ``top`` most probable fields of each (header, profile), best first."""
        return self.read_kinds([(h, kinds_text(p)) for h, p in columns], top)

    def read_kinds(
        self, columns: Sequence[tuple[str, str]], top: int = 2
    ) -> list[list[ModelReading]]:
        """``read`` for (header, value kinds as ``kinds_text`` writes them)."""
        if not columns:
            return []
        words = [header_words(h) for h, _ in columns]
        kinds = [k for _, k in columns]
        grams = self._grams.transform(words)
        probabilities = self._model.predict_proba(self._features(grams, words, kinds))
        blank = [""] * len(kinds)
        from_values = self._model.predict_proba(
            self._features(self._grams.transform(blank), blank, kinds)
        )
        similarity = (grams @ self._header_vectors.T).toarray()
        classes = list(self._model.classes_)
        out: list[list[ModelReading]] = []
        for row, values_row, sims in zip(probabilities, from_values, similarity, strict=True):
            readings = []
            for index in np.argsort(-row)[:top]:
                label = classes[index]
                target = None if label == UNMAPPED else str(label)
                # The nearest taught column that holds this field, for the reason.
                same = self._by_field[target]
                nearest = self.examples[same[int(np.argmax(sims[same]))]]
                readings.append(
                    ModelReading(target, float(row[index]), nearest, float(values_row[index]))
                )
            out.append(readings)
        return out


@cache
def default_model() -> HeaderModel:
    """The model trained on the bundled examples (once per machine: see ``model_cache``)."""
    from migrascope.tools import mapping_lexicon

    return cached_model(
        "header-model",
        [EXAMPLES_FILE, "mapping_model.toml", "synonyms.toml"],
        [__file__, mapping_lexicon.__file__],
        lambda: HeaderModel(load_examples()),
    )


def enabled_model() -> HeaderModel | None:
    """The bundled model if ``mapping_model.toml`` turns it on for every mapping, else None.

    Off by default as evidence of its own: measured once on the blind round-8 tools it
    mapped 214 of 272 columns against 216 without it (see docs/mapping.md).
    ``map_columns(header_model=...)`` uses one anyway, and the reranker
    (``mapping_rerank``) always reads the bundled model's opinion as one of its features.
    """
    return default_model() if load_data("mapping_model.toml")["model"]["enabled"] else None
