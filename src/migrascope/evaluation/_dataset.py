"""Labelled datasets: an export file plus its truth, found by folder or bundled name.

A dataset is a folder holding one ``export.csv|json|xlsx`` and a ``truth.json`` (the
format is documented in ``docs/evaluation.md``). Bundled datasets live in the
repository's ``evals/datasets/``; generated estates come from ``tools.synthetic``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from migrascope.errors import InputError

__all__ = [
    "SPLITS",
    "Dataset",
    "RowTruth",
    "bundled_dataset_dir",
    "bundled_dataset_names",
    "generate_dataset",
    "load_dataset",
    "resolve_datasets",
]

# "dev": the lexicon, rules or calibration may have been tuned on it; "held-out": never.
SPLITS = ("dev", "held-out")
_EXPORT_NAMES = ("export.csv", "export.json", "export.jsonl", "export.xlsx")


@dataclass(frozen=True)
class RowTruth:
    """What one data row really is (``row`` is the 1-based data row number)."""

    row: int
    name: str | None
    asset_type: str | None
    environment: str | None = None
    application: str | None = None


@dataclass
class Dataset:
    """One labelled export; ``columns`` maps each source header to its field (or None)."""

    name: str
    folder: Path
    export: Path
    tool: str
    columns: dict[str, str | None]
    rows: dict[int, RowTruth]
    pair: str | None = None
    description: str = ""
    split: str = "dev"
    extra: dict[str, Any] = field(default_factory=dict)

    def pair_dataset(self) -> Dataset | None:
        """The other file of the same tool, when it sits beside this one."""
        if not self.pair:
            return None
        folder = self.folder.parent / self.pair
        return load_dataset(folder) if (folder / "truth.json").is_file() else None


def _require(truth: dict[str, Any], key: str, kind: type, where: Path) -> Any:
    value = truth.get(key)
    if not isinstance(value, kind):
        raise InputError(
            f"{where}: key {key!r} must be a {kind.__name__} "
            f"(got {type(value).__name__}); see docs/evaluation.md for the dataset format."
        )
    return value


def load_dataset(folder: Path | str) -> Dataset:
    """Read a dataset folder; every problem names the file and the key."""
    folder = Path(folder)
    truth_path = folder / "truth.json"
    if not folder.is_dir():
        raise InputError(f"{folder}: no such dataset folder (expected export.* and truth.json).")
    if not truth_path.is_file():
        raise InputError(f"{folder}: no truth.json; a dataset needs an export and its truth.")
    exports = [folder / n for n in _EXPORT_NAMES if (folder / n).is_file()]
    if len(exports) != 1:
        found = ", ".join(p.name for p in exports) or "none"
        raise InputError(
            f"{folder}: expected exactly one of {', '.join(_EXPORT_NAMES)}; found {found}."
        )
    try:
        truth = json.loads(truth_path.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InputError(f"{truth_path}: not valid JSON ({exc}).") from exc
    if not isinstance(truth, dict):
        raise InputError(f"{truth_path}: the truth must be a JSON object.")
    columns = _require(truth, "columns", dict, truth_path)
    for header, target in columns.items():
        if target is not None and not isinstance(target, str):
            raise InputError(
                f"{truth_path}: column {header!r} maps to {target!r}; use a field name or null."
            )
    rows: dict[int, RowTruth] = {}
    for i, r in enumerate(_require(truth, "rows", list, truth_path)):
        if not isinstance(r, dict) or not isinstance(r.get("row"), int):
            raise InputError(f"{truth_path}: rows[{i}] needs an integer 'row' (1-based data row).")
        rows[r["row"]] = RowTruth(
            r["row"], r.get("name"), r.get("asset_type"), r.get("environment"), r.get("application")
        )
    split = truth.get("split") or "dev"
    if split not in SPLITS:
        raise InputError(
            f"{truth_path}: key 'split' is {split!r}; use one of {', '.join(SPLITS)} "
            "(held-out data was never used to tune the lexicon, rules or calibration)."
        )
    known = {"tool", "description", "columns", "rows", "pair", "split"}
    return Dataset(
        name=folder.name,
        folder=folder,
        export=exports[0],
        tool=str(truth.get("tool") or folder.name),
        columns=dict(columns),
        rows=rows,
        pair=truth.get("pair") or None,
        description=str(truth.get("description") or ""),
        split=split,
        extra={k: v for k, v in truth.items() if k not in known},
    )


def bundled_dataset_dir() -> Path | None:
    """``evals/datasets`` of the working directory, else of the source checkout."""
    candidates = [Path.cwd() / "evals" / "datasets"]
    candidates += [p / "evals" / "datasets" for p in Path(__file__).resolve().parents]
    return next(
        (c for c in candidates if (c / "README.md").is_file() or any(c.glob("*/truth.json"))), None
    )


def bundled_dataset_names() -> list[str]:
    """Names of the bundled datasets, sorted."""
    root = bundled_dataset_dir()
    if root is None:
        return []
    return sorted(p.parent.name for p in root.glob("*/truth.json"))


def generate_dataset(
    out_dir: Path,
    name: str,
    *,
    n_assets: int = 300,
    seed: int = 0,
    convention: str = "dash",
    header_style: str = "generic",
    pair: str | None = None,
) -> Dataset:
    """Write a synthetic estate as a dataset folder (``export.csv`` + ``truth.json``)."""
    from migrascope.tools.synthetic import generate_estate, write_csv, write_truth

    folder = Path(out_dir) / name
    estate = generate_estate(n_assets, seed=seed, convention=convention, header_style=header_style)
    write_csv(estate, folder / "export.csv")
    write_truth(estate, folder / "truth.json")
    if pair:
        truth = json.loads((folder / "truth.json").read_text(encoding="utf-8"))
        truth["pair"] = pair
        (folder / "truth.json").write_text(json.dumps(truth, indent=1) + "\n", encoding="utf-8")
    return load_dataset(folder)


def resolve_datasets(specs: list[str]) -> list[Dataset]:
    """Datasets from folder paths or bundled names; unknown ones fail with the choices."""
    out: list[Dataset] = []
    root = bundled_dataset_dir()
    for spec in specs:
        path = Path(spec)
        if path.is_dir():
            out.append(load_dataset(path))
        elif root is not None and (root / spec / "truth.json").is_file():
            out.append(load_dataset(root / spec))
        else:
            names = ", ".join(bundled_dataset_names()) or "none found"
            raise InputError(
                f"Dataset {spec!r} is neither a folder nor a bundled dataset (bundled: {names})."
            )
    return out
