"""CrewAI uses migrascope through its MCP server, from CrewAI's own virtual environment.

crewai 1.15 pins mcp<2, openai<3 and pydantic<2.13, so it cannot share our
environment. This test builds a separate venv with ``crewai`` and ``crewai-tools[mcp]``
(``MCPServerAdapter``, backed by ``mcpadapt``), cached under
``~/.cache/migrascope-crewai-venv/<hash of the requirements>`` (~1 GB, ~1-2 min the first
time), then runs a script there that starts ``migrascope serve`` over stdio from OUR
venv, hands the MCP tools to a CrewAI ``Agent`` and calls two of them directly (a tool
call needs no LLM). It skips only when the package registry cannot be reached.
"""

from __future__ import annotations

import fcntl
import hashlib
import json
import os
import shutil
import subprocess
import sys
import textwrap
import urllib.error
import urllib.request
from pathlib import Path

import pytest

REQUIREMENTS = "crewai>=1.15,<1.16\ncrewai-tools[mcp]>=1.15,<1.16\n"
CACHE = Path(os.environ.get("MIGRASCOPE_CREWAI_CACHE", "~/.cache/migrascope-crewai-venv"))

_SCRIPT = textwrap.dedent(
    """
    import json, os, sys
    from mcp import StdioServerParameters
    from crewai import Agent
    from crewai_tools import MCPServerAdapter

    server = StdioServerParameters(
        command=sys.argv[1], args=["-m", "migrascope", "serve"], env=dict(os.environ)
    )
    with MCPServerAdapter(server) as tools:
        agent = Agent(
            role="Migration analyst",
            goal="Turn an inventory export into canonical assets",
            backstory="Works for a cloud-migration consultancy.",
            tools=list(tools),
            llm="gpt-4o-mini",  # never called: the tools are invoked directly below
        )
        by_name = {t.name: t for t in agent.tools}
        csv = "Server Name,RAM (MB),Operating System\\nprd-pay-web01,4096,Red Hat Enterprise Linux 8\\n"
        mapped = by_name["map_columns"].run(content=csv, name="inventory.csv")
        imported = by_name["import_inventory"].run(content=csv, name="inventory.csv")
        print(json.dumps({
            "tools": sorted(by_name),
            "map_columns": str(mapped),
            "import_inventory": str(imported),
        }))
    """
)


def _registry_reachable() -> bool:
    try:
        with urllib.request.urlopen("https://pypi.org/simple/crewai/", timeout=15) as resp:
            return resp.status == 200
    except (urllib.error.URLError, TimeoutError, OSError):
        return False


def _crewai_python() -> Path:
    """The cached venv's python, building the venv on first use."""
    key = hashlib.sha256(f"{sys.version_info[:2]}\n{REQUIREMENTS}".encode()).hexdigest()[:16]
    root = CACHE.expanduser() / key
    python = root / "bin" / "python"
    if (root / ".complete").exists():
        return python
    if not _registry_reachable():
        pytest.skip("the package registry (PyPI) is unreachable: cannot install crewai")
    # Build in place (a venv hard-codes its path); the marker is written last, so a
    # half-built venv from an interrupted run is thrown away and rebuilt. One builder
    # at a time: concurrent test runs wait on the lock.
    root.parent.mkdir(parents=True, exist_ok=True)
    with open(root.with_name(key + ".lock"), "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if (root / ".complete").exists():
            return python
        shutil.rmtree(root, ignore_errors=True)
        subprocess.run([sys.executable, "-m", "venv", str(root)], check=True)
        (root / "requirements.txt").write_text(REQUIREMENTS)
        done = subprocess.run(
            [str(python), "-m", "pip", "install", "-q", "-r", str(root / "requirements.txt")],
            capture_output=True,
            text=True,
            timeout=900,
        )
        assert done.returncode == 0, f"installing crewai failed:\n{done.stderr[-3000:]}"
        (root / ".complete").write_text(REQUIREMENTS)
    return python


@pytest.mark.crewai
def test_crewai_agent_receives_and_calls_migrascope_tools(store, tenant, database_url, tmp_path):
    python = _crewai_python()
    env = {
        **os.environ,
        "DATABASE_URL": database_url,
        "MIGRASCOPE_TENANT": tenant,
        "MIGRASCOPE_HOME": str(tmp_path / "home"),
        "OPENAI_API_KEY": "sk-not-used",
        "CREWAI_DISABLE_TELEMETRY": "true",
        "OTEL_SDK_DISABLED": "true",
    }
    script = tmp_path / "crew.py"
    script.write_text(_SCRIPT)
    done = subprocess.run(
        [str(python), str(script), sys.executable],
        env=env,
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert {"map_columns", "classify_assets", "import_inventory", "teach_mapping"} <= set(
        result["tools"]
    )
    mapped = json.loads(result["map_columns"])
    targets = {c["source"]: c["target"] for c in mapped["columns"]}
    assert targets["RAM (MB)"] == "memory_gb"
    assert store.assets.count(tenant) == 1
    asset = store.assets.list(tenant)[0]
    assert asset["hostname"] == "prd-pay-web01" and asset["memory_gb"] == 4.0
