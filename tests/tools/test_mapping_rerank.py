"""The reranker: learned from blind runs, the last word on untaught columns of real exports."""

from __future__ import annotations

import json
import random
from collections.abc import Callable
from pathlib import Path

from migrascope.config import data_path, load_data
from migrascope.memory import default_thresholds
from migrascope.tools.importing import map_file
from migrascope.tools.mapping import MappingResult, column_facts, map_columns
from migrascope.tools.mapping_model import default_model
from migrascope.tools.mapping_rerank import (
    ColumnFacts,
    OptionScore,
    Reranker,
    agreements,
    default_reranker,
    load_replays,
    ranked_options,
    settle,
    value_agreement,
    within_experience,
)
from migrascope.tools.profiling import profile_column
from migrascope.tools.readers import open_table

DATASETS = Path(__file__).resolve().parents[2] / "evals" / "datasets"
# SolarWinds Orion, a real export no tool hint recognises (a recognised one keeps its rules).
REAL_EXPORT = DATASETS / "solarwinds_a"


def _truth(folder: Path) -> dict:
    return json.loads((folder / "truth.json").read_text(encoding="utf-8"))


def _map_real(rerank: bool = True, folder: Path = REAL_EXPORT) -> MappingResult:
    with open_table(folder / "export.csv") as table:
        return map_columns(
            table.headers,
            thresholds=default_thresholds("field_mapping"),
            sample=[r.values for r in table.sample],
            rerank=rerank,
        )


def test_the_replays_never_hold_a_held_out_tool():
    # The held-out rounds measure the reranker: it must never have learned from them.
    index = json.loads((DATASETS / "index.json").read_text(encoding="utf-8"))
    held_out = {d["tool"] for d in index if d.get("split") == "held-out"}
    lines = data_path("mapping_replays.jsonl").read_text(encoding="utf-8").splitlines()
    tools = {json.loads(line)["tool"] for line in lines}
    assert held_out and len(tools) >= 60
    assert not held_out & tools
    # Every replayed tool is a labelled development tool whose truth is bundled.
    assert tools <= {d["tool"] for d in index if d.get("split") != "held-out"}
    assert len(load_replays()) == sum(len(json.loads(line)["columns"]) for line in lines)


def _synthetic_file(seed: int) -> list[tuple[ColumnFacts, str | None]]:
    """Fifteen columns: named like a field, half of them dates the header model reads as nothing."""
    columns = []
    for k in range(15):
        trap = (k + seed) % 2 == 0
        columns.append(
            (
                ColumnFacts(
                    header=f"col{k}",
                    target="install_date",
                    confidence=0.93,
                    decision="auto",
                    combine=None,
                    candidates=(("install_date", 0.9, "name", 0.9),),
                    kinds={"date": 1.0},
                    dominant="date",
                    fill=1.0,
                    distinct=0.9,
                    list_share=0.0,
                    columns=15,
                    model=((None, 0.9), ("install_date", 0.1))
                    if trap
                    else (("install_date", 0.85), (None, 0.15)),
                ),
                None if trap else "install_date",
            )
        )
    return columns


def test_a_recognised_export_keeps_the_rules_written_for_its_tool():
    # ServiceNow's hints say its "CPU count" is the socket count: no learned override.
    folder = DATASETS / "servicenow_a"
    on, off = _map_real(folder=folder), _map_real(rerank=False, folder=folder)
    assert on.tool == "servicenow"
    assert [c.to_json() for c in on.columns] == [c.to_json() for c in off.columns]
    assert not any(r.startswith("reranker:") for c in on.columns for r in c.reasons)


def test_a_column_repeating_another_columns_values_agrees_with_it():
    names = [f"web{i:02d}" for i in range(10)]
    fqdns = [f"{n}.corp.example" for n in names]
    other = [f"x{i}" for i in range(10)]
    assert value_agreement(names, fqdns) == 1.0
    assert value_agreement(names, other) == 0.0
    assert value_agreement(names[:4], fqdns[:4]) == 0.0  # too few shared rows to say
    sample = [[n, f, o] for n, f, o in zip(names, fqdns, other, strict=True)]
    agree = agreements(["hostname", None, "description"], sample)
    assert agree[1] == {"hostname": 1.0}  # no agreement with the description at all
    assert agree[0] == {}


