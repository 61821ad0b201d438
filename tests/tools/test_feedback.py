"""Feedback on decisions, validation that changes nothing, and decision history."""

from __future__ import annotations

import json
from datetime import date

import pytest
from typer.testing import CliRunner

from migrascope.cli import app
from migrascope.errors import InputError
from migrascope.tools.feedback import FeedbackItem, record_feedback, record_feedback_batch
from migrascope.tools.history import explain, record_decision
from migrascope.tools.importing import import_file, map_file
from migrascope.tools.readers import open_table

CSV = "Gizmo Tag,RAM (MB),Widget Score\nweb01,4096,3\ndb01,8192,5\n"
CSV2 = "Gizmo Tag,RAM (MB),Widget Score\napp07,2048,1\n"


def _counts(store, tenant):
    row = store.execute(
        "SELECT (SELECT count(*) FROM feedback_events WHERE tenant_id = %(t)s) AS events, "
        "(SELECT count(*) FROM mapping_patterns WHERE tenant_id = %(t)s) AS mp, "
        "(SELECT count(*) FROM classification_patterns WHERE tenant_id = %(t)s) AS cp, "
        "(SELECT coalesce(sum(alpha + beta), 0) FROM mapping_patterns WHERE tenant_id = %(t)s) AS ab, "
        "(SELECT count(*) FROM decisions WHERE tenant_id = %(t)s AND outcome IS NOT NULL) AS judged",
        {"t": tenant},
    )
    return row[0]


def test_import_records_one_decision_per_column_with_evidence(store, tenant, write_csv):
    report = import_file(store, tenant, write_csv(CSV))
    decisions = store.decisions.history(tenant, import_id=report.import_id)
    assert [d["subject"] for d in decisions] == ["Gizmo Tag", "RAM (MB)", "Widget Score"]
    assert report.decision_ids == [d["decision_id"] for d in decisions]
    ram = decisions[1]
    assert ram["answer"] == "memory_gb"
    assert ram["evidence"]["candidates"][0]["target"] == "memory_gb"
    assert ram["evidence"]["thresholds"]["auto"] == pytest.approx(0.9)
    assert ram["evidence"]["reasons"]


def test_correction_teaches_and_the_next_import_maps_exactly(store, tenant, write_csv):
    report = import_file(store, tenant, write_csv(CSV))
    srv = store.decisions.history(tenant, import_id=report.import_id)[0]
    result = record_feedback(store, tenant, srv["decision_id"], "correct", "hostname")
    assert result.action == "correct" and result.taught_pattern_id is not None
    event = store.feedback.list(tenant)[0]
    assert (event["decision_id"], event["corrected"], event["proposed"]) == (
        srv["decision_id"],
        "hostname",
        srv["answer"],
    )
    assert event["band"] in {"high", "medium", "low"}
    assert store.decisions.get(tenant, srv["decision_id"])["outcome"] == "correct"
    with open_table(write_csv(CSV2, name="second.csv")) as table:
        mapping = map_file(store, tenant, table)
    assert mapping.columns[0].target == "hostname"
    assert mapping.columns[0].decision == "auto"


def test_confirm_rewards_the_pattern_that_decided(store, tenant, write_csv):
    pattern = store.mapping_patterns.teach(tenant, "Widget Score", "criticality")
    report = import_file(store, tenant, write_csv(CSV))
    widget = store.decisions.history(tenant, import_id=report.import_id)[2]
    assert widget["pattern_ids"] == [pattern.pattern_id]
    result = record_feedback(store, tenant, widget["decision_id"], "confirm")
    assert result.rewarded == [pattern.pattern_id]
    after = store.mapping_patterns.by_ids(tenant, [pattern.pattern_id])[pattern.pattern_id]
    assert (after.alpha, after.confirmations) == (pattern.alpha + 1, pattern.confirmations + 1)
    rejected = record_feedback(store, tenant, widget["decision_id"], "reject")
    assert rejected.penalised == [pattern.pattern_id]
    after = store.mapping_patterns.by_ids(tenant, [pattern.pattern_id])[pattern.pattern_id]
    assert after.beta == pattern.beta + 1


