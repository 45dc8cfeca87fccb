-- Named queries for the job ledger (thin calls to the job RPCs).

-- name: job_claim
SELECT public.claim_job_v3(%(job_id)s, %(worker_id)s, %(lease_seconds)s) AS result

-- name: job_heartbeat
SELECT public.update_job_heartbeat(%(job_id)s, %(worker_id)s, %(lease_token)s, %(lease_seconds)s) AS ok

-- name: job_complete
SELECT public.complete_job(%(job_id)s, %(worker_id)s, %(lease_token)s, %(result)s) AS ok

-- name: job_fail
SELECT public.fail_job(%(job_id)s, %(worker_id)s, %(lease_token)s, %(code)s, %(message)s,
                       %(retryable)s, %(details)s) AS result

-- name: job_reschedule
SELECT public.reschedule_job(%(job_id)s, %(delay_seconds)s, %(reason)s, true,
                             %(worker_id)s, %(lease_token)s) AS scheduled_at

-- name: job_release
SELECT public.release_job(%(job_id)s, %(worker_id)s, %(lease_token)s, %(reason)s) AS ok

-- name: job_enqueue
SELECT job_id, scheduled_at, created
  FROM public.enqueue_job_v3(%(job_type)s, %(job_name)s, %(payload)s,
                             p_idempotency_key => %(idempotency_key)s,
                             p_correlation_id => %(correlation_id)s,
                             p_traceparent => %(traceparent)s,
                             p_parent_job_id => %(parent_job_id)s,
                             priority => %(priority)s,
                             p_scheduled_at => %(scheduled_at)s)

-- name: job_get
SELECT * FROM public.job_queue WHERE id = %(job_id)s

-- name: job_reclaim_expired
-- job_type: the stage label of docpipe_jobs_rescued_total (pipeline/metrics/events.py)
SELECT r.job_id, r.outcome, q.job_type
  FROM public.reclaim_expired_jobs(%(limit)s) r
  LEFT JOIN public.job_queue q ON q.id = r.job_id

-- name: job_reclaim_orphaned
SELECT r.job_id, r.outcome, q.job_type
  FROM public.reclaim_orphaned_jobs(%(limit)s) r
  LEFT JOIN public.job_queue q ON q.id = r.job_id

-- name: worker_register
SELECT public.register_worker(%(worker_id)s, %(hostname)s, %(pid)s, %(queues)s) AS registered

-- name: worker_unregister
SELECT public.unregister_worker(%(worker_id)s)

-- name: worker_list
SELECT w.worker_id, w.hostname, w.pid, w.queues, w.started_at,
       w.worker_id IN (SELECT public.dead_workers()) AS dead,
       (SELECT count(*) FROM public.job_queue q
         WHERE q.status = 'processing' AND q.worker_id = w.worker_id) AS running_jobs
  FROM public.worker_registry w
 ORDER BY w.started_at

-- name: queue_stats_refresh
SELECT public.refresh_queue_lane_stats() AS lanes

-- name: job_to_dispatch
SELECT * FROM public.jobs_to_dispatch(%(limit)s)

-- name: job_mark_dispatched
SELECT public.mark_job_dispatched(
  %(job_id)s, %(message_id)s, %(traceparent)s, %(tracestate)s
) AS ok

-- name: session_correlation_set
SELECT set_config('docpipe.correlation_id', %(correlation_id)s, true)

-- name: job_redrive
SELECT public.redrive_job(%(job_id)s, %(reason)s, %(actor)s) AS ok

-- name: config_int
SELECT public.config_int(%(key)s, %(default)s) AS value

-- name: leader_try_lock
SELECT pg_try_advisory_lock(%(key)s) AS locked

-- name: job_fence
SELECT id FROM public.job_queue
 WHERE id = %(job_id)s AND status = 'processing'
   AND worker_id = %(worker_id)s AND lease_token = %(lease_token)s
   FOR NO KEY UPDATE
