"""The learning agent: feedback into patterns, naming conventions, self-training.

It turns a person's answers (confirm, correct, reject) into feedback events and
patterns, bootstraps a new tenant's patterns from synthetic labelled estates, and
discovers naming conventions. A discovered convention is stored as a *suggestion*;
it is used only after a person accepts it or labelled data agrees with it.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from typing import Any, Literal

from psycopg.types.json import Jsonb
from pydantic import BaseModel, Field

from migrascope.errors import InputError
from migrascope.memory import Store
from migrascope.tools.classification import signature
from migrascope.tools.naming import NamingSuggestion, parse_name, suggest_naming_patterns
from migrascope.tools.synthetic import CONVENTIONS, HEADER_STYLES, generate_estate

__all__ = [
    "Answer",
    "BootstrapInput",
    "BootstrapOutput",
    "LearningAgent",
    "NamingRecord",
]

Operation = Literal["field_mapping", "asset_classification", "migration_strategy"]


class Answer(BaseModel):
    """A person's answer to one review item."""

    id: str = Field(description="The review item's id.")
    action: Literal["confirm", "correct", "reject"]
    value: str | None = Field(default=None, description="The right answer, for 'correct'.")
    actor: str = "user"


class BootstrapInput(BaseModel):
    """How much synthetic experience to give a new tenant."""

    seed: int = 0
    rows_per_estate: int = Field(default=300, ge=12, le=20_000)
    header_styles: list[str] = Field(default_factory=lambda: list(HEADER_STYLES))
    conventions: list[str] = Field(default_factory=lambda: list(CONVENTIONS))
    classification: bool = Field(
        default=False,
        description="Also teach asset types of consistent synthetic signatures (off by "
        "default: it did not improve the rule-based cold start in our measurements).",
    )


class BootstrapOutput(BaseModel):
    """What the bootstrap taught."""

    mapping_patterns: int
    classification_patterns: int
    naming_accepted: list[str]
    estates: int


class NamingRecord(BaseModel):
    """A stored naming convention."""

    naming_id: int
    template: str
    regex: str
    support: int
    coverage: float
    state: str
    examples: list[str]
    evidence: dict[str, Any]


_UPSERT_NAMING_SQL = """
INSERT INTO naming_patterns (tenant_id, template, regex, support, coverage, examples, evidence)
VALUES (%s, %s, %s, %s, %s, %s, %s)
ON CONFLICT (tenant_id, template) DO UPDATE SET
    regex = EXCLUDED.regex, support = EXCLUDED.support, coverage = EXCLUDED.coverage,
    examples = EXCLUDED.examples,
    evidence = naming_patterns.evidence || EXCLUDED.evidence, updated_at = now()
RETURNING naming_id
"""
_NAMING_COLS = "naming_id, template, regex, support, coverage, state, examples, evidence"


