"""A learning simulation on the real store: imports, simulated reviewers, exploration.

Used by ``tests/test_simulation.py`` and ``benchmarks/sim_learning.py``. Three parts:

1. **Stream**: a tenant imports a stream of synthetic exports (four tools' header
   styles, fresh estates each round, some columns under the client's own German
   names); a reviewer who knows the ground truth confirms or corrects every column
   mapping and every asset classification. Measured per import: mapping and
   classification accuracy, patterns retired, threshold adjustments.
2. **Calibration**: an over-confident assessor (migration strategies at confidence
   0.9, right 60% of the time) followed by a reliable one (right 100%), to show
   that the auto threshold rises and then falls, each time with a recorded reason.
3. **Exploration**: an ambiguous family of assets (55% virtual_machine, 40% server,
   5% database) with three competing patterns: a proven but mediocre one and two
   new, unproven ones (one good, one bad). Greedy, Thompson sampling and UCB each run
   on a fresh tenant; measured: accuracy, the share of the best pattern at the end,
   whether the bad pattern retired, and offline (inverse-propensity) estimates of two
   fixed policies from Thompson's logged propensities.
"""

from __future__ import annotations

import random
import tempfile
import time
import uuid
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from migrascope.memory import PatternMatch
from migrascope.tools.classification import asset_name, load_classifier, signature
from migrascope.tools.confidence import adapt_thresholds
from migrascope.tools.exploration import Explorer, choose_and_record, diversity, offline_value
from migrascope.tools.feedback import FeedbackItem, record_feedback, record_feedback_batch
from migrascope.tools.history import record_decision
from migrascope.tools.importing import import_file
from migrascope.tools.synthetic import SyntheticEstate, generate_estate, write_csv

if TYPE_CHECKING:
    from migrascope.memory import Store

__all__ = ["SimulationReport", "run_calibration", "run_exploration", "run_simulation", "run_stream"]

# The client keeps its own German column names in some files (a hand-made spreadsheet
# next to the tool exports): no lexicon knows them, one correction each must suffice.
_IN_HOUSE = {
    "hostname": "Rechnername",
    "memory_gb": "Arbeitsspeicher",
    "environment": "Umgebung",
    "application_name": "Anwendung",
    "location": "Standort",
    "os_name": "Betriebssystem",
}
_STYLES = (
    ("servicenow", "dash"),
    ("rvtools", "compact"),
    ("azure", "underscore"),
    ("generic", "dotted"),
)
# A noisy agent's labels: what it wrongly believes about families of assets.
_NOISY_LABELS = {
    "virtual_machine": "storage",
    "server": "network_device",
    "database": "application",
}


@dataclass
class SimulationReport:
    """Figures of one simulation run."""

    stream: list[dict[str, Any]] = field(default_factory=list)
    stream_retired: list[dict[str, Any]] = field(default_factory=list)
    stream_thresholds: list[dict[str, Any]] = field(default_factory=list)
    calibration: list[dict[str, Any]] = field(default_factory=list)
    exploration: dict[str, dict[str, Any]] = field(default_factory=dict)
    offline: dict[str, Any] = field(default_factory=dict)
    seconds: float = 0.0


def _tenant(store: Store, prefix: str) -> str:
    return store.ensure_tenant(f"{prefix}-{uuid.uuid4().hex[:10]}")


def _in_house(estate: SyntheticEstate) -> SyntheticEstate:
    """Rename the first column of each in-house field to the client's own name."""
    renames: dict[str, str] = {}
    for col in estate.columns:
        target = estate.truth_columns.get(col)
        if target in _IN_HOUSE and _IN_HOUSE[target] not in renames.values():
            renames[col] = _IN_HOUSE[target]
    return replace(
        estate,
        columns=[renames.get(c, c) for c in estate.columns],
        truth_columns={renames.get(c, c): t for c, t in estate.truth_columns.items()},
        assets=[
            replace(a, row={renames.get(k, k): v for k, v in a.row.items()}) for a in estate.assets
        ],
    )


