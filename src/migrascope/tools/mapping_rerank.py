"""The last word on each column, learned from how the mapper erred on tools it never saw.

The mapper's rules and lexicon were written from labelled exports; on the next tool they
are right about 84 % of the time, and their scores are overconfident there. Every time a
round of new tools was written blind, the mapper of that day was run on it once before
anyone studied its mistakes. Those runs (``config/data/mapping_replays.jsonl``: each
column's candidates, scores, decision, value kinds, the header model's reading of a tool
it had not been trained on, and the column's true field) are exactly the situation of a
new tool. A gradient-boosted classifier trained on them scores every option of a column
(each candidate field and "no field") and picks the most probable one. Its probability
is the column's confidence, so confidences on a new tool mean what they say.

Taught columns (a learned pattern) are never re-ranked: a correction is the user's word.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from typing import Any

import numpy as np
from sklearn.ensemble import HistGradientBoostingClassifier

from migrascope.config import data_path, load_data
from migrascope.tools.model_cache import cached_model
from migrascope.tools.profiling import ColumnProfile

__all__ = [
    "ColumnFacts",
    "OptionScore",
    "Reranker",
    "agreements",
    "default_reranker",
    "enabled_reranker",
    "load_replays",
    "settle",
    "value_agreement",
    "within_experience",
]

REPLAYS_FILE = "mapping_replays.jsonl"
# Value kinds read as features of their own (the rest count through the dominant kind).
_KIND_FEATURES = ("date", "integer", "text", "uuid", "hostname", "ipv4")
_DECISIONS = {"auto": 0, "suggest": 1, "unmapped": 2}
_MAX_CANDIDATES = 6


@dataclass(frozen=True)
class ColumnFacts:
    """What the rules decided for one column and why: the reranker's input.

    ``candidates`` are (field or None, score, evidence source, score before teaching);
    ``model`` the header model's top readings (field or None, probability).
    """

    header: str
    target: str | None
    confidence: float
    decision: str
    combine: str | None
    candidates: tuple[tuple[str | None, float, str, float], ...]
    kinds: Mapping[str, float]
    dominant: str
    fill: float
    distinct: float
    list_share: float
    columns: int
    model: tuple[tuple[str | None, float], ...] = ()
    # Per field another column holds: the share of rows where this column's values are
    # that column's (the same value, or the same first DNS label): an alias of it.
    agreement: Mapping[str, float] = field(default_factory=dict)

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> ColumnFacts:
        return cls(
            header=str(data["header"]),
            target=data["target"],
            confidence=float(data["conf"]),
            decision=str(data["decision"]),
            combine=data.get("combine"),
            candidates=tuple(
                (c[0], float(c[1]), str(c[2]), float(c[3])) for c in data["cands"][:_MAX_CANDIDATES]
            ),
            kinds=dict(data.get("kinds", {})),
            dominant=str(data.get("dominant", "empty")),
            fill=float(data.get("fill", 0.0)),
            distinct=float(data.get("distinct", 0.0)),
            list_share=float(data.get("list_share", 0.0)),
            columns=int(data.get("ncols", 1)),
            model=tuple((m[0], float(m[1])) for m in data.get("model", [])),
            agreement={k: float(v) for k, v in data.get("agree", {}).items()},
        )


@dataclass(frozen=True)
class OptionScore:
    """The reranker's probability that a column holds ``target`` (None = no field)."""

    target: str | None
    probability: float


def _claims_of_others(
    file: Sequence[ColumnFacts], claims: Callable[[ColumnFacts], Mapping[str, float]]
) -> list[dict[str, list[tuple[int, float]]]]:
    """For each column, per field: which other columns of the file claim it, and what."""
    by_field: dict[str, list[tuple[int, float]]] = {}
    for i, f in enumerate(file):
        for name, value in claims(f).items():
            by_field.setdefault(name, []).append((i, value))
    out: list[dict[str, list[tuple[int, float]]]] = []
    for i in range(len(file)):
        mine = {}
        for name, holders in by_field.items():
            others = [(j, v) for j, v in holders if j != i]
            if others:
                mine[name] = others
        out.append(mine)
    return out


