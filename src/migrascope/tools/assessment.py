"""6R assessment, cloud readiness and risks, per asset and per application.

All policy (strategy rules, readiness weights and steps, lifecycle dates, risks) comes
from ``config/data/assessment_rules.toml`` or a team's copy of it, because teams find a
fixed assessment "too opinionated". The code only evaluates conditions and adds up.

A person's verdict on a strategy is feedback like any other decision: it is recorded
with ``operation="migration_strategy"`` and the next assessment applies it (subject is
the asset label, or ``app:<name>`` for an application).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from migrascope.errors import InputError
from migrascope.tools._policy import load_policy
from migrascope.tools.dependencies import Edge, asset_label
from migrascope.tools.rightsizing import vcpu_of

if TYPE_CHECKING:
    from migrascope.memory import Store
    from migrascope.tools.discovery import Application

__all__ = [
    "STRATEGIES",
    "AppAssessment",
    "AssetAssessment",
    "EstateAssessment",
    "Learned",
    "assess_application",
    "assess_asset",
    "assess_estate",
    "assess_tenant",
    "learned_strategies",
    "lifecycle",
    "normalise_criticality",
    "normalise_environment",
    "record_strategy_feedback",
]

STRATEGIES = ("rehost", "replatform", "refactor", "repurchase", "retire", "retain", "relocate")
FEEDBACK_OPERATION = "migration_strategy"

_ENV_WORDS = (
    ("production", ("prod", "prd", "live", "production")),
    ("dr", ("dr", "disaster", "drs", "recovery")),
    ("staging", ("stag", "stg", "preprod", "pre-prod")),
    ("test", ("test", "tst", "qa", "uat", "sit")),
    ("development", ("dev", "development", "sandbox", "lab")),
)
_CRIT_WORDS = (
    ("critical", ("critical", "tier 0", "tier0", "tier 1", "tier1", "mission", "1 -", "p1")),
    ("high", ("high", "tier 2", "tier2", "2 -", "p2")),
    ("medium", ("medium", "moderate", "tier 3", "tier3", "3 -", "p3")),
    ("low", ("low", "tier 4", "tier4", "4 -", "5 -", "p4")),
)


def normalise_environment(value: Any) -> str | None:
    """Map an export's environment spelling to production/test/development/dr/staging."""
    if not value:
        return None
    text = str(value).strip().lower()
    for env, words in _ENV_WORDS:
        if text in words or any(text.startswith(w) for w in words if len(w) > 2):
            return env
    return None


def normalise_criticality(value: Any) -> str | None:
    """Map an export's criticality spelling to critical/high/medium/low."""
    if not value:
        return None
    text = str(value).strip().lower()
    for level, words in _CRIT_WORDS:
        if text == level or any(w in text for w in words):
            return level
    return None


