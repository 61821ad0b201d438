"""eval: labelled datasets through the pipeline, scored beside baselines."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.table import Table

from migrascope.cli._app import (
    JsonOpt,
    app,
    err_console,
    handle_errors,
    open_store,
    out_console,
    print_json,
    settings,
)
from migrascope.errors import InputError

# Generated estates added to a run without DATASET arguments: two naming conventions of
# one header style, paired, so the transfer of corrections between them is measured too.
# (name, seed, naming convention, rows)
_GENERATED: tuple[tuple[str, int, str, int], ...] = (
    ("synthetic_compact", 901, "compact", 300),
    ("synthetic_dash", 902, "dash", 300),
)


def _pct(value: Any) -> str:
    return "—" if value is None else f"{100 * value:.1f}%"


def _num(value: Any) -> str:
    return "—" if value is None else f"{100 * value:.1f}"


def _print_table(report: dict[str, Any], out_dir: Path) -> None:
    # A narrow terminal (or a pipe, which Rich treats as 80 columns) gets the columns
    # people read first; baselines and ECE still follow as lines under the table.
    wide = out_console.width >= 130
    baselines = list(report["overall"]["baselines"]) if wide else []
    grid = Table(title="migrascope evaluation")
    grid.add_column("dataset", no_wrap=True)
    ece = ("map ECE", "type ECE") if wide else ()
    for col in ("rows", "mapping top-1", *baselines, "types", *ece):
        grid.add_column(col, justify="right")
    grid.add_column("types after 0→20 fixes" if wide else "types 0→20 fixes %", justify="right")
    grid.add_column("s / 1k rows", justify="right")

    def row(name: str, d: dict[str, Any], curve: list[dict[str, Any]]) -> list[str]:
        first = curve[0].get("accuracy") if curve else None
        last = curve[-1].get("accuracy") if curve else None
        eces = [
            "—" if d[key] is None else f"{d[key]:.3f}"
            for key in ("mapping_ece", "classification_ece")
        ]
        return [
            name,
            str(d["rows"]),
            _pct(d["mapping_top1"]),
            *[_pct(d["baselines"].get(b, {}).get("mapping_top1")) for b in baselines],
            _pct(d["classification_accuracy"]),
            *(eces if wide else []),
            f"{_pct(first)} → {_pct(last)}" if wide else f"{_num(first)}→{_num(last)}",
            "—" if d["seconds_per_1000_rows"] is None else f"{d['seconds_per_1000_rows']:.3f}",
        ]

    for d in report["datasets"]:
        label = d["name"] + (" *" if d.get("split") == "held-out" else "")
        grid.add_row(*row(label, d, d["learning_curve"]["classification"]))
    overall = report["overall"]
    grid.add_section()
    grid.add_row(
        *row("overall", overall, overall["learning_curve"]["classification"]), style="bold"
    )
    out_console.print(grid)
    if any(d.get("split") == "held-out" for d in report["datasets"]):
        out_console.print("* held-out: never used to tune the lexicon, rules or calibration")
    for split, figures in overall["by_split"].items():
        out_console.print(
            f"{split} ({figures['datasets']} datasets): mapping top-1 "
            f"{_pct(figures['mapping_top1'])} of {figures['columns']} columns, "
            f"types {_pct(figures['classification_accuracy'])} of {figures['rows']} rows"
        )
    ratios = ", ".join(
        f"{name} ×{b['ratio']}" if b["ratio"] is not None else f"{name} (scored 0)"
        for name, b in overall["baselines"].items()
    )
    out_console.print(f"mapping top-1 relative to baselines: {ratios}")
    out_console.print(
        f"expected calibration error: mapping {overall['mapping_ece']}, "
        f"types {overall['classification_ece']}"
    )
    bands = overall["classification_bands"]
    out_console.print(
        "type accuracy by confidence band: "
        + ", ".join(f"{k} {_pct(v['accuracy'])} (n={v['count']})" for k, v in bands.items())
    )
    for note in report["notes"]:
        err_console.print(f"[dim]note:[/] {note}")
    err_console.print(f"[dim]wrote {out_dir / 'eval.json'} and PNG plots[/]")


@app.command("eval")
@handle_errors
def eval_command(
    datasets: Annotated[
        list[str] | None,
        typer.Argument(
            help="Dataset folders (export.* + truth.json) or bundled names. "
            "Default: every bundled dataset plus two generated estates.",
            show_default=False,
        ),
    ] = None,
    out: Annotated[
        Path, typer.Option("--out", "-o", help="Folder for eval.json and the PNG plots.")
    ] = Path("eval-out"),
    valentine: Annotated[
        bool,
        typer.Option(
            "--valentine/--no-valentine",
            help="Run the valentine schema-matcher baselines when the [eval] extra is installed.",
        ),
    ] = True,
    json_out: JsonOpt = False,
) -> None:
    """Score mapping, classification, calibration and learning on labelled datasets.

    Every dataset runs in fresh tenants, so runs never contaminate each other or a
    client's data. Writes OUT/eval.json and PNG plots; prints a table (or JSON).
    """
    from migrascope.evaluation import (
        bundled_dataset_names,
        generate_dataset,
        resolve_datasets,
        run_evaluation,
        write_plots,
    )

    out.mkdir(parents=True, exist_ok=True)
    if datasets:
        chosen = resolve_datasets(datasets)
    else:
        names = bundled_dataset_names()
        chosen = resolve_datasets(names)
        pairs = [g[0] for g in _GENERATED]
        for i, (name, seed, convention, n_assets) in enumerate(_GENERATED):
            chosen.append(
                generate_dataset(
                    out / "generated",
                    name,
                    n_assets=n_assets,
                    seed=seed,
                    convention=convention,
                    header_style="generic",
                    pair=pairs[1 - i],
                )
            )
    if not chosen:
        raise InputError("No datasets to evaluate: give dataset folders or bundled names.")
    with open_store(settings()) as store:
        run = run_evaluation(
            store,
            chosen,
            use_valentine=valentine,
            progress=None
            if json_out
            else lambda name: err_console.print(f"[dim]evaluating {name}…[/]"),
        )
    report = run.to_json()
    (out / "eval.json").write_text(
        json.dumps(report, indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    write_plots(run, out)
    if json_out:
        print_json(report)
    else:
        _print_table(report, out)
