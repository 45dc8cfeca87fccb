-- Named queries for operator commands (docpipe status / dlq).

-- name: ops_document_jobs
SELECT j.id, j.job_type, j.status, j.attempt, j.retry_count, j.max_retries, j.scheduled_at,
       j.lease_expires_at, j.worker_id, j.last_error, j.dead_letter_at, j.dispatched_at,
       j.reschedule_count, j.error_details -> 'last_reschedule' AS last_reschedule
  FROM public.job_queue j
 WHERE j.shell_file_id = %(shell_file_id)s
 ORDER BY j.created_at

-- name: ops_dead_letters
SELECT id, job_type, shell_file_id, last_error, attempt, dead_letter_at, correlation_id
  FROM public.job_queue
 WHERE status = 'failed' AND dead_letter_at IS NOT NULL
 ORDER BY dead_letter_at DESC
 LIMIT %(limit)s

-- name: ops_redrive_filtered
SELECT redrive_jobs AS job_id
  FROM public.redrive_jobs(%(job_type)s, %(error_code)s, NULL, %(limit)s, %(reason)s, %(actor)s)
