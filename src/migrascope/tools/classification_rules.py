"""Rule evidence for asset classification: every field votes, with a reason.

Rules and keyword lists live in ``config/data/classification.toml``. Host names
are split into tokens; a compact name such as ``LONPRDSQL014`` is segmented with
the keyword lexicon (``lon`` + ``prd`` + ``sql``), so naming conventions the rules
were never written for still yield their role codes. Field matches are memoised
per value, because a 100,000-asset estate repeats a few hundred OS strings and
models: the per-asset cost is a handful of dictionary lookups.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any

from migrascope.config import TAXONOMY, load_data

__all__ = [
    "PSEUDO_TYPES",
    "Vote",
    "family_of",
    "field_key",
    "host_part",
    "keyword_hits",
    "leave_out_keywords",
    "name_codes",
    "name_tokens",
    "rule_fields",
    "rule_settings",
    "rule_votes",
    "rule_votes_for",
]

PSEUDO_TYPES = ("compute", "physical", "virtual")
"""Evidence that is not a type by itself (see classification.toml)."""

_CHUNK = re.compile(r"[a-z0-9]+")
_TRAILING_DIGITS = re.compile(r"\d+$")
_MATCHES = frozenset(
    {"token", "substring", "present", "true", "false", "phrase", "nodigits", "prefix", "key"}
)
_NON_HEX = re.compile(r"[^0-9a-f]")


@dataclass(frozen=True, slots=True)
class Vote:
    """One piece of evidence: ``field`` says ``type`` with ``weight``, because ``reason``."""

    field: str
    type: str
    weight: float
    reason: str


@dataclass(frozen=True)
class _Rule:
    field: str
    match: str
    keywords: tuple[str, ...]
    type: str
    weight: float
    # any keyword as a substring: one search rules a value out before the ordered scan
    pattern: re.Pattern[str] | None = None


@dataclass(frozen=True)
class _Rules:
    name_keywords: dict[str, tuple[tuple[str, float], ...]]
    name_other: tuple[_Rule, ...]
    by_field: dict[str, tuple[_Rule, ...]]
    lexicon: frozenset[str]
    max_len: int
    settings: dict[str, Any]
    compute_family: frozenset[str]
    dns_suffixes: frozenset[str]


_LEFT_OUT: frozenset[tuple[str, str]] = frozenset()


def leave_out_keywords(pairs: frozenset[tuple[str, str]]) -> None:
    """Rules without these (field, keyword) pairs from now on (empty: all of them).

    For the leave-one-estate-out evaluation: it classifies an estate as if the rules
    had been written without the words only that estate uses. Clears every memo.
    """
    global _LEFT_OUT
    _LEFT_OUT = frozenset((f, k.lower()) for f, k in pairs)
    for memo in (_rules, _segment_letters, _field_votes, _extra_key_votes):
        memo.cache_clear()


def keyword_hits(record: Mapping[str, Any], name: str) -> set[tuple[str, str]]:
    """Every (field, keyword) of the rules that fires on a record (not only the first)."""
    rules = _rules()
    hits = {("name", t) for t, _ in name_tokens(name) if t in rules.name_keywords}
    for field, field_rules in rules.by_field.items():
        value = record.get(field)
        if not isinstance(value, str) or not value:
            continue
        low = value.lower()
        for rule in field_rules:
            if rule.match == "substring":
                hits.update((field, k) for k in rule.keywords if k in low)
    return hits


@cache
def _rules() -> _Rules:
    data = load_data("classification.toml")
    allowed = set(TAXONOMY) | set(PSEUDO_TYPES)
    name_kw: dict[str, list[tuple[str, float]]] = {}
    name_other: list[_Rule] = []
    by_field: dict[str, list[_Rule]] = {}
    for i, raw in enumerate(data["rules"]):
        words = [k for k in raw["keywords"] if (raw["field"], k.lower()) not in _LEFT_OUT]
        rule = _Rule(
            raw["field"],
            raw["match"],
            tuple(k.lower() for k in words),
            raw["type"],
            float(raw["weight"]),
            re.compile("|".join(re.escape(k.lower()) for k in words))
            if raw["match"] == "substring" and words
            else None,
        )
        if rule.type not in allowed or rule.match not in _MATCHES:
            from migrascope.errors import ConfigError

            raise ConfigError(
                f"classification.toml rule #{i + 1} ({rule.field}) has type {rule.type!r} "
                f"or match {rule.match!r} that is not known; types: {', '.join(sorted(allowed))}."
            )
        if rule.field == "name" and rule.match == "token":
            for k in rule.keywords:
                name_kw.setdefault(k, []).append((rule.type, rule.weight))
        elif rule.field == "name":
            name_other.append(rule)
        else:
            by_field.setdefault(rule.field, []).append(rule)
    env = load_data("environment.toml")["environments"]
    env_codes = {c for e in env.values() for c in e["name_codes"]}
    lexicon = frozenset(name_kw) | frozenset(env_codes)
    settings = dict(data["defaults"])
    settings["shape"] = data.get("shape", {})
    settings["learning"] = data.get("learning", {})
    settings["calibration"] = data.get("calibration", {}).get("points", [[0, 0], [1, 1]])
    compute_family = frozenset(data.get("families", {}).get("compute", []))
    return _Rules(
        {k: tuple(v) for k, v in name_kw.items()},
        tuple(name_other),
        {k: tuple(v) for k, v in by_field.items()},
        lexicon,
        max(len(k) for k in lexicon),
        settings,
        compute_family,
        frozenset(s.lower() for s in data["defaults"].get("dns_suffixes", ())),
    )


def rule_settings() -> dict[str, Any]:
    """The ``[defaults]``, ``[shape]``, ``[learning]`` and calibration of the rules file."""
    return _rules().settings


def rule_fields() -> tuple[str, ...]:
    """The record fields some rule reads (``extra`` stands for the unmapped columns)."""
    return tuple(_rules().by_field)


def rule_votes_for(field: str, value: Any) -> tuple[Vote, ...]:
    """The votes of one field value (memoised; the value must be hashable)."""
    return _field_votes(field, field_key(field, value))


def family_of(kind: str) -> str:
    """Types within one family never conflict: all computers are ``compute``."""
    return "compute" if kind in _rules().compute_family else kind


@lru_cache(maxsize=65536)
def _segment_letters(chunk: str) -> tuple[tuple[str, bool], ...]:
    """Split one lower-case alphanumeric chunk into keywords; ``True`` marks compact hits.

    Dynamic programming over the chunk: a keyword costs nothing, an unknown letter
    costs one, digits are free. Keywords of at most ``short_keyword_len`` letters only
    count where letters end (``corsw01``), so ``pa`` is not read into ``pay``.
    """
    rules = _rules()
    stripped = _TRAILING_DIGITS.sub("", chunk)
    if chunk in rules.lexicon:
        return ((chunk, False),)
    if stripped in rules.lexicon:
        return ((stripped, False),)
    short = int(rules.settings.get("short_keyword_len", 2))
    # short codes anywhere are fine when they explain every letter ("pgprod" = pg + prod)
    free = _dp(chunk, rules, 0)
    if free[0] == 0:
        return free[1]
    return _dp(chunk, rules, short)[1]


def _dp(chunk: str, rules: _Rules, short: int) -> tuple[int, tuple[tuple[str, bool], ...]]:
    n = len(chunk)
    inf = (10**9, 0)
    best: list[tuple[int, int]] = [inf] * (n + 1)
    back: list[tuple[int, str | None]] = [(0, None)] * (n + 1)
    best[0] = (0, 0)
    for i in range(n):
        if best[i] == inf:
            continue
        cost, segs = best[i]
        step = (cost if chunk[i].isdigit() else cost + 1, segs + 1)
        if step < best[i + 1]:
            best[i + 1], back[i + 1] = step, (i, None)
        for j in range(i + 2, min(n, i + rules.max_len) + 1):
            word = chunk[i:j]
            if word not in rules.lexicon:
                continue
            if len(word) <= short and j < n and not chunk[j].isdigit():
                continue
            cand = (cost, segs + 1)
            if cand < best[j]:
                best[j], back[j] = cand, (i, word)
    out: list[tuple[str, bool]] = []
    j = n
    while j > 0:
        i, found = back[j]
        if found is not None:
            out.append((found, True))
        j = i
    return best[n][0], tuple(reversed(out))


def host_part(name: str) -> str:
    """The name without its DNS suffix labels (``web-01.lon.corp.com`` -> ``web-01.lon``).

    Only trailing labels that are DNS suffixes go, so dotted conventions that carry the
    role, application or environment in labels (``web01.pay.prod``) keep them.
    """
    labels = name.lower().split(".")
    if len(labels) < 2 or all(lab.isdigit() for lab in labels):  # not an IP address
        return name.lower()
    suffixes = _rules().dns_suffixes
    while len(labels) > 1 and (
        labels[-1] in suffixes or (len(labels[-1]) == 2 and labels[-1].isalpha())
    ):
        labels.pop()
    return ".".join(labels)


def name_tokens(name: str) -> tuple[tuple[str, bool], ...]:
    """Keyword tokens of a host name; the flag says it came from segmenting a compact name."""
    lexicon = _rules().lexicon
    out: list[tuple[str, bool]] = []
    for chunk in _CHUNK.findall(host_part(name)):
        if chunk in lexicon:  # also a keyword that ends in a digit ("f5", "db2")
            out.append((chunk, False))
        else:
            # trailing digits never change the segmentation; without them the memo
            # hits for every host of a series (lonprdsql001, lonprdsql002, ...)
            out.extend(_segment_letters(chunk.rstrip("0123456789") or chunk))
    return tuple(out)


@lru_cache(maxsize=65536)
def name_codes(name: str) -> tuple[str, ...]:
    """The codes a name is built from, whether or not the rules know them.

    What a tenant's corrections can teach about a naming convention nobody wrote
    keywords for: each chunk's letters (``abcd-p30-02`` -> ``abcd``), a chunk with
    digits that is not the series at the end (``p30``: a numbered role code), and the
    ending of a long compact run (``lonprddc`` -> ``dc``, ``ddc``, ``rddc``), since a
    name's role word comes last. Digits-only parts are series numbers, never codes.
    Which of these are evidence (a role code) and which are not (a site code seen
    with every type) is left to the corrections (``Classifier``).
    """
    chunks = _CHUNK.findall(host_part(name))
    codes: list[str] = []
    for i, chunk in enumerate(chunks):
        if chunk.isdigit():
            continue
        letters = _TRAILING_DIGITS.sub("", chunk)
        if letters != chunk and i < len(chunks) - 1:
            codes.append(chunk)
        if len(letters) >= 2 and not letters.isdigit():
            codes.append(letters)
        if len(letters) >= _COMPACT_RUN and letters.isalpha():
            codes.extend(letters[-n:] for n in _ENDINGS)
    return tuple(dict.fromkeys(codes))


_COMPACT_RUN = 6
_ENDINGS = (2, 3, 4)

# Free text is long and varies per asset: reasons name the keyword, not the whole value.
_UNQUOTED = frozenset({"description"})


def field_key(field: str, value: Any) -> Any:
    """What the rules read of a field value: the value itself, except a MAC address,
    of which only the hex prefix counts (so the memo does not fill with unique MACs)."""
    if field in _prefix_fields() and isinstance(value, str):
        return _NON_HEX.sub("", value.lower())[: _prefix_len()]
    return value


@cache
def _prefix_fields() -> frozenset[str]:
    rules = _rules().by_field
    return frozenset(f for f, rs in rules.items() if rs and all(r.match == "prefix" for r in rs))


@cache
def _prefix_len() -> int:
    return max(
        (
            len(k)
            for rs in _rules().by_field.values()
            for r in rs
            if r.match == "prefix"
            for k in r.keywords
        ),
        default=0,
    )


@lru_cache(maxsize=131072)
def _field_votes(field: str, value: Any) -> tuple[Vote, ...]:
    votes: list[Vote] = []
    low = value.lower() if isinstance(value, str) else None
    shown = field if field in _UNQUOTED else f"{field} {value!r}"
    for rule in _rules().by_field.get(field, ()):
        if rule.match == "present":
            votes.append(Vote(field, rule.type, rule.weight, f"{field} is set ({value})"))
        elif rule.match == "true" and value is True:
            votes.append(Vote(field, rule.type, rule.weight, f"{field} is true"))
        elif rule.match == "false" and value is False:
            votes.append(Vote(field, rule.type, rule.weight, f"{field} is false"))
        elif rule.match == "prefix" and low is not None:
            hexes = _NON_HEX.sub("", low)
            hit = next((k for k in rule.keywords if hexes.startswith(k)), None)
            if hit is not None:
                votes.append(
                    Vote(field, rule.type, rule.weight, f"{field} starts with the prefix {hit!r}")
                )
        elif rule.match == "substring" and low is not None:
            if rule.pattern is None or rule.pattern.search(low) is None:
                continue
            hit = next((k for k in rule.keywords if k in low), None)
            if hit is not None:
                votes.append(Vote(field, rule.type, rule.weight, f"{shown} mentions {hit!r}"))
    return tuple(votes)


def _name_votes(
    name: str, tokens: tuple[tuple[str, bool], ...] | None = None, shown: str | None = None
) -> list[Vote]:
    rules = _rules()
    shown = repr(name) if shown is None else shown
    factor = float(rules.settings.get("compact_factor", 0.9))
    modifier = float(rules.settings.get("modifier_factor", 1.0))
    tokens = tokens if tokens is not None else name_tokens(name)
    head = _head_types(tokens)
    votes: list[Vote] = []
    for token, compact in tokens:
        kinds = rules.name_keywords.get(token, ())
        # Names are compounds whose role word comes last: "plc-gw" is a gateway for
        # PLCs, "scada-app" an application server for SCADA. A role word before the
        # head that names another type is a modifier and counts less.
        qualifies = (
            head[0]
            if head is not None and head[0] != token and not head[1] & _roles(kinds)
            else None
        )
        for kind, weight in kinds:
            how = "contains the code" if compact else "has the token"
            w = weight * (factor if compact else 1.0)
            why = f"name {shown} {how} {token!r}"
            if qualifies is not None:
                w *= modifier
                why += f" (qualifies the role word {qualifies!r})"
            votes.append(Vote("name", kind, w, why))
    has_digit = any(c.isdigit() for c in name)
    for rule in rules.name_other:
        if rule.match == "phrase" and " " in name.strip():
            votes.append(Vote("name", rule.type, rule.weight, f"name {shown} reads like a title"))
        elif rule.match == "nodigits" and not has_digit:
            votes.append(Vote("name", rule.type, rule.weight, f"name {shown} has no number"))
    return votes


def _roles(kinds: tuple[tuple[str, float], ...]) -> frozenset[str]:
    """The role types a keyword names (not bare hardware nature, not weightless words)."""
    return frozenset(k for k, w in kinds if w > 0 and k not in ("physical", "virtual"))


def _head_types(tokens: tuple[tuple[str, bool], ...]) -> tuple[str, frozenset[str]] | None:
    """(head token, its role types) of a name: the last token that names a role; None
    when no token does."""
    rules = _rules()
    last = None
    for token, _compact in tokens:
        roles = _roles(rules.name_keywords.get(token, ()))
        if roles:
            last = (token, roles)
    return last


def _number(value: Any) -> float | None:
    if isinstance(value, bool) or value is None or value == "":
        return None
    try:
        return float(value)
    except (TypeError, ValueError):
        return None


def _shape_votes(record: Mapping[str, Any]) -> list[Vote]:
    shape = _rules().settings["shape"]
    cores = _number(record.get("cpu_cores"))
    memory = _number(record.get("memory_gb"))
    if cores is None and memory is None:
        return []
    votes = [
        Vote("shape", "compute", float(shape.get("compute_weight", 0.4)), "has CPU/memory figures")
    ]
    big_cpu = cores is not None and cores >= shape.get("physical_min_cores", 16)
    big_mem = memory is not None and memory >= shape.get("physical_min_memory_gb", 192)
    huge = (cores is not None and cores >= shape.get("huge_cores", 48)) or (
        memory is not None and memory >= shape.get("huge_memory_gb", 512)
    )
    if (big_cpu and big_mem) or huge:
        votes.append(
            Vote(
                "shape",
                "physical",
                float(shape.get("physical_weight", 0.9)),
                f"large shape ({cores or '?'} cores, {memory or '?'} GB) suggests a physical box",
            )
        )
    elif (cores is None or cores <= shape.get("virtual_max_cores", 8)) and (
        memory is None or memory <= shape.get("virtual_max_memory_gb", 64)
    ):
        votes.append(
            Vote(
                "shape",
                "virtual",
                float(shape.get("virtual_weight", 0.3)),
                f"small shape ({cores or '?'} cores, {memory or '?'} GB) is typical of a VM",
            )
        )
    return votes


@lru_cache(maxsize=4096)
def _extra_key_votes(key: str) -> tuple[Vote, ...]:
    low = key.lower()
    votes = []
    for rule in _rules().by_field.get("extra", ()):
        hit = next((k for k in rule.keywords if k in low), None)
        if hit is not None:
            votes.append(Vote("extra", rule.type, rule.weight, f"unmapped column {key!r} is set"))
    return tuple(votes)


def rule_votes(
    record: Mapping[str, Any],
    name: str,
    extra: Mapping[str, Any] | None = None,
    tokens: tuple[tuple[str, bool], ...] | None = None,
    shown: str | None = None,
) -> list[Vote]:
    """Every rule vote for a canonical record (its name given, as resolved by the caller).

    ``extra`` are the record's unmapped columns: some say what a thing is by merely
    being filled (a vCenter managed-object id). ``shown`` is how reasons quote the
    name (default: its repr).
    """
    votes = _name_votes(name, tokens, shown) if name else []
    for key, value in (extra or {}).items():
        if value not in (None, ""):
            votes.extend(_extra_key_votes(key))
    for field in _rules().by_field:
        if field == "extra":
            continue
        value = record.get(field)
        if value is None or value == "":
            continue
        try:
            votes.extend(_field_votes(field, field_key(field, value)))
        except TypeError:  # an unhashable value (a list in JSON input): match its text
            votes.extend(_field_votes(field, str(value)))
    votes.extend(_shape_votes(record))
    return votes
