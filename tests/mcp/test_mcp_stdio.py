"""The MCP server over stdio, driven by the official client as an assistant would.

The module shares one server process (and so one tenant); each test imports its
own files and asserts on what it changed.
"""

from __future__ import annotations

import json

import pytest
from mcp_types import TextContent

from migrascope.config import CANONICAL_FIELDS, TAXONOMY
from migrascope.mcp_server import MAX_INLINE_BYTES

pytestmark = pytest.mark.asyncio(loop_scope="module")

EXPECTED_TOOLS = {
    "map_columns",
    "apply_mappings",
    "teach_mapping",
    "classify_assets",
    "import_inventory",
    "run_workflow",
    "record_feedback",
    "explain_decision",
    "search_assets",
    "learning_stats",
}
READ_ONLY = {
    "map_columns",
    "classify_assets",
    "explain_decision",
    "search_assets",
    "learning_stats",
}


def text(result) -> str:
    return "\n".join(c.text for c in result.content if isinstance(c, TextContent))


async def stats(client) -> dict:
    result = await client.call_tool("learning_stats", {})
    assert not result.is_error, text(result)
    return result.structured_content


async def test_tools_publish_schemas_and_truthful_annotations(stdio_session):
    client, _ = stdio_session
    tools = {t.name: t for t in (await client.list_tools()).tools}
    assert set(tools) >= EXPECTED_TOOLS
    for name, tool in tools.items():
        assert tool.description and len(tool.description) < 400, name
        assert tool.output_schema and tool.output_schema.get("type") == "object", name
        assert "tenant" not in tool.input_schema.get("properties", {}), name
        assert tool.annotations is not None
        assert tool.annotations.read_only_hint is (name in READ_ONLY), name
    # Closed sets are enums in the schema, so a model sees what is allowed.
    feedback = tools["record_feedback"].input_schema
    assert feedback["properties"]["action"]["enum"] == ["confirm", "correct", "reject"]
    assert set(feedback["required"]) == {"operation", "subject", "action"}
    search = json.dumps(tools["search_assets"].input_schema)
    assert all(t in search for t in TAXONOMY)
    mapping = json.dumps(tools["apply_mappings"].input_schema)
    assert all(f'"{f}"' in mapping for f in CANONICAL_FIELDS)
    assert tools["apply_mappings"].annotations.destructive_hint is True
    assert tools["import_inventory"].annotations.destructive_hint is False
    assert tools["import_inventory"].annotations.idempotent_hint is True
    out = tools["import_inventory"].output_schema["properties"]
    assert {"status", "import_id", "rows_imported", "columns_to_review"} <= set(out)


async def test_import_map_correct_and_reimport_uses_the_correction(stdio_session, inventory):
    client, tenant = stdio_session
    first, second = inventory(seed="a"), inventory(seed="b")
    before = await stats(client)

    mapped = await client.call_tool("map_columns", {"path": str(first)})
    assert not mapped.is_error, text(mapped)
    cols = {c["source"]: c for c in mapped.structured_content["columns"]}
    assert cols["Name"]["target"] == "hostname"
    assert cols["Hall Ref"]["target"] != "datacenter"

    imported = await client.call_tool("import_inventory", {"path": str(first)})
    assert not imported.is_error, text(imported)
    assert imported.structured_content["status"] == "completed"
    assert imported.structured_content["rows_imported"] == 12

    fixed = await client.call_tool(
        "record_feedback",
        {
            "operation": "field_mapping",
            "subject": "Hall Ref",
            "action": "correct",
            "corrected": "datacenter",
        },
    )
    assert not fixed.is_error, text(fixed)
    assert fixed.structured_content["pattern_id"] is not None

    again = await client.call_tool("map_columns", {"path": str(second)})
    hall = next(c for c in again.structured_content["columns"] if c["source"] == "Hall Ref")
    assert (hall["target"], hall["decision"]) == ("datacenter", "auto")

    imported = await client.call_tool("import_inventory", {"path": str(second)})
    assert imported.structured_content["rows_imported"] == 12
    found = await client.call_tool(
        "search_assets",
        {"name_contains": "b-pay-db01", "import_id": imported.structured_content["import_id"]},
    )
    (asset,) = found.structured_content["assets"]
    assert asset["fields"]["datacenter"] == "HALL-2"

    # The same bytes again: nothing stored twice.
    dup = await client.call_tool("import_inventory", {"path": str(second)})
    assert dup.structured_content["status"] == "duplicate"
    assert dup.structured_content["rows_imported"] == 0

    why = await client.call_tool(
        "explain_decision", {"operation": "field_mapping", "subject": "Hall Ref"}
    )
    assert not why.is_error, text(why)
    explained = why.structured_content
    assert explained["decision"] == "datacenter"
    assert explained["pattern"]["answer"] == "datacenter"
    assert [e["action"] for e in explained["history"]] == ["correct"]

    after = await stats(client)
    assert after["tenant"] == tenant
    assert after["assets"] - before["assets"] == 24
    assert after["imports"] - before["imports"] == 2
    corrections = after["feedback"].get("field_mapping", {}).get("correct", 0)
    assert corrections - before["feedback"].get("field_mapping", {}).get("correct", 0) == 1


