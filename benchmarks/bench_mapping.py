"""Field-mapping benchmark: accuracy, calibration, learning and speed. Prints numbers.

    python benchmarks/bench_mapping.py                 # everything
    python benchmarks/bench_mapping.py --only accuracy # cold-start accuracy + calibration
    python benchmarks/bench_mapping.py --only learning # teach the mistakes, re-map (needs the DB)
    python benchmarks/bench_mapping.py --only speed    # 100k x 40 CSV mapped + converted
    python benchmarks/bench_mapping.py --only million  # 1,000,000-row CSV streamed, peak memory
    python benchmarks/bench_mapping.py --only json     # 300,000-record JSON array streamed, peak memory
    python benchmarks/bench_mapping.py --fit           # refit mapping_calibration.toml (non-held-out only)
    python benchmarks/bench_mapping.py --dev-only      # every run without the held-out datasets
    python benchmarks/bench_mapping.py --loto          # leave-one-tool-out: each tool without its hints
    python benchmarks/bench_mapping.py --loto --strict # ... and without its own header spellings
    python benchmarks/bench_mapping.py --only accuracy --header-model  # with the learned header model
    python benchmarks/bench_mapping.py --only accuracy --no-rerank     # the rules without the reranker
    python benchmarks/bench_mapping.py --blind aws_mgn,hudu            # one held-out batch, totals only
    python benchmarks/bench_mapping.py --blind 102-105                 # the same by round, per round too

Datasets: evals/datasets/<name>/ (export + truth.json). A dataset is HELD OUT iff its
index.json entry (or its truth.json) says ``"split": "held-out"``: those were built
blind, never looked at while tuning, and their mistakes are never printed. Everything
else is tuning/development data; the three tools that were held out in the first
session (Device42, Lansweeper, StratoZone) were studied since and are reported apart
as "dev" (formerly held-out); the round-1 blind tools (PowerCLI, Hyper-V, Nutanix, iTop)
as "dev2", the round-2 blind tools (Snipe-IT, Proxmox, OpenStack, gcloud) as "dev3" and
the round-3 blind tools (GLPI, Foreman, Zabbix, Azure CLI) as "dev4" and the round-4
blind tools (PuppetDB, oVirt, SCCM, SolarWinds) as "dev5", the round-5 blind tools (OCI CLI,
Ansible facts, HPE OneView, Defender for Endpoint) as "dev6" and the round-6 blind tools
(Qualys VMDR, Rapid7 InsightVM, Datadog, Terraform state) as "dev7" and the round-7 blind
tools (Xen Orchestra, Alibaba ECS, Kubernetes nodes, Dell OpenManage) as "dev8" and the
round-8 blind tools (Hetzner Cloud, IBM Cloud VPC, Cisco Intersight, Tanium) as "dev9" and
the round-9 blind tools (DigitalOcean, BMC Discovery, Lenovo XClarity, Intune) as "dev10",
the round-10 blind tools (Linode, Scaleway, VMware Cloud Director, Jamf Pro) as "dev11" and
the round-11 blind tools (CrowdStrike Falcon, Vultr, Chef Infra, SentinelOne) as "dev12",
the round-12 blind tools (Salt, Equinix Metal, OVHcloud, NinjaOne) as "dev13" and the round-13
blind tools (Datto RMM, Red Hat Insights, LogicMonitor, Rubrik) as "dev14".
The calibration is fitted on non-held-out data only.
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import dataclasses
import functools
import json
import os
import random
import resource
import sys
import tempfile
import time
import tomllib
import uuid
from collections.abc import Iterator
from pathlib import Path

from migrascope.config import data_path, load_data
from migrascope.memory import default_thresholds
from migrascope.tools import mapping as mapping_mod
from migrascope.tools import mapping_lexicon, mapping_model
from migrascope.tools.conversion import iter_records
from migrascope.tools.mapping import map_columns
from migrascope.tools.readers import open_table

ROOT = Path(__file__).resolve().parents[1]
DATASETS = ROOT / "evals" / "datasets"
BLIND_ROUNDS = ROOT / "evals" / "blind_rounds.toml"


def _dev_groups() -> dict[str, tuple[str, frozenset[str]]]:
    """Tools once held out, by report group: (label, tools). A blind round moves here once
    it has been measured (``evals/blind_rounds.toml`` keeps the figure then); round N is
    group ``devN+1``, the first session's held-out set (round 0) is group ``dev``."""
    with BLIND_ROUNDS.open("rb") as fh:
        rounds = tomllib.load(fh)["round"]
    return {
        ("dev" if r["number"] == 0 else f"dev{r['number'] + 1}"): (
            r.get("label", f"round-{r['number']} blind"),
            frozenset(r["tools"]),
        )
        for r in rounds
    }


