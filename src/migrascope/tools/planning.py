"""Wave planning: applications into migration waves that respect dependencies.

Rules, in order of strength:

1. an application never splits across waves, and applications that depend on each
   other in a cycle (a strongly connected component) move in the same wave;
2. a dependency (provider) moves in the same wave as its consumer or earlier;
3. a wave holds at most ``max_assets_per_wave`` assets and ``max_vcpu_per_wave`` vCPU
   (a single cycle larger than that gets a wave of its own, flagged ``oversize``);
4. the first wave is a pilot of low-risk applications (non-production, ready, no
   high risks, no migrating dependencies), so the team learns on something cheap;
5. applications whose strategy is retire or retain are left out, each asset with a reason.

Cycles, dangling dependencies and dependencies on assets that stay behind are reported
as issues, never raised. ``validate_plan`` checks a plan against these rules.
"""

from __future__ import annotations

import datetime as dt
import heapq
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import numpy as np
from scipy.sparse import coo_matrix
from scipy.sparse.csgraph import connected_components

from migrascope.tools._policy import load_policy

if TYPE_CHECKING:
    from migrascope.memory import Store

__all__ = [
    "PlanApp",
    "PlanSettings",
    "WavePlan",
    "plan_apps",
    "plan_tenant",
    "plan_waves",
    "strongly_connected",
    "validate_plan",
]


@dataclass(frozen=True)
class PlanSettings:
    """Wave limits and calendar (defaults from the policy's ``[planning]`` table)."""

    max_assets_per_wave: int = 50
    max_vcpu_per_wave: int = 400
    pilot_max_applications: int = 3
    pilot_max_assets: int = 15
    pilot_min_readiness: float = 70.0
    wave_weeks: int = 2
    gap_weeks: int = 1
    start: dt.date | None = None

    def __post_init__(self) -> None:
        if self.max_assets_per_wave < 1 or self.max_vcpu_per_wave < 1:
            raise ValueError("wave caps must be >= 1")

    @classmethod
    def from_policy(cls, policy: Mapping[str, Any] | None = None, **overrides: Any) -> PlanSettings:
        cfg = dict((policy or load_policy()).get("planning", {}))
        cfg.update({k: v for k, v in overrides.items() if v is not None})
        known = set(cls.__dataclass_fields__)
        return cls(**{k: v for k, v in cfg.items() if k in known})

    def to_json(self) -> dict[str, Any]:
        out = dict(self.__dict__)
        out["start"] = self.start.isoformat() if self.start else None
        return out


@dataclass
class PlanApp:
    """What planning needs to know about one application."""

    name: str
    assets: list[int]
    strategy: str = "rehost"
    readiness: float = 70.0
    vcpu: int = 0
    production: bool = False
    high_risks: int = 0
    excluded: list[tuple[int, str]] = field(default_factory=list)


@dataclass
class WavePlan:
    """Waves, exclusions, issues and, per application, why it landed where it did."""

    waves: list[dict[str, Any]]
    excluded: list[dict[str, Any]]
    issues: list[dict[str, Any]]
    reasons: dict[str, str]
    settings: PlanSettings
    oversize: list[int] = field(default_factory=list)

    def wave_of(self) -> dict[str, int]:
        return {app: w["number"] for w in self.waves for app in w["applications"]}

    def to_json(self) -> dict[str, Any]:
        return {
            "waves": self.waves,
            "excluded": self.excluded,
            "issues": self.issues,
            "reasons": self.reasons,
            "settings": self.settings.to_json(),
            "summary": {
                "waves": len(self.waves),
                "assets_in_waves": sum(len(w["assets"]) for w in self.waves),
                "excluded": len(self.excluded),
                "issues": len(self.issues),
                "oversize_waves": self.oversize,
            },
        }


def strongly_connected(n: int, edges: Iterable[tuple[int, int]]) -> np.ndarray:
    """Component label per node 0..n-1 of a directed graph (scipy, linear time)."""
    pairs = list(edges)
    if not pairs:
        return np.arange(n)
    rows, cols = zip(*pairs, strict=True)
    graph = coo_matrix((np.ones(len(pairs), dtype=np.int8), (rows, cols)), shape=(n, n)).tocsr()
    _, labels = connected_components(graph, directed=True, connection="strong")
    return labels


