"""The report folder a consultant hands to a client: plan.json, report.md and charts.

Input is the JSON-able planning result the workflow carries (``planning_result``), so
the report can be written from a live run or from a checkpointed state alike.
``plan.json`` follows the DESIGN.md contract exactly (extra keys are allowed there):
``{"applications": [{"name", "assets", "strategy", "confidence"}], "waves": [{"number",
"applications", "assets"}], "excluded": [{"asset", "reason"}]}``, assets named by
hostname, else asset id.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

__all__ = ["build_plan_json", "planning_result", "write_report"]

_STRATEGY_COLOURS = {
    "rehost": "#4C78A8",
    "replatform": "#F58518",
    "refactor": "#E45756",
    "repurchase": "#72B7B2",
    "relocate": "#54A24B",
    "retain": "#B279A2",
    "retire": "#9D755D",
}


def planning_result(
    *,
    applications: Sequence[Mapping[str, Any]],
    assessment: Mapping[str, Any],
    plan: Mapping[str, Any],
    dependencies: Mapping[str, Any] | None = None,
    notes: Sequence[str] = (),
) -> dict[str, Any]:
    """Everything the report needs, as plain JSON with assets named.

    Args:
        applications: ``Application.to_json(labels)`` per application.
        assessment: ``EstateAssessment.to_json()``.
        plan: ``WavePlan.to_json()``.
        dependencies: ``{"summary": ..., "issues": [...]}`` from dependency resolution.
        notes: what discovery ignored or doubted, for the data-problems section.
    """
    wave_of = {app: w["number"] for w in plan["waves"] for app in w["applications"]}
    by_app = {a["name"]: a for a in assessment["applications"]}
    names = {int(a["asset_pk"]): a["name"] for a in assessment["assets"]}
    member_of = {}
    apps = []
    for app in applications:
        a = by_app.get(app["name"], {})
        for pk in a.get("members", []):
            member_of[pk] = app["name"]
        apps.append(
            {
                **app,
                "strategy": a.get("strategy", "retain"),
                "strategy_confidence": a.get("confidence", 0.0),
                "strategy_reasons": a.get("reasons", []),
                "readiness": a.get("readiness"),
                "risks": a.get("risks", []),
                "relocate": a.get("relocate", False),
                "vcpu": a.get("vcpu", 0),
                "wave": wave_of.get(app["name"]),
                "placement": plan.get("reasons", {}).get(app["name"], ""),
                "excluded_assets": [names.get(pk, str(pk)) for pk in a.get("excluded", [])],
            }
        )
    plan_json = dict(plan)
    plan_json["waves"] = [{k: v for k, v in w.items() if k != "asset_keys"} for w in plan["waves"]]
    plan_json["excluded"] = [
        {k: v for k, v in x.items() if k != "asset_pk"} for x in plan["excluded"]
    ]
    return {
        "applications": apps,
        "assets": [
            {**x, "application": member_of.get(int(x["asset_pk"]))} for x in assessment["assets"]
        ],
        "plan": plan_json,
        "dependencies": dict(dependencies or {}),
        "notes": list(notes),
    }


def build_plan_json(result: Mapping[str, Any]) -> dict[str, Any]:
    """The ``plan.json`` of DESIGN.md from a planning result."""
    plan = result["plan"]
    return {
        "applications": [
            {
                "name": a["name"],
                "assets": a["assets"],
                "strategy": a["strategy"],
                "confidence": a["strategy_confidence"],
                "discovery_confidence": a["confidence"],
                "readiness": a["readiness"],
                "wave": a["wave"],
                "reasons": a["strategy_reasons"],
                "placement": a["placement"],
            }
            for a in result["applications"]
        ],
        "waves": [
            {
                "number": w["number"],
                "applications": w["applications"],
                "assets": w["assets"],
                "pilot": w["pilot"],
                "start": w["start"],
                "end": w["end"],
                "vcpu": w["vcpu"],
            }
            for w in plan["waves"]
        ],
        "excluded": [
            {"asset": x["asset"], "reason": x["reason"], "application": x.get("application")}
            for x in plan["excluded"]
        ],
        "issues": plan["issues"],
        "notes": result.get("notes", []),
    }


# -- charts -----------------------------------------------------------------------------


def _charts(result: Mapping[str, Any], folder: Path) -> list[str]:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.dates as mdates
    import matplotlib.pyplot as plt

    folder.mkdir(parents=True, exist_ok=True)
    written = []
    mix = Counter(a["strategy"] for a in result["assets"])
    fig, ax = plt.subplots(figsize=(6, 3.5))
    names = [s for s, _ in mix.most_common()]
    ax.barh(names, [mix[s] for s in names], color=[_STRATEGY_COLOURS.get(s, "#999") for s in names])
    ax.invert_yaxis()
    ax.set_xlabel("assets")
    ax.set_title("Migration strategy mix (6R)")
    for i, s in enumerate(names):
        ax.text(mix[s], i, f" {mix[s]}", va="center")
    fig.tight_layout()
    fig.savefig(folder / "strategy_mix.png", dpi=110)
    plt.close(fig)
    written.append("strategy_mix.png")

    waves = result["plan"]["waves"]
    fig, ax = plt.subplots(figsize=(7, max(2.5, 0.45 * len(waves) + 1.2)))
    for i, w in enumerate(waves):
        start = mdates.date2num(dt.date.fromisoformat(w["start"]))
        end = mdates.date2num(dt.date.fromisoformat(w["end"]) + dt.timedelta(days=1))
        ax.barh(i, end - start, left=start, color="#54A24B" if w["pilot"] else "#4C78A8")
        ax.text(
            end,
            i,
            f" {len(w['assets'])} assets, {len(w['applications'])} apps",
            va="center",
            fontsize=8,
        )
    ax.set_yticks(range(len(waves)))
    ax.set_yticklabels([f"Wave {w['number']}" + (" (pilot)" if w["pilot"] else "") for w in waves])
    ax.xaxis_date()
    ax.invert_yaxis()
    ax.set_title("Waves over time")
    fig.autofmt_xdate()
    fig.tight_layout()
    fig.savefig(folder / "waves.png", dpi=110)
    plt.close(fig)
    written.append("waves.png")

    scores = [a["readiness"] for a in result["assets"]]
    fig, ax = plt.subplots(figsize=(6, 3.5))
    ax.hist(scores, bins=list(range(0, 105, 5)), color="#4C78A8", edgecolor="white")
    ax.set_xlabel("cloud readiness (0-100)")
    ax.set_ylabel("assets")
    ax.set_title("Readiness distribution")
    fig.tight_layout()
    fig.savefig(folder / "readiness.png", dpi=110)
    plt.close(fig)
    written.append("readiness.png")
    return written


# -- markdown ---------------------------------------------------------------------------


def _cell(value: Any) -> str:
    return str(value if value is not None else "").replace("|", "\\|").replace("\n", " ")


def _table(headers: Sequence[str], rows: Sequence[Sequence[Any]]) -> list[str]:
    out = ["| " + " | ".join(headers) + " |", "|" + "---|" * len(headers)]
    out += ["| " + " | ".join(_cell(v) for v in row) + " |" for row in rows]
    return out


def _costs(assets: Sequence[Mapping[str, Any]]) -> dict[str, tuple[float, int, int]]:
    """provider → (monthly total, priced assets, sized assets) for migrating assets."""
    totals: dict[str, list[float]] = {}
    for a in assets:
        if a["strategy"] in ("retire", "retain") or not a["rightsizing"].get("sized"):
            continue
        for provider, t in a["rightsizing"]["targets"].items():
            entry = totals.setdefault(provider, [0.0, 0, 0])
            entry[2] += 1
            if t.get("monthly") is not None:
                entry[0] += t["monthly"]
                entry[1] += 1
    return {p: (round(v[0], 2), int(v[1]), int(v[2])) for p, v in totals.items()}


def _markdown(result: Mapping[str, Any], title: str, charts: Sequence[str]) -> str:
    from migrascope.tools.rightsizing import catalogue

    plan = result["plan"]
    assets = result["assets"]
    apps = result["applications"]
    mix = Counter(a["strategy"] for a in assets)
    app_mix = Counter(a["strategy"] for a in apps)
    meta, _ = catalogue()
    lines = [f"# {title}", "", f"Generated {dt.date.today().isoformat()} by migrascope.", ""]
    lines += ["## Summary", ""]
    waves = plan["waves"]
    lines.append(
        f"- **{len(assets)} assets** in **{len(apps)} applications**; "
        f"{sum(len(w['assets']) for w in waves)} assets move in **{len(waves)} waves**, "
        f"{len(plan['excluded'])} stay out (retire or retain)."
    )
    if waves:
        lines.append(
            f"- Migration window: {waves[0]['start']} to {waves[-1]['end']}"
            + (
                f", starting with a pilot of {', '.join(waves[0]['applications'])}."
                if waves[0]["pilot"]
                else "."
            )
        )
    lines.append(
        "- Strategy per asset: " + ", ".join(f"{s} {n}" for s, n in mix.most_common()) + "."
    )
    lines.append(
        "- Strategy per application: "
        + ", ".join(f"{s} {n}" for s, n in app_mix.most_common())
        + "."
    )
    if assets:
        avg = sum(a["readiness"] for a in assets) / len(assets)
        lines.append(f"- Average cloud readiness {avg:.0f}/100.")
    costs = _costs(assets)
    if costs:
        parts = [
            f"{p.upper()} {meta.get('currency', 'USD')} {c[0]:,.0f}/month ({c[1]} of {c[2]} servers priced)"
            for p, c in sorted(costs.items())
        ]
        lines.append(
            f"- Indicative run cost after migration (on-demand list prices of {meta.get('figures_date')}): "
            + "; ".join(parts)
            + "."
        )
    to_review = [a["name"] for a in apps if a.get("decision") in ("suggest", "review")]
    if to_review:
        lines.append(
            f"- {len(to_review)} application strategies are below the auto-apply confidence and "
            "should be confirmed with the client: "
            + ", ".join(to_review[:12])
            + (" ..." if len(to_review) > 12 else "")
            + "."
        )
    issues = plan["issues"]
    dep = result.get("dependencies", {})
    n_dep_issues = len(dep.get("issues", []))
    if issues or n_dep_issues:
        lines.append(
            f"- {len(issues)} planning notes and {n_dep_issues} dependency data problems: see below."
        )
    lines.append("")
    for chart, caption in (
        ("strategy_mix.png", "Strategy mix"),
        ("waves.png", "Waves over time"),
        ("readiness.png", "Readiness distribution"),
    ):
        if chart in charts:
            lines += [f"![{caption}](charts/{chart})", ""]

    lines += ["## Applications", ""]
    rows = []
    for a in sorted(apps, key=lambda x: (x["wave"] or 10**6, x["name"])):
        top = next(
            (r["text"] for r in a["risks"] if r["severity"] == "high"),
            a["risks"][0]["text"] if a["risks"] else "",
        )
        rows.append(
            [
                a["name"],
                len(a["assets"]),
                a["strategy"],
                f"{a['strategy_confidence']:.2f} {a.get('decision', '')}".strip(),
                a["readiness"],
                a["wave"] or "-",
                a["method"],
                top,
            ]
        )
    lines += _table(
        [
            "Application",
            "Assets",
            "Strategy",
            "Confidence (decision)",
            "Readiness",
            "Wave",
            "Found by",
            "Main risk",
        ],
        rows,
    )
    lines.append("")

    lines += ["## Waves", ""]
    for w in waves:
        lines.append(
            f"### Wave {w['number']}{' (pilot)' if w['pilot'] else ''}: {w['start']} to {w['end']}"
        )
        lines.append("")
        lines.append(
            f"{len(w['applications'])} applications, {len(w['assets'])} assets, {w['vcpu']} vCPU."
        )
        lines.append("")
        for app_name in w["applications"]:
            lines.append(f"- **{app_name}**: {w['reasons'].get(app_name, '')}")
        lines.append("")

    lines += ["## Assets that stay out of the waves", ""]
    if plan["excluded"]:
        lines += _table(
            ["Asset", "Application", "Reason"],
            [[x["asset"], x.get("application", ""), x["reason"]] for x in plan["excluded"]],
        )
    else:
        lines.append("None: every asset is in a wave.")
    lines.append("")

    lines += ["## Risk register", ""]
    risk_counts: Counter[tuple[str, str]] = Counter()
    for a in assets:
        for r in a["risks"]:
            risk_counts[(r["severity"], r["text"])] += 1
    order = {"high": 0, "medium": 1, "low": 2}
    lines += _table(
        ["Severity", "Risk", "Assets"],
        [
            [s, t, n]
            for (s, t), n in sorted(
                risk_counts.items(), key=lambda x: (order.get(x[0][0], 3), -x[1])
            )
        ],
    )
    lines.append("")

    lines += ["## Right-sizing", ""]
    sized = [
        a
        for a in assets
        if a["rightsizing"].get("sized") and a["strategy"] not in ("retire", "retain")
    ]
    biggest = sorted(sized, key=lambda a: -a["rightsizing"]["need"]["vcpu"])[:15]
    lines += _table(
        ["Asset", "Need (vCPU / GB)", "AWS", "Azure", "GCP", "Basis"],
        [
            [
                a["name"],
                f"{a['rightsizing']['need']['vcpu']} / {a['rightsizing']['need']['memory_gb']}",
                *(_target(a, p) for p in ("aws", "azure", "gcp")),
                "; ".join(a["rightsizing"]["basis"]),
            ]
            for a in biggest
        ],
    )
    lines.append("")
    lines.append(
        f"The {len(biggest)} largest of {len(sized)} sized servers; every asset is in `assessment.json`. "
        f"Figures: {meta.get('note', '')} (dated {meta.get('figures_date')})."
    )
    lines.append("")

    notes = result.get("notes", [])
    if issues or n_dep_issues or notes:
        lines += ["## Planning notes and data problems", ""]
        lines += [f"- discovery: {n}" for n in notes]
        lines += [f"- {i['kind']}: {i['message']}" for i in issues]
        lines += [f"- {i['kind']}: {i['message']}" for i in dep.get("issues", [])[:200]]
        if n_dep_issues > 200:
            lines.append(f"- ... and {n_dep_issues - 200} more in `plan.json`/`assessment.json`.")
        lines.append("")

    lines += [
        "## Method",
        "",
        "- Applications: explicit application fields first, then dependencies, naming "
        "conventions (environment stripped) and clustering of names and attributes; "
        "each carries a confidence and its reasons.",
        "- Strategies (6R), readiness factors and risks come from an editable policy file "
        "(`assessment_rules.toml`); corrections a person makes are applied on the next run.",
        "- Waves never split an application or a dependency cycle, put dependencies first, "
        "and respect the caps on assets and vCPU per wave.",
        "",
    ]
    return "\n".join(lines)


def _target(asset: Mapping[str, Any], provider: str) -> str:
    t = asset["rightsizing"]["targets"].get(provider)
    if not t:
        return ""
    price = f" ({t['monthly']:,.0f}/mo)" if t.get("monthly") is not None else ""
    return f"{t['instance']}{price}"


def write_report(
    out: Path | str, result: Mapping[str, Any], *, title: str = "Cloud migration plan"
) -> dict[str, str]:
    """Write ``plan.json``, ``report.md``, ``assessment.json`` and ``charts/*.png``.

    Returns the paths written, by role.
    """
    folder = Path(out)
    folder.mkdir(parents=True, exist_ok=True)
    plan_path = folder / "plan.json"
    plan_path.write_text(
        json.dumps(build_plan_json(result), indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    details = folder / "assessment.json"
    details.write_text(
        json.dumps(
            {
                "applications": result["applications"],
                "assets": result["assets"],
                "dependencies": result.get("dependencies", {}),
            },
            indent=1,
            ensure_ascii=False,
            default=str,
        ),
        encoding="utf-8",
    )
    charts = _charts(result, folder / "charts")
    report = folder / "report.md"
    report.write_text(_markdown(result, title, charts), encoding="utf-8")
    return {
        "plan": str(plan_path),
        "report": str(report),
        "assessment": str(details),
        **{f"chart:{c}": str(folder / "charts" / c) for c in charts},
    }
