-- Learning dynamics (issue 5): pattern posteriors and states, decisions with their
-- evidence, threshold history, conflicts, the exploration choice log and the
-- anonymised global pool. __DIM__ is the embedder's dimension (a checked integer).

-- Every pattern holds a Beta(alpha, beta) posterior of "its answer is right".
-- confirmations/corrections stay the lifetime counters the mappers read.
ALTER TABLE mapping_patterns
    ADD COLUMN IF NOT EXISTS alpha double precision NOT NULL DEFAULT 1,
    ADD COLUMN IF NOT EXISTS beta double precision NOT NULL DEFAULT 1,
    ADD COLUMN IF NOT EXISTS source_crew text NOT NULL DEFAULT 'default',
    ADD COLUMN IF NOT EXISTS explicit boolean NOT NULL DEFAULT false,
    ADD COLUMN IF NOT EXISTS retired_at timestamptz,
    ADD COLUMN IF NOT EXISTS retired_reason text;
ALTER TABLE classification_patterns
    ADD COLUMN IF NOT EXISTS alpha double precision NOT NULL DEFAULT 1,
    ADD COLUMN IF NOT EXISTS beta double precision NOT NULL DEFAULT 1,
    ADD COLUMN IF NOT EXISTS source_crew text NOT NULL DEFAULT 'default',
    ADD COLUMN IF NOT EXISTS explicit boolean NOT NULL DEFAULT false,
    ADD COLUMN IF NOT EXISTS retired_at timestamptz,
    ADD COLUMN IF NOT EXISTS retired_reason text;
UPDATE mapping_patterns SET alpha = 1 + confirmations, beta = 1 + corrections,
    explicit = (source_agent = 'human');
UPDATE classification_patterns SET alpha = 1 + confirmations, beta = 1 + corrections,
    explicit = (source_agent = 'human');
CREATE INDEX IF NOT EXISTS mapping_patterns_tenant_state ON mapping_patterns (tenant_id, state);
CREATE INDEX IF NOT EXISTS classification_patterns_tenant_state
    ON classification_patterns (tenant_id, state);

-- One row per decision the system made (a column mapped, an asset classified...),
-- with the evidence it was made on, so "why, and what changed since?" has an answer.
CREATE TABLE IF NOT EXISTS decisions (
    decision_id bigserial PRIMARY KEY,
    tenant_id text NOT NULL REFERENCES tenants (tenant_id),
    operation text NOT NULL,
    subject text NOT NULL,
    subject_key text NOT NULL,
    import_id bigint REFERENCES imports (import_id) ON DELETE SET NULL,
    answer text,
    confidence double precision NOT NULL,
    decision text NOT NULL,
    pattern_ids bigint[] NOT NULL DEFAULT '{}',
    evidence jsonb NOT NULL DEFAULT '{}'::jsonb,
    outcome text CHECK (outcome IN ('confirm', 'correct', 'reject')),
    outcome_answer text,
    outcome_at timestamptz,
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX IF NOT EXISTS decisions_tenant_subject
    ON decisions (tenant_id, operation, subject_key, created_at);
CREATE INDEX IF NOT EXISTS decisions_tenant_import ON decisions (tenant_id, import_id);

ALTER TABLE feedback_events
    ADD COLUMN IF NOT EXISTS decision_id bigint REFERENCES decisions (decision_id)
        ON DELETE SET NULL,
    ADD COLUMN IF NOT EXISTS band text,
    ADD COLUMN IF NOT EXISTS crew text;
CREATE INDEX IF NOT EXISTS feedback_events_decision ON feedback_events (decision_id);

-- Every adjustment of a tenant's thresholds, with its reason and the evidence.
CREATE TABLE IF NOT EXISTS threshold_history (
    history_id bigserial PRIMARY KEY,
    tenant_id text NOT NULL REFERENCES tenants (tenant_id),
    operation text NOT NULL,
    threshold text NOT NULL CHECK (threshold IN ('auto', 'suggest', 'reject')),
    old_value double precision NOT NULL,
    new_value double precision NOT NULL,
    reason text NOT NULL,
    accuracy double precision,
    events integer NOT NULL DEFAULT 0,
    last_event_id bigint NOT NULL DEFAULT 0,
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX IF NOT EXISTS threshold_history_tenant_op
    ON threshold_history (tenant_id, operation, history_id);

-- Patterns with similar keys and different answers, and how they were resolved.
CREATE TABLE IF NOT EXISTS pattern_conflicts (
    conflict_id bigserial PRIMARY KEY,
    tenant_id text NOT NULL REFERENCES tenants (tenant_id),
    operation text NOT NULL,
    conflict_key text NOT NULL,
    pattern_ids bigint[] NOT NULL,
    answers jsonb NOT NULL,
    strategy text NOT NULL,
    resolved_answer text,
    winner_pattern_id bigint,
    details jsonb NOT NULL DEFAULT '{}'::jsonb,
    detections integer NOT NULL DEFAULT 1,
    first_seen timestamptz NOT NULL DEFAULT now(),
    last_seen timestamptz NOT NULL DEFAULT now(),
    UNIQUE (tenant_id, operation, conflict_key)
);

-- Exploration: each choice among competing patterns, with the probability the
-- policy gave it (propensity), so other policies can be evaluated offline.
CREATE TABLE IF NOT EXISTS choice_log (
    choice_id bigserial PRIMARY KEY,
    tenant_id text NOT NULL REFERENCES tenants (tenant_id),
    operation text NOT NULL,
    subject text NOT NULL,
    policy text NOT NULL,
    candidates jsonb NOT NULL,
    chosen_pattern_id bigint,
    chosen_answer text,
    propensity double precision NOT NULL,
    greedy_pattern_id bigint,
    explored boolean NOT NULL DEFAULT false,
    decision_id bigint REFERENCES decisions (decision_id) ON DELETE SET NULL,
    reward double precision,
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX IF NOT EXISTS choice_log_tenant_op ON choice_log (tenant_id, operation, choice_id);
CREATE INDEX IF NOT EXISTS choice_log_decision ON choice_log (decision_id);

-- The global pool: anonymised patterns (no raw values, no hostnames) contributed by
-- opted-in tenants. Contributors are stored as salted hashes; a pattern is trusted
-- once enough distinct tenants agree on the same key and answer.
INSERT INTO store_meta (key, value)
VALUES ('pool_salt', md5(random()::text || clock_timestamp()::text))
ON CONFLICT (key) DO NOTHING;

CREATE TABLE IF NOT EXISTS global_patterns (
    pool_id bigserial PRIMARY KEY,
    operation text NOT NULL CHECK (operation IN ('field_mapping', 'asset_classification')),
    pattern_key text NOT NULL,
    answer text,
    embedding_text text NOT NULL,
    embedding vector(__DIM__) NOT NULL,
    alpha double precision NOT NULL DEFAULT 1,
    beta double precision NOT NULL DEFAULT 1,
    tenants integer NOT NULL DEFAULT 0,
    state text NOT NULL DEFAULT 'active' CHECK (state IN ('active', 'retired')),
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX IF NOT EXISTS global_patterns_key_answer
    ON global_patterns (operation, pattern_key, (coalesce(answer, '')));
CREATE INDEX IF NOT EXISTS global_patterns_embedding_hnsw
    ON global_patterns USING hnsw (embedding vector_cosine_ops);

CREATE TABLE IF NOT EXISTS global_pattern_contributors (
    pool_id bigint NOT NULL REFERENCES global_patterns (pool_id) ON DELETE CASCADE,
    tenant_hash text NOT NULL,
    contributed_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (pool_id, tenant_hash)
);
