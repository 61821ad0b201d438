"""Integrity of the bundled labelled datasets in ``evals/datasets``.

Why: every accuracy number the evaluation reports is only as good as the truth files.
These checks read each export independently of the product's readers (with the
encoding, delimiter and header row the truth claims) and verify that the truth
describes the file exactly: same headers, one label per data row, valid labels, and a
valid split. They also prove the committed files are what the generator writes.
"""

from __future__ import annotations

import csv
import importlib.util
import io
import json
import sys
import tomllib
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from migrascope.config import CANONICAL_FIELDS, TAXONOMY
from migrascope.evaluation import load_dataset
from migrascope.evaluation._dataset import SPLITS

ROOT = Path(__file__).resolve().parents[2] / "evals"
DATASETS = ROOT / "datasets"
ENVIRONMENTS = {"production", "staging", "test", "development", "dr", None}
EXPORTS = ("export.csv", "export.json", "export.xlsx")


def _index() -> list[dict[str, Any]]:
    return json.loads((DATASETS / "index.json").read_text(encoding="utf-8"))


def _names() -> list[str]:
    return sorted(p.name for p in DATASETS.iterdir() if p.is_dir())


def _flatten(obj: dict[str, Any], prefix: str = "") -> dict[str, list[str]]:
    """Dotted paths as the dataset README defines them (``<array>.<key>`` for arrays)."""
    out: dict[str, list[str]] = {}
    for key, value in obj.items():
        name = f"{prefix}{key}"
        if isinstance(value, dict):
            for k, v in _flatten(value, f"{name}.").items():
                out.setdefault(k, []).extend(v)
        elif isinstance(value, list) and value and all(isinstance(v, dict) for v in value):
            for element in value:
                for k, v in _flatten(element, f"{name}.").items():
                    out.setdefault(k, []).extend(v)
        else:
            out[name] = [json.dumps(value) if isinstance(value, list) else str(value)]
    return out


def _read(folder: Path, truth: dict[str, Any]) -> tuple[list[str], list[list[str]]]:
    """(headers, rows of cell texts) read the way the truth says the file is written."""
    if (folder / "export.csv").is_file():
        text = (folder / "export.csv").read_bytes().decode(truth["encoding"])
        lines = list(csv.reader(io.StringIO(text), delimiter=truth["delimiter"]))
        skip = truth["header_row"] - 1
        return [h.lstrip("\ufeff") for h in lines[skip]], [r for r in lines[skip + 1 :] if r]
    if (folder / "export.json").is_file():
        doc = json.loads((folder / "export.json").read_text(encoding="utf-8"))
        records = (
            doc
            if isinstance(doc, list)
            else next(v for v in doc.values() if isinstance(v, list) and v)  # "entities", ...
        )
        headers: list[str] = []
        rows = []
        for record in records:
            flat = _flatten(record)
            headers += [k for k in flat if k not in headers]
            rows.append([x for values in flat.values() for x in values])
        return headers, rows
    book = openpyxl.load_workbook(folder / "export.xlsx", read_only=True)
    sheet = book[truth["sheet"]]
    values = [
        ["" if c is None else str(c) for c in row] for row in sheet.iter_rows(values_only=True)
    ]
    return values[0], values[1:]


def test_index_lists_every_folder_once_with_a_valid_split() -> None:
    index = _index()
    assert sorted(e["name"] for e in index) == _names()
    assert all(e["split"] in SPLITS for e in index)
    held = {e["name"] for e in index if e["split"] == "held-out"}
    # The held-out split covers at least three tools (two files each) and two estates
    # (round 14 has three: its writer found no documented field list for a fourth).
    tools = {e["tool"] for e in index if e["split"] == "held-out" and e["tool"] != "cmdb_generic"}
    assert len(tools) >= 3
    assert all(
        sum(1 for e in index if e["tool"] == t and e["split"] == "held-out") >= 2 for t in tools
    )
    assert sum(1 for n in held if n.startswith("estate_")) >= 2
    tuned = {e["tool"] for e in index if e["split"] == "dev"}
    assert not tools & tuned, "a held-out tool must not also have tuning data"


def test_blind_rounds_name_dev_tools_once_each() -> None:
    """``evals/blind_rounds.toml`` drives the benchmark's dev groups and the replays: a
    tool named there must exist, be dev (a held-out tool replayed would train the
    reranker on the rounds that measure it) and belong to one round only."""
    with (ROOT / "blind_rounds.toml").open("rb") as fh:
        rounds = tomllib.load(fh)["round"]
    index = _index()
    dev = {e["tool"] for e in index if e["split"] == "dev"}
    named = [t for r in rounds for t in r["tools"]]
    assert len(named) == len(set(named)), "a tool sits in two rounds"
    assert set(named) <= dev, sorted(set(named) - dev)
    numbers = [r["number"] for r in rounds]
    assert numbers == sorted(set(numbers))
    assert all(len(r.get("replayed_at", "abcdef0")) == 7 for r in rounds)