DEV_GROUPS = _dev_groups()
GROUPS = ("tuned", *DEV_GROUPS, "held-out")
BANDS = [(0.0, 0.3), (0.3, 0.6), (0.6, 0.8), (0.8, 0.9), (0.9, 1.01)]


_SPLIT: dict[str, str] = {}
# ``--dev-only``: leave the held-out datasets alone (not even mapped), so documentation
# numbers can be refreshed without measuring a round that is kept for later.
SKIP_HELD_OUT = False


def datasets() -> list[tuple[str, str, Path, dict]]:
    out = []
    for entry in json.loads((DATASETS / "index.json").read_text()):
        folder = DATASETS / entry["name"]
        truth = json.loads((folder / "truth.json").read_text())
        if not truth.get("columns"):
            continue
        export = next(folder.glob("export.*"))
        tool = truth.get("tool", entry.get("tool", "?"))
        held_out = "held-out" in (entry.get("split"), truth.get("split"))
        _SPLIT[entry["name"]] = (
            "held-out"
            if held_out
            else next((g for g, (_, tools) in DEV_GROUPS.items() if tool in tools), "tuned")
        )
        if held_out and SKIP_HELD_OUT:
            continue
        out.append((entry["name"], tool, export, truth))
    return out


def group_of(name: str) -> str:
    """``held-out`` (split in the data), ``dev`` (formerly held-out) or ``tuned``."""
    return _SPLIT[name]


def map_cold(table):
    """Cold-start mapping of an open table (default thresholds, no patterns)."""
    return map_columns(
        table.headers,
        thresholds=default_thresholds("field_mapping"),
        sample=[r.values for r in table.sample],
        sheet=table.sheet,
    )


def map_file_cold(path: Path, around=contextlib.nullcontext):
    """Cold-start mapping of one file; ``around(headers)`` wraps only the mapping step."""
    with open_table(path) as table, around(list(table.headers)):
        return table.headers, map_cold(table), table.notes


def score(result, truth: dict) -> tuple[int, int, list[str]]:
    """Right and labelled columns of one mapped file, and what went wrong.

    A labelled column the reader never produced (a delimiter it missed, a header row it
    misplaced) counts as wrong: the user lost it. An empty header is read under a
    positional name (``column_1``) and is not looked for.
    """
    right, total, wrong = 0, 0, []
    seen = {col.source for col in result.columns}
    for source in truth["columns"]:
        if source and source not in seen:
            total += 1
            wrong.append(f"{source!r}: not read from the file, want {truth['columns'][source]}")
    for col in result.columns:
        if col.source not in truth["columns"]:
            continue
        total += 1
        expected = truth["columns"][col.source]
        if col.target == expected:
            right += 1
        else:
            wrong.append(
                f"{col.source!r}: got {col.target} ({col.confidence:.2f}, proposed {col.proposed}), want {expected}"
            )
    return right, total, wrong


