"""Fixtures for the MCP tests: the real server as a subprocess, the official client.

Over stdio each test spawns ``python -m migrascope serve --tenant T`` with the
session's DATABASE_URL; over HTTP one ``serve --http`` process per module serves
every test, and tenants come from tokens the tests create in the store.
"""

from __future__ import annotations

import asyncio
import os
import socket
import subprocess
import sys
import time
import uuid
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager
from pathlib import Path

import anyio
import pytest
import pytest_asyncio
from mcp import Client
from mcp.client.stdio import StdioServerParameters
from mcp.client.streamable_http import streamable_http_client
from mcp.shared._httpx_utils import create_mcp_http_client

SRC = str(Path(__file__).resolve().parents[2] / "src")


def server_env(database_url: str, home: Path) -> dict[str, str]:
    return {
        "DATABASE_URL": database_url,
        "PYTHONPATH": SRC,
        "MIGRASCOPE_HOME": str(home),
        "PATH": os.environ.get("PATH", ""),
    }


@pytest.fixture
def stdio(database_url: str, tmp_path: Path):
    """Open a stdio client to a fresh ``migrascope serve`` for a tenant."""

    @asynccontextmanager
    async def _open(tenant: str) -> AsyncIterator[Client]:
        params = StdioServerParameters(
            command=sys.executable,
            args=["-m", "migrascope", "serve", "--tenant", tenant],
            env=server_env(database_url, tmp_path / "home"),
        )
        async with Client(params, read_timeout_seconds=120) as client:
            yield client

    return _open


@pytest_asyncio.fixture(scope="module", loop_scope="module")
async def stdio_session(
    database_url: str, tmp_path_factory: pytest.TempPathFactory
) -> AsyncIterator[tuple[Client, str]]:
    """One ``serve`` subprocess and client for a module's tests, on a tenant of its own.

    Spawning the server costs seconds (imports), so the module shares one. A task
    owns the client, because anyio scopes must close in the task that opened them.
    """
    tenant = f"t-{uuid.uuid4().hex[:12]}"
    params = StdioServerParameters(
        command=sys.executable,
        args=["-m", "migrascope", "serve", "--tenant", tenant],
        env=server_env(database_url, tmp_path_factory.mktemp("stdio-home")),
    )
    ready: list[Client] = []
    opened, done = anyio.Event(), anyio.Event()

    async def own() -> None:
        async with Client(params, read_timeout_seconds=120) as client:
            ready.append(client)
            opened.set()
            await done.wait()

    owner = asyncio.create_task(own())
    with anyio.fail_after(120):
        await opened.wait()
    yield ready[0], tenant
    done.set()
    await owner


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def http_url(database_url: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """``migrascope serve --http`` on a free loopback port, for the whole module."""
    port = _free_port()
    home = tmp_path_factory.mktemp("http-home")
    proc = subprocess.Popen(
        [sys.executable, "-m", "migrascope", "serve", "--http", "--port", str(port)],
        env=server_env(database_url, home),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    deadline = time.monotonic() + 60
    while True:
        if proc.poll() is not None:
            raise RuntimeError(
                f"serve --http exited: {proc.stderr.read().decode() if proc.stderr else ''}"
            )
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                break
        except OSError:
            if time.monotonic() > deadline:
                proc.kill()
                raise
            time.sleep(0.1)
    try:
        yield f"http://127.0.0.1:{port}/mcp"
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()


@pytest.fixture
def http_client(http_url: str):
    """Open a client to the HTTP server with a bearer token."""

    @asynccontextmanager
    async def _open(token: str) -> AsyncIterator[Client]:
        headers = {"Authorization": f"Bearer {token}"}
        async with (
            create_mcp_http_client(headers=headers) as http,
            Client(
                streamable_http_client(http_url, http_client=http), read_timeout_seconds=120
            ) as client,
        ):
            yield client

    return _open


@pytest.fixture
def new_tenant(store) -> str:
    return store.ensure_tenant(f"t-{uuid.uuid4().hex[:12]}")


@pytest.fixture
def inventory(tmp_path: Path):
    """Write an inventory CSV with ``n`` rows (distinct content per ``seed``)."""

    def _write(n: int = 12, seed: str = "a", odd: str = "Hall Ref") -> Path:
        lines = [f"Name,OS,RAM (GB),{odd},Environment,Application\n"]
        for i in range(n):
            kind = ("web", "db", "app")[i % 3]
            os_name = "Ubuntu 22.04" if kind != "db" else "Windows Server 2019"
            lines.append(
                f"{seed}-pay-{kind}{i:02d},{os_name},{8 * (1 + i % 4)},HALL-{i % 2 + 1},"
                f"{'prod' if i % 2 else 'test'},payments\n"
            )
        path = tmp_path / f"inventory-{seed}.csv"
        path.write_text("".join(lines), encoding="utf-8")
        return path

    return _write