def _next_monday(day: dt.date) -> dt.date:
    return day + dt.timedelta(days=(7 - day.weekday()) % 7 or 7)


def plan_waves(
    apps: Sequence[PlanApp],
    edges: Iterable[Any],
    *,
    labels: Mapping[int, str] | None = None,
    settings: PlanSettings | None = None,
    today: dt.date | None = None,
) -> WavePlan:
    """Place every migrating application in a wave; see the module docstring for rules.

    Args:
        apps: applications with their migrating assets and the assets left out.
        edges: resolved dependencies (``.source`` depends on ``.target``, asset keys).
        labels: asset key → name for the output (key as text when missing).
        settings: caps and calendar.
        today: the day the calendar starts from (waves begin the next Monday).
    """
    settings = settings or PlanSettings.from_policy()
    labels = labels or {}

    def name(pk: int) -> str:
        return labels.get(pk, str(pk))

    issues: list[dict[str, Any]] = []
    if not apps:
        issues.append(
            {"kind": "empty", "message": "the estate has no applications: nothing to plan"}
        )
    excluded: list[dict[str, Any]] = []
    app_of: dict[int, int] = {}
    stays: dict[int, str] = {}
    for i, app in enumerate(apps):
        for pk in app.assets:
            app_of[pk] = i
        for pk, why in app.excluded:
            stays[pk] = app.name
            excluded.append(
                {"asset": name(pk), "asset_pk": pk, "application": app.name, "reason": why}
            )

    # Application graph: consumer app → provider app.
    app_edges: set[tuple[int, int]] = set()
    hybrid: dict[str, set[str]] = defaultdict(set)
    asset_edges: list[tuple[int, int]] = []
    for e in edges:
        s, t = int(e.source), int(e.target)
        if s == t:
            continue
        known_s, known_t = s in app_of or s in stays, t in app_of or t in stays
        if not (known_s and known_t):
            issues.append(
                {
                    "kind": "dangling",
                    "message": f"dependency {name(s)} → {name(t)} names an asset outside the plan; "
                    "it was not used for ordering",
                }
            )
            continue
        if s in app_of and t in app_of:
            asset_edges.append((s, t))
            if app_of[s] != app_of[t]:
                app_edges.add((app_of[s], app_of[t]))
        elif s in app_of and t in stays:
            hybrid[apps[app_of[s]].name].add(stays[t])

    # Cycles at asset level (reported) and at application level (merged into one unit).
    n = len(apps)
    comp = strongly_connected(n, app_edges)
    units: dict[int, list[int]] = defaultdict(list)
    for i in range(n):
        if apps[i].assets:
            units[int(comp[i])].append(i)
    for members in units.values():
        if len(members) > 1:
            issues.append(
                {
                    "kind": "cycle",
                    "message": "applications depend on each other in a cycle and move together: "
                    + ", ".join(sorted(apps[i].name for i in members)),
                }
            )
    if asset_edges:
        nodes = sorted({p for e in asset_edges for p in e})
        idx = {p: k for k, p in enumerate(nodes)}
        acomp = strongly_connected(len(nodes), ((idx[s], idx[t]) for s, t in asset_edges))
        sizes = np.bincount(acomp)
        cyc = int((sizes > 1).sum())
        if cyc:
            issues.append(
                {
                    "kind": "asset_cycles",
                    "message": f"{cyc} dependency cycle(s) between assets "
                    f"({int(sizes[sizes > 1].sum())} assets); each stays in one wave",
                }
            )
    for app_name, targets in sorted(hybrid.items()):
        issues.append(
            {
                "kind": "hybrid",
                "message": f"{app_name} depends on {', '.join(sorted(targets))}, which stay(s) "
                "on premises: plan hybrid connectivity",
            }
        )

    # Condensed DAG of units: provides[u] = units u depends on.
    unit_of = {i: u for u, members in units.items() for i in members}
    needs: dict[int, set[int]] = defaultdict(set)
    dependants: dict[int, set[int]] = defaultdict(set)
    for a, b in app_edges:
        ua, ub = unit_of.get(a), unit_of.get(b)
        if ua is None or ub is None or ua == ub:
            continue
        needs[ua].add(ub)
        dependants[ub].add(ua)

    def size(u: int) -> tuple[int, int]:
        return (sum(len(apps[i].assets) for i in units[u]), sum(apps[i].vcpu for i in units[u]))

    def readiness(u: int) -> float:
        return min(apps[i].readiness for i in units[u])

    reasons: dict[str, str] = {}
    waves: list[dict[str, Any]] = []
    wave_of_unit: dict[int, int] = {}
    oversize: list[int] = []

    def open_wave(pilot: bool = False) -> dict[str, Any]:
        wave = {"number": len(waves) + 1, "pilot": pilot, "units": [], "assets_n": 0, "vcpu": 0}
        waves.append(wave)
        return wave

    def place(u: int, wave: dict[str, Any]) -> None:
        a_n, v_n = size(u)
        wave["units"].append(u)
        wave["assets_n"] += a_n
        wave["vcpu"] += v_n
        wave_of_unit[u] = wave["number"]

    # Pilot: leaves of the DAG (no migrating dependencies), low risk.
    def pilot_ok(u: int, strict: bool) -> bool:
        a_n, v_n = size(u)
        if needs[u] or a_n > settings.pilot_max_assets or v_n > settings.max_vcpu_per_wave:
            return False
        if not strict:
            return True
        return all(
            not apps[i].production
            and apps[i].high_risks == 0
            and apps[i].readiness >= settings.pilot_min_readiness
            for i in units[u]
        )

    pilot_units: list[int] = []
    pilot_units_strict = True
    for strict in (True, False):
        cands = sorted(
            (u for u in units if pilot_ok(u, strict)),
            key=lambda u: (-readiness(u), size(u), apps[units[u][0]].name),
        )
        total_apps = total_assets = 0
        for u in cands:
            a_n, _ = size(u)
            if total_apps + len(units[u]) > settings.pilot_max_applications:
                continue
            if total_assets + a_n > min(settings.pilot_max_assets, settings.max_assets_per_wave):
                continue
            pilot_units.append(u)
            total_apps += len(units[u])
            total_assets += a_n
        if pilot_units:
            pilot_units_strict = strict
            break
    if pilot_units:
        wave = open_wave(pilot=True)
        for u in pilot_units:
            place(u, wave)
            for i in units[u]:
                reasons[apps[i].name] = (
                    f"wave 1 (pilot): low risk, readiness {apps[i].readiness:.0f}, "
                    "no migrating dependencies"
                    if pilot_units_strict
                    else f"wave 1 (pilot): no low-risk application qualified; chosen as the "
                    f"smallest with no migrating dependencies (readiness {apps[i].readiness:.0f})"
                )

    # The rest: Kahn's order (providers first), greedy first-fit into capped waves.
    remaining = {
        u: {p for p in needs[u] if p not in wave_of_unit} for u in units if u not in wave_of_unit
    }
    ready = [(-readiness(u), apps[units[u][0]].name, u) for u, req in remaining.items() if not req]
    heapq.heapify(ready)
    current: dict[str, Any] | None = None
    closed_because: str | None = None
    while ready:
        tried: list[tuple[float, str, int]] = []
        chosen = None
        while ready and len(tried) < 64:
            item = heapq.heappop(ready)
            a_n, v_n = size(item[2])
            if (
                current is not None
                and current["assets_n"] + a_n <= settings.max_assets_per_wave
                and current["vcpu"] + v_n <= settings.max_vcpu_per_wave
            ):
                chosen = item
                break
            tried.append(item)
        if chosen is None:
            chosen = tried.pop(0)
            if current is not None:
                closed_because = (
                    f"wave {current['number']} was full "
                    f"({current['assets_n']} assets, {current['vcpu']} vCPU)"
                )
            current = open_wave()
        for item in tried:
            heapq.heappush(ready, item)
        assert current is not None
        u = chosen[2]
        a_n, v_n = size(u)
        if a_n > settings.max_assets_per_wave or v_n > settings.max_vcpu_per_wave:
            if current["units"]:
                current = open_wave()
            oversize.append(current["number"])
        place(u, current)
        deps_in = sorted({apps[j].name for p in needs[u] for j in units[p]})
        for i in units[u]:
            parts = [f"wave {current['number']}"]
            if len(units[u]) > 1:
                others = sorted(apps[j].name for j in units[u] if j != i)
                parts.append(f"moves with {', '.join(others[:5])} (dependency cycle)")
            if deps_in:
                where = sorted({wave_of_unit[p] for p in needs[u]})
                parts.append(
                    f"after its dependencies {', '.join(deps_in[:5])}"
                    f"{' ...' if len(deps_in) > 5 else ''} (wave {', '.join(map(str, where))})"
                )
            else:
                parts.append("no migrating dependencies")
            if current["number"] in oversize:
                parts.append("larger than the wave cap on its own, so it has a wave to itself")
            elif closed_because and len(current["units"]) == 1:
                parts.append(closed_because)
            reasons[apps[i].name] = "; ".join(parts)
        for d in dependants[u]:
            if d in remaining:
                remaining[d].discard(u)
                if not remaining[d] and d not in wave_of_unit:
                    heapq.heappush(ready, (-readiness(d), apps[units[d][0]].name, d))
        if current["number"] in oversize:
            current = None

    for u in units:
        if u not in wave_of_unit:  # unreachable on a DAG; kept so nothing is ever lost
            current = open_wave()
            place(u, current)
            issues.append({"kind": "unordered", "message": f"unit {u} could not be ordered"})

    start = settings.start or _next_monday(today or dt.date.today())
    out_waves = []
    for wave in waves:
        w_apps = sorted((apps[i] for u in wave["units"] for i in units[u]), key=lambda a: a.name)
        begin = start + dt.timedelta(
            weeks=(wave["number"] - 1) * (settings.wave_weeks + settings.gap_weeks)
        )
        out_waves.append(
            {
                "number": wave["number"],
                "pilot": wave["pilot"],
                "applications": [a.name for a in w_apps],
                "assets": [name(pk) for a in w_apps for pk in a.assets],
                "asset_keys": [pk for a in w_apps for pk in a.assets],
                "vcpu": wave["vcpu"],
                "start": begin.isoformat(),
                "end": (begin + dt.timedelta(weeks=settings.wave_weeks, days=-1)).isoformat(),
                "reasons": {a.name: reasons.get(a.name, "") for a in w_apps},
            }
        )
    for app in apps:
        if not app.assets:
            reasons[app.name] = f"not in a wave: strategy {app.strategy}"
    return WavePlan(out_waves, excluded, issues, reasons, settings, oversize)


