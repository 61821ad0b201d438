"""Baseline column matchers, run on the same files as migrascope.

* exact-name: the header, lower-cased with punctuation removed, equals a canonical
  field name (``IP_Address`` → ``ip_address``), else nothing;
* fuzzy-name: rapidfuzz ``WRatio`` of the header against each field name (underscores
  as spaces), the best at or above a cut-off, else nothing;
* valentine (optional extra ``[eval]``): the schema matchers of the ``valentine``
  package (COMA schema-only, and the instance-based Jaccard matcher against a
  synthetic canonical table; Similarity Flooding on request), one-to-one greedy.
  Cupid and COMA with instances are left out: they download NLTK corpora at run time.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache
from typing import Any

from rapidfuzz import fuzz, process

from migrascope.config import CANONICAL_FIELDS

__all__ = [
    "ALL_VALENTINE_MATCHERS",
    "VALENTINE_MATCHERS",
    "exact_name_mapping",
    "fuzzy_name_mapping",
    "valentine_available",
    "valentine_mapping",
]

_NON_ALNUM = re.compile(r"[^a-z0-9]+")
FUZZY_CUTOFF = 80.0
VALENTINE_MATCHERS = ("coma", "jaccard")
# Similarity Flooding works too (``valentine_mapping(..., "similarity_flooding")``) but
# took ~45 s per 30-column file on 2 cores, so a default run leaves it out.
ALL_VALENTINE_MATCHERS = (*VALENTINE_MATCHERS, "similarity_flooding")


def _squash(text: str) -> str:
    return _NON_ALNUM.sub("", text.lower())


def exact_name_mapping(headers: Sequence[str]) -> dict[str, str | None]:
    """Header → field when the squashed names are equal."""
    fields = {_squash(f): f for f in CANONICAL_FIELDS}
    return {h: fields.get(_squash(h)) for h in headers}


def fuzzy_name_mapping(
    headers: Sequence[str], cutoff: float = FUZZY_CUTOFF
) -> dict[str, str | None]:
    """Header → the most similar field name when similar enough (no lexicon, no values)."""
    choices = {f: f.replace("_", " ") for f in CANONICAL_FIELDS}
    out: dict[str, str | None] = {}
    for h in headers:
        query = " ".join(_NON_ALNUM.sub(" ", h.lower()).split())
        best = process.extractOne(query, choices, scorer=fuzz.WRatio, score_cutoff=cutoff)
        out[h] = best[2] if best else None
    return out


def valentine_available() -> bool:
    """Whether the optional ``valentine`` package can be imported."""
    try:
        import valentine  # noqa: F401
    except ImportError:
        return False
    return True


@cache
def _canonical_frame(n_rows: int = 200) -> Any:
    """A target table with canonical column names and values from a synthetic estate.

    The values come from the generator (seed fixed, not from the file under test), so
    instance matchers have something to compare with and nothing leaks from the truth.
    """
    import pandas as pd

    from migrascope.tools.synthetic import generate_estate

    columns: dict[str, list[str]] = {f: [] for f in CANONICAL_FIELDS}
    for style in ("generic", "servicenow"):
        estate = generate_estate(n_rows // 2, seed=424242, header_style=style)
        for asset in estate.assets:
            seen: set[str] = set()
            for header, target in estate.truth_columns.items():
                if target in columns and target not in seen:
                    columns[target].append(asset.row.get(header, ""))
                    seen.add(target)
            for f in CANONICAL_FIELDS:
                if f not in seen:
                    columns[f].append("")
    return pd.DataFrame(columns)


def _matcher(name: str) -> Any:
    from valentine.algorithms import Coma, JaccardDistanceMatcher, SimilarityFlooding

    if name == "coma":
        return Coma(use_instances=False)
    if name == "similarity_flooding":
        return SimilarityFlooding()
    if name == "jaccard":
        return JaccardDistanceMatcher()
    raise ValueError(f"unknown valentine matcher {name!r}; choose from {ALL_VALENTINE_MATCHERS}")


def valentine_mapping(
    headers: Sequence[str], rows: Sequence[Sequence[str]], matcher: str
) -> dict[str, str | None]:
    """Header → field by one valentine matcher (one-to-one greedy); needs ``valentine``."""
    import pandas as pd
    from valentine import valentine_match

    width = len(headers)
    data = [list(r[:width]) + [""] * (width - len(r)) for r in rows]
    # valentine needs unique column names; duplicates are rare but exist in exports.
    unique = [f"{h}#{i}" if headers.index(h) != i else h for i, h in enumerate(headers)]
    source = pd.DataFrame(data or [[""] * width], columns=unique)
    result = valentine_match(
        [source, _canonical_frame()], _matcher(matcher), df_names=["source", "target"]
    )
    chosen: dict[str, str | None] = dict.fromkeys(headers)
    for pair in result.one_to_one_greedy():
        if pair.source_table == "source" and pair.source_column in unique:
            chosen[headers[unique.index(pair.source_column)]] = pair.target_column
    return chosen
