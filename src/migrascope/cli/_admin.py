"""Store administration: re-embedding after an embedder change."""

from __future__ import annotations

from migrascope.cli._app import app, handle_errors, out_console, settings
from migrascope.memory import make_embedder, reembed, resolve_database_url


@app.command("reembed")
@handle_errors
def reembed_command() -> None:
    """Rebuild every stored vector with the configured embedder (after changing it)."""
    cfg = settings()
    counts = reembed(resolve_database_url(cfg), make_embedder(cfg))
    for table, n in counts.items():
        out_console.print(f"{table}: {n} vectors rebuilt")