def _trained_on(
    make_file: Callable[[int], list[tuple[ColumnFacts, str | None]]], files: int = 40
) -> Reranker:
    """A reranker trained on synthetic files made by ``make_file(seed)``."""
    rows = []
    for seed in range(files):
        file = make_file(seed)
        facts = [f for f, _ in file]
        rows.extend((f, facts, truth) for f, truth in file)
    return Reranker(rows)


def test_the_reranker_learns_which_option_is_right():
    reranker = _trained_on(_synthetic_file)
    unseen = [f for f, _ in _synthetic_file(0)]
    scores = reranker.score(unseen)
    for facts, options in zip(unseen, scores, strict=True):
        trap = facts.model[0][0] is None
        assert options[0].target == (None if trap else "install_date")
        assert options[0].probability > 0.8
        assert {o.target for o in options} == {None, "install_date"}


def _unproposed_file(seed: int) -> list[tuple[ColumnFacts, str | None]]:
    """Fifteen columns no rule proposed a field for; the header model reads half as dates."""
    columns = []
    for k in range(15):
        dated = (k + seed) % 2 == 0
        facts = ColumnFacts(
            header=f"col{k}",
            target=None,
            confidence=0.1,
            decision="unmapped",
            combine=None,
            candidates=(),
            kinds={"date": 1.0} if dated else {"text": 1.0},
            dominant="date" if dated else "text",
            fill=1.0,
            distinct=0.9,
            list_share=0.0,
            columns=15,
            model=(("install_date", 0.9), (None, 0.1)) if dated else ((None, 0.9),),
        )
        columns.append((facts, "install_date" if dated else None))
    return columns


def test_a_field_only_the_header_model_reads_is_an_option():
    # About 3 % of a new tool's columns have their field missing from the rules' candidates.
    reranker = _trained_on(_unproposed_file)
    unseen = [f for f, _ in _unproposed_file(1)]
    for facts, options in zip(unseen, reranker.score(unseen), strict=True):
        if facts.dominant == "date":
            assert options[0].target == "install_date"
        else:
            assert [o.target for o in options] == [None]


def _os_look_alike(k: int, fill: float, distinct: float, columns: int) -> ColumnFacts:
    """A column the rules read as os_name, like every other one in its file."""
    return ColumnFacts(
        header=f"os{k}",
        target="os_name",
        confidence=0.9,
        decision="auto",
        combine=None,
        candidates=(("os_name", 0.9, "name", 0.9),),
        kinds={"os": 1.0},
        dominant="os",
        fill=round(fill, 3),
        distinct=round(distinct, 3),
        list_share=0.0,
        columns=columns,
        model=(("os_name", 0.8), (None, 0.2)),
    )


def _two_os_columns(seed: int) -> list[tuple[ColumnFacts, str | None]]:
    """Columns the rules read alike as os_name: one in even files, two in odd ones, where
    the more varied is the OS and the other a coarse copy (a family) left unmapped. Which
    of two is more varied only shows beside the other (the first pass compares a column's
    fill, depth and position with its rivals', not its distinct share)."""
    rng = random.Random(seed)
    shares = [rng.uniform(0.05, 0.6) for _ in range(1 + seed % 2)]
    return [
        (_os_look_alike(k, 1.0, share, len(shares)), "os_name" if share == max(shares) else None)
        for k, share in enumerate(shares)
    ]


def test_the_second_pass_reads_the_rest_of_the_file():
    # One pass sees a column's own distinct share, never its twin's: it cannot tell which
    # of two look-alikes is the real OS column. The second pass reads the first's verdict on both.
    def accuracy(reranker: Reranker) -> float:
        right = total = 0
        for seed in range(1001, 1201, 2):  # files with two look-alikes
            file = _two_os_columns(seed)
            facts = [f for f, _ in file]
            for (_, truth), options in zip(file, reranker.score(facts), strict=True):
                right += options[0].target == truth
                total += 1
        return right / total

    settings = load_data("mapping_model.toml")["reranker"]
    two_passes = accuracy(_trained_on(_two_os_columns, files=300))
    saved = settings["context_folds"]
    settings["context_folds"] = 0
    try:
        one_pass = accuracy(_trained_on(_two_os_columns, files=300))
    finally:
        settings["context_folds"] = saved
    assert two_passes >= 0.85
    assert two_passes > one_pass + 0.1


