"""What every tool needs: the open store, the caller's tenant, a worker thread, and
errors the model can act on.

The tenant always comes from the connection, never from a tool argument: over
HTTP from the bearer token (one token, one tenant), over stdio from the server's
configuration (``serve --tenant`` or ``MIGRASCOPE_TENANT``), because whoever
starts a stdio server already owns its database.
"""

from __future__ import annotations

import functools
import shutil
import tempfile
from collections.abc import Awaitable, Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, ParamSpec, TypeVar

import anyio.to_thread
from mcp.server.auth.middleware.auth_context import get_access_token
from mcp.server.mcpserver import Context
from mcp.server.mcpserver.exceptions import ToolError as McpToolError

from migrascope.config import Settings
from migrascope.errors import MigrascopeError
from migrascope.memory import Store, check_tenant

__all__ = [
    "MAX_INLINE_BYTES",
    "AppContext",
    "app_of",
    "in_thread",
    "materialise",
    "page_of",
    "tenant_of",
    "tool_errors",
]

# The streamable-HTTP transport refuses bodies over 4 MiB by default; inline content
# stays under that so the model gets our message (with the limit) and not an HTTP 413.
MAX_INLINE_BYTES = 4 * 1024 * 1024 - 64 * 1024

P = ParamSpec("P")
R = TypeVar("R")


@dataclass
class AppContext:
    """Server-wide state, shared by every session."""

    store: Store
    settings: Settings
    default_tenant: str
    require_token: bool


def app_of(ctx: Context) -> AppContext:
    """The lifespan state of the server handling this request."""
    app: AppContext = ctx.request_context.lifespan_context  # type: ignore[assignment]
    return app


def tenant_of(app: AppContext, ctx: Context | None = None) -> str:
    """The caller's tenant: from the bearer token over HTTP, the server's default over stdio."""
    if not app.require_token:
        return app.default_tenant
    token = get_access_token()
    if token is None and ctx is not None:
        request = ctx.request_context.request
        user = getattr(request, "scope", {}).get("user") if request is not None else None
        token = getattr(user, "access_token", None)
    if token is None or not token.claims or "tenant" not in token.claims:
        # The HTTP middleware refuses unauthenticated requests before a tool runs;
        # reaching here means a misconfigured server, so fail closed.
        raise McpToolError("This request carries no valid API token; nothing was done.")
    return check_tenant(str(token.claims["tenant"]))


async def in_thread(fn: Callable[..., R], *args: Any) -> R:
    """Run blocking database or file work off the event loop, so other sessions keep going."""
    return await anyio.to_thread.run_sync(functools.partial(fn, *args))


def tool_errors(fn: Callable[P, Awaitable[R]]) -> Callable[P, Awaitable[R]]:
    """Turn our deliberate errors into tool errors the model reads (the SDK hides other
    exceptions' text); anything unexpected stays a generic error, with no stack trace."""

    @functools.wraps(fn)
    async def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return await fn(*args, **kwargs)
        except McpToolError:
            raise
        except (MigrascopeError, ValueError, LookupError) as exc:
            raise McpToolError(str(exc)) from exc

    return wrapper


@contextmanager
def materialise(path: str | None, content: str | None, name: str) -> Iterator[Path]:
    """The file to read: the given path, or inline content in a temp file removed after."""
    if (path is None) == (content is None):
        raise McpToolError(
            "Give exactly one of `path` (a file on the server's machine) or `content` "
            "(the file's text, with `name` ending in .csv, .json or .jsonl)."
        )
    if path is not None:
        file = Path(path).expanduser()
        if not file.is_file():
            raise McpToolError(f"{path}: no such file on the server's machine.")
        yield file
        return
    assert content is not None
    size = len(content.encode("utf-8"))
    if size > MAX_INLINE_BYTES:
        raise McpToolError(
            f"Inline content is {size:,} bytes; the limit is {MAX_INLINE_BYTES:,} bytes. "
            "Save the file where the server can read it and pass its `path` instead."
        )
    suffix = Path(name).suffix.lower()
    if suffix not in {".csv", ".tsv", ".txt", ".json", ".jsonl", ".ndjson"}:
        raise McpToolError(
            f"Inline content named {name!r}: the name must end in .csv, .tsv, .txt, .json, "
            ".jsonl or .ndjson so the reader knows the format (XLSX needs a `path`)."
        )
    folder = Path(tempfile.mkdtemp(prefix="migrascope-mcp-"))
    file = folder / Path(name).name
    try:
        file.write_text(content, encoding="utf-8")
        yield file
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def page_of(total: int, offset: int, limit: int) -> int | None:
    """The next offset of a page, or None at the end."""
    return offset + limit if offset + limit < total else None
