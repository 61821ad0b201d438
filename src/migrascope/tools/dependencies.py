"""Dependencies between assets: read them, resolve names to assets, report what is wrong.

Exports carry dependencies as a column ("Depends on": ``web01;web02``) or as a separate
file (source, target, port, protocol). Both become ``RawEdge``s, which are resolved
against the tenant's assets by hostname, FQDN, short name, asset id or IP address.
Nothing is dropped silently: an unknown name, a self-dependency or a duplicate edge
becomes a ``DependencyIssue`` naming the row and the value, and unresolved edges are
still stored (with their status) so a person can fix the inventory and re-run.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from migrascope.errors import InputError

if TYPE_CHECKING:
    from migrascope.memory import Store

__all__ = [
    "DependencyGraph",
    "DependencyIssue",
    "Edge",
    "RawEdge",
    "asset_label",
    "build_dependencies",
    "edges_from_column",
    "load_assets",
    "read_dependency_file",
    "resolve_dependencies",
    "stored_edges",
]

_SPLIT = re.compile(r"[;,|\s]+")
_SOURCE_HEADERS = ("source", "src", "from", "source host", "source name", "client", "consumer")
_TARGET_HEADERS = (
    "target",
    "dst",
    "destination",
    "to",
    "target host",
    "target name",
    "server",
    "provider",
    "depends on",
)
_PORT_HEADERS = ("port", "dst port", "destination port", "target port")
_PROTOCOL_HEADERS = ("protocol", "proto", "transport")


def asset_label(asset: Mapping[str, Any]) -> str:
    """How plans name an asset: hostname, else asset id, else FQDN, else its key."""
    for key in ("hostname", "asset_id", "fqdn"):
        value = asset.get(key)
        if value:
            return str(value)
    return f"asset-{asset.get('asset_pk', '?')}"


@dataclass(frozen=True)
class RawEdge:
    """A dependency as written: names, optional port/protocol, and where it came from."""

    source: str
    target: str
    port: int | None = None
    protocol: str | None = None
    origin: str = "column"
    where: str = ""


@dataclass(frozen=True)
class Edge:
    """A resolved dependency: ``source`` depends on ``target`` (asset keys)."""

    source: int
    target: int
    port: int | None = None
    protocol: str | None = None
    origin: str = "column"


@dataclass(frozen=True)
class DependencyIssue:
    """Something wrong with one dependency, said so a person can fix the inventory."""

    kind: str  # unknown_source | unknown_target | self | duplicate | ambiguous
    source: str
    target: str
    where: str
    message: str

    def to_json(self) -> dict[str, str]:
        return dict(self.__dict__)


@dataclass
class DependencyGraph:
    """Resolved edges, every raw edge with its status, and the issues found."""

    edges: list[Edge] = field(default_factory=list)
    raw: list[tuple[RawEdge, int | None, int | None, str]] = field(default_factory=list)
    issues: list[DependencyIssue] = field(default_factory=list)

    def summary(self) -> dict[str, Any]:
        counts: dict[str, int] = {}
        for issue in self.issues:
            counts[issue.kind] = counts.get(issue.kind, 0) + 1
        return {"edges": len(self.edges), "raw": len(self.raw), "issues": counts}


def _split_names(value: str) -> list[str]:
    return [p.strip() for p in _SPLIT.split(value) if p and p.strip()]


def edges_from_column(assets: Iterable[Mapping[str, Any]]) -> list[RawEdge]:
    """Edges from each asset's ``dependencies`` field (names separated by ; , | or spaces)."""
    out: list[RawEdge] = []
    for asset in assets:
        value = asset.get("dependencies")
        if not value:
            continue
        source = asset_label(asset)
        row = asset.get("row_number")
        where = f"row {row} ({source})" if row is not None else source
        for name in _split_names(str(value)):
            out.append(RawEdge(source, name, origin="column", where=where))
    return out


def _pick(headers: Sequence[str], names: Sequence[str]) -> int | None:
    norm = [" ".join(re.split(r"[\s_\-]+", h.strip().lower())) for h in headers]
    for name in names:
        if name in norm:
            return norm.index(name)
    return None


def read_dependency_file(path: Path | str) -> list[RawEdge]:
    """Edges from a CSV/XLSX/JSON file with source, target and optional port, protocol.

    Raises:
        InputError: the file has no recognisable source/target columns, or a port is
            not a number (the row is named).
    """
    from migrascope.tools.readers import open_table

    edges: list[RawEdge] = []
    with open_table(path) as table:
        headers = table.headers
        src = _pick(headers, _SOURCE_HEADERS)
        dst = _pick(headers, _TARGET_HEADERS)
        if src is None or dst is None:
            raise InputError(
                f"{Path(path).name}: a dependency file needs a source and a target column "
                f"(for example 'source,target,port,protocol'); found columns {headers}."
            )
        port_i = _pick(headers, _PORT_HEADERS)
        proto_i = _pick(headers, _PROTOCOL_HEADERS)
        for row in table.rows:
            values = row.values
            where = f"{Path(path).name} row {row.number}"
            source, target = values[src].strip(), values[dst].strip()
            if not source or not target:
                raise InputError(f"{where}: source and target must both be given.")
            port: int | None = None
            if port_i is not None and values[port_i].strip():
                text = values[port_i].strip()
                if not text.isdigit() or not 0 < int(text) < 65536:
                    raise InputError(f"{where}: port {text!r} is not a number from 1 to 65535.")
                port = int(text)
            proto = (values[proto_i].strip().lower() or None) if proto_i is not None else None
            edges.append(RawEdge(source, target, port, proto, origin="file", where=where))
    return edges


