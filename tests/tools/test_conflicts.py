"""Conflicts: detection over stored patterns, each strategy, own corrections win, records."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from migrascope.errors import ToolError
from migrascope.memory import Pattern
from migrascope.tools.conflicts import Conflict, detect_conflicts, resolve, resolve_conflicts

NOW = datetime(2026, 3, 3, tzinfo=UTC)


def _p(
    pid,
    answer,
    *,
    alpha,
    beta,
    crew="default",
    agent="mapper",
    days=0,
    explicit=False,
    tenant="t1",
    scope="tenant",
    weight=1.0,
):
    return Pattern(
        pattern_id=pid,
        key=f"key {pid}",
        text=f"Key {pid}",
        answer=answer,
        confirmations=int(alpha),
        corrections=int(beta),
        state="active",
        details={},
        alpha=alpha,
        beta=beta,
        source_agent=agent,
        source_crew=crew,
        tenant_id=tenant,
        explicit=explicit,
        scope=scope,
        weight=weight,
        updated_at=NOW - timedelta(days=days),
    )


# a: confident but few successes, old; b: many successes, less confident, newest, mapping crew;
# c: agrees with b, small; so strategies disagree in known ways.
A = _p(1, "memory_gb", alpha=9.0, beta=1.0, days=30, crew="discovery")
B = _p(2, "storage_gb", alpha=6.0, beta=4.0, days=0, crew="mapping")
C = _p(3, "storage_gb", alpha=5.0, beta=5.0, days=10, crew="discovery")
CONFLICT = Conflict("field_mapping", [A, B, C], 0.93)


@pytest.mark.parametrize(
    ("strategy", "answer", "winner"),
    [
        ("highest_confidence", "memory_gb", 1),
        ("most_recent", "storage_gb", 2),
        ("crew_specialisation", "memory_gb", 1),
        ("evidence_vote", "storage_gb", 2),
    ],
)
def test_each_strategy(strategy, answer, winner):
    res = resolve(CONFLICT, "t1", strategy)
    assert (res.answer, res.winner_pattern_id, res.strategy) == (answer, winner, strategy)
    assert res.reason


def test_crew_weights_can_turn_the_result():
    weak_a = _p(1, "memory_gb", alpha=6.0, beta=4.0, crew="discovery")
    strong_b = _p(2, "storage_gb", alpha=5.5, beta=4.5, crew="mapping")
    conflict = Conflict("field_mapping", [weak_a, strong_b], 0.95)
    assert resolve(conflict, "t1", "highest_confidence").answer == "memory_gb"
    assert resolve(conflict, "t1", "crew_specialisation").answer == "storage_gb"


def test_the_tenants_own_explicit_correction_always_wins_for_that_tenant():
    mine = _p(4, "os_name", alpha=2.0, beta=3.0, explicit=True, tenant="t1", days=90, agent="human")
    conflict = Conflict("field_mapping", [A, B, C, mine], 0.95)
    for strategy in ("highest_confidence", "most_recent", "crew_specialisation", "evidence_vote"):
        res = resolve(conflict, "t1", strategy)
        assert res.answer == "os_name" and "own explicit correction" in res.reason
    # For another tenant the same pattern is just evidence.
    assert resolve(conflict, "t2", "highest_confidence").answer == "memory_gb"


def test_global_pool_patterns_weigh_less():
    own = _p(5, "hostname", alpha=7.0, beta=3.0)
    pooled = _p(-6, "fqdn", alpha=8.0, beta=2.0, scope="global", weight=0.7, tenant=None)
    res = resolve(Conflict("field_mapping", [own, pooled], 0.95), "t1", "highest_confidence")
    assert res.answer == "hostname"


def test_unknown_strategy_is_a_clear_error():
    with pytest.raises(ToolError, match="Conflict strategy 'coin_flip' is unknown"):
        resolve(CONFLICT, "t1", "coin_flip")


def test_detect_resolve_and_record_on_the_store(store, tenant):
    a = store.mapping_patterns.teach(
        tenant, "Server Name", "hostname", agent="mapper", crew="discovery", explicit=False
    )
    b = store.mapping_patterns.teach(
        tenant, "Server Names", "fqdn", agent="mapper", crew="mapping", explicit=False
    )
    store.mapping_patterns.teach(tenant, "Cost Centre Code", "cost_center")
    for _ in range(3):
        store.mapping_patterns.reward(tenant, [b.pattern_id], success=True)
    found = detect_conflicts(store, tenant, "field_mapping", similarity=0.75)
    assert [sorted(c.pattern_ids) for c in found] == [sorted([a.pattern_id, b.pattern_id])]
    assert detect_conflicts(store, tenant, "field_mapping", similarity=0.95) == []
    resolved = resolve_conflicts(
        store, tenant, "field_mapping", strategy="evidence_vote", conflicts=found
    )
    assert resolved[0].answer == "fqdn" and resolved[0].conflict_id is not None
    again = resolve_conflicts(
        store, tenant, "field_mapping", strategy="most_recent", conflicts=found
    )
    assert again[0].conflict_id == resolved[0].conflict_id
    rows = store.conflicts.list(tenant)
    assert len(rows) == 1 and rows[0]["detections"] == 2 and rows[0]["strategy"] == "most_recent"
    top = store.conflicts.top_patterns(tenant)
    assert {t["pattern_id"] for t in top} == {a.pattern_id, b.pattern_id}
    # A person's correction of one side wins for this tenant.
    store.mapping_patterns.teach(tenant, "Server Name", "hostname")
    final = resolve_conflicts(
        store,
        tenant,
        "field_mapping",
        conflicts=detect_conflicts(store, tenant, "field_mapping", similarity=0.75),
    )
    assert final[0].answer == "hostname"


def test_conflicts_command(store, tenant):
    import json

    from typer.testing import CliRunner

    from migrascope.cli import app

    store.mapping_patterns.teach(tenant, "Server Names", "fqdn", agent="mapper", explicit=False)
    store.mapping_patterns.teach(tenant, "Server Name", "hostname")
    args = ["feedback", "conflicts", "-t", tenant, "--similarity", "0.75", "--json"]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.output
    found = json.loads(result.stdout)["conflicts"]
    assert len(found) == 1 and found[0]["answer"] == "hostname"
    bad = CliRunner().invoke(app, [*args[:-1], "--strategy", "coin_flip"])
    assert bad.exit_code == 1 and "coin_flip" in bad.output
