"""PNG plots of a run: learning curves and the reliability (calibration) diagram."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from migrascope.evaluation._runner import EvalRun

__all__ = ["write_plots"]


def _pyplot() -> Any:
    import matplotlib

    matplotlib.use("Agg")  # files only: no display on servers and in CI
    import matplotlib.pyplot as plt

    return plt


def _curve(ax: Any, points: list[dict[str, Any]], key: str, label: str, style: str) -> None:
    xs = [p["corrections"] for p in points if p.get(key) is not None]
    ys = [p[key] for p in points if p.get(key) is not None]
    if xs:
        ax.plot(xs, ys, style, label=label)


def _learning_curves(run: EvalRun, path: Path) -> None:
    plt = _pyplot()
    fig, axes = plt.subplots(1, 2, figsize=(11, 4.2))
    mean = run.mean_curves()
    for ax, kind, title in (
        (axes[0], "mapping", "Field mapping"),
        (axes[1], "classification", "Asset classification"),
    ):
        for r in run.results:
            pts = r.mapping_curve if kind == "mapping" else r.classification_curve
            xs = [p["corrections"] for p in pts if p.get("accuracy") is not None]
            ys = [p["accuracy"] for p in pts if p.get("accuracy") is not None]
            ax.plot(xs, ys, "-", color="0.85", linewidth=0.8)
        _curve(ax, mean[kind], "accuracy", "same file (mean)", "o-")
        if kind == "classification":
            _curve(ax, mean[kind], "heldout_accuracy", "rows not corrected (mean)", "s--")
        _curve(ax, mean[kind], "pair_accuracy", "other file of the tool (mean)", "^-.")
        ax.set_title(f"{title}: accuracy after corrections")
        ax.set_xlabel("corrections taught (from the truth)")
        ax.set_ylabel("accuracy")
        ax.set_ylim(0, 1.02)
        ax.grid(alpha=0.3)
        ax.legend(loc="lower right", fontsize=8)
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)


def _reliability(run: EvalRun, path: Path) -> None:
    from migrascope.evaluation._metrics import expected_calibration_error, reliability_bins

    plt = _pyplot()
    fig, axes = plt.subplots(1, 2, figsize=(11, 4.2))
    for ax, title, decs in (
        (axes[0], "Field mapping", run.mapping_decisions()),
        (axes[1], "Asset classification", run.classification_decisions()),
    ):
        bins = [b for b in reliability_bins(decs) if b["count"]]
        ax.plot([0, 1], [0, 1], ":", color="0.5", label="perfect calibration")
        ax.bar(
            [b["lower"] for b in bins],
            [b["accuracy"] for b in bins],
            width=0.1,
            align="edge",
            alpha=0.7,
            edgecolor="black",
            label="accuracy in bin",
        )
        ax.plot(
            [b["mean_confidence"] for b in bins],
            [b["accuracy"] for b in bins],
            "o",
            color="C3",
            label="mean confidence vs accuracy",
        )
        ece = expected_calibration_error(decs)
        ece_text = "n/a" if ece is None else f"{ece:.3f}"
        ax.set_title(f"{title}: reliability (ECE {ece_text}, n={len(decs)})")
        ax.set_xlabel("confidence")
        ax.set_ylabel("accuracy")
        ax.set_xlim(0, 1)
        ax.set_ylim(0, 1.02)
        ax.grid(alpha=0.3)
        ax.legend(loc="upper left", fontsize=8)
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)


def write_plots(run: EvalRun, out_dir: Path) -> list[Path]:
    """Write ``learning_curves.png`` and ``calibration.png``; returns their paths."""
    out_dir.mkdir(parents=True, exist_ok=True)
    curves = out_dir / "learning_curves.png"
    calibration = out_dir / "calibration.png"
    _learning_curves(run, curves)
    _reliability(run, calibration)
    return [curves, calibration]
