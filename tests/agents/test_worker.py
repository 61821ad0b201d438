"""Distributed import through the queue: workers, retries, dead letters, races."""

from __future__ import annotations

import threading

from migrascope.agents import Crew, DiscoveryAgent, DiscoveryInput, Worker, WorkQueue


def _asset_counts(store, tenant, import_id):
    rows = store.execute(
        "SELECT count(*) AS n, count(DISTINCT row_number) AS d FROM assets "
        "WHERE tenant_id = %s AND import_id = %s",
        (tenant, import_id),
    )
    return rows[0]["n"], rows[0]["d"]


def test_distributed_import_stores_every_row_once(store, tenant, estate_csv, fast_options):
    path, _estate = estate_csv(300)
    queue = WorkQueue(store)
    agent = DiscoveryAgent(store)
    sub = agent.submit(DiscoveryInput(tenant=tenant, file=str(path), batch_size=40), queue)
    assert sub.status == "queued" and sub.rows == 300 and sub.items == 8
    # Submitting again while it runs adds nothing.
    again = agent.submit(DiscoveryInput(tenant=tenant, file=str(path), batch_size=40), queue)
    assert again.status == "running" and again.import_id == sub.import_id
    assert queue.stats(tenant, sub.job)["queued"] == 8

    stats = Worker(store, Crew.new("discovery", ["import"]), options=fast_options(tenant)).run()
    assert stats.done == 8 and stats.failed == 0
    assert _asset_counts(store, tenant, sub.import_id) == (300, 300)
    info = store.imports.get(tenant, sub.import_id)
    assert info.status == "completed"
    assert (info.rows_total, info.rows_imported, info.rows_failed) == (300, 300, 0)
    # Types were classified by the worker, as by an in-process import.
    typed = store.execute(
        "SELECT count(*) AS n FROM assets WHERE tenant_id = %s AND classified_type IS NOT NULL",
        (tenant,),
    )
    assert typed[0]["n"] == 300


def test_two_workers_share_the_work_without_overlap(store, tenant, estate_csv, fast_options):
    path, _ = estate_csv(400)
    queue = WorkQueue(store)
    sub = DiscoveryAgent(store).submit(
        DiscoveryInput(tenant=tenant, file=str(path), batch_size=25), queue
    )
    workers = [
        Worker(store, Crew.new("discovery", ["import"]), options=fast_options(tenant))
        for _ in range(2)
    ]
    results = []
    threads = [threading.Thread(target=lambda w=w: results.append(w.run())) for w in workers]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    assert sum(r.done for r in results) == 16
    assert all(r.done > 0 for r in results), [r.to_json() for r in results]
    assert _asset_counts(store, tenant, sub.import_id) == (400, 400)
    attempts = store.execute(
        "SELECT max(attempts) AS m FROM work_items WHERE tenant_id = %s", (tenant,)
    )
    assert attempts[0]["m"] == 1


def test_racing_claims_never_share_an_item(store, tenant):
    queue = WorkQueue(store)
    queue.enqueue(tenant, kind="noop", agent_type="learning", job="race", payloads=[{}] * 30)
    from migrascope.agents import CrewRegistry

    registry = CrewRegistry(store)
    crews = [registry.register(Crew.new("learning", capacity=100)) for _ in range(6)]
    barrier = threading.Barrier(len(crews))
    claimed: list[list[int]] = [[] for _ in crews]

    def grab(i: int) -> None:
        barrier.wait()
        # A busier crew defers to a less busy one, so None is not "empty": ask until
        # nothing is queued.
        while True:
            item = queue.claim(crews[i], tenant)
            if item is not None:
                claimed[i].append(item.item_id)
            elif queue.stats(tenant, "race")["queued"] == 0:
                return

    threads = [threading.Thread(target=grab, args=(i,)) for i in range(len(crews))]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    every = [i for c in claimed for i in c]
    assert len(every) == 30 and len(set(every)) == 30
    assert queue.stats(tenant, "race")["claimed"] == 30
    for crew in crews:
        registry.deregister(crew.crew_id)
    assert queue.stats(tenant, "race")["queued"] == 30


