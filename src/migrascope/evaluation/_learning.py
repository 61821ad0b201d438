"""Learning curves: accuracy after k corrections taken from the truth.

A simulated person looks at the current result, corrects the first mistake they see
(file order), and the system re-maps or re-classifies; repeated until k corrections
were made or nothing is wrong any more. Mapping corrections go through
``store.mapping_patterns.teach``, type corrections through
``store.classification_patterns.teach`` with the asset's ``signature``, exactly what
``migrascope teach`` does. Accuracy is measured on the same file (what the person sees),
on its rows that were not corrected (held out), and on the other file of the same tool.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from migrascope.errors import InputError
from migrascope.evaluation._dataset import Dataset
from migrascope.evaluation._scoring import ColumnScore, score_columns, share_correct
from migrascope.memory import Store
from migrascope.tools.classification import load_classifier, signature
from migrascope.tools.importing import map_file
from migrascope.tools.readers import open_table

__all__ = ["CURVE_STEPS", "classification_curve", "mapping_curve", "mapping_prediction"]

CURVE_STEPS: tuple[int, ...] = (0, 1, 2, 5, 10, 20)
_AGENT = "evaluation"


def mapping_prediction(store: Store, tenant: str, dataset: Dataset) -> list[ColumnScore]:
    """Map the dataset's file for the tenant and score every truth column."""
    with open_table(dataset.export) as table:
        result = map_file(store, tenant, table)
    predicted = {c.source: (c.target, float(c.confidence), c.decision) for c in result.columns}
    return score_columns(dataset.columns, predicted)


def mapping_curve(
    store: Store,
    tenant: str,
    dataset: Dataset,
    pair: Dataset | None,
    steps: Sequence[int] = CURVE_STEPS,
) -> list[dict[str, Any]]:
    """Mapping accuracy after each number of corrections in ``steps``."""
    taught: set[str] = set()
    points = []
    with open_table(dataset.export) as table:
        headers = list(table.headers)
    for k in sorted(steps):
        while len(taught) < k:
            wrong = [
                s
                for s in mapping_prediction(store, tenant, dataset)
                if not s.correct and s.header is not None and s.header not in taught
            ]
            if not wrong:
                break
            store.mapping_patterns.teach(
                tenant, wrong[0].header or "", wrong[0].truth, agent=_AGENT, beside=headers
            )
            taught.add(wrong[0].header or "")
        point: dict[str, Any] = {
            "corrections": k,
            "applied": len(taught),
            "accuracy": round(share_correct(mapping_prediction(store, tenant, dataset)), 4),
        }
        if pair is not None:
            point["pair_accuracy"] = round(
                share_correct(mapping_prediction(store, tenant, pair)), 4
            )
        points.append(point)
    return points


def _accuracy(
    preds: Sequence[str], truth: Sequence[str | None], skip: set[int] | None = None
) -> float | None:
    pairs = [
        (p, t)
        for i, (p, t) in enumerate(zip(preds, truth, strict=True))
        if t is not None and (skip is None or i not in skip)
    ]
    return round(sum(p == t for p, t in pairs) / len(pairs), 4) if pairs else None


def classification_curve(
    store: Store,
    tenant: str,
    records: Sequence[Mapping[str, Any]],
    labels: Sequence[str | None],
    pair: tuple[Sequence[Mapping[str, Any]], Sequence[str | None]] | None = None,
    steps: Sequence[int] = CURVE_STEPS,
) -> list[dict[str, Any]]:
    """Type accuracy after each number of corrections; ``labels[i]`` is the truth of
    ``records[i]`` (None: unlabelled, not scored, never taught)."""
    taught_rows: set[int] = set()
    taught_sigs: set[str] = set()
    sigs = [signature(r) for r in records]

    def predict(recs: Sequence[Mapping[str, Any]]) -> list[str]:
        return [c.asset_type for c in load_classifier(store, tenant).classify_many(list(recs))]

    points = []
    for k in sorted(steps):
        while len(taught_rows) < k:
            preds = predict(records)
            pick = next(
                (
                    i
                    for i, (p, t) in enumerate(zip(preds, labels, strict=True))
                    if t is not None and p != t and sigs[i].strip() and sigs[i] not in taught_sigs
                ),
                None,
            )
            if pick is None:
                break
            try:
                store.classification_patterns.teach(
                    tenant, sigs[pick], labels[pick] or "", agent=_AGENT
                )
            except InputError:
                # A label outside the taxonomy cannot be taught; never retry that row.
                taught_sigs.add(sigs[pick])
                continue
            taught_rows.add(pick)
            taught_sigs.add(sigs[pick])
        preds = predict(records)
        point: dict[str, Any] = {
            "corrections": k,
            "applied": len(taught_rows),
            "accuracy": _accuracy(preds, labels),
            "heldout_accuracy": _accuracy(preds, labels, taught_rows),
        }
        if pair is not None:
            point["pair_accuracy"] = _accuracy(predict(pair[0]), pair[1])
        points.append(point)
    return points
