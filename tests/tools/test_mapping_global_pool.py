"""The opt-in global pool reaches the mapper: at lower weight, suggested, never auto-applied."""

from __future__ import annotations

import uuid

from migrascope.memory import Store
from migrascope.tools.importing import mapped_table
from migrascope.tools.sharing import contribute


def test_pooled_pattern_is_suggested_to_another_tenant_but_not_applied(
    store: Store, write_csv
) -> None:
    word = f"Gizmoq{uuid.uuid4().hex[:5]}"
    header = f"{word} Label"
    sharers = [store.ensure_tenant(f"pool-{uuid.uuid4().hex[:10]}") for _ in range(3)]
    reader = store.ensure_tenant(f"pool-{uuid.uuid4().hex[:10]}")
    path = write_csv(f"{header},Notes\nweb-01,x\ndb-02,y\n")

    with mapped_table(store, reader, path) as (_t, before):
        assert before.columns[0].target != "hostname"

    for tenant in sharers:
        store.set_sharing(tenant, True)
        contribute(
            store, tenant, "field_mapping", store.mapping_patterns.teach(tenant, header, "hostname")
        )

    with mapped_table(store, reader, path) as (_t, after):
        col = after.columns[0]
        assert col.target == "hostname"
        assert col.decision == "suggest"  # other tenants' agreement alone never auto-applies
        assert any("global pool" in r for r in col.reasons)

    store.mapping_patterns.teach(reader, header, "fqdn")  # the tenant's own word wins
    with mapped_table(store, reader, path) as (_t, own):
        assert (own.columns[0].target, own.columns[0].decision) == ("fqdn", "auto")
