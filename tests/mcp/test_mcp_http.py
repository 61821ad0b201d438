"""The MCP server over streamable HTTP: bearer tokens map to tenants, and nothing else does."""

from __future__ import annotations

import json

import httpx2
import pytest
from mcp_types import TextContent

pytestmark = pytest.mark.asyncio(loop_scope="module")

INITIALIZE = {
    "jsonrpc": "2.0",
    "id": 1,
    "method": "initialize",
    "params": {
        "protocolVersion": "2025-06-18",
        "capabilities": {},
        "clientInfo": {"name": "probe", "version": "0"},
    },
}
ACCEPT = {"Accept": "application/json, text/event-stream", "Content-Type": "application/json"}


def text(result) -> str:
    return "\n".join(c.text for c in result.content if isinstance(c, TextContent))


async def _post(url: str, headers: dict[str, str]) -> httpx2.Response:
    async with httpx2.AsyncClient(timeout=30) as http:
        return await http.post(url, json=INITIALIZE, headers={**ACCEPT, **headers})


async def test_requests_without_a_valid_token_are_refused(http_url, store, new_tenant):
    record, secret = store.tokens.create(new_tenant, "revoked later")
    store.tokens.revoke(record.token_id)
    cases = {
        "no token": {},
        "not bearer": {"Authorization": "Basic dXNlcjpwYXNz"},
        "unknown token": {"Authorization": "Bearer msk_not-a-real-token"},
        "revoked token": {"Authorization": f"Bearer {secret}"},
    }
    for case, headers in cases.items():
        response = await _post(http_url, headers)
        assert response.status_code == 401, case
        assert response.json()["error"] == "invalid_token", case
    _, good = store.tokens.create(new_tenant)
    ok = await _post(http_url, {"Authorization": f"Bearer {good}"})
    assert ok.status_code == 200


async def test_a_token_reads_and_writes_only_its_tenant(http_client, store, inventory, new_tenant):
    a_tenant = new_tenant
    b_tenant = store.ensure_tenant(f"{new_tenant}-b")
    _, token_a = store.tokens.create(a_tenant)
    _, token_b = store.tokens.create(b_tenant)
    file = inventory(seed="h")

    async with http_client(token_a) as a:
        tools = {t.name: t for t in (await a.list_tools()).tools}
        assert all("tenant" not in t.input_schema.get("properties", {}) for t in tools.values())
        imported = await a.call_tool("import_inventory", {"path": str(file)})
        assert not imported.is_error, text(imported)
        assert imported.structured_content["rows_imported"] == 12
        fixed = await a.call_tool(
            "record_feedback",
            {
                "operation": "field_mapping",
                "subject": "Hall Ref",
                "action": "correct",
                "corrected": "datacenter",
            },
        )
        assert not fixed.is_error, text(fixed)
        a_stats = (await a.call_tool("learning_stats", {})).structured_content
        assert (a_stats["tenant"], a_stats["assets"]) == (a_tenant, 12)
        page = json.loads((await a.read_resource("migrascope://assets")).contents[0].text)
        a_pk = page["assets"][0]["asset_pk"]

    async with http_client(token_b) as b:
        b_stats = (await b.call_tool("learning_stats", {})).structured_content
        assert (b_stats["tenant"], b_stats["assets"], b_stats["imports"]) == (b_tenant, 0, 0)
        assert b_stats["mapping_patterns"] == {}
        found = await b.call_tool("search_assets", {"name_contains": "h-pay"})
        assert found.structured_content["total"] == 0
        semantic = await b.call_tool("search_assets", {"query": "payments web server"})
        assert semantic.structured_content["assets"] == []
        why = await b.call_tool(
            "explain_decision", {"operation": "field_mapping", "subject": "Hall Ref"}
        )
        assert why.is_error and "No decision is recorded" in text(why)
        # B's map of the same file does not use A's correction.
        mapped = await b.call_tool("map_columns", {"path": str(file)})
        hall = next(c for c in mapped.structured_content["columns"] if c["source"] == "Hall Ref")
        assert hall["target"] != "datacenter"
        # Naming another tenant is refused, not ignored.
        sneaky = await b.call_tool("learning_stats", {"tenant": a_tenant})
        assert sneaky.is_error and "unknown argument(s) tenant" in text(sneaky)
        with pytest.raises(Exception, match=f"No asset {a_pk}"):
            await b.read_resource(f"migrascope://assets/{a_pk}")
        b_page = json.loads((await b.read_resource("migrascope://assets")).contents[0].text)
        assert b_page["assets"] == []
        # B's import is B's, even of the same bytes A imported.
        mine = await b.call_tool("import_inventory", {"path": str(file)})
        assert mine.structured_content["status"] == "completed"

    assert store.assets.count(a_tenant) == 12
    assert store.assets.count(b_tenant) == 12
    assert [e["subject"] for e in store.feedback.list(a_tenant)] == ["Hall Ref"]
    assert store.feedback.list(b_tenant) == []


async def test_workflow_progress_over_http(http_client, store, inventory, new_tenant):
    _, token = store.tokens.create(new_tenant)
    seen: list[float] = []

    async def on_progress(done: float, total: float | None, message: str | None) -> None:
        seen.append(done)

    async with http_client(token) as client:
        result = await client.call_tool(
            "run_workflow", {"path": str(inventory(n=20, seed="p"))}, progress_callback=on_progress
        )
    assert not result.is_error, text(result)
    assert result.structured_content["stored"] == 20
    assert seen and seen[-1] == 20
