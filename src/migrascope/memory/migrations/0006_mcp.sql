-- API tokens for the MCP server over HTTP. Only a SHA-256 of each token is kept:
-- tokens are 256 random bits, so a fast hash is enough and a leaked table
-- reveals nothing usable. Each token belongs to exactly one tenant.

CREATE TABLE IF NOT EXISTS api_tokens (
    token_id bigserial PRIMARY KEY,
    tenant_id text NOT NULL REFERENCES tenants (tenant_id),
    token_hash text NOT NULL UNIQUE,
    prefix text NOT NULL,
    label text NOT NULL DEFAULT '',
    created_at timestamptz NOT NULL DEFAULT now(),
    last_used_at timestamptz,
    revoked_at timestamptz
);
CREATE INDEX IF NOT EXISTS api_tokens_tenant ON api_tokens (tenant_id);