def _candidate_scores(facts: ColumnFacts) -> dict[str, float]:
    """Each field a column's candidates name, with its first (best) score."""
    scores: dict[str, float] = {}
    for target, score, _, _ in facts.candidates:
        if target:
            scores.setdefault(target, score)
    return scores


def _rivals(file: Sequence[ColumnFacts]) -> list[dict[str, tuple[float, int]]]:
    """For each column, per field: the best score another column has for it, and how many."""
    return [
        {name: (max(v for _, v in others), len(others)) for name, others in mine.items()}
        for mine in _claims_of_others(file, _candidate_scores)
    ]


def _depth(header: str) -> int:
    """How deep a flattened JSON key sits (``network.interfaces.ip`` is 2): the guide
    prefers the asset's own top-level value to a copy inside another object."""
    return header.count(".")


def _standing(file: Sequence[ColumnFacts]) -> list[dict[str, tuple[float, float, float]]]:
    """For each column, per field it may take: how it stands against the other columns
    that propose the field (score 0.5 or more), by the guide's tie-breaks: depth (mine
    minus the shallowest rival's), position (1 when it is left of every rival) and fill
    (mine minus the best rival's). Without rivals: (0, 1, 0)."""
    proposals = _claims_of_others(
        file, lambda f: {n: s for n, s in _candidate_scores(f).items() if s >= 0.5}
    )
    out: list[dict[str, tuple[float, float, float]]] = []
    for i, (f, theirs) in enumerate(zip(file, proposals, strict=True)):
        mine: dict[str, tuple[float, float, float]] = {}
        for name in _candidate_scores(f):
            rivals = [j for j, _ in theirs.get(name, [])]
            if not rivals:
                mine[name] = (0.0, 1.0, 0.0)
                continue
            mine[name] = (
                float(_depth(f.header) - min(_depth(file[j].header) for j in rivals)),
                float(i < min(rivals)),
                f.fill - max(file[j].fill for j in rivals),
            )
        out.append(mine)
    return out


def _taken(file: Sequence[ColumnFacts]) -> list[dict[str, float]]:
    """For each column, the fields other columns of the file took, with their confidence."""
    return [
        {name: max(v for _, v in others) for name, others in mine.items()}
        for mine in _claims_of_others(file, lambda f: {f.target: f.confidence} if f.target else {})
    ]


def value_agreement(mine: Sequence[str], theirs: Sequence[str]) -> float:
    """Share of rows (both filled) where two columns hold the same thing.

    The same value after case and spaces, or the same first DNS label (``web01`` and
    ``web01.corp.local``). Fewer than five shared rows say nothing (0.0). This function's
    source is also run by ``evals/build_mapping_replays.py`` inside old checkouts, so it
    uses nothing but the standard library.
    """
    both = 0
    same = 0
    for a, b in zip(mine, theirs, strict=True):
        a, b = a.strip().lower(), b.strip().lower()
        if not a or not b:
            continue
        both += 1
        if a == b or a.split(".", 1)[0] == b.split(".", 1)[0]:
            same += 1
    return same / both if both >= 5 else 0.0


def agreements(
    targets: Sequence[str | None], sample: Sequence[Sequence[str]]
) -> list[dict[str, float]]:
    """For each column, how far it agrees with the columns holding each other field."""
    columns = [[row[i] if i < len(row) else "" for row in sample] for i in range(len(targets))]
    out: list[dict[str, float]] = []
    for i in range(len(targets)):
        mine: dict[str, float] = {}
        for j, target in enumerate(targets):
            if j == i or target is None:
                continue
            share = value_agreement(columns[i], columns[j])
            if share > mine.get(target, 0.0):
                mine[target] = share
        out.append(mine)
    return out


