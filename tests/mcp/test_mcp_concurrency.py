"""Blocking database work runs in worker threads: a long call does not stall short ones."""

from __future__ import annotations

import time

import anyio
from mcp import Client

from migrascope.mcp_server import build_server


async def test_a_long_import_does_not_block_a_stats_call(store, settings, tenant, tmp_path):
    big = tmp_path / "big.csv"
    rows = [f"host-{i:05d},Ubuntu 22.04,{4 + i % 8}\n" for i in range(20_000)]
    big.write_text("Name,OS,RAM (GB)\n" + "".join(rows), encoding="utf-8")
    finished: dict[str, float] = {}
    server = build_server(store, settings, tenant=tenant)
    async with Client(server) as client:

        async def long_import() -> None:
            result = await client.call_tool("import_inventory", {"path": str(big)})
            assert result.structured_content["rows_imported"] == 20_000
            finished["import"] = time.perf_counter()

        async def short_stats() -> None:
            await anyio.sleep(0.2)  # the import is under way
            result = await client.call_tool("learning_stats", {})
            assert result.structured_content["tenant"] == tenant
            finished["stats"] = time.perf_counter()

        async with anyio.create_task_group() as tg:
            tg.start_soon(long_import)
            tg.start_soon(short_stats)
    assert finished["stats"] < finished["import"]