def _date(value: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        return None


def lifecycle(
    text: str, entries: Sequence[Mapping[str, Any]], as_of: dt.date, nearing_months: int = 12
) -> tuple[str, str | None]:
    """(status, end-of-support date) of an OS or engine: supported, nearing_eol, eol,
    not_applicable (appliances) or unknown."""
    low = text.lower()
    if not low.strip():
        return "unknown", None
    for entry in entries:
        if any(c in low for c in entry["contains"]):
            eol = str(entry.get("eol", ""))
            if eol == "n/a":
                return "not_applicable", None
            day = _date(eol)
            if day is None:
                return "supported", None
            if day < as_of:
                return "eol", eol
            if day < as_of + dt.timedelta(days=30 * nearing_months):
                return "nearing_eol", eol
            return "supported", eol
    return "unknown", None


@dataclass
class AssetAssessment:
    """Strategy, readiness (with factors) and risks of one asset."""

    asset_pk: int
    name: str
    strategy: str
    confidence: float
    reasons: list[str]
    readiness: float
    factors: dict[str, dict[str, Any]]
    risks: list[dict[str, str]]
    alternatives: list[str] = field(default_factory=list)
    relocate: str | None = None
    rule: str = ""
    vcpu: int = 0
    environment: str | None = None
    rightsizing: dict[str, Any] = field(default_factory=dict)
    decision: str = ""

    def to_json(self) -> dict[str, Any]:
        return {
            "asset_pk": self.asset_pk,
            "name": self.name,
            "strategy": self.strategy,
            "confidence": round(self.confidence, 3),
            "reasons": self.reasons,
            "alternatives": self.alternatives,
            "relocate": self.relocate,
            "readiness": round(self.readiness, 1),
            "factors": self.factors,
            "risks": self.risks,
            "vcpu": self.vcpu,
            "environment": self.environment,
            "rightsizing": self.rightsizing,
            "decision": self.decision,
        }


@dataclass
class AppAssessment:
    """An application's strategy, from its members' and any person's verdict."""

    name: str
    strategy: str
    confidence: float
    reasons: list[str]
    readiness: float
    risks: list[dict[str, str]]
    members: list[int]
    migrating: list[int]
    excluded: list[int]
    vcpu: int
    relocate: bool = False
    production: bool = False
    decision: str = ""

    def to_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "strategy": self.strategy,
            "confidence": round(self.confidence, 3),
            "reasons": self.reasons,
            "readiness": round(self.readiness, 1),
            "risks": self.risks,
            "members": self.members,
            "migrating": self.migrating,
            "excluded": self.excluded,
            "vcpu": self.vcpu,
            "relocate": self.relocate,
            "production": self.production,
            "decision": self.decision,
        }


@dataclass
class EstateAssessment:
    """Every asset's and application's assessment."""

    assets: dict[int, AssetAssessment]
    applications: dict[str, AppAssessment]

    def to_json(self) -> dict[str, Any]:
        """JSON form (what the workflow state carries and ``plan_apps`` reads)."""
        return {
            "assets": [a.to_json() for a in self.assets.values()],
            "applications": [a.to_json() for a in self.applications.values()],
        }

    def strategy_mix(self) -> dict[str, int]:
        return dict(Counter(a.strategy for a in self.assets.values()).most_common())


@dataclass(frozen=True)
class Learned:
    """A person's verdict on a strategy: corrected answer, or a confirmation."""

    strategy: str
    action: str
    when: str


# -- factor scoring ---------------------------------------------------------------------


def _steps(value: float, steps: Sequence[Sequence[float]]) -> float:
    for limit, score in steps:
        if value <= limit:
            return float(score)
    return float(steps[-1][1])


def _text(asset: Mapping[str, Any], *keys: str) -> str:
    return " ".join(str(asset.get(k) or "") for k in keys).strip()


def _asset_type(asset: Mapping[str, Any]) -> str:
    return str(asset.get("classified_type") or asset.get("asset_type") or "other")