class _Vocabulary:
    """Stable integer codes for categorical features; unknown values share one code."""

    def __init__(self, values: Sequence[str]) -> None:
        self.codes = {v: i for i, v in enumerate(sorted(set(values)))}

    def __call__(self, value: str | None) -> float:
        if value is None:
            return float(len(self.codes))
        return float(self.codes.get(value, len(self.codes) + 1))


def _options(facts: ColumnFacts) -> dict[str | None, tuple[int, float, str | None, float]]:
    """Each distinct candidate field (and "no field") with its rank, score, source, own.

    A field only the header model reads (no rule proposed it) is an option too: on a new
    tool the true field is missing from the rules' candidates for about 3 % of columns,
    and the model names most of them.
    """
    options: dict[str | None, tuple[int, float, str | None, float]] = {}
    for rank, (target, score, source, own) in enumerate(facts.candidates):
        options.setdefault(target, (rank, score, source, own))
    for target, _ in facts.model:
        if target:
            options.setdefault(target, (len(facts.candidates) + 1, 0.0, "model", 0.0))
    options.setdefault(None, (len(facts.candidates) + 2, 0.0, None, 0.0))
    return options


class Reranker:
    """Gradient-boosted scores of each option of a column, trained on blind replays.

    Two passes. The first scores each column's options from what the rules saw of that
    column and of the fields the others took. The second also reads the first pass's
    verdict on the rest of the file: a second column the first pass also calls
    ``os_name`` is, more often than not, a weaker copy the labellers leave unmapped,
    and a column no other one outbids keeps its field. The second pass learns from
    first-pass probabilities of files the first pass did not train on (grouped folds
    by tool), the situation it meets on a new export.
    """

    def __init__(
        self,
        rows: Sequence[tuple[ColumnFacts, Sequence[ColumnFacts], str | None]],
        groups: Sequence[str] | None = None,
    ):
        """``rows``: (column, the columns of its file, its true field); ``groups``: the
        tool of each row (rows of one tool never train the first pass that scores them
        for the second); without it every file is its own group."""
        if not rows:
            raise ValueError("a reranker needs at least one replayed column")
        settings = load_data("mapping_model.toml")["reranker"]
        self._settings = {
            k: settings[k]
            for k in ("iterations", "learning_rate", "max_leaf_nodes", "field_over_none")
        }
        self._fields = _Vocabulary(
            [t for f, _, _ in rows for t, *_ in f.candidates if t]
            + [truth for _, _, truth in rows if truth]
        )
        self._kinds = _Vocabulary([f.dominant for f, _, _ in rows])
        self._sources = _Vocabulary(
            ["model"] + [src for f, _, _ in rows for _, _, src, _ in f.candidates]
        )
        files = _files_of(rows, groups)
        # Each file's option rows once: every pass and fold below reads the same ones.
        batches = [self._file_rows(file) for file, _, _ in files]
        lessons = [(b, truths) for b, (_, truths, _) in zip(batches, files, strict=True)]
        self._first = self._fit(lessons)
        folds = int(settings.get("context_folds", 0))
        group_names = sorted({g for _, _, g in files})
        self._second: HistGradientBoostingClassifier | None = None
        if folds >= 2 and len(group_names) >= folds:
            # First-pass probabilities of each file from a model that never saw its tool.
            verdicts: dict[int, list[dict[str | None, float]]] = {}
            for k in range(folds):
                held = set(group_names[k::folds])
                inner = self._fit(
                    [x for x, f in zip(lessons, files, strict=True) if f[2] not in held]
                )
                for n, (_, _, group) in enumerate(files):
                    if group in held:
                        verdicts[n] = _verdicts(inner, batches[n])
            self._second = self._fit(
                [(_with_context(b, verdicts[n]), truths) for n, (b, truths) in enumerate(lessons)]
            )

    def _file_rows(self, file: Sequence[ColumnFacts]) -> list[list[tuple[str | None, list[float]]]]:
        """Every option of every column of a file with its first-pass features."""
        return [
            self._option_rows(f, t, r, s, n / max(len(file) - 1, 1))
            for n, (f, t, r, s) in enumerate(
                zip(file, _taken(file), _rivals(file), _standing(file), strict=True)
            )
        ]

    def _fit(
        self,
        files: Sequence[
            tuple[Sequence[Sequence[tuple[str | None, list[float]]]], Sequence[_Truth]]
        ],
    ) -> HistGradientBoostingClassifier:
        """One pass's classifier from files' option rows and their columns' true fields."""
        features: list[list[float]] = []
        labels: list[bool] = []
        for batches, truths in files:
            for batch, truth in zip(batches, truths, strict=True):
                if isinstance(truth, _Unlabelled):
                    continue
                for option, row in batch:
                    features.append(row)
                    labels.append(option == truth)
        categorical = np.zeros(len(features[0]), dtype=bool)
        categorical[list(self._categorical)] = True
        model = HistGradientBoostingClassifier(
            max_iter=int(self._settings["iterations"]),
            learning_rate=float(self._settings["learning_rate"]),
            max_leaf_nodes=int(self._settings["max_leaf_nodes"]),
            categorical_features=categorical,
            early_stopping=False,
            random_state=0,
        )
        model.fit(np.asarray(features), np.asarray(labels))
        return model

    # Positions of the categorical features in a row (see ``_option_rows``).
    _categorical = (14, 15, 16)

    def _option_rows(
        self,
        facts: ColumnFacts,
        taken: Mapping[str, float],
        rivals: Mapping[str, tuple[float, int]],
        standing: Mapping[str, tuple[float, float, float]],
        position: float,
    ) -> list[tuple[str | None, list[float]]]:
        options = _options(facts)
        best = max(score for _, score, _, _ in options.values())
        model = dict(facts.model)
        model_top = facts.model[0] if facts.model else (None, 0.0)
        kinds = facts.kinds
        rows = []
        for option, (rank, score, source, own) in options.items():
            claim = rivals.get(option, (0.0, 0)) if option else (0.0, 0)
            stand = standing.get(option, (0.0, 1.0, 0.0)) if option else (0.0, 0.0, 0.0)
            rows.append(
                (
                    option,
                    [
                        float(option is None),
                        float(option == facts.target),
                        score,
                        own,
                        float(rank),
                        score - best,
                        float(len(options) - 1),
                        taken.get(option, 0.0) if option else 0.0,
                        float(option in taken) if option else 0.0,
                        facts.confidence,
                        float(_DECISIONS.get(facts.decision, 3)),
                        facts.fill,
                        facts.distinct,
                        facts.list_share,
                        self._kinds(facts.dominant),
                        self._fields(option),
                        self._sources(source),
                        *(kinds.get(k, 0.0) for k in _KIND_FEATURES),
                        float(facts.combine is not None),
                        float(facts.columns),
                        model.get(option, 0.0),
                        float(bool(facts.model) and option == model_top[0]),
                        model_top[1],
                        claim[0],
                        float(claim[1]),
                        score - claim[0],
                        facts.agreement.get(option, 0.0) if option else 0.0,
                        max(facts.agreement.values(), default=0.0),
                        float(_depth(facts.header)),
                        position,
                        *stand,
                    ],
                )
            )
        return rows

    def score(self, file: Sequence[ColumnFacts]) -> list[list[OptionScore]]:
        """Every option of every column of one file, most probable first."""
        batches = self._file_rows(file)
        if not any(batches):
            return [[] for _ in file]
        verdicts = _verdicts(self._first, batches)
        if self._second is not None:
            verdicts = _verdicts(self._second, _with_context(batches, verdicts))
        bar = float(self._settings["field_over_none"])
        return [ranked_options(verdict, bar) for verdict in verdicts]