def validate_plan(
    plan: Mapping[str, Any],
    asset_keys: Iterable[int],
    edges: Iterable[Any],
    *,
    applications: Mapping[str, Sequence[int]] | None = None,
    excluded_strategies: Mapping[str, str] | None = None,
) -> list[str]:
    """Problems with a plan (``WavePlan.to_json()``); an empty list means it is valid.

    Checks: every asset is placed once or excluded with a reason; provider waves are not
    later than consumer waves; no dependency cycle and no application is split; waves are
    numbered 1..n and stay within the caps (unless flagged oversize); the pilot is wave 1;
    applications with an excluded strategy are not in waves.
    """
    problems: list[str] = []
    wave_of: dict[int, int] = {}
    for w in plan["waves"]:
        for pk in w["asset_keys"]:
            if pk in wave_of:
                problems.append(f"asset {pk} is in waves {wave_of[pk]} and {w['number']}")
            wave_of[pk] = w["number"]
    out = {int(x["asset_pk"]) for x in plan["excluded"]}
    for x in plan["excluded"]:
        if not x.get("reason"):
            problems.append(f"excluded asset {x['asset']} has no reason")
    keys = set(asset_keys)
    for pk in sorted(keys):
        if pk not in wave_of and pk not in out:
            problems.append(f"asset {pk} is neither in a wave nor excluded")
        if pk in wave_of and pk in out:
            problems.append(f"asset {pk} is both in wave {wave_of[pk]} and excluded")
    numbers = [w["number"] for w in plan["waves"]]
    if numbers != list(range(1, len(numbers) + 1)):
        problems.append(f"waves are not numbered 1..n: {numbers}")
    pilots = [w["number"] for w in plan["waves"] if w.get("pilot")]
    if pilots and pilots != [1]:
        problems.append(f"pilot waves {pilots}: only wave 1 may be the pilot")
    s = plan.get("settings", {})
    oversize = set(plan.get("summary", {}).get("oversize_waves", []))
    for w in plan["waves"]:
        if w["number"] in oversize:
            continue
        if s and len(w["asset_keys"]) > s["max_assets_per_wave"]:
            problems.append(f"wave {w['number']} has {len(w['asset_keys'])} assets, over the cap")
        if s and w.get("vcpu", 0) > s["max_vcpu_per_wave"]:
            problems.append(f"wave {w['number']} has {w['vcpu']} vCPU, over the cap")
    pairs = [(int(e.source), int(e.target)) for e in edges]
    for a, b in pairs:
        if a in wave_of and b in wave_of and wave_of[b] > wave_of[a]:
            problems.append(
                f"asset {a} (wave {wave_of[a]}) depends on asset {b}, planned later (wave {wave_of[b]})"
            )
    placed = sorted(wave_of)
    if placed:
        idx = {p: k for k, p in enumerate(placed)}
        inside = [(idx[a], idx[b]) for a, b in pairs if a in idx and b in idx and a != b]
        comp = strongly_connected(len(placed), inside)
        first: dict[int, int] = {}
        for p, c in zip(placed, comp.tolist(), strict=True):
            if c in first and first[c] != wave_of[p]:
                problems.append(f"dependency cycle containing asset {p} is split across waves")
                break
            first.setdefault(c, wave_of[p])
    for app, members in (applications or {}).items():
        waves = {wave_of[m] for m in members if m in wave_of}
        if len(waves) > 1:
            problems.append(f"application {app} is split across waves {sorted(waves)}")
    for app, strategy in (excluded_strategies or {}).items():
        if any(app in w["applications"] for w in plan["waves"]):
            problems.append(f"application {app} has strategy {strategy} but is in a wave")
    return problems