def _factors(
    asset: Mapping[str, Any], deps: int, policy: Mapping[str, Any], as_of: dt.date
) -> tuple[dict[str, dict[str, Any]], dict[str, Any]]:
    """Readiness factors and the derived facts the rules test (os/db lifecycle...)."""
    r = policy["readiness"]
    facts: dict[str, Any] = {}
    os_text = _text(asset, "os_name", "os_version")
    os_status, os_eol = lifecycle(
        os_text, policy.get("os", []), as_of, int(r["os"].get("nearing_eol_months", 12))
    )
    facts["os_lifecycle"] = os_status
    os_detail = {
        "supported": f"{os_text} is supported until {os_eol}"
        if os_eol
        else f"{os_text} is supported",
        "nearing_eol": f"{os_text} reaches end of support on {os_eol}",
        "eol": f"{os_text} has been out of support since {os_eol}",
        "not_applicable": f"appliance OS ({os_text}); not a migration factor",
        "unknown": f"OS {os_text!r} is not in the lifecycle table" if os_text else "no OS recorded",
    }[os_status]
    factors: dict[str, dict[str, Any]] = {
        "os": {"score": float(r["os"][os_status]), "detail": os_detail}
    }

    size = r["size"]
    parts, scores = [], []
    vcpu, _ = vcpu_of(asset)
    sizes = {
        "cpu_cores": vcpu,
        "memory_gb": asset.get("memory_gb"),
        "storage_gb": asset.get("storage_gb"),
    }
    for key, label in (("cpu_cores", "vCPU"), ("memory_gb", "GB RAM"), ("storage_gb", "GB disk")):
        value = sizes[key]
        if value not in (None, ""):
            scores.append(_steps(float(value), size[key]))
            parts.append(f"{float(value):g} {label}")
    factors["size"] = {
        "score": min(scores) if scores else float(size["unknown"]),
        "detail": ", ".join(parts) if parts else "size unknown",
    }
    factors["dependencies"] = {
        "score": _steps(deps, r["dependencies"]["steps"]),
        "detail": f"{deps} dependencies in and out",
    }

    db_text = str(asset.get("database_engine") or "").strip()
    dbr = r["database"]
    if not db_text:
        db_score, db_detail, db_status = float(dbr["none"]), "no database engine", "not_applicable"
    else:
        db_status, db_eol = lifecycle(db_text, policy.get("database", []), as_of)
        entry = next(
            (
                e
                for e in policy.get("database", [])
                if any(c in db_text.lower() for c in e["contains"])
            ),
            None,
        )
        if db_status == "eol":
            db_score, db_detail = (
                float(dbr["unsupported_version"]),
                f"{db_text} out of support since {db_eol}",
            )
        elif entry is not None and entry.get("managed"):
            db_score, db_detail = float(dbr["managed"]), f"{db_text} has a managed cloud service"
        else:
            db_score, db_detail = float(dbr["other"]), f"{db_text}: no managed service known"
    facts["db_lifecycle"] = db_status
    factors["database"] = {"score": db_score, "detail": db_detail}

    lic = r["licensing"]
    lic_text = f"{os_text} {db_text}".lower()
    lic_score, lic_detail = float(lic["default"]), str(lic["default_reason"])
    for keyword, score, reason in lic["rules"]:
        if keyword in lic_text:
            lic_score, lic_detail = float(score), str(reason)
            break
    factors["licensing"] = {"score": lic_score, "detail": lic_detail}

    crit = r["criticality"]
    env = normalise_environment(asset.get("environment"))
    level = normalise_criticality(asset.get("criticality"))
    source = "criticality field"
    if level is None and env is not None:
        level, source = crit["by_environment"].get(env), f"{env} environment"
    facts["criticality"] = level
    facts["environment"] = env
    factors["criticality"] = {
        "score": float(crit[level] if level else crit["unknown"]),
        "detail": f"{level} (from {source})" if level else "criticality unknown",
    }
    weights = r["weights"]
    for name, f in factors.items():
        f["weight"] = float(weights.get(name, 0.0))
    return factors, facts


def _has(text: str, words: Sequence[str]) -> bool:
    return bool(text) and any(w.lower() in text for w in words)


# Each condition key of the policy file → test over the facts of one asset. Module-level
# so that 10,000 assets x 20 rules cost dictionary lookups, not closures (3x faster).
_CHECKS: dict[str, Any] = {
    "asset_type": lambda f, v: f["type"] in v,
    "environment": lambda f, v: f["environment"] in v,
    "criticality": lambda f, v: f["criticality"] in v,
    "os_lifecycle": lambda f, v: f["os_lifecycle"] in v,
    "db_lifecycle": lambda f, v: f["db_lifecycle"] in v,
    "os_contains": lambda f, v: _has(f["os_text"], v),
    "db_contains": lambda f, v: _has(f["db_text"], v),
    "name_contains": lambda f, v: _has(f["name_text"], v),
    "status_contains": lambda f, v: _has(f["status_text"], v),
    "is_virtual": lambda f, v: f["is_virtual"] is v,
    "readiness_below": lambda f, v: f["readiness"] < float(v),
    "readiness_at_least": lambda f, v: f["readiness"] >= float(v),
    "dependencies_at_least": lambda f, v: f["deps"] >= int(v),
    "storage_gb_at_least": lambda f, v: f["storage_gb"] >= float(v),
    "no_size": lambda f, v: f["no_size"] is v,
}