@pytest.mark.parametrize("name", _names())
def test_truth_describes_the_export_exactly(name: str) -> None:
    folder = DATASETS / name
    exports = [e for e in EXPORTS if (folder / e).is_file()]
    assert len(exports) == 1 and (folder / "truth.json").is_file()
    truth = json.loads((folder / "truth.json").read_text(encoding="utf-8"))
    entry = next(e for e in _index() if e["name"] == name)
    assert truth.get("split", "dev") == entry["split"]
    assert load_dataset(folder).split == entry["split"]
    assert entry["rows"] == len(truth["rows"])
    assert load_dataset(folder).columns == truth["columns"]  # the product loads it too

    headers, rows = _read(folder, truth)
    if truth["format"] == "json" and entry["split"] == "dev":
        # The older JSON truths (Device42) leave out some unmapped nested keys.
        assert set(truth["columns"]) <= set(headers)
    else:
        assert headers == list(truth["columns"]), "truth columns must be the export headers"
    assert set(truth["units"]) <= set(truth["columns"])
    assert {t for t in truth["columns"].values() if t} <= set(CANONICAL_FIELDS)
    assert [r["row"] for r in truth["rows"]] == list(range(1, len(rows) + 1))
    for label, cells in zip(truth["rows"], rows, strict=True):
        assert label["name"] in cells, f"row {label['row']}: {label['name']!r} not in the row"
        assert label["asset_type"] in TAXONOMY
        assert label["environment"] in ENVIRONMENTS
    if truth["pair"]:
        other = json.loads((DATASETS / truth["pair"] / "truth.json").read_text(encoding="utf-8"))
        assert other["pair"] == name and other["tool"] == truth["tool"]


def _generator() -> Any:
    """``evals/build_datasets.py`` loaded as a module."""
    spec = importlib.util.spec_from_file_location("build_datasets", ROOT / "build_datasets.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses resolve annotations through it
    try:
        spec.loader.exec_module(module)
    finally:
        sys.modules.pop(spec.name, None)
    return module


def test_the_committed_files_are_what_the_generator_writes(tmp_path: Path) -> None:
    module = _generator()
    module.OUT = tmp_path
    module.main()
    for path in sorted(tmp_path.rglob("*")):
        if path.is_file():
            rel = path.relative_to(tmp_path)
            assert path.read_bytes() == (DATASETS / rel).read_bytes(), f"{rel} differs"


def test_second_labels_name_bundled_datasets_and_canonical_fields():
    """``evals/agreement``: a second, blind labelling of some datasets (bench_agreement.py)."""
    files = sorted((ROOT / "agreement").glob("*.json"))
    assert len(files) >= 8
    for path in files:
        second = json.loads(path.read_text(encoding="utf-8"))
        assert second["dataset"] == path.stem and path.stem in _names()
        first = json.loads((DATASETS / path.stem / "truth.json").read_text())["columns"]
        labels = second["columns"]
        assert set(labels.values()) <= set(CANONICAL_FIELDS) | {None}
        # the second labeller read the same export: most of its columns are the truth's
        assert len(set(labels) & set(first)) >= 0.9 * len(first)


def test_a_relabel_replaces_the_label_it_names_and_a_stale_one_stops_the_build(
    tmp_path: Path,
) -> None:
    module = _generator()
    path = tmp_path / "relabel.toml"
    path.write_text(
        '[[relabel]]\ndataset = "x_a"\nheader = "id"\nwas = ""\nfield = "asset_id"\n'
        'rule = "the record key"\n',
        encoding="utf-8",
    )
    relabels = module.load_relabels(path)
    columns, changes = module.relabelled("x_a", {"id": None, "Name": "hostname"}, relabels)
    assert columns == {"id": "asset_id", "Name": "hostname"}
    assert changes == {"id": {"was": None, "rule": "the record key"}}
    assert module.relabelled("x_b", {"id": None}, relabels) == ({"id": None}, {})
    with pytest.raises(SystemExit, match="expected label None, found 'asset_id'"):
        module.relabelled("x_a", {"id": "asset_id"}, relabels)
    with pytest.raises(SystemExit, match="no such column"):
        module.relabelled("x_a", {"uuid": None}, relabels)


def test_every_committed_relabel_is_in_its_truth_file() -> None:
    """``evals/relabel/*.toml``: each change names a canonical field and reached truth.json."""
    relabels = _generator().load_relabels()
    for dataset, changes in relabels.items():
        truth = json.loads((DATASETS / dataset / "truth.json").read_text(encoding="utf-8"))
        for header, entry in changes.items():
            assert entry["field"] in {*CANONICAL_FIELDS, ""}, (dataset, header)
            assert entry["was"] in {*CANONICAL_FIELDS, ""}, (dataset, header)
            assert entry["field"] != entry["was"] and entry["rule"].strip()
            assert truth["columns"][header] == (entry["field"] or None)
            assert truth["relabelled"][header]["was"] == (entry["was"] or None)
