"""A tenant's own classifier: scikit-learn over hashed features of its confirmed labels.

Rules know the world; this model knows the tenant. It is trained only on the
assets that tenant's people taught or confirmed (stored with each classification
pattern), so one tenant's corrections never reach another. Features are hashed
(``FeatureHasher``), so there is no vocabulary to store or grow, and retraining a
logistic-loss SGD model on a few thousand examples takes milliseconds: it is rebuilt
when a classifier is loaded and never blocks an import.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping, Sequence
from functools import lru_cache
from typing import Any

import numpy as np
from scipy.sparse import csr_matrix
from sklearn.feature_extraction import FeatureHasher
from sklearn.linear_model import SGDClassifier

from migrascope.tools.classification_rules import name_tokens

__all__ = ["RECORD_FIELDS", "TenantModel", "model_features"]

RECORD_FIELDS = (
    "hostname",
    "fqdn",
    "asset_id",
    "asset_type",
    "os_name",
    "manufacturer",
    "model",
    "database_engine",
    "description",
    "is_virtual",
    "virtualization_host",
    "cpu_cores",
    "memory_gb",
    "cluster",
)
"""Canonical fields kept with a taught example (what the model learns from)."""

_WORD = re.compile(r"[a-z][a-z0-9]*")


def _bucket(value: Any) -> str | None:
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    if number <= 0:
        return "0"
    return str(round(math.log2(number)))


@lru_cache(maxsize=65536)
def _words(prefix: str, text: str) -> tuple[str, ...]:
    return tuple(f"{prefix}:{word}" for word in _WORD.findall(text.lower())[:6])


@lru_cache(maxsize=65536)
def _chunk_feature(chunk: str) -> str:
    return "c:" + _DIGITS.sub("#", chunk)


def model_features(
    record: Mapping[str, Any],
    name: str,
    tokens: tuple[tuple[str, bool], ...] | None = None,
) -> list[str]:
    """Hashed-feature strings of one record: name codes, field words, shape buckets.

    ``tokens``: the name's tokens when the caller has them already."""
    feats: list[str] = []
    chunks = _WORD.findall(name.lower())
    for token, _compact in tokens if tokens is not None else name_tokens(name):
        feats.append("n:" + token)
    for chunk in chunks[:4]:
        feats.append(_chunk_feature(chunk))
    feats.append(f"shape:{'phrase' if ' ' in name.strip() else 'host'}")
    get = record.get
    texts = tuple(get(f) for f, _ in _TEXT_FIELDS)
    try:
        words, filled = _text_features(texts)
    except TypeError:  # an unhashable value: no memo
        words, filled = _text_features.__wrapped__(texts)
    feats.extend(words)
    if get("database_engine"):
        feats.append("db:set")
        filled += 1
    if get("virtualization_host"):
        feats.append("vh:set")
        filled += 1
    virtual = get("is_virtual")
    if virtual is not None:
        feats.append(f"virt:{virtual}")
        filled += 1
    for field in ("cpu_cores", "memory_gb"):
        bucket = _bucket(get(field))
        if bucket is not None:
            feats.append(f"{field}:{bucket}")
            filled += 1
    feats.append(f"filled:{min(filled, 4)}")
    return feats


@lru_cache(maxsize=65536)
def _text_features(values: tuple[Any, ...]) -> tuple[tuple[str, ...], int]:
    """Words of the text fields (memoised: estates repeat them) and how many are filled."""
    feats: list[str] = []
    filled = 0
    for (_field, prefix), value in zip(_TEXT_FIELDS, values, strict=True):
        if not value:
            continue
        filled += 1
        feats.extend(_words(prefix, value if value.__class__ is str else str(value)))
    return tuple(feats), filled


_TEXT_FIELDS = tuple(
    (f, f[:3]) for f in ("os_name", "manufacturer", "model", "description", "asset_type", "cluster")
)
_DIGITS = re.compile(r"\d+")


class TenantModel:
    """Logistic-loss linear model (SGD, one-vs-rest) over hashed features of taught assets."""

    def __init__(self, n_features: int = 4096, alpha: float = 1e-3) -> None:
        self._hasher = FeatureHasher(
            n_features=n_features, input_type="string", alternate_sign=False
        )
        self._model: SGDClassifier | None = None
        self._alpha = alpha
        self._n_features = n_features
        self._columns: dict[str, int] = {}
        self._active: frozenset[int] = frozenset()
        self.classes: list[str] = []
        self.n_examples = 0

    @property
    def ready(self) -> bool:
        """True once it has seen at least two different labels."""
        return self._model is not None

    def fit(self, features: Sequence[list[str]], labels: Sequence[str]) -> TenantModel:
        """Retrain from scratch (milliseconds for thousands of examples)."""
        self.n_examples = len(labels)
        self.classes = sorted(set(labels))
        if len(self.classes) < 2:
            self._model = None
            return self
        x = self._hasher.transform(features)
        # lbfgs logistic regression took seconds here under load; SGD takes milliseconds
        model = SGDClassifier(
            loss="log_loss", alpha=self._alpha, max_iter=30, tol=None, random_state=0
        )
        model.fit(x, list(labels))
        self._model = model
        self._active = frozenset(np.flatnonzero(np.any(model.coef_ != 0, axis=0)).tolist())
        self.classes = [str(c) for c in model.classes_]
        return self

    def predict_proba(self, features: Sequence[list[str]]) -> np.ndarray:
        """Rows of class probabilities, columns in ``self.classes`` order."""
        if self._model is None or not features:
            return np.zeros((len(features), len(self.classes)))
        return np.asarray(self._model.predict_proba(self._hashed(features)))

    def relevant(self, features: Sequence[Sequence[str]]) -> list[tuple[str, ...]]:
        """Each row's features that carry weight in the trained model, in order.

        A feature never seen in training has a zero coefficient, so rows that differ
        only in such features (an application name in a description) get exactly the
        same prediction: callers predict once per distinct relevant tuple.
        """
        self._learn_columns(features)
        columns, active = self._columns, self._active
        return [tuple(f for f in row if columns[f] in active) for row in features]

    def _learn_columns(self, features: Sequence[Sequence[str]]) -> None:
        columns = self._columns
        todo = list({f for row in features for f in row if f not in columns})
        if todo:
            hashed = self._hasher.transform([[f] for f in todo]).tocsr()
            for f, j in zip(todo, hashed.indices.tolist(), strict=True):
                columns[f] = j

    def _hashed(self, features: Sequence[Sequence[str]]) -> csr_matrix:
        """The hasher's matrix, with each distinct feature string hashed once (an estate
        repeats a few thousand strings across 100,000 rows)."""
        self._learn_columns(features)
        columns = self._columns
        indptr = [0]
        indices: list[int] = []
        for row in features:
            indices.extend(columns[f] for f in row)
            indptr.append(len(indices))
        data = np.ones(len(indices), dtype=np.float64)
        x = csr_matrix((data, indices, indptr), shape=(len(features), self._n_features))
        x.sum_duplicates()
        return x
