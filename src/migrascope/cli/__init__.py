"""The command line: thin commands over tools, agents and the graph.

Each command group lives in its own module and registers itself on ``app``.
Results go to stdout (JSON with ``--json``); diagnostics go to stderr.
"""

from __future__ import annotations

# One line per command module, so parallel work merges cleanly.
from migrascope.cli import (
    _admin,  # noqa: F401
    _eval,  # noqa: F401
    _feedback,  # noqa: F401
    _inventory,  # noqa: F401
    _planning,  # noqa: F401
    _run,  # noqa: F401
    _serve,  # noqa: F401
    _stats,  # noqa: F401
    _teach,  # noqa: F401
    _tokens,  # noqa: F401
    _worker,  # noqa: F401
)
from migrascope.cli._app import app, main

__all__ = ["app", "main"]