def ranked_options(
    verdict: Mapping[str | None, float], field_over_none: float
) -> list[OptionScore]:
    """One column's options, the one to take first.

    Each option is judged on its own ("is this one right?"), so "no field" and a field
    can both be likely (None 0.74, hostname 0.50): a field at least ``field_over_none``
    likely goes ahead of "no field" whatever that scores; otherwise the most probable
    goes first.
    """
    return sorted(
        (OptionScore(option, probability) for option, probability in verdict.items()),
        key=lambda s: (s.target is None or s.probability < field_over_none, -s.probability),
    )


def settle(
    options: Sequence[Sequence[OptionScore]],
    held: Mapping[int, str | None],
    shared: frozenset[str],
    coverage: float,
) -> list[OptionScore | None]:
    """Each free column's option once the file is read as a whole, by the labelling
    guide's "one column per field".

    ``options``: each column's options in the order to take them (``Reranker.score``);
    ``held``: columns whose field is settled already (taught, summed parts), which the
    others must not take; ``shared``: fields several columns may feed (disk sizes that
    add up). Two free columns whose likeliest field is the same: the more probable keeps
    it, the other takes its next option no one holds (often no field). Then a field the
    file shows but nobody took (the record name left unmapped because the column the
    rules made its primary turned out to be the FQDN) goes to the column likeliest to
    hold it, when that column took no field and its probability is at least
    ``coverage``. Returns None for held columns and columns without options.
    """
    choice: list[OptionScore | None] = [
        None if i in held or not opts else opts[0] for i, opts in enumerate(options)
    ]
    fixed = {f for f in held.values() if f is not None}

    def probability(i: int, target: str) -> float:
        return next((o.probability for o in options[i] if o.target == target), 0.0)

    for _ in range(len(options) + 1):
        claimants: dict[str, list[int]] = {}
        for i, c in enumerate(choice):
            if c is not None and c.target is not None and c.target not in shared:
                claimants.setdefault(c.target, []).append(i)
        contested = {f: ids for f, ids in claimants.items() if len(ids) > 1 or (ids and f in fixed)}
        if not contested:
            break
        for target, ids in contested.items():
            winner = None if target in fixed else max(ids, key=lambda i: probability(i, target))
            for i in ids:
                if i == winner:
                    continue
                taken = fixed | {
                    c.target for j, c in enumerate(choice) if j != i and c is not None and c.target
                }
                choice[i] = next(
                    (
                        o
                        for o in options[i]
                        if o.target is None or o.target in shared or o.target not in taken
                    ),
                    OptionScore(None, 0.0),
                )
    held_now = fixed | {c.target for c in choice if c is not None and c.target}
    wanted = sorted(
        (
            (o.probability, i, o)
            for i, opts in enumerate(options)
            for o in opts
            if o.target is not None and o.target not in held_now and o.probability >= coverage
        ),
        key=lambda x: (-x[0], x[1]),
    )
    for _, i, o in wanted:
        c = choice[i]
        if c is None or c.target is not None or o.target is None or o.target in held_now:
            continue
        choice[i] = o
        held_now.add(o.target)
    return choice


