"""Learning analytics: pattern counts by state, accuracy overall and by band, threshold
history, recent activity, trends, top conflicting patterns; PNG plots (matplotlib Agg).

Accuracy counts judged decisions: feedback events that carry a confidence band
(a confirmation is right, a correction or rejection is wrong).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from migrascope.memory import default_thresholds
from migrascope.tools.confidence import BANDS
from migrascope.tools.exploration import diversity

if TYPE_CHECKING:
    from migrascope.memory import Store

__all__ = ["OPERATIONS", "learning_stats", "write_plots"]

OPERATIONS = ("field_mapping", "asset_classification", "migration_strategy", "risk_assessment")

_ACCURACY_SQL = """
SELECT operation, band, count(*) AS n, count(*) FILTER (WHERE action = 'confirm') AS correct
FROM feedback_events WHERE tenant_id = %s AND band IS NOT NULL
GROUP BY operation, band
"""
_DAILY_SQL = """
SELECT operation, date_trunc('day', created_at) AS day, count(*) AS n,
       count(*) FILTER (WHERE action = 'confirm') AS correct
FROM feedback_events WHERE tenant_id = %s AND band IS NOT NULL
GROUP BY operation, day ORDER BY day
"""
# Windows of `size` consecutive judged events per operation: the learning curve.
_WINDOWS_SQL = """
SELECT operation, (row_number() OVER w - 1) / %s AS bucket, (action = 'confirm') AS ok
FROM feedback_events WHERE tenant_id = %s AND band IS NOT NULL
WINDOW w AS (PARTITION BY operation ORDER BY event_id)
"""
_ACTIVITY_SQL = """
SELECT
  (SELECT count(*) FROM feedback_events WHERE tenant_id = %(t)s
     AND created_at > now() - interval '1 day') AS feedback_24h,
  (SELECT count(*) FROM feedback_events WHERE tenant_id = %(t)s
     AND created_at > now() - interval '7 days') AS feedback_7d,
  (SELECT count(*) FROM decisions WHERE tenant_id = %(t)s
     AND created_at > now() - interval '1 day') AS decisions_24h,
  (SELECT count(*) FROM decisions WHERE tenant_id = %(t)s
     AND created_at > now() - interval '7 days') AS decisions_7d,
  (SELECT count(*) FROM imports WHERE tenant_id = %(t)s
     AND started_at > now() - interval '7 days') AS imports_7d
