"""Header evidence: how strongly a header's words name each canonical field.

Reads the vocabulary of ``config/data/synonyms.toml`` and the tool hints of
``config/data/tool_hints.toml``. Pure functions of the header text; value evidence
lives in ``profiling`` and the combination in ``mapping``.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import cache
from typing import Any

import numpy as np
from rapidfuzz import fuzz

from migrascope.config import CANONICAL_FIELDS, load_data
from migrascope.memory.embedders import HashingEmbedder
from migrascope.memory.embedders._hashing import normalise_text

__all__ = [
    "HeaderEvidence",
    "ToolHint",
    "clean_header",
    "combined_spec",
    "detect_tool",
    "header_key",
    "header_words",
    "is_inverted",
    "is_opaque_header",
    "is_per_socket",
    "metric_penalty",
    "name_evidence",
    "path_parts",
    "per_socket_unit",
    "preference",
    "rivals",
    "similar_headers",
]

_DECORATION = re.compile(
    r"^\s*[*#!]+|\(\s*(?:optional|required|mandatory|opt\.?|req\.?)\s*\)|[*]+\s*$|\?+\s*$",
    re.IGNORECASE,
)
_SPELLED = r"(?:kilo|mega|giga|tera|kibi|mebi|gibi|tebi)bytes?"
_UNIT_DECORATION = re.compile(
    rf"\(\s*(?:in\s+)?(?:kb|kib|mb|mib|gb|gib|tb|tib|bytes|{_SPELLED})\s*\)|"
    rf"(?<=[a-z])(?:In)?(?:KB|KiB|MB|MiB|GB|GiB|TB|TiB|Kb|Mb|Gb|Tb|Bytes|{_SPELLED})\b|"
    rf"\b(?:in[\s-]+)?(?:(?:kb|kib|mb|mib|gb|gib|tb|tib)s?|bytes|{_SPELLED})\b",
    re.IGNORECASE,
)
# Brand spellings that camelCase splitting would cut in two ("VMware" → "v mware").
_BRANDS = (
    ("VMware", "Vmware"),
    ("IPv4", "Ipv4"),
    ("IPv6", "Ipv6"),
    ("NetBox", "Netbox"),
    ("Wi-Fi", "Wifi"),
    ("WiFi", "Wifi"),
    ("wiFi", "wifi"),
)
_EMBED = HashingEmbedder(256)


def clean_header(header: str) -> str:
    """Header without decorations (``*``, ``(optional)``) and unit markers."""
    text = _DECORATION.sub(" ", header)
    text = _UNIT_DECORATION.sub(" ", text.replace("_", " "))
    return " ".join(text.split())


def _stem(token: str) -> str:
    # "bios", "netbios", "macos" and "series" are singular.
    if len(token) <= 3 or token.endswith(("ss", "us", "is", "os")) or token == "series":
        return token
    if token.endswith("ies"):
        return token[:-3] + "y"
    if token.endswith("sses"):
        return token[:-2]
    if token.endswith(("xes", "ches", "shes")):
        return token[:-2]
    if token.endswith("s"):
        return token[:-1]
    return token


_IPV = re.compile(r"\bipv ([46])\b")
_TRAILING_HASH = re.compile(r"#(?!\s*\d)")
_PARENTHETICAL = re.compile(r"\([^)]*\)?|\[[^\]]*\]?")


_RAW_TOKEN = re.compile(r"[A-Za-z0-9]+")
# "S/N", "P/N", "I/O": two letters around a slash are one abbreviation, not two letters
# dropped as noise ("OEM S/N 1" is a serial number).
_SLASHED_LETTERS = re.compile(r"(?<![A-Za-z])([A-Za-z])/([A-Za-z])(?![A-Za-z])")
# Words that carry no meaning in a header ("Number of cores" = "NumCores"); single
# letters are dropped too ("serialno_a", "IP v4"), on both sides of every comparison.
_STOP_WORDS = frozenset({"of", "an", "at"})


def fold_accents(text: str) -> str:
    """ "Descripción" → "Descripcion", "Größe" → "Groesse": headers typed in other
    languages, matched against the plain spellings of ``[translated]`` in synonyms.toml."""
    if text.isascii():
        return text
    text = text.replace("ß", "ss").replace("ä", "ae").replace("ö", "oe").replace("ü", "ue")
    text = text.replace("Ä", "Ae").replace("Ö", "Oe").replace("Ü", "Ue")
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def _normalise(
    text: str, abbreviations: Mapping[str, str], vocabulary: frozenset[str] = frozenset()
) -> str:
    text = fold_accents(text)
    for brand, plain in _BRANDS:
        text = text.replace(brand, plain)
    text = _TRAILING_HASH.sub(" number ", text)  # "Asset #", but not "Network #1"
    text = _SLASHED_LETTERS.sub(r"\1\2", text)
    if vocabulary:
        words = [
            part
            for raw in _RAW_TOKEN.findall(text)
            for w in _split_token(raw, abbreviations, vocabulary)
            for part in _segment(w, vocabulary)
        ]
        words = _IPV.sub(r"ipv\1", " ".join(words)).split()
    else:
        words = _IPV.sub(r"ipv\1", normalise_text(text)).split()
    expanded = " ".join(abbreviations.get(w, w) for w in words).split()
    return " ".join(
        _stem(w)
        for w in expanded
        if w not in _STOP_WORDS and (len(w) > 1 or w.isdigit() or len(expanded) == 1)
    )


def _split_token(
    raw: str, abbreviations: Mapping[str, str], vocabulary: frozenset[str]
) -> list[str]:
    """camelCase words of one token, or its vocabulary split when camelCase misleads.

    "OSname" splits by case into "o sname"; read whole and segmented with the
    vocabulary it is "os name". The case split is kept when all its words are known.
    """
    camel = normalise_text(raw).split()
    if len(camel) < 2:
        return camel

    def known(w: str) -> bool:
        if len(w) == 1 and not w.isdigit():
            return False  # a lone capital ("VApp", "VMotion") is part of the next word
        return w.isdigit() or w in vocabulary or w in abbreviations or _stem(w) in vocabulary

    if all(known(w) for w in camel):
        return camel
    whole = normalise_text(raw.lower()).split()
    segmented = [p for w in whole for p in _segment(w, vocabulary)]
    return segmented if all(known(w) for w in segmented) else camel


def _segment(word: str, vocabulary: frozenset[str]) -> list[str]:
    """Split a run-together word into known words: "cpucount" → ["cpu", "count"].

    Exports written by programs glue words ("hddsize", "serialno", "firstseen");
    a split is accepted only when every piece is a word of the lexicon.
    """
    if len(word) < 4 or word in vocabulary or _stem(word) in vocabulary or word.isdigit():
        return [word]
    n = len(word)
    best: list[list[str] | None] = [None] * (n + 1)
    best[0] = []
    for end in range(2, n + 1):
        for start in range(max(0, end - 14), end - 1):
            piece = word[start:end]
            prev = best[start]
            if prev is not None and (piece in vocabulary or piece.isdigit()):
                cand = [*prev, piece]
                if best[end] is None or len(cand) < len(best[end] or []):
                    best[end] = cand
    found = best[n]
    return found if found and len(found) > 1 else [word]


def header_words(header: str) -> str:
    """Normalised words of a header, decorations and units removed ("disk 1 size")."""
    lex = _data()
    return _normalise(clean_header(header), lex.abbreviations, lex.vocabulary)


def _without_remarks(header: str) -> str:
    """The header without remarks: "Depends on (comma sep.)" → "depend on",
    "IpAddressListSemiColonDelimited" → "ip address" (format words dropped)."""
    lex = _data()
    stripped = _PARENTHETICAL.sub(" ", clean_header(header))
    words = _normalise(stripped, lex.abbreviations, lex.vocabulary).split()
    kept = [w for w in words if w not in lex.format_words]
    return " ".join(kept) if kept else " ".join(words)


def header_key(header: str) -> str:
    """Header words without digits: columns sharing a key are numbered siblings."""
    return " ".join(w for w in header_words(header).split() if not w.isdigit())


def _without_container(words: str) -> str | None:
    """The header words after a container prefix ("custom fields application" → "application").

    Tools nest user-defined attributes under a container (``custom_fields.Owner``,
    ``tags.Environment``, ``properties.osType``, ``cf_application``): the words that
    follow say what the column is, the container says nothing.
    """
    for prefix in _data().containers:
        if words.startswith(prefix + " ") and len(words) > len(prefix) + 1:
            return words[len(prefix) + 1 :]
    return None


def path_parts(header: str) -> list[str]:
    """The segments of a path header (``a.b/c|d>e``), empty ones dropped."""
    return [p for p in re.split(r"[./|>]+", header) if p.strip()]


def _after_container_segment(header: str) -> str | None:
    """Words after the last path segment that is a container of user attributes.

    ``freeform-tags.Application``, ``defined-tags.Oracle-Tags.CreatedOn``,
    ``tags_all.Application``: a segment starting or ending with a container word
    (tags, labels, attributes) holds the user's own keys, and the key says what it is.
    """
    parts = path_parts(header)
    if len(parts) < 2:
        return None
    lex = _data()
    singles = {c for c in lex.containers if " " not in c}
    # Near the top of the record only: deeper (``disk_list.device_properties.x``) the
    # container belongs to a component, whose attributes are not the asset's.
    for k in range(min(len(parts) - 2, 1), -1, -1):
        words = header_words(parts[k]).split()
        if words and (words[-1] in singles or words[0] in singles):
            rest = " ".join(header_words(p) for p in parts[k + 1 :])
            # A lone property word (``Additional info.Enabled``) is the container's own.
            return rest if rest and rest not in lex.property_words else None
    return None


def _objects_named(header: str) -> str:
    """A path with the property words that end its inner segments dropped.

    ``server_type.memory`` (Hetzner), ``machine_type.cpus``: a segment ending in a
    property word (type, kind, class) names an object, and the leaf is one of its
    properties; "type" there does not make the memory a memory type.
    """
    parts = path_parts(header)
    if len(parts) < 2:
        return header
    lex = _data()
    kept = []
    for part in parts[:-1]:
        words = header_words(part).split()
        while len(words) > 1 and words[-1] in lex.property_words:
            words.pop()
        kept.append(" ".join(words))
    return ".".join([*kept, parts[-1]])


def _last_segment(header: str) -> str | None:
    """Words of the last segment of a path header of three or more segments.

    ``properties.storageProfile.osDisk.osType``: the leaf names the value, the path
    says where it was found. Two-segment names (``OS.Name``) read as a whole, and a
    one-word leaf (``Name``) says too little to stand alone.
    """
    parts = path_parts(header)
    if len(parts) < 2:
        return None
    lex = _data()
    leaf = header_words(parts[-1])
    if len(parts) == 2:
        # ``networkInterfaces.subnetwork``, ``Additional info.Owner``: a leaf that is
        # itself a field's name says what the value is; the parent only says where it
        # was found. A property word (``OS.Name``) belongs to its parent.
        # A numbered leaf (``assetRecord.hdd1``) is one of a family of that field.
        words = leaf.split()
        key = " ".join(words[:-1] if len(words) > 1 and words[-1].isdigit() else words)
        return leaf if key in lex.exact and key not in lex.property_words else None
    if len(leaf.split()) >= 2:
        return leaf
    # A one-word leaf names a property of its parent: ``subnet_reference.name`` is
    # the subnet's name (qualifiers such as "reference" dropped).
    parent = header_words(parts[-2])
    words = [w for w in f"{parent} {leaf}".split() if w not in lex.format_words]
    return " ".join(words) if len(words) >= 2 else None


@cache
def _requires() -> dict[str, frozenset[str]]:
    """Fields that a header must name with one of their own words to be read loosely."""
    lex_norm = _data()
    raw = load_data("synonyms.toml").get("field_requires", {})
    return {k: frozenset(_normalise(w, lex_norm.abbreviations) for w in v) for k, v in raw.items()}


@cache
def _one_per_asset() -> frozenset[str]:
    """Fields an element of a list (``volumes.0.id``) can't hold: the asset has one."""
    return frozenset(load_data("synonyms.toml").get("not_in_list_elements", []))


