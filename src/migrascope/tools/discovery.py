"""Application discovery: which assets make up one application.

Evidence is used in order of trust, and each asset keeps the first answer it gets:

1. what a person taught (an asset moved between applications, learned as a pattern
   keyed by its exact name and by its signature, so its siblings follow);
2. an explicit application field in the export;
3. dependency data: an asset tied (not through a shared hub) to one application joins
   it, and connected assets with no application form one;
4. naming conventions: host-name tokens with environment, tier, site, domain and
   digits stripped (``prd-pay-web01`` and ``dev-pay-db02`` share ``pay``);
5. clustering of name and attribute embeddings (k-means, k chosen by silhouette).

Every application says how it was found (``method``), how sure we are and why.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import numpy as np

from migrascope.memory.embedders._hashing import normalise_text
from migrascope.tools._policy import load_policy
from migrascope.tools.dependencies import Edge, asset_label

if TYPE_CHECKING:
    from migrascope.memory import Embedder, Store

__all__ = [
    "Application",
    "Discovery",
    "NameVocabulary",
    "discover_applications",
    "discover_tenant",
    "move_asset",
    "naming_key",
    "signature_key",
]

_DIGITS = re.compile(r"^\d+$")
_PUNCT = re.compile(r"[^a-z0-9]+")
_TRAILING_DIGITS = re.compile(r"\d+$")


@dataclass
class Application:
    """One discovered application: members (asset keys), confidence, how and why."""

    name: str
    members: list[int]
    confidence: float
    method: str
    reasons: list[str] = field(default_factory=list)
    member_details: dict[int, tuple[float, str, str]] = field(default_factory=dict)

    def to_json(self, labels: Mapping[int, str] | None = None) -> dict[str, Any]:
        return {
            "name": self.name,
            "assets": [labels.get(m, str(m)) if labels else m for m in self.members],
            "confidence": round(self.confidence, 3),
            "method": self.method,
            "reasons": self.reasons,
        }


@dataclass
class _Member:
    app: str
    confidence: float
    method: str
    reason: str


@dataclass
class Discovery:
    """The result: applications and, per asset, its application, confidence and reason."""

    applications: list[Application]
    membership: dict[int, tuple[str, float, str, str]]
    notes: list[str] = field(default_factory=list)

    def application_of(self, asset_pk: int) -> str | None:
        entry = self.membership.get(asset_pk)
        return entry[0] if entry else None


class NameVocabulary:
    """The tokens a naming key ignores (from the policy's ``[discovery]`` table)."""

    def __init__(self, discovery: Mapping[str, Any]) -> None:
        self.env = frozenset(discovery.get("environment_tokens", ()))
        self.sites = frozenset(discovery.get("site_tokens", ()))
        self.noise = frozenset(
            [
                *discovery.get("role_tokens", ()),
                *discovery.get("domain_tokens", ()),
                *discovery.get("site_tokens", ()),
                *self.env,
            ]
        )
        # Codes a compact name (LONPRDSQL014) is glued from; longest first.
        self.codes = sorted((c for c in self.noise if len(c) >= 2), key=len, reverse=True)

    def _is_glued_noise(self, token: str) -> bool:
        """True when ``token`` is nothing but known codes stuck together."""
        if len(token) < 5:
            return False
        rest, pieces = token, []
        while rest:
            for code in self.codes:
                if rest.startswith(code):
                    rest = rest[len(code) :]
                    pieces.append(code)
                    break
            else:
                return False
        # "netapp" is net+app but names a product; a compact host name carries a site
        # or an environment code ("lonprdsql", "sqlprod").
        return len(pieces) > 1 and any(p in self.env or p in self.sites for p in pieces)


def _tokens(name: str) -> list[str]:
    return normalise_text(name).split()


def naming_key(name: str, vocab: NameVocabulary) -> str | None:
    """What a host name says about its application, or None when it says nothing.

    Tokens split on punctuation only: trailing digits go when what is left is a tier,
    site or environment code (``web01``), but stay on an application code (``bil2``
    is not ``bil``).
    """
    kept: list[str] = []
    bases: set[str] = set()
    for tok in _PUNCT.split(name.lower()):
        base = _TRAILING_DIGITS.sub("", tok)
        if len(base) < 2 or base[0].isdigit() or base in vocab.noise or base in bases:
            continue
        if vocab._is_glued_noise(base):
            continue
        kept.append(tok)
        bases.add(base)
    return "-".join(kept) or None


def signature_key(name: str, vocab: NameVocabulary) -> str:
    """The name without digits and environment: ``prd-pay-web01`` → ``pay-web``."""
    kept = [t for t in _tokens(name) if not _DIGITS.match(t) and t not in vocab.env and len(t) > 1]
    return "-".join(kept) or normalise_text(name)


def _embedding_text(asset: Mapping[str, Any]) -> str:
    name = re.sub(r"\d+", " ", asset_label(asset))
    parts = [name, str(asset.get("classified_type") or asset.get("asset_type") or "")]
    for key in ("os_name", "manufacturer", "model", "database_engine", "department", "location"):
        value = asset.get(key)
        if value:
            parts.append(str(value))
    return " ".join(parts)


def _cluster(
    keys: list[int],
    assets: Mapping[int, Mapping[str, Any]],
    embedder: Embedder,
    max_k: int,
    min_silhouette: float,
) -> tuple[list[int], np.ndarray, float] | None:
    """k-means labels and per-sample silhouettes for the best k, or None if none is good."""
    from sklearn.cluster import KMeans
    from sklearn.metrics import silhouette_samples, silhouette_score

    n = len(keys)
    if n < 3:
        return None
    vectors = embedder.embed([_embedding_text(assets[k]) for k in keys])
    distinct = len({v.tobytes() for v in vectors})
    if distinct < 2:
        return None
    # k-means cannot find more clusters than distinct points (and warns if asked to).
    top = min(max_k, n - 1, distinct)
    grid = [k for k in (2, 3, 4, 5, 6, 8, 10, 13, 16, 20, 25, 32, 40, 50, 64) if k <= top]
    if n > 64:
        # 32 SVD components keep the name families apart and make each k-means run and
        # the silhouette ~10x cheaper than on the 384 hashed dimensions.
        from sklearn.decomposition import TruncatedSVD

        reduced = TruncatedSVD(n_components=32, random_state=0).fit_transform(vectors)
        norms = np.linalg.norm(reduced, axis=1, keepdims=True)
        norms[norms == 0] = 1.0
        vectors = (reduced / norms).astype(np.float32)
    best: tuple[float, int, np.ndarray] | None = None
    sample = min(n, 1500)
    for k in grid:
        labels = KMeans(n_clusters=k, n_init=1, random_state=0).fit_predict(vectors)
        if len(set(labels.tolist())) < 2:
            continue
        score = float(
            silhouette_score(vectors, labels, metric="cosine", sample_size=sample, random_state=0)
        )
        if best is None or score > best[0]:
            best = (score, k, labels)
    if best is None or best[0] < min_silhouette:
        return None
    score, _k, labels = best
    per_sample = silhouette_samples(vectors, labels, metric="cosine") if n <= 5000 else None
    if per_sample is None:
        per_sample = np.full(n, score)
    return labels.tolist(), per_sample, score


def _common_token(names: Sequence[str], vocab: NameVocabulary) -> str | None:
    counts: Counter[str] = Counter()
    for name in names:
        counts.update(
            {t for t in _tokens(name) if len(t) > 1 and not _DIGITS.match(t) and t not in vocab.env}
        )
    if not counts:
        return None
    token, n = counts.most_common(1)[0]
    return token if n >= max(2, len(names) // 2) else None


def discover_applications(
    assets: Sequence[Mapping[str, Any]],
    edges: Sequence[Edge] = (),
    *,
    learned: Mapping[tuple[str, str], str] | None = None,
    embedder: Embedder | None = None,
    policy: Mapping[str, Any] | None = None,
) -> Discovery:
    """Group assets (dicts with ``asset_pk``) into applications.

    Args:
        assets: canonical asset rows, each with an ``asset_pk``.
        edges: resolved dependencies (source depends on target).
        learned: taught memberships, ``(key_kind, key) -> application`` with key_kind
            ``name`` (lower-case asset label) or ``signature`` (see ``signature_key``).
        embedder: embeds names and attributes for the clustering step; without one the
            leftovers become single-asset applications.
        policy: the assessment policy (``load_policy()`` when omitted).

    Returns:
        A ``Discovery``: every asset belongs to exactly one application.
    """
    policy = policy or load_policy()
    conf = policy["confidence"]
    disc = policy["discovery"]
    vocab = NameVocabulary(disc)
    by_pk = {int(a["asset_pk"]): a for a in assets}
    labels = {pk: asset_label(a) for pk, a in by_pk.items()}
    member: dict[int, _Member] = {}
    spelling: dict[str, Counter[str]] = defaultdict(Counter)

    def app_id(name: str) -> str:
        key = name.strip().lower()
        spelling[key][name.strip()] += 1
        return key

    # 1. taught by a person
    for pk, label in labels.items():
        if not learned:
            break
        sig = signature_key(label, vocab)
        if (app := learned.get(("name", label.lower()))) is not None:
            member[pk] = _Member(
                app_id(app), conf["learned"], "learned", f"a person moved {label} to {app}"
            )
        elif (app := learned.get(("signature", sig))) is not None:
            member[pk] = _Member(
                app_id(app),
                conf["learned"] * 0.95,
                "learned",
                f"a person moved assets named like {sig!r} to {app}",
            )

    # 2. explicit application field (an environment name there is a mis-mapped column);
    # an unmapped column named like an application column counts too, trusted a bit less.
    not_apps = {w.lower() for w in disc.get("not_application_names", ())} | vocab.env
    app_columns = {normalise_text(c) for c in disc.get("application_columns", ())}
    ignored: Counter[str] = Counter()
    for pk, a in by_pk.items():
        if pk in member:
            continue
        sources = [("application field", a.get("application_name"), conf["explicit"])]
        for header, raw in (a.get("extra") or {}).items():
            if normalise_text(str(header)) in app_columns:
                sources.append((f"column {header!r}", raw, conf.get("explicit_extra", 0.85)))
        for where, raw, confidence in sources:
            value = str(raw or "").strip()
            if not value:
                continue
            if value.lower() in not_apps:
                ignored[f"{where} value {value!r}"] += 1
                continue
            member[pk] = _Member(app_id(value), confidence, "explicit", f"{where} says {value!r}")
            break

    # 3. dependencies (hubs excluded: a shared LDAP server does not merge its clients)
    dependants: dict[int, set[int]] = defaultdict(set)
    for e in edges:
        dependants[e.target].add(e.source)
    hub_min = int(disc.get("hub_min_dependents", 6))
    hubs = {pk for pk, d in dependants.items() if len(d) >= hub_min}
    neighbours: dict[int, set[int]] = defaultdict(set)
    for e in edges:
        if e.source in hubs or e.target in hubs or e.source not in by_pk or e.target not in by_pk:
            continue
        neighbours[e.source].add(e.target)
        neighbours[e.target].add(e.source)

    def attach() -> None:
        """Unassigned assets join the application most of their (non-hub) neighbours have."""
        changed = True
        while changed:
            changed = False
            for pk in by_pk:
                if pk in member or not neighbours[pk]:
                    continue
                apps = Counter(member[n].app for n in neighbours[pk] if n in member)
                if not apps:
                    continue
                app, votes = apps.most_common(1)[0]
                if votes * 2 <= sum(apps.values()):
                    continue
                via = next(
                    labels[n]
                    for n in sorted(neighbours[pk])
                    if n in member and member[n].app == app
                )
                member[pk] = _Member(
                    app,
                    conf["dependency"],
                    "dependency",
                    f"depends on or is used by {via} of {spelling[app].most_common(1)[0][0]}",
                )
                changed = True

    attach()
    keys = {pk: naming_key(labels[pk], vocab) for pk in by_pk}
    group_max = int(disc.get("dependency_group_max", 60))
    dep_groups: list[list[int]] = []
    seen: set[int] = set()
    for pk in by_pk:
        if pk in member or pk in seen or not neighbours[pk]:
            continue
        stack, comp = [pk], []
        seen.add(pk)
        while stack:
            cur = stack.pop()
            comp.append(cur)
            for n in neighbours[cur]:
                if n not in seen and n not in member:
                    seen.add(n)
                    stack.append(n)
        # A component whose names disagree, or that is larger than any application, is
        # integration traffic between applications: names and clustering decide instead.
        named = {k for p in comp if (k := keys[p])}
        if 1 < len(comp) <= group_max and len(named) <= 1:
            dep_groups.append(sorted(comp))

    # 4. naming conventions (environment stripped), which also merge dependency groups
    app_keys: dict[str, Counter[str]] = defaultdict(Counter)
    for pk, m in member.items():
        if k := keys[pk]:
            app_keys[m.app][k] += 1
    key_to_app: dict[str, str] = {}
    for app, counter in app_keys.items():
        key, n = counter.most_common(1)[0]
        if n * 2 > sum(counter.values()) and key not in key_to_app:
            key_to_app[key] = app
    for app in list(app_keys) + list(spelling):
        key_to_app.setdefault(app, app)
    for comp in dep_groups:
        counter = Counter(k for pk in comp if (k := keys[pk]))
        ckey = counter.most_common(1)[0][0] if counter else None
        if ckey and ckey in key_to_app:
            app, method = key_to_app[ckey], "dependency+naming"
            why = f"connected by dependencies; names share {ckey!r} with {spelling[app].most_common(1)[0][0]}"
        else:
            app = app_id(ckey or f"{labels[comp[0]]}-stack")
            method = "dependency"
            why = f"connected by dependencies to {len(comp) - 1} other assets with no application"
            if ckey:
                key_to_app[ckey] = app
        for pk in comp:
            member[pk] = _Member(app, conf["dependency"], method, why)
    for pk in by_pk:
        nkey = keys[pk]
        if pk in member or not nkey:
            continue
        if nkey in key_to_app:
            app = key_to_app[nkey]
            reason = (
                f"name {labels[pk]!r} shares {nkey!r} with {spelling[app].most_common(1)[0][0]}"
            )
        else:
            app = app_id(nkey)
            key_to_app[nkey] = app
            reason = f"name {labels[pk]!r} carries application code {nkey!r}"
        member[pk] = _Member(app, conf["naming"], "naming", reason)
    # A naming group of one is weak evidence; let dependencies or clustering reconsider it.
    naming_sizes = Counter(m.app for m in member.values() if m.method == "naming")
    for pk in list(member):
        m = member[pk]
        if m.method == "naming" and naming_sizes[m.app] == 1 and m.app not in app_keys:
            del member[pk]
    attach()

    # 5. clustering of what is left
    rest = [pk for pk in by_pk if pk not in member]
    clustered = (
        _cluster(
            rest,
            by_pk,
            embedder,
            int(disc.get("cluster_max_k", 40)),
            float(disc.get("cluster_min_silhouette", 0.1)),
        )
        if embedder is not None and rest
        else None
    )
    if clustered is not None:
        cl_labels, per_sample, score = clustered
        groups: dict[int, list[int]] = defaultdict(list)
        for pk, lab in zip(rest, cl_labels, strict=True):
            groups[lab].append(pk)
        sil = dict(zip(rest, per_sample.tolist(), strict=True))
        for _lab, pks in sorted(groups.items()):
            token = _common_token([labels[p] for p in pks], vocab)
            types = Counter(str(by_pk[p].get("classified_type") or "asset") for p in pks)
            base = f"{token or types.most_common(1)[0][0]}-cluster"
            name, n = base, 1
            while name.lower() in spelling:
                n += 1
                name = f"{base}-{n}"
            app = app_id(name)
            for pk in pks:
                c = conf["cluster_base"] + 0.3 * max(0.0, sil[pk])
                member[pk] = _Member(
                    app,
                    min(c, conf["naming"]),
                    "cluster",
                    f"similar name and attributes to {len(pks) - 1} others "
                    f"(k-means, k={len(groups)}, silhouette {score:.2f})",
                )
    for pk in by_pk:
        if pk not in member:
            app = app_id(labels[pk])
            member[pk] = _Member(
                app,
                conf["singleton"],
                "singleton",
                "no field, dependency, naming or similarity evidence groups it",
            )

    grouped: dict[str, list[int]] = defaultdict(list)
    for pk in by_pk:
        grouped[member[pk].app].append(pk)
    applications = []
    for app, pks in grouped.items():
        methods = Counter(member[p].method for p in pks)
        reasons = list(dict.fromkeys(member[p].reason for p in pks))
        name = spelling[app].most_common(1)[0][0] if spelling[app] else app
        applications.append(
            Application(
                name=name,
                members=pks,
                confidence=float(np.mean([member[p].confidence for p in pks])),
                method=methods.most_common(1)[0][0],
                reasons=reasons[:5]
                + ([f"... and {len(reasons) - 5} more"] if len(reasons) > 5 else []),
                member_details={
                    p: (member[p].confidence, member[p].method, member[p].reason) for p in pks
                },
            )
        )
    applications.sort(key=lambda a: a.name.lower())
    names = {app: (spelling[app].most_common(1)[0][0] if spelling[app] else app) for app in grouped}
    membership = {pk: (names[m.app], m.confidence, m.method, m.reason) for pk, m in member.items()}
    notes = [
        f"{v} ({n} assets) names an environment, not an application: ignored"
        for v, n in ignored.most_common()
    ]
    return Discovery(applications, membership, notes)


def discover_tenant(
    store: Store, tenant: str, *, policy: Mapping[str, Any] | None = None
) -> tuple[Discovery, dict[int, str]]:
    """Discover the tenant's applications from stored assets and dependencies, store
    them (replacing the previous result) and return them with asset labels."""
    from migrascope.tools.dependencies import load_assets, stored_edges

    assets = load_assets(store, tenant)
    if not assets:
        from migrascope.errors import InputError

        raise InputError(
            f"Tenant {tenant!r} has no assets, so there is nothing to group or plan: "
            "import an inventory with at least one data row first."
        )
    result = discover_applications(
        assets,
        stored_edges(store, tenant),
        learned=store.application_patterns.learned(tenant),
        embedder=store.embedder,
        policy=policy,
    )
    store.applications.replace(tenant, result.applications)
    return result, {int(a["asset_pk"]): asset_label(a) for a in assets}


def move_asset(
    store: Store,
    tenant: str,
    asset: str,
    application: str,
    *,
    policy: Mapping[str, Any] | None = None,
    actor: str = "user",
) -> dict[str, Any]:
    """A person moves an asset (named by hostname, FQDN or asset id) to an application.

    The move applies now, is logged as feedback, and is learned as a pattern keyed by
    the asset's name and its signature, so the next discovery keeps it and puts the
    asset's siblings (same name but digits and environment) in the same place.
    """
    from migrascope.errors import InputError
    from migrascope.tools.dependencies import load_assets

    if not application.strip():
        raise InputError("An application name cannot be empty.")
    wanted = asset.strip().lower()
    found = [
        a
        for a in load_assets(store, tenant)
        if wanted in {str(a.get(k) or "").lower() for k in ("hostname", "fqdn", "asset_id")}
    ]
    if not found:
        raise InputError(f"No asset named {asset!r} in tenant {tenant!r}.")
    target = found[0]
    pk = int(target["asset_pk"])
    label = asset_label(target)
    before = store.applications.application_of(tenant, pk)
    vocab = NameVocabulary((policy or load_policy())["discovery"])
    keys = [("name", label.lower()), ("signature", signature_key(label, vocab))]
    pattern_ids = store.application_patterns.teach(tenant, keys, application.strip(), agent=actor)
    store.applications.move(tenant, pk, application.strip(), f"moved by {actor} from {before}")
    store.feedback.record(
        tenant,
        operation="application_membership",
        subject=label,
        action="correct" if before != application.strip() else "confirm",
        proposed=before,
        corrected=application.strip(),
        pattern_ids=pattern_ids,
        actor=actor,
    )
    return {"asset": label, "from": before, "to": application.strip(), "patterns": pattern_ids}
