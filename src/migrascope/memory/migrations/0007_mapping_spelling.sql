-- A mapping pattern may speak for one exact spelling of its key. Two columns of one file
-- can normalise to one key (NinjaOne's flat `systemName`, the host name, beside the nested
-- `system.name`, which is nothing); taught different answers, each keeps its own pattern,
-- pinned to its spelling. '' = the pattern speaks for every spelling of the key (as before).
ALTER TABLE mapping_patterns ADD COLUMN IF NOT EXISTS spelling text NOT NULL DEFAULT '';
ALTER TABLE mapping_patterns DROP CONSTRAINT IF EXISTS mapping_patterns_tenant_id_source_key_key;
CREATE UNIQUE INDEX IF NOT EXISTS mapping_patterns_tenant_key_spelling
    ON mapping_patterns (tenant_id, source_key, spelling);