class LearningAgent:
    """Feedback, patterns, naming conventions and self-training for one store."""

    def __init__(self, store: Store) -> None:
        self.store = store

    # -- feedback ---------------------------------------------------------------------

    def apply_answer(
        self,
        tenant: str,
        operation: Operation,
        subject: str,
        proposed: str | None,
        answer: Answer,
        *,
        confidence: float | None = None,
        record: dict[str, Any] | None = None,
    ) -> int:
        """Store one answer as a feedback event and, when it teaches something, a pattern.

        ``record`` is the asset's canonical fields (classification answers learn its
        signature). Returns the feedback event id.
        """
        right = proposed if answer.action == "confirm" else answer.value
        if answer.action == "correct" and not answer.value:
            raise InputError(f"The correction of {subject!r} needs the right answer in 'value'.")
        if operation == "migration_strategy" and answer.action != "reject":
            # Strategies are learned by the assessment tools from these events.
            from migrascope.tools.assessment import record_strategy_feedback

            return record_strategy_feedback(
                self.store,
                tenant,
                subject,
                proposed=proposed,
                corrected=answer.value if answer.action == "correct" else None,
                confidence=confidence,
                actor=answer.actor,
            )
        pattern_ids: list[int] = []
        if answer.action in ("confirm", "correct") and right is not None:
            if operation == "field_mapping":
                target = None if right.lower() in {"none", "extra"} else right
                p = self.store.mapping_patterns.teach(tenant, subject, target, agent=answer.actor)
                pattern_ids.append(p.pattern_id)
            else:
                sig = signature(record or {"hostname": subject})
                p = self.store.classification_patterns.teach(tenant, sig, right, agent=answer.actor)
                pattern_ids.append(p.pattern_id)
        return self.store.feedback.record(
            tenant,
            operation=operation,
            subject=subject,
            action=answer.action,
            proposed=proposed,
            corrected=answer.value if answer.action == "correct" else None,
            confidence=confidence,
            pattern_ids=pattern_ids,
            actor=answer.actor,
        )

    # -- naming conventions -----------------------------------------------------------

    def discover_naming(
        self, tenant: str, names: Sequence[str] | None = None, *, min_support: int = 3
    ) -> list[NamingRecord]:
        """Find the tenant's naming conventions (from its assets' hostnames when no
        names are given) and store them as suggestions; returns what is stored."""
        if names is None:
            rows = self.store.execute(
                "SELECT hostname FROM assets WHERE tenant_id = %s AND hostname IS NOT NULL "
                "ORDER BY asset_pk LIMIT 50000",
                (tenant,),
            )
            names = [r["hostname"] for r in rows]
        suggestions = suggest_naming_patterns(names, min_support=min_support)
        for s in suggestions:
            self._store_naming(tenant, s, {"discovered_from": len(names)})
        return [n for n in self.naming(tenant) if n.template in {s.template for s in suggestions}]

    def _store_naming(self, tenant: str, s: NamingSuggestion, evidence: dict[str, Any]) -> int:
        rows = self.store.execute(
            _UPSERT_NAMING_SQL,
            (
                tenant,
                s.template,
                s.regex,
                s.support,
                s.coverage,
                Jsonb(s.examples),
                Jsonb({**evidence, "confidence": s.confidence, "values": s.values}),
            ),
        )
        return int(rows[0]["naming_id"])

    def naming(self, tenant: str, state: str | None = None) -> list[NamingRecord]:
        """The tenant's stored conventions, best supported first."""
        rows = self.store.execute(
            f"SELECT {_NAMING_COLS} FROM naming_patterns WHERE tenant_id = %s "
            "AND (%s::text IS NULL OR state = %s) ORDER BY support DESC, naming_id",
            (tenant, state, state),
        )
        return [NamingRecord(**r) for r in rows]

    def decide_naming(
        self, tenant: str, naming_id: int, accept: bool, *, actor: str = "user"
    ) -> NamingRecord:
        """A person accepts or rejects a suggested convention (recorded as feedback)."""
        rows = self.store.execute(
            f"UPDATE naming_patterns SET state = %s, updated_at = now(), "
            "evidence = evidence || %s WHERE tenant_id = %s AND naming_id = %s "
            f"RETURNING {_NAMING_COLS}",
            (
                "accepted" if accept else "rejected",
                Jsonb({"decided_by": actor}),
                tenant,
                naming_id,
            ),
        )
        if not rows:
            raise InputError(f"Tenant {tenant!r} has no naming convention #{naming_id}.")
        rec = NamingRecord(**rows[0])
        self.store.feedback.record(
            tenant,
            operation="naming_convention",
            subject=rec.template,
            action="confirm" if accept else "reject",
            proposed=rec.template,
            actor=actor,
        )
        return rec

    def verify_naming(
        self,
        tenant: str,
        labelled: Sequence[tuple[str, dict[str, str]]],
        *,
        min_names: int = 10,
        min_agreement: float = 0.95,
    ) -> list[NamingRecord]:
        """Accept suggestions that labelled names confirm.

        ``labelled`` holds (hostname, {"env": ..., "app": ...}) with the truth in the
        convention's own codes or words; a suggestion is accepted when at least
        ``min_names`` labelled names parse and their fields agree ``min_agreement`` of
        the time. The agreement is stored as the evidence.
        """
        accepted = []
        for rec in self.naming(tenant, "suggested"):
            checked = agree = 0
            for name, truth in labelled:
                fields = parse_name(rec.regex, name)
                if fields is None:
                    continue
                shared = [k for k in truth if k in fields]
                if not shared:
                    continue
                checked += 1
                agree += all(fields[k] == truth[k].lower() for k in shared)
            if checked >= min_names and agree / checked >= min_agreement:
                self.store.execute(
                    "UPDATE naming_patterns SET state = 'accepted', updated_at = now(), "
                    "evidence = evidence || %s WHERE naming_id = %s",
                    (
                        Jsonb({"labelled_checked": checked, "agreement": agree / checked}),
                        rec.naming_id,
                    ),
                )
                accepted.append(rec.naming_id)
        return [n for n in self.naming(tenant, "accepted") if n.naming_id in accepted]

    def parse_names(self, tenant: str, names: Sequence[str]) -> dict[str, dict[str, str]]:
        """Fields of each name under the tenant's *accepted* conventions only."""
        conventions = self.naming(tenant, "accepted")
        out: dict[str, dict[str, str]] = {}
        for name in names:
            for rec in conventions:
                fields = parse_name(rec.regex, name)
                if fields is not None:
                    out[name] = {**fields, "template": rec.template}
                    break
        return out

    # -- self-training ----------------------------------------------------------------

    def bootstrap(self, tenant: str, inp: BootstrapInput | None = None) -> BootstrapOutput:
        """Seed a new tenant from synthetic labelled estates.

        Every header of every bundled export style is taught with its true field, the
        distinct asset signatures with their true type, and the naming conventions the
        estates use are discovered, then accepted only where the labels agree.
        """
        inp = inp or BootstrapInput()
        self.store.ensure_tenant(tenant)
        headers: dict[str, str | None] = {}
        labels: dict[str, Counter[str]] = defaultdict(Counter)
        labelled_names: list[tuple[str, dict[str, str]]] = []
        estates = 0
        for i, style in enumerate(inp.header_styles):
            for j, convention in enumerate(inp.conventions):
                estate = generate_estate(
                    inp.rows_per_estate,
                    seed=inp.seed + 100 * i + j,
                    convention=convention,
                    header_style=style,
                )
                estates += 1
                headers.update(estate.truth_columns)
                for asset in estate.assets:
                    record = {
                        field: asset.row.get(header)
                        for header, field in estate.truth_columns.items()
                        if field is not None
                    }
                    record.setdefault("hostname", asset.hostname)
                    labels[signature(record)][asset.asset_type] += 1
                    if style == inp.header_styles[0] and asset.application:
                        labelled_names.append((asset.hostname, {"app": asset.application}))
        for header, target in headers.items():
            self.store.mapping_patterns.teach(tenant, header, target, agent="bootstrap")
        taught = 0
        for sig, counts in labels.items() if inp.classification else ():
            # Only consistent evidence: a signature the estates label two ways (a
            # database VM is 'database' in one export, 'virtual_machine' in another)
            # would teach noise.
            if len(counts) > 1 or sum(counts.values()) < 2:
                continue
            label, _ = counts.most_common(1)[0]
            taught += 1
            self.store.classification_patterns.teach(
                tenant, sig, label, features={"bootstrap_rows": sum(counts.values())},
                agent="bootstrap",
            )  # fmt: skip
        names = [n for n, _ in labelled_names]
        self.discover_naming(tenant, names)
        # The synthetic apps are words (payments) where names carry codes (pay): check
        # the parse against the code each host was generated with instead.
        truth = [(n, {"app": _app_code(n, t["app"])}) for n, t in labelled_names]
        accepted = self.verify_naming(tenant, [(n, t) for n, t in truth if t["app"]])
        return BootstrapOutput(
            mapping_patterns=len(headers),
            classification_patterns=taught,
            naming_accepted=[a.template for a in accepted],
            estates=estates,
        )


def _app_code(name: str, application: str) -> str:
    """The token of ``name`` that abbreviates ``application`` (its code), or ''."""
    from migrascope.tools.naming import tokenize

    app = application.lower().replace("-", "")
    for tok in tokenize(name):
        if tok.isalpha() and len(tok) >= 2 and app.startswith(tok[:2]) and _subsequence(tok, app):
            return tok
    return ""


def _subsequence(short: str, long: str) -> bool:
    it = iter(long)
    return all(ch in it for ch in short)
