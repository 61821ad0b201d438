"""Benchmark: plan 10,000 assets with 30,000 dependencies (target: under 20 s).

Run:  .venv/bin/python benchmarks/bench_planning.py [--assets 10000] [--edges 30000]
                                                      [--no-store]

The estate comes from the synthetic generator (application stacks, shared services,
infrastructure) with dependency density 3; extra cross-application edges (integration
calls between layered applications, one in a thousand closing a cycle) top it up to the
requested edge count. Printed:

* in memory: discovery, assessment + right-sizing, wave planning, validation;
* through the store (embedded PostgreSQL in a temp dir, unless --no-store): import of
  the CSV, dependency resolution, discovery, assessment, planning, each stored.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sys
import tempfile
import time
import warnings
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "tools"))

from _planning_estates import canonical_assets

from migrascope.memory import HashingEmbedder
from migrascope.tools.assessment import assess_estate
from migrascope.tools.dependencies import Edge
from migrascope.tools.discovery import discover_applications
from migrascope.tools.planning import (
    plan_apps,
    plan_waves,
    validate_plan,
)
from migrascope.tools.rightsizing import right_size
from migrascope.tools.synthetic import generate_estate, write_csv


class _Clock:
    def __init__(self) -> None:
        self.rows: list[tuple[str, float]] = []

    def __call__(self, label: str, start: float) -> float:
        now = time.perf_counter()
        self.rows.append((label, now - start))
        print(f"  {label:<38} {now - start:7.2f} s", flush=True)
        return now


def build(n_assets: int, n_edges: int, seed: int):
    """The generated estate plus cross-application edges up to ``n_edges``.

    Integration edges follow a layering of applications (a consumer calls a provider of
    a lower layer, as front ends call back ends), and one in a thousand goes the other
    way, closing a cycle: an estate where every application calls every other at
    random would be one strongly connected blob, which no team migrates in waves.
    """
    estate = generate_estate(n_assets, seed=seed, dependency_density=3.0)
    rng = random.Random(seed)
    apps = sorted({a.application or "" for a in estate.assets})
    layer = {app: rng.random() for app in apps}
    by_app: dict[str, list[str]] = {}
    for a in estate.assets:
        by_app.setdefault(a.application or "", []).append(a.hostname)
    pairs = list(dict.fromkeys(estate.dependencies))
    have = set(pairs)
    while len(pairs) < n_edges:
        x, y = rng.sample(apps, 2)
        if (layer[x] < layer[y]) != (rng.random() < 0.001):
            x, y = y, x  # x is now the consumer in a higher layer (rarely the reverse)
        s, t = rng.choice(by_app[x]), rng.choice(by_app[y])
        if (s, t) not in have:
            have.add((s, t))
            pairs.append((s, t))
    return estate, pairs


def in_memory(estate, pairs) -> float:
    print("in memory (tools only):")
    assets = canonical_assets(estate)
    index = {a["hostname"]: a["asset_pk"] for a in assets}
    edges = [Edge(index[s], index[t]) for s, t in pairs]
    clock = _Clock()
    t0 = t = time.perf_counter()
    found = discover_applications(assets, edges, embedder=HashingEmbedder(384))
    t = clock(f"discovery ({len(found.applications)} applications)", t)
    assessed = assess_estate(assets, found.applications, edges, as_of=dt.date(2026, 1, 1))
    for a in assets:
        assessed.assets[a["asset_pk"]].rightsizing = right_size(a)
    t = clock("assessment + right-sizing", t)
    payload = assessed.to_json()
    apps = plan_apps(payload)
    plan = plan_waves(apps, edges, labels={a["asset_pk"]: a["hostname"] for a in assets})
    t = clock(f"wave planning ({len(plan.waves)} waves)", t)
    plan_total = clock.rows[-1][1]
    problems = validate_plan(
        plan.to_json(),
        index.values(),
        edges,
        applications={a.name: a.assets for a in apps},
    )
    clock("validation", t)
    total = time.perf_counter() - t0
    cycles = [i for i in plan.issues if i["kind"] in ("cycle", "asset_cycles")]
    print(f"  {'total':<38} {total:7.2f} s   (planning alone {plan_total:.2f} s)")
    print(
        f"  validator problems: {len(problems)}; cycle notes: {len(cycles)}; "
        f"excluded: {len(plan.excluded)}; oversize waves: {len(plan.oversize)}"
    )
    if problems:
        print("  first problems:", problems[:3])
    return total


def through_store(estate, pairs) -> float:
    from migrascope.config import Settings
    from migrascope.memory import Store
    from migrascope.tools.assessment import assess_tenant
    from migrascope.tools.dependencies import build_dependencies
    from migrascope.tools.discovery import discover_tenant
    from migrascope.tools.importing import import_file
    from migrascope.tools.planning import plan_tenant

    print("through the store (embedded PostgreSQL):")
    with tempfile.TemporaryDirectory(prefix="bench-planning-") as tmp:
        folder = Path(tmp)
        csv_path = folder / "estate.csv"
        write_csv(estate, csv_path)
        deps = folder / "deps.csv"
        with deps.open("w") as fh:
            fh.write("source,target\n")
            fh.writelines(f"{s},{t}\n" for s, t in pairs)
        settings = Settings(home=folder / "home")  # type: ignore[call-arg]
        clock = _Clock()
        with Store.open(settings) as store:
            tenant = store.ensure_tenant("bench")
            t = time.perf_counter()
            import_file(store, tenant, csv_path)
            t = clock("import (map, classify, store)", t)
            t0 = t
            graph = build_dependencies(store, tenant, files=[deps])
            t = clock(f"dependencies ({len(graph.edges)} resolved)", t)
            found, _labels = discover_tenant(store, tenant)
            t = clock(f"discovery ({len(found.applications)} applications)", t)
            assessed = assess_tenant(store, tenant)
            t = clock("assessment + right-sizing", t)
            plan, _ = plan_tenant(store, tenant, assessed.to_json())
            clock(f"wave planning ({len(plan.waves)} waves)", t)
            total = time.perf_counter() - t0
            print(f"  {'total after import':<38} {total:7.2f} s")
    return total


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--assets", type=int, default=10_000)
    parser.add_argument("--edges", type=int, default=30_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--no-store", action="store_true")
    args = parser.parse_args()
    warnings.simplefilter("ignore")
    t = time.perf_counter()
    estate, pairs = build(args.assets, args.edges, args.seed)
    print(
        f"estate: {len(estate.assets)} assets, {len(pairs)} dependencies "
        f"(generated in {time.perf_counter() - t:.1f} s)"
    )
    total = in_memory(estate, pairs)
    verdict = "PASS" if total < 20 else "FAIL"
    print(f"target: discovery + assessment + planning under 20 s in memory: {verdict}")
    if not args.no_store:
        stored = through_store(estate, pairs)
        print(
            f"target: the same through PostgreSQL under 20 s: {'PASS' if stored < 20 else 'FAIL'}"
        )


if __name__ == "__main__":
    main()
