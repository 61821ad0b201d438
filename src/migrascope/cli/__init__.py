"""The command line: thin commands over tools, agents and the graph.

Each command group lives in its own module and registers itself on ``app``.
Results go to stdout (JSON with ``--json``); diagnostics go to stderr.
"""

from __future__ import annotations

from migrascope.cli import _admin, _inventory, _planning, _run, _serve, _teach  # noqa: F401  (register commands)
from migrascope.cli._app import app, main

__all__ = ["app", "main"]
