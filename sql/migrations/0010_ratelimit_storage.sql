-- 0010: shared state for vendor quotas (adapters/ratelimit).
--
-- * ratelimit_counters         fixed-window counters of the `limits` Postgres storage
-- * ratelimit_sliding_windows  sliding-window counters (previous + current window in one row)
-- * ratelimit_gcra             GCRA "theoretical arrival time" per pacing key (and 429 blocks)
-- * ratelimit_slots            leased concurrency slots; an expired lease is free capacity
--
-- The functions over these tables live in sql/functions/080_ratelimit.sql and their
-- grants and policies in sql/policies/110_ratelimit.sql (moved there from this file;
-- pipeline/migrate.py accepts a database that applied the earlier version).
--
-- Safe to apply twice.

CREATE TABLE IF NOT EXISTS ratelimit_counters (
    key         text PRIMARY KEY,
    count       bigint NOT NULL,
    expires_at  timestamptz NOT NULL
);

CREATE TABLE IF NOT EXISTS ratelimit_sliding_windows (
    key             text PRIMARY KEY,
    -- windows are aligned on the epoch: index = floor(epoch / window_seconds)
    window_index    bigint NOT NULL,
    previous_count  bigint NOT NULL,
    current_count   bigint NOT NULL,
    expires_at      timestamptz NOT NULL
);

CREATE TABLE IF NOT EXISTS ratelimit_gcra (
    key         text PRIMARY KEY,
    tat         timestamptz NOT NULL,   -- theoretical arrival time: the next free emission slot
    expires_at  timestamptz NOT NULL
);

CREATE TABLE IF NOT EXISTS ratelimit_slots (
    resource          text NOT NULL,
    holder            text NOT NULL,
    lease_expires_at  timestamptz NOT NULL,
    PRIMARY KEY (resource, holder)
);

CREATE INDEX IF NOT EXISTS ratelimit_counters_expires_idx ON ratelimit_counters (expires_at);
CREATE INDEX IF NOT EXISTS ratelimit_sliding_windows_expires_idx
    ON ratelimit_sliding_windows (expires_at);
CREATE INDEX IF NOT EXISTS ratelimit_gcra_expires_idx ON ratelimit_gcra (expires_at);
