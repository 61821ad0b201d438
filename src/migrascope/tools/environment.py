"""Environment (production, staging, test, development, dr) and criticality of an asset.

Evidence, strongest first: the asset's own field, an environment code in its name
(``LONPRDSQL014``, ``pos-web-prd01``, ``mes-app-p01``), its description. Words
live in ``config/data/environment.toml``. Criticality comes from the asset's own
field when it has one; otherwise it is derived from environment and type, at a
low confidence that says so.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from functools import cache, lru_cache
from typing import Any

from migrascope.config import load_data
from migrascope.tools.facets import Facet

__all__ = [
    "ENVIRONMENTS",
    "criticality",
    "description_word",
    "environment",
    "name_environment",
    "normalise_environment",
]

ENVIRONMENTS = ("production", "staging", "test", "development", "dr")
_WORDS = re.compile(r"[a-z0-9]+")
_LETTER_CODE = re.compile(r"^([a-z])(\d+)$")


@cache
def _tables() -> tuple[dict[str, str], dict[str, str], dict[str, str], dict[str, Any]]:
    data = load_data("environment.toml")
    words: dict[str, str] = {}
    codes: dict[str, str] = {}
    letters: dict[str, str] = {}
    for env, spec in data["environments"].items():
        for w in spec["words"]:
            (letters if len(w) == 1 else words)[w.lower()] = env
        for c in spec["name_codes"]:
            codes[c.lower()] = env
    return words, codes, letters, data


@lru_cache(maxsize=4096)
def normalise_environment(value: str) -> str | None:
    """The environment a field value names ("PROD", "Pre-Prod", "QA"), or None."""
    words, _, letters, _ = _tables()
    low = value.strip().lower()
    if not low:
        return None
    if low in words:
        return words[low]
    if low in letters:
        return letters[low]
    tokens = _WORDS.findall(low)
    for size in (3, 2, 1):
        for i in range(len(tokens) - size + 1):
            phrase = " ".join(tokens[i : i + size])
            if phrase in words:
                return words[phrase]
    joined = "-".join(tokens)
    return words.get(joined)


def name_environment(name: str, tokens: Sequence[tuple[str, bool]]) -> tuple[str, str, bool] | None:
    """(environment, code, is a single letter) that the name says, or None."""
    _, codes, letters, _ = _tables()
    for token, _compact in tokens:
        if token in codes:
            return codes[token], token, False
    # a single-letter code: a whole chunk ("pay_app_p_03") or a letter before the number
    # at the end of a chunk ("mes-app-p01")
    chunks = _WORDS.findall(name.lower())
    for chunk in reversed(chunks[1:]):
        m = _LETTER_CODE.match(chunk)
        letter = m.group(1) if m else (chunk if len(chunk) == 1 else None)
        if letter and letter in letters:
            # the letter, not the chunk: "p01" and "p02" give the same reason
            return letters[letter], letter, True
    return None


@lru_cache(maxsize=65536)
def description_word(description: str) -> str | None:
    """The first environment word (longer than two letters) of a description, or None."""
    words = _tables()[0]
    for token in _WORDS.findall(description.lower()):
        if token in words and len(token) > 2:
            return token
    return None


def environment(
    record: Mapping[str, Any],
    name: str,
    tokens: Sequence[tuple[str, bool]],
    shown: str | None = None,
) -> Facet:
    """The environment of an asset, with confidence and reasons.

    ``shown`` is how reasons quote the name (default: its repr); the classifier passes
    a placeholder so that one decision serves every host of a series.
    """
    shown = repr(name) if shown is None else shown
    data = _tables()[3]
    weights = data["environment_weights"]
    value = record.get("environment")
    field_env = normalise_environment(str(value)) if value not in (None, "") else None
    named = name_environment(name, tokens) if name else None
    reasons: list[str] = []
    if field_env is not None:
        conf = float(weights["field"])
        reasons.append(f"environment field says {value!r}")
        if named is not None and named[0] != field_env:
            conf -= 0.25
            reasons.append(f"but the name {shown} has the code {named[1]!r} ({named[0]})")
        elif named is not None:
            conf = min(0.99, conf + 0.03)
            reasons.append(f"the name agrees (code {named[1]!r})")
        return Facet(field_env, conf, reasons)
    if value not in (None, ""):
        reasons.append(f"environment field {value!r} is not a known environment word")
    if named is not None:
        env, code, letter = named
        conf = float(weights["name_letter" if letter else "name"])
        reasons.append(f"name {shown} has the environment code {code!r}")
        return Facet(env, conf, reasons)
    desc = record.get("description")
    if isinstance(desc, str) and desc:
        token = description_word(desc)
        if token is not None:
            reasons.append(f"description mentions {token!r}")
            return Facet(_tables()[0][token], float(weights["description"]), reasons)
    reasons.append("no environment field, name code or description word")
    return Facet(None, 0.0, reasons)


@cache
def _levels() -> dict[str, str]:
    table = load_data("environment.toml")["criticality"]["levels"]
    return {w.lower(): level for level, words in table.items() for w in words}


_ORDER = ("low", "medium", "high", "critical")


def criticality(
    record: Mapping[str, Any],
    env: Facet,
    asset_type: str,
    tokens: Sequence[tuple[str, bool]] = (),
) -> Facet:
    """Criticality from the asset's own field, else derived from environment and type."""
    spec = _tables()[3]["criticality"]["derived"]
    value = record.get("criticality")
    if value not in (None, ""):
        level = _levels().get(str(value).strip().lower())
        if level is not None:
            return Facet(
                level, float(spec["field_confidence"]), [f"criticality field says {value!r}"]
            )
    base = spec.get(env.value or "unknown", spec["unknown"])
    reasons = [f"derived: {env.value or 'unknown'} environment is {base} by default"]
    level = base
    raise_types = set(spec["raise_types"])
    core_tokens = set(spec["core_network_tokens"])
    core = asset_type == "network_device" and any(t in core_tokens for t, _ in tokens)
    if (asset_type in raise_types or core) and env.value in (None, "production"):
        level = _ORDER[min(len(_ORDER) - 1, _ORDER.index(base) + 1)]
        reasons.append(f"a {'core ' if core else ''}{asset_type} raises it to {level}")
    if value not in (None, ""):
        reasons.insert(0, f"criticality field {value!r} is not a known level")
    conf = float(spec["derived_confidence"]) * (0.6 + 0.4 * env.confidence)
    return Facet(level, conf, reasons)
