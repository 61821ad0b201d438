"""`migrascope run --out DIR` writes the report folder of the DESIGN.md contract."""

from __future__ import annotations

import csv
import json
import uuid
from pathlib import Path

from typer.testing import CliRunner

from migrascope.cli import app

SAMPLE = Path(__file__).resolve().parents[2] / "examples" / "cmdb_sample.csv"
PNG = b"\x89PNG\r\n\x1a\n"


def _run(*args: str):
    return CliRunner().invoke(app, ["run", *args], catch_exceptions=False)


def test_run_writes_plan_json_report_and_charts(tmp_path, database_url):
    out = tmp_path / "report"
    deps = tmp_path / "deps.csv"
    deps.write_text(
        "source,target,port,protocol\nprd-crm-app01,prd-pay-app01,8443,tcp\n"
        "prd-pay-web01,mainframe-01,3270,tcp\nprd-pay-web01,prd-pay-web01,,\n"
    )
    tenant = f"cli-{uuid.uuid4().hex[:8]}"
    result = _run(str(SAMPLE), "--tenant", tenant, "--out", str(out), "--dependencies", str(deps))
    assert result.exit_code == 0, result.output
    assert "applications" in result.stdout and "waves" in result.stdout
    stderr = " ".join(result.stderr.split())
    assert "'mainframe-01', which is not an asset of this tenant" in stderr
    assert "depends on itself" in stderr

    plan = json.loads((out / "plan.json").read_text())
    assert set(plan) >= {"applications", "waves", "excluded"}
    for a in plan["applications"]:
        assert isinstance(a["name"], str) and isinstance(a["strategy"], str)
        assert all(isinstance(x, str) for x in a["assets"])
        assert 0.0 <= a["confidence"] <= 1.0
    for i, w in enumerate(plan["waves"], 1):
        assert w["number"] == i and w["applications"] and w["assets"]
    assert all(x["asset"] and x["reason"] for x in plan["excluded"])

    with SAMPLE.open(newline="") as fh:
        hosts = [row["Name"] for row in csv.DictReader(fh)]
    placed = [h for w in plan["waves"] for h in w["assets"]]
    out_of_waves = [x["asset"] for x in plan["excluded"]]
    assert sorted(placed + out_of_waves) == sorted(hosts)  # every asset exactly once

    wave_of = {a: w["number"] for w in plan["waves"] for a in w["applications"]}
    # crm now needs payments (from the dependency file): payments moves first or together
    assert wave_of["payments"] <= wave_of["crm"]
    excluded = {x["asset"]: x["reason"] for x in plan["excluded"]}
    assert excluded["esx-lon-01"].startswith("retire: Hypervisor host")

    report = (out / "report.md").read_text()
    for heading in (
        "## Summary",
        "## Applications",
        "## Waves",
        "## Risk register",
        "## Right-sizing",
        "## Assets that stay out of the waves",
    ):
        assert heading in report
    assert "mainframe-01" in report  # data problems are in the client report too
    for chart in ("strategy_mix.png", "waves.png", "readiness.png"):
        data = (out / "charts" / chart).read_bytes()
        assert data.startswith(PNG) and len(data) > 5000
        assert f"charts/{chart}" in report
    details = json.loads((out / "assessment.json").read_text())
    assert len(details["assets"]) == len(hosts)
    assert {"os", "size", "dependencies", "database", "licensing", "criticality"} == set(
        details["assets"][0]["factors"]
    )


def test_run_on_an_estate_without_rows_says_so(tmp_path, write_csv):
    path = write_csv("Name,Operating System\n", "empty.csv")
    result = CliRunner().invoke(
        app,
        ["run", str(path), "--tenant", f"cli-{uuid.uuid4().hex[:8]}", "--out", str(tmp_path / "r")],
    )
    assert result.exit_code == 1
    assert "has a header (2 columns) but no data rows to import." in " ".join(result.stderr.split())
    assert not (tmp_path / "r" / "plan.json").exists()


def test_run_rejects_a_missing_rules_file(tmp_path):
    result = CliRunner().invoke(
        app, ["run", str(SAMPLE), "--rules", str(tmp_path / "nope.toml"), "--out", str(tmp_path)]
    )
    assert result.exit_code == 1
    assert "nope.toml: no such file." in " ".join(result.stderr.split())


def test_teach_strategy_and_application_change_the_next_run(tmp_path):
    tenant = f"cli-{uuid.uuid4().hex[:8]}"
    out = tmp_path / "r"
    assert _run(str(SAMPLE), "--tenant", tenant, "--out", str(out)).exit_code == 0
    runner = CliRunner()
    taught = runner.invoke(
        app,
        [
            "teach",
            "strategy",
            "--subject",
            "app:crm",
            "--strategy",
            "retire",
            "--tenant",
            tenant,
            "--json",
        ],
    )
    assert taught.exit_code == 0, taught.output
    assert json.loads(taught.stdout)["was"] == "rehost"
    moved = runner.invoke(
        app,
        [
            "teach",
            "application",
            "--asset",
            "LONFILE01",
            "--application",
            "file-services",
            "--tenant",
            tenant,
            "--json",
        ],
    )
    assert moved.exit_code == 0, moved.output
    assert json.loads(moved.stdout)["to"] == "file-services"
    bad = runner.invoke(app, ["teach", "strategy", "--subject", "x", "--strategy", "lift"])
    assert bad.exit_code == 1 and "is not one of rehost" in " ".join(bad.stderr.split())

    assert _run(str(SAMPLE), "--tenant", tenant, "--out", str(out)).exit_code == 0
    plan = json.loads((out / "plan.json").read_text())
    apps = {a["name"]: a for a in plan["applications"]}
    assert apps["crm"]["strategy"] == "retire" and apps["crm"]["wave"] is None
    assert apps["file-services"]["assets"] == ["LONFILE01"]
    assert all("crm" not in w["applications"] for w in plan["waves"])
    excluded = {x["asset"] for x in plan["excluded"]}
    assert {"prd-crm-db01", "tst-crm-web02"} <= excluded