def run_stream(
    store: Store, *, rounds: int = 3, rows: int = 60, seed: int = 7, folder: Path | None = None
) -> tuple[list[dict[str, Any]], list[dict[str, Any]], list[dict[str, Any]]]:
    """Imports with reviewer feedback from ground truth; returns (steps, retired, thresholds)."""
    tenant = _tenant(store, "sim-stream")
    folder = Path(folder or tempfile.mkdtemp(prefix="migrascope-sim-"))
    steps: list[dict[str, Any]] = []
    n = 0
    for r in range(rounds):
        for style, conv in _STYLES:
            n += 1
            estate = generate_estate(
                rows, seed=seed + 100 * r + n, convention=conv, header_style=style
            )
            path = folder / f"r{r}_{style}.csv"
            estate = _in_house(estate)
            write_csv(estate, path)
            report = import_file(store, tenant, path)
            # Mapping: one decision per column (recorded by the import), reviewed.
            decisions = store.decisions.history(tenant, import_id=report.import_id)
            map_ok = 0
            review: list[FeedbackItem] = []
            for d in decisions:
                truth = estate.truth_columns.get(d["subject"])
                ok = d["answer"] == truth
                map_ok += ok
                review.append(
                    FeedbackItem(d["decision_id"], "confirm")
                    if ok
                    else FeedbackItem(d["decision_id"], "correct", truth or "none")
                )
            record_feedback_batch(store, tenant, review, actor="reviewer", adapt=False)
            # Classification: every asset of the import, decided and reviewed.
            truth_types = {n: a.asset_type for n, a in enumerate(estate.assets, 1)}
            assets = [
                a
                for a in store.assets.list(tenant, limit=100_000)
                if a["import_id"] == report.import_id
            ]
            classifier = load_classifier(store, tenant)
            results = classifier.classify_many(assets)
            stored = store.decisions.record_many(
                tenant,
                [
                    {
                        "operation": "asset_classification",
                        "subject": asset_name(asset) or f"row {asset['row_number']}",
                        "answer": cls.asset_type,
                        "confidence": cls.confidence,
                        "decision": cls.decision,
                        "pattern_ids": [cls.pattern_id] if cls.pattern_id else [],
                        "evidence": {
                            "signature": signature(asset),
                            "reasons": cls.reasons,
                            "scores": cls.scores,
                        },
                        "import_id": report.import_id,
                    }
                    for asset, cls in zip(assets, results, strict=True)
                ],
            )
            cls_ok = 0
            review = []
            for asset, cls, row in zip(assets, results, stored, strict=True):
                truth = truth_types[asset["row_number"]]
                ok = cls.asset_type == truth
                cls_ok += ok
                review.append(
                    FeedbackItem(row["decision_id"], "confirm")
                    if ok
                    else FeedbackItem(row["decision_id"], "correct", truth)
                )
            record_feedback_batch(store, tenant, review, actor="reviewer", adapt=False)
            changes = adapt_thresholds(store, tenant, "field_mapping") + adapt_thresholds(
                store, tenant, "asset_classification"
            )
            retired = store.classification_patterns.count(tenant).get("retired", 0)
            steps.append(
                {
                    "import": n,
                    "round": r + 1,
                    "file": path.name,
                    "columns": len(decisions),
                    "mapping_accuracy": round(map_ok / max(1, len(decisions)), 4),
                    "assets": len(assets),
                    "classification_accuracy": round(cls_ok / max(1, len(assets)), 4),
                    "patterns_retired": retired,
                    "threshold_changes": [
                        f"{c.threshold} {c.old_value:.2f}->{c.new_value:.2f}" for c in changes
                    ],
                }
            )
    retired_rows = [
        {
            "pattern_id": p.pattern_id,
            "key": p.key,
            "answer": p.answer,
            "alpha": p.alpha,
            "beta": p.beta,
            "source_agent": p.source_agent,
        }
        for p in store.classification_patterns.list(tenant, state="retired")
    ]
    history = [
        {
            k: h[k]
            for k in (
                "operation",
                "threshold",
                "old_value",
                "new_value",
                "accuracy",
                "events",
                "reason",
            )
        }
        for h in store.thresholds.history(tenant)
    ]
    return steps, retired_rows, history


def run_calibration(
    store: Store, *, seed: int = 11, phases: tuple[int, int] = (60, 120)
) -> list[dict[str, Any]]:
    """An over-confident assessor, then a reliable one: auto must rise, then fall."""
    tenant = _tenant(store, "sim-calib")
    rng = random.Random(seed)
    strategies = ["rehost", "replatform", "refactor", "retire", "retain"]
    out: list[dict[str, Any]] = []
    plan = (("over-confident", 0.6, phases[0]), ("reliable", 1.0, phases[1]))
    for phase, accuracy, count in plan:
        for i in range(count):
            truth = rng.choice(strategies)
            right = rng.random() < accuracy
            answer = truth if right else rng.choice([s for s in strategies if s != truth])
            row = record_decision(
                store,
                tenant,
                "migration_strategy",
                f"{phase}-app-{i}",
                answer,
                0.9,
                evidence={"reasons": [f"simulated {phase} assessor"]},
            )
            result = record_feedback(
                store,
                tenant,
                row["decision_id"],
                "confirm" if right else "correct",
                None if right else truth,
                actor="reviewer",
            )
            for ch in result.threshold_changes:
                out.append(
                    {
                        "phase": phase,
                        "after_decision": i + 1,
                        "threshold": ch.threshold,
                        "old": ch.old_value,
                        "new": ch.new_value,
                        "reason": ch.reason,
                    }
                )
    return out