def test_a_small_table_is_left_to_the_rules():
    small = [profile_column(h, [f"v{i}" for i in range(40)]) for h in ("Name", "OS", "Env")]
    assert not within_experience(small)
    wide = [profile_column(f"c{k}", [f"v{i}" for i in range(60)]) for k in range(15)]
    assert within_experience(wide)
    few_rows = [profile_column(f"c{k}", ["a", "b", "c"]) for k in range(15)]
    assert not within_experience(few_rows)
    headers = ["Server", "Created", "Owner"]
    rows = [[f"srv{i}", "2021-03-04", "alice"] for i in range(10)]
    on = map_columns(headers, thresholds=default_thresholds("field_mapping"), sample=rows)
    off = map_columns(
        headers, thresholds=default_thresholds("field_mapping"), sample=rows, rerank=False
    )
    assert [c.to_json() for c in on.columns] == [c.to_json() for c in off.columns]


def test_on_real_exports_the_reranker_only_touches_what_it_explains():
    thresholds = default_thresholds("field_mapping")
    reranked_columns, changed = [], []
    # Real exports of five tools: whatever the trained model decides on each, the
    # invariants below hold, and some column is offered below the suggest threshold.
    exports = ("solarwinds_a", "lansweeper_a", "stratozone_a", "hyperv_a", "opennms_b")
    for folder in (DATASETS / name for name in exports):
        reranked, rules = _map_real(folder=folder), _map_real(rerank=False, folder=folder)
        reranked_columns.extend(reranked.columns)
        changed.extend(
            (a, b)
            for a, b in zip(reranked.columns, rules.columns, strict=True)
            if a.target != b.target
        )
    assert changed, "the reranker changes at least one column of these exports"
    for after, _ in changed:
        assert any(r.startswith("reranker:") for r in after.reasons), after.source
    below = [
        c
        for c in reranked_columns
        if c.target is not None and c.combine is None and c.confidence < thresholds.suggest
    ]
    assert below, "some column of these exports is offered below the suggest threshold"
    for column in reranked_columns:
        assert 0.0 <= column.confidence <= 1.0
        # A decision and its field go together: nothing applied or offered without a field.
        assert (column.target is None) == (column.decision == "unmapped"), column.source
        if column.target is not None and column.target not in {k.target for k in column.candidates}:
            # Only the header model read this field: offered, never applied, and says so.
            assert column.decision == "suggest"
            assert any("header model reads" in r for r in column.reasons)
        elif (
            column.target is not None
            and column.confidence < thresholds.suggest
            and column.combine is None
        ):
            # The likeliest reading is offered for review, never applied, and says why.
            assert column.decision == "suggest"
            assert column.confidence >= thresholds.reject
            assert any("below the suggest threshold" in r for r in column.reasons)


def test_untaught_confidences_are_the_rerankers_probabilities():
    rules = _map_real(rerank=False)
    reranked = _map_real()
    profiles = [c.profile for c in rules.columns]
    readings = default_model().read(
        zip([c.source for c in rules.columns], profiles, strict=True), top=5
    )
    with open_table(REAL_EXPORT / "export.csv") as table:
        sample = [r.values for r in table.sample]
    scores = default_reranker().score(column_facts(rules.columns, readings, sample))
    for column, options in zip(reranked.columns, scores, strict=True):
        if column.target is None or column.combine in {"sum", "per_socket"}:
            continue
        expected = next(o.probability for o in options if o.target == column.target)
        assert abs(column.confidence - expected) < 1e-9, column.source


def test_after_teaching_each_mistake_a_real_export_maps_right(store, tenant):
    truth = _truth(REAL_EXPORT)["columns"]
    with open_table(REAL_EXPORT / "export.csv") as table:
        before = map_file(store, tenant, table)
    wrong = [c for c in before.columns if c.source in truth and c.target != truth[c.source]]
    for column in wrong:
        profile = column.profile.to_json() if column.profile else None
        store.mapping_patterns.teach(tenant, column.source, truth[column.source], profile=profile)
    with open_table(REAL_EXPORT / "export.csv") as table:
        after = map_file(store, tenant, table)
    assert wrong, "the cold start gets something of this export wrong"
    for column in after.columns:
        if column.source in truth:
            assert column.target == truth[column.source], column.source
    # Columns nobody corrected keep their cold decision.
    taught = {c.source for c in wrong}
    for cold, warm in zip(before.columns, after.columns, strict=True):
        if cold.source not in taught:
            assert warm.target == cold.target, cold.source