def _rule_facts(
    asset: Mapping[str, Any], facts: Mapping[str, Any], readiness: float, deps: int
) -> dict[str, Any]:
    return {
        **facts,
        "type": _asset_type(asset),
        "os_text": _text(asset, "os_name", "os_version").lower(),
        "db_text": str(asset.get("database_engine") or "").lower(),
        "name_text": _text(asset, "hostname", "fqdn", "asset_id").lower(),
        "status_text": _text(asset, "status", "power_state").lower(),
        "is_virtual": asset.get("is_virtual"),
        "readiness": readiness,
        "deps": deps,
        "storage_gb": float(asset.get("storage_gb") or 0),
        "no_size": vcpu_of(asset)[0] is None and asset.get("memory_gb") in (None, ""),
    }


def _matches(rule: Mapping[str, Any], f: Mapping[str, Any]) -> bool:
    for key, value in rule.items():
        check = _CHECKS.get(key)
        if check is not None and not check(f, value):
            return False
    return True


def assess_asset(
    asset: Mapping[str, Any],
    *,
    dependencies: int = 0,
    policy: Mapping[str, Any] | None = None,
    as_of: dt.date | None = None,
    learned: Learned | None = None,
) -> AssetAssessment:
    """The 6R strategy, readiness 0-100 with its factors, and risks of one asset."""
    policy = policy or load_policy()
    as_of = as_of or dt.date.today()
    factors, facts = _factors(asset, dependencies, policy, as_of)
    total_w = sum(f["weight"] for f in factors.values()) or 1.0
    readiness = sum(f["score"] * f["weight"] for f in factors.values()) / total_w
    rf = _rule_facts(asset, facts, readiness, dependencies)
    matched = [r for r in policy["strategy"] if _matches(r, rf)]
    if not matched:
        raise InputError("The assessment rules have no rule that matches; add a default rule.")
    first = matched[0]
    strategy, confidence = str(first["strategy"]), float(first["confidence"])
    reasons = [f"{first['reason']} (rule {first['name']!r})"]
    alternatives = list(
        dict.fromkeys(str(r["strategy"]) for r in matched[1:] if r["strategy"] != strategy)
    )
    if learned is not None:
        if learned.action == "correct":
            reasons.insert(
                0, f"a person set {learned.strategy} on {learned.when} (rules said {strategy})"
            )
            strategy = learned.strategy
            confidence = float(policy["assessment"]["learned_confidence"])
        elif learned.action == "confirm" and learned.strategy == strategy:
            confidence = max(confidence, float(policy["assessment"]["learned_confidence"]))
            reasons.append(f"confirmed by a person on {learned.when}")
    risks = [
        {"name": str(r["name"]), "severity": str(r["severity"]), "text": str(r["text"])}
        for r in policy.get("risk", [])
        if _matches(r, rf)
    ]
    rel = policy.get("relocate", {})
    relocate = None
    if strategy not in ("retire", "retain") and (
        any(
            w in str(asset.get("manufacturer") or "").lower()
            for w in rel.get("manufacturer_contains", [])
        )
        or any(w in str(asset.get("model") or "").lower() for w in rel.get("model_contains", []))
    ):
        relocate = str(rel.get("note", "relocate possible"))
    cores, _ = vcpu_of(asset)
    return AssetAssessment(
        asset_pk=int(asset.get("asset_pk", 0)),
        name=asset_label(asset),
        strategy=strategy,
        confidence=confidence,
        reasons=reasons,
        readiness=readiness,
        factors=factors,
        risks=risks,
        alternatives=alternatives,
        relocate=relocate,
        rule=str(first["name"]),
        vcpu=cores or 0,
        environment=facts.get("environment"),
    )


