-- Named queries for operator commands (docpipe status, jobs, dlq, cancel, submit, trace,
-- quotas, workers). They read ids, codes, statuses and times: never file names or text.

-- name: ops_document
SELECT f.id, f.patient_id, f.status, f.correlation_id, f.processing_error, f.created_at,
       f.processing_started_at, f.processing_completed_at, f.cancelled_at, f.page_count
  FROM public.shell_files f
 WHERE f.id = %(shell_file_id)s

-- name: ops_document_jobs
-- One row per stage of the graph, with the document's run of it (if any).
SELECT s.position, s.stage, to_jsonb(f) ->> s.status_column AS stage_status,
       j.id, j.job_type, j.status, j.attempt, j.retry_count, j.max_retries, j.scheduled_at,
       j.created_at, j.started_at, j.completed_at, j.cancelled_at, j.lease_expires_at,
       j.worker_id, j.last_error, j.dead_letter_at, j.dispatched_at, j.reschedule_count,
       j.redrive_count,
       j.error_details -> 'last_reschedule' AS last_reschedule,
       j.error_details -> 'last' AS last_failure,
       j.error_details ->> 'dead_letter_reason' AS dead_letter_reason,
       j.error_details -> 'cancelled' AS cancelled
  FROM public.pipeline_stages s
  JOIN public.shell_files f ON f.id = %(shell_file_id)s
  LEFT JOIN LATERAL (
    SELECT * FROM public.job_queue q
     WHERE q.shell_file_id = f.id AND q.job_type = s.job_type
     ORDER BY q.created_at DESC
     LIMIT 1
  ) j ON true
 ORDER BY s.position

-- name: ops_jobs
SELECT j.id, j.job_lane AS stage, j.job_type, j.status, j.attempt, j.retry_count,
       j.max_retries, j.shell_file_id, j.created_at, j.scheduled_at, j.started_at,
       j.completed_at, j.cancelled_at, j.dead_letter_at, j.lease_expires_at, j.worker_id,
       j.last_error, j.dispatched_at, j.reschedule_count, j.redrive_count,
       j.error_details -> 'last_reschedule' AS last_reschedule,
       j.error_details -> 'last' AS last_failure,
       j.error_details ->> 'dead_letter_reason' AS dead_letter_reason,
       j.error_details -> 'cancelled' AS cancelled
  FROM public.job_queue j
 WHERE (%(stage)s::text IS NULL OR j.job_lane = %(stage)s::text)
   AND (%(status)s::text IS NULL OR j.status = %(status)s::text)
   AND (%(error_code)s::text IS NULL OR j.last_error = %(error_code)s::text)
   AND (%(older_than)s::interval IS NULL OR j.created_at < now() - %(older_than)s::interval)
 ORDER BY j.created_at DESC, j.id
 LIMIT %(limit)s

-- name: ops_job
SELECT j.id, j.job_lane AS stage, j.job_type, j.status, j.attempt, j.shell_file_id,
       j.last_error, j.dead_letter_at, j.redrive_count,
       j.error_details -> 'last' AS last_failure,
       j.error_details ->> 'dead_letter_reason' AS dead_letter_reason
  FROM public.job_queue j
 WHERE j.id = %(job_id)s

-- name: ops_dead_letters
SELECT j.id, j.job_lane AS stage, j.job_type, j.shell_file_id, j.last_error, j.attempt,
       j.dead_letter_at, j.redrive_count, j.correlation_id,
       j.error_details -> 'last' AS last_failure,
       j.error_details ->> 'dead_letter_reason' AS dead_letter_reason
  FROM public.job_queue j
 WHERE j.status = 'failed' AND j.dead_letter_at IS NOT NULL
   AND (%(stage)s::text IS NULL OR j.job_lane = %(stage)s::text)
   AND (%(error_code)s::text IS NULL OR j.last_error = %(error_code)s::text)
   AND (%(older_than)s::interval IS NULL
        OR j.dead_letter_at < now() - %(older_than)s::interval)
 ORDER BY j.dead_letter_at, j.id
 LIMIT %(limit)s

-- name: ops_redrive
SELECT public.redrive_job(%(job_id)s, %(reason)s, %(actor)s) AS ok

-- name: ops_purge_dead_letters
SELECT purge_dead_letters AS job_id
  FROM public.purge_dead_letters(%(older_than)s::interval, %(limit)s, %(reason)s, %(actor)s)

-- name: ops_cancel_document
SELECT public.cancel_document(%(shell_file_id)s, %(reason)s, %(actor)s) AS result