def plan_apps(assessment: Mapping[str, Any]) -> list[PlanApp]:
    """Planning inputs from an assessment's JSON form (``EstateAssessment.to_json()``):
    migrating assets per application, and every other asset with the reason it stays out."""
    assets = {int(a["asset_pk"]): a for a in assessment["assets"]}
    out = []
    for app in assessment["applications"]:
        excluded = []
        for pk in app["excluded"]:
            own = assets[pk]
            if own["strategy"] != app["strategy"] and app["strategy"] in ("retire", "retain"):
                why = f"application {app['name']} is {app['strategy']}: {app['reasons'][0]}"
            else:
                why = f"{own['strategy']}: {own['reasons'][0]}"
            excluded.append((pk, why))
        out.append(
            PlanApp(
                name=app["name"],
                assets=list(app["migrating"]),
                strategy=app["strategy"],
                readiness=float(app["readiness"]),
                vcpu=int(app["vcpu"]),
                production=bool(app["production"]),
                high_risks=sum(1 for r in app["risks"] if r["severity"] == "high"),
                excluded=excluded,
            )
        )
    return out


def plan_tenant(
    store: Store,
    tenant: str,
    assessment: Mapping[str, Any],
    *,
    policy: Mapping[str, Any] | None = None,
    settings: PlanSettings | None = None,
    today: dt.date | None = None,
) -> tuple[WavePlan, int]:
    """Plan waves from an assessment (JSON form) and the stored dependencies; store it."""
    from migrascope.tools.dependencies import stored_edges

    settings = settings or PlanSettings.from_policy(policy)
    plan = plan_waves(
        plan_apps(assessment),
        stored_edges(store, tenant),
        labels={int(a["asset_pk"]): a["name"] for a in assessment["assets"]},
        settings=settings,
        today=today,
    )
    plan_id = store.plans.save(tenant, plan.to_json())
    return plan, plan_id