def assess_application(
    name: str,
    members: Sequence[AssetAssessment],
    *,
    policy: Mapping[str, Any] | None = None,
    learned: Learned | None = None,
) -> AppAssessment:
    """An application's strategy: the most common among its migrating members (ties by
    precedence), retire/retain only when every member says so; a person's verdict wins."""
    policy = policy or load_policy()
    cfg = policy["assessment"]
    excluded_set = set(cfg["excluded_strategies"])
    precedence = list(cfg["strategy_precedence"])
    migrating = [m for m in members if m.strategy not in excluded_set]
    pool = migrating or list(members)
    counts = Counter(m.strategy for m in pool)
    rank = {s: i for i, s in enumerate(precedence)}
    strategy = (
        min(counts, key=lambda s: (-counts[s], rank.get(s, len(rank)))) if counts else "retain"
    )
    agreeing = [m for m in pool if m.strategy == strategy]
    confidence = (
        sum(m.confidence for m in agreeing) / len(agreeing) * (len(agreeing) / len(pool))
        if pool
        else 0.0
    )
    mix = ", ".join(f"{n} {s}" for s, n in counts.most_common())
    reasons = [
        f"members: {mix}"
        + (
            f"; {len(members) - len(migrating)} stay out of waves"
            if migrating and len(migrating) < len(members)
            else ""
        )
    ]
    rules = Counter(m.rule for m in agreeing)
    reasons.append(f"main rule: {rules.most_common(1)[0][0]}" if rules else "no members")
    if learned is not None and learned.action == "correct":
        reasons.insert(
            0, f"a person set {learned.strategy} on {learned.when} (rules said {strategy})"
        )
        strategy, confidence = learned.strategy, float(cfg["learned_confidence"])
    elif learned is not None and learned.action == "confirm" and learned.strategy == strategy:
        confidence = max(confidence, float(cfg["learned_confidence"]))
        reasons.append(f"confirmed by a person on {learned.when}")
    if strategy in excluded_set:
        # A person (or every member) says the application stays: nothing of it migrates.
        migrating = []
    risks: dict[str, dict[str, str]] = {}
    for m in members:
        for risk in m.risks:
            risks.setdefault(risk["name"], risk)
    readiness = sum(m.readiness for m in pool) / len(pool) if pool else 0.0
    mig_pks = {m.asset_pk for m in migrating}
    return AppAssessment(
        name=name,
        strategy=strategy,
        confidence=confidence,
        reasons=reasons,
        readiness=readiness,
        risks=list(risks.values()),
        members=[m.asset_pk for m in members],
        migrating=[m.asset_pk for m in members if m.asset_pk in mig_pks],
        excluded=[m.asset_pk for m in members if m.asset_pk not in mig_pks],
        vcpu=sum(m.vcpu for m in migrating),
        relocate=any(m.relocate for m in migrating),
        production=any(m.environment == "production" for m in members),
    )


def assess_estate(
    assets: Sequence[Mapping[str, Any]],
    applications: Sequence[Application],
    edges: Sequence[Edge] = (),
    *,
    policy: Mapping[str, Any] | None = None,
    as_of: dt.date | None = None,
    learned: Mapping[str, Learned] | None = None,
) -> EstateAssessment:
    """Assess every asset, then every application from its members."""
    policy = policy or load_policy()
    learned = learned or {}
    degree: Counter[int] = Counter()
    for e in edges:
        degree[e.source] += 1
        degree[e.target] += 1
    per_asset: dict[int, AssetAssessment] = {}
    for a in assets:
        pk = int(a["asset_pk"])
        per_asset[pk] = assess_asset(
            a,
            dependencies=degree[pk],
            policy=policy,
            as_of=as_of,
            learned=learned.get(asset_label(a)),
        )
    per_app = {
        app.name: assess_application(
            app.name,
            [per_asset[m] for m in app.members if m in per_asset],
            policy=policy,
            learned=learned.get(f"app:{app.name}"),
        )
        for app in applications
    }
    return EstateAssessment(per_asset, per_app)


