-- Agents: the crew registry, the work queue, and suggested naming patterns.
-- Many worker processes on many machines share these tables; every claim goes
-- through `FOR UPDATE SKIP LOCKED`, so two workers never hold the same item.

CREATE TABLE IF NOT EXISTS crews (
    crew_id text PRIMARY KEY,
    agent_type text NOT NULL,
    specialisations text[] NOT NULL DEFAULT '{}',
    capacity integer NOT NULL DEFAULT 1 CHECK (capacity >= 1),
    host text NOT NULL DEFAULT '',
    pid integer,
    status text NOT NULL DEFAULT 'active'
        CHECK (status IN ('active', 'unavailable', 'stopped')),
    registered_at timestamptz NOT NULL DEFAULT now(),
    last_heartbeat timestamptz NOT NULL DEFAULT now(),
    items_done bigint NOT NULL DEFAULT 0,
    items_failed bigint NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS crews_type_status ON crews (agent_type, status);

CREATE TABLE IF NOT EXISTS work_items (
    item_id bigserial PRIMARY KEY,
    tenant_id text NOT NULL REFERENCES tenants (tenant_id),
    kind text NOT NULL,
    agent_type text NOT NULL,
    specialisation text,
    -- What the item belongs to (e.g. 'import:42') and its place in it: enqueueing the
    -- same (job, seq) twice is a no-op, so a crashed producer can simply start again.
    job text NOT NULL,
    seq integer NOT NULL,
    payload jsonb NOT NULL,
    status text NOT NULL DEFAULT 'queued'
        CHECK (status IN ('queued', 'claimed', 'done', 'dead')),
    priority integer NOT NULL DEFAULT 100,
    attempts integer NOT NULL DEFAULT 0,
    max_attempts integer NOT NULL DEFAULT 3 CHECK (max_attempts >= 1),
    claimed_by text REFERENCES crews (crew_id) ON DELETE SET NULL,
    claimed_at timestamptz,
    available_at timestamptz NOT NULL DEFAULT now(),
    last_error text,
    errors jsonb NOT NULL DEFAULT '[]'::jsonb,
    result jsonb,
    created_at timestamptz NOT NULL DEFAULT now(),
    finished_at timestamptz,
    UNIQUE (tenant_id, job, seq)
);
-- The claim query scans only queued items in priority order.
CREATE INDEX IF NOT EXISTS work_items_queued
    ON work_items (agent_type, priority, item_id) WHERE status = 'queued';
CREATE INDEX IF NOT EXISTS work_items_claimed_by
    ON work_items (claimed_by) WHERE status = 'claimed';
CREATE INDEX IF NOT EXISTS work_items_job ON work_items (tenant_id, job, status);

CREATE TABLE IF NOT EXISTS naming_patterns (
    naming_id bigserial PRIMARY KEY,
    tenant_id text NOT NULL REFERENCES tenants (tenant_id),
    template text NOT NULL,
    regex text NOT NULL,
    support integer NOT NULL DEFAULT 0,
    coverage double precision NOT NULL DEFAULT 0,
    examples jsonb NOT NULL DEFAULT '[]'::jsonb,
    -- 'suggested' patterns are never applied; a person (or labelled evidence) accepts them.
    state text NOT NULL DEFAULT 'suggested'
        CHECK (state IN ('suggested', 'accepted', 'rejected')),
    evidence jsonb NOT NULL DEFAULT '{}'::jsonb,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    UNIQUE (tenant_id, template)
);
