"""Pattern posteriors, states, teaching rules, concurrency and the global pool (real PostgreSQL)."""

from __future__ import annotations

import threading
import uuid

import pytest

from migrascope.errors import InputError
from migrascope.tools.feedback import record_feedback
from migrascope.tools.history import record_decision
from migrascope.tools.scoring import credible_bounds, pattern_confidence, retirement_reason
from migrascope.tools.sharing import anonymise_key, contribute, relevant_patterns


def test_learning_migration_is_applied(store):
    versions = {r["version"] for r in store.execute("SELECT version FROM schema_migrations")}
    assert "0002_learning" in versions
    tables = {
        r["table_name"]
        for r in store.execute(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()"
        )
    }
    assert {
        "decisions",
        "threshold_history",
        "pattern_conflicts",
        "choice_log",
        "global_patterns",
        "global_pattern_contributors",
    } <= tables


def test_explicit_teach_is_trusted_and_agent_guess_is_sceptical(store, tenant):
    taught = store.mapping_patterns.teach(tenant, "Srv Name", "hostname")
    assert (taught.alpha, taught.beta, taught.explicit) == (9.0, 1.0, True)
    assert pattern_confidence(taught) == pytest.approx(0.9)
    guess = store.mapping_patterns.teach(
        tenant, "Box Label", "asset_id", agent="mapper", explicit=False
    )
    assert (guess.alpha, guess.beta, guess.explicit) == (1.0, 2.0, False)
    assert guess.score == pytest.approx(1 / 3)


def test_contradicting_teach_updates_the_pattern_and_restarts_its_posterior(store, tenant):
    first = store.mapping_patterns.teach(tenant, "Mem", "memory_gb")
    store.mapping_patterns.reward(tenant, [first.pattern_id], success=True)
    second = store.mapping_patterns.teach(tenant, "MEM", "storage_gb")
    assert second.pattern_id == first.pattern_id
    assert second.answer == "storage_gb"
    assert (second.confirmations, second.corrections) == (2, 1)
    assert (second.alpha, second.beta) == (9.0, 1.0)
    rows = store.execute(
        "SELECT count(*) AS n FROM mapping_patterns WHERE tenant_id = %s", (tenant,)
    )
    assert rows[0]["n"] == 1


def test_an_agent_never_overrides_a_persons_correction(store, tenant):
    person = store.mapping_patterns.teach(tenant, "Owner", "business_owner")
    agent = store.mapping_patterns.teach(
        tenant, "Owner", "technical_owner", agent="mapper", explicit=False
    )
    assert agent.pattern_id == person.pattern_id
    assert agent.answer == "business_owner"
    assert agent.explicit


def test_retired_patterns_are_kept_but_never_applied(store, tenant):
    p = store.mapping_patterns.teach(
        tenant, "Legacy Code", "asset_id", agent="mapper", explicit=False
    )
    for _ in range(8):
        p = store.mapping_patterns.reward(tenant, [p.pattern_id], success=False)[0]
    reason = retirement_reason(p)
    assert reason is not None and "credible bound" in reason
    assert credible_bounds(p.alpha, p.beta)[1] < 0.3
    assert store.mapping_patterns.retire(tenant, p.pattern_id, reason)
    assert store.mapping_patterns.get(tenant, [p.key]) == {}
    assert all(
        m.pattern.pattern_id != p.pattern_id
        for m in store.mapping_patterns.nearest(tenant, "Legacy Code")
    )
    patterns, vectors = store.mapping_patterns.all_active(tenant)
    assert patterns == [] and vectors.shape[0] == 0
    kept = store.mapping_patterns.list(tenant, state="retired")
    assert [k.pattern_id for k in kept] == [p.pattern_id]
    assert pattern_confidence(kept[0]) == 0.0
    assert store.mapping_patterns.count(tenant) == {"retired": 1}


def test_concurrent_corrections_of_one_pattern_all_count(store, tenant):
    pattern = store.mapping_patterns.teach(tenant, "Disk Total", "storage_gb")
    ids = [
        record_decision(
            store,
            tenant,
            "field_mapping",
            "Disk Total",
            "storage_gb",
            0.9,
            pattern_ids=[pattern.pattern_id],
        )["decision_id"]
        for _ in range(24)
    ]
    errors: list[BaseException] = []
    barrier = threading.Barrier(6)

    def worker(chunk: list[int]) -> None:
        try:
            barrier.wait()
            for decision_id in chunk:
                record_feedback(store, tenant, decision_id, "reject", adapt=False)
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=worker, args=(ids[i::6],)) for i in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    after = store.mapping_patterns.by_ids(tenant, [pattern.pattern_id])[pattern.pattern_id]
    assert after.beta == pattern.beta + 24
    assert after.corrections == pattern.corrections + 24
    assert len(store.feedback.list(tenant, limit=100)) == 24