def accuracy(verbose: bool, loto: bool = False, strict: bool = False) -> None:
    """Cold-start top-1 per dataset and per group, and calibration by confidence band.

    With ``loto`` (leave-one-tool-out) each file is mapped with its own tool's section
    of ``tool_hints.toml`` disabled: the best proxy for a tool the mapper never saw.
    With ``strict`` too, every synonym spelling one of the file's own headers is
    removed from the lexicon as well (a lower bound).
    """
    title = "no patterns"
    if loto:
        title = "leave-one-tool-out (own tool hints disabled)"
    if strict:
        title = "strict leave-one-tool-out (own hints and own header spellings removed)"
    print(f"== cold start: top-1 accuracy per dataset ({title}) ==")
    per_group: dict[str, list[int]] = {g: [0, 0] for g in GROUPS}
    calib: dict[str, list[tuple[float, bool]]] = {g: [] for g in GROUPS}
    for name, tool, path, truth in datasets():
        with _without_hints(tool if loto else None):
            headers, result, _ = map_file_cold(
                path, _without_own_headers if strict else contextlib.nullcontext
            )
        missing = [h for h in truth["columns"] if h not in headers]
        right, total, wrong = score(result, truth)
        g = group_of(name)
        per_group[g][0] += right
        per_group[g][1] += total
        for col in result.columns:
            if col.source in truth["columns"] and col.proposed is not None:
                calib[g].append((col.confidence, col.proposed == truth["columns"][col.source]))
        print(
            f"  {name:18s} {g:9s} {right:3d}/{total:3d} = {right / total:6.1%}"
            + (f"   (truth headers not in file: {missing})" if missing else "")
        )
        if verbose and g != "held-out":  # never look at held-out mistakes: that would tune on them
            for w in wrong:
                print("      ", w)
    for g, (r, t) in per_group.items():
        if t:
            label = f"{g} ({DEV_GROUPS[g][0]})" if g in DEV_GROUPS else g
            print(f"  overall {label:24s} {r}/{t} = {r / t:.1%}")
    print(f"== calibration ({title}): accuracy of proposed fields by confidence band ==")
    for g, pairs in calib.items():
        bands = calibration_bands(pairs)
        for lo, hi, n, mean, acc in bands:
            print(
                f"  {g:9s} [{lo:.1f},{min(hi, 1):.1f})  n={n:4d}  mean conf {mean:.2f}  accuracy {acc:.2f}"
            )
        if pairs:
            print(f"  {g:9s} expected calibration error {expected_calibration_error(bands):.3f}")


def calibration_bands(
    pairs: list[tuple[float, bool]],
) -> list[tuple[float, float, int, float, float]]:
    """(low, high, count, mean confidence, accuracy) of each non-empty band of ``BANDS``."""
    out = []
    for lo, hi in BANDS:
        band = [(c, ok) for c, ok in pairs if lo <= c < hi]
        if band:
            mean = sum(c for c, _ in band) / len(band)
            out.append((lo, hi, len(band), mean, sum(ok for _, ok in band) / len(band)))
    return out


def expected_calibration_error(bands: list[tuple[float, float, int, float, float]]) -> float:
    """Count-weighted gap between mean confidence and accuracy over the bands."""
    total = sum(n for _, _, n, _, _ in bands)
    return sum(n / total * abs(acc - mean) for _, _, n, mean, acc in bands) if total else 0.0


def blind_selection(text: str) -> tuple[set[str], dict[str, str]]:
    """``--blind``'s argument: tools (``aws_mgn,hudu``) or round numbers (``98,99`` or
    ``98-101``). Returns the tools and, for rounds, each dataset's round label."""
    tokens = [t.strip() for t in text.split(",") if t.strip()]
    if not all(t.replace("-", "").isdigit() for t in tokens):
        return set(tokens), {}
    numbers: list[int] = []
    for token in tokens:
        first, _, last = token.partition("-")
        numbers.extend(range(int(first), int(last or first) + 1))
    sys.path.insert(0, str(ROOT / "evals"))
    try:
        from blind_rounds import round_datasets, tool_of_dataset
    finally:
        sys.path.remove(str(ROOT / "evals"))
    tool_of = tool_of_dataset()
    rounds = {name: f"round {n}" for n in numbers for name in round_datasets(n)}
    return {tool_of[name] for name in rounds}, rounds


