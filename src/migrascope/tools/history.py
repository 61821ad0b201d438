"""Decision history: record each decision with its evidence, and explain it later.

``explain`` answers "why was this column mapped to memory_gb on 3 March, and what
changed since?": the decision's reasons, candidates, runner-up and the patterns it
used as they were then, followed by what happened after - feedback, later
decisions on the same subject, how those patterns changed, threshold adjustments.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, date, datetime, timedelta
from typing import TYPE_CHECKING, Any

from migrascope.errors import InputError
from migrascope.memory import MappingPatterns, default_thresholds

if TYPE_CHECKING:
    from migrascope.memory import Conn, Pattern, Store
    from migrascope.tools.mapping import MappingResult

__all__ = [
    "explain",
    "pattern_snapshot",
    "record_decision",
    "record_mapping_decisions",
    "subject_key",
]


def subject_key(operation: str, subject: str) -> str:
    """How decisions on one subject are found again (a header is normalised)."""
    return MappingPatterns.key_of(subject) if operation == "field_mapping" else subject


def pattern_snapshot(p: Pattern) -> dict[str, Any]:
    """What a decision remembers of a pattern it used."""
    return {
        "pattern_id": p.pattern_id,
        "key": p.key,
        "answer": p.answer,
        "alpha": p.alpha,
        "beta": p.beta,
        "score": round(p.score, 4),
        "state": p.state,
        "scope": p.scope,
        "source_agent": p.source_agent,
        "source_crew": p.source_crew,
        "confirmations": p.confirmations,
        "corrections": p.corrections,
    }


def record_decision(
    store: Store,
    tenant: str,
    operation: str,
    subject: str,
    answer: str | None,
    confidence: float,
    *,
    decision: str | None = None,
    pattern_ids: Sequence[int] = (),
    evidence: dict[str, Any] | None = None,
    import_id: int | None = None,
    conn: Conn | None = None,
) -> dict[str, Any]:
    """Store one decision with its evidence; the decision defaults to the tenant's thresholds."""
    default_thresholds(operation)
    if decision is None:
        decision = store.thresholds.get(tenant, operation).decide(confidence)
    evidence = dict(evidence or {})
    if (
        pattern_ids
        and "patterns" not in evidence
        and operation
        in (
            "field_mapping",
            "asset_classification",
        )
    ):
        used = store.patterns_for(operation).by_ids(tenant, pattern_ids, conn=conn)
        evidence["patterns"] = [pattern_snapshot(p) for p in used.values()]
    return store.decisions.record(
        tenant,
        operation=operation,
        subject=subject,
        subject_key=subject_key(operation, subject),
        answer=answer,
        confidence=confidence,
        decision=decision,
        pattern_ids=pattern_ids,
        evidence=evidence,
        import_id=import_id,
        conn=conn,
    )


def record_mapping_decisions(
    store: Store, tenant: str, import_id: int | None, mapping: MappingResult
) -> list[int]:
    """One decision per column of an import, with candidates, runner-up and patterns used."""
    thresholds = store.thresholds.get(tenant, "field_mapping")
    used_ids = sorted(
        {c.pattern_id for col in mapping.columns for c in col.candidates if c.pattern_id}
    )
    patterns = store.mapping_patterns.by_ids(tenant, used_ids) if used_ids else {}
    rows: list[dict[str, Any]] = []
    for col in mapping.columns:
        chosen = col.candidates[0] if col.candidates else None
        for cand in col.candidates:
            if cand.target == col.target and col.target is not None:
                chosen = cand
                break
        runner = next(
            (c for c in col.candidates if c is not chosen and c.target != col.target), None
        )
        ids = [col.pattern_id] if col.pattern_id else []
        evidence = {
            "source": col.source,
            "reasons": col.reasons,
            "unit": col.unit,
            "candidates": [
                {
                    "target": c.target,
                    "score": round(c.score, 4),
                    "reasons": c.reasons,
                    "pattern_id": c.pattern_id,
                }
                for c in col.candidates[:5]
            ],
            "runner_up": (
                {"target": runner.target, "score": round(runner.score, 4)} if runner else None
            ),
            "rules": [r for r in col.reasons if not r.startswith("learned")],
            "patterns": [
                pattern_snapshot(patterns[c.pattern_id])
                for c in col.candidates[:5]
                if c.pattern_id in patterns
            ],
            "thresholds": thresholds._asdict(),
        }
        rows.append(
            {
                "operation": "field_mapping",
                "subject": col.source,
                "subject_key": subject_key("field_mapping", col.source),
                "answer": col.target,
                "confidence": col.confidence,
                "decision": col.decision,
                "pattern_ids": ids,
                "evidence": evidence,
                "import_id": import_id,
            }
        )
    return [r["decision_id"] for r in store.decisions.record_many(tenant, rows)]


