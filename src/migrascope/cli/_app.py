"""The Typer app, shared options, and the one place errors become exit codes."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import wraps
from typing import Annotated, Any, ParamSpec, TypeVar

import typer
from rich.console import Console

from migrascope.config import Settings, load_settings
from migrascope.errors import InputError, MigrascopeError
from migrascope.memory import Store, check_tenant

__all__ = [
    "JsonOpt",
    "TenantOpt",
    "app",
    "err_console",
    "handle_errors",
    "main",
    "open_store",
    "out_console",
    "print_json",
    "resolve_tenant",
]

app = typer.Typer(
    name="migrascope",
    help=(
        "Turn messy IT-inventory exports into a cloud-migration plan, learning from every "
        "correction. Data lives in PostgreSQL + pgvector: an embedded server under "
        "MIGRASCOPE_HOME by default, or DATABASE_URL."
    ),
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
)
out_console = Console()
err_console = Console(stderr=True, soft_wrap=True)

TenantOpt = Annotated[
    str | None,
    typer.Option(
        "--tenant", "-t", help="Tenant (client account). Default: MIGRASCOPE_TENANT or 'default'."
    ),
]
JsonOpt = Annotated[bool, typer.Option("--json", help="Print machine-readable JSON to stdout.")]

P = ParamSpec("P")
R = TypeVar("R")

# Exit codes: 0 ok, 1 the request failed (bad input, nothing done), 2 usage (Typer),
# 3 the store failed (database unreachable or in a bad state).
EXIT_INPUT = 1
EXIT_STORE = 3


def handle_errors(fn: Callable[P, R]) -> Callable[P, R]:
    """Turn our errors into one stderr line and a meaningful exit code."""

    @wraps(fn)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        from migrascope.errors import StoreError

        try:
            return fn(*args, **kwargs)
        except StoreError as exc:
            err_console.print(f"[bold red]{type(exc).__name__}:[/] {exc}", highlight=False)
            raise typer.Exit(code=EXIT_STORE) from exc
        except MigrascopeError as exc:
            err_console.print(f"[bold red]{type(exc).__name__}:[/] {exc}", highlight=False)
            raise typer.Exit(code=EXIT_INPUT) from exc

    return wrapper


def settings() -> Settings:
    return load_settings()


def resolve_tenant(tenant: str | None, cfg: Settings | None = None) -> str:
    return check_tenant(tenant or (cfg or settings()).tenant)


@contextmanager
def open_store(cfg: Settings | None = None) -> Iterator[Store]:
    with Store.open(cfg or settings()) as store:
        yield store


def print_json(data: Any) -> None:
    sys.stdout.write(json.dumps(data, indent=2, default=str, ensure_ascii=False) + "\n")
    sys.stdout.flush()


def require_file(path: str) -> str:
    from pathlib import Path

    p = Path(path)
    if not p.exists():
        raise InputError(f"{path}: no such file.")
    return path


def main() -> None:
    """Console-script entry point."""
    app()
