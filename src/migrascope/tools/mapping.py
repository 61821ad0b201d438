"""Column mapping: each source column to a canonical field, with confidence and reasons.

Evidence combined per (column, field):

* the header's words against the lexicon (``config/data/synonyms.toml``: exact,
  contained, fuzzy and embedding similarity; measurement words lower it);
* the column's value profile (``profiling``): a column of IPs is not ``memory_gb``,
  and a column of MACs is ``mac_address`` whatever its header says;
* the export tool when its signature headers are present (``tool_hints.toml``:
  RVTools' bare ``Memory`` is MiB, ServiceNow counts cores per socket);
* the tenant's learned patterns: an exact header maps as taught, a similar one
  gets a boost in proportion to its similarity and the pattern's track record.

A one-to-one assignment across the file then keeps two columns from both becoming
``hostname`` unless the evidence says so: numbered siblings (``Disk 1 size``,
``Disk 2 size``) are summed, two variants of one header (OS from the
configuration vs. from the tools) become primary and fallback, a taught column
keeps its target; any other loser falls back to its next candidate or to
``extra``. Raw scores are calibrated (``mapping_calibration.toml``, fitted by
``benchmarks/bench_mapping.py --fit`` on tools the lexicon was tuned on), then
decided by the tenant's thresholds.
"""

from __future__ import annotations

import dataclasses
import ipaddress
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from typing import TYPE_CHECKING, Any

import numpy as np

from migrascope.config import canonical_schema, load_data
from migrascope.memory.embedders._hashing import normalise_text
from migrascope.tools import mapping_model, mapping_rerank
from migrascope.tools.mapping_lexicon import (
    ToolHint,
    clean_header,
    combined_spec,
    detect_tool,
    format_variants,
    header_key,
    header_words,
    is_generic_header,
    is_inverted,
    is_opaque_header,
    is_per_socket,
    metric_penalty,
    name_evidence,
    path_parts,
    per_socket_unit,
    preference,
    rivals,
    similar_headers,
)
from migrascope.tools.mapping_model import HeaderModel, ModelReading
from migrascope.tools.profiling import ColumnProfile, describe_kind, profile_table
from migrascope.tools.scoring import pattern_confidence
from migrascope.tools.units import header_unit, size_factor

if TYPE_CHECKING:
    from migrascope.memory import PatternMatch, Store, Thresholds

__all__ = [
    "Candidate",
    "ColumnMapping",
    "MappingResult",
    "calibrate",
    "clean_header",
    "learned_hints",
    "map_columns",
]

_SIZE_FIELDS = frozenset({"memory_gb", "storage_gb", "storage_used_gb"})
_SUMMABLE = frozenset({"storage_gb", "storage_used_gb", "memory_gb", "cpu_cores"})


@dataclass
class Candidate:
    """One possible target of a column with its score and why."""

    target: str | None
    score: float
    reasons: list[str] = field(default_factory=list)
    pattern_id: int | None = None
    source: str = "name"
    # The best score of the column's own evidence (its header, its values, the tool),
    # before any learned pattern added to it: what the column says without teaching.
    own: float = 0.0

    def __post_init__(self) -> None:
        if not self.own and self.source not in {"pattern", "global"}:
            self.own = self.score


@dataclass
class ColumnMapping:
    """The decision for one source column.

    ``combine`` says how the column shares its target with others: ``None`` (alone),
    ``"sum"`` (numbered siblings added up), ``"fallback"`` (used when the primary
    column is empty), ``"per_socket"`` (multiplied by the ``per_socket_of`` column).
    ``transform`` changes the value: ``"invert"`` (IsPhysical), ``"split_os"`` and
    ``"split_make_model"`` (one value feeding ``target`` and the fields in ``also``),
    ``"last_segment"`` (a resource URL's name), ``"json_list"`` (a JSON array in a cell,
    read as its items).
    """

    source: str
    target: str | None
    confidence: float
    decision: str
    unit: str | None
    reasons: list[str]
    candidates: list[Candidate] = field(default_factory=list)
    pattern_id: int | None = None
    combine: str | None = None
    transform: str | None = None
    also: list[str] = field(default_factory=list)
    per_socket_of: str | None = None
    unit_column: str | None = None
    group: list[str] = field(default_factory=list)
    runner_up: str | None = None
    runner_up_column: str | None = None
    warnings: list[str] = field(default_factory=list)
    profile: ColumnProfile | None = None
    proposed: str | None = None
    raw_score: float = 0.0

    def to_json(self) -> dict[str, Any]:
        """The ``map --json`` shape of DESIGN.md."""
        return {
            "source": self.source,
            "target": self.target,
            "confidence": round(self.confidence, 4),
            "decision": self.decision,
            "unit": self.unit,
            "reasons": self.reasons,
        }

    def details(self) -> dict[str, Any]:
        """Everything behind the decision (combination, runner-up, profile), for review tools."""
        return {
            **self.to_json(),
            "combine": self.combine,
            "transform": self.transform,
            "also": self.also,
            "per_socket_of": self.per_socket_of,
            "unit_column": self.unit_column,
            "group": self.group,
            "runner_up": self.runner_up,
            "runner_up_column": self.runner_up_column,
            "proposed": self.proposed,
            "warnings": self.warnings,
            "profile": self.profile.to_json() if self.profile else None,
            "candidates": [
                {"target": c.target, "score": round(c.score, 4), "source": c.source}
                for c in self.candidates[:5]
            ],
        }


@dataclass
class MappingResult:
    """Mappings of every column of a file, in file order."""

    columns: list[ColumnMapping]
    tool: str | None = None
    notes: list[str] = field(default_factory=list)

    def applied(self) -> dict[str, ColumnMapping]:
        """Columns whose mapping is applied on import (decision ``auto``)."""
        return {c.source: c for c in self.columns if c.decision == "auto" and c.target}

    def to_json(self) -> dict[str, Any]:
        return {"columns": [c.to_json() for c in self.columns]}


@cache
def _field_kinds() -> dict[str, str]:
    return {f.name: f.kind for f in canonical_schema()}


@cache
def _fit_table() -> dict[str, Any]:
    return load_data("profiles.toml")


@cache
def _calibration() -> tuple[np.ndarray, np.ndarray]:
    data = load_data("mapping_calibration.toml")
    return np.asarray(data["raw"], dtype=float), np.asarray(data["calibrated"], dtype=float)


def calibrate(raw: float) -> float:
    """Raw evidence score → probability of being right (piecewise linear, monotone)."""
    xs, ys = _calibration()
    return float(np.interp(raw, xs, ys))


def _fit(target: str, profile: ColumnProfile | None) -> float:
    """How well the column's values fit the field's kind (1.0 = fits)."""
    if profile is None or profile.filled == 0:
        return 1.0
    table = _fit_table()["fit"]
    kind = _field_kinds().get(target, "text")
    per_kind = {**table.get(kind, {}), **_fit_table().get("field_fit", {}).get(target, {})}
    default = float(table["default"])
    for kind_name in _fit_table().get("foreign", {}).get("kinds", ()):
        per_kind.setdefault(kind_name, 0.2)  # no scalar field holds them unless it says so
    fit = sum(share * float(per_kind.get(k, default)) for k, share in profile.kinds.items())
    # A few stray values ("lots" among sizes) are reported per row at conversion;
    # they don't make a column whose majority fits a poor match.
    major = max(profile.kinds.items(), key=lambda kv: kv[1])
    if major[1] >= 0.6 and float(per_kind.get(major[0], default)) >= 0.9:
        fit = max(fit, 0.9)
    if kind == "size" and profile.unit in {"rate", "mhz", "ghz", "%"}:
        fit = min(fit, 0.2)
    if kind == "integer" and profile.unit in {"rate", "mhz", "ghz", "%"}:
        fit = min(fit, 0.2)
    if kind in {"integer", "text"} and _fractions(profile):
        # Fractions of one (0.0123, 0.2) are a usage: never a count, never a name.
        fit = min(fit, 0.2)
    if target == "asset_type" and profile.dominant == "hypervisor" and len(profile.examples) >= 2:
        # A "type" of qemu/lxc (VM or container) tells one class of asset from another.
        fit = max(fit, 0.7)
    uniq = _fit_table()["uniqueness"]
    if profile.filled >= int(uniq["min_values"]):
        if target in uniq["unique"] and profile.distinct_ratio < 0.5:
            fit *= 0.6
        elif target in uniq["repeating"] and profile.distinct_ratio >= 0.97:
            fit *= 0.75
    small = profile.median is not None and profile.median < 4
    if kind == "size" and small and not profile.unit and target != "memory_gb":
        fit = min(fit, 0.4)  # a bare column of 1s and 2s is a count of disks, not their size
    return fit


_CLASS_FIELDS = frozenset({"asset_type", "is_virtual"})
# Fields of which an asset has exactly one value: a column of lists can't hold them.
_ONE_PER_ASSET = frozenset({"asset_type", "asset_id"})
# Evidence read from the header alone: the lexicon's and the learned model's.
_HEADER_SOURCES = frozenset({"name", "model"})


def _constant(profile: ColumnProfile | None) -> bool:
    """One value repeated on every filled sampled row (at least ten of them)."""
    return profile is not None and profile.filled >= 10 and len(set(profile.examples)) == 1


def _names_a_machine(header: str, profile: ColumnProfile) -> bool:
    """A top-level header whose one value names a kind of machine (``Node``,
    ``AWS::EC2::Instance``, ``compute.googleapis.com/Instance``)."""
    return len(path_parts(header)) == 1 and _value_names_a_machine(profile)


def _value_names_a_machine(profile: ColumnProfile) -> bool:
    """The column's first value has a word naming a kind of machine (node, instance, VM)."""
    if not profile.examples:
        return False
    return bool(set(normalise_text(profile.examples[0]).split()) & _MACHINE_WORDS)


_MACHINE_WORDS = frozenset({"instance", "node", "vm", "server", "machine", "host"})


def _fractions(profile: ColumnProfile) -> bool:
    """Decimals no greater than one: a usage ratio (Proxmox ``cpu`` = 0.0123)."""
    return profile.dominant == "decimal" and profile.maximum is not None and profile.maximum <= 1.0


def _describe_contradiction(target: str, profile: ColumnProfile) -> str:
    return (
        f"values contradict the header: {profile.describe()} in a {target} column "
        "(e.g. " + ", ".join(repr(v) for v in profile.examples[:2]) + "); not applied automatically"
    )