@cache
def _component_fields() -> frozenset[str]:
    """Fields a component's path (a disk list, a NIC list) legitimately holds."""
    return frozenset(load_data("synonyms.toml").get("component_fields", []))


@dataclass(frozen=True)
class _Lexicon:
    abbreviations: dict[str, str]
    synonyms: dict[str, list[str]]
    exact: dict[str, list[tuple[str, float]]]
    metric: tuple[str, ...]
    negatives: dict[str, frozenset[str]]
    inverted: frozenset[str]
    combined: dict[str, tuple[str, tuple[str, ...]]]
    per_socket: frozenset[str]
    prefer: frozenset[str]
    defer: frozenset[str]
    vocabulary: frozenset[str]
    containers: tuple[str, ...]
    format_words: frozenset[str]
    property_words: frozenset[str]
    allocation_segments: frozenset[str]
    bags: dict[tuple[str, ...], list[tuple[str, float]]]


@cache
def _data() -> _Lexicon:
    raw = load_data("synonyms.toml")
    abbreviations = {k.lower(): v for k, v in raw.get("abbreviations", {}).items()}

    def norm(s: str) -> str:
        return _normalise(s, abbreviations)

    synonyms = {
        name: list(dict.fromkeys(norm(s) for s in raw["fields"].get(name, [])))
        for name in CANONICAL_FIELDS
    }
    # Words that split run-together headers. Of the translated names only the long words
    # join it: "descripcion" must stay whole, but "order" is never "or" + "der".
    english_words = frozenset(
        w for syns in synonyms.values() for syn in syns for w in syn.split() if len(w) >= 2
    )
    for name, spellings in raw.get("translated", {}).items():
        translated = [norm(s) for s in spellings]
        synonyms[name] = list(dict.fromkeys([*synonyms[name], *translated]))
        english_words |= {w for t in translated for w in t.split() if len(w) >= 6}
    exact: dict[str, list[tuple[str, float]]] = {}
    for name, syns in synonyms.items():
        for s in syns:
            exact.setdefault(s, []).append((name, 0.95))
    for name in synonyms:  # the field's own name beats any synonym
        for spelling in {norm(name), norm(name.replace("_gb", ""))}:
            exact.setdefault(spelling, []).insert(0, (name, 0.97))
    for header, target in raw.get("weak", {}).items():
        exact[norm(header)] = [(target, 0.85)]
    for header, targets in raw.get("ambiguous", {}).items():
        # An ambiguous header is a little weaker than an unambiguous one for the same field.
        exact[norm(header)] = [(t, 0.94 - 0.12 * i) for i, t in enumerate(targets)]
    vocabulary = (
        english_words
        | frozenset(k for k in abbreviations if k.isalpha() and len(k) >= 2)
        | frozenset(w for v in abbreviations.values() for w in v.split())
        | frozenset(w.lower() for w in raw.get("vocabulary", []))
    )
    combined = {}
    for spec in raw.get("combined", []):
        for h in spec["headers"]:
            combined[norm(h)] = (spec["transform"], tuple(spec["targets"]))
    return _Lexicon(
        abbreviations=abbreviations,
        synonyms=synonyms,
        exact=exact,
        metric=tuple(norm(w) for w in raw.get("metric_words", [])),
        negatives={
            k: frozenset(norm(w) for w in v) for k, v in raw.get("field_negatives", {}).items()
        },
        inverted=frozenset(norm(h) for h in raw.get("inverted", [])),
        combined=combined,
        per_socket=frozenset(norm(h) for h in raw.get("per_socket", [])),
        prefer=frozenset(raw.get("competing", {}).get("prefer", [])),
        defer=frozenset(raw.get("competing", {}).get("defer", [])),
        vocabulary=vocabulary,
        # Longest first, so "custom fields" is stripped before "custom".
        containers=tuple(
            sorted({norm(c) for c in raw.get("containers", [])}, key=lambda c: -len(c))
        ),
        format_words=frozenset(norm(w) for w in raw.get("format_words", [])),
        property_words=frozenset(norm(w) for w in raw.get("property_words", [])),
        allocation_segments=frozenset(w.lower() for w in raw.get("allocation_segments", [])),
        bags=_bags(synonyms),
    )


