"""`migrascope queue submit`, `worker`, `queue status` and `queue retry-dead`."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from migrascope.cli import app

EXAMPLE = Path(__file__).parents[2] / "examples" / "cmdb_sample.csv"
runner = CliRunner()


def _invoke(*args: str):
    return runner.invoke(app, list(args), catch_exceptions=False)


def test_submit_then_worker_imports_the_file(store, tenant):
    sub = _invoke(
        "queue", "submit", str(EXAMPLE), "--tenant", tenant, "--batch-size", "20", "--json"
    )
    assert sub.exit_code == 0, sub.output
    data = json.loads(sub.stdout)
    rows = len(EXAMPLE.read_text().strip().splitlines()) - 1
    assert data["rows"] == rows and data["items"] == -(-rows // 20)

    work = _invoke(
        "worker", "--only-tenant", tenant, "--exit-when-idle", "--poll", "0.05",
        "--heartbeat", "0.2", "--json",
    )  # fmt: skip
    assert work.exit_code == 0, work.output
    stats = json.loads(work.stdout)
    assert stats["done"] == data["items"] and stats["dead"] == 0
    assert store.assets.count(tenant) == rows

    status = _invoke("queue", "status", "--tenant", tenant, "--json")
    assert status.exit_code == 0
    info = json.loads(status.stdout)
    assert info["items"]["done"] == data["items"] and info["dead_letters"] == []
    crew = next(c for c in info["crews"] if c["crew_id"] == stats["crew_id"])
    assert crew["health"] == "stopped" and crew["items_done"] == data["items"]


def test_bad_worker_options_fail_clearly(tenant):
    result = runner.invoke(app, ["worker", "--type", "pilot"])
    assert result.exit_code == 1
    assert "Agent type 'pilot' is unknown" in result.output


def test_submit_missing_file(tenant):
    result = runner.invoke(app, ["queue", "submit", "/nonexistent.csv", "--tenant", tenant])
    assert result.exit_code == 1 and "no such file" in result.output
