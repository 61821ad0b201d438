"""Metrics, scoring and baselines on cases whose answers are known by hand."""

from __future__ import annotations

import pytest

from migrascope.evaluation import (
    Decision,
    accuracy_by_band,
    band_of,
    exact_name_mapping,
    expected_calibration_error,
    fuzzy_name_mapping,
    reliability_bins,
    score_columns,
    score_rows,
)
from migrascope.evaluation._scoring import share_correct


@pytest.mark.parametrize(
    ("confidence", "band"),
    [
        (1.0, "high"),
        (0.8, "high"),
        (0.7999, "medium"),
        (0.5, "medium"),
        (0.4999, "low"),
        (0.0, "low"),
    ],
)
def test_band_edges(confidence: float, band: str) -> None:
    assert band_of(confidence) == band


def test_accuracy_by_band_counts_each_decision_once() -> None:
    decisions = [
        Decision(0.9, True),
        Decision(0.85, False),
        Decision(0.6, True),
        Decision(0.55, True),
        Decision(0.2, False),
    ]
    bands = accuracy_by_band(decisions)
    assert [(b.count, b.correct) for b in bands.values()] == [(2, 1), (2, 2), (1, 0)]
    assert bands["high"].accuracy == 0.5
    assert bands["medium"].accuracy == 1.0
    assert bands["low"].accuracy == 0.0
    assert bands["high"].mean_confidence == pytest.approx(0.875)
    assert sum(b.count for b in bands.values()) == len(decisions)


def test_empty_bands_are_reported_without_accuracy() -> None:
    bands = accuracy_by_band([Decision(0.95, True)])
    assert bands["low"].count == 0
    assert bands["low"].accuracy is None
    assert bands["low"].to_json() == {
        "count": 0,
        "correct": 0,
        "accuracy": None,
        "mean_confidence": None,
    }


def test_ece_is_zero_when_confidence_matches_accuracy() -> None:
    decisions = [Decision(0.9, i < 9) for i in range(10)]
    assert expected_calibration_error(decisions) == pytest.approx(0.0)


def test_ece_of_overconfident_decisions() -> None:
    decisions = [Decision(0.9, i < 5) for i in range(10)]
    assert expected_calibration_error(decisions) == pytest.approx(0.4)


def test_ece_weights_bins_by_their_share() -> None:
    # 4 at 0.95, all right: gap 0.05; 6 at 0.25, half right: gap 0.25.
    decisions = [Decision(0.95, True)] * 4 + [Decision(0.25, i < 3) for i in range(6)]
    assert expected_calibration_error(decisions) == pytest.approx((4 * 0.05 + 6 * 0.25) / 10)


def test_ece_of_nothing_is_unknown_not_perfect() -> None:
    assert expected_calibration_error([]) is None


def test_reliability_bins_put_confidence_one_in_the_last_bin() -> None:
    bins = reliability_bins([Decision(1.0, True), Decision(0.0, False)], bins=4)
    assert [b["count"] for b in bins] == [1, 0, 0, 1]
    assert bins[-1]["accuracy"] == 1.0


def test_one_wrong_column_lowers_accuracy_by_exactly_one_share() -> None:
    truth = {
        "Host": "hostname",
        "RAM": "memory_gb",
        "Notes": None,
        "ips.ip": "ip_address",
        "Gone": "os_name",
    }
    predicted = {
        "Host": ("hostname", 0.95, "auto"),
        "RAM": ("storage_gb", 0.7, "suggest"),
        "Notes": (None, 0.1, "unmapped"),
        "ips": ("ip_address", 0.9, "auto"),  # JSON array flattened without ".ip"
    }
    scores = score_columns(truth, predicted)
    assert [s.correct for s in scores] == [True, False, True, True, False]
    assert scores[4].decision == "absent"
    assert share_correct(scores) == pytest.approx(3 / 5)
    predicted["Host"] = ("fqdn", 0.95, "auto")
    assert share_correct(score_columns(truth, predicted)) == pytest.approx(3 / 5 - 1 / 5)


def test_rows_without_a_label_are_not_scored_and_missing_rows_are_wrong() -> None:
    scores = score_rows(
        {1: "server", 2: None, 3: "database"}, {1: ("server", 0.9), 2: ("other", 0.2)}
    )
    assert [(s.row, s.correct) for s in scores] == [(1, True), (3, False)]


def test_exact_name_baseline() -> None:
    got = exact_name_mapping(["Hostname", "IP_Address", "Memory (MB)", "Server Name", "memory_gb"])
    assert got == {
        "Hostname": "hostname",
        "IP_Address": "ip_address",
        "Memory (MB)": None,
        "Server Name": None,
        "memory_gb": "memory_gb",
    }


def test_fuzzy_name_baseline() -> None:
    got = fuzzy_name_mapping(["Memory", "Host Name", "Qwxz"])
    assert got["Memory"] == "memory_gb"
    assert got["Host Name"] == "hostname"
    assert got["Qwxz"] is None


def test_valentine_coma_baseline_on_canonical_names() -> None:
    pytest.importorskip("valentine")
    from migrascope.evaluation import valentine_mapping

    headers = ["hostname", "ip_address", "memory_gb"]
    rows = [["web-01", "10.0.0.1", "16"], ["db-01", "10.0.0.2", "64"]]
    assert valentine_mapping(headers, rows, "coma") == {h: h for h in headers}
