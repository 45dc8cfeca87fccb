-- Named queries of the Postgres quota stores (sql/migrations/0010_ratelimit_storage.sql).
-- Positional parameters, in the order the adapters pass them.

-- name: ratelimit_incr
SELECT ratelimit_incr(%s::text, %s::float8, %s::bigint)

-- name: ratelimit_counter_get
SELECT coalesce((SELECT count FROM ratelimit_counters
                  WHERE key = %s::text AND expires_at > clock_timestamp()), 0)

-- name: ratelimit_counter_expiry
SELECT extract(epoch FROM (SELECT expires_at FROM ratelimit_counters
                            WHERE key = %s::text AND expires_at > clock_timestamp()))::float8

-- name: ratelimit_ping
SELECT 1

-- name: ratelimit_reset_all
WITH a AS (DELETE FROM ratelimit_counters RETURNING 1),
     b AS (DELETE FROM ratelimit_sliding_windows RETURNING 1)
SELECT (SELECT count(*) FROM a) + (SELECT count(*) FROM b)

-- name: ratelimit_clear_key
WITH a AS (DELETE FROM ratelimit_counters WHERE key = %s::text RETURNING 1),
     b AS (DELETE FROM ratelimit_sliding_windows WHERE key = %s::text RETURNING 1)
SELECT (SELECT count(*) FROM a) + (SELECT count(*) FROM b)

-- name: ratelimit_sliding_acquire
SELECT ratelimit_sliding_acquire(%s::text, %s::bigint, %s::float8, %s::bigint)

-- name: ratelimit_sliding_get
SELECT * FROM ratelimit_sliding_get(%s::text, %s::float8)

-- name: ratelimit_purge_expired
SELECT ratelimit_purge_expired()

-- name: ratelimit_gcra_reserve
SELECT granted, wait_seconds FROM ratelimit_gcra_reserve(%s::text[], %s::float8[], %s::float8)

-- name: ratelimit_gcra_block
SELECT ratelimit_gcra_block(%s::text, %s::float8)

-- name: ratelimit_slot_acquire
SELECT acquired, retry_in FROM ratelimit_slot_acquire(%s::text, %s::text, %s::int, %s::float8)

-- name: ratelimit_slot_renew
SELECT ratelimit_slot_renew(%s::text, %s::text, %s::float8)

-- name: ratelimit_slot_release
SELECT ratelimit_slot_release(%s::text, %s::text)

-- name: ratelimit_slots_held
SELECT count(*) FROM ratelimit_slots WHERE resource = %s::text AND lease_expires_at > clock_timestamp()
