"""Feedback on any decision: confirm, correct (with the right answer) or reject.

One transaction per event: the decision is locked, the answer validated against
the operation's vocabulary (canonical schema, taxonomy, 6R strategies, risk
levels), the event stored with its band, confidence and patterns, the patterns'
posteriors updated with atomic increments, the correct answer taught as the
tenant's own explicit pattern, due patterns retired, and the exploration log
rewarded. Bad input raises before anything is written; a failure rolls back all.
Thresholds adapt after the commit.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, NamedTuple

from migrascope.config import CANONICAL_FIELDS, TAXONOMY, load_data
from migrascope.errors import InputError
from migrascope.memory import ThresholdChange, check_tenant, default_thresholds
from migrascope.tools.confidence import adapt_thresholds, band_of
from migrascope.tools.scoring import retire_if_due
from migrascope.tools.sharing import contribute

if TYPE_CHECKING:
    from migrascope.memory import Conn, Pattern, Store

__all__ = [
    "ACTIONS",
    "FeedbackItem",
    "FeedbackResult",
    "normalise_answer",
    "record_feedback",
    "record_feedback_batch",
]

ACTIONS = ("confirm", "correct", "reject")
_NOTHING = {"none", "null", "-", "extra", ""}


@dataclass
class FeedbackResult:
    """What one feedback event changed."""

    event_id: int
    decision_id: int
    operation: str
    action: str
    answer: str | None
    rewarded: list[int] = field(default_factory=list)
    penalised: list[int] = field(default_factory=list)
    taught_pattern_id: int | None = None
    retired: list[int] = field(default_factory=list)
    shared: bool = False
    threshold_changes: list[ThresholdChange] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        out = dict(self.__dict__)
        out["threshold_changes"] = [c._asdict() for c in self.threshold_changes]
        return out


def normalise_answer(operation: str, answer: str | None) -> str | None:
    """The answer as stored, or InputError naming the allowed values.

    For field mapping, 'none' (or empty) means "maps to nothing, keep in extra".
    """
    default_thresholds(operation)
    text = None if answer is None else str(answer).strip()
    if operation == "field_mapping":
        if text is None or text.lower() in _NOTHING:
            return None
        if text not in CANONICAL_FIELDS:
            raise InputError(
                f"Target {text!r} is not a canonical field; choose one of: "
                f"{', '.join(CANONICAL_FIELDS)} (or 'none')."
            )
        return text
    if operation == "asset_classification":
        allowed: tuple[str, ...] = TAXONOMY
    else:
        allowed = tuple(load_data("learning.toml")["vocabularies"].get(operation, ()))
    if text is None or text not in allowed:
        raise InputError(
            f"Answer {answer!r} is not valid for {operation}; choose one of: {', '.join(allowed)}."
        )
    return text


def _teach(
    store: Store,
    tenant: str,
    decision: dict[str, Any],
    answer: str | None,
    *,
    actor: str,
    crew: str,
    conn: Conn,
) -> Pattern | None:
    operation = decision["operation"]
    if operation == "field_mapping":
        return store.mapping_patterns.teach(
            tenant, decision["subject"], answer, agent=actor, crew=crew, explicit=True, conn=conn
        )
    if operation == "asset_classification" and answer is not None:
        sig = (decision["evidence"] or {}).get("signature") or decision["subject"]
        return store.classification_patterns.teach(
            tenant,
            sig,
            answer,
            features={"name": decision["subject"]},
            agent=actor,
            crew=crew,
            explicit=True,
            conn=conn,
        )
    return None


class FeedbackItem(NamedTuple):
    """One judgement in a review: a decision, an action and (for a correction) the answer."""

    decision_id: int
    action: str
    answer: str | None = None


def record_feedback(
    store: Store,
    tenant: str,
    decision_id: int,
    action: str,
    answer: str | None = None,
    *,
    actor: str = "user",
    crew: str | None = None,
    teach: bool = True,
    adapt: bool = True,
) -> FeedbackResult:
    """Apply a person's (or agent's) feedback on one of the tenant's decisions.

    Args:
        decision_id: the decision judged (``decisions`` table, e.g. from an import).
        action: ``confirm``, ``correct`` (needs ``answer``) or ``reject``.
        answer: the right answer for a correction (validated for the operation).
        actor: who gave it; recorded on the event.
        crew: the crew that gave it (defaults to the actor).
        teach: whether a correction or a confirmation without a pattern teaches one.
        adapt: whether to adapt the tenant's thresholds afterwards.

    Raises:
        InputError: unknown decision, unknown action, answer outside the operation's
            vocabulary, or a correction without an answer. Nothing is changed.
    """
    return record_feedback_batch(
        store,
        tenant,
        [FeedbackItem(decision_id, action, answer)],
        actor=actor,
        crew=crew,
        teach=teach,
        adapt=adapt,
    )[0]


def record_feedback_batch(
    store: Store,
    tenant: str,
    items: Sequence[FeedbackItem | tuple[Any, ...]],
    *,
    actor: str = "user",
    crew: str | None = None,
    teach: bool = True,
    adapt: bool = True,
) -> list[FeedbackResult]:
    """A whole review (e.g. every column of an import) in one transaction: all or nothing.

    An invalid item raises InputError naming its position; nothing of the batch is kept.
    Thresholds adapt once per operation after the commit.
    """
    check_tenant(tenant)
    parsed = [FeedbackItem(*item) for item in items]
    for n, item in enumerate(parsed, 1):
        where = f"Feedback item {n}: " if len(parsed) > 1 else ""
        if item.action not in ACTIONS:
            raise InputError(
                f"{where}Feedback action {item.action!r} is not one of {', '.join(ACTIONS)}."
            )
        if not isinstance(item.decision_id, int) or isinstance(item.decision_id, bool):
            raise InputError(f"{where}Decision id {item.decision_id!r} is not an integer.")
    crew = crew or actor
    results: list[FeedbackResult] = []
    with store.pool.connection() as conn, conn.transaction():
        sharing = store.global_pool.is_sharing(tenant, conn=conn)
        for n, item in enumerate(parsed, 1):
            try:
                results.append(
                    _apply(
                        store,
                        tenant,
                        item,
                        actor=actor,
                        crew=crew,
                        teach=teach,
                        sharing=sharing,
                        conn=conn,
                    )
                )
            except InputError as exc:
                if len(parsed) == 1:
                    raise
                raise InputError(
                    f"Feedback item {n}: {exc} Nothing of this batch was recorded."
                ) from exc
    if adapt:
        for operation in dict.fromkeys(r.operation for r in results):
            changes = adapt_thresholds(store, tenant, operation)
            for r in results:
                if r.operation == operation:
                    r.threshold_changes = changes
                    break
    return results


def _apply(
    store: Store,
    tenant: str,
    item: FeedbackItem,
    *,
    actor: str,
    crew: str,
    teach: bool,
    sharing: bool,
    conn: Conn,
) -> FeedbackResult:
    decision_id, action, answer = item
    decision = store.decisions.get(tenant, decision_id, conn=conn, lock=True)
    if decision is None:
        raise InputError(f"Decision #{decision_id} does not exist for tenant {tenant!r}.")
    operation = decision["operation"]
    if action == "correct":
        if answer is None:
            raise InputError("A correction needs the right answer (--answer).")
        answer = normalise_answer(operation, answer)
        if answer == decision["answer"]:
            action = "confirm"
    elif answer is not None:
        raise InputError(f"Only a correction takes an answer; {action} takes none.")
    if action == "confirm":
        answer = decision["answer"]
    result = FeedbackResult(0, decision_id, operation, action, answer)
    ids = [int(p) for p in decision["pattern_ids"] or ()]
    has_patterns = operation in ("field_mapping", "asset_classification")
    touched: list[Pattern] = []
    if has_patterns and ids:
        repo = store.patterns_for(operation)
        touched = repo.reward(tenant, ids, success=action == "confirm", conn=conn)
        if action == "confirm":
            result.rewarded = ids
        else:
            result.penalised = ids
    taught = None
    wants_teach = action == "correct" or (
        action == "confirm" and not ids and decision["answer"] is not None
    )
    if has_patterns and teach and wants_teach:
        taught = _teach(store, tenant, decision, answer, actor=actor, crew=crew, conn=conn)
    if taught is not None:
        result.taught_pattern_id = taught.pattern_id
    if not sharing:
        pass
    elif taught is not None:
        result.shared = contribute(store, tenant, operation, taught, conn=conn) is not None
    elif action == "confirm" and touched:
        result.shared = any(
            contribute(store, tenant, operation, p, conn=conn) is not None
            for p in touched
            if p.explicit
        )
    result.event_id = store.feedback.record(
        tenant,
        operation=operation,
        subject=decision["subject"],
        action=action,
        proposed=decision["answer"],
        corrected=(answer or "none") if action == "correct" else None,
        confidence=decision["confidence"],
        pattern_ids=ids,
        actor=actor,
        decision_id=decision_id,
        band=band_of(decision["confidence"]),
        crew=crew,
        conn=conn,
    )
    store.decisions.set_outcome(tenant, decision_id, outcome=action, answer=answer, conn=conn)
    if "policy" in (decision["evidence"] or {}):
        # Only exploration choices (choose_and_record) have a logged choice to reward.
        reward = 1.0 if action == "confirm" else 0.0
        store.choices.set_reward(tenant, decision_id, reward, conn=conn)
    if action != "confirm" and touched:
        still = [p for p in touched if taught is None or p.pattern_id != taught.pattern_id]
        result.retired = retire_if_due(store, tenant, operation, still, conn=conn)
    return result
