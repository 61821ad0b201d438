-- Core tables. __DIM__ is replaced by the embedder's dimension (a checked integer).
-- Convention: a table with an `embedding vector` column also has `embedding_text`,
-- the text it was computed from, so `migrascope reembed` can rebuild any of them.

CREATE TABLE IF NOT EXISTS store_meta (
    key text PRIMARY KEY,
    value text NOT NULL
);

CREATE TABLE IF NOT EXISTS tenants (
    tenant_id text PRIMARY KEY,
    share_patterns boolean NOT NULL DEFAULT false,
    created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE IF NOT EXISTS imports (
    import_id bigserial PRIMARY KEY,
    tenant_id text NOT NULL REFERENCES tenants (tenant_id),
    file_name text NOT NULL,
    content_hash text NOT NULL,
    format text,
    encoding text,
    delimiter text,
    status text NOT NULL DEFAULT 'running'
        CHECK (status IN ('running', 'completed', 'failed')),
    rows_total integer NOT NULL DEFAULT 0,
    rows_imported integer NOT NULL DEFAULT 0,
    rows_failed integer NOT NULL DEFAULT 0,
    errors jsonb NOT NULL DEFAULT '[]'::jsonb,
    mapping jsonb NOT NULL DEFAULT '[]'::jsonb,
    started_at timestamptz NOT NULL DEFAULT now(),
    finished_at timestamptz,
    UNIQUE (tenant_id, content_hash)
);

CREATE TABLE IF NOT EXISTS raw_records (
    tenant_id text NOT NULL REFERENCES tenants (tenant_id),
    import_id bigint NOT NULL REFERENCES imports (import_id) ON DELETE CASCADE,
    row_number integer NOT NULL,
    data jsonb NOT NULL,
    problems jsonb NOT NULL DEFAULT '[]'::jsonb,
    PRIMARY KEY (import_id, row_number)
);
CREATE INDEX IF NOT EXISTS raw_records_tenant ON raw_records (tenant_id);

CREATE TABLE IF NOT EXISTS assets (
    asset_pk bigserial PRIMARY KEY,
    tenant_id text NOT NULL REFERENCES tenants (tenant_id),
    import_id bigint NOT NULL REFERENCES imports (import_id) ON DELETE CASCADE,
    row_number integer NOT NULL,
    asset_id text,
    hostname text,
    fqdn text,
    ip_address text,
    mac_address text,
    asset_type text,
    os_name text,
    os_version text,
    cpu_cores integer,
    cpu_sockets integer,
    cpu_model text,
    memory_gb double precision,
    storage_gb double precision,
    storage_used_gb double precision,
    environment text,
    application_name text,
    business_owner text,
    technical_owner text,
    department text,
    location text,
    datacenter text,
    cluster text,
    virtualization_host text,
    is_virtual boolean,
    power_state text,
    criticality text,
    serial_number text,
    manufacturer text,
    model text,
    database_engine text,
    database_version text,
    install_date date,
    end_of_life_date date,
    cost_center text,
    description text,
    status text,
    network_zone text,
    dependencies text,
    extra jsonb NOT NULL DEFAULT '{}'::jsonb,
    classified_type text,
    classification jsonb NOT NULL DEFAULT '{}'::jsonb,
    created_at timestamptz NOT NULL DEFAULT now(),
    UNIQUE (import_id, row_number)
);
CREATE INDEX IF NOT EXISTS assets_tenant_hostname ON assets (tenant_id, hostname);
CREATE INDEX IF NOT EXISTS assets_tenant_type ON assets (tenant_id, classified_type);

CREATE TABLE IF NOT EXISTS mapping_patterns (
    pattern_id bigserial PRIMARY KEY,
    tenant_id text NOT NULL REFERENCES tenants (tenant_id),
    source_key text NOT NULL,
    source_header text NOT NULL,
    target text,
    profile jsonb NOT NULL DEFAULT '{}'::jsonb,
    embedding_text text NOT NULL,
    embedding vector(__DIM__) NOT NULL,
    confirmations integer NOT NULL DEFAULT 0,
    corrections integer NOT NULL DEFAULT 0,
    state text NOT NULL DEFAULT 'active' CHECK (state IN ('active', 'retired')),
    source_agent text NOT NULL DEFAULT 'human',
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    UNIQUE (tenant_id, source_key)
);
CREATE INDEX IF NOT EXISTS mapping_patterns_embedding_hnsw
    ON mapping_patterns USING hnsw (embedding vector_cosine_ops);

CREATE TABLE IF NOT EXISTS classification_patterns (
    pattern_id bigserial PRIMARY KEY,
    tenant_id text NOT NULL REFERENCES tenants (tenant_id),
    signature text NOT NULL,
    label text NOT NULL,
    features jsonb NOT NULL DEFAULT '{}'::jsonb,
    embedding_text text NOT NULL,
    embedding vector(__DIM__) NOT NULL,
    confirmations integer NOT NULL DEFAULT 0,
    corrections integer NOT NULL DEFAULT 0,
    state text NOT NULL DEFAULT 'active' CHECK (state IN ('active', 'retired')),
    source_agent text NOT NULL DEFAULT 'human',
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    UNIQUE (tenant_id, signature)
);
CREATE INDEX IF NOT EXISTS classification_patterns_embedding_hnsw
    ON classification_patterns USING hnsw (embedding vector_cosine_ops);

CREATE TABLE IF NOT EXISTS feedback_events (
    event_id bigserial PRIMARY KEY,
    tenant_id text NOT NULL REFERENCES tenants (tenant_id),
    operation text NOT NULL,
    subject text NOT NULL,
    action text NOT NULL CHECK (action IN ('confirm', 'correct', 'reject')),
    proposed text,
    corrected text,
    confidence double precision,
    pattern_ids bigint[] NOT NULL DEFAULT '{}',
    actor text NOT NULL DEFAULT 'user',
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX IF NOT EXISTS feedback_events_tenant_op ON feedback_events (tenant_id, operation, created_at);

CREATE TABLE IF NOT EXISTS confidence_thresholds (
    tenant_id text NOT NULL REFERENCES tenants (tenant_id),
    operation text NOT NULL,
    auto double precision NOT NULL,
    suggest double precision NOT NULL,
    reject double precision NOT NULL,
    updated_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, operation)
);