def _bags(synonyms: Mapping[str, list[str]]) -> dict[tuple[str, ...], list[tuple[str, float]]]:
    """Multi-word synonyms by their sorted words: "memory assigned" = "assigned memory"."""
    out: dict[tuple[str, ...], list[tuple[str, float]]] = {}
    for name, syns in synonyms.items():
        for syn in syns:
            words = syn.split()
            if len(words) >= 2:
                bag = tuple(sorted(words))
                if all(t != name for t, _ in out.get(bag, [])):
                    out.setdefault(bag, []).append((name, 0.93))
    return out


@cache
def _synonym_vectors() -> tuple[list[tuple[str, str]], np.ndarray]:
    pairs = [(name, syn) for name, syns in _data().synonyms.items() for syn in syns]
    return pairs, _EMBED.embed([syn for _, syn in pairs])


@dataclass
class HeaderEvidence:
    """Score of one field for one header from its words, with the reason."""

    target: str
    score: float
    reason: str
    kind: str = "name"


def name_evidence(header: str) -> list[HeaderEvidence]:
    """Every field the header's words point at, best first (before value evidence)."""
    words = header_words(header)
    found = {e.target: e for e in _evidence(header, words)}
    for inner, factor, why, in_path in (
        (_without_container(words), 0.98, "container prefix ignored", False),
        (_after_container_segment(header), 0.98, "read after its container", False),
        (_last_segment(header), 0.92, "read from its last path segment", True),
    ):
        if not inner or inner == words:
            continue
        # Past a container the container's own word says nothing: "labels._disk_space" is
        # not "about a label". A path's parents still speak for its leaf.
        for e in _evidence(header, inner, about=header if in_path else inner):
            e.score *= factor
            e.reason += f" ({why})"
            if in_path and e.kind == "exact" and e.target not in _component_fields():
                # The path around the leaf still speaks: ``disk_list.device_type`` is
                # the type of a disk, not the asset's model.
                penalty, about = metric_penalty(_objects_named(header), e.target)
                if penalty < 1.0:
                    e.score *= penalty
                    e.reason += f"; {about}"
            if e.target not in found or found[e.target].score < e.score:
                found[e.target] = e
    parts = path_parts(header)
    if any(p.strip().isdigit() for p in parts[:-1]):
        # ``volumes.0.id``: one element of a list, and an asset has several of them.
        for e in found.values():
            if e.target in _one_per_asset():
                e.score *= 0.3
                e.reason += "; an element of a list, one of several per asset"
    remarkless = _without_remarks(header)
    if remarkless and remarkless != header_words(header):
        for e in _evidence(header, remarkless):
            e.score *= 0.97
            e.reason += " (remark in brackets ignored)"
            if e.target not in found or found[e.target].score < e.score:
                found[e.target] = e
    return sorted(found.values(), key=lambda e: -e.score)


