-- Named queries about the session itself.

-- name: session_actor_set
SELECT set_config('docpipe.actor', %(actor)s, true),
       set_config('docpipe.correlation_id', %(correlation_id)s, true),
       set_config('docpipe.job_id', %(job_id)s, true)

-- name: session_ping
SELECT 1 AS ok

-- name: session_schema_ready
SELECT to_regclass('public.job_queue') IS NOT NULL AS ok
