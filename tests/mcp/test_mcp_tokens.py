"""API tokens: stored hashed, shown once, revocable; the CLI that manages them."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from migrascope.cli import app
from migrascope.memory._tokens import hash_token


def test_tokens_are_stored_hashed_and_map_to_their_tenant(store, tenant):
    record, secret = store.tokens.create(tenant, "laptop")
    assert secret.startswith("msk_") and len(secret) > 40
    rows = store.execute("SELECT * FROM api_tokens WHERE token_id = %s", (record.token_id,))
    assert rows[0]["token_hash"] == hash_token(secret)
    assert secret not in json.dumps(rows[0], default=str)
    assert store.tokens.verify(secret) == tenant
    assert store.tokens.verify(secret + "x") is None
    assert store.tokens.verify("") is None
    assert store.tokens.list(tenant)[0].last_used_at is not None
    store.tokens.revoke(record.token_id)
    assert store.tokens.verify(secret) is None
    assert store.tokens.list(tenant) == []
    assert [t.token_id for t in store.tokens.list(tenant, include_revoked=True)] == [
        record.token_id
    ]


def test_token_cli_add_list_revoke(settings, tenant, monkeypatch):
    monkeypatch.setenv("MIGRASCOPE_HOME", str(settings.home))
    runner = CliRunner()
    added = runner.invoke(app, ["token", "add", "--tenant", tenant, "--label", "ci", "--json"])
    assert added.exit_code == 0, added.output
    made = json.loads(added.stdout)
    assert made["tenant_id"] == tenant and made["token"].startswith("msk_")

    listed = runner.invoke(app, ["token", "list", "--tenant", tenant, "--json"])
    rows = json.loads(listed.stdout)
    assert [r["token_id"] for r in rows] == [made["token_id"]]
    assert "token" not in rows[0] and made["token"] not in listed.stdout

    revoked = runner.invoke(app, ["token", "revoke", str(made["token_id"])])
    assert revoked.exit_code == 0
    again = runner.invoke(app, ["token", "revoke", str(made["token_id"])])
    assert again.exit_code == 1
    assert f"No active token #{made['token_id']}" in again.output