def _pattern_candidates(
    header: str,
    matches: Sequence[PatternMatch],
    profile: ColumnProfile | None,
    siblings: frozenset[str] = frozenset(),
) -> tuple[Candidate | None, list[Candidate]]:
    """(exact taught candidate, similar-header candidates) from learned patterns.

    ``siblings``: the other headers of the file (normalised). A pattern taught on one
    of them is that column's, not a hint for its neighbours: teaching
    ``inventory.site_city`` says nothing about ``inventory.site_country`` beside it.
    """
    exact: Candidate | None = None
    similar: list[Candidate] = []
    key = normalise_text(header)
    for match in matches:
        p = match.pattern
        if p.key != key and p.key in siblings:
            continue
        # The pattern's Beta posterior mean: confirmations raise it, corrections and
        # later overrides lower it (tools.scoring keeps it up to date).
        reliability = p.score
        answer = p.answer or "unmapped"
        if p.scope == "global":
            # The opt-in global pool: other tenants' agreement, consulted at lower weight,
            # so on its own it can only suggest, never auto-apply.
            if match.similarity >= 0.6 and p.answer is not None:
                similar.append(
                    Candidate(
                        p.answer,
                        0.6 + 0.25 * pattern_confidence(p, match.similarity),
                        [
                            f"learned by other tenants (global pool): {p.text!r} → {answer} "
                            f"(similarity {match.similarity:.2f}, weight {p.weight:.1f})"
                        ],
                        p.pattern_id,
                        "global",
                    )
                )
            continue
        if p.key == key:
            if (other := _values_unlike_taught(p.details, profile)) is not None:
                # Taught on other values: ``name`` = asset_id over service names
                # (ns3012345.ip-...) says little about a ``name`` of short host names.
                if p.answer is not None:
                    similar.append(
                        Candidate(
                            p.answer,
                            0.45 + 0.3 * reliability,
                            [
                                f"learned: {p.text!r} was taught as {answer} on {other}: "
                                "a hint, not a rule"
                            ],
                            p.pattern_id,
                            "pattern",
                        )
                    )
                continue
            if exact is None:
                exact = Candidate(
                    p.answer,
                    0.97 + 0.029 * reliability,
                    [
                        f"learned: {p.text!r} was taught as {answer} "
                        f"({p.confirmations} confirmations, {p.corrections} corrections)"
                    ],
                    p.pattern_id,
                    "pattern",
                )
        elif (
            match.similarity >= 0.6
            and p.answer is not None
            and not _other_property_of_an_object(header, p.text)
        ):
            score = 0.45 + 0.5 * match.similarity * reliability
            similar.append(
                Candidate(
                    p.answer,
                    score,
                    [
                        f"learned: similar to taught header {p.text!r} → {answer} "
                        f"(similarity {match.similarity:.2f})"
                    ],
                    p.pattern_id,
                    "pattern",
                )
            )
    return exact, similar


def _values_unlike_taught(taught: Mapping[str, Any], profile: ColumnProfile | None) -> str | None:
    """What the taught values were, when this column's values identify in another way
    (FQDNs taught, short host names now); None when they agree or can't be told."""
    before = taught.get("dominant") if taught else None
    if profile is None or not profile.filled or not before or before == profile.dominant:
        return None
    identity = _fit_table()["identity_kinds"]
    if before not in identity or profile.dominant not in identity:
        return None
    if profile.kinds.get(before, 0.0) >= 0.2:
        return None
    return f"{describe_kind(before)}, and these are {describe_kind(profile.dominant)}"


def _other_property_of_an_object(header: str, taught: str) -> bool:
    """``ansible_default_ipv4.alias`` beside a taught ``ansible_default_ipv4.network``:
    two properties of one object; sharing the object says nothing about the property."""
    a, b = path_parts(header), path_parts(taught)
    return len(a) >= 2 and len(b) >= 2 and header_key(a[-1]) != header_key(b[-1])


def _combined(a: float, b: float) -> float:
    """Two independent pieces of evidence for one field add up (noisy-or, damped)."""
    lo, hi = sorted((a, b))
    return hi + (1 - hi) * lo * 0.5


def _column_candidates(
    header: str,
    profile: ColumnProfile | None,
    tool: ToolHint | None,
    similar: list[Candidate],
    reading: str | None = None,
    numbered_sibling_filled: bool = False,
    model_readings: Sequence[ModelReading] = (),
) -> tuple[list[Candidate], list[str]]:
    """Ranked candidates of one column (raw scores) and warnings about its values.

    ``reading``: the header as its words are read (without the file's shared prefix).
    ``numbered_sibling_filled``: a column of the same numbered family (``Disk 3 size``
    beside a filled ``Disk 1 size``) has values, so this one being empty is no doubt
    about what the family holds.
    """
    warnings: list[str] = []
    merged: dict[str, Candidate] = {}

    def add(target: str, score: float, reason: str, source: str, pid: int | None = None) -> None:
        have = merged.get(target)
        if have is None:
            merged[target] = Candidate(target, score, [reason], pid, source)
            return
        if source not in {"pattern", "global"}:
            have.own = _combined(have.own, score)
        lo = min(have.score, score)
        have.score = _combined(have.score, score)
        have.reasons.append(reason)
        if pid is not None:
            have.pattern_id = pid
        if score > lo:
            have.source = source

    exact: set[str] = set()
    for ev in name_evidence(reading or header):
        add(ev.target, ev.score, ev.reason, "name")
        if ev.kind == "exact":
            exact.add(ev.target)
    if tool is not None:
        target = tool.target_for(header)
        if target:
            add(target, 0.96, f"{tool.name} export: {header!r} is its {target} column", "tool")
    for cand in similar:
        if cand.target:
            add(cand.target, cand.score, cand.reasons[0], cand.source, cand.pattern_id)
    weigh = load_data("mapping_model.toml")["evidence"]
    # A spelling the lexicon knows exactly is the lexicon's: the model only guesses it.
    for mr in () if exact else model_readings:
        # A reading of "no field" is not used against the other evidence: damping the
        # other candidates by it cost 1-2 points of strict leave-one-tool-out.
        if mr.target is None or mr.probability < float(weigh["min_probability"]):
            continue
        like = f"; like {mr.nearest.header!r} of {mr.nearest.tool}" if mr.nearest else ""
        # The profile already weighs the values: credit the model for what the header adds.
        add(
            mr.target,
            float(weigh["scale"]) * mr.header_lift,
            f"the header model reads it as {mr.target} (p={mr.probability:.2f}{like})",
            "model",
        )
    if profile is not None and profile.filled:
        distinctive = _fit_table()["distinctive"]
        spec = distinctive.get(profile.dominant)
        share = profile.kinds.get(profile.dominant, 0.0)
        if (
            spec
            and spec[0] in _fit_table()["uniqueness"]["unique"]
            and (
                profile.filled < int(_fit_table()["uniqueness"]["min_values"])
                or profile.distinct_ratio < 0.97
            )
        ):
            spec = None  # an identifier shared by many rows identifies something else
        _date_cues(header if reading is None else reading, profile, add)
        if profile.dominant == "ip_list":
            share = profile.share("ipv4", "ip_list", "ipv6")
        if spec and share >= 0.8 and not _names_a_grouping(reading or header):
            target, base = spec[0], float(spec[1])
            if profile.filled >= 10 and len(set(profile.examples)) == 1:
                # One value repeated on every row ("Checkpoint type" = Production) is one
                # observation, not a vocabulary: weak evidence, with or without the header.
                base *= 0.75
            _transfer_to_kin(merged, target, profile, add)
            if (
                share >= 0.9
                and target not in _fit_table()["uniqueness"]["unique"]
                and (is_generic_header(reading or header) or is_opaque_header(header))
            ):
                # "Name0" over processor names: the header only says "a name", the
                # values say which. (Identifiers and names are left to the header:
                # a "Name" of FQDNs is still the host name.) An opaque header
                # (``Custom3``, ``data.field_15.value``) says even less.
                base = max(base, float(_fit_table()["generic_header_values"]))
            penalty, about = 1.0, ""
            if target in _fit_table().get("negatives_over_values", ()):
                # "default_ipv4.gateway": IP addresses, but the gateway's.
                penalty, about = metric_penalty(reading or header, target)
            add(
                target,
                base * share * penalty,
                f"values are {profile.describe()}" + (f"; {about}" if penalty < 1.0 else ""),
                "profile",
            )
        if profile.unknown_units:
            warnings.append(
                f"unknown unit(s) {', '.join(profile.unknown_units)} in the values: "
                "such values are kept raw, not guessed"
            )
    for cand in merged.values():
        assert cand.target is not None
        if cand.target in _ONE_PER_ASSET and profile is not None and profile.list_share >= 0.3:
            # "base;windows-base;ad-dc", "vol-1;subnet-2": several values per asset are
            # the asset's roles or related objects, not its one class or identifier.
            cand.score *= 0.5
            cand.reasons.append(
                f"{round(100 * profile.list_share)}% of its values are lists: several per"
                f" asset, not its one {cand.target}"
            )
            continue
        if (
            cand.target in _CLASS_FIELDS
            and _constant(profile)
            and cand.source in _HEADER_SOURCES
            # "IsPhysical" = N on every row still says each asset is virtual, and a
            # "SystemType" of Physical on every row that each one is physical.
            and not (
                cand.target == "is_virtual"
                and profile is not None
                and (
                    (cand.target in exact and profile.dominant == "boolean")
                    # "Virtualization" = vmware on every row: each one a guest of it.
                    or (cand.target in exact and profile.dominant == "hypervisor")
                    # (a "type" of VM on every row names the class: asset_type below)
                    or (profile.dominant == "virtuality" and not _value_names_a_machine(profile))
                )
            )
            # "type" = server on every row still names each asset's class, and so does
            # a record's own type naming a machine (``kind`` = Node, ``resourceType`` =
            # AWS::EC2::Instance): the export lists one class of asset.
            and not (
                cand.target == "asset_type"
                and cand.target in exact
                and profile is not None
                and (profile.dominant == "asset_class" or _names_a_machine(header, profile))
            )
        ):
            # "kind" = compute#instance on every row: a record type, not a class that
            # tells one asset from another.
            cand.score *= 0.3
            cand.reasons.append("one value on every row: it tells no asset from another")
            continue
        needs = _fit_table().get("loose_needs_values", {}).get(cand.target)
        if (
            needs
            and cand.target not in exact
            and cand.source in _HEADER_SOURCES
            and profile is not None
            and profile.filled
            and profile.share(*needs) < 0.5
        ):
            # "Onboarding Status", "AssociationStatus": a header that only contains the
            # word needs values of the field's own vocabulary to be read as it.
            cand.score *= 0.6
            cand.reasons.append(
                f"the header only contains a word of {cand.target} and the values are"
                f" {profile.describe()}"
            )
        if _constant(profile) and cand.target not in exact:
            # One value on every row is one observation: a loosely named constant column
            # gives way to a rival whose values vary ("hastate" = started beside "status").
            cand.score *= 0.85
            cand.reasons.append("one value on every row: weak evidence")
        if profile is not None and profile.total and not profile.filled:
            empty = _fit_table()["empty"]
            if (
                profile.total >= int(empty["min_rows"])
                and cand.source in _HEADER_SOURCES
                and not numbered_sibling_filled
            ):
                cand.score *= float(empty["factor"])
                cand.reasons.append(
                    f"the column is empty on all {profile.total} sampled rows: "
                    "its header alone is not enough to map it"
                )
                continue
            # An empty column proves nothing: a filled rival with the same name wins,
            # and a header that only partly names the field is not enough on its own.
            cand.score *= (
                0.92 if cand.target in exact or cand.source not in _HEADER_SOURCES else 0.75
            )
            cand.reasons.append("the column is empty in the sample")
            continue
        fit = _fit(cand.target, profile)
        if fit >= 0.9 or profile is None:
            continue
        foreign = _fit_table().get("foreign", {})
        if (profile.dominant in foreign.get("kinds", ()) or _fractions(profile)) and fit < 0.5:
            # Object lists, time zones, health readings: no scalar field holds them.
            cand.score *= float(foreign.get("factor", 0.35))
            cand.reasons.append(f"values are {profile.describe()}, not {cand.target}")
            continue
        if fit <= 0.3 and cand.score >= 0.8:
            cand.reasons.append(_describe_contradiction(cand.target, profile))
            cand.score = min(cand.score, 0.7)
            cand.source = "contradicted"
        else:
            cand.score *= 0.4 + 0.6 * fit
            cand.reasons.append(f"values fit {cand.target} only partly ({profile.describe()})")
    _repeating_names_as_host(merged, profile)
    ranked = sorted(merged.values(), key=lambda c: -c.score)
    return ranked, warnings