def run_exploration(
    store: Store,
    *,
    steps: int = 200,
    seed: int = 5,
    policies: tuple[str, ...] = ("greedy", "thompson", "ucb"),
) -> tuple[dict[str, dict[str, Any]], dict[str, Any]]:
    """Competing patterns for an ambiguous family; returns per-policy figures and offline IPS."""
    shares = (("virtual_machine", 0.55), ("server", 0.40), ("database", 0.05))
    out: dict[str, dict[str, Any]] = {}
    offline: dict[str, Any] = {}
    for policy in policies:
        tenant = _tenant(store, f"sim-{policy}")
        repo = store.classification_patterns
        # Proven but mediocre: 'server', 20 of 50 confirmed, taught by another crew.
        proven = repo.teach(
            tenant,
            "name app-node-# | crew legacy",
            "server",
            agent="legacy-importer",
            crew="discovery",
            explicit=False,
        )
        for k in range(50):
            repo.reward(tenant, [proven.pattern_id], success=k < 20)
        better = repo.teach(
            tenant,
            "name app-node-# | crew vmware",
            "virtual_machine",
            agent="vm-inspector",
            crew="classification",
            explicit=False,
        )
        bad = repo.teach(
            tenant,
            "name app-node-# | crew dbscan",
            "database",
            agent="db-scanner",
            crew="classification",
            explicit=False,
        )
        labels = {
            proven.pattern_id: "server",
            better.pattern_id: "virtual_machine",
            bad.pattern_id: "database",
        }
        rng = random.Random(seed)
        explorer = Explorer(policy, seed=seed, draws=400)
        correct = 0
        chosen_ids: list[int] = []
        for i in range(steps):
            x = rng.random()
            truth = (
                shares[0][0]
                if x < shares[0][1]
                else shares[1][0]
                if x < shares[0][1] + shares[1][1]
                else shares[2][0]
            )
            near = repo.nearest(tenant, "name app-node-#", k=5)
            candidates = [
                PatternMatch(m.pattern, 1.0) for m in near if m.pattern.pattern_id in labels
            ]
            choice, decision_id = choose_and_record(
                store,
                tenant,
                "asset_classification",
                f"app-node-{i:03d}",
                candidates,
                explorer=explorer,
                evidence={"signature": f"name app-node-{i:03d}"},
            )
            ok = choice.answer == truth
            correct += ok
            chosen_ids.append(choice.pattern.pattern_id)
            record_feedback(
                store,
                tenant,
                decision_id,
                "confirm" if ok else "reject",
                actor="reviewer",
                teach=False,
                adapt=False,
            )
        last = chosen_ids[-50:]
        final = repo.by_ids(tenant, list(labels))
        out[policy] = {
            "accuracy": round(correct / steps, 4),
            "best_pattern_share_last_50": round(last.count(better.pattern_id) / len(last), 4),
            "times_best_tried": chosen_ids.count(better.pattern_id),
            "bad_pattern_retired": final[bad.pattern_id].state == "retired",
            "posterior_means": {labels[p]: round(final[p].score, 3) for p in labels},
            "diversity": diversity(store, tenant, "asset_classification"),
        }
        if policy == "thompson":
            log = store.choices.list(tenant, "asset_classification")

            def fixed(pattern_id: int) -> Any:
                return lambda cands: (
                    pattern_id if any(c["pattern_id"] == pattern_id for c in cands) else None
                )

            offline = {
                "logged_policy": "thompson",
                "logged_value": round(correct / steps, 4),
                "always_proven_server_pattern": offline_value(log, fixed(proven.pattern_id)),
                "always_new_vm_pattern": offline_value(log, fixed(better.pattern_id)),
                "true_values": {
                    "always_proven_server_pattern": shares[1][1],
                    "always_new_vm_pattern": shares[0][1],
                },
            }
    return out, offline


def run_simulation(store: Store, *, quick: bool = False) -> SimulationReport:
    """All three parts; ``quick`` shortens them for the test suite."""
    started = time.perf_counter()
    report = SimulationReport()
    report.stream, report.stream_retired, report.stream_thresholds = run_stream(
        store, rounds=3, rows=30 if quick else 60
    )
    report.calibration = run_calibration(store, phases=(40, 100) if quick else (60, 120))
    report.exploration, report.offline = run_exploration(
        store,
        steps=100 if quick else 300,
        policies=("greedy", "thompson", "ucb"),
    )
    report.seconds = round(time.perf_counter() - started, 2)
    return report