"""


def _acc(n: int, correct: int) -> dict[str, Any]:
    return {"events": n, "correct": correct, "accuracy": round(correct / n, 4) if n else None}


def learning_stats(store: Store, tenant: str, *, window: int = 20) -> dict[str, Any]:
    """Everything ``migrascope stats`` prints, as JSON-ready data."""
    rows = store.execute(_ACCURACY_SQL, (tenant,))
    by_op: dict[str, dict[str, Any]] = {}
    band_totals = {b: [0, 0] for b in BANDS}
    for r in rows:
        entry = by_op.setdefault(r["operation"], {"n": 0, "correct": 0, "by_band": {}})
        entry["n"] += r["n"]
        entry["correct"] += r["correct"]
        entry["by_band"][r["band"]] = _acc(r["n"], r["correct"])
        band_totals[r["band"]][0] += r["n"]
        band_totals[r["band"]][1] += r["correct"]
    total_n = sum(v["n"] for v in by_op.values())
    total_c = sum(v["correct"] for v in by_op.values())
    trends: dict[str, Any] = {}
    for r in store.execute(_DAILY_SQL, (tenant,)):
        trends.setdefault(r["operation"], {"daily": [], "windows": []})["daily"].append(
            {"day": r["day"].date().isoformat(), **_acc(r["n"], r["correct"])}
        )
    buckets: dict[tuple[str, int], list[int]] = {}
    for r in store.execute(_WINDOWS_SQL, (window, tenant)):
        cell = buckets.setdefault((r["operation"], int(r["bucket"])), [0, 0])
        cell[0] += 1
        cell[1] += int(bool(r["ok"]))
    for (op, bucket), (n, c) in sorted(buckets.items()):
        trends.setdefault(op, {"daily": [], "windows": []})["windows"].append(
            {"window": bucket, "first_event": bucket * window + 1, **_acc(n, c)}
        )
    thresholds: dict[str, Any] = {}
    history = store.thresholds.history(tenant)
    for op in OPERATIONS:
        current = store.thresholds.get(tenant, op)
        thresholds[op] = {
            "current": current._asdict(),
            "default": default_thresholds(op)._asdict(),
            "history": [
                {
                    k: h[k]
                    for k in (
                        "threshold",
                        "old_value",
                        "new_value",
                        "reason",
                        "accuracy",
                        "events",
                        "created_at",
                    )
                }
                for h in history
                if h["operation"] == op
            ],
        }
    activity = store.execute(_ACTIVITY_SQL, {"t": tenant})[0]
    activity["last_feedback"] = [
        {
            k: e[k]
            for k in (
                "event_id",
                "operation",
                "subject",
                "action",
                "proposed",
                "corrected",
                "actor",
                "created_at",
            )
        }
        for e in store.feedback.list(tenant, limit=10)
    ]
    conflicts = store.conflicts.top_patterns(tenant)
    for row in conflicts:
        row["conflicts"] = int(row["conflicts"])
        row["detections"] = int(row["detections"])
    return {
        "tenant": tenant,
        "patterns": {
            "field_mapping": {"active": 0, "retired": 0, **store.mapping_patterns.count(tenant)},
            "asset_classification": {
                "active": 0,
                "retired": 0,
                **store.classification_patterns.count(tenant),
            },
            "global_pool": store.global_pool.counts(),
            "sharing": store.is_sharing(tenant),
        },
        "accuracy": {
            "overall": _acc(total_n, total_c),
            "by_band": {b: _acc(*band_totals[b]) for b in BANDS},
            "by_operation": {
                op: {"overall": _acc(v["n"], v["correct"]), "by_band": v["by_band"]}
                for op, v in sorted(by_op.items())
            },
        },
        "thresholds": thresholds,
        "recent_activity": activity,
        "trends": trends,
        "top_conflicting_patterns": conflicts,
        "exploration": diversity(store, tenant),
    }


def write_plots(stats: dict[str, Any], folder: Path | str) -> list[Path]:
    """Write accuracy-over-time, learning-curve and threshold-history PNGs; returns the paths."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    out = Path(folder)
    out.mkdir(parents=True, exist_ok=True)
    paths: list[Path] = []

    fig, ax = plt.subplots(figsize=(7, 4))
    for op, t in stats["trends"].items():
        pts = [w for w in t["windows"] if w["accuracy"] is not None]
        if pts:
            ax.plot(
                [w["first_event"] for w in pts], [w["accuracy"] for w in pts], marker="o", label=op
            )
    ax.set(
        xlabel="feedback event",
        ylabel="accuracy (window)",
        ylim=(0, 1.05),
        title="Accuracy over time",
    )
    if stats["trends"]:
        ax.legend()
    paths.append(out / "accuracy_over_time.png")
    fig.tight_layout()
    fig.savefig(paths[-1], dpi=100)
    plt.close(fig)

    fig, ax = plt.subplots(figsize=(7, 4))
    for op, t in stats["trends"].items():
        n = c = 0
        xs, ys = [], []
        for w in t["windows"]:
            n += w["events"]
            c += w["correct"]
            xs.append(n)
            ys.append(c / n if n else 0)
        if xs:
            ax.plot(xs, ys, label=op)
    ax.set(
        xlabel="feedback events",
        ylabel="cumulative accuracy",
        ylim=(0, 1.05),
        title="Learning curve",
    )
    if stats["trends"]:
        ax.legend()
    paths.append(out / "learning_curve.png")
    fig.tight_layout()
    fig.savefig(paths[-1], dpi=100)
    plt.close(fig)

    fig, ax = plt.subplots(figsize=(7, 4))
    for op, t in stats["thresholds"].items():
        for name in ("auto", "suggest"):
            values = [t["default"][name]] + [
                h["new_value"] for h in t["history"] if h["threshold"] == name
            ]
            if len(values) > 1:
                ax.step(range(len(values)), values, where="post", label=f"{op} {name}")
    ax.set(xlabel="adjustment", ylabel="threshold", ylim=(0, 1.05), title="Threshold history")
    if ax.get_legend_handles_labels()[0]:
        ax.legend(fontsize=8)
    paths.append(out / "threshold_history.png")
    fig.tight_layout()
    fig.savefig(paths[-1], dpi=100)
    plt.close(fig)
    return paths