def _names_a_grouping(header: str) -> bool:
    """A header naming a group, a tag or a folder (``Host Group``, ``Custom Tags``): its
    values name groups of assets ("Production Servers"), not a field of each one."""
    return bool(_last_segment_words(header) & _grouping_words())


@cache
def _grouping_words() -> frozenset[str]:
    return frozenset(_fit_table().get("grouping_words", ()))


def _last_segment_words(header: str) -> set[str]:
    """The words of a path header's last segment (``Custom Tags``, ``a.hostGroupName``)."""
    parts = path_parts(header)
    return set(header_words(parts[-1] if parts else header).split())


def _date_cues(header: str, profile: ColumnProfile, add: Any) -> None:
    """A column of dates whose header has a creation word is the install date.

    ``CreationTime``, ``DateBuilt``, ``provisionedAt``, ``whenCreated``: the word's
    stem says when the asset came to be, the values say it is a date. Cues are in
    ``profiles.toml`` ``[date_cues]``; they count only over a column of dates.
    """
    if profile.share("date") < 0.6:
        return
    words = normalise_text(header).split()
    for target, stems in _fit_table().get("date_cues", {}).items():
        hit = next((w for w in words for s in stems if w.startswith(s)), None)
        if hit:
            # ``image.created`` is when the image was built, not the machine.
            penalty, about = metric_penalty(header, target)
            add(
                target,
                0.8 * penalty,
                f"dates under a header with {hit!r}: read as {target}"
                + (f"; {about}" if penalty < 1.0 else ""),
                "name",
            )


def _repeating_names_as_host(merged: dict[str, Candidate], profile: ColumnProfile | None) -> None:
    """A name column whose names repeat across rows may name the host that runs them.

    In a VM export, ``ComputerName`` (Hyper-V) or ``Server`` beside the VM's own name
    holds the hypervisor host: few distinct host names over many rows. It becomes the
    column's next candidate, a little below its hostname reading, so it is taken only
    when another column is the better hostname.
    """
    name = merged.get("hostname")
    uniq = _fit_table()["uniqueness"]
    if (
        name is None
        or profile is None
        or profile.filled < int(uniq["min_values"])
        or profile.distinct_ratio >= 0.5
        or profile.dominant not in {"hostname", "fqdn", "word"}
    ):
        return
    score = name.score * 0.97
    have = merged.get("virtualization_host")
    if have is None or have.score < score:
        merged["virtualization_host"] = Candidate(
            "virtualization_host",
            score,
            [
                f"names repeat across rows ({profile.distinct_ratio:.0%} distinct): "
                "the host that runs the assets, if another column names the assets"
            ],
            None,
            "name",
        )


def _transfer_to_kin(
    merged: dict[str, Candidate], target: str, profile: ColumnProfile, add: Any
) -> None:
    """Header evidence for a field passes to its kin when the values say so.

    Exports use one word for neighbouring fields: a "Status" of running/stopped is
    the power state, a "Service level" of Production/QA the environment, a "Type" of
    virtual/physical says is_virtual. When the header names a field (``from``) whose
    values don't fit it and the values identify its kin (``to``, ``profiles.toml``
    ``[kin]``), the kin gets most of the header's weight.
    """
    kin = _fit_table().get("kin", {})
    factor = float(kin.get("factor", 0.92))
    for source, dest in kin.get("pairs", []):
        have = merged.get(source)
        if dest != target or have is None or have.source not in {*_HEADER_SOURCES, "tool"}:
            continue
        if _fit(source, profile) >= 0.6 or _fit(dest, profile) < 0.9:
            continue
        add(
            dest,
            have.score * factor,
            f"the header names {source}, but its values are {profile.describe()}: read as {dest}",
            "name",
        )


def _assign(
    headers: Sequence[str],
    per_column: list[list[Candidate]],
    forced: dict[int, Candidate],
    cold: Mapping[int, str] | None = None,
) -> tuple[dict[int, Candidate | None], dict[int, tuple[str, int]], dict[int, list[str]]]:
    """One-to-one assignment with the exceptions the evidence allows.

    ``cold``: each column's field when nothing was taught. Returns the chosen
    candidate per column, the combination role of columns that share a target
    (``("sum"|"fallback", winner)``), and the notes of losers.
    """
    cold = cold or {}
    assigned: dict[int, Candidate | None] = dict(forced)
    owner: dict[str, int] = {}
    roles: dict[int, tuple[str, int]] = {}
    lost: dict[int, list[str]] = {}
    for i, cand in forced.items():
        if cand.target and cand.target not in owner:
            owner[cand.target] = i
    for i, cand in sorted(forced.items()):
        if cand.target and owner[cand.target] != i:
            same = header_key(headers[i]) == header_key(headers[owner[cand.target]])
            roles[i] = (
                "sum" if same and cand.target in _SUMMABLE else "fallback",
                owner[cand.target],
            )
    offers = sorted(
        (
            (c.score, i, rank, c)
            for i, ranked in enumerate(per_column)
            if i not in forced
            for rank, c in enumerate(ranked)
        ),
        key=lambda t: (-t[0], t[2], t[1]),
    )
    for score, i, rank, cand in offers:
        if i in assigned or cand.target is None:
            continue
        if cand.target not in owner:
            owner[cand.target] = i
            assigned[i] = cand
            continue
        w = owner[cand.target]
        winner = assigned[w]
        win_score = winner.score if winner else 0.0
        if (
            cand.target in _SUMMABLE
            and header_key(headers[i]) == header_key(headers[w])
            and headers[i] != headers[w]
        ):
            roles[i] = ("sum", w)
            assigned[i] = cand
            continue
        # A correction taught on one column must not push a column that was right on
        # its own evidence off the field: teaching "Cert name" = hostname leaves "Name"
        # = hostname as its fallback, not a new mistake to correct.
        own_best = (
            w in forced
            and winner is not None
            and winner.source == "pattern"
            and rank == 0
            and (cand.own >= 0.7 or cold.get(i) == cand.target)
        )
        if (
            (
                (score >= 0.6 and (own_best or score >= win_score - 0.15))
                # "os_short" beside "os": the short form backs up the long one.
                or (score >= 0.5 and format_variants(headers[i], headers[w]))
                or (score >= 0.5 and _leaf(headers[i]) and _leaf(headers[i]) == _leaf(headers[w]))
            )
            and (own_best or _alike(headers[i], headers[w], score, win_score, cand.target))
            # "Model No." beside "Model": the number of the thing the other column names.
            and not _number_beside_name(headers[i], headers[w])
            # Resembling the header a pattern was taught on is no reason to back it up:
            # "AppTier" beside a taught "AppType" is another column.
            and not (
                not own_best
                and cand.pattern_id is not None
                and winner is not None
                and cand.pattern_id == winner.pattern_id
            )
            # An ambiguous count ("CPU count": cores or sockets) takes its other
            # meaning when that is free, rather than backing up the winner: two
            # count columns are rarely copies of one another (two name columns are).
            and not (
                (_field_kinds().get(cand.target) == "integer" or cand.target in _complementary())
                and any(
                    c.target not in owner and c.target is not None and c.score >= 0.75
                    for c in per_column[i]
                    if c is not cand
                )
            )
        ):
            roles[i] = ("fallback", w)
            assigned[i] = cand
        else:
            lost.setdefault(i, []).append(
                f"{_went_to(cand.target, headers[w])} ({win_score:.2f} against {score:.2f})"
            )
    return assigned, roles, lost


def _went_to(target: str | None, winner: str) -> str:
    """The note of a column that lost ``target`` to the column headed ``winner``."""
    return f"{target} went to column {winner!r}"


_NUMBER_WORDS = frozenset({"no", "no.", "nr", "nr.", "num", "number", "#", "code"})


def _number_beside_name(loser: str, winner: str) -> bool:
    """``Model No.`` beside ``Model``: a catalogue number, not a second copy of the name."""
    a = _spaced(loser).replace("#", " # ").split()
    b = _spaced(winner).split()
    return len(a) == len(b) + 1 and a[: len(b)] == b and a[-1] in _NUMBER_WORDS


def _leaf(header: str) -> str | None:
    """Depth and last segment of a path header ("2:name" for ``spec.name``)."""
    parts = path_parts(header)
    return f"{len(parts)}:{header_key(parts[-1])}" if len(parts) >= 2 else None


@cache
def _complementary() -> frozenset[str]:
    """Fields that several columns of one export describe together (synonyms.toml)."""
    return frozenset(load_data("synonyms.toml").get("competing", {}).get("complementary", []))


@cache
def _strong_twins() -> frozenset[str]:
    """Identity fields two known names back up together (synonyms.toml)."""
    return frozenset(load_data("synonyms.toml").get("competing", {}).get("strong_twins", []))


def _alike(a: str, b: str, score: float, win_score: float, target: str | None) -> bool:
    """Two columns that may back each other up for one field.

    Headers sharing most words (``OS (config)``/``OS (tools)``), the same leaf in two
    branches of one record (``spec.name``/``status.name``), or two strong names of one
    size (``MemoryAssigned``/``MemoryStartup``: a running VM's memory and the memory it
    starts with, one filling the other's gaps).
    """
    if similar_headers(a, b) >= 0.5 or format_variants(a, b):
        return True
    if target in _complementary() and min(score, win_score) >= 0.9:
        # ``comment`` beside ``description``, ``City`` beside ``Location``: both known
        # names of a descriptive field, one fills the other's gaps.
        return True
    leaf = _leaf(a)
    if leaf and leaf == _leaf(b):
        return True
    return target in _SIZE_FIELDS and min(score, win_score) >= 0.9


def _resolve_unit(
    header: str, target: str, profile: ColumnProfile | None, tool: ToolHint | None
) -> tuple[str | None, list[str], list[str]]:
    """(unit, reasons, warnings) for a size column."""
    declared = profile.unit if profile is not None and profile.unit_source == "header" else None
    if profile is None:
        declared = header_unit(header)
    if declared and size_factor(declared) is not None:
        return declared, [f"unit {declared.upper()} from the header, converted to GB"], []
    if tool is not None and (unit := tool.unit_for(header)):
        return unit, [f"{tool.name} reports {header!r} in {unit.upper()}, converted to GB"], []
    if profile is not None and profile.value_units:
        return (
            profile.unit,
            [
                "units are written in the values ("
                + ", ".join(profile.value_units)
                + "), converted to GB"
            ],
            [],
        )
    if profile is None or profile.median is None:
        return None, [], ["no unit in the header and no values to judge: sizes taken as GB"]
    limit = 256 if target == "memory_gb" else 100_000
    # Bytes: 1e8 MB of memory (95 TB) or 1e9 MB of disk (a petabyte) per asset is not
    # a size anyone has; APIs (Hyper-V, Nutanix, Proxmox) report bytes.
    # Between MB and bytes, KB: 1e6 MB of memory (a terabyte) as a median is as rare
    # as a 1e8 MB (95 TB) disk, while 16 GB in KB is 16,777,216 (SCCM's memory).
    in_bytes, in_kb = (1e8, 1e6) if target == "memory_gb" else (1e9, 1e8)
    unit = (
        "bytes"
        if profile.median >= in_bytes
        else "kb"
        if profile.median >= in_kb
        else "mb"
        if profile.median >= limit
        else "gb"
    )
    return (
        unit,
        [],
        [
            f"no unit in the header: values (median {profile.median:g}) read as "
            f"{unit.upper()}; teach or confirm if that is wrong"
        ],
    )