def learned_strategies(store: Store, tenant: str, limit: int = 100_000) -> dict[str, Learned]:
    """The latest strategy verdict per subject from the tenant's feedback events."""
    out: dict[str, Learned] = {}
    for ev in store.feedback.list(tenant, operation=FEEDBACK_OPERATION, limit=limit):
        subject = ev["subject"]
        if subject in out:
            continue  # newest first: the latest verdict wins
        answer = ev["corrected"] if ev["action"] == "correct" else ev["proposed"]
        if ev["action"] == "reject" or not answer:
            continue
        out[subject] = Learned(str(answer), str(ev["action"]), str(ev["created_at"])[:10])
    return out


def record_strategy_feedback(
    store: Store,
    tenant: str,
    subject: str,
    *,
    proposed: str | None,
    corrected: str | None = None,
    confidence: float | None = None,
    actor: str = "user",
) -> int:
    """Record a person's verdict on a strategy (a correction when ``corrected`` is given,
    else a confirmation). ``subject`` is an asset label or ``app:<application>``."""
    if corrected is not None and corrected not in STRATEGIES:
        raise InputError(f"Strategy {corrected!r} is not one of {', '.join(STRATEGIES)}.")
    return store.feedback.record(
        tenant,
        operation=FEEDBACK_OPERATION,
        subject=subject,
        action="correct" if corrected else "confirm",
        proposed=proposed,
        corrected=corrected,
        confidence=confidence,
        actor=actor,
    )


def assess_tenant(
    store: Store,
    tenant: str,
    *,
    policy: Mapping[str, Any] | None = None,
    as_of: dt.date | None = None,
    headroom: float | None = None,
) -> EstateAssessment:
    """Assess and right-size the tenant's assets and stored applications; store the result."""
    from migrascope.tools.dependencies import load_assets, stored_edges
    from migrascope.tools.discovery import Application
    from migrascope.tools.rightsizing import DEFAULT_HEADROOM, right_size

    policy = policy or load_policy()
    assets = load_assets(store, tenant)
    apps = [
        Application(
            r["name"], list(r["members"]), float(r["confidence"]), r["method"], r["reasons"]
        )
        for r in store.applications.list(tenant)
    ]
    result = assess_estate(
        assets,
        apps,
        stored_edges(store, tenant),
        policy=policy,
        as_of=as_of,
        learned=learned_strategies(store, tenant),
    )
    factor = headroom or float(policy.get("rightsizing", {}).get("headroom", DEFAULT_HEADROOM))
    for a in assets:
        result.assets[int(a["asset_pk"])].rightsizing = right_size(a, headroom=factor)
    # The tenant's thresholds for this operation say which verdicts a person should review
    # (the workflow's review step asks about "suggest" and "review" ones).
    thresholds = store.thresholds.get(tenant, FEEDBACK_OPERATION)
    subjects: list[AssetAssessment | AppAssessment] = [
        *result.assets.values(),
        *result.applications.values(),
    ]
    for x in subjects:
        band = thresholds.decide(x.confidence)
        x.decision = band if band in ("auto", "suggest") else "review"
    rows: list[dict[str, Any]] = [
        {
            "subject_kind": "asset",
            "subject": f"{x.asset_pk}:{x.name}",
            "asset_pk": x.asset_pk,
            "strategy": x.strategy,
            "confidence": x.confidence,
            "readiness": x.readiness,
            "details": x.to_json(),
        }
        for x in result.assets.values()
    ]
    rows += [
        {
            "subject_kind": "application",
            "subject": x.name,
            "strategy": x.strategy,
            "confidence": x.confidence,
            "readiness": x.readiness,
            "details": x.to_json(),
        }
        for x in result.applications.values()
    ]
    store.assessments.replace(tenant, rows)
    return result
