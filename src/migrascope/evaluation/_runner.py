"""One evaluation run: every dataset through the pipeline, scored, beside the baselines.

Each dataset gets fresh tenants (one for the cold start and type corrections, one for
mapping corrections), so a run never sees patterns from another run or from the
other datasets, and learning curves start cold.
"""

from __future__ import annotations

import time
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from migrascope.evaluation._baselines import (
    VALENTINE_MATCHERS,
    exact_name_mapping,
    fuzzy_name_mapping,
    valentine_available,
    valentine_mapping,
)
from migrascope.evaluation._dataset import Dataset
from migrascope.evaluation._learning import (
    CURVE_STEPS,
    classification_curve,
    mapping_curve,
)
from migrascope.evaluation._metrics import (
    Decision,
    accuracy_by_band,
    expected_calibration_error,
    reliability_bins,
)
from migrascope.evaluation._scoring import (
    ColumnScore,
    RowScore,
    decisions,
    score_columns,
    score_rows,
    share_correct,
)
from migrascope.memory import Store
from migrascope.tools.classification import load_classifier
from migrascope.tools.conversion import iter_records
from migrascope.tools.importing import import_file, map_file
from migrascope.tools.readers import open_table

__all__ = ["DatasetResult", "EvalRun", "evaluate_dataset", "run_evaluation"]

ProgressFn = Callable[[str], None]


def fresh_tenant(store: Store, label: str) -> str:
    """A tenant no earlier run used (``eval-<random>-<label>``)."""
    safe = "".join(ch if ch.isalnum() or ch in "_.-" else "-" for ch in label)
    return store.ensure_tenant(f"eval-{uuid.uuid4().hex[:10]}-{safe}"[:64])


@dataclass
class _Pipeline:
    """What the cold pipeline produced for one file."""

    columns: list[ColumnScore]
    records: list[dict[str, Any]]
    row_numbers: list[int]
    predictions: dict[int, tuple[str, float]]
    environments: dict[int, str | None]
    headers: list[str]
    sample: list[list[str]]
    seconds: float


def _run_pipeline(store: Store, tenant: str, dataset: Dataset) -> _Pipeline:
    """Map, convert and classify the file as ``import`` does, without storing it."""
    started = time.perf_counter()
    with open_table(dataset.export) as table:
        mapping = map_file(store, tenant, table)
        headers = list(table.headers)
        sample = [list(r.values) for r in table.sample[:200]]
        records = list(iter_records(table.rows, table.headers, mapping))
    classifier = load_classifier(store, tenant)
    canon = [r.canonical for r in records]
    results = []
    for lo in range(0, len(canon), 2000):
        results.extend(classifier.classify_many(canon[lo : lo + 2000]))
    predicted = {c.source: (c.target, float(c.confidence), c.decision) for c in mapping.columns}
    envs: dict[int, str | None] = {}
    for rec, cls in zip(records, results, strict=True):
        facet = getattr(cls, "environment", None)
        env = getattr(facet, "value", facet) or rec.canonical.get("environment")
        envs[rec.row_number] = str(env).lower() if env else None
    return _Pipeline(
        columns=score_columns(dataset.columns, predicted),
        records=canon,
        row_numbers=[r.row_number for r in records],
        predictions={
            r.row_number: (c.asset_type, float(c.confidence))
            for r, c in zip(records, results, strict=True)
        },
        environments=envs,
        headers=headers,
        sample=sample,
        seconds=time.perf_counter() - started,
    )


@dataclass
class DatasetResult:
    """Scores of one dataset; ``to_json`` is its entry in ``eval --json``."""

    name: str
    tool: str
    rows: int
    seconds: float
    columns: list[ColumnScore]
    types: list[RowScore]
    baselines: dict[str, list[ColumnScore]]
    mapping_curve: list[dict[str, Any]]
    classification_curve: list[dict[str, Any]]
    environment: tuple[int, int] = (0, 0)
    pair: str | None = None
    split: str = "dev"
    notes: list[str] = field(default_factory=list)

    @property
    def mapping_top1(self) -> float:
        return share_correct(self.columns)

    @property
    def classification_accuracy(self) -> float | None:
        return share_correct(self.types) if self.types else None

    def to_json(self) -> dict[str, Any]:
        labelled = [c for c in self.columns if c.truth is not None]
        map_dec = decisions(self.columns)
        cls_dec = decisions(self.types)
        top1 = self.mapping_top1
        return {
            "name": self.name,
            "tool": self.tool,
            "split": self.split,
            "mapping_top1": round(top1, 4),
            "classification_accuracy": _r(self.classification_accuracy),
            "rows": self.rows,
            "seconds": round(self.seconds, 3),
            "seconds_per_1000_rows": round(self.seconds / self.rows * 1000, 4)
            if self.rows
            else None,
            "columns": len(self.columns),
            "mapping_top1_labelled": _r(share_correct(labelled) if labelled else None),
            "mapping_bands": {k: v.to_json() for k, v in accuracy_by_band(map_dec).items()},
            "mapping_ece": _r(expected_calibration_error(map_dec)),
            "classification_bands": {k: v.to_json() for k, v in accuracy_by_band(cls_dec).items()},
            "classification_ece": _r(expected_calibration_error(cls_dec)),
            "environment_accuracy": _r(
                self.environment[0] / self.environment[1] if self.environment[1] else None
            ),
            "baselines": {
                name: {
                    "mapping_top1": round(share_correct(scores), 4),
                    "ratio": _ratio(top1, share_correct(scores)),
                }
                for name, scores in self.baselines.items()
            },
            "learning_curve": {
                "mapping": self.mapping_curve,
                "classification": self.classification_curve,
            },
            "pair": self.pair,
            "mapping_errors": [c.to_json() for c in self.columns if not c.correct],
            "notes": self.notes,
        }