def blind_batch(tools: set[str], rounds: dict[str, str] | None = None) -> None:
    """Map a held-out batch once, by the rules alone and with the reranker: totals only.

    A blind round is measured before anyone looks at its mistakes, so this prints each
    file's score, the batch's accuracy (and each round's, given ``rounds``: dataset name →
    round), calibration error and how often an auto-applied mapping was right, and never
    a column (``evals/BLIND_ROUNDS.md``).
    """
    settings = load_data("mapping_model.toml")["reranker"]
    enabled = settings["enabled"]
    files = [d for d in datasets() if d[1] in tools]
    unknown = tools - {d[1] for d in files}
    if unknown:
        raise SystemExit(f"no labelled datasets for: {', '.join(sorted(unknown))}")
    try:
        for rerank in (False, True):
            settings["enabled"] = rerank
            label = "reranker" if rerank else "rules"
            right = total = auto = auto_right = 0
            pairs: list[tuple[float, bool]] = []
            by_round: dict[str, list[int]] = {}
            for name, _, path, truth in files:
                _, result, _ = map_file_cold(path)
                r, t, _ = score(result, truth)
                right, total = right + r, total + t
                if rounds and name in rounds:
                    tally = by_round.setdefault(rounds[name], [0, 0])
                    tally[0], tally[1] = tally[0] + r, tally[1] + t
                for col in result.columns:
                    if col.source not in truth["columns"]:
                        continue
                    expected = truth["columns"][col.source]
                    if col.proposed is not None:
                        pairs.append((col.confidence, col.proposed == expected))
                    if col.decision == "auto":
                        auto += 1
                        auto_right += col.target == expected
                print(f"  {label:8s} {name:28s} {r:3d}/{t:3d} = {r / t:6.1%}")
            ece = expected_calibration_error(calibration_bands(pairs))
            for group, (r, t) in sorted(by_round.items(), key=lambda g: int(g[0].split()[-1])):
                print(f"  {label:8s} {group:28s} {r:3d}/{t:3d} = {r / t:6.1%}")
            print(
                f"{label}: {right}/{total} = {right / total:.1%}  ECE {ece:.3f}  "
                f"auto-applied right {auto_right}/{auto}"
            )
    finally:
        settings["enabled"] = enabled


@contextlib.contextmanager
def _without_own_headers(headers: list[str] | None) -> Iterator[None]:
    """Drop every lexicon entry that spells one of ``headers`` exactly (strict LOTO).

    The lexicon was written by people who had seen the dev tools' headers; this
    ablation makes each file map as if none of its own header spellings had made it
    into ``synonyms.toml`` (the canonical field names themselves stay). A lower
    bound for a tool whose vocabulary is new.
    """
    if not headers:
        yield
        return
    original = mapping_lexicon._data
    lex = original()
    keys = {mapping_lexicon.header_words(h) for h in headers} | {
        mapping_lexicon.header_key(h) for h in headers
    }
    bags = {tuple(sorted(k.split())) for k in keys}
    changes = {
        "synonyms": {f: [s for s in syns if s not in keys] for f, syns in lex.synonyms.items()},
        "exact": {
            k: [(t, sc) for t, sc in v if k not in keys or sc >= 0.97] for k, v in lex.exact.items()
        },
    }
    if hasattr(lex, "bags"):  # so the same script measures older versions too
        changes["bags"] = {k: v for k, v in lex.bags.items() if k not in bags}
    stripped = dataclasses.replace(lex, **changes)
    mapping_lexicon._data = lambda: stripped  # type: ignore[assignment]
    mapping_lexicon._synonym_vectors.cache_clear()
    try:
        yield
    finally:
        mapping_lexicon._data = original  # type: ignore[assignment]
        mapping_lexicon._synonym_vectors.cache_clear()


@contextlib.contextmanager
def _without_hints(tool: str | None) -> Iterator[None]:
    """Disable one tool's section of tool_hints.toml and its labelled columns in the
    header model's examples for the duration (leave-one-tool-out)."""
    sections = mapping_lexicon._tools()
    removed = sections.pop(tool, None) if tool else None
    original = mapping_model.enabled_model
    if tool and original() is not None:
        model = _model_without(tool)
        mapping_model.enabled_model = lambda: model  # type: ignore[assignment]
    try:
        yield
    finally:
        mapping_model.enabled_model = original  # type: ignore[assignment]
        if removed is not None:
            sections[tool] = removed  # type: ignore[index]


