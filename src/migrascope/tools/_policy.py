"""The assessment policy: bundled defaults, optionally overlaid by a team's own file."""

from __future__ import annotations

import copy
import tomllib
from pathlib import Path
from typing import Any

from migrascope.config import load_data
from migrascope.errors import ConfigError

__all__ = ["load_policy"]


def _merge(base: dict[str, Any], over: dict[str, Any]) -> dict[str, Any]:
    out = dict(base)
    for key, value in over.items():
        if isinstance(value, dict) and isinstance(out.get(key), dict):
            out[key] = _merge(out[key], value)
        else:
            out[key] = value
    return out


def load_policy(path: Path | str | None = None) -> dict[str, Any]:
    """The bundled ``assessment_rules.toml``, with ``path`` merged over it when given.

    Tables merge key by key, lists replace: a team that rewrites ``[[strategy]]`` owns
    the whole rule list, while one that only changes ``[planning]`` keeps the rest.
    """
    base = copy.deepcopy(load_data("assessment_rules.toml"))
    if path is None:
        return base
    p = Path(path)
    try:
        with p.open("rb") as fh:
            over = tomllib.load(fh)
    except FileNotFoundError as exc:
        raise ConfigError(f"Assessment rules file {p} does not exist.") from exc
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"Assessment rules file {p} is not valid TOML: {exc}") from exc
    return _merge(base, over)
