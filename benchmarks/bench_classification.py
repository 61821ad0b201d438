"""Asset classification benchmark: cold-start accuracy, calibration, learning curve,
tenant isolation and throughput. Prints numbers; not part of the test suite.

    .venv/bin/python benchmarks/bench_classification.py [--out DIR] [--rows 100000]
        [--calibrate] [--seeds 3] [--skip-speed] [--loeo] [--only-speed] [--learn-unknown]

Splits: a dataset is **held-out** when ``evals/datasets/index.json`` or its
``truth.json`` says ``"split": "held-out"``; nobody tuning the rules looks at those.
Everything else is development data: ``estate_bank`` and ``estate_retail`` are what
the rules were tuned on (TUNED), the rest are dev data whose errors were read
(``estate_factory`` and ``stratozone_*`` were held out in the first session, so they
are reported as "dev (formerly held-out)"). ``--calibrate`` fits on non-held-out
data only. ``--loeo`` is the honest check without held-out data (held-out datasets are skipped): for each estate,
every keyword that fires only on that estate is removed from the rules before it is
classified (as if the rules had been written without ever seeing it), and, harder,
every name keyword is removed (a naming convention no code of which is known). Each learning
curve runs in a fresh tenant on the real store (embedded PostgreSQL + pgvector in a
temp MIGRASCOPE_HOME, or DATABASE_URL).
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
DATASETS = ROOT / "evals" / "datasets"
TUNED = ("estate_bank", "estate_retail")
FORMERLY_HELD_OUT = ("estate_factory", "stratozone_a", "stratozone_b")
ESTATES = ("estate_bank", "estate_retail", "estate_factory")
STEPS = (0, 1, 2, 5, 10, 20)
BANDS = ((0.8, 1.01, "high >=0.8"), (0.5, 0.8, "medium 0.5-0.8"), (0.0, 0.5, "low <0.5"))


def _datasets() -> list[Path]:
    return sorted(p for p in DATASETS.iterdir() if (p / "truth.json").exists())


def _split(d: Path) -> str:
    """held-out / tuned / dev (formerly held-out) / dev, from index.json and truth.json."""
    split = None
    index = DATASETS / "index.json"
    if index.exists():
        for entry in json.loads(index.read_text(encoding="utf-8")):
            if entry.get("name") == d.name:
                split = entry.get("split")
    truth = d / "truth.json"
    if truth.exists():
        split = json.loads(truth.read_text(encoding="utf-8")).get("split", split)
    if split == "held-out":
        return "held-out"
    if d.name in TUNED:
        return "tuned"
    if d.name in FORMERLY_HELD_OUT:
        return "dev (formerly held-out)"
    return "dev"


def _synthetic(tmp: Path, n: int = 600) -> list[Path]:
    from migrascope.tools import synthetic

    out = []
    for i, convention in enumerate(synthetic.CONVENTIONS):
        estate = synthetic.generate_estate(n, seed=100 + i, convention=convention)
        d = tmp / f"synthetic_{convention}"
        d.mkdir(parents=True, exist_ok=True)
        synthetic.write_csv(estate, d / "export.csv")
        synthetic.write_truth(estate, d / "truth.json")
        out.append(d)
    return out


def cold_start(dirs: list[Path]) -> dict[str, dict[str, float]]:
    from migrascope.memory._thresholds import default_thresholds
    from migrascope.tools.classification import Classifier
    from migrascope.tools.classification_learning import accuracy, load_labelled_estate

    clf = Classifier(default_thresholds("asset_classification"))
    out: dict[str, dict[str, float]] = {}
    print("\n## Cold start (no patterns, no model)\n")
    print("| dataset | rows | accuracy | auto | auto accuracy | split |\n|---|---|---|---|---|---|")
    pooled: list[tuple[float, float, bool]] = []
    for d in dirs:
        est = load_labelled_estate(d)
        res = clf.classify_many(
            [r.canonical for r in est.records], extras=[r.extra for r in est.records]
        )
        acc = accuracy(res, est.labels)
        auto = [
            r.asset_type == lab
            for r, lab in zip(res, est.labels, strict=True)
            if r.decision == "auto"
        ]
        auto_acc = sum(auto) / len(auto) if auto else 0.0
        split = _split(d) if d.parent == DATASETS else "synthetic"
        out[d.name] = {
            "rows": len(res),
            "accuracy": acc,
            "auto_share": len(auto) / len(res),
            "split": split,
        }
        print(
            f"| {d.name} | {len(res)} | {acc:.3f} | {len(auto) / len(res):.2f} | {auto_acc:.3f} | {split} |"
        )
        pooled.extend(
            (r.confidence, r.probability, r.asset_type == lab)
            for r, lab in zip(res, est.labels, strict=True)
        )
    print()
    for group in ("held-out", "dev (formerly held-out)", "dev", "tuned", "synthetic"):
        accs = [v["accuracy"] for v in out.values() if v["split"] == group]
        if accs:
            print(
                f"{group}: {len(accs)} datasets, mean accuracy {statistics.mean(accs):.3f}, "
                f"min {min(accs):.3f}"
            )
        elif group == "held-out":
            print("held-out: none on this branch (index.json has no split = held-out)")
    print("\n## Calibration (all datasets pooled): accuracy by confidence band\n")
    print("| band | decisions | mean confidence | accuracy |\n|---|---|---|---|")
    ece = 0.0
    for lo, hi, label in BANDS:
        sel = [(c, ok) for c, _, ok in pooled if lo <= c < hi]
        if sel:
            mc = statistics.mean(c for c, _ in sel)
            ac = sum(ok for _, ok in sel) / len(sel)
            ece += len(sel) / len(pooled) * abs(mc - ac)
            print(f"| {label} | {len(sel)} | {mc:.3f} | {ac:.3f} |")
    print(f"\nexpected calibration error (3 bands): {ece:.3f}")
    return out


def _every_name_keyword() -> frozenset[tuple[str, str]]:
    """Every name keyword of the rules: leaving them all out stands for a naming
    convention nobody wrote codes for."""
    from migrascope.config import load_data

    return frozenset(
        ("name", k.lower())
        for rule in load_data("classification.toml")["rules"]
        if rule["field"] == "name"
        for k in rule["keywords"]
    )


def _classified_three_ways(estates: dict) -> Iterator[tuple[str, object, frozenset, list]]:
    """Each estate classified by the rules as they are, without the keywords only that
    estate fires (they could have been written for it), and without any name keyword.

    Yields (name, estate, its own keywords, [results of the three runs]); the rules are
    whole again afterwards.
    """
    from migrascope.memory._thresholds import default_thresholds
    from migrascope.tools import classification as cls
    from migrascope.tools.classification_rules import keyword_hits, leave_out_keywords

    hits = {
        n: set().union(*(keyword_hits(r.canonical, cls.asset_name(r.canonical)) for r in e.records))
        for n, e in estates.items()
    }
    every_name_word = _every_name_keyword()
    try:
        for name, est in estates.items():
            others = set().union(*(h for n, h in hits.items() if n != name))
            own = frozenset(hits[name] - others)
            runs = []
            for left_out in (frozenset(), own, every_name_word):
                leave_out_keywords(left_out)
                cls._text_key.cache_clear()
                clf = cls.Classifier(default_thresholds("asset_classification"))
                runs.append(
                    clf.classify_many(
                        [r.canonical for r in est.records], extras=[r.extra for r in est.records]
                    )
                )
            yield name, est, own, runs
    finally:
        leave_out_keywords(frozenset())
        cls._text_key.cache_clear()


def _dev_estates(dirs: list[Path]) -> dict[str, Any]:
    """The labelled estates that are not held out: what studies and fits may look at."""
    from migrascope.tools.classification_learning import load_labelled_estate

    return {
        d.name: load_labelled_estate(d)
        for d in dirs
        if not (d.parent == DATASETS and _split(d) == "held-out")
    }


def loeo(dirs: list[Path]) -> dict[str, dict[str, float]]:
    """Leave-one-estate-out: each estate classified by rules without its own words.

    A keyword that fires on one estate and on no other dataset (real or synthetic)
    could have been written for that estate; it is removed before that estate is
    classified. What remains is evidence the estate shares with the others: the
    accuracy a naming convention nobody wrote rules for would get.
    """
    from migrascope.tools.classification_learning import accuracy

    estates = _dev_estates(dirs)
    print("\n## Leave-one-estate-out (rules without the keywords only that estate fires)\n")
    print(
        "| dataset | rows | cold | without its own words | no name keywords at all "
        "| words left out |\n|---|---|---|---|---|---|"
    )
    out: dict[str, dict[str, float]] = {}
    for name, est, own, runs in _classified_three_ways(estates):
        accs = [accuracy(res, est.labels) for res in runs]
        out[name] = {"cold": accs[0], "loeo": accs[1], "no_name": accs[2], "left_out": len(own)}
        words = ", ".join(f"{f}:{k}" for f, k in sorted(own)[:8]) + (" ..." if len(own) > 8 else "")
        print(
            f"| {name} | {len(est.labels)} | {accs[0]:.3f} | {accs[1]:.3f} | {accs[2]:.3f} "
            f"| {words or '-'} |"
        )
    print()
    for key, label in (("loeo", "leave-one-estate-out"), ("no_name", "no name keywords")):
        vals = [v[key] for v in out.values()]
        print(f"{label}: mean {statistics.mean(vals):.3f}, min {min(vals):.3f}")
    return out


def calibrate(dirs: list[Path]) -> list[list[float]]:
    """Fit probability -> confidence (isotonic) on dev data, print TOML points.

    Each dev dataset is classified three ways: as it is, without the name keywords only
    it fires, and without any name keyword. The rules are near perfect on the data they
    were written with, so a fit on that alone says "always sure"; the harder runs stand
    in for naming conventions nobody wrote rules for. Held-out data is never used.
    """
    from sklearn.isotonic import IsotonicRegression

    estates = _dev_estates(dirs)
    xs, ys = [], []
    for _name, est, _own, runs in _classified_three_ways(estates):
        for res in runs:
            for r, lab in zip(res, est.labels, strict=True):
                xs.append(r.probability)
                ys.append(float(r.asset_type == lab))
    iso = IsotonicRegression(y_min=0.05, y_max=0.97, out_of_bounds="clip").fit(xs, ys)
    grid = [0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95, 1.0]
    points = [[g, round(float(iso.predict([g])[0]), 3)] for g in grid]
    print(f"\nfitted on {len(xs)} decisions (3 runs of {len(estates)} dev datasets)")
    print("[calibration]\npoints = " + json.dumps(points))
    print("(keep a small slope where the fit is flat, so confidence still orders probability)")
    return points


def _mean_curve(store, label: str, est, seeds: int) -> list[float]:
    """Accuracy at each of STEPS, averaged over seeds, each in a fresh tenant."""
    from migrascope.tools.classification_learning import learning_curve

    runs = []
    for seed in range(seeds):
        tenant = store.ensure_tenant(f"{label}-{seed}-{uuid.uuid4().hex[:6]}")
        pts = learning_curve(store, tenant, est.records, est.labels, STEPS, seed=seed)
        runs.append([p.accuracy for p in pts])
    return [statistics.mean(col) for col in zip(*runs, strict=True)]


def learning(store, seeds: int, out_dir: Path) -> dict[str, list[float]]:
    from migrascope.tools.classification_learning import load_labelled_estate

    curves: dict[str, list[float]] = {}
    print("\n## Learning curve (fresh tenant per estate and seed; accuracy on rows not taught)\n")
    print("| estate | " + " | ".join(str(s) for s in STEPS) + " |\n|---|" + "---|" * len(STEPS))
    for name in ESTATES:
        est = load_labelled_estate(DATASETS / name)
        curves[name] = _mean_curve(store, f"bench-{name}", est, seeds)
        print(f"| {name} | " + " | ".join(f"{a:.3f}" for a in curves[name]) + " |")
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(6, 4))
    for name, ys in curves.items():
        ax.plot(STEPS, ys, marker="o", label=name)
    ax.set_xlabel("corrections taught")
    ax.set_ylabel("asset-type accuracy (rows not taught)")
    ax.set_title("migrascope classification learning curve")
    ax.grid(alpha=0.3)
    ax.legend()
    png = out_dir / "classification_learning_curve.png"
    fig.tight_layout()
    fig.savefig(png, dpi=120)
    print(f"\nplot: {png}")
    return curves


def learn_unknown(store, seeds: int, dirs: list[Path]) -> dict[str, list[float]]:
    """Learning curves on estates made unknown: every name keyword removed from the rules.

    The honest stand-in for a naming convention nobody wrote codes for (the held-out
    estates are not read): what corrections must teach here is the estate's own name
    codes, from a handful of corrected hosts to their siblings.
    """
    from migrascope.tools import classification as cls
    from migrascope.tools.classification_learning import load_labelled_estate
    from migrascope.tools.classification_rules import leave_out_keywords

    every_name_word = _every_name_keyword()
    wanted = [d for d in dirs if d.name in ESTATES or d.name.startswith("synthetic_")]
    curves: dict[str, list[float]] = {}
    print("\n## Learning curve on unknown conventions (no name keywords; fresh tenant)\n")
    print("| estate | " + " | ".join(str(s) for s in STEPS) + " |\n|---|" + "---|" * len(STEPS))
    leave_out_keywords(every_name_word)
    cls._text_key.cache_clear()
    try:
        for d in wanted:
            est = load_labelled_estate(d)
            curves[d.name] = _mean_curve(store, f"bench-unk-{d.name}", est, seeds)
            print(
                f"| {d.name} | " + " | ".join(f"{a:.3f}" for a in curves[d.name]) + " |", flush=True
            )
    finally:
        leave_out_keywords(frozenset())
        cls._text_key.cache_clear()
    at10 = [c[STEPS.index(10)] for c in curves.values()]
    print(f"\nafter 10 corrections: mean {statistics.mean(at10):.3f}, min {min(at10):.3f}")
    return curves


def isolation(store) -> None:
    """Tenant A's corrections never change tenant B's results (on the real database)."""
    from migrascope.tools.classification_learning import (
        accuracy,
        apply_corrections,
        classify_estate,
        load_labelled_estate,
    )

    print("\n## Tenant isolation: B's accuracy before/after A taught 20 corrections\n")
    a = store.ensure_tenant(f"bench-iso-a-{uuid.uuid4().hex[:6]}")
    b = store.ensure_tenant(f"bench-iso-b-{uuid.uuid4().hex[:6]}")
    estates = {n: load_labelled_estate(DATASETS / n) for n in ESTATES}
    before = {
        n: accuracy(classify_estate(store, b, e.records), e.labels) for n, e in estates.items()
    }
    taught = apply_corrections(
        store, a, estates["estate_factory"].records, estates["estate_factory"].labels, 20
    )
    after = {
        n: accuracy(classify_estate(store, b, e.records), e.labels) for n, e in estates.items()
    }
    for n in ESTATES:
        print(
            f"tenant B on {n}: {before[n]:.3f} -> {after[n]:.3f} (A taught {len(taught)} on estate_factory)"
        )
    same = all(before[n] == after[n] for n in ESTATES)
    print("isolation holds" if same else "ISOLATION BROKEN")


def speed(store, rows: int, tmp: Path) -> None:
    from migrascope.tools import synthetic
    from migrascope.tools.classification import load_classifier
    from migrascope.tools.classification_learning import apply_corrections, load_labelled_estate

    print(f"\n## Throughput: classifying {rows:,} assets (2,000 per batch, as the import does)\n")
    d = tmp / "speed"
    d.mkdir()
    estate = synthetic.generate_estate(rows, seed=7, convention="compact")
    synthetic.write_csv(estate, d / "export.csv")
    synthetic.write_truth(estate, d / "truth.json")
    est = load_labelled_estate(d)
    canon = [r.canonical for r in est.records]
    extras = [r.extra for r in est.records]
    tenant = store.ensure_tenant(f"bench-speed-{uuid.uuid4().hex[:6]}")
    for label in ("cold (rules only)", "after 20 corrections (patterns + model)"):
        if label.startswith("after"):
            apply_corrections(store, tenant, est.records[:2000], est.labels[:2000], 20)
        started, cpu = time.perf_counter(), time.process_time()
        clf = load_classifier(store, tenant)
        loaded = time.perf_counter() - started
        right = 0
        for i in range(0, len(canon), 2000):
            res = clf.classify_many(canon[i : i + 2000], extras=extras[i : i + 2000])
            right += sum(
                r.asset_type == lab for r, lab in zip(res, est.labels[i : i + 2000], strict=True)
            )
        total, cpu = time.perf_counter() - started, time.process_time() - cpu
        print(
            f"{label}: {total:.2f} s wall, {cpu:.2f} s CPU ({loaded * 1000:.0f} ms to load + "
            f"train), {rows / total:,.0f} assets/s, accuracy {right / rows:.3f}"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "results")
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--seeds", type=int, default=3)
    parser.add_argument("--calibrate", action="store_true")
    parser.add_argument("--skip-speed", action="store_true")
    parser.add_argument("--only-speed", action="store_true")
    parser.add_argument("--loeo", action="store_true", help="leave-one-estate-out check only")
    parser.add_argument(
        "--learn-unknown",
        action="store_true",
        help="learning curves with every name keyword removed (unknown conventions) only",
    )
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    sys.path.insert(0, str(ROOT / "src"))
    from migrascope.config import Settings
    from migrascope.memory import Store

    with tempfile.TemporaryDirectory(prefix="bench-cls-") as tmp_s:
        tmp = Path(tmp_s)
        dirs = _datasets() + _synthetic(tmp)
        if args.calibrate:
            calibrate(dirs)
            return
        if args.loeo:
            loeo(dirs)
            return
        if args.learn_unknown:
            with Store.open(Settings(home=tmp / "home")) as store:  # type: ignore[call-arg]
                learn_unknown(store, args.seeds, dirs)
            return
        if args.only_speed:
            with Store.open(Settings(home=tmp / "home")) as store:  # type: ignore[call-arg]
                speed(store, args.rows, tmp)
            return
        cold = cold_start(dirs)
        settings = Settings(home=tmp / "home")  # type: ignore[call-arg]
        with Store.open(settings) as store:
            curves = learning(store, args.seeds, args.out)
            isolation(store)
            if not args.skip_speed:
                speed(store, args.rows, tmp)
        (args.out / "classification.json").write_text(
            json.dumps({"cold_start": cold, "learning_curve": {"steps": STEPS, **curves}}, indent=1)
        )
    print(f"numbers: {args.out / 'classification.json'}")
    np.seterr(all="ignore")


if __name__ == "__main__":
    main()