def _evidence(header: str, words: str, about: str | None = None) -> list[HeaderEvidence]:
    """Evidence of ``words`` (a reading of ``header``); loose matches are weakened by the
    negative and metric words of ``about`` (default: the whole header)."""
    lex = _data()
    if not words:
        return []
    tokens = [w for w in words.split() if not w.isdigit()]
    token_set = set(tokens)
    plain = " ".join(tokens)
    best: dict[str, HeaderEvidence] = {}

    def offer(target: str, score: float, reason: str, kind: str = "name") -> None:
        if target not in best or best[target].score < score:
            best[target] = HeaderEvidence(target, score, reason, kind)

    for key in {words, plain}:
        for target, score in lex.exact.get(key, ()):
            offer(target, score, f"header {header!r} is a known name for {target}", "exact")
    for target, score in lex.bags.get(tuple(sorted(tokens)), ()):
        offer(target, score, f"header {header!r} has the words of a name for {target}", "exact")
    if plain in lex.combined:
        _, targets = lex.combined[plain]
        offer(
            targets[0],
            0.95,
            f"header {header!r} holds {' and '.join(targets)} in one value",
            "exact",
        )
    if plain in lex.per_socket or _per_unit(tokens):
        offer("cpu_cores", 0.92, f"header {header!r} counts cores per socket", "exact")
    for name, synonyms in lex.synonyms.items():
        for syn in synonyms:
            if syn == plain:
                continue
            syn_tokens = syn.split()
            if len(syn_tokens) < len(tokens) and set(syn_tokens) <= token_set:
                coverage = len(syn_tokens) / len(tokens)
                score = 0.3 + 0.6 * coverage**1.2
                # The head noun (last word) carries the meaning: "Boot type" is a type of boot.
                # A head noun no name of the field has ("Service Pack" is a pack) weakens.
                if tokens[-1] == syn_tokens[-1]:
                    score += 0.05
                elif tokens[-1] not in lex.vocabulary:
                    score -= 0.05
                offer(name, score, f"header {header!r} contains {syn!r} ({name})")
            elif min(len(plain), len(syn)) >= 6:
                ratio = fuzz.ratio(plain, syn) / 100.0
                if ratio >= 0.88:
                    offer(name, 0.5 + 2.0 * (ratio - 0.88), f"header {header!r} resembles {syn!r}")
    pairs, vectors = _synonym_vectors()
    sims = vectors @ _EMBED.embed([plain or words])[0]
    for idx in np.argsort(-sims)[:3]:
        sim = float(sims[idx])
        if sim >= 0.6:
            name, syn = pairs[idx]
            score = 0.1 + 0.6 * sim
            if len(tokens) >= 2 and tokens[-1] not in lex.vocabulary | set(syn.split()):
                score -= 0.05  # the unknown head noun again: "Service Pack" is a pack
            offer(name, score, f"header {header!r} is close to {syn!r} ({sim:.2f})")
    out = []
    for ev in best.values():
        if ev.kind == "exact":
            out.append(ev)
            continue
        penalty, why = metric_penalty(about or header, ev.target)
        if penalty < 1.0:
            ev.score *= penalty
            ev.reason += f"; {why}"
        out.append(ev)
    return sorted(out, key=lambda e: -e.score)