def learned_hints(
    store: Store, tenant: str, headers: Sequence[str]
) -> dict[str, list[PatternMatch]]:
    """The tenant's nearest mapping patterns for each header (exact and similar), and the
    trusted global-pool ones at their lower weight when the tenant has none as close.

    Two headers of one file can normalise to one pattern key (NinjaOne's ``systemName``
    and the nested ``system.name``). A pattern taught from one of them, spelt exactly so,
    speaks for that header alone: the other is mapped on its own evidence, so teaching
    the nested copy "nothing" does not unmap the hostname beside it. A pattern pinned to
    one spelling (taught while both sat in one file) speaks for that header only, and
    over the key's pattern for every spelling.
    """
    hints = {
        h: _spoken_for(h, store.mapping_patterns.nearest(tenant, h, k=3, include_global=True))
        for h in headers
    }
    sharing: dict[str, list[str]] = {}
    for h in headers:
        sharing.setdefault(store.mapping_patterns.key_of(h), []).append(h)
    for key, spellings in sharing.items():
        if len(spellings) < 2:
            continue
        for h in spellings:
            hints[h] = [
                m
                for m in hints[h]
                if m.pattern.key != key or m.pattern.text == h or m.pattern.text not in spellings
            ]
    return hints


def _spoken_for(header: str, matches: list[PatternMatch]) -> list[PatternMatch]:
    """The matches that may speak for ``header``: no pattern pinned to another spelling,
    and no general pattern of a key whose pattern pinned to this spelling is present."""
    own = {m.pattern.key for m in matches if m.pattern.spelling == header}
    return [
        m
        for m in matches
        if (m.pattern.spelling == header) or (not m.pattern.pinned and m.pattern.key not in own)
    ]


def map_columns(
    headers: Sequence[str],
    *,
    thresholds: Thresholds,
    hints: Mapping[str, Sequence[PatternMatch]] | None = None,
    sample: Sequence[Sequence[str]] | None = None,
    profiles: Sequence[ColumnProfile | None] | None = None,
    sheet: str | None = None,
    header_model: HeaderModel | None = None,
    rerank: bool = True,
) -> MappingResult:
    """Map every header to a canonical field (or to nothing) and decide by threshold.

    Args:
        headers: the file's column headers, in order.
        thresholds: the tenant's ``field_mapping`` thresholds.
        hints: learned patterns near each header (``learned_hints``).
        sample: a few hundred data rows aligned to ``headers``; their values are
            profiled (value kinds, units). Without it only headers are judged.
        profiles: precomputed profiles (instead of ``sample``).
        sheet: the workbook sheet the table came from (helps recognise the tool).
        header_model: a learned header model to weigh as evidence (default: the
            bundled one when ``mapping_model.toml`` enables it, else none).
        rerank: let the reranker learned from blind runs have the last word
            (``tools/mapping_rerank.py``; on when mapping_model.toml enables it and the
            file is no recognised export); False gives the rules' own decisions.
    """
    if profiles is None:
        profiles = profile_table(headers, sample) if sample else [None] * len(headers)
    profs: list[ColumnProfile | None] = list(profiles)
    tool = detect_tool(headers, sheet)
    per_column: list[list[Candidate]] = []
    col_warnings: list[list[str]] = []
    forced: dict[int, Candidate] = {}
    prefix = _shared_prefix(headers)
    readings = [
        h[len(prefix) :] if prefix and h.startswith(prefix) and len(h) > len(prefix) else h
        for h in headers
    ]
    namespace = _shared_first_word(readings)
    if namespace:
        readings = [_without_first_word(r, namespace) for r in readings]
    filled_families = {
        header_key(h)
        for h, p in zip(headers, profs, strict=True)
        if _numbered(h) and p and p.filled
    }
    keys = frozenset(normalise_text(h) for h in headers)
    model = header_model if header_model is not None else mapping_model.enabled_model()
    model_readings = (
        model.read(zip(headers, profs, strict=True)) if model else [[] for _ in headers]
    )
    for i, header in enumerate(headers):
        exact, similar = _pattern_candidates(header, (hints or {}).get(header, ()), profs[i], keys)
        ranked, warnings = _column_candidates(
            header,
            profs[i],
            tool,
            similar,
            readings[i],
            numbered_sibling_filled=_numbered(header) and header_key(header) in filled_families,
            model_readings=model_readings[i],
        )
        if exact is not None:
            forced[i] = exact
            ranked = [exact, *[c for c in ranked if c.target != exact.target]]
        per_column.append(ranked)
        col_warnings.append(warnings)

    # What each column was without teaching: a correction on one column must not push
    # a column that was right on its own off its field.
    cold: dict[int, str] = {}
    untaught: MappingResult | None = None
    if forced:
        untaught = map_columns(
            headers,
            thresholds=thresholds,
            sample=sample,
            profiles=profs,
            sheet=sheet,
            header_model=model,
            rerank=rerank,
        )
        cold = {i: c.target for i, c in enumerate(untaught.columns) if c.target is not None}
    _per_socket_product_over_totals(headers, per_column, forced)
    _sockets_beside_per_unit_counts(headers, per_column, forced)
    _record_timestamps(readings, per_column, profs, forced)
    _warranty_end_as_end_of_life(readings, per_column, profs, forced)
    _public_beside_private_ip(per_column, sample, forced)
    _numbered_availability_zones(readings, per_column, profs, forced)
    _name_over_id_of_one_object(headers, per_column, forced)
    _constant_column_gives_way(per_column, profs, forced)
    _rejected_fields_need_strong_evidence(headers, per_column, forced)
    assigned, roles, lost = _assign(headers, per_column, forced, cold)
    _aliases_by_values(headers, per_column, assigned, roles, lost, sample, forced)
    _full_names_beside_short_names(headers, profs, assigned, roles, lost, sample, forced)
    _values_of_the_field_back_it_up(headers, profs, per_column, assigned, roles, lost, forced)
    kept = {
        c.target
        for c in assigned.values()
        if c is not None and calibrate(c.score) >= thresholds.suggest
    }
    _capacity_beside_usage(readings, assigned, lost, forced, sample)
    _lone_cpu_count_is_total(per_column, assigned, roles, forced, kept)
    _bare_version_needs_its_subject(readings, profs, assigned, lost, forced, kept)

    def decide_for(i: int, choice: Candidate | None, decision: str | None = None) -> ColumnMapping:
        return _decide(
            i,
            headers,
            per_column[i],
            choice,
            roles,
            lost,
            profs[i],
            tool,
            thresholds,
            col_warnings[i],
            decision,
        )

    columns = [decide_for(i, assigned.get(i)) for i in range(len(headers))]
    if untaught is not None:
        _untaught_columns_keep_their_reading(columns, untaught.columns, per_column, forced)
    _link_groups(columns, headers, roles, tool, thresholds)
    _link_unit_columns(columns)
    _report_rival_columns(columns)
    # A recognised export (its tool's hints matched) follows the conventions written for
    # that tool; the reranker is for the tools nobody wrote any for.
    reranker = mapping_rerank.enabled_reranker() if rerank and tool is None else None
    if reranker is not None and mapping_rerank.within_experience(profs):
        reader = model if model is not None else mapping_model.default_model()
        readings_for_rerank = reader.read(zip(headers, profs, strict=True), top=5)
        _rerank(columns, readings_for_rerank, reranker, forced, thresholds, decide_for, sample)
        if untaught is not None:
            # The reranker reads the whole file, taught columns included: a column nobody
            # corrected keeps the decision it had before the corrections.
            _untaught_columns_keep_their_reading(columns, untaught.columns, per_column, forced)
    notes = []
    if prefix:
        notes.append(f"every column starts with {prefix!r}: read without it")
    if namespace:
        notes.append(f"nearly every column starts with the word {namespace!r}: read without it")
    if tool is not None:
        notes.append(
            f"recognised a {tool.name} export ({len(tool.matched)} of its headers present)"
        )
    return MappingResult(columns, tool.key if tool else None, notes)


# Columns whose reading rests on more than their own evidence keep the rules' decision.
_NOT_RERANKED_COMBINES = frozenset({"sum", "per_socket"})


def column_facts(
    columns: Sequence[ColumnMapping],
    readings: Sequence[Sequence[ModelReading]],
    sample: Sequence[Sequence[str]] | None = None,
) -> list[mapping_rerank.ColumnFacts]:
    """What the rules decided for each column, as the reranker reads it."""
    agree = (
        mapping_rerank.agreements([c.target for c in columns], sample)
        if sample
        else [{} for _ in columns]
    )
    facts = []
    for c, rs, agreement in zip(columns, readings, agree, strict=True):
        p = c.profile
        facts.append(
            mapping_rerank.ColumnFacts(
                header=c.source,
                target=c.target,
                confidence=c.confidence,
                decision=c.decision,
                combine=c.combine,
                candidates=tuple((k.target, k.score, k.source, k.own) for k in c.candidates[:6]),
                kinds=dict(p.kinds) if p else {},
                dominant=p.dominant if p else "empty",
                fill=p.fill_ratio if p else 0.0,
                distinct=p.distinct_ratio if p else 0.0,
                list_share=p.list_share if p else 0.0,
                columns=len(columns),
                model=tuple((r.target, r.probability) for r in rs),
                agreement=agreement,
            )
        )
    return facts


def _rerank(
    columns: list[ColumnMapping],
    readings: Sequence[Sequence[ModelReading]],
    reranker: mapping_rerank.Reranker,
    forced: dict[int, Candidate],
    thresholds: Thresholds,
    decide_for: Callable[[int, Candidate, str], ColumnMapping],
    sample: Sequence[Sequence[str]] | None,
) -> None:
    """Let the reranker, trained on blind runs, have the last word on untaught columns.

    Its probability becomes the column's confidence (the rules' scores are overconfident
    on a new tool). A column it moves to a field another column holds becomes that
    column's fallback; one it moves to no field is kept in extra attributes.
    """
    scores = reranker.score(column_facts(columns, readings, sample))
    held = {
        i: column.target
        for i, (column, options) in enumerate(zip(columns, scores, strict=True))
        if (
            not options
            or i in forced
            or column.profile is None  # learned from columns with values, not headers alone
            or column.combine in _NOT_RERANKED_COMBINES
            or column.per_socket_of
            or any(k.source in {"pattern", "global"} for k in column.candidates)
        )
    }
    settings = load_data("mapping_model.toml")["reranker"]
    choices = mapping_rerank.settle(
        scores, held, frozenset(settings["shared_fields"]), float(settings["coverage"])
    )
    for i, (column, options, best) in enumerate(zip(columns, scores, choices, strict=True)):
        if best is None:
            continue
        fields = [o for o in options if o.target is not None]
        proposal = fields[0] if fields else None
        if best.target == column.target:
            if column.target is None:
                if proposal is not None:
                    column.confidence = proposal.probability
                continue
            column.confidence = best.probability
            choice = _candidate_for(column, best)
            column.decision = _rerank_decision(best.probability, choice, thresholds)
            if column.decision == "suggest" and best.probability < thresholds.suggest:
                column.reasons.append(_BELOW_SUGGEST.format(best.probability))
            if column.decision == "unmapped":
                column.reasons.append(
                    f"reranker: {column.target} is the likeliest field (p={best.probability:.2f}) "
                    "but too doubtful to offer; kept in extra attributes"
                )
                column.target = None
            continue
        before = column.target
        if best.target is None:
            _keep_in_extra(
                column,
                proposal,
                f"reranker: no field is likelier (p={best.probability:.2f}) than {before}"
                f" (p={next((o.probability for o in options if o.target == before), 0.0):.2f})"
                ", learned from the mapper's blind runs on tools it had never seen",
                "kept in extra attributes",
            )
            continue
        choice = _candidate_for(column, best)
        decision = _rerank_decision(best.probability, choice, thresholds)
        if decision == "unmapped":
            # Below the reject threshold even as the likeliest field: kept in extra, proposed.
            _keep_in_extra(
                column,
                best,
                f"reranker: {best.target} is the likeliest field (p={best.probability:.2f}) "
                "but too doubtful to offer; kept in extra attributes",
            )
            continue
        # The reranker's decision, not the rules' threshold (which may have rejected the field).
        mapping = decide_for(i, choice, decision)
        mapping.confidence = best.probability
        if mapping.decision == "suggest" and best.probability < thresholds.suggest:
            mapping.reasons.append(_BELOW_SUGGEST.format(best.probability))
        mapping.reasons.append(
            f"reranker: {best.target} (p={best.probability:.2f}) over the rules' "
            f"{before or 'no field'}, learned from the mapper's blind runs on tools it had never seen"
        )
        if any(o is not column and o.target == best.target for o in columns):
            mapping.combine = "fallback"
            mapping.reasons.append(f"fallback of the other column holding {best.target}")
        columns[i] = mapping
    _orphaned_fallbacks_stand_alone(columns)


