"""Faults: a worker killed holding a batch, and the database restarting mid-run."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import tempfile
import textwrap
import threading
import time
import uuid
import warnings
from pathlib import Path

import pytest

from migrascope.agents import (
    Crew,
    CrewRegistry,
    DiscoveryAgent,
    DiscoveryInput,
    Handler,
    Worker,
    WorkQueue,
)
from migrascope.config import Settings
from migrascope.memory import Store

# The real worker and the real import handler, slowed down after preparing a batch so
# that the test can kill the process while it holds one.
_SLOW_WORKER = textwrap.dedent(
    """
    import sys, time
    from migrascope.agents import Crew, Handler, Worker, WorkerOptions
    from migrascope.config import Settings
    from migrascope.memory import Store

    url, tenant, crew_id = sys.argv[1:4]
    with Store.open(Settings(database_url=url)) as store:
        crew = Crew(crew_id, "discovery", ("import",), 1)
        worker = Worker(store, crew, options=WorkerOptions(
            poll=0.05, heartbeat=0.2, timeout=1.5, tenant=tenant))
        real = worker.handlers["import_batch"]

        def slow(item):
            writer = real.prepare(item)
            time.sleep(60)
            return writer

        worker.handlers["import_batch"] = Handler(slow, real.settled)
        worker.run()
    """
)


def _counts(store, tenant, import_id):
    row = store.execute(
        "SELECT count(*) AS n, count(DISTINCT row_number) AS d FROM assets "
        "WHERE tenant_id = %s AND import_id = %s",
        (tenant, import_id),
    )[0]
    return row["n"], row["d"]


def test_killed_worker_loses_nothing(store, tenant, estate_csv, fast_options, database_url):
    path, _ = estate_csv(200)
    queue = WorkQueue(store)
    sub = DiscoveryAgent(store).submit(
        DiscoveryInput(tenant=tenant, file=str(path), batch_size=50), queue
    )
    crew_id = f"doomed-{uuid.uuid4().hex[:8]}"
    proc = subprocess.Popen(
        [sys.executable, "-c", _SLOW_WORKER, database_url, tenant, crew_id],
        env={**os.environ, "DATABASE_URL": database_url},
    )
    try:
        deadline = time.monotonic() + 60
        held: list[dict] = []
        while time.monotonic() < deadline and not held:
            held = store.execute(
                "SELECT item_id FROM work_items WHERE claimed_by = %s AND status = 'claimed'",
                (crew_id,),
            )
            time.sleep(0.05)
        assert held, "the worker never claimed a batch"
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
    killed_item = held[0]["item_id"]
    assert (
        store.execute("SELECT status FROM work_items WHERE item_id = %s", (killed_item,))[0][
            "status"
        ]
        == "claimed"
    )

    stats = Worker(store, Crew.new("discovery", ["import"]), options=fast_options(tenant)).run()

    assert stats.reaped.get("items_requeued", 0) >= 1
    assert _counts(store, tenant, sub.import_id) == (200, 200)
    item = store.execute(
        "SELECT status, attempts, errors FROM work_items WHERE item_id = %s", (killed_item,)
    )[0]
    assert item["status"] == "done" and item["attempts"] == 2
    assert "stopped beating" in item["errors"][0]["error"]
    health = {h.crew_id: h for h in CrewRegistry(store, timeout=1.5).health()}
    assert health[crew_id].status == "unavailable" and health[crew_id].health == "dead"
    assert store.imports.get(tenant, sub.import_id).status == "completed"


@pytest.fixture
def own_server():
    """A PostgreSQL server this test may stop and start (not the session's)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        import pgserver
        from pgserver._commands import pg_ctl
    root = Path(tempfile.mkdtemp(prefix="migrascope-restart-"))
    server = pgserver.get_server(root / "pgdata", cleanup_mode="stop")

    def restart(down_for: float) -> None:
        pg_ctl(["-w", "-m", "fast", "stop"], pgdata=server.pgdata, user=server.system_user)
        time.sleep(down_for)
        server.ensure_postgres_running()

    try:
        yield server, restart
    finally:
        server.cleanup()
        shutil.rmtree(root, ignore_errors=True)


@pytest.mark.slow
def test_database_restart_during_a_run(own_server, estate_csv, fast_options, tmp_path):
    server, restart = own_server
    url = str(server.get_uri())
    settings = Settings(database_url=url, home=tmp_path / "home")  # type: ignore[arg-type]
    with Store.open(settings) as store:
        tenant = store.ensure_tenant("restart")
        path, _ = estate_csv(600)
        queue = WorkQueue(store)
        sub = DiscoveryAgent(store).submit(
            DiscoveryInput(tenant=tenant, file=str(path), batch_size=20), queue
        )
        worker = Worker(store, Crew.new("discovery"), options=fast_options(tenant, timeout=30))
        real = worker.handlers["import_batch"]

        def paced(item):
            time.sleep(0.05)
            return real.prepare(item)

        worker.handlers["import_batch"] = Handler(paced, real.settled)
        result = []
        thread = threading.Thread(target=lambda: result.append(worker.run()))
        thread.start()
        deadline = time.monotonic() + 60
        while worker.stats.done < 5 and time.monotonic() < deadline:
            time.sleep(0.02)
        assert worker.stats.done >= 5
        pid_before = server.get_pid()
        restart(1.0)
        done_at_restart = worker.stats.done
        assert server.get_pid() != pid_before and str(server.get_uri()) == url
        thread.join(timeout=180)
        assert not thread.is_alive()
        stats = result[0]
        # The restart fell in the middle of the run; the pool replaced its dead
        # connections (or the worker waited and gave an interrupted item back).
        assert done_at_restart < 30, "the run finished before the restart"
        assert stats.done == 30 and stats.dead == 0
        assert _counts(store, tenant, sub.import_id) == (600, 600)
        assert queue.stats(tenant, sub.job) == {"queued": 0, "claimed": 0, "done": 30, "dead": 0}
        assert store.imports.get(tenant, sub.import_id).status == "completed"


_CRASHING_WORKER = textwrap.dedent(
    """
    import os, signal, sys
    from migrascope.agents import Crew, Handler, Worker, WorkerOptions
    from migrascope.config import Settings
    from migrascope.memory import Store

    url, tenant, crew_id = sys.argv[1:4]
    with Store.open(Settings(database_url=url)) as store:
        worker = Worker(store, Crew(crew_id, "discovery", (), 1), options=WorkerOptions(
            poll=0.05, heartbeat=0.2, timeout=1.0, tenant=tenant, exit_when_idle=True))
        real = worker.handlers["import_batch"]

        def deadly(item):
            if item.payload.get("crash"):
                os.kill(os.getpid(), signal.SIGKILL)  # e.g. a native crash on this data
            return real.prepare(item)

        worker.handlers["import_batch"] = Handler(deadly, real.settled)
        worker.run()
    """
)


@pytest.mark.slow
def test_batch_that_kills_its_workers_ends_as_dead_letter(
    store, tenant, estate_csv, fast_options, database_url
):
    path, _ = estate_csv(60)
    queue = WorkQueue(store)
    sub = DiscoveryAgent(store).submit(
        DiscoveryInput(tenant=tenant, file=str(path), batch_size=30), queue
    )
    store.execute(
        "UPDATE work_items SET payload = payload || '{\"crash\": true}' "
        "WHERE tenant_id = %s AND seq = 1",
        (tenant,),
    )
    registry = CrewRegistry(store, timeout=1.0)
    for round_ in range(3):
        proc = subprocess.run(
            [
                sys.executable,
                "-c",
                _CRASHING_WORKER,
                database_url,
                tenant,
                f"crash-{round_}-{uuid.uuid4().hex[:6]}",
            ],
            env={**os.environ, "DATABASE_URL": database_url},
            timeout=120,
        )
        assert proc.returncode == -signal.SIGKILL
        if round_ < 2:
            time.sleep(1.1)
            counts, dead = registry.reap_items()
            assert counts["items_requeued"] >= 1 and dead == []
    # The third death is noticed by a healthy worker's reaper: the batch is dead, the
    # import is closed with the good rows and the reason.
    stats = Worker(store, Crew.new("discovery"), options=fast_options(tenant, timeout=1.0)).run()
    assert stats.reaped["items_dead_lettered"] == 1
    dead = queue.dead_letters(tenant, sub.job)
    assert [d["seq"] for d in dead] == [1] and dead[0]["attempts"] == 3
    assert all("stopped beating" in e["error"] for e in dead[0]["errors"])
    assert store.assets.count(tenant, sub.import_id) == 30
    info = store.imports.get(tenant, sub.import_id)
    assert info.status == "completed" and info.rows_failed == 30
    assert any("batch 1 failed 3 times" in e["message"] for e in info.errors)


@pytest.mark.slow
def test_workflow_survives_a_database_restart(own_server, tmp_path):
    from migrascope.graph import resume_run, start_run
    from migrascope.tools.synthetic import generate_estate, write_csv

    server, restart = own_server
    settings = Settings(database_url=str(server.get_uri()), home=tmp_path / "home")  # type: ignore[arg-type]
    rows = 3000
    path = tmp_path / "estate.csv"
    write_csv(generate_estate(rows, seed=17), path)
    with Store.open(settings) as store:
        tenant = store.ensure_tenant("restart-graph")
        outcome: list = []

        def run() -> None:
            try:
                outcome.append(
                    start_run(store, tenant, path, thread_id="restart-1", batch_size=100,
                              shard_rows=1000)
                )  # fmt: skip
            except Exception as exc:  # the run may also stop: then it is resumed
                outcome.append(exc)

        thread = threading.Thread(target=run)
        thread.start()
        deadline = time.monotonic() + 120
        while store.assets.count(tenant) == 0 and time.monotonic() < deadline:
            time.sleep(0.02)
        assert 0 < store.assets.count(tenant) < rows
        restart(1.0)
        thread.join(timeout=300)
        result = outcome[0]
        if isinstance(result, Exception):
            result = resume_run(store, "restart-1", batch_size=100, shard_rows=1000)
        assert result.state["summary"]["stored"] == rows
        row = store.execute(
            "SELECT count(*) AS n, count(DISTINCT row_number) AS d FROM assets "
            "WHERE tenant_id = %s",
            (tenant,),
        )[0]
        assert (row["n"], row["d"]) == (rows, rows)
        assert store.imports.get(tenant, result.state["import_id"]).status == "completed"