def test_concurrent_first_teaches_of_one_key_make_one_pattern(store, tenant):
    barrier = threading.Barrier(4)
    results = []

    def worker() -> None:
        barrier.wait()
        results.append(store.mapping_patterns.teach(tenant, "Rack Unit", "location"))

    threads = [threading.Thread(target=worker) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len({r.pattern_id for r in results}) == 1
    final = store.mapping_patterns.get(tenant, ["rack unit"])["rack unit"]
    assert final.confirmations == 4


def _tenants(store, n):
    return [store.ensure_tenant(f"pool-{uuid.uuid4().hex[:10]}") for _ in range(n)]


def test_global_pool_is_trusted_only_after_several_tenants_agree(store):
    a, b, c, reader = _tenants(store, 4)
    key = f"Node Label {uuid.uuid4().hex[:6]}"
    norm = store.mapping_patterns.key_of(key)
    for t in (a, b, c):
        store.set_sharing(t, True)
    for t in (a, b):
        contribute(store, t, "field_mapping", store.mapping_patterns.teach(t, key, "hostname"))
    assert store.mapping_patterns.get(reader, [norm], include_global=True) == {}
    # The same tenant twice still counts once.
    contribute(store, a, "field_mapping", store.mapping_patterns.teach(a, key, "hostname"))
    assert store.mapping_patterns.get(reader, [norm], include_global=True) == {}
    contribute(store, c, "field_mapping", store.mapping_patterns.teach(c, key, "hostname"))
    found = store.mapping_patterns.get(reader, [norm], include_global=True)
    pooled = found[norm]
    assert pooled.scope == "global" and pooled.pattern_id < 0 and pooled.tenants == 3
    assert pooled.weight == pytest.approx(0.7)
    assert pattern_confidence(pooled) < pooled.score
    # Without opting in to reading, nothing global comes back; own patterns win over pooled ones.
    assert store.mapping_patterns.get(reader, [norm]) == {}
    own = store.mapping_patterns.teach(reader, key, "fqdn")
    assert store.mapping_patterns.get(reader, [norm], include_global=True)[norm] == own
    near = store.mapping_patterns.nearest(reader, key, k=3, include_global=True)
    assert near[0].pattern.pattern_id == own.pattern_id


def test_a_pattern_pinned_to_a_spelling_is_not_shared(store):
    (a,) = _tenants(store, 1)
    store.set_sharing(a, True)
    key = f"Rack Label {uuid.uuid4().hex[:6]}"
    beside = [key, key.replace(" ", ".")]
    pinned = store.mapping_patterns.teach(a, key, "location", beside=beside)
    assert pinned.pinned
    assert contribute(store, a, "field_mapping", pinned) is None
    general = store.mapping_patterns.teach(a, key.replace(" ", "_"), "location", beside=[])
    assert not general.pinned
    assert contribute(store, a, "field_mapping", general) is not None


def test_only_opted_in_tenants_contribute_and_nothing_identifying_leaves(store):
    (quiet, sharer) = _tenants(store, 2)
    p = store.mapping_patterns.teach(quiet, "Asset Tag No", "asset_id")
    assert contribute(store, quiet, "field_mapping", p) is None
    store.set_sharing(sharer, True)
    sig = "name prd-pay-web# | os_name ubuntu 22.04 | manufacturer dell inc. | model poweredge r650"
    cp = store.classification_patterns.teach(sharer, sig, "server")
    pooled = contribute(store, sharer, "asset_classification", cp)
    assert pooled is not None
    assert "prd-pay" not in pooled.key and pooled.key.startswith("os_name ubuntu")
    rows = store.execute(
        "SELECT g.*, c.tenant_hash FROM global_patterns g JOIN global_pattern_contributors c "
        "USING (pool_id) WHERE g.pool_id = %s",
        (-pooled.pattern_id,),
    )
    assert rows and all(sharer not in str(v) for r in rows for v in r.values())
    assert anonymise_key("asset_classification", "name web# | os_name 10.1.2.3") is None
    assert anonymise_key("field_mapping", "host.corp.example.com") is None


def test_crews_fetch_their_own_patterns_first(store, tenant):
    store.mapping_patterns.teach(tenant, "Server Name", "hostname", crew="discovery")
    store.mapping_patterns.teach(tenant, "Server Names", "hostname", crew="planning")
    ranked = relevant_patterns(store, tenant, "planning", "field_mapping", text="Server Names")
    assert ranked[0].pattern.source_crew == "planning"
    assert ranked[0].similarity > ranked[1].similarity > 0
    with pytest.raises(InputError, match="no pattern store"):
        relevant_patterns(store, tenant, "planning", "risk_assessment")


def test_tenants_cannot_reach_each_others_patterns_or_decisions(store, tenant):
    other = store.ensure_tenant(f"t-{uuid.uuid4().hex[:12]}")
    p = store.mapping_patterns.teach(tenant, "Secret Col", "description")
    d = record_decision(store, tenant, "field_mapping", "Secret Col", "description", 0.9)
    assert store.mapping_patterns.by_ids(other, [p.pattern_id]) == {}
    assert store.decisions.get(other, d["decision_id"]) is None
    with pytest.raises(InputError, match=f"Decision #{d['decision_id']} does not exist"):
        record_feedback(store, other, d["decision_id"], "confirm")
    assert store.mapping_patterns.reward(other, [p.pattern_id], success=False) == []