def _r(value: float | None) -> float | None:
    return None if value is None else round(value, 4)


def _ratio(ours: float, baseline: float) -> float | None:
    """How many times the baseline's accuracy migrascope reaches (None if it scored 0)."""
    return round(ours / baseline, 3) if baseline > 0 else None


def evaluate_dataset(
    store: Store,
    dataset: Dataset,
    *,
    steps: Sequence[int] = CURVE_STEPS,
    use_valentine: bool = True,
) -> DatasetResult:
    """Score one dataset: cold mapping and types, baselines, learning curves, import speed."""
    notes: list[str] = []
    cold = fresh_tenant(store, dataset.name)
    run = _run_pipeline(store, cold, dataset)
    labels = {r: t.asset_type for r, t in dataset.rows.items()}
    types = score_rows(labels, run.predictions)
    env_pairs = [
        (run.environments.get(r), t.environment)
        for r, t in dataset.rows.items()
        if t.environment is not None
    ]
    environment = (sum(p == t for p, t in env_pairs), len(env_pairs))

    baselines: dict[str, list[ColumnScore]] = {}
    for name, mapper in (("exact_name", exact_name_mapping), ("fuzzy_name", fuzzy_name_mapping)):
        pred = {h: (t, 1.0, "auto" if t else "unmapped") for h, t in mapper(run.headers).items()}
        baselines[name] = score_columns(dataset.columns, pred)
    if use_valentine and valentine_available():
        for matcher in VALENTINE_MATCHERS:
            try:
                found = valentine_mapping(run.headers, run.sample, matcher)
            except Exception as exc:  # a third-party matcher failing must not end the run
                notes.append(f"valentine {matcher} failed: {type(exc).__name__}: {exc}")
                continue
            pred = {h: (t, 1.0, "auto" if t else "unmapped") for h, t in found.items()}
            baselines[f"valentine_{matcher}"] = score_columns(dataset.columns, pred)

    pair = dataset.pair_dataset()
    if dataset.pair and pair is None:
        notes.append(f"pair {dataset.pair!r} not found beside {dataset.folder}; no transfer score")
    m_curve = mapping_curve(store, fresh_tenant(store, dataset.name + "-map"), dataset, pair, steps)
    pair_cls = None
    if pair is not None:
        pair_run = _run_pipeline(store, cold, pair)
        by_row = dict(zip(pair_run.row_numbers, pair_run.records, strict=True))
        rows = sorted(r for r in pair.rows if r in by_row)
        pair_cls = ([by_row[r] for r in rows], [pair.rows[r].asset_type for r in rows])
    c_curve = classification_curve(
        store,
        cold,
        run.records,
        [labels.get(r) for r in run.row_numbers],
        pair_cls,
        steps,
    )

    # Throughput is measured on the real import (map, convert, classify, store) into the
    # cold tenant, after scoring, so stored rows cannot influence the scores.
    report = import_file(store, cold, dataset.export)
    return DatasetResult(
        name=dataset.name,
        tool=dataset.tool,
        rows=report.rows_total,
        seconds=report.seconds,
        columns=run.columns,
        types=types,
        baselines=baselines,
        mapping_curve=m_curve,
        classification_curve=c_curve,
        environment=environment,
        pair=dataset.pair,
        split=dataset.split,
        notes=notes,
    )


