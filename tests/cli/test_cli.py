"""The command-line contract of DESIGN.md, through Typer's runner."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from migrascope.cli import app

EXAMPLE = Path(__file__).parents[2] / "examples" / "cmdb_sample.csv"
runner = CliRunner()


def _invoke(*args: str):
    return runner.invoke(app, list(args), catch_exceptions=False)


def test_map_json_follows_the_contract(tenant: str) -> None:
    result = _invoke("map", str(EXAMPLE), "--tenant", tenant, "--json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert set(data) == {"columns"}
    header = EXAMPLE.read_text().splitlines()[0].split(",")
    assert [c["source"] for c in data["columns"]] == header
    for col in data["columns"]:
        assert set(col) == {"source", "target", "confidence", "decision", "unit", "reasons"}
        assert col["decision"] in {"auto", "suggest", "unmapped"}
        assert 0.0 <= col["confidence"] <= 1.0
        assert isinstance(col["reasons"], list) and col["reasons"]
    ram = next(c for c in data["columns"] if c["source"] == "RAM (MB)")
    assert (ram["target"], ram["unit"]) == ("memory_gb", "mb")


def test_classify_json_follows_the_contract(tenant: str) -> None:
    result = _invoke("classify", str(EXAMPLE), "--tenant", tenant, "--json")
    assert result.exit_code == 0, result.output
    assets = json.loads(result.stdout)["assets"]
    assert len(assets) == len(EXAMPLE.read_text().strip().splitlines()) - 1
    first = assets[0]
    assert {"row", "name", "asset_type", "confidence", "reasons"} <= set(first)
    assert (first["row"], first["name"]) == (1, "prd-pay-web01")
    by_name = {a["name"]: a["asset_type"] for a in assets}
    assert by_name["pa-5220-fw01"] == "firewall"
    assert by_name["netapp-fas8200-a"] == "storage"


def test_teach_mapping_changes_the_next_map(tenant: str, write_csv) -> None:
    path = write_csv("Kiste,Adresse\nweb-01,10.0.0.1\n")
    before = json.loads(_invoke("map", str(path), "-t", tenant, "--json").stdout)["columns"][0]
    assert before["target"] != "hostname" or before["decision"] != "auto"
    taught = _invoke("teach", "mapping", "--column", "Kiste", "--target", "hostname", "-t", tenant)
    assert taught.exit_code == 0 and "Learned" in taught.stdout
    after = json.loads(_invoke("map", str(path), "-t", tenant, "--json").stdout)["columns"][0]
    assert (after["target"], after["decision"]) == ("hostname", "auto")


def test_teach_mapping_to_unknown_field_fails_with_the_choices(tenant: str) -> None:
    result = _invoke("teach", "mapping", "--column", "X", "--target", "ramsize", "-t", tenant)
    assert result.exit_code == 1
    assert "'ramsize' is not a canonical field" in result.stderr
    assert "memory_gb" in result.stderr


def test_import_twice_reports_duplicate(tenant: str) -> None:
    first = _invoke("import", str(EXAMPLE), "-t", tenant, "--json")
    assert first.exit_code == 0, first.output
    second = json.loads(_invoke("import", str(EXAMPLE), "-t", tenant, "--json").stdout)
    assert second["status"] == "duplicate"
    assert second["import_id"] == json.loads(first.stdout)["import_id"]


def test_missing_file_exits_nonzero_with_a_message(tenant: str, tmp_path: Path) -> None:
    result = _invoke("import", str(tmp_path / "absent.csv"), "-t", tenant)
    assert result.exit_code == 1
    assert "no such file" in result.stderr


def test_bad_tenant_is_refused(tmp_path: Path) -> None:
    result = _invoke("map", str(EXAMPLE), "--tenant", "no spaces please")
    assert result.exit_code == 1
    assert "is not valid" in result.stderr


def test_teach_type_is_used_by_classify(tenant: str, write_csv) -> None:
    path = write_csv("Name,Operating System\nzz-qq-01,\n")
    before = json.loads(_invoke("classify", str(path), "-t", tenant, "--json").stdout)
    assert before["assets"][0]["asset_type"] == "other"
    taught = _invoke("teach", "type", "--name", "zz-qq-01", "--type", "firewall", "-t", tenant)
    assert taught.exit_code == 0, taught.output
    after = json.loads(_invoke("classify", str(path), "-t", tenant, "--json").stdout)
    assert after["assets"][0]["asset_type"] == "firewall"
