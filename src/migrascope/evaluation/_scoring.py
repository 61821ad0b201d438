"""Score predictions against a dataset's truth: columns for mapping, rows for types.

Columns are scored over the truth's columns: a column whose truth is a field is right
when mapped to that field; a column whose truth is null is right when left unmapped.
A truth column the reader did not produce counts as unmapped (so a reader that loses a
column loses its points), except that a JSON array addressed as ``ips.ip`` in the truth
is matched to a flattened ``ips`` header.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from migrascope.evaluation._metrics import Decision

__all__ = ["ColumnScore", "RowScore", "decisions", "score_columns", "score_rows", "share_correct"]


@dataclass(frozen=True)
class ColumnScore:
    """One truth column: what it is, what was predicted, and with what confidence."""

    column: str
    header: str | None
    truth: str | None
    predicted: str | None
    confidence: float
    decision: str

    @property
    def correct(self) -> bool:
        return self.predicted == self.truth

    def to_json(self) -> dict[str, Any]:
        return {
            "column": self.column,
            "truth": self.truth,
            "predicted": self.predicted,
            "confidence": round(self.confidence, 4),
            "decision": self.decision,
        }


@dataclass(frozen=True)
class RowScore:
    """One labelled row: its true and predicted type and the confidence."""

    row: int
    truth: str
    predicted: str | None
    confidence: float

    @property
    def correct(self) -> bool:
        return self.predicted == self.truth


def _file_header(column: str, headers: Mapping[str, Any]) -> str | None:
    if column in headers:
        return column
    if "." in column:
        parent = column.rsplit(".", 1)[0]
        if parent in headers:
            return parent
    return None


def score_columns(
    truth: Mapping[str, str | None],
    predicted: Mapping[str, tuple[str | None, float, str]],
) -> list[ColumnScore]:
    """``predicted`` maps a file header to (target or None, confidence, decision)."""
    out = []
    for column, target in truth.items():
        header = _file_header(column, predicted)
        if header is None:
            out.append(ColumnScore(column, None, target, None, 0.0, "absent"))
            continue
        pred, conf, decision = predicted[header]
        out.append(ColumnScore(column, header, target, pred, conf, decision))
    return out


def score_rows(
    truth: Mapping[int, str | None], predicted: Mapping[int, tuple[str, float]]
) -> list[RowScore]:
    """Rows with a true type; a labelled row the pipeline did not produce is wrong."""
    out = []
    for row, label in sorted(truth.items()):
        if label is None:
            continue
        pred, conf = predicted.get(row, (None, 0.0))
        out.append(RowScore(row, label, pred, conf))
    return out


def share_correct(scores: Sequence[ColumnScore] | Sequence[RowScore]) -> float:
    """Share of right answers (0.0 for an empty list)."""
    return sum(s.correct for s in scores) / len(scores) if scores else 0.0


def decisions(scores: Sequence[ColumnScore] | Sequence[RowScore]) -> list[Decision]:
    """The scored decisions that carry a confidence: a proposed target or type."""
    return [Decision(s.confidence, s.correct) for s in scores if s.predicted is not None]
