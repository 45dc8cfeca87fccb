-- Named queries for tracing: read-only looks at the ledger's history.

-- name: job_rescue_of_attempt
-- The reaper's record of an attempt it took back from a dead or silent worker.
SELECT details ->> 'code' AS code
  FROM public.job_events
 WHERE job_id = %(job_id)s AND event = 'reclaimed' AND attempt = %(attempt)s
 ORDER BY id DESC
 LIMIT 1