-- name: ops_patient_owner
SELECT p.account_owner_id FROM public.user_profiles p
 WHERE p.id = %(patient_id)s AND NOT p.archived

-- name: ops_trace_jobs
SELECT s.position, s.stage, j.id, j.status, j.attempt, j.retry_count, j.max_retries,
       j.reschedule_count, j.redrive_count, j.created_at, j.scheduled_at, j.started_at,
       j.completed_at, j.cancelled_at, j.dead_letter_at, j.actual_duration, j.last_error,
       j.worker_id,
       j.error_details -> 'last' AS last_failure,
       j.error_details ->> 'dead_letter_reason' AS dead_letter_reason
  FROM public.job_queue j
  JOIN public.pipeline_stages s ON s.job_type = j.job_type
 WHERE j.shell_file_id = %(shell_file_id)s
 ORDER BY s.position, j.created_at

-- name: ops_trace_events
SELECT e.job_id, e.event, e.attempt, e.worker_id, e.created_at,
       e.details ->> 'code' AS code, e.details ->> 'reason' AS reason,
       (e.details ->> 'delay_seconds')::float8 AS delay_seconds
  FROM public.job_events e
  JOIN public.job_queue j ON j.id = e.job_id
 WHERE j.shell_file_id = %(shell_file_id)s
 ORDER BY e.id

-- name: ops_quotas
-- Per vendor: the configured limits, refusals counted by the gate, the use the shared
-- quota store shows (when RATELIMIT_URL is this database), and the jobs now waiting
-- for it: rescheduled last (after any failure) with reason rate_limited:<vendor>.
WITH waits AS (
  SELECT q.error_details -> 'last_reschedule' ->> 'reason' AS reason, q.scheduled_at
    FROM public.job_queue q
   WHERE q.status = 'pending' AND q.scheduled_at > now()
     AND q.error_details -> 'last_reschedule' ->> 'reason' LIKE 'rate_limited%%'
     AND (q.error_details -> 'last_reschedule' ->> 'at')::timestamptz
         >= coalesce((q.error_details -> 'last' ->> 'at')::timestamptz, '-infinity')
)
SELECT v.vendor, r.status, r.requests_per_minute, r.requests_per_hour, r.tokens_per_minute,
       r.tokens_per_hour, r.concurrent_requests, r.rate_limit_violations,
       r.last_rate_limit_hit,
       (SELECT count(*) FROM public.ratelimit_slots sl
         WHERE sl.resource = v.vendor AND sl.lease_expires_at > clock_timestamp()) AS in_flight,
       (SELECT max(g.tat) FROM public.ratelimit_gcra g
         WHERE (g.key = 'docpipe-quota/block/' || v.vendor
                OR g.key LIKE 'docpipe-quota/pace/' || v.vendor || '/%%')
           AND g.tat > clock_timestamp()) AS booked_until,
       (SELECT max(w.current_count) FROM public.ratelimit_sliding_windows w
         WHERE w.key = 'docpipe-quota/requests_per_minute/' || v.vendor || '/60/s'
           AND w.expires_at > clock_timestamp()) AS requests_this_minute,
       (SELECT count(*) FROM waits w WHERE w.reason = 'rate_limited:' || v.vendor)
         AS waiting_jobs,
       (SELECT max(w.scheduled_at) FROM waits w WHERE w.reason = 'rate_limited:' || v.vendor)
         AS waiting_until
  FROM public.api_rate_limits r
 CROSS JOIN LATERAL (SELECT r.provider_name || '/' || r.api_endpoint AS vendor) v
 ORDER BY v.vendor

-- name: ops_quota_waits_unattributed
-- Jobs waiting for quota whose reschedule did not name the vendor.
SELECT count(*) AS waiting_jobs, max(q.scheduled_at) AS waiting_until
  FROM public.job_queue q
 WHERE q.status = 'pending' AND q.scheduled_at > now()
   AND q.error_details -> 'last_reschedule' ->> 'reason' = 'rate_limited'
   AND (q.error_details -> 'last_reschedule' ->> 'at')::timestamptz
       >= coalesce((q.error_details -> 'last' ->> 'at')::timestamptz, '-infinity')

-- name: ops_workers
SELECT w.worker_id, w.hostname, w.pid, w.queues, w.started_at,
       w.worker_id IN (SELECT public.dead_workers()) AS dead,
       (SELECT count(*) FROM public.job_queue q
         WHERE q.status = 'processing' AND q.worker_id = w.worker_id) AS running_jobs
  FROM public.worker_registry w
 ORDER BY w.started_at