def _orphaned_fallbacks_stand_alone(columns: Sequence[ColumnMapping]) -> None:
    """A fallback whose primary the reranker moved to another field (the ``hostname``
    column that holds FQDNs) is the field's only column now, not anyone's alias."""
    primaries = {c.target for c in columns if c.target is not None and c.combine != "fallback"}
    for column in columns:
        if column.combine != "fallback" or column.target is None:
            continue
        if column.target not in primaries:
            primaries.add(column.target)
            column.combine = None
            column.reasons.append(f"the first column left holding {column.target}")


def _candidate_for(column: ColumnMapping, option: mapping_rerank.OptionScore) -> Candidate:
    """The column's candidate for the reranker's field, or the header model's reading of it.

    A field no rule proposed is an option when the header model reads it: the reading is
    then the only evidence, and the decision is never more than a suggestion.
    """
    found = next((k for k in column.candidates if k.target == option.target), None)
    if found is not None:
        return found
    return Candidate(
        option.target,
        option.probability,
        [f"the header model reads {column.source!r} as {option.target}"],
        source="model",
    )


def _keep_in_extra(
    column: ColumnMapping, proposed: mapping_rerank.OptionScore | None, *reasons: str
) -> None:
    """The reranker keeps a column in extra attributes, proposing its likeliest field."""
    column.target = None
    column.decision = "unmapped"
    column.combine = None
    column.group = []
    column.confidence = proposed.probability if proposed else 0.0
    column.proposed = proposed.target if proposed else None
    column.reasons.extend(reasons)


_BELOW_SUGGEST = (
    "offered for review below the suggest threshold: the likeliest reading of this column "
    "(p={:.2f}), more probable than no field"
)


def _rerank_decision(probability: float, choice: Candidate, thresholds: Thresholds) -> str:
    """Auto, suggest or unmapped for the reranker's likeliest field of a column.

    Its field is always more probable than every other reading, "no field" included, so
    between the reject and the suggest threshold it is still offered for review rather
    than dropped: a person sees the best guess, never a silent gap.
    """
    if probability < thresholds.reject:
        return "unmapped"
    decision = thresholds.decide(probability)
    if decision == "unmapped":
        return "suggest"
    if choice.source in {"contradicted", "global", "model"} and decision == "auto":
        # Values against the header, other tenants' word, or no rule behind the field.
        return "suggest"
    return decision


def _numbered(header: str) -> bool:
    """``Disk 3 size``: one of a numbered family of columns."""
    return any(w.isdigit() for w in header_words(header).split())


def _put_first(
    per_column: list[list[Candidate]], i: int, target: str, score: float, reason: str
) -> None:
    """Make ``target`` column ``i``'s first candidate, replacing its earlier reading."""
    ranked = [c for c in per_column[i] if c.target != target]
    per_column[i] = [Candidate(target, score, [reason], None, "name"), *ranked]


def _demote(ranked: list[Candidate], target: str, factor: float, reason: str) -> None:
    """Scale a column's candidates for ``target`` by ``factor``, say why, and re-rank."""
    for cand in ranked:
        if cand.target == target:
            cand.score *= factor
            cand.reasons.append(reason)
    ranked.sort(key=lambda c: -c.score)


_RECORD_CREATED = re.compile(
    r"^(?:created|creation|create|date created)(?: (?:at|on|date|time|timestamp))?$"
)
_OBSERVER = re.compile(
    r"\b(?:last|first) (?:seen|contact|contacted|report|reported|check in|checkin|checked in|"
    r"heartbeat|sync|synced|scan|scanned|disconnect|disconnected|connected|communication|"
    r"keep alive|keepalive)\b|\bagent (?:version|id|uuid)\b"
)


def _leaf_text(text: str) -> str:
    """The last dotted segment of a spaced header (``meta data.created at`` → ``created at``)."""
    return text.rsplit(".", 1)[-1].strip()


_RECORD_UPDATED = re.compile(
    r"^(?:last )?(?:updated|modified|changed)(?: (?:at|on|date|time|timestamp))?$"
    r"|^(?:last|date) (?:updated|modified|changed)$"
)


def _spaced(header: str) -> str:
    return " ".join(re.sub(r"([a-z])([A-Z])", r"\1 \2", header).replace("_", " ").lower().split())


def _record_timestamps(
    readings: Sequence[str],
    per_column: list[list[Candidate]],
    profs: Sequence[ColumnProfile | None],
    forced: dict[int, Candidate],
) -> None:
    """``Created At`` beside ``Updated At``: the inventory record's own timestamps.

    Web-based inventories (Snipe-IT, NetBox, Rails/Laravel/Django apps) stamp every
    record with when it was created and last updated in the tool. A creation date
    that comes with an update date of the same shape dates the record, not the
    machine: it is no install date (a purchase or install column takes the field).
    So does any creation stamp of an observer's export (an agent, scanner or monitor
    that says when it last heard from each asset: NinjaOne, Datto, Automox, Tenable),
    while a cloud provider's own export (its instance sizes) dates the instance.
    """
    spaced = [_spaced(h) for h in readings]
    # An agent, scanner or monitor says when it last heard from the asset: its records
    # are created when the asset first reported, not when the machine was built.
    observer = any(_OBSERVER.search(t) for t in spaced)
    if not observer and any(p is not None and p.dominant in _CLOUD_KINDS for p in profs):
        # A cloud provider's own export (instance sizes): the record is the instance,
        # created when the machine was.
        return

    def suffix(text: str) -> str:
        return text.rsplit(" ", 1)[-1] if " " in text else ""

    updated = {suffix(t) for t in spaced if _RECORD_UPDATED.match(t)}
    for i, text in enumerate(spaced):
        if i in forced or not _RECORD_CREATED.match(_leaf_text(text)):
            continue
        if observer:
            _demote(
                per_column[i],
                "install_date",
                0.3,
                "the export says when the tool last heard from each asset: the record's "
                "creation is when the asset first reported, not its install date",
            )
            continue
        # A bare "created" beside a bare "modified" (HPE OneView, REST resources).
        if not suffix(text) and "" not in updated:
            continue
        # "created at" is the ORM's record stamp (Rails/Laravel ``created_at``) beside
        # an "updated at", or beside a purchase or install date (Snipe-IT). Alone, a
        # cloud API's ``created_at`` (IBM Cloud) is when the machine was created.
        rival = any(
            ranked and ranked[0].target == "install_date" and ranked[0].score >= 0.7
            for j, ranked in enumerate(per_column)
            if j != i
        )
        if suffix(text) not in updated and not (text.endswith(" at") and rival):
            continue
        _demote(
            per_column[i],
            "install_date",
            0.3,
            "beside an update timestamp of the same shape: the record's creation "
            "in the tool, not the machine's install date",
        )


# Value kinds only a cloud provider's own export holds: its instance sizes (zones are not:
# scanners and agents report the zone of the instances they watch).
_CLOUD_KINDS = frozenset({"instance_size"})

_WARRANTY = re.compile(r"\b(?:warrant\w*|guarantee\w*|support|maintenance|contract)\b")
_END = re.compile(r"\b(?:end\w*|expir\w*|until|ends|to)\b")
_DATE_WORD = re.compile(r"\bdate\b")
_START = re.compile(r"\b(?:start\w*|begin\w*|purchas\w*|from)\b")


def _warranty_end_as_end_of_life(
    readings: Sequence[str],
    per_column: list[list[Candidate]],
    profs: Sequence[ColumnProfile | None],
    forced: dict[int, Candidate],
) -> None:
    """The end of warranty or support is the end of life when no EOL column exists.

    A consultant plans against the date the vendor stops supporting the box; a file
    with its own end-of-life column keeps that one, and a warranty column stays in
    ``extra``. Only a column of dates qualifies (``Warranty`` = 36 months does not).
    """
    warranty_ends = [
        i
        for i, words in enumerate(map(_spaced, readings))
        if _WARRANTY.search(words)
        and (
            _END.search(words)
            # Datto's ``warrantyDate``: the one date of a warranty is when it ends.
            or (_DATE_WORD.search(words) and not _START.search(words))
        )
    ]
    for i in warranty_ends:
        if i not in forced and per_column[i] and per_column[i][0].source == "model":
            # The header model learned "warranty end → end of life" from files where
            # this rule applied; whether it applies here is this rule's to say.
            _demote(
                per_column[i],
                "end_of_life_date",
                0.5,
                "a warranty end is the end of life only when the file has no EOL column",
            )
    if any(
        c.target == "end_of_life_date" and c.score >= 0.8 and c.source in {*_HEADER_SOURCES, "tool"}
        for i, ranked in enumerate(per_column)
        if i not in warranty_ends
        for c in ranked[:1]
    ):
        return
    for i in warranty_ends:
        prof = profs[i]
        if i in forced or prof is None or prof.share("date") < 0.6:
            continue
        _put_first(
            per_column,
            i,
            "end_of_life_date",
            0.9,
            f"dates under {readings[i]!r}: the end of warranty or support, the end of "
            "life as no end-of-life column exists",
        )


def _public_beside_private_ip(
    per_column: list[list[Candidate]],
    sample: Sequence[Sequence[str]] | None,
    forced: dict[int, Candidate],
) -> None:
    """A column of public addresses beside one of private addresses is not the IP.

    Cloud exports list the NAT or elastic address next to the private one; the
    private (RFC 1918) address is the one the estate uses, the public one stays in
    ``extra``.
    """
    if not sample:
        return

    def private_share(i: int) -> float | None:
        seen = priv = 0
        for row in sample[:200]:
            value = row[i].strip().split("/")[0] if i < len(row) else ""
            try:
                addr = ipaddress.ip_address(value)
            except ValueError:
                continue
            seen += 1
            priv += addr.is_private
        return priv / seen if seen >= 5 else None

    shares = {
        i: private_share(i)
        for i, ranked in enumerate(per_column)
        if any(c.target == "ip_address" for c in ranked[:2])
    }
    if not any(v is not None and v >= 0.8 for v in shares.values()):
        return
    for i, share in shares.items():
        if i in forced or share is None or share > 0.2:
            continue
        _demote(
            per_column[i],
            "ip_address",
            0.3,
            "public addresses beside a column of private ones: the private one is "
            "the asset's address",
        )


_ZONE_HEADER = re.compile(r"^(?:availability )?zones?$")