async def test_apply_mappings_and_inline_content(stdio_session):
    client, _ = stdio_session
    csv = "Name,Box\ninline-1,esx-01\ninline-2,esx-02\n"
    before = await client.call_tool("map_columns", {"content": csv, "name": "x.csv"})
    box = next(c for c in before.structured_content["columns"] if c["source"] == "Box")
    assert box["target"] is None
    applied = await client.call_tool(
        "apply_mappings", {"mappings": [{"column": "Box", "target": "virtualization_host"}]}
    )
    assert not applied.is_error, text(applied)
    assert applied.structured_content["learned"][0]["change"] == "new"
    done = await client.call_tool("import_inventory", {"content": csv, "name": "x.csv"})
    assert done.structured_content["rows_imported"] == 2
    hits = await client.call_tool("search_assets", {"name_contains": "inline-2"})
    assert hits.structured_content["assets"][0]["fields"]["virtualization_host"] == "esx-02"


async def test_two_spellings_applied_together_keep_an_answer_each(stdio_session):
    # Applied in one call, two spellings of one key are two columns of one file: each
    # keeps its answer (one pattern per key would keep only the last).
    client, _ = stdio_session
    rows = "".join(f"sp-{i:02d},sp-{i:02d},10.9.0.{i}\n" for i in range(20))
    csv = "systemName,system.name,ipAddress\n" + rows
    applied = await client.call_tool(
        "apply_mappings",
        {
            "mappings": [
                {"column": "systemName", "target": "hostname"},
                {"column": "system.name", "target": None},
            ]
        },
    )
    assert not applied.is_error, text(applied)
    learned = applied.structured_content["learned"]
    assert [(m["target"], m["change"]) for m in learned] == [("hostname", "new"), (None, "new")]
    assert learned[0]["pattern_id"] != learned[1]["pattern_id"]
    mapped = await client.call_tool("map_columns", {"content": csv, "name": "ninja.csv"})
    cols = {c["source"]: c for c in mapped.structured_content["columns"]}
    assert cols["systemName"]["target"] == "hostname"
    assert cols["system.name"]["target"] is None


async def test_workflow_reports_progress_and_asks_questions(stdio_session, inventory):
    client, _ = stdio_session
    file = inventory(n=30, seed="w", odd="Bay Ref")
    progress: list[tuple[float, str | None]] = []

    async def on_progress(done: float, total: float | None, message: str | None) -> None:
        progress.append((done, message))

    result = await client.call_tool(
        "run_workflow", {"path": str(file)}, progress_callback=on_progress
    )
    assert not result.is_error, text(result)
    out = result.structured_content
    assert out["rows"] == 30 and out["stored"] == 30
    assert progress and progress[-1][0] == 30 and "rows" in (progress[-1][1] or "")
    # "Bay Ref" matches no field: the run asks a person instead of guessing.
    assert out["status"] == "needs_review"
    bay = next(q for q in out["questions"] if q["subject"] == "Bay Ref")
    assert bay["operation"] == "field_mapping" and "record_feedback" in bay["answer_with"]

    answer = {
        "operation": "field_mapping",
        "subject": "Bay Ref",
        "action": "correct",
        "corrected": "datacenter",
    }
    recorded = await client.call_tool("record_feedback", answer)
    assert not recorded.is_error, text(recorded)
    again = await client.call_tool("map_columns", {"path": str(file)})
    col = next(c for c in again.structured_content["columns"] if c["source"] == "Bay Ref")
    assert (col["target"], col["decision"]) == ("datacenter", "auto")


