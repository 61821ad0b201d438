"""Learning statistics and plots, through the tool and the `stats` command."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from migrascope.cli import app
from migrascope.tools.analytics import learning_stats, write_plots
from migrascope.tools.feedback import FeedbackItem, record_feedback_batch
from migrascope.tools.history import record_decision

PNG = b"\x89PNG\r\n\x1a\n"


def _activity(store, tenant):
    items = []
    for i in range(25):
        d = record_decision(store, tenant, "migration_strategy", f"app-{i}", "rehost", 0.9)
        items.append(
            FeedbackItem(
                d["decision_id"], "confirm" if i % 2 else "correct", None if i % 2 else "refactor"
            )
        )
    for i in range(4):
        d = record_decision(store, tenant, "migration_strategy", f"mid-{i}", "rehost", 0.6)
        items.append(FeedbackItem(d["decision_id"], "confirm"))
    record_feedback_batch(store, tenant, items)
    p = store.mapping_patterns.teach(
        tenant, "Old Col", "description", agent="mapper", explicit=False
    )
    store.mapping_patterns.retire(tenant, p.pattern_id, "test")
    store.mapping_patterns.teach(tenant, "New Col", "description")


def test_stats_count_states_accuracy_bands_thresholds_and_trends(store, tenant):
    _activity(store, tenant)
    stats = learning_stats(store, tenant, window=10)
    assert stats["patterns"]["field_mapping"] == {"active": 1, "retired": 1}
    acc = stats["accuracy"]
    assert acc["overall"] == {
        "events": 29,
        "correct": 16,
        "accuracy": pytest.approx(16 / 29, abs=1e-4),
    }
    assert acc["by_band"]["high"] == {"events": 25, "correct": 12, "accuracy": 0.48}
    assert acc["by_band"]["medium"]["accuracy"] == 1.0
    assert acc["by_band"]["low"]["events"] == 0
    hist = stats["thresholds"]["migration_strategy"]["history"]
    assert [h["threshold"] for h in hist] == ["auto"] and "raised" in hist[0]["reason"]
    assert stats["thresholds"]["migration_strategy"]["current"]["auto"] == pytest.approx(0.98)
    windows = stats["trends"]["migration_strategy"]["windows"]
    assert [w["events"] for w in windows] == [10, 10, 9]
    assert stats["recent_activity"]["decisions_24h"] == 29
    assert stats["recent_activity"]["feedback_24h"] == 29
    assert len(stats["recent_activity"]["last_feedback"]) == 10


def test_plots_are_png_files(store, tenant, tmp_path):
    _activity(store, tenant)
    paths = write_plots(learning_stats(store, tenant), tmp_path / "plots")
    assert {p.name for p in paths} == {
        "accuracy_over_time.png",
        "learning_curve.png",
        "threshold_history.png",
    }
    for p in paths:
        assert p.read_bytes()[:8] == PNG and p.stat().st_size > 1000


def test_stats_command_json_and_plots(store, tenant, tmp_path):
    _activity(store, tenant)
    result = CliRunner().invoke(
        app, ["stats", "--tenant", tenant, "--json", "--plots", str(tmp_path / "p")]
    )
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["tenant"] == tenant and data["accuracy"]["overall"]["events"] == 29
    assert len(data["plots"]) == 3
    table = CliRunner().invoke(app, ["stats", "--tenant", tenant])
    assert table.exit_code == 0 and "Accuracy from feedback" in table.stdout