def _numbered_availability_zones(
    readings: Sequence[str],
    per_column: list[list[Candidate]],
    profs: Sequence[ColumnProfile | None],
    forced: dict[int, Candidate],
) -> None:
    """A ``zone`` column of 1, 2, 3 is a cloud availability zone: the datacenter.

    Azure numbers the zones of a region (``zones`` = 1/2/3); a network zone has a
    name. Only the bare header qualifies (``Network zone`` = 1 stays a network zone).
    """
    for i, reading in enumerate(readings):
        prof = profs[i]
        if (
            i in forced
            or prof is None
            or prof.filled < 5
            or not _ZONE_HEADER.match(_spaced(re.split(r"[./]", reading)[-1]))
        ):
            continue
        if prof.dominant != "integer" or prof.maximum is None:
            continue
        if prof.maximum > 3:
            # ``zone`` = 100, 130: VLAN numbers, the network zone (a bare "zone" is
            # otherwise read as an availability zone first).
            _demote(per_column[i], "datacenter", 0.5, "zone numbers above 3 are network numbers")
            continue
        best = per_column[i][0].score if per_column[i] else 0.9
        reason = f"zone numbers ({', '.join(prof.examples)}): a cloud availability zone"
        _put_first(per_column, i, "datacenter", max(best, 0.9), reason)


def _constant_column_gives_way(
    per_column: list[list[Candidate]],
    profs: Sequence[ColumnProfile | None],
    forced: dict[int, Candidate],
) -> None:
    """A column with one value on every row yields its field to a rival whose values vary.

    Lenovo XClarity's ``model`` is ``CTO1WW`` on every server, ``productName`` says
    ThinkSystem SR650: one value tells no asset from another, so the well-named varying
    column is the one to plan with; the constant one keeps the field as a candidate.
    """
    for i, ranked in enumerate(per_column):
        if i in forced or not ranked or not _constant(profs[i]):
            continue
        top = ranked[0]
        # Descriptive fields take both columns anyway (the second as the fallback).
        if top.target is None or top.score < 0.8 or top.target in _complementary():
            continue
        rival = any(
            j != i
            and (prof := profs[j]) is not None
            and prof.filled >= 10
            and not _constant(prof)
            and any(c.target == top.target and c.score >= 0.8 for c in other)
            for j, other in enumerate(per_column)
        )
        if rival:
            _demote(
                ranked,
                top.target,
                0.8,
                "one value on every row: a column whose values vary holds it better",
            )


_OBJECT_ID = re.compile(r"^(?P<parent>.+?)[._/](?:id|uuid|ref|href)$", re.IGNORECASE)


def _name_over_id_of_one_object(
    headers: Sequence[str], per_column: list[list[Candidate]], forced: dict[int, Candidate]
) -> None:
    """``vpc.id`` beside ``vpc.name``: one object twice; its name is what people plan with.

    A JSON export gives the id and the name of each referenced object (IBM Cloud's
    ``vpc``, ``zone``, ``subnet``). When both read as the same field (other than the
    asset's own id), the name takes the id's evidence and the id keeps half of it.
    """
    position = {h.lower(): i for i, h in enumerate(headers)}
    for i, header in enumerate(headers):
        match = _OBJECT_ID.match(header)
        if not match or i in forced or not per_column[i]:
            continue
        parent = match.group("parent")
        j = position.get(f"{parent}.name".lower(), position.get(f"{parent}_name".lower()))
        if j is None or j in forced:
            continue
        top = per_column[i][0]
        if top.target in {None, "asset_id"}:
            continue
        if not any(c.target == top.target and c.score >= 0.4 for c in per_column[j]):
            continue
        reason = f"{headers[j]!r} names the same object as {header!r}: the name is read"
        best = next(c for c in per_column[j] if c.target == top.target).score
        _put_first(per_column, j, top.target, max(best, top.score), reason)
        _demote(per_column[i], top.target, 0.5, f"{headers[j]!r} holds its readable name")


# Fields a column may give up for its alias reading: one that holds another asset's
# name can't hold the asset's own names row by row.
_ALIAS_REASSIGNABLE = frozenset({"virtualization_host", "cluster"})


def _untaught_columns_keep_their_reading(
    columns: list[ColumnMapping],
    untaught: Sequence[ColumnMapping],
    per_column: Sequence[Sequence[Candidate]],
    forced: Mapping[int, Candidate],
) -> None:
    """A correction changes what it corrects, not its neighbours.

    Teaching Defender's ``Onboarding Status`` as "nothing" frees the status field, but
    ``Health Status`` beside it was not corrected and stays what it was; otherwise every
    correction would ripple into new mistakes to correct. A column with learned
    evidence of its own (a similar header taught elsewhere) follows that evidence.
    """
    for j, warm in enumerate(columns):
        if j in forced or any(c.pattern_id is not None for c in per_column[j]):
            continue
        before = untaught[j]
        if warm.target == before.target:
            continue
        kept = dataclasses.replace(
            before,
            reasons=[*before.reasons, "kept as before the corrections: none concerns this column"],
        )
        columns[j] = kept


def _rejected_fields_need_strong_evidence(
    headers: Sequence[str], per_column: list[list[Candidate]], forced: Mapping[int, Candidate]
) -> None:
    """A field the tenant took away from a column is not handed to a weak rival.

    Teaching SolarWinds' ``Status`` (codes 1, 2) as "maps to nothing" says the file's
    status is not what it looked like; ``StatusDescription``, which only contains the
    word, should not become the status in its place. Rivals with strong evidence of
    their own still take the field.
    """
    for i, taught in forced.items():
        if taught.target is not None:
            continue
        own = next((c for c in per_column[i] if c is not taught and c.target), None)
        if own is None or own.target is None or own.own < 0.75:
            continue
        field_name = own.target
        for j, ranked in enumerate(per_column):
            if j == i or j in forced:
                continue
            weak = any(c.target == field_name and c.own < 0.75 for c in ranked)
            if weak:
                _demote(
                    ranked,
                    field_name,
                    0.8,
                    f"{headers[i]!r} was taught not to be {field_name}: "
                    "weak evidence is not enough to take it",
                )


def _aliases_by_values(
    headers: Sequence[str],
    per_column: list[list[Candidate]],
    assigned: dict[int, Candidate | None],
    roles: dict[int, tuple[str, int]],
    lost: dict[int, list[str]],
    sample: Sequence[Sequence[str]] | None,
    forced: Mapping[int, Candidate],
) -> None:
    """A column with the winner's very values is its alias: the same field (fallback).

    ``Default Location`` beside ``Location``, ``VMName`` beside ``Name``: the header
    only half names the field, but the values are the same row by row (letter case
    aside: ``computerName`` = AD-DC-01 beside ``name`` = ad-dc-01). A column that took
    a weaker field of its own (Zabbix ``host`` read as the virtualization host, when
    its names are the very names of ``name``) is an alias too: a VM's host is not
    the VM itself. "The same" is ``_same_value``: equal, or one element of the
    winner's list (Salt's ``fqdn_ip4`` beside ``ipv4``), or its first DNS label.
    """
    if not sample:
        return
    owner = {c.target: i for i, c in assigned.items() if c is not None and i not in roles}
    for i in range(len(headers)):
        have = assigned.get(i)
        if i in roles or i in forced:
            continue
        # A column that lost its first field and took a lesser one, or one whose field
        # names another asset, may still be the winner's alias.
        if have is not None and i not in lost and have.target not in _ALIAS_REASSIGNABLE:
            continue
        for cand in per_column[i]:
            w = owner.get(cand.target)
            if w is None or w == i or cand.score < 0.2:
                continue
            if have is not None and cand.score < 0.9 * have.score:
                break
            pairs = [
                (r[i].strip().casefold(), r[w].strip().casefold())
                for r in sample[:200]
                if i < len(r) and w < len(r) and (r[i].strip() or r[w].strip())
            ]
            if len(pairs) < 10 or len({a for a, _ in pairs}) < 2:
                continue
            same = sum(_same_value(a, b) for a, b in pairs) >= 0.95 * len(pairs)
            if same or _strong_twin(cand, assigned.get(w), pairs):
                if have is not None and have.target is not None:
                    owner.pop(have.target, None)
                assigned[i] = cand
                roles[i] = ("fallback", w)
                lost.pop(i, None)
                cand.reasons.append(f"same values as {headers[w]!r} row by row: its alias")
                break


_LIST_SEPARATORS = re.compile(r"[;,|\s]+")
_NOT_ALNUM = re.compile(r"[^0-9a-z]+")


def _strong_twin(cand: Candidate, winner: Candidate | None, pairs: list[tuple[str, str]]) -> bool:
    """Two known names of one identity field (``netbiosName`` beside ``displayName``,
    ``InstanceName`` beside ``HostName``) whose values agree on at least half the rows
    where both are filled (letter case, punctuation and DNS suffix aside): the second
    backs up the first.

    Different names on every row (a server name beside a device name) are two things.
    """
    if winner is None or cand.target not in _strong_twins() or min(cand.score, winner.score) < 0.85:
        return False
    both = [(a, b) for a, b in pairs if a and b]
    if len(both) < 10:
        return False
    agree = sum(
        (x := _NOT_ALNUM.sub("", a)) == (y := _NOT_ALNUM.sub("", b))
        or x.startswith(y)
        or y.startswith(x)
        or a.split(".", 1)[0] == b.split(".", 1)[0]
        for a, b in both
    )
    return agree >= 0.5 * len(both)


def _same_value(a: str, b: str) -> bool:
    """One fact written twice: equal, an element of the other's list (``10.0.0.5`` in
    ``10.0.0.5;127.0.0.1``), the other's first DNS label (``web01`` of
    ``web01.corp.example.com``), or the name that ends the other's resource identifier
    (``i-0abc`` of ``arn:aws:ec2:...:instance/i-0abc``, ``web-01`` of
    ``//compute.googleapis.com/.../instances/web-01``). API links are not: an ``href``
    or a Zenoss ``uid`` path is the tool's navigation to an object, which labelled tools
    keep apart from the object's name or id. Both are casefolded and stripped."""
    if a == b:
        return True
    if not a or not b:
        return False
    if a in _LIST_SEPARATORS.split(b) or b in _LIST_SEPARATORS.split(a):
        return True
    if _names_resource(b, a) or _names_resource(a, b):
        return True
    return b.split(".", 1)[0] == a or a.split(".", 1)[0] == b


def _values_of_the_field_back_it_up(
    headers: Sequence[str],
    profs: Sequence[ColumnProfile | None],
    per_column: Sequence[Sequence[Candidate]],
    assigned: dict[int, Candidate | None],
    roles: dict[int, tuple[str, int]],
    lost: dict[int, list[str]],
    forced: Mapping[int, Candidate],
) -> None:
    """A second column of OS names is the OS's fallback, not extra.

    Exports describe some fields several times over (Salt's ``osfinger`` beside
    ``os_family``, a Kubernetes ``kubernetes.io/os`` label beside ``osImage``); the
    labelled tools map every such column to the field, one as the other's fallback.
    The header of the loser is often too weak to say so, but its values are the
    field's own kind (``profiles.toml`` ``[backed_up_by_values]``).
    """
    spec = _fit_table().get("backed_up_by_values", {})
    fields = frozenset(spec.get("fields", ()))
    not_words = frozenset(spec.get("not_words", ()))
    distinctive = _fit_table()["distinctive"]
    owner = {c.target: i for i, c in assigned.items() if c is not None and i not in roles}
    for i in list(lost):
        profile = profs[i]
        if i in roles or i in forced or assigned.get(i) is not None or profile is None:
            continue
        target = distinctive.get(profile.dominant, (None,))[0]
        w = owner.get(target)
        if target not in fields or w is None:
            continue
        if (
            profile.share(profile.dominant) < float(spec["min_share"])
            or profile.distinct_ratio > float(spec["max_distinct"])
            or _last_segment_words(headers[i]) & not_words
        ):
            continue
        cand = next((c for c in per_column[i] if c.target == target), None)
        if cand is None or cand.score < float(spec["min_score"]):
            continue
        assigned[i] = cand
        roles[i] = ("fallback", w)
        lost.pop(i, None)
        cand.reasons.append(
            f"values are {describe_kind(profile.dominant)} like those of {headers[w]!r}:"
            f" its fallback"
        )