def _pick(
    store: Store,
    tenant: str,
    operation: str,
    subject: str | None,
    decision_id: int | None,
    on: date | None,
) -> dict[str, Any]:
    if decision_id is not None:
        found = store.decisions.get(tenant, decision_id)
        if found is None:
            raise InputError(f"Decision #{decision_id} does not exist for tenant {tenant!r}.")
        return found
    if not subject:
        raise InputError("Name a subject (column or asset) or a decision id to explain.")
    key = subject_key(operation, subject)
    since = until = None
    if on is not None:
        since = datetime(on.year, on.month, on.day, tzinfo=UTC)
        until = since + timedelta(days=1)
    rows = store.decisions.history(
        tenant, operation=operation, subject_key=key, since=since, until=until
    )
    if not rows:
        when = f" on {on.isoformat()}" if on else ""
        raise InputError(f"No {operation} decision about {subject!r}{when} for tenant {tenant!r}.")
    return rows[-1]


def explain(
    store: Store,
    tenant: str,
    *,
    subject: str | None = None,
    decision_id: int | None = None,
    operation: str = "field_mapping",
    on: date | None = None,
) -> dict[str, Any]:
    """Why a decision was made and what changed since (JSON-ready)."""
    d = _pick(store, tenant, operation, subject, decision_id, on)
    operation = d["operation"]
    evidence = d["evidence"] or {}
    then = {p["pattern_id"]: p for p in evidence.get("patterns", [])}
    changes: list[str] = []
    feedback = store.feedback.for_decision(tenant, d["decision_id"])
    for ev in feedback:
        what = ev["corrected"] if ev["action"] == "correct" else ev["proposed"]
        changes.append(
            f"{ev['created_at']:%Y-%m-%d %H:%M}: {ev['actor']} {ev['action']}ed ({what})"
        )
    later = [
        r
        for r in store.decisions.history(
            tenant, operation=operation, subject_key=d["subject_key"], since=d["created_at"]
        )
        if r["decision_id"] > d["decision_id"]
    ]
    for r in later:
        if r["answer"] != d["answer"]:
            changes.append(
                f"{r['created_at']:%Y-%m-%d %H:%M}: decided {r['answer']} "
                f"({r['confidence']:.2f}, {r['decision']}) instead of {d['answer']}"
            )
    now_patterns: dict[int, Any] = {}
    if then and operation in ("field_mapping", "asset_classification"):
        now_patterns = {
            pid: pattern_snapshot(p)
            for pid, p in store.patterns_for(operation).by_ids(tenant, list(then)).items()
        }
        for pid, old in then.items():
            new = now_patterns.get(pid)
            if new is None:
                continue
            if new["answer"] != old["answer"]:
                changes.append(f"pattern #{pid} now answers {new['answer']} (was {old['answer']})")
            if new["state"] != old["state"]:
                changes.append(f"pattern #{pid} is now {new['state']}")
            if abs(new["score"] - old["score"]) >= 0.005:
                changes.append(
                    f"pattern #{pid} score {old['score']:.2f} -> {new['score']:.2f} "
                    f"({new['confirmations'] - old['confirmations']} confirmations, "
                    f"{new['corrections'] - old['corrections']} corrections since)"
                )
    adjustments = [
        h for h in store.thresholds.history(tenant, operation) if h["created_at"] >= d["created_at"]
    ]
    for h in adjustments:
        changes.append(
            f"{h['created_at']:%Y-%m-%d %H:%M}: {h['threshold']} threshold "
            f"{h['old_value']:.2f} -> {h['new_value']:.2f} ({h['reason']})"
        )
    return {
        "decision": {
            k: d[k]
            for k in (
                "decision_id",
                "operation",
                "subject",
                "answer",
                "confidence",
                "decision",
                "import_id",
                "pattern_ids",
                "outcome",
                "outcome_answer",
                "created_at",
            )
        },
        "why": {
            "reasons": evidence.get("reasons", []),
            "candidates": evidence.get("candidates", []),
            "runner_up": evidence.get("runner_up"),
            "patterns_then": list(then.values()),
            "thresholds_then": evidence.get("thresholds"),
        },
        "since": {
            "feedback": feedback,
            "later_decisions": later,
            "patterns_now": list(now_patterns.values()),
            "threshold_adjustments": adjustments,
            "changes": changes or ["nothing changed since"],
        },
    }