def metric_penalty(header: str, target: str) -> tuple[float, str]:
    """Factor (<= 1) for headers that measure something or are about something else."""
    lex = _data()
    words = f" {header_words(header)} "
    metric = [w for w in lex.metric if f" {w} " in words]
    if metric and lex.allocation_segments & {p.strip().lower() for p in path_parts(header)}:
        metric = [w for w in metric if w != "limit"]
    if metric:
        return 0.35, f"{metric[0]!r} makes it a measurement, not an attribute"
    required = _requires().get(target)
    if required and not set(words.split()) & required:
        # "Disk (GB)" is close to "disk used" in letters, but nothing in it says used.
        return 0.6, f"nothing in the header says {target} ({', '.join(sorted(required)[:3])}...)"
    negative = sorted(set(words.split()) & lex.negatives.get(target, frozenset()))
    # A negative word that is itself part of a synonym of the target is no negative.
    own = {t for syn in lex.synonyms.get(target, []) for t in syn.split()}
    negative = [w for w in negative if w not in own or w in {"used", "free", "logical"}]
    if negative:
        return 0.55, f"{negative[0]!r} says it is about something other than {target}"
    return 1.0, ""


def is_inverted(header: str) -> bool:
    """True for headers whose yes means physical (``IsPhysical``)."""
    return header_key(header) in _data().inverted


