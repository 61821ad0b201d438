"""The durable workflow: fan-out over shards, review interrupts, kill -9 and resume."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
import uuid

import pytest

from migrascope.errors import InputError
from migrascope.graph import build_workflow, checkpointer, resume_run, start_run
from migrascope.tools.synthetic import generate_estate, write_csv


def _counts(store, tenant):
    row = store.execute(
        "SELECT count(*) AS n, count(DISTINCT (import_id, row_number)) AS d FROM assets "
        "WHERE tenant_id = %s",
        (tenant,),
    )[0]
    return row["n"], row["d"]


@pytest.fixture
def estate_file(tmp_path):
    def _make(n: int, seed: int = 5):
        path = tmp_path / f"estate-{n}-{seed}.csv"
        write_csv(generate_estate(n, seed=seed), path)
        return path

    return _make


def test_fan_out_over_shards_combines_every_row(store, tenant, estate_file):
    path = estate_file(500)
    seen: list[int] = []
    result = start_run(
        store, tenant, path, batch_size=50, shard_rows=120,
        progress=lambda stage, n: seen.append(n),
    )  # fmt: skip
    assert not result.paused
    summary = result.state["summary"]
    assert summary["shards"] == 5 and summary["rows"] == 500 and summary["stored"] == 500
    assert _counts(store, tenant) == (500, 500)
    assert sum(seen) == 500
    starts = sorted(r["start"] for r in result.state["batch_results"])
    assert starts == [0, 100, 200, 300, 400]
    report = result.state["import_report"]
    assert sum(report["type_counts"].values()) == 500
    info = store.imports.get(tenant, summary["import_id"])
    assert info.status == "completed" and info.rows_imported == 500
    # After the import: applications, assessment and a valid wave plan.
    assert summary["applications"] > 0 and summary["waves"] >= 1
    assert summary["plan_problems"] == []
    assert len(result.state["assessment"]["assets"]) == 500

    again = start_run(store, tenant, path)
    assert again.state["summary"]["status"] == "duplicate"
    assert _counts(store, tenant) == (500, 500)


def test_review_pauses_and_answers_become_feedback(store, tenant, estate_file):
    from migrascope.memory import Thresholds

    # A cautious tenant: every classification below 0.999 waits for a person.
    for operation in ("asset_classification", "migration_strategy"):
        store.thresholds.set(tenant, operation, Thresholds(auto=0.999, suggest=0.1, reject=0.05))
    path = estate_file(120, seed=8)
    result = start_run(store, tenant, path, review=True)
    pauses = 0
    answered = 0
    corrected_asset = None
    corrected_app = None
    kinds = []
    while result.paused:
        pauses += 1
        question = result.questions[0]
        kinds.append(question["kind"])
        assert question["kind"] in ("mapping_review", "classification_review", "strategy_review")
        answers = []
        for i, item in enumerate(question["items"]):
            if i == 0 and question["kind"] == "classification_review":
                answers.append({"id": item["id"], "action": "correct", "value": "database"})
                corrected_asset = int(item["id"].rsplit(":", 1)[1])
            elif i == 0 and question["kind"] == "strategy_review":
                value = "retain" if item["proposed"] != "retain" else "rehost"
                answers.append({"id": item["id"], "action": "correct", "value": value})
                corrected_app = (item["subject"].removeprefix("app:"), value)
            else:
                answers.append({"id": item["id"], "action": "confirm"})
        answered += len(answers)
        with pytest.raises(InputError, match="unknown review items"):
            resume_run(store, result.thread_id, answers=[{"id": "nope", "action": "confirm"}])
        result = resume_run(store, result.thread_id, answers=answers)
    assert pauses >= 1, "nothing in the suggest band: the review path was not exercised"
    assert "classification_review" in kinds and "strategy_review" in kinds
    apps = {a["name"]: a for a in result.state["assessment"]["applications"]}
    assert corrected_app is not None
    assert apps[corrected_app[0]]["strategy"] == corrected_app[1]  # the plan used the verdict
    assert result.state["summary"]["reviewed"] == answered
    assert len(store.feedback.list(tenant, limit=1000)) == answered
    if corrected_asset is not None:
        row = store.execute(
            "SELECT classified_type, classification->>'decision' AS d FROM assets "
            "WHERE tenant_id = %s AND row_number = %s",
            (tenant, corrected_asset),
        )[0]
        assert row["classified_type"] == "database" and row["d"] == "confirmed"
        assert store.classification_patterns.count(tenant).get("active", 0) >= 1


def test_resume_of_unknown_thread_is_refused(store):
    with pytest.raises(InputError, match="No run is checkpointed"):
        resume_run(store, f"missing-{uuid.uuid4().hex}")


_RUNNER = textwrap.dedent(
    """
    import sys
    from migrascope.config import Settings
    from migrascope.graph import start_run
    from migrascope.memory import Store

    url, tenant, path, thread = sys.argv[1:5]
    with Store.open(Settings(database_url=url)) as store:
        start_run(store, tenant, path, thread_id=thread, batch_size=100, shard_rows=1500)
    """
)


@pytest.mark.slow
def test_killed_run_resumes_without_loss_or_duplicates(store, tenant, estate_file, database_url):
    rows = 6000
    path = estate_file(rows, seed=13)
    thread = f"kill-{uuid.uuid4().hex[:8]}"
    proc = subprocess.Popen(
        [sys.executable, "-c", _RUNNER, database_url, tenant, str(path), thread],
        env={**os.environ, "DATABASE_URL": database_url},
    )
    try:
        deadline = time.monotonic() + 120
        stored = 0
        while time.monotonic() < deadline and proc.poll() is None:
            stored = _counts(store, tenant)[0]
            if stored > 0:
                break
            time.sleep(0.02)
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
    at_kill = _counts(store, tenant)[0]
    assert 0 < at_kill < rows, f"the run was not killed mid-way ({at_kill} of {rows} stored)"

    app = build_workflow().compile(checkpointer=checkpointer(store))
    snapshot = app.get_state({"configurable": {"thread_id": thread}})
    # The checkpoint is past mapping and the import's start: resumption begins there.
    assert snapshot.values["import_id"] and snapshot.values["rows_total"] == rows
    assert set(snapshot.next) <= {"import_shard", "combine"} and snapshot.next

    result = resume_run(store, thread, batch_size=100, shard_rows=1500)
    summary = result.state["summary"]
    assert summary["stored"] == rows and summary["rows"] == rows
    assert _counts(store, tenant) == (rows, rows)
    results = result.state["batch_results"]
    assert sorted(r["start"] for r in results) == [0, 1500, 3000, 4500]
    # Some rows were already there and were skipped rather than written twice.
    assert sum(r["skipped"] for r in results) + sum(r["stored"] for r in results) >= rows - at_kill
    assert sum(r["skipped"] for r in results) > 0 or len(results) < 4
    info = store.imports.get(tenant, summary["import_id"])
    assert info.status == "completed" and info.rows_imported == rows


@pytest.mark.slow
def test_cli_run_killed_then_run_again_resumes(store, tenant, estate_file, database_url, tmp_path):
    from migrascope.graph import run_workflow

    rows = 5000
    path = estate_file(rows, seed=19)
    proc = subprocess.Popen(
        [sys.executable, "-m", "migrascope", "run", str(path), "--tenant", tenant,
         "--out", str(tmp_path / "report")],
        env={**os.environ, "DATABASE_URL": database_url, "MIGRASCOPE_BATCH_SIZE": "100"},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )  # fmt: skip
    try:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and proc.poll() is None:
            if _counts(store, tenant)[0] > 0:
                break
            time.sleep(0.02)
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
    at_kill = _counts(store, tenant)[0]
    assert 0 < at_kill < rows, f"the run was not killed mid-way ({at_kill} of {rows})"
    started = store.imports.list(tenant)[0].started_at

    state = run_workflow(store, tenant, path, batch_size=100)  # what `migrascope run` calls

    assert state["summary"]["stored"] == rows
    assert _counts(store, tenant) == (rows, rows)
    info = store.imports.list(tenant)[0]
    assert info.started_at == started, "the import was restarted instead of resumed"
    assert info.status == "completed"
    assert sum(r["skipped"] for r in state["batch_results"]) >= at_kill