def _options(*pairs: tuple[str | None, float]) -> list[OptionScore]:
    return sorted((OptionScore(t, p) for t, p in pairs), key=lambda o: -o.probability)


def test_a_likely_field_goes_ahead_of_a_likelier_no_field():
    verdict = {None: 0.74, "hostname": 0.5, "asset_id": 0.1}
    assert [o.target for o in ranked_options(verdict, 0.5)] == ["hostname", None, "asset_id"]
    # Below the bar the most probable option leads, "no field" included.
    assert [o.target for o in ranked_options(verdict, 0.55)] == [None, "hostname", "asset_id"]
    # Fields over the bar keep their own order.
    both = {None: 0.9, "fqdn": 0.6, "hostname": 0.7}
    assert [o.target for o in ranked_options(both, 0.5)] == ["hostname", "fqdn", None]


def test_the_shipped_bar_puts_an_even_field_ahead_of_no_field():
    bar = float(load_data("mapping_model.toml")["reranker"]["field_over_none"])
    assert 0.0 < bar <= 1.0
    assert ranked_options({None: 0.99, "os_name": bar}, bar)[0].target == "os_name"


def test_settling_a_file_gives_each_field_to_one_column():
    # Two name columns both likeliest hostname: the more probable keeps it, the other
    # takes its next option nobody holds (no field), as the labelling guide has it.
    options = [
        _options(("hostname", 0.8), (None, 0.2)),
        _options(("hostname", 0.6), ("description", 0.3), (None, 0.1)),
        _options(("hostname", 0.5), (None, 0.4)),
    ]
    chosen = settle(options, {}, frozenset(), coverage=1.1)
    assert [c.target if c else "held" for c in chosen] == ["hostname", "description", None]


def test_settling_leaves_a_held_field_and_shared_fields_alone():
    options = [
        [],  # a taught column: held, no options
        _options(("os_name", 0.9), (None, 0.1)),
        _options(("storage_gb", 0.7), (None, 0.3)),
        _options(("storage_gb", 0.6), (None, 0.4)),
    ]
    chosen = settle(options, {0: "os_name"}, frozenset({"storage_gb"}), coverage=1.1)
    assert chosen[0] is None
    assert chosen[1] is not None and chosen[1].target is None  # os_name is taught elsewhere
    assert [c.target for c in chosen[2:] if c] == ["storage_gb", "storage_gb"]


def test_a_field_nobody_took_goes_to_the_likeliest_unmapped_column():
    # The record name left unmapped (its primary turned out to be the FQDN) takes the
    # hostname back when it is likely enough; a weaker reading does not.
    options = [
        _options(("fqdn", 0.65), ("hostname", 0.34), (None, 0.1)),
        _options((None, 0.69), ("hostname", 0.52)),
        _options((None, 0.9), ("serial_number", 0.3)),
    ]
    chosen = settle(options, {}, frozenset(), coverage=0.4)
    assert [c.target for c in chosen if c] == ["fqdn", "hostname", None]
    assert settle(options, {}, frozenset(), coverage=0.6)[1].target is None


def _fill_twins(seed: int) -> list[tuple[ColumnFacts, str | None]]:
    """Two look-alike OS columns in odd files: the fuller one is the OS (the guide's third
    tie-break), the sparser a copy left unmapped."""
    rng = random.Random(seed)
    fills = [rng.uniform(0.2, 1.0) for _ in range(1 + seed % 2)]
    return [
        (_os_look_alike(k, fill, 0.2, len(fills)), "os_name" if fill == max(fills) else None)
        for k, fill in enumerate(fills)
    ]


def test_one_pass_weighs_a_column_against_its_rivals_by_the_guides_tie_breaks():
    # A column's fill beside its rival's is a first-pass feature: one pass alone tells
    # which of two look-alikes is the fuller.
    settings = load_data("mapping_model.toml")["reranker"]
    saved = settings["context_folds"]
    settings["context_folds"] = 0
    try:
        reranker = _trained_on(_fill_twins, files=300)
    finally:
        settings["context_folds"] = saved
    right = total = 0
    for seed in range(1001, 1201, 2):
        file = _fill_twins(seed)
        for (_, truth), options in zip(file, reranker.score([f for f, _ in file]), strict=True):
            right += options[0].target == truth
            total += 1
    assert right / total >= 0.9
