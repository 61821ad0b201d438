-- Applications, dependencies, assessments and wave plans (issue 6). Every table is
-- tenant-scoped; asset references point at assets.asset_pk and go with the asset.

CREATE TABLE IF NOT EXISTS applications (
    application_pk bigserial PRIMARY KEY,
    tenant_id text NOT NULL REFERENCES tenants (tenant_id),
    name text NOT NULL,
    confidence double precision NOT NULL,
    method text NOT NULL,
    reasons jsonb NOT NULL DEFAULT '[]'::jsonb,
    created_at timestamptz NOT NULL DEFAULT now(),
    UNIQUE (tenant_id, name)
);

-- One application per asset: the primary key is the asset.
CREATE TABLE IF NOT EXISTS application_members (
    tenant_id text NOT NULL REFERENCES tenants (tenant_id),
    asset_pk bigint NOT NULL REFERENCES assets (asset_pk) ON DELETE CASCADE,
    application_pk bigint NOT NULL REFERENCES applications (application_pk) ON DELETE CASCADE,
    confidence double precision NOT NULL,
    method text NOT NULL,
    reasons jsonb NOT NULL DEFAULT '[]'::jsonb,
    PRIMARY KEY (tenant_id, asset_pk)
);
CREATE INDEX IF NOT EXISTS application_members_app ON application_members (application_pk);

-- A person moved an asset to an application: keyed by the exact asset name and by its
-- signature (name without digits and environment), so siblings follow.
CREATE TABLE IF NOT EXISTS application_patterns (
    pattern_id bigserial PRIMARY KEY,
    tenant_id text NOT NULL REFERENCES tenants (tenant_id),
    key_kind text NOT NULL CHECK (key_kind IN ('name', 'signature')),
    key text NOT NULL,
    application text NOT NULL,
    embedding_text text NOT NULL,
    embedding vector(__DIM__) NOT NULL,
    confirmations integer NOT NULL DEFAULT 1,
    corrections integer NOT NULL DEFAULT 0,
    state text NOT NULL DEFAULT 'active' CHECK (state IN ('active', 'retired')),
    source_agent text NOT NULL DEFAULT 'human',
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    UNIQUE (tenant_id, key_kind, key)
);
CREATE INDEX IF NOT EXISTS application_patterns_embedding_hnsw
    ON application_patterns USING hnsw (embedding vector_cosine_ops);

-- The dependency graph. Unresolved edges are kept (asset pk NULL, status says why),
-- so nothing a client gave us is dropped.
CREATE TABLE IF NOT EXISTS dependencies (
    dependency_pk bigserial PRIMARY KEY,
    tenant_id text NOT NULL REFERENCES tenants (tenant_id),
    source_name text NOT NULL,
    target_name text NOT NULL,
    source_asset_pk bigint REFERENCES assets (asset_pk) ON DELETE SET NULL,
    target_asset_pk bigint REFERENCES assets (asset_pk) ON DELETE SET NULL,
    port integer,
    protocol text,
    origin text NOT NULL,
    status text NOT NULL CHECK (status IN ('resolved', 'unknown_source', 'unknown_target', 'self')),
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX IF NOT EXISTS dependencies_tenant_source ON dependencies (tenant_id, source_asset_pk);
CREATE INDEX IF NOT EXISTS dependencies_tenant_target ON dependencies (tenant_id, target_asset_pk);

CREATE TABLE IF NOT EXISTS assessments (
    tenant_id text NOT NULL REFERENCES tenants (tenant_id),
    subject_kind text NOT NULL CHECK (subject_kind IN ('asset', 'application')),
    subject text NOT NULL,
    asset_pk bigint REFERENCES assets (asset_pk) ON DELETE CASCADE,
    strategy text NOT NULL,
    confidence double precision NOT NULL,
    readiness double precision,
    details jsonb NOT NULL DEFAULT '{}'::jsonb,
    assessed_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, subject_kind, subject)
);

CREATE TABLE IF NOT EXISTS plans (
    plan_id bigserial PRIMARY KEY,
    tenant_id text NOT NULL REFERENCES tenants (tenant_id),
    settings jsonb NOT NULL DEFAULT '{}'::jsonb,
    summary jsonb NOT NULL DEFAULT '{}'::jsonb,
    excluded jsonb NOT NULL DEFAULT '[]'::jsonb,
    issues jsonb NOT NULL DEFAULT '[]'::jsonb,
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX IF NOT EXISTS plans_tenant ON plans (tenant_id, plan_id);

CREATE TABLE IF NOT EXISTS plan_waves (
    plan_id bigint NOT NULL REFERENCES plans (plan_id) ON DELETE CASCADE,
    tenant_id text NOT NULL REFERENCES tenants (tenant_id),
    number integer NOT NULL,
    pilot boolean NOT NULL DEFAULT false,
    start_date date,
    end_date date,
    applications jsonb NOT NULL DEFAULT '[]'::jsonb,
    assets jsonb NOT NULL DEFAULT '[]'::jsonb,
    reasons jsonb NOT NULL DEFAULT '{}'::jsonb,
    PRIMARY KEY (plan_id, number)
);
