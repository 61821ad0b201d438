"""The shared learning store: crews fetch relevant patterns; opted-in tenants share anonymised ones.

What leaves a tenant for the global pool is only a normalised key and an answer:
a column header (normalised) and its canonical field, or the non-identifying parts
of an asset signature (OS, manufacturer, model, database engine, type as the
source names it). Host names, addresses, raw values and profiles never leave.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from migrascope.memory.embedders._hashing import normalise_text

if TYPE_CHECKING:
    from migrascope.memory import Conn, Pattern, PatternMatch, Store

__all__ = ["anonymise_key", "contribute", "contribute_all", "relevant_patterns"]

# Signature parts that describe a kind of asset rather than one asset.
_SHAREABLE_PARTS = ("os_name", "manufacturer", "model", "database_engine", "asset_type")
_IDENTIFYING = re.compile(
    r"\b\d{1,3}(?:\.\d{1,3}){3}\b"  # IPv4
    r"|\b[0-9a-f]{2}(?::[0-9a-f]{2}){5}\b"  # MAC
    r"|[\w.+-]+@[\w-]+\.[\w.]+"  # e-mail
    r"|\b[\w-]+(?:\.[\w-]+){2,}\b",  # FQDN-like
    re.IGNORECASE,
)


def anonymise_key(operation: str, key: str) -> str | None:
    """The shareable form of a pattern key, or None when nothing shareable is left."""
    if operation == "field_mapping":
        text = normalise_text(key)
        return text if text and not _IDENTIFYING.search(key) else None
    if operation == "asset_classification":
        parts = []
        for part in key.split(" | "):
            name, _, value = part.partition(" ")
            if name in _SHAREABLE_PARTS and value and not _IDENTIFYING.search(value):
                parts.append(f"{name} {value}")
        return " | ".join(parts) or None
    return None


def contribute(
    store: Store, tenant: str, operation: str, pattern: Pattern, *, conn: Conn | None = None
) -> Pattern | None:
    """Add a tenant's pattern to the global pool if the tenant opted in; anonymised.

    A pattern pinned to one spelling is not shared: it means what it means beside the
    other spelling of its key in the tenant's file, which the pool does not know.
    """
    if pattern.is_global or pattern.pinned:
        return None
    if not store.global_pool.is_sharing(tenant, conn=conn):
        return None
    key = anonymise_key(operation, pattern.key)
    if key is None:
        return None
    return store.global_pool.contribute(tenant, operation, key, pattern.answer, conn=conn)


def contribute_all(store: Store, tenant: str) -> int:
    """Contribute every active, person-taught pattern of an opted-in tenant (after opting in)."""
    count = 0
    for operation in ("field_mapping", "asset_classification"):
        for p in store.patterns_for(operation).list(tenant, state="active"):
            if p.explicit and contribute(store, tenant, operation, p) is not None:
                count += 1
    return count


def relevant_patterns(
    store: Store, tenant: str, crew: str, operation: str, *, text: str | None = None, k: int = 20
) -> list[PatternMatch]:
    """Patterns a crew should consult for an operation, with a relevance score.

    Relevance (in ``similarity``) = key similarity x posterior mean x crew weight
    (the crew's own patterns weigh 1, other crews' ``cross_crew_weight``).
    """
    return store.patterns_for(operation).for_crew(tenant, crew, text=text, k=k)
