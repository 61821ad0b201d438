"""Loads the bundled data files; the logic that uses them lives in tools/."""

from __future__ import annotations

import tomllib
from functools import cache
from pathlib import Path
from typing import Any, NamedTuple

from migrascope.errors import ConfigError

__all__ = [
    "CANONICAL_FIELDS",
    "TAXONOMY",
    "FieldSpec",
    "canonical_schema",
    "data_path",
    "load_data",
]

_DATA_DIR = Path(__file__).with_name("data")


class FieldSpec(NamedTuple):
    """One canonical field: its name, value kind and canonical unit."""

    name: str
    kind: str
    unit: str | None
    description: str


def data_path(name: str) -> Path:
    """Path of a bundled data file under ``config/data``."""
    return _DATA_DIR / name


@cache
def load_data(name: str) -> dict[str, Any]:
    """Parse a bundled TOML data file once per process."""
    path = data_path(name)
    try:
        with path.open("rb") as fh:
            return tomllib.load(fh)
    except FileNotFoundError as exc:
        raise ConfigError(f"Data file {path} is missing from the installation.") from exc
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"Data file {path} is not valid TOML: {exc}") from exc


@cache
def canonical_schema() -> tuple[FieldSpec, ...]:
    """The canonical asset schema of DESIGN.md, in order."""
    raw = load_data("schema.toml")["fields"]
    return tuple(
        FieldSpec(f["name"], f["kind"], f.get("unit"), f.get("description", "")) for f in raw
    )


CANONICAL_FIELDS: tuple[str, ...] = tuple(f.name for f in canonical_schema())
TAXONOMY: tuple[str, ...] = tuple(load_data("taxonomy.toml")["types"])