@pytest.mark.parametrize(
    ("operation", "answer", "action", "message"),
    [
        pytest.param(
            "field_mapping",
            "ram_size",
            "correct",
            "Target 'ram_size' is not a canonical field",
            id="target-outside-schema",
        ),
        pytest.param(
            "asset_classification",
            "mainframe",
            "correct",
            "Answer 'mainframe' is not valid for asset_classification",
            id="label-outside-taxonomy",
        ),
        pytest.param(
            "migration_strategy",
            "lift-and-pray",
            "correct",
            "Answer 'lift-and-pray' is not valid for migration_strategy",
            id="strategy-outside-6r",
        ),
        pytest.param(
            "field_mapping", None, "correct", "A correction needs the right answer", id="no-answer"
        ),
        pytest.param(
            "field_mapping",
            "hostname",
            "reject",
            "Only a correction takes an answer",
            id="reject-with-answer",
        ),
        pytest.param(
            "field_mapping",
            None,
            "approve",
            "Feedback action 'approve' is not one of",
            id="bad-action",
        ),
    ],
)
def test_bad_feedback_is_rejected_and_changes_nothing(
    store, tenant, operation, answer, action, message
):
    pattern = store.mapping_patterns.teach(tenant, "Some Col", "description")
    answer_now = (
        "description"
        if operation == "field_mapping"
        else ("server" if operation == "asset_classification" else "rehost")
    )
    d = record_decision(
        store,
        tenant,
        operation,
        "Some Col",
        answer_now,
        0.7,
        pattern_ids=[pattern.pattern_id] if operation == "field_mapping" else [],
    )
    before = _counts(store, tenant)
    with pytest.raises(InputError, match=message):
        record_feedback(store, tenant, d["decision_id"], action, answer)
    assert _counts(store, tenant) == before


def test_unknown_decision_is_rejected_and_changes_nothing(store, tenant):
    before = _counts(store, tenant)
    with pytest.raises(InputError, match=r"Decision #987654321 does not exist for tenant"):
        record_feedback(store, tenant, 987654321, "confirm")
    assert _counts(store, tenant) == before


def test_a_batch_is_all_or_nothing(store, tenant):
    good = record_decision(store, tenant, "asset_classification", "web01", "server", 0.9)
    bad = record_decision(store, tenant, "asset_classification", "db01", "server", 0.9)
    before = _counts(store, tenant)
    with pytest.raises(InputError, match=r"Feedback item 2: .*Nothing of this batch was recorded"):
        record_feedback_batch(
            store,
            tenant,
            [
                FeedbackItem(good["decision_id"], "confirm"),
                FeedbackItem(bad["decision_id"], "correct", "blob"),
            ],
        )
    assert _counts(store, tenant) == before
    results = record_feedback_batch(
        store,
        tenant,
        [
            FeedbackItem(good["decision_id"], "confirm"),
            FeedbackItem(bad["decision_id"], "correct", "database"),
        ],
    )
    assert [r.action for r in results] == ["confirm", "correct"]
    taught = store.classification_patterns.list(tenant)
    assert {p.answer for p in taught} == {"server", "database"}


def test_explain_says_why_and_what_changed_since(store, tenant, write_csv):
    report = import_file(store, tenant, write_csv(CSV))
    ram = store.decisions.history(tenant, import_id=report.import_id)[1]
    record_feedback(store, tenant, ram["decision_id"], "correct", "storage_gb")
    import_file(store, tenant, write_csv(CSV2, name="second.csv"))
    out = explain(store, tenant, subject="RAM (MB)", decision_id=ram["decision_id"])
    assert out["decision"]["answer"] == "memory_gb"
    assert out["why"]["candidates"][0]["target"] == "memory_gb"
    changes = " | ".join(out["since"]["changes"])
    assert "user corrected (storage_gb)" in changes
    assert "decided storage_gb" in changes
    latest = explain(store, tenant, subject="ram (mb)", on=date.today())
    assert latest["decision"]["answer"] == "storage_gb"
    with pytest.raises(
        InputError, match="No field_mapping decision about 'RAM \\(MB\\)' on 1999-03-03"
    ):
        explain(store, tenant, subject="RAM (MB)", on=date(1999, 3, 3))


def test_cli_feedback_give_and_why(store, tenant, write_csv):
    report = import_file(store, tenant, write_csv(CSV))
    srv = report.decision_ids[0]
    runner = CliRunner()
    done = runner.invoke(
        app, ["feedback", "give", str(srv), "correct", "-a", "hostname", "-t", tenant, "--json"]
    )
    assert done.exit_code == 0, done.output
    assert json.loads(done.stdout)["taught_pattern_id"] is not None
    bad = runner.invoke(app, ["feedback", "give", str(srv), "correct", "-a", "nope", "-t", tenant])
    assert bad.exit_code == 1
    assert "not a canonical field" in bad.output
    why = runner.invoke(app, ["feedback", "why", "Gizmo Tag", "-t", tenant, "--json"])
    assert why.exit_code == 0, why.output
    assert json.loads(why.stdout)["decision"]["decision_id"] == srv


def test_repeated_failures_retire_an_agents_pattern_through_feedback(store, tenant):
    guess = store.mapping_patterns.teach(
        tenant, "Blob Ref", "asset_id", agent="mapper", explicit=False
    )
    retired = []
    for _ in range(8):
        d = record_decision(
            store,
            tenant,
            "field_mapping",
            "Blob Ref",
            "asset_id",
            0.7,
            pattern_ids=[guess.pattern_id],
        )
        retired += record_feedback(store, tenant, d["decision_id"], "reject", adapt=False).retired
    assert retired == [guess.pattern_id]
    final = store.mapping_patterns.list(tenant)[0]
    assert final.state == "retired" and final.corrections == 8
    assert store.mapping_patterns.get(tenant, ["blob ref"]) == {}