@dataclass
class EvalRun:
    """All datasets of a run and the pooled figures; ``to_json`` is ``eval --json``."""

    results: list[DatasetResult]
    notes: list[str] = field(default_factory=list)

    def all_columns(self) -> list[ColumnScore]:
        return [c for r in self.results for c in r.columns]

    def all_types(self) -> list[RowScore]:
        return [t for r in self.results for t in r.types]

    def mapping_decisions(self) -> list[Decision]:
        return decisions(self.all_columns())

    def classification_decisions(self) -> list[Decision]:
        return decisions(self.all_types())

    def overall(self) -> dict[str, Any]:
        cols = self.all_columns()
        types = self.all_types()
        rows = sum(r.rows for r in self.results)
        seconds = sum(r.seconds for r in self.results)
        top1 = share_correct(cols)
        names = sorted({b for r in self.results for b in r.baselines})
        baselines = {}
        for name in names:
            scores = [c for r in self.results for c in r.baselines.get(name, [])]
            covered = [c for r in self.results if name in r.baselines for c in r.columns]
            acc = share_correct(scores)
            baselines[name] = {
                "mapping_top1": round(acc, 4),
                "ratio": _ratio(share_correct(covered), acc),
                "datasets": sum(1 for r in self.results if name in r.baselines),
            }
        env_ok = sum(r.environment[0] for r in self.results)
        env_n = sum(r.environment[1] for r in self.results)
        map_dec, cls_dec = self.mapping_decisions(), self.classification_decisions()
        labelled = [c for c in cols if c.truth is not None]
        return {
            "datasets": len(self.results),
            "mapping_top1": round(top1, 4),
            "mapping_top1_macro": _r(_mean([r.mapping_top1 for r in self.results])),
            "mapping_top1_labelled": _r(share_correct(labelled) if labelled else None),
            "classification_accuracy": _r(share_correct(types) if types else None),
            "classification_accuracy_macro": _r(
                _mean([a for r in self.results if (a := r.classification_accuracy) is not None])
            ),
            "environment_accuracy": _r(env_ok / env_n if env_n else None),
            "columns": len(cols),
            "rows": rows,
            "seconds": round(seconds, 3),
            "seconds_per_1000_rows": round(seconds / rows * 1000, 4) if rows else None,
            "mapping_bands": {k: v.to_json() for k, v in accuracy_by_band(map_dec).items()},
            "mapping_ece": _r(expected_calibration_error(map_dec)),
            "mapping_reliability": reliability_bins(map_dec),
            "classification_bands": {k: v.to_json() for k, v in accuracy_by_band(cls_dec).items()},
            "classification_ece": _r(expected_calibration_error(cls_dec)),
            "classification_reliability": reliability_bins(cls_dec),
            "baselines": baselines,
            "learning_curve": self.mean_curves(),
            "by_split": self.by_split(),
        }

    def by_split(self) -> dict[str, dict[str, Any]]:
        """Pooled accuracy per split: held-out data is the honest cold-start figure."""
        out: dict[str, dict[str, Any]] = {}
        for split in sorted({r.split for r in self.results}):
            chosen = [r for r in self.results if r.split == split]
            cols = [c for r in chosen for c in r.columns]
            types = [t for r in chosen for t in r.types]
            env_ok = sum(r.environment[0] for r in chosen)
            env_n = sum(r.environment[1] for r in chosen)
            out[split] = {
                "datasets": len(chosen),
                "columns": len(cols),
                "rows": sum(r.rows for r in chosen),
                "mapping_top1": _r(share_correct(cols) if cols else None),
                "classification_accuracy": _r(share_correct(types) if types else None),
                "environment_accuracy": _r(env_ok / env_n if env_n else None),
            }
        return out

    def mean_curves(self) -> dict[str, list[dict[str, Any]]]:
        """The learning curves averaged over datasets (each key over those that have it)."""
        out: dict[str, list[dict[str, Any]]] = {}
        for kind in ("mapping", "classification"):
            curves = [
                r.mapping_curve if kind == "mapping" else r.classification_curve
                for r in self.results
            ]
            steps = sorted({p["corrections"] for c in curves for p in c})
            points = []
            for k in steps:
                at = [p for c in curves for p in c if p["corrections"] == k]
                point: dict[str, Any] = {"corrections": k}
                for key in ("accuracy", "heldout_accuracy", "pair_accuracy", "applied"):
                    vals = [p[key] for p in at if p.get(key) is not None]
                    if vals:
                        point[key] = round(_mean(vals) or 0.0, 4)
                points.append(point)
            out[kind] = points
        return out

    def to_json(self) -> dict[str, Any]:
        return {
            "datasets": [r.to_json() for r in self.results],
            "overall": self.overall(),
            "notes": self.notes,
        }


def _mean(values: Sequence[float]) -> float | None:
    return sum(values) / len(values) if values else None


def run_evaluation(
    store: Store,
    datasets: Sequence[Dataset],
    *,
    steps: Sequence[int] = CURVE_STEPS,
    use_valentine: bool = True,
    progress: ProgressFn | None = None,
) -> EvalRun:
    """Evaluate every dataset (each in fresh tenants) and pool the figures."""
    notes = []
    if use_valentine and not valentine_available():
        notes.append(
            "valentine baselines skipped: the optional extra is not installed "
            "(pip install 'migrascope[eval]')"
        )
    results = []
    for ds in datasets:
        if progress is not None:
            progress(ds.name)
        results.append(evaluate_dataset(store, ds, steps=steps, use_valentine=use_valentine))
    return EvalRun(results, notes)