def _files_of(
    rows: Sequence[tuple[ColumnFacts, Sequence[ColumnFacts], str | None]],
    groups: Sequence[str] | None,
) -> list[tuple[Sequence[ColumnFacts], list[_Truth], str]]:
    """The distinct files of the rows, each column's truth and the file's group."""
    files: dict[int, tuple[Sequence[ColumnFacts], dict[int, str | None], str]] = {}
    for n, (facts, file, truth) in enumerate(rows):
        if id(file) not in files:
            files[id(file)] = (file, {}, groups[n] if groups is not None else str(len(files)))
        files[id(file)][1][id(facts)] = truth
    return [
        (file, [truths.get(id(f), _UNLABELLED) for f in file], group)
        for file, truths, group in files.values()
    ]


class _Unlabelled:
    """A column of a file that has no row of its own: context, not a lesson."""


_UNLABELLED = _Unlabelled()
_Truth = str | _Unlabelled | None


def _verdicts(
    model: HistGradientBoostingClassifier,
    batches: Sequence[Sequence[tuple[str | None, list[float]]]],
) -> list[dict[str | None, float]]:
    """Each column's probability per option from one pass."""
    flat = [row for batch in batches for _, row in batch]
    if not flat:
        return [{} for _ in batches]
    probabilities = model.predict_proba(np.asarray(flat))[:, 1]
    out: list[dict[str | None, float]] = []
    at = 0
    for batch in batches:
        out.append({option: float(probabilities[at + k]) for k, (option, _) in enumerate(batch)})
        at += len(batch)
    return out


