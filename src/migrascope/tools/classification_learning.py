"""Teaching asset types, and measuring how fast classification learns.

``teach_asset`` is what a person's correction (or confirmation) becomes: a
classification pattern for the tenant that carries the asset's fields (so the
tenant's model can train on it) plus a feedback event. ``apply_corrections`` and
``learning_curve`` simulate a reviewer who fixes wrong types one at a time, taking
the right answer from a labelled dataset: evaluation runs use them to draw the
learning curve (0, 1, 2, 5, 10, 20 corrections) on the real store.
"""

from __future__ import annotations

import json
import random
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from migrascope.errors import InputError
from migrascope.tools.classification import (
    Classification,
    asset_name,
    example_record,
    load_classifier,
    signature,
)

if TYPE_CHECKING:
    from migrascope.memory import AssetRecord, Pattern, Store
    from migrascope.tools.mapping import ColumnMapping

__all__ = [
    "CurvePoint",
    "LabelledEstate",
    "accuracy",
    "apply_corrections",
    "classify_estate",
    "learning_curve",
    "load_labelled_estate",
    "teach_asset",
]


def teach_asset(
    store: Store,
    tenant: str,
    record: Mapping[str, Any],
    label: str,
    *,
    previous: str | None = None,
    confidence: float | None = None,
    agent: str = "human",
) -> Pattern:
    """Store that this asset (and assets like it) is of type ``label`` for ``tenant``.

    A confirmation when ``previous == label``, a correction otherwise; both are
    logged as feedback with the pattern they produced.
    """
    name = asset_name(record)
    if not name:
        raise InputError("An asset needs a name (hostname, fqdn or asset id) to be taught.")
    pattern = store.classification_patterns.teach(
        tenant,
        signature(record),
        label,
        features={"name": name, "record": example_record(record)},
        agent=agent,
    )
    store.feedback.record(
        tenant,
        operation="asset_classification",
        subject=name,
        action="confirm" if previous == label else "correct",
        proposed=previous,
        corrected=label,
        confidence=confidence,
        pattern_ids=[pattern.pattern_id],
        actor=agent,
    )
    return pattern


@dataclass
class LabelledEstate:
    """Canonical records of a labelled dataset with the true type of each row."""

    name: str
    records: list[AssetRecord]
    labels: list[str]


def load_labelled_estate(directory: Path | str) -> LabelledEstate:
    """Read ``export.*`` of a dataset mapped by its ``truth.json`` (no mapper involved).

    Classification is measured on its own: columns are mapped as the truth says, so
    a mapping mistake cannot show up as a classification mistake.
    """
    from migrascope.tools.conversion import iter_records
    from migrascope.tools.mapping import MappingResult
    from migrascope.tools.readers import open_table

    directory = Path(directory)
    truth = json.loads((directory / "truth.json").read_text(encoding="utf-8"))
    exports = sorted(directory.glob("export.*"))
    if not exports:
        raise InputError(f"{directory} has no export.* file next to its truth.json.")
    units = truth.get("units", {})
    by_row = {int(r["row"]): r["asset_type"] for r in truth["rows"]}
    with open_table(exports[0]) as table:
        columns = [_truth_column(h, truth["columns"].get(h), units.get(h)) for h in table.headers]
        records = [r for r in iter_records(table.rows, table.headers, MappingResult(columns))]
    kept = [r for r in records if r.row_number in by_row]
    return LabelledEstate(directory.name, kept, [by_row[r.row_number] for r in kept])


def _truth_column(header: str, target: str | None, unit: str | None) -> ColumnMapping:
    """The truth's mapping of one column, with the value transforms the mapper would add
    (``IsPhysical`` read inverted, a combined "OS + version" value split)."""
    from migrascope.tools.mapping import ColumnMapping
    from migrascope.tools.mapping_lexicon import combined_spec, is_inverted

    column = ColumnMapping(header, target, 1.0, "auto", unit, [])
    if target is None:
        return column
    spec = combined_spec(header)
    if spec and spec[1][0] == target:
        column.transform, column.also = spec[0], list(spec[1][1:])
    if target == "is_virtual" and is_inverted(header):
        column.transform = "invert"
    return column


def classify_estate(
    store: Store, tenant: str, records: Sequence[AssetRecord]
) -> list[Classification]:
    """Classify records with the tenant's current patterns and model."""
    classifier = load_classifier(store, tenant)
    return classifier.classify_many(
        [r.canonical for r in records], extras=[r.extra for r in records]
    )


def accuracy(
    results: Sequence[Classification], labels: Sequence[str], skip: set[int] | None = None
) -> float:
    """Share of right types, leaving out the indexes in ``skip`` (rows already taught)."""
    pairs = [
        (r.asset_type, label)
        for i, (r, label) in enumerate(zip(results, labels, strict=True))
        if not skip or i not in skip
    ]
    return sum(a == b for a, b in pairs) / len(pairs) if pairs else 0.0


def apply_corrections(
    store: Store,
    tenant: str,
    records: Sequence[AssetRecord],
    labels: Sequence[str],
    n: int,
    *,
    seed: int = 0,
    already: set[int] | None = None,
) -> list[int]:
    """Correct ``n`` wrong types, one at a time, re-classifying after each.

    A simulated reviewer: among the rows still wrong (and not corrected before),
    it picks one at random (seeded) and teaches its true label. Returns the
    indexes corrected; fewer than ``n`` when nothing is wrong any more.
    """
    done = already if already is not None else set()
    rng = random.Random(f"{seed}:{len(done)}")
    corrected: list[int] = []
    for _ in range(n):
        results = classify_estate(store, tenant, records)
        wrong = [
            i
            for i, (r, label) in enumerate(zip(results, labels, strict=True))
            if r.asset_type != label and i not in done
        ]
        if not wrong:
            break
        i = rng.choice(wrong)
        teach_asset(
            store,
            tenant,
            records[i].canonical,
            labels[i],
            previous=results[i].asset_type,
            confidence=results[i].confidence,
            agent="simulated-reviewer",
        )
        done.add(i)
        corrected.append(i)
    return corrected


@dataclass
class CurvePoint:
    """Accuracy on the rows not taught, after ``corrections`` corrections."""

    corrections: int
    accuracy: float
    rows: int


def learning_curve(
    store: Store,
    tenant: str,
    records: Sequence[AssetRecord],
    labels: Sequence[str],
    steps: Sequence[int] = (0, 1, 2, 5, 10, 20),
    *,
    seed: int = 0,
) -> list[CurvePoint]:
    """Accuracy after each number of corrections in ``steps`` (cumulative, one tenant).

    Use a fresh tenant: the curve starts from whatever that tenant already knows.
    """
    done: set[int] = set()
    points = []
    for step in sorted(steps):
        missing = step - len(done)
        if missing > 0:
            apply_corrections(store, tenant, records, labels, missing, seed=seed, already=done)
        results = classify_estate(store, tenant, records)
        points.append(
            CurvePoint(step, accuracy(results, labels, skip=done), len(records) - len(done))
        )
    return points