@functools.cache
def _model_without(tool: str) -> mapping_model.HeaderModel:
    """The header model trained on every labelled column except ``tool``'s."""
    return mapping_model.HeaderModel([e for e in mapping_model.load_examples() if e.tool != tool])


def fit() -> None:
    """Isotonic fit of raw score → correctness on non-held-out data; writes the data file."""
    from sklearn.isotonic import IsotonicRegression

    mapping_mod._calibration.cache_clear()
    path = data_path("mapping_calibration.toml")
    original = path.read_text()
    path.write_text("raw = [0.0, 1.0]\ncalibrated = [0.0, 1.0]\n")
    mapping_mod._calibration.cache_clear()
    from migrascope.config import load_data

    load_data.cache_clear()
    xs, ys = [], []
    try:
        for _name, tool, file, truth in datasets():
            if group_of(_name) == "held-out":
                continue
            # Each file twice: as it is, and as a never-seen tool would look (strict
            # leave-one-tool-out), so the curve also knows how often weaker evidence
            # (contained words, values, fuzzy matches) is right.
            _, result, _ = map_file_cold(file)
            with _without_hints(tool):
                _, strict, _ = map_file_cold(file, _without_own_headers)
            for col in [*result.columns, *strict.columns]:
                if col.source in truth["columns"] and col.proposed is not None:
                    xs.append(col.raw_score)
                    ys.append(1.0 if col.proposed == truth["columns"][col.source] else 0.0)
    except Exception:
        path.write_text(original)
        raise
    iso = IsotonicRegression(y_min=0.02, y_max=0.99, out_of_bounds="clip").fit(xs, ys)
    grid = [round(x / 20, 2) for x in range(21)]
    # Half-way to the raw score: the tuned tools are optimistic (the lexicon was written
    # for them), so the fitted curve is shrunk toward the raw evidence before use.
    cal = [round(0.5 * float(iso.predict([g])[0]) + 0.5 * g, 3) for g in grid]
    for k in range(1, len(cal)):
        cal[k] = max(cal[k], cal[k - 1])
    path.write_text(
        "# Raw evidence score → calibrated confidence (piecewise linear), fitted by\n"
        "# `benchmarks/bench_mapping.py --fit` (isotonic regression) on the\n"
        f"# non-held-out datasets only ({len(xs)} column mappings; held-out = split in\n"
        "# index.json), each mapped as is and in strict leave-one-tool-out.\n"
        f"raw = {grid}\ncalibrated = {cal}\n"
    )
    load_data.cache_clear()
    mapping_mod._calibration.cache_clear()
    print(f"fitted calibration on {len(xs)} columns → {path}")


def learning() -> None:
    from migrascope.config import Settings
    from migrascope.memory import Store

    home = Path(os.environ.get("MIGRASCOPE_HOME", "/tmp/mapping-bench-home"))
    settings = Settings(home=home)  # type: ignore[call-arg]
    print("== learning: teach each wrong column once, re-map the file and its pair ==")
    by_name = {n: (t, p, tr) for n, t, p, tr in datasets()}
    totals = {"reimport": [0, 0], "pair_before": [0, 0], "pair_after": [0, 0]}
    with Store.open(settings) as store:
        for name, (_tool, path, truth) in by_name.items():
            tenant = store.ensure_tenant(f"bench-{uuid.uuid4().hex[:8]}")
            from migrascope.tools.importing import map_file

            with open_table(path) as table:
                before = map_file(store, tenant, table)
                profiles = {c.source: c.profile for c in before.columns}
            taught = 0
            for col in before.columns:
                want = truth["columns"].get(col.source, "__absent__")
                if want != "__absent__" and col.target != want:
                    prof = profiles.get(col.source)
                    store.mapping_patterns.teach(
                        tenant,
                        col.source,
                        want,
                        profile=prof.to_json() if prof else None,
                        beside=list(profiles),
                    )
                    taught += 1
            with open_table(path) as table:
                after = map_file(store, tenant, table)
            r, t, wrong = score(after, truth)
            totals["reimport"][0] += r
            totals["reimport"][1] += t
            line = f"  {name:18s} taught {taught:2d}  re-import {r}/{t}"
            pair = truth.get("pair")
            if pair and pair in by_name:
                _, ppath, ptruth = by_name[pair]
                _, cold, _ = map_file_cold(ppath)
                rb, tb, _ = score(cold, ptruth)
                with open_table(ppath) as table:
                    warm = map_file(store, tenant, table)
                ra, ta, _ = score(warm, ptruth)
                totals["pair_before"][0] += rb
                totals["pair_before"][1] += tb
                totals["pair_after"][0] += ra
                totals["pair_after"][1] += ta
                line += f"  pair {pair}: {rb / tb:.1%} → {ra / ta:.1%}"
            print(line + (f"   still wrong: {wrong}" if wrong else ""))
    for k, (r, t) in totals.items():
        if t:
            print(f"  {k:12s} {r}/{t} = {r / t:.1%}")