def test_poisoned_batch_goes_to_dead_letter_and_good_rows_stay(
    store, tenant, estate_csv, fast_options
):
    path, _ = estate_csv(120)
    queue = WorkQueue(store)
    sub = DiscoveryAgent(store).submit(
        DiscoveryInput(tenant=tenant, file=str(path), batch_size=40), queue
    )
    # Poison one batch: its payload lost its rows' shape, so it fails every time.
    store.execute(
        "UPDATE work_items SET payload = payload - 'headers' WHERE tenant_id = %s AND seq = 1",
        (tenant,),
    )
    stats = Worker(store, Crew.new("discovery"), options=fast_options(tenant)).run()
    assert stats.done == 2 and stats.failed == 3 and stats.dead == 1
    dead = queue.dead_letters(tenant, sub.job)
    assert [d["seq"] for d in dead] == [1]
    assert dead[0]["attempts"] == 3
    assert "malformed" in dead[0]["last_error"] and "headers" in dead[0]["last_error"]
    assert len(dead[0]["errors"]) == 3
    n, distinct = _asset_counts(store, tenant, sub.import_id)
    assert n == distinct == 80
    info = store.imports.get(tenant, sub.import_id)
    assert info.status == "completed" and info.rows_imported == 80 and info.rows_failed == 40
    assert any("batch 1 failed 3 times" in e["message"] for e in info.errors)


def test_dead_letter_can_be_retried_after_the_cause_is_fixed(
    store, tenant, estate_csv, fast_options
):
    path, _ = estate_csv(90)
    queue = WorkQueue(store)
    sub = DiscoveryAgent(store).submit(
        DiscoveryInput(tenant=tenant, file=str(path), batch_size=30), queue
    )
    original = store.execute(
        "SELECT payload FROM work_items WHERE tenant_id = %s AND seq = 2", (tenant,)
    )[0]["payload"]
    store.execute(
        "UPDATE work_items SET payload = payload - 'mapping' WHERE tenant_id = %s AND seq = 2",
        (tenant,),
    )
    Worker(store, Crew.new("discovery"), options=fast_options(tenant)).run()
    dead = queue.dead_letters(tenant, sub.job)
    assert len(dead) == 1 and store.assets.count(tenant) == 60

    from psycopg.types.json import Jsonb

    store.execute(
        "UPDATE work_items SET payload = %s WHERE item_id = %s",
        (Jsonb(original), dead[0]["item_id"]),
    )
    assert queue.requeue_dead(tenant, [dead[0]["item_id"]]) == 1
    assert queue.requeue_dead(tenant, [dead[0]["item_id"]]) == 0  # no longer dead
    Worker(store, Crew.new("discovery"), options=fast_options(tenant)).run()
    assert _asset_counts(store, tenant, sub.import_id) == (90, 90)
    info = store.imports.get(tenant, sub.import_id)
    assert info.status == "completed" and info.rows_imported == 90 and info.rows_failed == 0


def test_queued_sharded_and_in_process_imports_agree(store, estate_csv, fast_options):
    """Three ways to import one file store the same assets."""
    import uuid

    from migrascope.graph import start_run
    from migrascope.tools.importing import import_file

    path, _ = estate_csv(150, seed=41)
    tenants = [store.ensure_tenant(f"same-{uuid.uuid4().hex[:8]}") for _ in range(3)]
    import_file(store, tenants[0], path)
    queue = WorkQueue(store)
    DiscoveryAgent(store).submit(
        DiscoveryInput(tenant=tenants[1], file=str(path), batch_size=40), queue
    )
    Worker(store, Crew.new("discovery"), options=fast_options(tenants[1])).run()
    start_run(store, tenants[2], path, batch_size=30, shard_rows=50)

    def snapshot(tenant):
        return store.execute(
            "SELECT row_number, hostname, os_name, memory_gb, classified_type, extra, "
            "classification->>'confidence' AS conf FROM assets WHERE tenant_id = %s "
            "ORDER BY row_number",
            (tenant,),
        )

    first = snapshot(tenants[0])
    assert len(first) == 150
    assert snapshot(tenants[1]) == first
    assert snapshot(tenants[2]) == first
