"""Adaptive thresholds: band accuracy moves thresholds within bounds, with recorded reasons."""

from __future__ import annotations

import pytest

from migrascope.memory import Thresholds
from migrascope.tools.confidence import adapt_thresholds, band_accuracy, band_of
from migrascope.tools.feedback import FeedbackItem, record_feedback_batch
from migrascope.tools.history import record_decision


@pytest.mark.parametrize(
    ("confidence", "band"),
    [(0.95, "high"), (0.8, "high"), (0.79, "medium"), (0.5, "medium"), (0.49, "low"), (None, None)],
)
def test_band_limits(confidence, band):
    assert band_of(confidence) == band


def _judge(store, tenant, operation, confidence, outcomes, answer="rehost", right="refactor"):
    """Record decisions at a confidence and feedback: True confirms, False corrects."""
    items = []
    for i, ok in enumerate(outcomes):
        d = record_decision(store, tenant, operation, f"subject-{i}", answer, confidence)
        items.append(
            FeedbackItem(d["decision_id"], "confirm")
            if ok
            else FeedbackItem(d["decision_id"], "correct", right)
        )
    record_feedback_batch(store, tenant, items, adapt=False)


def test_low_high_band_accuracy_raises_auto_with_a_reason(store, tenant):
    _judge(store, tenant, "migration_strategy", 0.9, [True] * 10 + [False] * 9)
    assert adapt_thresholds(store, tenant, "migration_strategy") == []  # 19 < 20 events
    _judge(store, tenant, "migration_strategy", 0.9, [False])
    acc = band_accuracy(store, tenant, "migration_strategy")
    assert acc["high"].events == 20 and acc["high"].accuracy == pytest.approx(0.5)
    changes = adapt_thresholds(store, tenant, "migration_strategy")
    assert [(c.threshold, c.old_value, c.new_value) for c in changes] == [("auto", 0.95, 0.98)]
    assert store.thresholds.get(tenant, "migration_strategy").auto == pytest.approx(0.98)
    history = store.thresholds.history(tenant, "migration_strategy")
    assert len(history) == 1
    assert history[0]["reason"] == (
        "high-band accuracy 0.50 over 20 events is below 0.80: auto raised"
    )
    assert history[0]["created_at"] is not None and history[0]["events"] == 20
    # The same evidence never counts twice.
    assert adapt_thresholds(store, tenant, "migration_strategy") == []
    # Bounds: auto never exceeds auto_max (0.99).
    _judge(store, tenant, "migration_strategy", 0.9, [False] * 20)
    adapt_thresholds(store, tenant, "migration_strategy")
    _judge(store, tenant, "migration_strategy", 0.9, [False] * 20)
    assert adapt_thresholds(store, tenant, "migration_strategy") == []
    assert store.thresholds.get(tenant, "migration_strategy").auto == pytest.approx(0.99)


def test_low_medium_band_accuracy_raises_suggest(store, tenant):
    _judge(
        store, tenant, "risk_assessment", 0.6, [True] * 8 + [False] * 12, answer="low", right="high"
    )
    changes = adapt_thresholds(store, tenant, "risk_assessment")
    assert [(c.threshold, c.old_value, c.new_value) for c in changes] == [("suggest", 0.65, 0.68)]
    assert "medium-band accuracy 0.40" in changes[0].reason


def test_sustained_excellence_lowers_auto_within_bounds(store, tenant):
    store.thresholds.set(tenant, "field_mapping", Thresholds(0.76, 0.6, 0.3))
    _judge(store, tenant, "field_mapping", 0.92, [True] * 39, answer="hostname")
    assert adapt_thresholds(store, tenant, "field_mapping") == []  # not yet sustained
    _judge(store, tenant, "field_mapping", 0.92, [True], answer="hostname")
    changes = adapt_thresholds(store, tenant, "field_mapping")
    assert [(c.threshold, c.new_value) for c in changes] == [("auto", 0.75)]
    assert "at least 0.97: auto lowered" in changes[0].reason
    _judge(store, tenant, "field_mapping", 0.92, [True] * 40, answer="hostname")
    assert adapt_thresholds(store, tenant, "field_mapping") == []  # auto_min reached


def test_thresholds_are_per_tenant(store, tenant):
    other = store.ensure_tenant(tenant + "-b")
    _judge(store, tenant, "migration_strategy", 0.9, [False] * 20)
    adapt_thresholds(store, tenant, "migration_strategy")
    assert store.thresholds.get(other, "migration_strategy").auto == pytest.approx(0.95)
    assert store.thresholds.history(other) == []