def _write_wide_csv(path: Path, rows: int) -> None:
    rng = random.Random(7)
    headers = [
        "Server Name",
        "IP Address",
        "MAC Address",
        "Operating System",
        "OS Version",
        "CPU Cores",
        "Memory (MB)",
        "Disk 1 size (In GB)",
        "Disk 2 size (In GB)",
        "Environment",
        "Application",
        "Business Owner",
        "Support Group",
        "Department",
        "Location",
        "Datacenter",
        "Cluster",
        "ESX Host",
        "Virtual",
        "Power State",
        "Criticality",
        "Serial Number",
        "Manufacturer",
        "Model",
        "Install Date",
        "Cost Center",
        "Description",
        "Status",
        "VLAN",
        "Depends On",
        "FQDN",
        "Asset Tag",
        "CPU type",
        "Used storage GB",
        "Notes 2",
        "Rack",
        "Patch Group",
        "Backup Policy",
        "Monitoring",
        "Last Scan",
    ]
    oses = [
        "Windows Server 2019",
        "Red Hat Enterprise Linux 8",
        "Ubuntu 22.04",
        "Windows Server 2016",
    ]
    with path.open("w", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(headers)
        for i in range(rows):
            w.writerow(
                [
                    f"srv{i:06d}",
                    f"10.{i % 250}.{(i // 250) % 250}.{i % 200 + 1}",
                    f"00:50:56:{i % 256:02x}:{(i // 256) % 256:02x}:{rng.randrange(256):02x}",
                    rng.choice(oses),
                    "10.0",
                    rng.choice([2, 4, 8, 16]),
                    rng.choice([4096, 8192, 16384]),
                    rng.choice([40, 60, 100]),
                    rng.choice(["", "200", "500"]),
                    rng.choice(["prod", "dev", "test"]),
                    f"app{i % 300}",
                    f"owner{i % 50}",
                    "Infra",
                    "IT",
                    "London",
                    "DC1",
                    f"cl{i % 8}",
                    f"esx{i % 40:03d}",
                    rng.choice(["true", "false"]),
                    "poweredOn",
                    rng.choice(["high", "low"]),
                    f"SN{i:08d}",
                    "Dell",
                    "PowerEdge R740",
                    "2021-03-04",
                    f"CC{i % 20}",
                    "a server",
                    "Installed",
                    f"vlan{i % 30}",
                    f"srv{(i + 1):06d}",
                    f"srv{i:06d}.corp.example.com",
                    f"AT{i:07d}",
                    "Xeon Gold",
                    rng.choice([10, 20, 30]),
                    "",
                    f"R{i % 90}",
                    "PG1",
                    "daily",
                    "yes",
                    "2024-01-01",
                ]
            )


def speed(rows: int = 100_000) -> None:
    print(f"== speed: {rows:,}-row x 40-column CSV, read + profile + map + convert every row ==")
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "wide.csv"
        _write_wide_csv(path, rows)
        started = time.perf_counter()
        with open_table(path) as table:
            result = map_cold(table)
            mapped_at = time.perf_counter()
            n = sum(1 for _ in iter_records(table.rows, table.headers, result))
        done = time.perf_counter()
        auto = len(result.applied())
        print(
            f"  mapped {auto} columns automatically in {mapped_at - started:.2f} s; "
            f"converted {n:,} rows; total {done - started:.2f} s ({n / (done - started):,.0f} rows/s)"
        )


def _stream_and_measure(path: Path, unit: str) -> None:
    """Read, map and convert every row of ``path``; print the time and peak memory."""
    size_mb = path.stat().st_size / 1e6
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    started = time.perf_counter()
    with open_table(path) as table:
        result = map_cold(table)
        n = sum(1 for _ in iter_records(table.rows, table.headers, result))
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        f"  file {size_mb:,.0f} MB, {n:,} {unit} in {time.perf_counter() - started:.1f} s; "
        f"peak RSS {peak:.0f} MB (was {before:.0f} MB before reading)"
    )