def combined_spec(header: str) -> tuple[str, tuple[str, ...]] | None:
    """(transform, targets) for a header that holds two fields in one value."""
    return _data().combined.get(header_key(header))


# "cores per socket", "vcpus per socket", "cores per vcpu", "cores per processor": a
# count of cores (or of vCPUs) per unit of what a socket is in that tool.
_PER_COUNTED = frozenset({"core", "vcpu", "cpu"})
_PER_UNIT = frozenset({"socket", "cpu", "vcpu", "processor", "package"})


def _per_unit(tokens: list[str]) -> str | None:
    """The unit a core count is per ("socket", "vcpu"), or None."""
    if "per" not in tokens:
        return None
    k = tokens.index("per")
    if k + 1 < len(tokens) and tokens[k + 1] in _PER_UNIT and _PER_COUNTED & set(tokens[:k]):
        unit = tokens[k + 1]
        return None if unit in tokens[:k] else unit
    return None


def is_per_socket(header: str) -> bool:
    """True for headers that count cores per socket (or per vCPU, per processor)."""
    key = header_key(header)
    return key in _data().per_socket or per_socket_unit(header) is not None


def per_socket_unit(header: str) -> str | None:
    """What a per-socket core count is per: "socket", "vcpu", "cpu", "processor"."""
    key = header_key(header)
    if key in _data().per_socket:
        return "socket"
    return _per_unit(key.split())


