"""The learned header model: its examples, what it generalises and how the mapper uses it.
No database needed."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from migrascope.memory import default_thresholds
from migrascope.tools.mapping import map_columns
from migrascope.tools.mapping_lexicon import is_opaque_header, name_evidence
from migrascope.tools.mapping_model import (
    HeaderModel,
    LabelledColumn,
    default_model,
    kinds_text,
    load_examples,
)
from migrascope.tools.profiling import profile_table

T = default_thresholds("field_mapping")
EVALS = Path(__file__).resolve().parents[2] / "evals"
N = 30


def _builder():
    spec = importlib.util.spec_from_file_location(
        "build_mapping_examples", EVALS / "build_mapping_examples.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _small_model() -> HeaderModel:
    """A model of a dozen labelled columns: enough to see it generalise."""
    rows = [
        ("Squad Name", "K_word", "department"),
        ("Owning Squad", "K_word", "department"),
        ("Memory MB", "K_integer", "memory_gb"),
        ("RAM Size", "K_integer", "memory_gb"),
        ("Mem Total", "K_integer", "memory_gb"),
        ("IP Address", "K_ipv4", "ip_address"),
        ("Primary IP", "K_ipv4", "ip_address"),
        ("Server Name", "K_hostname", "hostname"),
        ("Host Name", "K_hostname", "hostname"),
        ("Notes", "K_text", None),
        ("Last Scan", "K_date", None),
        ("Env", "K_environment", "environment"),
        ("Stage", "K_environment", "environment"),
    ]
    return HeaderModel([LabelledColumn("t", h, k, f) for h, k, f in rows])


def test_shipped_examples_are_the_current_labelled_dev_columns():
    """``evals/build_mapping_examples.py`` must be re-run when labels or the profiler change."""
    assert load_examples() == _builder().labelled_columns()


def test_examples_never_include_held_out_datasets_or_opaque_headers():
    index = json.loads((EVALS / "datasets" / "index.json").read_text())
    dev_tools = {e["tool"] for e in index if e.get("split") != "held-out"}
    held_out_only = {e["tool"] for e in index if e.get("split") == "held-out"} - dev_tools
    examples = load_examples()
    assert held_out_only, "the bundled data has tools that are held out"
    assert not held_out_only & {e.tool for e in examples}
    assert not [e.header for e in examples if is_opaque_header(e.header)]
    assert len({e.tool for e in examples}) >= 30


@pytest.mark.parametrize(
    ("header", "opaque"),
    [
        ("Custom1", True),
        ("UDF 3", True),
        ("Field 7", True),
        ("data.field_15.value", True),  # Asset Panda: fields by number
        ("custom_fields.Owner", False),
        ("Data Center", False),
    ],
)
def test_opaque_headers_are_containers_and_numbers(header, opaque):
    assert is_opaque_header(header) is opaque


def test_the_model_reads_spellings_it_was_not_taught():
    model = _small_model()
    readings = model.read([("mem_size_mb", None), ("primary_ipaddr", None), ("squad", None)])
    assert [r[0].target for r in readings] == ["memory_gb", "ip_address", "department"]
    # the reason names the nearest taught column that holds the field
    assert readings[2][0].nearest is not None
    assert readings[2][0].nearest.header in {"Squad Name", "Owning Squad"}
    assert readings[0][0].probability > readings[0][1].probability


def test_the_header_lift_is_what_the_header_adds_over_the_values():
    model = _small_model()
    envs = profile_table(["x"], [[["prod", "dev", "test"][i % 3]] for i in range(N)])[0]
    assert kinds_text(envs) == "K_environment"
    named, opaque = model.read([("Environment", envs), ("zz", envs)], top=1)
    assert named[0].target == opaque[0].target == "environment"
    assert named[0].header_lift > opaque[0].header_lift
    assert opaque[0].from_values > 0.3  # the values alone already say it


def test_the_mapper_takes_the_model_reading_as_evidence_with_its_reason():
    """``Squad`` is in no lexicon; a model taught ``Squad Name`` maps it."""
    assert not name_evidence("Squad")
    rows = [[f"srv{i}", ["payments", "search", "identity"][i % 3]] for i in range(N)]
    cold = map_columns(["Name", "Squad"], thresholds=T, sample=rows)
    taught = map_columns(["Name", "Squad"], thresholds=T, sample=rows, header_model=_small_model())
    assert cold.columns[1].proposed != "department"
    # off by default (mapping_model.toml): no reading without a model passed in
    assert not any("header model" in r for r in cold.columns[1].reasons)
    col = taught.columns[1]
    # The model alone proposes; it never applies a field without other evidence.
    assert (col.proposed, col.decision) in {("department", "suggest"), ("department", "unmapped")}
    assert any("header model reads it as department" in r for r in col.reasons)
    assert any("Squad Name" in r or "Owning Squad" in r for r in col.reasons)


def test_the_lexicon_alone_reads_a_spelling_it_knows_exactly():
    """A model that learned otherwise does not overrule an exact lexicon entry."""
    wrong = HeaderModel(
        [
            LabelledColumn("t", "Hostname", "K_hostname", "application_name"),
            LabelledColumn("t", "Host Name", "K_hostname", "application_name"),
            LabelledColumn("t", "Memory", "K_integer", "memory_gb"),
        ]
    )
    rows = [[f"srv{i}"] for i in range(N)]
    col = map_columns(["Hostname"], thresholds=T, sample=rows, header_model=wrong).columns[0]
    assert col.target == "hostname"
    assert not any("header model" in r for r in col.reasons)


def test_the_bundled_model_reads_new_spellings_of_common_fields():
    model = default_model()
    assert len({e.tool for e in model.examples}) >= 30
    headers = ["vm_memory_size_mb", "primary_ipv4_addr", "operating_sys_name"]
    sample = [
        [str(1024 * (1 + i % 8)), f"10.0.{i}.5", ["Ubuntu 22.04", "Windows Server 2019"][i % 2]]
        for i in range(N)
    ]
    profiles = profile_table(headers, sample)
    readings = model.read(zip(headers, profiles, strict=True), top=1)
    assert [r[0].target for r in readings] == ["memory_gb", "ip_address", "os_name"]
    assert all(r[0].probability > 0.5 for r in readings)