def million(rows: int = 1_000_000) -> None:
    print(f"== streaming: {rows:,}-row CSV read + converted, peak memory ==")
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "million.csv"
        _write_wide_csv(path, rows)
        _stream_and_measure(path, "rows")


def json_array(rows: int = 300_000) -> None:
    """A one-line JSON array read + mapped + converted: peak memory stays flat."""
    print(f"== streaming: {rows:,}-record JSON array (one line) read + converted, peak memory ==")
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "inventory.json"
        with path.open("w") as fh:
            fh.write("[")
            for i in range(rows):
                rec = {
                    "name": f"srv{i:07d}",
                    "ip_addresses": [{"ip": f"10.{i % 250}.{(i // 250) % 250}.{i % 200 + 1}"}],
                    "os": {"name": "Ubuntu", "version": "22.04"},
                    "cpucount": 4,
                    "ram": 16384,
                    "ram_size_type": "MB",
                    "customer": f"bu{i % 9}",
                }
                fh.write(("," if i else "") + json.dumps(rec))
            fh.write("]")
        _stream_and_measure(path, "records")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", choices=["accuracy", "learning", "speed", "million", "json"])
    parser.add_argument("--fit", action="store_true")
    parser.add_argument("--loto", action="store_true", help="leave-one-tool-out accuracy")
    parser.add_argument(
        "--strict", action="store_true", help="with --loto: also drop the file's own spellings"
    )
    parser.add_argument("-v", "--verbose", action="store_true")
    parser.add_argument(
        "--dev-only",
        action="store_true",
        help="skip the held-out datasets entirely (keeps unmeasured rounds unmeasured)",
    )
    parser.add_argument(
        "--header-model",
        action="store_true",
        help="weigh the learned header model (off in mapping_model.toml); with --loto "
        "each tool is mapped by a model trained without it",
    )
    parser.add_argument(
        "--no-rerank",
        action="store_true",
        help="the rules' own decisions, without the reranker learned from blind runs "
        "(the before of a before/after on a held-out round)",
    )
    parser.add_argument(
        "--blind",
        metavar="TOOLS|ROUNDS",
        help="comma-separated tools or round numbers (98,99 or 98-101) of a held-out batch: "
        "map only their files, by the rules and with the reranker, and print totals only, "
        "per round when given rounds (measure a blind round once)",
    )
    args = parser.parse_args()
    if args.blind:
        blind_batch(*blind_selection(args.blind))
        return
    global SKIP_HELD_OUT
    SKIP_HELD_OUT = args.dev_only
    if args.header_model:
        load_data("mapping_model.toml")["model"]["enabled"] = True
    if args.no_rerank:
        load_data("mapping_model.toml")["reranker"]["enabled"] = False
    if args.fit:
        fit()
    runs = [args.only] if args.only else ["accuracy", "learning", "speed"]
    if args.loto:  # alone: only the leave-one-tool-out run; with --only: that too
        accuracy(args.verbose, loto=True)
        if args.strict:
            accuracy(args.verbose, loto=True, strict=True)
        runs = [args.only] if args.only else []
    for run in runs:
        {
            "accuracy": lambda: accuracy(args.verbose),
            "learning": learning,
            "speed": speed,
            "million": million,
            "json": json_array,
        }[run]()
    sys.stdout.flush()


if __name__ == "__main__":
    main()
