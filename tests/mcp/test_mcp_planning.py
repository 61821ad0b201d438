"""Discovery, assessment, wave planning and their corrections through the MCP client."""

from __future__ import annotations

import json
import uuid
from pathlib import Path

from mcp_types import TextContent

EXAMPLE = Path(__file__).parents[2] / "examples" / "cmdb_sample.csv"


def _text(result) -> str:
    return "\n".join(c.text for c in result.content if isinstance(c, TextContent))


async def test_discover_assess_plan_and_correct(stdio) -> None:
    tenant = f"t-{uuid.uuid4().hex[:12]}"
    async with stdio(tenant) as client:
        tools = {t.name: t for t in (await client.list_tools()).tools}
        assert {"discover_applications", "assess_migration", "plan_migration"} <= set(tools)
        assert tools["plan_migration"].annotations.read_only_hint is False
        strategy_enum = tools["set_strategy"].input_schema["properties"]["strategy"]["enum"]
        assert "retire" in strategy_enum and "rehost" in strategy_enum

        empty = await client.call_tool("plan_migration", {})
        assert empty.is_error and "no assets" in _text(empty)

        imported = await client.call_tool("import_inventory", {"path": str(EXAMPLE)})
        assert imported.structured_content["rows_imported"] == 78

        found = (await client.call_tool("discover_applications", {"limit": 50})).structured_content
        by_name = {a["name"]: a for a in found["applications"]}
        assert "payments" in by_name
        assert "prd-pay-web01" in by_name["payments"]["assets"]
        assert found["total"] == len(found["applications"]) and found["next_offset"] is None

        page = (await client.call_tool("discover_applications", {"limit": 2})).structured_content
        assert len(page["applications"]) == 2 and page["next_offset"] == 2

        assessed = (await client.call_tool("assess_migration", {})).structured_content
        payments = next(a for a in assessed["applications"] if a["name"] == "payments")
        assert payments["strategy"] in {"rehost", "replatform", "refactor", "repurchase"}
        assert 0 <= payments["readiness"] <= 100
        assert sum(assessed["strategy_mix"].values()) == 78

        plan = (await client.call_tool("plan_migration", {})).structured_content
        assert plan["waves"] and plan["waves"][0]["pilot"] is True
        placed = {a["name"]: a["wave"] for a in plan["applications"]}
        assert placed["payments"] is not None

        changed = await client.call_tool(
            "set_strategy", {"subject": "app:payments", "strategy": "retire"}
        )
        assert not changed.is_error, _text(changed)
        replanned = (await client.call_tool("plan_migration", {})).structured_content
        payments_after = next(a for a in replanned["applications"] if a["name"] == "payments")
        assert (payments_after["strategy"], payments_after["wave"]) == ("retire", None)
        assert all("payments" not in w["applications"] for w in replanned["waves"])

        moved = await client.call_tool(
            "move_to_application", {"asset": "prd-crm-web01", "application": "payments"}
        )
        assert not moved.is_error, _text(moved)
        assert moved.structured_content["previous"] == "crm"
        again = (await client.call_tool("discover_applications", {"limit": 100})).structured_content
        members = {a["name"]: a["assets"] for a in again["applications"]}
        assert "prd-crm-web01" in members["payments"]

        bad = await client.call_tool("set_strategy", {"subject": "x", "strategy": "teleport"})
        assert bad.is_error and "strategy" in _text(bad)

        latest = await client.read_resource("migrascope://plans/latest")
        body = json.loads(latest.contents[0].text)
        assert body["waves"]