@cache
def rivals() -> dict[str, tuple[str, ...]]:
    """Fields that compete for the same kind of column (provisioned vs. used storage)."""
    out: dict[str, tuple[str, ...]] = {}
    for group in load_data("synonyms.toml").get("competing", {}).get("rivals", []):
        for f in group:
            out[f] = tuple(g for g in group if g != f)
    return out


def preference(header: str) -> int:
    """+1 for a preferred source of a competing pair, -1 for a deferred one."""
    lex = _data()
    words = set(normalise_text(header).split())
    return (1 if words & lex.prefer else 0) - (1 if words & lex.defer else 0)


@dataclass(frozen=True)
class ToolHint:
    """A recognised export tool and what it means by some of its headers."""

    key: str
    name: str
    matched: tuple[str, ...]
    units: dict[str, str] = field(default_factory=dict)
    targets: dict[str, str] = field(default_factory=dict)
    per_socket: dict[str, str] = field(default_factory=dict)

    def unit_for(self, header: str) -> str | None:
        return self.units.get(header_key(header))

    def target_for(self, header: str) -> str | None:
        return self.targets.get(header_key(header))


@cache
def _tools() -> dict[str, dict[str, Any]]:
    return load_data("tool_hints.toml")


def detect_tool(headers: Iterable[str], sheet: str | None = None) -> ToolHint | None:
    """The export tool whose signature headers (or sheet) the file carries, if any."""
    present = {h.strip().lower() for h in headers}
    best: tuple[int, str] | None = None
    for key, spec in _tools().items():
        hits = sum(1 for s in spec["signature"] if s.lower() in present)
        if sheet and spec.get("sheet") == sheet.lower():
            hits += spec["min_match"]
        if hits >= spec["min_match"] and (best is None or hits > best[0]):
            best = (hits, key)
    if best is None:
        return None
    spec = _tools()[best[1]]

    def keyed(table: Mapping[str, str]) -> dict[str, str]:
        return {header_key(k): v for k, v in table.items()}

    return ToolHint(
        key=best[1],
        name=spec["name"],
        matched=tuple(s for s in spec["signature"] if s.lower() in present),
        units=keyed(spec.get("units", {})),
        targets=keyed(spec.get("targets", {})),
        per_socket={header_key(k): header_key(v) for k, v in spec.get("per_socket", {}).items()},
    )


def similar_headers(a: str, b: str) -> float:
    """Jaccard overlap of two headers' words (digits ignored)."""
    ta, tb = set(header_key(a).split()), set(header_key(b).split())
    return len(ta & tb) / len(ta | tb) if ta | tb else 0.0


def format_variants(a: str, b: str) -> bool:
    """Two headers that differ only by format words or a container: ``os`` and
    ``os_short``, ``inventory.type`` and ``inventory.type_full`` hold one field's value
    written two ways (a short and a long form of the same thing)."""

    def core(header: str) -> str:
        words = _without_remarks(header)
        inner = _without_container(words)
        return inner or words

    ca, cb = core(a), core(b)
    return bool(ca) and ca == cb and header_words(a) != header_words(b)


def is_opaque_header(header: str) -> bool:
    """A header of container words and numbers only (``Custom1``, ``UDF 3``, ``Field 7``):
    what it holds was decided by whoever filled the file, not said by the header."""
    containers = {w for c in _data().containers for w in c.split()} | {
        "field",
        "column",
        "col",
        "data",
        "value",
    }
    words = header_words(header).split()
    return bool(words) and all(w.isdigit() or w in containers for w in words)


def is_generic_header(header: str) -> bool:
    """A header of property words only (``Name0``, ``Caption``, ``value``): it says
    the column is some name or value, not whose."""
    words = [w for w in header_words(header).split() if not w.isdigit()]
    return bool(words) and all(w in _data().property_words for w in words)