def _names_resource(identifier: str, name: str) -> bool:
    """``identifier`` is a resource identifier ending in ``name`` (an ARN, a CRN, a Google
    full resource name), not an API link ending in it (``/api/vms/123``, ``https://...``)."""
    if identifier.startswith(("http:", "https:")) or (
        identifier.startswith("/") and not identifier.startswith("//")
    ):
        return False
    return identifier.endswith(("/" + name, ":" + name))


def _full_names_beside_short_names(
    headers: Sequence[str],
    profs: Sequence[ColumnProfile | None],
    assigned: dict[int, Candidate | None],
    roles: dict[int, tuple[str, int]],
    lost: dict[int, list[str]],
    sample: Sequence[Sequence[str]] | None,
    forced: Mapping[int, Candidate],
) -> None:
    """``name`` = web01.corp.example.com beside ``hostname`` = web01: the full name is
    the FQDN, the short one the host name, when no other column holds the FQDN.

    Both headers name the host, so the assignment makes one the other's fallback (or
    leaves the loser on a lesser field); the values tell which is which: the short
    names are the first labels of the full ones, row by row.
    """
    if not sample or any(c is not None and c.target == "fqdn" for c in assigned.values()):
        return
    owner = next(
        (
            i
            for i, c in assigned.items()
            if c is not None and c.target == "hostname" and i not in roles
        ),
        None,
    )
    if owner is None or owner in forced:
        return
    # The name columns that back up the host name or lost it to the owner (a column of
    # hypervisor words or free text that lost it too is no name).
    rivals = [
        i
        for i in range(len(headers))
        if i != owner
        and (p := profs[i]) is not None
        and p.dominant in {"hostname", "fqdn", "word"}
        and (
            roles.get(i) == ("fallback", owner)
            or any(n.startswith(_went_to("hostname", headers[owner])) for n in lost.get(i, []))
        )
    ]
    kinds = {i: (p.dominant if (p := profs[i]) is not None else None) for i in (owner, *rivals)}
    pair = next(
        (
            (f, s)
            for r in rivals
            if r not in forced
            for f, s in ((owner, r), (r, owner))
            if kinds[f] == "fqdn"
            and kinds[s] in {"hostname", "word"}
            and _first_labels_agree(sample, s, f)
        ),
        None,
    )
    if pair is None:
        return
    full, short = pair
    score = max(c.score for c in (assigned.get(full), assigned.get(short)) if c is not None)
    assigned[full] = Candidate(
        "fqdn",
        score,
        [f"its values are the full names of {headers[short]!r}'s host names: the FQDN"],
        None,
        "profile",
    )
    assigned[short] = Candidate(
        "hostname",
        score,
        [f"its values are the host names of {headers[full]!r}'s full names"],
        None,
        "profile",
    )
    for i in (full, short):
        roles.pop(i, None)
        lost.pop(i, None)


def _first_labels_agree(sample: Sequence[Sequence[str]], short: int, full: int) -> bool:
    """The short names are the first DNS labels of the full names on at least half the
    filled rows (a VM name and its guest FQDN now and then differ)."""
    pairs = [
        (r[short].strip().casefold(), r[full].strip().casefold())
        for r in sample[:200]
        if max(short, full) < len(r) and r[short].strip() and r[full].strip()
    ]
    return len(pairs) >= 10 and sum(b.split(".")[0] == a for a, b in pairs) >= _FIRST_LABELS * len(
        pairs
    )


_FIRST_LABELS = 0.5  # at least half the filled rows


def _shared_first_word(readings: Sequence[str]) -> str | None:
    """A word nearly every header starts with: the tool's namespace, not a meaning.

    Ansible's facts are all ``ansible_*`` (``ansible_processor_vcpus``,
    ``ansible_default_ipv4.address``): read without it, ``processor vcpus`` is a
    count of vCPUs rather than something about Ansible.
    """
    if len(readings) < 4:
        return None
    firsts = [m.group(1).lower() for r in readings if (m := _FIRST_WORD.match(r))]
    if not firsts:
        return None
    word = max(set(firsts), key=firsts.count)
    if firsts.count(word) < 0.8 * len(readings) or len(word) < 3:
        return None
    return word


_FIRST_WORD = re.compile(r"^([A-Za-z][a-z0-9]+)[_\-. ](?=\w)")


def _without_first_word(reading: str, word: str) -> str:
    m = _FIRST_WORD.match(reading)
    return reading[m.end() :] if m and m.group(1).lower() == word else reading


def _shared_prefix(headers: Sequence[str]) -> str | None:
    """A first path segment nearly every header shares (``Host.name``, ``Host.os``, ...).

    Exports of one entity prefix each attribute with the entity's name (BMC Helix
    ``Host.``, some JSON APIs ``vm.``); the prefix says nothing about any column and
    would otherwise be read as a word ("Host.hostname" is not the hypervisor host).
    """
    if len(headers) < 4:
        return None
    firsts = [re.split(r"[./]", h, maxsplit=1)[0] for h in headers if re.search(r"[./]", h)]
    if not firsts:
        return None
    first, count = max(((f, firsts.count(f)) for f in set(firsts)), key=lambda t: t[1])
    if count < 0.8 * len(headers) or not first.strip():
        return None
    return next(h[: len(first) + 1] for h in headers if h.startswith(first))


_COUNT_WORDS = frozenset({"number", "count", "total", "num", "allocated", "assigned"})


def _per_socket_product_over_totals(
    headers: Sequence[str], per_column: list[list[Candidate]], forced: dict[int, Candidate]
) -> None:
    """``Sockets`` × ``Cores per socket`` are the cores, before a generic ``CPUs`` count.

    A file that counts sockets and cores per socket gives the cores as their product (the
    labelling convention); its third count (``number_of_cpus``, often the threads) is
    another measure, so its reading as cores is weakened below the per-socket column's.
    """
    per_socket = [
        i
        for i, h in enumerate(headers)
        if per_socket_unit(h) == "socket"
        and any(c.target == "cpu_cores" and c.score >= 0.9 for c in per_column[i][:1])
    ]
    sockets = [
        i
        for i in range(len(headers))
        if i not in per_socket and any(c.target == "cpu_sockets" for c in per_column[i][:1])
    ]
    if not per_socket or not sockets:
        return
    best = max(c.score for i in per_socket for c in per_column[i] if c.target == "cpu_cores")
    for i, h in enumerate(headers):
        if i in forced or i in per_socket or per_socket_unit(h):
            continue
        for cand in per_column[i]:
            if cand.target == "cpu_cores" and cand.score >= best - 0.05:
                cand.score = best - 0.06
                cand.reasons.append(
                    "the file counts sockets and cores per socket: their product is the cores"
                )
        per_column[i].sort(key=lambda c: -c.score)


def _sockets_beside_per_unit_counts(
    headers: Sequence[str], per_column: list[list[Candidate]], forced: dict[int, Candidate]
) -> None:
    """Beside ``cores per vCPU``, the count of vCPUs is the socket count.

    Nutanix counts ``num_vcpus`` and ``num_cores_per_vcpu``; a tool that counts cores
    per processor counts processors too. The column counting the unit of a per-unit
    core count is its multiplier (``cpu_sockets``), not the total.
    """
    units = {
        u
        for i, h in enumerate(headers)
        if (u := per_socket_unit(h))
        and u != "socket"
        and per_column[i]
        and per_column[i][0].target == "cpu_cores"
    }
    if not units:
        return
    for i, h in enumerate(headers):
        if i in forced or per_socket_unit(h):
            continue
        words = set(header_key(h).split()) - _COUNT_WORDS
        if len(words) != 1 or not words & units:
            continue
        unit = next(iter(words))
        for cand in per_column[i]:
            if cand.target == "cpu_cores":
                cand.score *= 0.7
        per_column[i].append(
            Candidate(
                "cpu_sockets",
                0.95,
                [f"counts {unit}s, and another column counts cores per {unit}: the socket count"],
                None,
                "name",
            )
        )
        per_column[i].sort(key=lambda c: -c.score)


def _lone_cpu_count_is_total(
    per_column: list[list[Candidate]],
    assigned: dict[int, Candidate | None],
    roles: dict[int, tuple[str, int]],
    forced: dict[int, Candidate],
    taken: set[str | None],
) -> None:
    """The only CPU count of a file is its total (``ProcessorCount`` of a VM = its vCPUs).

    A header such as ``Processor count`` names sockets or cores; when no column of
    the file counts cores, the count is what sizing needs, the total of (virtual)
    processors. Sockets alone are rarely exported. ``taken``: fields some column keeps.
    """
    if "cpu_cores" in taken:
        return
    for i, cand in list(assigned.items()):
        if cand is None or cand.target != "cpu_sockets" or i in forced or i in roles:
            continue
        if any(j != i and c is not None and c.target == "cpu_sockets" for j, c in assigned.items()):
            continue
        cores = next((c for c in per_column[i] if c.target == "cpu_cores"), None)
        if cores is None or cores.score < 0.75 or cand.source not in _HEADER_SOURCES:
            continue
        # A weak column that held cpu_cores only because it was free gives it up.
        for j, other in list(assigned.items()):
            if other is not None and other.target == "cpu_cores":
                assigned[j] = None
        cores.reasons.append(
            f"the only CPU count of the file (no column counts cores): read as the total, "
            f"not as sockets ({cand.score:.2f})"
        )
        cores.score = max(cores.score, cand.score)
        assigned[i] = cores
        return


_MAX_WORDS = frozenset({"max", "maximum"})
_CAPACITY_FIELDS = frozenset({"memory_gb", "storage_gb", "cpu_cores"})


def _number(text: str) -> float | None:
    try:
        return float(text.replace(",", ""))
    except ValueError:
        return None


def _capacity_beside_usage(
    readings: Sequence[str],
    assigned: dict[int, Candidate | None],
    lost: dict[int, list[str]],
    forced: dict[int, Candidate],
    sample: Sequence[Sequence[str]] | None,
) -> None:
    """``maxmem`` beside ``mem``: the maximum is the size, the other column its usage.

    APIs that report a resource twice (Proxmox ``maxmem``/``mem``, ``maxdisk``/``disk``,
    ``maxcpu``/``cpu``) name the configured size "max" and the current use plainly.
    When every sampled row has the plain value at most the maximum (and some below
    it), the maximum takes the field; used storage goes to ``storage_used_gb``.
    """
    if not sample:
        return
    keys = [header_key(r) for r in readings]
    taken = {c.target for c in assigned.values() if c is not None}
    for m, key in enumerate(keys):
        words = key.split()
        if m in forced or not set(words) & _MAX_WORDS:
            continue
        base = " ".join(w for w in words if w not in _MAX_WORDS)
        target = next(
            (e.target for e in name_evidence(base)[:1] if e.target in _CAPACITY_FIELDS), None
        )
        u = next((j for j, k in enumerate(keys) if k == base and j != m), None)
        if target is None or u is None or u in forced:
            continue
        pairs = [
            (a, b)
            for row in sample
            if max(u, m) < len(row)
            and (a := _number(row[u])) is not None
            and (b := _number(row[m])) is not None
        ]
        if len(pairs) < 10 or sum(a <= b for a, b in pairs) < 0.95 * len(pairs):
            continue
        if sum(a < b for a, b in pairs) < 0.2 * len(pairs):
            continue
        usage = assigned.get(u)
        score = max(usage.score if usage is not None else 0.0, 0.85)
        assigned[m] = Candidate(
            target,
            score,
            [
                f"the maximum of {readings[u]!r} (never below it in the sample): "
                f"the configured {target}"
            ],
            None,
            "name",
        )
        if target == "storage_gb" and "storage_used_gb" not in taken:
            assigned[u] = Candidate(
                "storage_used_gb",
                score * 0.95,
                [f"at most {readings[m]!r} on every sampled row: the part in use"],
                None,
                "name",
            )
        else:
            assigned[u] = None
            lost.setdefault(u, []).append(
                f"at most {readings[m]!r} on every sampled row: a usage, not the {target}"
            )


