"""Technology stack of an asset: OS family, database engine and version, web and
application servers, runtimes and middleware, each with confidence and reasons.

Keywords live in ``config/data/tech_stack.toml``. Evidence comes from the OS name,
the database fields, the description, name codes (``sql``, ``ora``) and the
unmapped ``extra`` columns, where exports keep installed software and listening
ports. Lookups are memoised per text, so a large estate costs little.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache
from typing import Any

from migrascope.config import load_data
from migrascope.tools.facets import Facet

__all__ = ["TechStack", "relevant_extra", "tech_stack", "text_evidence"]

_PORT = re.compile(r"(?<![\d.])(\d{2,5})(?![\d.])")
_VERSION = re.compile(r"\b(\d{1,4}(?:[.]\d+)*(?:[a-z]\b)?|\d{2}c)\b", re.IGNORECASE)
_LIST_KEYS = ("web_servers", "app_servers", "runtimes", "middleware")
# extra columns worth reading for software and ports
_EXTRA_HINTS = ("software", "install", "package", "service", "port", "role", "product", "app")


@dataclass(slots=True)
class TechStack:
    """What runs on an asset."""

    os_family: Facet
    database: Facet
    database_version: str | None = None
    web_servers: list[Facet] = field(default_factory=list)
    app_servers: list[Facet] = field(default_factory=list)
    runtimes: list[Facet] = field(default_factory=list)
    middleware: list[Facet] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {
            "os_family": self.os_family.to_json(),
            "database": {**self.database.to_json(), "version": self.database_version},
            **{k: [f.to_json() for f in getattr(self, k)] for k in _LIST_KEYS},
        }


@cache
def _data() -> dict[str, Any]:
    return load_data("tech_stack.toml")


@lru_cache(maxsize=8192)
def _os_family(os_name: str) -> tuple[str | None, str | None]:
    low = os_name.lower()
    for family, words in _data()["os_families"].items():
        hit = next((w for w in words if w in low), None)
        if hit is not None:
            return family, hit
    return None, None


@cache
def _any_keyword(table: str) -> re.Pattern[str]:
    """One pattern for every keyword of a table: most texts match none, and one search
    says so instead of a loop over every product."""
    words = sorted({w for ws in _data()[table].values() for w in ws}, key=len, reverse=True)
    return re.compile("|".join(re.escape(w) for w in words))


@cache
def _product_patterns(table: str) -> tuple[tuple[str, tuple[str, ...], re.Pattern[str]], ...]:
    return tuple(
        (product, tuple(words), re.compile("|".join(re.escape(w) for w in words)))
        for product, words in _data()[table].items()
        if words
    )


@lru_cache(maxsize=65536)
def _find(table: str, text: str) -> tuple[tuple[str, str], ...]:
    """(product, keyword) pairs of ``table`` found in ``text`` (lower-cased): per product
    the first of its keywords, in the data file's order, that the text contains."""
    low = text.lower()
    if _any_keyword(table).search(low) is None:
        return ()
    out = []
    for product, words, pattern in _product_patterns(table):
        if pattern.search(low) is None:
            continue
        hit = next((w for w in words if w in low), None)
        if hit is not None:
            out.append((product, hit))
    return tuple(out)


# free text is not quoted in reasons (it is long, and one decision then serves every
# asset whose description says the same things)
_UNQUOTED = frozenset({"description"})


def _said(key: str, text: str) -> str:
    return key if key in _UNQUOTED else f"{key} {text!r}"


@lru_cache(maxsize=65536)
def text_evidence(text: str) -> tuple[Any, ...]:
    """Everything the stack reads from one free text: products found per table and the
    version after each database keyword (what a decision cache keys on)."""
    found = tuple(_find(t, text) for t in ("databases", *_LIST_KEYS))
    versions = tuple(_version_after(text, kw) for _, kw in found[0])
    return found, versions


def _version_after(text: str, keyword: str) -> str | None:
    low = text.lower()
    at = low.find(keyword)
    if at < 0:
        return None
    m = _VERSION.search(text, at + len(keyword))
    return m.group(1) if m and m.start() - (at + len(keyword)) <= 3 else None


def relevant_extra(extra: Mapping[str, Any] | None) -> tuple[tuple[str, str], ...]:
    """The unmapped columns the stack reads (installed software, ports, roles)."""
    return tuple(_extra_texts(extra))


def _extra_texts(extra: Mapping[str, Any] | None) -> list[tuple[str, str]]:
    if not extra:
        return []
    out = []
    for key, value in extra.items():
        if value in (None, "") or not any(h in key.lower() for h in _EXTRA_HINTS):
            continue
        out.append((key, str(value)))
    return out


def tech_stack(
    record: Mapping[str, Any],
    tokens: Sequence[tuple[str, bool]] = (),
    extra: Mapping[str, Any] | None = None,
) -> TechStack:
    """The technology stack of one canonical record (``extra``: its unmapped columns)."""
    conf = _data()["confidence"]
    os_name = record.get("os_name")
    family, hit = _os_family(str(os_name)) if os_name else (None, None)
    os_facet = (
        Facet(family, float(conf["field"]), [f"os_name {os_name!r} mentions {hit!r}"])
        if family
        else Facet(
            None, 0.0, ["no operating system given" if not os_name else f"unknown OS {os_name!r}"]
        )
    )
    texts: list[tuple[str, str]] = []
    for key in ("description", "model"):
        value = record.get(key)
        if isinstance(value, str) and value:
            texts.append((key, value))
    texts.extend(_extra_texts(extra if extra is not None else record.get("extra")))

    database = Facet(None, 0.0, [])
    version = record.get("database_version")
    engine = record.get("database_engine")
    if engine:
        found = _find("databases", str(engine))
        name = found[0][0] if found else str(engine)
        database = Facet(name, float(conf["field"]), [f"database_engine is {engine!r}"])
        version = version or _version_after(str(engine), found[0][1] if found else "")
    else:
        for key, text in texts:
            found = _find("databases", text)
            if found:
                product, kw = found[0]
                database = Facet(
                    product, float(conf["text"]), [f"{_said(key, text)} mentions {kw!r}"]
                )
                version = version or _version_after(text, kw)
                break
    if database.value is None:
        for key, text in texts:
            for port in _PORT.findall(text) if "port" in key.lower() else ():
                product = _data()["ports"].get(port)
                if product and product in _data()["databases"]:
                    database = Facet(product, float(conf["port"]), [f"{key} lists port {port}"])
                    break
            if database.value:
                break
    if database.value is None:
        codes = _data()["database_name_tokens"]
        hit_token = next((t for t, _ in tokens if t in codes), None)
        if hit_token is not None:
            database = Facet(
                codes[hit_token], float(conf["name"]), [f"name has the code {hit_token!r}"]
            )
    stack = TechStack(os_facet, database, str(version) if version else None)
    for table in _LIST_KEYS:
        seen: set[str] = set()
        items: list[Facet] = getattr(stack, table)
        for key, text in texts:
            for product, kw in _find(table, text):
                if product not in seen:
                    seen.add(product)
                    items.append(
                        Facet(product, float(conf["text"]), [f"{_said(key, text)} mentions {kw!r}"])
                    )
            if "port" in key.lower():
                for port in _PORT.findall(text):
                    product = _data()["ports"].get(port)
                    if product and product in _data()[table] and product not in seen:
                        seen.add(product)
                        items.append(
                            Facet(product, float(conf["port"]), [f"{key} lists port {port}"])
                        )
    return stack