def _with_context(
    batches: Sequence[Sequence[tuple[str | None, list[float]]]],
    verdicts: Sequence[Mapping[str | None, float]],
) -> list[list[tuple[str | None, list[float]]]]:
    """The second pass's rows: the first ones plus what the first pass made of the file.

    Per option: its first-pass probability, the best any other column has for it, how
    many other columns the first pass gives it to, how many outbid this one, this
    column's probability of no field and of its best option.
    """
    tops = [max(v, key=lambda o: v[o]) if v else None for v in verdicts]
    out = []
    for i, (batch, verdict) in enumerate(zip(batches, verdicts, strict=True)):
        rows = []
        for option, row in batch:
            mine = verdict.get(option, 0.0)
            others = (
                [v.get(option, 0.0) for j, v in enumerate(verdicts) if j != i]
                if option is not None
                else []
            )
            best_other = max(others, default=0.0)
            rows.append(
                (
                    option,
                    [
                        *row,
                        mine,
                        best_other,
                        float(sum(1 for j, t in enumerate(tops) if j != i and t == option))
                        if option is not None
                        else 0.0,
                        float(sum(1 for p in others if p > mine)),
                        verdict.get(None, 0.0),
                        max(verdict.values(), default=0.0),
                        mine - best_other,
                    ],
                )
            )
        out.append(rows)
    return out


def load_replays(
    path: str | None = None,
) -> list[tuple[ColumnFacts, list[ColumnFacts], str | None]]:
    """The replayed columns of ``config/data/mapping_replays.jsonl`` (or ``path``).

    One JSON object per file: ``{"tool", "file", "columns": [facts..., with "truth"]}``.
    """
    return [row for row, _ in _replays(path)]


def _replays(
    path: str | None,
) -> list[tuple[tuple[ColumnFacts, list[ColumnFacts], str | None], str]]:
    source = data_path(REPLAYS_FILE) if path is None else path
    rows: list[tuple[tuple[ColumnFacts, list[ColumnFacts], str | None], str]] = []
    with open(source, encoding="utf-8") as fh:
        for line in fh:
            if not line.strip():
                continue
            record = json.loads(line)
            file = [ColumnFacts.from_json(c) for c in record["columns"]]
            for facts, raw in zip(file, record["columns"], strict=True):
                rows.append(((facts, file, raw["truth"]), str(record["tool"])))
    return rows


def within_experience(profiles: Sequence[ColumnProfile | None]) -> bool:
    """Whether a table looks like the exports the reranker learned from.

    Every replayed file is a real export of at least 15 columns and 60 rows; a hand-typed
    table of three columns and five rows is outside what it has seen, and the rules alone
    decide there (``[reranker]`` ``min_columns``, ``min_rows`` in mapping_model.toml).
    """
    settings = load_data("mapping_model.toml")["reranker"]
    rows = max((p.total for p in profiles if p is not None), default=0)
    return len(profiles) >= int(settings["min_columns"]) and rows >= int(settings["min_rows"])


@cache
def default_reranker() -> Reranker:
    """The reranker trained on the bundled replays (once per machine: see ``model_cache``)."""
    return cached_model(
        "reranker",
        [REPLAYS_FILE, "mapping_model.toml"],
        [__file__],
        _bundled_reranker,
    )


def _bundled_reranker() -> Reranker:
    """Trained on the bundled replays, read once, each row grouped by its tool."""
    replays = _replays(None)
    return Reranker([row for row, _ in replays], [tool for _, tool in replays])


def enabled_reranker() -> Reranker | None:
    """The bundled reranker when ``mapping_model.toml`` turns it on, else None."""
    return default_reranker() if load_data("mapping_model.toml")["reranker"]["enabled"] else None