async def test_classification_feedback_changes_the_asset(stdio_session, inventory):
    client, _ = stdio_session
    imported = await client.call_tool("import_inventory", {"path": str(inventory(seed="c"))})
    import_id = imported.structured_content["import_id"]
    fixed = await client.call_tool(
        "record_feedback",
        {
            "operation": "asset_classification",
            "subject": "c-pay-db01",
            "action": "correct",
            "corrected": "storage",
        },
    )
    assert not fixed.is_error, text(fixed)
    why = await client.call_tool(
        "explain_decision", {"operation": "asset_classification", "subject": "c-pay-db01"}
    )
    out = why.structured_content
    assert out["decision"] == "storage"
    assert out["decided_by"] == "person (feedback)"
    assert out["pattern"]["answer"] == "storage"
    dbs = await client.call_tool("search_assets", {"asset_type": "storage", "import_id": import_id})
    assert [a["name"] for a in dbs.structured_content["assets"]] == ["c-pay-db01"]
    # The learned pattern classifies a record like it, given directly as fields.
    like = await client.call_tool(
        "classify_assets",
        {"records": [{"hostname": "c-pay-db07", "os_name": "Windows Server 2019"}]},
    )
    assert like.structured_content["assets"][0]["asset_type"] == "storage"
    odd = await client.call_tool("classify_assets", {"records": [{"hostnam": "x"}]})
    assert odd.is_error and "unknown field(s) hostnam" in text(odd)
    bad = await client.call_tool(
        "record_feedback",
        {
            "operation": "asset_classification",
            "subject": "c-pay-db01",
            "action": "correct",
            "corrected": "mainframe",
        },
    )
    assert bad.is_error and "Allowed: server, virtual_machine, database" in text(bad)


async def test_bad_arguments_give_errors_a_model_can_act_on(stdio_session, tmp_path):
    client, _ = stdio_session
    before = await stats(client)
    r = await client.call_tool("classify_assets", {"path": "x.csv", "limit": 5000})
    assert r.is_error
    assert "`limit`: Input should be less than or equal to 500 (got 5000)" in text(r)
    assert "Traceback" not in text(r) and "errors.pydantic.dev" not in text(r)

    r = await client.call_tool(
        "record_feedback", {"operation": "risk", "subject": "x", "action": "confirm"}
    )
    assert r.is_error and "'field_mapping' or 'asset_classification'" in text(r)

    r = await client.call_tool("learning_stats", {"tenant": "someone-else"})
    assert r.is_error and "unknown argument(s) tenant" in text(r)
    assert "comes from this connection" in text(r)

    r = await client.call_tool("map_columns", {})
    assert r.is_error and "exactly one of `path`" in text(r)

    r = await client.call_tool("import_inventory", {"path": str(tmp_path / "missing.csv")})
    assert r.is_error and "no such file" in text(r)

    empty = tmp_path / "empty.csv"
    empty.write_text("Name,OS\n")
    r = await client.call_tool("import_inventory", {"path": str(empty)})
    assert r.is_error and "no data rows" in text(r)

    huge = "Name\n" + "x" * MAX_INLINE_BYTES
    r = await client.call_tool("import_inventory", {"content": huge, "name": "big.csv"})
    assert r.is_error
    assert f"the limit is {MAX_INLINE_BYTES:,} bytes" in text(r)

    r = await client.call_tool(
        "record_feedback", {"operation": "field_mapping", "subject": "Nope", "action": "confirm"}
    )
    assert r.is_error and "No decision is recorded for column 'Nope'" in text(r)

    after = await stats(client)
    assert (after["imports"], after["assets"]) == (before["imports"], before["assets"])


async def test_resources_and_prompts(stdio_session, inventory):
    client, _ = stdio_session
    await client.call_tool("import_inventory", {"path": str(inventory(seed="r"))})
    uris = {str(r.uri) for r in (await client.list_resources()).resources}
    assert {"migrascope://schema", "migrascope://stats", "migrascope://imports"} <= uris
    listed = (await client.list_resource_templates()).resource_templates
    templates = {t.uri_template for t in listed}
    assert {"migrascope://assets{?offset}", "migrascope://assets/{asset_pk}"} <= templates

    schema = json.loads((await client.read_resource("migrascope://schema")).contents[0].text)
    assert [f["name"] for f in schema["fields"]] == list(CANONICAL_FIELDS)
    resource_stats = json.loads((await client.read_resource("migrascope://stats")).contents[0].text)
    assert resource_stats == await stats(client)
    page = json.loads((await client.read_resource("migrascope://assets")).contents[0].text)
    names = [a["name"] for a in page["assets"]]
    assert "r-pay-web00" in names
    pk = page["assets"][names.index("r-pay-web00")]["asset_pk"]
    one = json.loads((await client.read_resource(f"migrascope://assets/{pk}")).contents[0].text)
    assert (one["hostname"], one["asset_pk"]) == ("r-pay-web00", pk)
    assert one["memory_gb"] == 8 and "tenant_id" not in one

    prompts = {p.name for p in (await client.list_prompts()).prompts}
    assert prompts == {"plan_migration", "review_low_confidence", "explain_wave_plan"}
    got = await client.get_prompt("plan_migration", {"export": "/data/cmdb.csv"})
    assert "/data/cmdb.csv" in got.messages[0].content.text
    assert "map_columns" in got.messages[0].content.text
