"""`migrascope serve` as a subprocess, driven by the official MCP client over stdio."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from mcp.client import Client
from mcp.client.stdio import StdioServerParameters

SRC = Path(__file__).parents[2] / "src"
EXAMPLE = Path(__file__).parents[2] / "examples" / "cmdb_sample.csv"


async def test_stdio_server_maps_and_imports(database_url: str, tenant: str) -> None:
    params = StdioServerParameters(
        command=sys.executable,
        args=["-m", "migrascope", "serve"],
        env={
            "PATH": os.environ.get("PATH", ""),
            "PYTHONPATH": str(SRC),
            "DATABASE_URL": database_url,
            "MIGRASCOPE_TENANT": tenant,
        },
    )
    async with Client(params) as client:
        tools = {t.name for t in (await client.list_tools()).tools}
        assert {"map_columns", "classify_assets", "import_inventory", "teach_mapping"} <= tools
        mapped = await client.call_tool("map_columns", {"path": str(EXAMPLE)})
        assert not mapped.is_error
        columns = mapped.structured_content["columns"]
        assert next(c for c in columns if c["source"] == "Name")["target"] == "hostname"
        imported = await client.call_tool("import_inventory", {"path": str(EXAMPLE)})
        assert imported.structured_content["status"] == "completed"
        assert imported.structured_content["rows_imported"] == 78
        bad = await client.call_tool("import_inventory", {"path": "/nonexistent/x.csv"})
        assert bad.is_error
        assert "no such file" in bad.content[0].text
