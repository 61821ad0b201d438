"""Evaluation runs: labelled datasets through the pipeline, scored beside baselines.

``run_evaluation(store, datasets)`` gives an ``EvalRun`` whose ``to_json()`` is the
``migrascope eval --json`` contract; ``write_plots`` draws its PNGs. Datasets are
folders (export + ``truth.json``, see docs/evaluation.md) or generated estates.
"""

from migrascope.evaluation._baselines import (
    VALENTINE_MATCHERS,
    exact_name_mapping,
    fuzzy_name_mapping,
    valentine_available,
    valentine_mapping,
)
from migrascope.evaluation._dataset import (
    SPLITS,
    Dataset,
    RowTruth,
    bundled_dataset_dir,
    bundled_dataset_names,
    generate_dataset,
    load_dataset,
    resolve_datasets,
)
from migrascope.evaluation._learning import CURVE_STEPS, classification_curve, mapping_curve
from migrascope.evaluation._metrics import (
    BANDS,
    BandStats,
    Decision,
    accuracy,
    accuracy_by_band,
    band_of,
    expected_calibration_error,
    reliability_bins,
)
from migrascope.evaluation._plots import write_plots
from migrascope.evaluation._runner import DatasetResult, EvalRun, evaluate_dataset, run_evaluation
from migrascope.evaluation._scoring import ColumnScore, RowScore, score_columns, score_rows

__all__ = [
    "BANDS",
    "CURVE_STEPS",
    "SPLITS",
    "VALENTINE_MATCHERS",
    "BandStats",
    "ColumnScore",
    "Dataset",
    "DatasetResult",
    "Decision",
    "EvalRun",
    "RowScore",
    "RowTruth",
    "accuracy",
    "accuracy_by_band",
    "band_of",
    "bundled_dataset_dir",
    "bundled_dataset_names",
    "classification_curve",
    "evaluate_dataset",
    "exact_name_mapping",
    "expected_calibration_error",
    "fuzzy_name_mapping",
    "generate_dataset",
    "load_dataset",
    "mapping_curve",
    "reliability_bins",
    "resolve_datasets",
    "run_evaluation",
    "score_columns",
    "score_rows",
    "valentine_available",
    "valentine_mapping",
    "write_plots",
]