_VERSION_SUBJECT = {"os_version": "os_name", "database_version": "database_engine"}


def _bare_version_needs_its_subject(
    headers: Sequence[str],
    profs: Sequence[ColumnProfile | None],
    assigned: dict[int, Candidate | None],
    lost: dict[int, list[str]],
    forced: dict[int, Candidate],
    taken: set[str | None],
) -> None:
    """A bare ``Version`` is the OS's version only beside an OS column, with OS-like values.

    Hypervisor exports carry a ``Version`` that is the VM's configuration or hardware
    version (``9.0``, ``v19``): with no OS in the file, or values like ``v19``, it is
    not ``os_version`` (nor ``database_version`` without a database engine).
    """
    for i, cand in list(assigned.items()):
        if cand is None or i in forced or cand.target not in _VERSION_SUBJECT:
            continue
        words = header_key(re.split(r"[./|>]+", headers[i])[-1] or headers[i])
        if words != "version":
            continue
        subject = _VERSION_SUBJECT[cand.target]
        prof = profs[i]
        odd = prof is not None and prof.share("hostname") >= 0.5
        if subject in taken and not odd:
            continue
        why = (
            f"values such as {prof.examples[0]!r} are not {cand.target} values"
            if odd and prof is not None and prof.examples
            else f"no column of the file holds {subject}: the version of what?"
        )
        lost.setdefault(i, []).append(f"a bare {headers[i]!r} is not {cand.target}: {why}")
        assigned[i] = None


def _decide(
    i: int,
    headers: Sequence[str],
    ranked: list[Candidate],
    choice: Candidate | None,
    roles: dict[int, tuple[str, int]],
    lost: dict[int, list[str]],
    profile: ColumnProfile | None,
    tool: ToolHint | None,
    thresholds: Thresholds,
    warnings: list[str],
    decision: str | None = None,
) -> ColumnMapping:
    """The mapping of column ``i`` to ``choice``, decided by threshold unless ``decision``
    (the reranker's) is given."""
    header = headers[i]
    unit = None
    if choice is None or choice.target is None:
        if choice is not None:  # taught as "maps to nothing"
            return ColumnMapping(
                header,
                None,
                choice.score,
                "unmapped",
                None,
                [*choice.reasons, "kept in extra attributes"],
                ranked,
                choice.pattern_id,
                warnings=warnings,
                profile=profile,
            )
        reasons = [*lost.get(i, [])]
        if ranked and not reasons:
            reasons.append(
                f"best candidate {ranked[0].target} is too weak ({calibrate(ranked[0].score):.2f})"
            )
        if not ranked:
            reasons.append("no canonical field matches this header or its values")
        best = ranked[0] if ranked else None
        return ColumnMapping(
            header,
            None,
            calibrate(best.score) if best else 0.0,
            "unmapped",
            None,
            [*reasons, "kept in extra attributes"],
            ranked,
            runner_up=best.target if best else None,
            warnings=warnings,
            profile=profile,
            proposed=best.target if best and not lost.get(i) else None,
            raw_score=best.score if best else 0.0,
        )
    target = choice.target
    confidence = (
        choice.score
        if choice.source == "pattern" and choice.score >= 0.97
        else calibrate(choice.score)
    )
    reasons = list(choice.reasons)
    if profile is not None and profile.filled and choice.source != "pattern":
        reasons.append(f"values: {profile.describe()}")
    runner = next((c for c in ranked if c is not choice and c.target != target), None)
    if runner is not None:
        reasons.append(f"runner-up: {runner.target} ({calibrate(runner.score):.2f})")
    mapping = ColumnMapping(
        header,
        target,
        confidence,
        "auto",
        None,
        reasons,
        ranked,
        choice.pattern_id,
        runner_up=runner.target if runner else None,
        warnings=list(warnings),
        profile=profile,
        proposed=target,
        raw_score=choice.score,
    )
    spec = combined_spec(header)
    if spec and spec[1][0] == target:
        mapping.transform, mapping.also = spec[0], list(spec[1][1:])
        reasons.append(f"value split into {' and '.join(spec[1])}")
    if (
        mapping.transform is None
        and profile is not None
        and profile.from_urls
        and _field_kinds().get(target, "text") not in {"size", "integer", "boolean", "date"}
        and target != "asset_id"  # a resource path is the id whole; its leaf may repeat
    ):
        mapping.transform = "last_segment"
        reasons.append("the value is the last segment of each URL")
    if mapping.transform is None and profile is not None and profile.from_json_lists:
        mapping.transform = "json_list"
        reasons.append("each value is a JSON array: its items are read")
    if target == "is_virtual" and is_inverted(header):
        mapping.transform = "invert"
        reasons.append("inverted: yes means physical, so is_virtual is its opposite")
    if target in _SIZE_FIELDS:
        unit, why, warn = _resolve_unit(header, target, profile, tool)
        mapping.unit = unit
        reasons.extend(why)
        mapping.warnings.extend(warn)
    if i in roles:
        mapping.combine = roles[i][0]
    mapping.reasons.extend(mapping.warnings)
    if decision is None:
        decision = thresholds.decide(confidence)
        if confidence < thresholds.reject:
            decision = "unmapped"
        if choice.source in {"contradicted", "global"} and decision == "auto":
            # Values against the header, or only other tenants' word for it: a person decides.
            decision = "suggest"
    mapping.decision = decision
    if decision == "unmapped":
        mapping.target = None
        mapping.reasons.append("kept in extra attributes")
    return mapping


def _link_groups(
    columns: list[ColumnMapping],
    headers: Sequence[str],
    roles: dict[int, tuple[str, int]],
    tool: ToolHint | None,
    thresholds: Thresholds,
) -> None:
    """Name the partners of shared targets, order competing pairs, tie per-socket counts."""
    by_target: dict[str, list[int]] = {}
    for i, c in enumerate(columns):
        if c.target:
            by_target.setdefault(c.target, []).append(i)
    for target, idxs in by_target.items():
        if len(idxs) < 2:
            continue
        sums = [
            i
            for i in idxs
            if columns[i].combine == "sum"
            or any(roles.get(j, ("", -1)) == ("sum", i) for j in idxs)
        ]
        if len(sums) >= 2:
            low = min(columns[i].confidence for i in sums)
            for i in sums:
                columns[i].combine = "sum"
                columns[i].group = [headers[j] for j in sums if j != i]
                columns[i].reasons.append(
                    f"summed with {', '.join(repr(headers[j]) for j in sums if j != i)} into {target}"
                )
                columns[i].confidence = low
                columns[i].decision = (
                    thresholds.decide(low) if low >= thresholds.reject else "unmapped"
                )
        rest = [i for i in idxs if i not in sums]
        if len(rest) >= 2:
            # Competing columns: the preferred qualifier first, then the stronger evidence.
            rest.sort(key=lambda i: (-preference(headers[i]), -columns[i].confidence, i))
            primary = rest[0]
            columns[primary].combine = None
            columns[primary].group = [headers[j] for j in rest[1:]]
            columns[primary].reasons.append(
                f"chosen over {', '.join(repr(headers[j]) for j in rest[1:])} for {target}; "
                "they fill it when this column is empty"
            )
            for j in rest[1:]:
                columns[j].combine = "fallback"
                columns[j].group = [headers[primary]]
                columns[j].reasons.append(
                    f"fallback for {target}: used when {headers[primary]!r} is empty"
                )
    _link_per_socket(columns, headers, tool)


def _report_rival_columns(columns: list[ColumnMapping]) -> None:
    """Each mapped column names the best other column that could have filled its field."""
    by_target = {c.target: c for c in columns if c.target and c.combine is None}
    for c in columns:
        if not c.target or c.combine is not None:
            continue
        contenders = [
            (cand.score, other)
            for other in columns
            if other is not c
            for cand in other.candidates
            if cand.target == c.target and other.target != c.target
        ]
        if contenders:
            score, other = max(contenders, key=lambda t: t[0])
            c.runner_up_column = other.source
            c.reasons.append(
                f"runner-up column: {other.source!r} ({calibrate(score):.2f}), "
                f"mapped to {other.target or 'nothing'}"
            )
            continue
        for rival in rivals().get(c.target, ()):
            holder = by_target.get(rival)
            if holder is not None:
                c.runner_up_column = holder.source
                c.reasons.append(
                    f"runner-up column: {holder.source!r}, which holds {rival} instead"
                )
                break


def _link_unit_columns(columns: list[ColumnMapping]) -> None:
    """A column of unit names beside a size column ("ram", "ram_size_type") is its unit, per row."""
    for unit_col in columns:
        prof = unit_col.profile
        if prof is None or prof.dominant != "unit_word":
            continue
        key = header_key(unit_col.source)
        sizes = [
            c
            for c in columns
            if c.target in _SIZE_FIELDS
            and c.unit_column is None
            and header_key(c.source)
            and key.startswith(header_key(c.source))
        ]
        if not sizes:
            continue
        size = max(sizes, key=lambda c: len(header_key(c.source)))
        size.unit_column = unit_col.source
        size.unit = None
        size.warnings = [w for w in size.warnings if "no unit in the header" not in w]
        size.reasons = [r for r in size.reasons if "no unit in the header" not in r]
        size.reasons.append(f"unit of each value read from column {unit_col.source!r}")
        if unit_col.target is not None:
            unit_col.reasons.append(f"was {unit_col.target}")
        unit_col.target, unit_col.decision = None, "unmapped"
        unit_col.reasons.append(f"holds the unit of {size.source!r} per row; kept in extra")


def _link_per_socket(
    columns: list[ColumnMapping], headers: Sequence[str], tool: ToolHint | None
) -> None:
    sockets = next((c for c in columns if c.target == "cpu_sockets"), None)
    for c in columns:
        if c.target != "cpu_cores":
            continue
        key = header_key(c.source)
        per_socket = is_per_socket(c.source) or (tool is not None and key in tool.per_socket)
        if not per_socket:
            continue
        if sockets is not None:
            c.combine, c.per_socket_of = "per_socket", sockets.source
            why = f"{tool.name}: " if tool is not None and key in tool.per_socket else ""
            c.reasons.append(
                f"{why}{c.source!r} counts cores per socket: total = it × {sockets.source!r}"
            )
        else:
            c.warnings.append(
                f"{c.source!r} counts cores per socket and no socket column was found: "
                "total cores unknown"
            )
            c.reasons.append(c.warnings[-1])
            if c.decision == "auto":
                c.decision = "suggest"