def _name_index(assets: Sequence[Mapping[str, Any]]) -> dict[str, list[int]]:
    """Every name an asset answers to (lower-case) → asset keys."""
    index: dict[str, list[int]] = {}

    def add(name: Any, key: int) -> None:
        if not name:
            return
        text = str(name).strip().lower()
        if text:
            keys = index.setdefault(text, [])
            if key not in keys:
                keys.append(key)

    for asset in assets:
        key = int(asset["asset_pk"])
        for field_name in ("hostname", "fqdn", "asset_id", "ip_address"):
            add(asset.get(field_name), key)
        for field_name in ("hostname", "fqdn"):
            value = asset.get(field_name)
            if value and "." in str(value) and not str(value).replace(".", "").isdigit():
                add(str(value).split(".")[0], key)
    return index


def resolve_dependencies(
    assets: Sequence[Mapping[str, Any]], raw_edges: Iterable[RawEdge]
) -> DependencyGraph:
    """Resolve names to asset keys; report unknown, self, duplicate and ambiguous edges.

    An edge to an unknown name is kept with its status (never silently dropped); a
    duplicate (same source, target, port, protocol) is reported and stored once.
    """
    index = _name_index(assets)
    graph = DependencyGraph()
    seen: set[tuple[int, int, int | None, str | None]] = set()

    def lookup(name: str, role: str, edge: RawEdge) -> int | None:
        keys = index.get(name.strip().lower())
        if not keys:
            return None
        if len(keys) > 1:
            graph.issues.append(
                DependencyIssue(
                    "ambiguous",
                    edge.source,
                    edge.target,
                    edge.where,
                    f"{edge.where}: {role} {name!r} matches {len(keys)} assets; "
                    "the first imported one is used. Make host names unique to choose.",
                )
            )
        return keys[0]

    for edge in raw_edges:
        src = lookup(edge.source, "source", edge)
        dst = lookup(edge.target, "target", edge)
        if src is None:
            status = "unknown_source"
            graph.issues.append(
                DependencyIssue(
                    status,
                    edge.source,
                    edge.target,
                    edge.where,
                    f"{edge.where}: source {edge.source!r} is not an asset of this tenant; "
                    "the dependency is kept unresolved.",
                )
            )
        elif dst is None:
            status = "unknown_target"
            graph.issues.append(
                DependencyIssue(
                    status,
                    edge.source,
                    edge.target,
                    edge.where,
                    f"{edge.where}: {edge.source!r} depends on {edge.target!r}, which is not "
                    "an asset of this tenant; the dependency is kept unresolved.",
                )
            )
        elif src == dst:
            status = "self"
            graph.issues.append(
                DependencyIssue(
                    status,
                    edge.source,
                    edge.target,
                    edge.where,
                    f"{edge.where}: {edge.source!r} depends on itself; ignored for planning.",
                )
            )
        else:
            key = (src, dst, edge.port, edge.protocol)
            if key in seen:
                graph.issues.append(
                    DependencyIssue(
                        "duplicate",
                        edge.source,
                        edge.target,
                        edge.where,
                        f"{edge.where}: {edge.source!r} → {edge.target!r}"
                        + (f" port {edge.port}" if edge.port else "")
                        + " is listed more than once; kept once.",
                    )
                )
                continue
            seen.add(key)
            status = "resolved"
            graph.edges.append(Edge(src, dst, edge.port, edge.protocol, edge.origin))
        graph.raw.append((edge, src, dst, status))
    return graph


def load_assets(store: Store, tenant: str) -> list[dict[str, Any]]:
    """Every asset of the tenant (canonical fields, extra, classified type, asset_pk)."""
    total = store.assets.count(tenant)
    return store.assets.list(tenant, limit=max(total, 1))


def build_dependencies(
    store: Store,
    tenant: str,
    *,
    files: Sequence[Path | str] = (),
    assets: Sequence[Mapping[str, Any]] | None = None,
) -> DependencyGraph:
    """Read the tenant's dependencies column and any dependency files, resolve, store.

    The stored graph is replaced as a whole, so a re-run after fixing the inventory
    leaves no stale edges.
    """
    assets = list(assets) if assets is not None else load_assets(store, tenant)
    raw = edges_from_column(assets)
    for f in files:
        raw.extend(read_dependency_file(f))
    graph = resolve_dependencies(assets, raw)
    store.dependencies.replace(tenant, graph.raw)
    return graph


def stored_edges(store: Store, tenant: str) -> list[Edge]:
    """The tenant's resolved dependencies from the store."""
    return [
        Edge(int(r["source"]), int(r["target"]), r["port"], r["protocol"], r["origin"])
        for r in store.dependencies.resolved(tenant)
    ]
