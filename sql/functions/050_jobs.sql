-- Job RPCs: the one place that defines job semantics. Every function is
-- SECURITY DEFINER with an empty search_path and is executable by the service
-- role only (sql/policies/900_grants.sql).
--
-- Conventions
--   priority      1 = most urgent … 10 = least; claims order by priority ASC.
--   retry_count   attempts consumed by failures and lease expiries; at most
--                 max_retries, so a job runs at most max_retries + 1 times.
--   attempt       the attempt now running (retry_count + 1 at claim).
--   lease_token   fresh per claim; heartbeat/complete/fail/reschedule by a
--                 worker must present it (fencing). A worker that lost its
--                 lease cannot change the row.
--   dispatched_at NULL while the broker message for the job's current due run
--                 has not been sent (outbox); the relay sends those.

-- Keeps the last error and a bounded history of errors in error_details.
CREATE OR REPLACE FUNCTION public.job_error_append(p_details jsonb, p_entry jsonb)
RETURNS jsonb
LANGUAGE sql
IMMUTABLE
SET search_path = ''
AS $$
  SELECT coalesce(p_details, '{}'::jsonb)
    || jsonb_build_object(
         'last', p_entry,
         'history', (
           SELECT coalesce(jsonb_agg(e ORDER BY n), '[]'::jsonb) FROM (
             SELECT e, n FROM jsonb_array_elements(
               coalesce(p_details -> 'history', '[]'::jsonb) || jsonb_build_array(p_entry)
             ) WITH ORDINALITY AS h(e, n)
             ORDER BY n DESC LIMIT 20
           ) recent
         ))
$$;

CREATE OR REPLACE FUNCTION public.enqueue_job_v3(
  job_type text,
  job_name text,
  job_payload jsonb,
  job_category text DEFAULT 'standard',
  priority integer DEFAULT 5,
  p_scheduled_at timestamptz DEFAULT NULL,
  p_idempotency_key text DEFAULT NULL,
  p_correlation_id text DEFAULT NULL,
  p_traceparent text DEFAULT NULL,
  p_max_retries integer DEFAULT NULL,
  p_parent_job_id uuid DEFAULT NULL
)
RETURNS TABLE (job_id uuid, scheduled_at timestamptz, created boolean)
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = ''
AS $$
#variable_conflict use_variable
DECLARE
  v_lane text;
  v_id uuid;
  v_when timestamptz;
BEGIN
  IF job_type IS NULL OR job_name IS NULL OR coalesce(job_name, '') = '' THEN
    RAISE EXCEPTION 'job_type and job_name are required' USING ERRCODE = 'invalid_parameter_value';
  END IF;
  v_lane := public.job_lane_for_type(job_type, job_payload ->> 'job_lane');
  IF v_lane IS NULL THEN
    RAISE EXCEPTION 'unknown job type or invalid lane for it' USING ERRCODE = 'invalid_parameter_value';
  END IF;
  IF job_payload IS NULL OR jsonb_typeof(job_payload) <> 'object' OR job_payload = '{}'::jsonb THEN
    RAISE EXCEPTION 'job_payload must be a non-empty object' USING ERRCODE = 'invalid_parameter_value';
  END IF;

  INSERT INTO public.job_queue AS q (
    job_type, job_lane, job_category, job_name, job_payload, scheduled_at, priority,
    max_retries, idempotency_key, correlation_id, traceparent, parent_job_id,
    shell_file_id, patient_id
  ) VALUES (
    job_type, v_lane, coalesce(job_category, 'standard'), job_name, job_payload,
    coalesce(p_scheduled_at, now()), coalesce(priority, 5),
    coalesce(p_max_retries, public.config_int('worker.default_max_retries', 3)),
    p_idempotency_key,
    coalesce(p_correlation_id, job_payload ->> 'correlation_id', gen_random_uuid()::text),
    p_traceparent, p_parent_job_id,
    (job_payload ->> 'shell_file_id')::uuid, (job_payload ->> 'patient_id')::uuid
  )
  ON CONFLICT (idempotency_key) WHERE idempotency_key IS NOT NULL DO NOTHING
  RETURNING q.id, q.scheduled_at INTO v_id, v_when;

  IF v_id IS NULL THEN
    SELECT q.id, q.scheduled_at INTO v_id, v_when
      FROM public.job_queue q WHERE q.idempotency_key = p_idempotency_key;
    RETURN QUERY SELECT v_id, v_when, false;
    RETURN;
  END IF;

  RETURN QUERY SELECT v_id, v_when, true;
END
$$;

-- Claim one job named by a broker message. Outcomes:
--   claimed  the caller now holds a fresh lease ({"job": row})
--   leased   another worker holds the lease; skip the message
--   not_due  the job waits for a later time (a stale or early message); skip
--   done     completed or cancelled; skip
--   dead     dead-lettered; skip
--   missing  no such job
CREATE OR REPLACE FUNCTION public.claim_job_v3(
  p_job_id uuid,
  p_worker_id text,
  p_lease_seconds integer DEFAULT NULL
)
RETURNS jsonb
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = ''
AS $$
DECLARE
  v_job public.job_queue;
  v_lease integer := coalesce(p_lease_seconds, public.config_int('worker.lease_seconds', 30));
BEGIN
  IF coalesce(p_worker_id, '') = '' THEN
    RAISE EXCEPTION 'worker id is required' USING ERRCODE = 'invalid_parameter_value';
  END IF;
  -- A claim lost in a server crash is harmless: the job is simply pending again
  -- and this worker's completion will be refused. So no need to wait for fsync.
  PERFORM set_config('synchronous_commit', 'off', true);

  -- The common case in one statement: a due pending job becomes ours.
  -- (Delayed deliveries may arrive a little early; half a second is tolerated.)
  UPDATE public.job_queue q
     SET status = 'processing',
         attempt = q.retry_count + 1,
         worker_id = p_worker_id,
         started_at = now(),
         lock_acquired_at = now(),
         lease_token = gen_random_uuid(),
         lease_expires_at = now() + make_interval(secs => v_lease),
         heartbeat_at = now(),
         updated_at = now()
   WHERE q.id = p_job_id
     AND q.status = 'pending'
     AND q.scheduled_at <= now() + interval '500 milliseconds'
  RETURNING q.* INTO v_job;

  IF FOUND THEN
    -- The fields a worker needs, not the whole (wide) row.
    RETURN jsonb_build_object('outcome', 'claimed', 'job', jsonb_build_object(
      'id', v_job.id, 'job_type', v_job.job_type, 'attempt', v_job.attempt,
      'lease_token', v_job.lease_token, 'lease_expires_at', v_job.lease_expires_at,
      'worker_id', v_job.worker_id, 'correlation_id', v_job.correlation_id,
      'traceparent', v_job.traceparent, 'shell_file_id', v_job.shell_file_id,
      'patient_id', v_job.patient_id, 'retry_count', v_job.retry_count,
      'max_retries', v_job.max_retries, 'job_payload', v_job.job_payload));
  END IF;

  -- Why not: a duplicate, early or late delivery (or an unknown id).
  SELECT * INTO v_job FROM public.job_queue q WHERE q.id = p_job_id;
  IF NOT FOUND THEN
    RETURN jsonb_build_object('outcome', 'missing');
  ELSIF v_job.status = 'processing' THEN
    RETURN jsonb_build_object('outcome', 'leased', 'worker_id', v_job.worker_id,
                              'lease_expires_at', v_job.lease_expires_at);
  ELSIF v_job.status = 'failed' THEN
    RETURN jsonb_build_object('outcome', 'dead', 'dead_letter_at', v_job.dead_letter_at);
  ELSIF v_job.status = 'pending' THEN
    RETURN jsonb_build_object('outcome', 'not_due', 'scheduled_at', v_job.scheduled_at);
  END IF;
  RETURN jsonb_build_object('outcome', 'done', 'status', v_job.status);
END
$$;

-- Extends the lease of a running job. FALSE means the lease is lost: stop work.
CREATE OR REPLACE FUNCTION public.update_job_heartbeat(
  p_job_id uuid,
  p_worker_id text,
  p_lease_token uuid,
  p_lease_seconds integer DEFAULT NULL
)
RETURNS boolean
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = ''
AS $$
DECLARE
  v_lease integer := coalesce(p_lease_seconds, public.config_int('worker.lease_seconds', 30));
BEGIN
  PERFORM set_config('synchronous_commit', 'off', true);
  UPDATE public.job_queue q
     SET heartbeat_at = now(),
         lease_expires_at = now() + make_interval(secs => v_lease),
         updated_at = now()
   WHERE q.id = p_job_id
     AND q.status = 'processing'
     AND q.worker_id = p_worker_id
     AND q.lease_token = p_lease_token;
  RETURN FOUND;
END
$$;

CREATE OR REPLACE FUNCTION public.complete_job(
  p_job_id uuid,
  p_worker_id text,
  p_lease_token uuid,
  p_job_result jsonb DEFAULT NULL
)
RETURNS boolean
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = ''
AS $$
BEGIN
  UPDATE public.job_queue q
     SET status = 'completed',
         completed_at = now(),
         actual_duration = now() - q.started_at,
         job_result = p_job_result,
         lease_token = NULL,
         lease_expires_at = NULL,
         updated_at = now()
   WHERE q.id = p_job_id
     AND q.status = 'processing'
     AND q.worker_id = p_worker_id
     AND q.lease_token = p_lease_token;
  RETURN FOUND;
END
$$;

-- A failed attempt. Retryable and within max_retries: pending again after a
-- capped exponential backoff with equal jitter (half fixed, half random).
-- Otherwise (permanent, or out of retries): the dead letter.
CREATE OR REPLACE FUNCTION public.fail_job(
  p_job_id uuid,
  p_worker_id text,
  p_lease_token uuid,
  p_error_code text,
  p_error_message text DEFAULT NULL,
  p_retryable boolean DEFAULT true,
  p_error_details jsonb DEFAULT NULL
)
RETURNS jsonb
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = ''
AS $$
DECLARE
  v_job public.job_queue;
  v_entry jsonb;
  v_base double precision := public.config_int('worker.retry_base_seconds', 5);
  v_cap double precision := public.config_int('worker.retry_max_backoff_seconds', 300);
  v_exp double precision;
  v_delay double precision;
BEGIN
  SELECT * INTO v_job FROM public.job_queue q
   WHERE q.id = p_job_id AND q.status = 'processing'
     AND q.worker_id = p_worker_id AND q.lease_token = p_lease_token
   FOR UPDATE;
  IF NOT FOUND THEN
    RETURN jsonb_build_object('outcome', 'lease_lost');
  END IF;

  v_entry := jsonb_build_object(
    'code', coalesce(p_error_code, 'unknown_error'),
    'message', left(coalesce(p_error_message, ''), 500),
    'retryable', p_retryable,
    'attempt', v_job.attempt,
    'worker_id', p_worker_id,
    'at', now()
  ) || coalesce(p_error_details, '{}'::jsonb);

  IF p_retryable AND v_job.retry_count < v_job.max_retries THEN
    v_exp := least(v_cap, v_base * power(2, v_job.retry_count));
    v_delay := v_exp / 2 + random() * v_exp / 2;
    UPDATE public.job_queue q
       SET status = 'pending',
           retry_count = q.retry_count + 1,
           scheduled_at = now() + make_interval(secs => v_delay),
           worker_id = NULL,
           lease_token = NULL,
           lease_expires_at = NULL,
           dispatched_at = NULL,
           last_error = v_entry ->> 'code',
           error_details = public.job_error_append(q.error_details, v_entry),
           updated_at = now()
     WHERE q.id = p_job_id
    RETURNING q.* INTO v_job;
    INSERT INTO public.job_events (job_id, event, attempt, worker_id, details)
    VALUES (p_job_id, 'retry_scheduled', v_job.attempt, p_worker_id,
            jsonb_build_object('code', v_entry ->> 'code', 'delay_seconds', round(v_delay::numeric, 3)));
    RETURN jsonb_build_object('outcome', 'retry_scheduled', 'scheduled_at', v_job.scheduled_at,
                              'retry_count', v_job.retry_count, 'delay_seconds', v_delay);
  END IF;

  UPDATE public.job_queue q
     SET status = 'failed',
         dead_letter_at = now(),
         completed_at = now(),
         worker_id = p_worker_id,
         lease_token = NULL,
         lease_expires_at = NULL,
         last_error = v_entry ->> 'code',
         error_details = public.job_error_append(q.error_details, v_entry) || jsonb_build_object(
           'dead_letter_reason',
           CASE WHEN p_retryable THEN 'exceeded_max_retries' ELSE 'permanent_error' END),
         updated_at = now()
   WHERE q.id = p_job_id;
  INSERT INTO public.job_events (job_id, event, attempt, worker_id, details)
  VALUES (p_job_id, 'dead_lettered', v_job.attempt, p_worker_id,
          jsonb_build_object('code', v_entry ->> 'code', 'retryable', p_retryable));
  RETURN jsonb_build_object('outcome', 'dead_lettered');
END
$$;

-- Run the job later without consuming an attempt (rate limits, backpressure).
-- A running job is rescheduled only by the lease holder; a pending one by anyone
-- with the service role (operators).
CREATE OR REPLACE FUNCTION public.reschedule_job(
  p_job_id uuid,
  p_delay_seconds double precision,
  p_reason text,
  p_add_jitter boolean DEFAULT true,
  p_worker_id text DEFAULT NULL,
  p_lease_token uuid DEFAULT NULL
)
RETURNS timestamptz
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = ''
AS $$
DECLARE
  v_job public.job_queue;
  v_delay double precision := greatest(coalesce(p_delay_seconds, 0), 0);
  v_jitter double precision := 0;
BEGIN
  SELECT * INTO v_job FROM public.job_queue q WHERE q.id = p_job_id FOR UPDATE;
  IF NOT FOUND OR v_job.status NOT IN ('pending', 'processing') THEN
    RETURN NULL;
  END IF;
  IF v_job.status = 'processing'
     AND (v_job.worker_id IS DISTINCT FROM p_worker_id
          OR v_job.lease_token IS DISTINCT FROM p_lease_token) THEN
    RETURN NULL;
  END IF;
  IF p_add_jitter THEN
    v_jitter := random() * least(0.5 * v_delay, 30);
  END IF;

  UPDATE public.job_queue q
     SET status = 'pending',
         scheduled_at = now() + make_interval(secs => v_delay + v_jitter),
         reschedule_count = q.reschedule_count + 1,
         worker_id = NULL,
         lease_token = NULL,
         lease_expires_at = NULL,
         dispatched_at = NULL,
         error_details = coalesce(q.error_details, '{}'::jsonb) || jsonb_build_object(
           'last_reschedule', jsonb_build_object(
             'reason', p_reason, 'delay_seconds', v_delay, 'jitter_seconds', v_jitter,
             'at', now())),
         updated_at = now()
   WHERE q.id = p_job_id
  RETURNING q.* INTO v_job;
  INSERT INTO public.job_events (job_id, event, attempt, worker_id, details)
  VALUES (p_job_id, 'rescheduled', v_job.attempt, p_worker_id,
          jsonb_build_object('reason', p_reason, 'delay_seconds', round((v_delay + v_jitter)::numeric, 3)));
  RETURN v_job.scheduled_at;
END
$$;

-- Hand a running job back at worker shutdown (its stage outlived the grace period):
-- pending and due at once, no attempt used, not dispatched (the worker sends it
-- now; the relay if it cannot). Only the lease holder may; afterwards its lease
-- token is gone, so a late heartbeat, completion or stage commit is refused.
-- The document's stage goes back to pending. Recorded as a 'rescheduled' event
-- with reason 'worker_shutdown'. FALSE: not ours any more (nothing changed).
CREATE OR REPLACE FUNCTION public.release_job(
  p_job_id uuid,
  p_worker_id text,
  p_lease_token uuid,
  p_reason text DEFAULT 'worker_shutdown'
)
RETURNS boolean
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = ''
AS $$
DECLARE
  v_job public.job_queue;
  v_stage text;
BEGIN
  UPDATE public.job_queue q
     SET status = 'pending',
         scheduled_at = now(),
         worker_id = NULL,
         lease_token = NULL,
         lease_expires_at = NULL,
         dispatched_at = NULL,
         error_details = coalesce(q.error_details, '{}'::jsonb) || jsonb_build_object(
           'last_release', jsonb_build_object(
             'reason', coalesce(p_reason, 'worker_shutdown'), 'attempt', q.attempt,
             'worker_id', p_worker_id, 'at', now())),
         updated_at = now()
   WHERE q.id = p_job_id
     AND q.status = 'processing'
     AND q.worker_id = p_worker_id
     AND q.lease_token = p_lease_token
  RETURNING q.* INTO v_job;
  IF NOT FOUND THEN
    RETURN false;
  END IF;
  INSERT INTO public.job_events (job_id, event, attempt, worker_id, details)
  VALUES (p_job_id, 'rescheduled', v_job.attempt, p_worker_id,
          jsonb_build_object('reason', coalesce(p_reason, 'worker_shutdown'), 'delay_seconds', 0));
  SELECT s.stage INTO v_stage FROM public.pipeline_stages s WHERE s.job_type = v_job.job_type;
  IF v_stage IS NOT NULL AND v_job.shell_file_id IS NOT NULL THEN
    PERFORM public.mark_stage(v_job.shell_file_id, v_stage, 'pending',
                              p_job_id => p_job_id, p_worker_id => p_worker_id);
  END IF;
  RETURN true;
END
$$;

-- Give a dead-lettered (or cancelled) job a fresh set of attempts. The history
-- stays in error_details and job_events; the document goes back to processing.
CREATE OR REPLACE FUNCTION public.redrive_job(
  p_job_id uuid,
  p_reason text DEFAULT NULL,
  p_actor text DEFAULT NULL
)
RETURNS boolean
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = ''
AS $$
DECLARE
  v_job public.job_queue;
  v_stage_column text;
BEGIN
  SELECT * INTO v_job FROM public.job_queue q WHERE q.id = p_job_id FOR UPDATE;
  IF NOT FOUND OR NOT (
       (v_job.status = 'failed' AND v_job.dead_letter_at IS NOT NULL)
       OR v_job.status = 'cancelled') THEN
    RETURN false;
  END IF;

  UPDATE public.job_queue q
     SET status = 'pending',
         retry_count = 0,
         scheduled_at = now(),
         dead_letter_at = NULL,
         completed_at = NULL,
         cancelled_at = NULL,
         worker_id = NULL,
         dispatched_at = NULL,
         redrive_count = q.redrive_count + 1,
         error_details = (coalesce(q.error_details, '{}'::jsonb) - 'dead_letter_reason') || jsonb_build_object(
           'last_redrive', jsonb_build_object('reason', p_reason, 'at', now(),
                                              'previous_dead_letter_at', q.dead_letter_at)),
         updated_at = now()
   WHERE q.id = p_job_id;
  INSERT INTO public.job_events (job_id, event, attempt, worker_id, details)
  VALUES (p_job_id, 'redriven', v_job.attempt, NULL, jsonb_build_object('reason', p_reason));

  IF v_job.shell_file_id IS NOT NULL THEN
    SELECT s.status_column INTO v_stage_column
      FROM public.pipeline_stages s WHERE s.job_type = v_job.job_type;
    PERFORM set_config('docpipe.redrive', 'on', true);
    -- A redriven cancelled job takes its document back out of 'cancelled' too.
    UPDATE public.shell_files f
       SET status = CASE WHEN f.status IN ('failed', 'cancelled') THEN 'processing'
                         ELSE f.status END,
           processing_error = NULL,
           processing_completed_at = NULL,
           cancelled_at = NULL,
           updated_at = now()
     WHERE f.id = v_job.shell_file_id;
    IF v_stage_column IS NOT NULL THEN
      EXECUTE format('UPDATE public.shell_files SET %I = ''pending'' WHERE id = $1', v_stage_column)
        USING v_job.shell_file_id;
    END IF;
    PERFORM set_config('docpipe.redrive', '', true);
  END IF;

  PERFORM public.log_audit_event(
    'job_queue', p_job_id::text, 'UPDATE', NULL,
    jsonb_build_object('status', 'pending', 'redriven', true), coalesce(p_reason, 'redrive'),
    'system', v_job.patient_id, v_job.correlation_id,
    coalesce(p_actor, nullif(current_setting('docpipe.actor', true), ''), session_user::text),
    p_job_id);
  RETURN true;
END
$$;

-- Bulk redrive by filter (job type, last error code, dead-lettered since).
CREATE OR REPLACE FUNCTION public.redrive_jobs(
  p_job_type text DEFAULT NULL,
  p_error_code text DEFAULT NULL,
  p_since timestamptz DEFAULT NULL,
  p_limit integer DEFAULT 100,
  p_reason text DEFAULT NULL,
  p_actor text DEFAULT NULL
)
RETURNS SETOF uuid
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = ''
AS $$
DECLARE
  v_id uuid;
BEGIN
  FOR v_id IN
    SELECT q.id FROM public.job_queue q
     WHERE q.status = 'failed' AND q.dead_letter_at IS NOT NULL
       AND (p_job_type IS NULL OR q.job_type = p_job_type)
       AND (p_error_code IS NULL OR q.last_error = p_error_code)
       AND (p_since IS NULL OR q.dead_letter_at >= p_since)
     ORDER BY q.dead_letter_at
     LIMIT p_limit
  LOOP
    IF public.redrive_job(v_id, p_reason, p_actor) THEN
      RETURN NEXT v_id;
    END IF;
  END LOOP;
END
$$;

-- Give a lost attempt back: pending again (the attempt counts), or the dead letter
-- past max_retries. The caller holds the row lock. Returns the outcome.
CREATE OR REPLACE FUNCTION public.job_reclaim_one(p_job public.job_queue, p_code text, p_message text)
RETURNS text
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = ''
AS $$
DECLARE
  v_entry jsonb := jsonb_build_object(
    'code', p_code, 'message', p_message, 'retryable', true,
    'attempt', p_job.attempt, 'worker_id', p_job.worker_id,
    'lease_expires_at', p_job.lease_expires_at, 'at', now());
  v_jitter double precision := public.config_int('worker.reclaim_jitter_max_seconds', 1);
BEGIN
  IF p_job.retry_count < p_job.max_retries THEN
    UPDATE public.job_queue q
       SET status = 'pending',
           retry_count = q.retry_count + 1,
           scheduled_at = now() + make_interval(secs => random() * v_jitter),
           worker_id = NULL,
           lease_token = NULL,
           lease_expires_at = NULL,
           dispatched_at = NULL,
           last_error = p_code,
           error_details = public.job_error_append(q.error_details, v_entry),
           updated_at = now()
     WHERE q.id = p_job.id;
    INSERT INTO public.job_events (job_id, event, attempt, worker_id, details)
    VALUES (p_job.id, 'reclaimed', p_job.attempt, p_job.worker_id,
            jsonb_build_object('code', p_code, 'lease_expires_at', p_job.lease_expires_at));
    RETURN 'reclaimed';
  END IF;
  UPDATE public.job_queue q
     SET status = 'failed',
         dead_letter_at = now(),
         completed_at = now(),
         lease_token = NULL,
         lease_expires_at = NULL,
         last_error = p_code,
         error_details = public.job_error_append(q.error_details, v_entry)
           || jsonb_build_object('dead_letter_reason', 'exceeded_max_retries_after_' || p_code),
         updated_at = now()
   WHERE q.id = p_job.id;
  INSERT INTO public.job_events (job_id, event, attempt, worker_id, details)
  VALUES (p_job.id, 'dead_lettered', p_job.attempt, p_job.worker_id,
          jsonb_build_object('code', p_code));
  RETURN 'dead_lettered';
END
$$;

-- The reaper, part 1: jobs whose lease expired (a dead, hung or partitioned worker).
CREATE OR REPLACE FUNCTION public.reclaim_expired_jobs(p_limit integer DEFAULT 100)
RETURNS TABLE (job_id uuid, outcome text)
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = ''
AS $$
#variable_conflict use_column
DECLARE
  v_job public.job_queue;
BEGIN
  FOR v_job IN
    SELECT * FROM public.job_queue q
     WHERE q.status = 'processing' AND q.lease_expires_at < now()
     ORDER BY q.lease_expires_at
     FOR UPDATE SKIP LOCKED
     LIMIT p_limit
  LOOP
    job_id := v_job.id;
    outcome := public.job_reclaim_one(v_job, 'lease_expired', 'worker stopped heartbeating');
    RETURN NEXT;
  END LOOP;
END
$$;

-- A worker's liveness lock key: 64 bits of its id (a 32-bit hash could collide
-- between two workers, and one would then look alive while dead).
CREATE OR REPLACE FUNCTION public.worker_lock_key(p_worker_id text)
RETURNS bigint
LANGUAGE sql
IMMUTABLE
SET search_path = ''
AS $$ SELECT pg_catalog.hashtextextended(p_worker_id, 0) $$;

-- The key is taken with the two-integer form of the advisory lock functions (its
-- high and low halves). That form has a key space of its own (pg_locks.objsubid
-- = 2), apart from the single-bigint locks of the maintenance leader, the
-- migration runner and the rate limiter (objsubid = 1).
CREATE OR REPLACE FUNCTION public.worker_lock_hi(p_key bigint)
RETURNS integer
LANGUAGE sql
IMMUTABLE
SET search_path = ''
AS $$ SELECT (p_key >> 32)::integer $$;

CREATE OR REPLACE FUNCTION public.worker_lock_lo(p_key bigint)
RETURNS integer
LANGUAGE sql
IMMUTABLE
SET search_path = ''
AS $$ SELECT ((p_key << 32) >> 32)::integer $$;  -- sign-extended low 32 bits

-- A worker process announces itself and takes its liveness lock on THIS session
-- (a dedicated connection it keeps open for its lifetime). It never waits for the
-- lock: after a network blip the worker's old session may linger half-open on the
-- server, still holding it, and the caller (the heartbeat thread) must not block.
-- FALSE means "not yet": nothing was written; the worker tries again next beat.
CREATE OR REPLACE FUNCTION public.register_worker(
  p_worker_id text, p_hostname text, p_pid integer, p_queues text[] DEFAULT '{}'
)
RETURNS boolean
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = ''
AS $$
DECLARE
  v_key bigint := public.worker_lock_key(p_worker_id);
BEGIN
  IF NOT pg_catalog.pg_try_advisory_lock(public.worker_lock_hi(v_key), public.worker_lock_lo(v_key)) THEN
    RETURN false;
  END IF;
  INSERT INTO public.worker_registry (worker_id, lock_key, hostname, pid, queues)
  VALUES (p_worker_id, v_key, p_hostname, p_pid, coalesce(p_queues, '{}'))
  ON CONFLICT (worker_id) DO UPDATE SET started_at = now();
  RETURN true;
END
$$;

CREATE OR REPLACE FUNCTION public.unregister_worker(p_worker_id text)
RETURNS void
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = ''
AS $$
DECLARE
  v_key bigint := public.worker_lock_key(p_worker_id);
BEGIN
  DELETE FROM public.worker_registry w WHERE w.worker_id = p_worker_id;
  PERFORM pg_catalog.pg_advisory_unlock(public.worker_lock_hi(v_key), public.worker_lock_lo(v_key));
END
$$;

-- Registered workers whose liveness lock is gone: their process (or its database
-- connection) died.
CREATE OR REPLACE FUNCTION public.dead_workers()
RETURNS SETOF text
LANGUAGE sql
STABLE
SECURITY DEFINER
SET search_path = ''
AS $$
  SELECT w.worker_id FROM public.worker_registry w
   WHERE NOT EXISTS (
     SELECT 1 FROM pg_catalog.pg_locks l
      WHERE l.locktype = 'advisory' AND l.granted
        AND l.database = (SELECT d.oid FROM pg_catalog.pg_database d WHERE d.datname = current_database())
        AND l.classid = public.worker_lock_hi(w.lock_key)::oid
        AND l.objid = public.worker_lock_lo(w.lock_key)::oid
        -- objsubid 2 = a lock taken with the two-integer form (register_worker's);
        -- 1 would be a single-bigint lock (leader, migrations, rate limiter) whose
        -- halves happen to match: not this worker's lock.
        AND l.objsubid = 2)
$$;

-- The reaper, part 2: jobs held by a registered worker that died. They are rescued
-- at once, without waiting for the lease to run out. A hung but living worker
-- keeps its lock, so only its lease expiry (part 1) rescues its jobs.
CREATE OR REPLACE FUNCTION public.reclaim_orphaned_jobs(p_limit integer DEFAULT 100)
RETURNS TABLE (job_id uuid, outcome text)
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = ''
AS $$
#variable_conflict use_column
DECLARE
  v_job public.job_queue;
  v_dead text[];
BEGIN
  SELECT coalesce(array_agg(d), '{}') INTO v_dead FROM public.dead_workers() d;
  IF cardinality(v_dead) = 0 THEN
    RETURN;
  END IF;
  FOR v_job IN
    SELECT * FROM public.job_queue q
     WHERE q.status = 'processing' AND q.worker_id = ANY (v_dead)
     ORDER BY q.lease_expires_at
     FOR UPDATE SKIP LOCKED
     LIMIT p_limit
  LOOP
    job_id := v_job.id;
    outcome := public.job_reclaim_one(v_job, 'worker_died', 'worker process is gone');
    RETURN NEXT;
  END LOOP;
  -- forget dead workers that hold nothing any more
  DELETE FROM public.worker_registry w
   WHERE w.worker_id = ANY (v_dead)
     AND NOT EXISTS (SELECT 1 FROM public.job_queue q
                      WHERE q.status = 'processing' AND q.worker_id = w.worker_id);
END
$$;

-- Outbox relay: due pending jobs, most urgent first, whose broker message
--   * was never sent (or was lost with the process that should have sent it), or
--   * was sent but never claimed: dropped by a broker, or taken by a worker that
--     was shutting down. Re-sent once queue.redispatch_after_seconds have passed
--     since the later of the send and the due time (a delayed message is not late
--     before it is due). A duplicate of a message still queued is skipped by the claim.
CREATE OR REPLACE FUNCTION public.jobs_to_dispatch(
  p_limit integer DEFAULT 100,
  p_grace_seconds integer DEFAULT NULL,
  p_horizon_seconds integer DEFAULT 60,
  p_redispatch_after_seconds integer DEFAULT NULL
)
RETURNS SETOF public.job_queue
LANGUAGE sql
STABLE
SECURITY DEFINER
SET search_path = ''
AS $$
  (SELECT * FROM public.job_queue q
    WHERE q.status = 'pending'
      AND q.dispatched_at IS NULL
      AND q.scheduled_at <= now() + make_interval(secs => p_horizon_seconds)
      AND q.updated_at < now() - make_interval(
            secs => coalesce(p_grace_seconds, public.config_int('worker.relay_grace_seconds', 5)))
    ORDER BY q.priority, q.scheduled_at  -- 1 = most urgent goes first
    LIMIT p_limit)
  UNION ALL
  (SELECT * FROM public.job_queue q
    WHERE q.status = 'pending'
      AND q.dispatched_at IS NOT NULL
      AND q.dispatched_at < now() - make_interval(secs => coalesce(
            p_redispatch_after_seconds, public.config_int('queue.redispatch_after_seconds', 300)))
      AND q.scheduled_at < now() - make_interval(secs => coalesce(
            p_redispatch_after_seconds, public.config_int('queue.redispatch_after_seconds', 300)))
    ORDER BY q.dispatched_at
    LIMIT p_limit)
  LIMIT p_limit
$$;

-- Queue depth per lane (for intake backpressure, operators and metrics).
CREATE OR REPLACE FUNCTION public.refresh_queue_lane_stats()
RETURNS integer
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = ''
AS $$
DECLARE
  v_rows integer;
BEGIN
  WITH counted AS (
    SELECT q.job_lane,
           count(*) FILTER (WHERE q.status = 'pending' AND q.scheduled_at <= now()) AS due,
           count(*) FILTER (WHERE q.status = 'pending') AS pending,
           count(*) FILTER (WHERE q.status = 'processing') AS running,
           min(q.scheduled_at) FILTER (WHERE q.status = 'pending' AND q.scheduled_at <= now()) AS oldest
      FROM public.job_queue q
     WHERE q.status IN ('pending', 'processing')
     GROUP BY q.job_lane
  ), upserted AS (
    INSERT INTO public.queue_lane_stats AS s
      (job_lane, pending_due, pending_total, processing, oldest_due_at, measured_at)
    SELECT c.job_lane, c.due, c.pending, c.running, c.oldest, now() FROM counted c
    ON CONFLICT (job_lane) DO UPDATE SET
      pending_due = EXCLUDED.pending_due, pending_total = EXCLUDED.pending_total,
      processing = EXCLUDED.processing, oldest_due_at = EXCLUDED.oldest_due_at,
      measured_at = EXCLUDED.measured_at
    RETURNING 1
  )
  SELECT count(*) INTO v_rows FROM upserted;
  -- lanes that emptied out
  UPDATE public.queue_lane_stats s
     SET pending_due = 0, pending_total = 0, processing = 0, oldest_due_at = NULL, measured_at = now()
   WHERE s.measured_at < now()
     AND NOT EXISTS (SELECT 1 FROM public.job_queue q
                      WHERE q.job_lane = s.job_lane AND q.status IN ('pending', 'processing'));
  RETURN v_rows;
END
$$;

-- Intake backpressure: when the lane's due backlog (as last measured by the
-- maintenance leader) passes queue.depth_limit, a new upload is still accepted
-- (never lost) but scheduled later: one queue.backpressure_delay_seconds per full
-- depth_limit of backlog ahead of it.
CREATE OR REPLACE FUNCTION public.intake_start_at(p_lane text)
RETURNS timestamptz
LANGUAGE plpgsql
STABLE
SECURITY DEFINER
SET search_path = ''
AS $$
DECLARE
  v_limit integer := greatest(public.config_int('queue.depth_limit', 1000), 1);
  v_delay integer := public.config_int('queue.backpressure_delay_seconds', 30);
  v_depth integer;
BEGIN
  SELECT s.pending_due INTO v_depth FROM public.queue_lane_stats s WHERE s.job_lane = p_lane;
  IF v_depth IS NULL OR v_depth <= v_limit THEN
    RETURN now();
  END IF;
  RETURN now() + make_interval(secs => v_delay * (v_depth / v_limit));
END
$$;

-- The broker message for the job's due run was sent: the relay sends it again only if it
-- goes unclaimed for queue.redispatch_after_seconds.
-- The row keeps the context of the send span, so a job re-sent by the relay, the
-- reaper or a redrive continues the same trace.
CREATE OR REPLACE FUNCTION public.mark_job_dispatched(
  p_job_id uuid,
  p_broker_message_id text,
  p_traceparent text DEFAULT NULL,
  p_tracestate text DEFAULT NULL
)
RETURNS boolean
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = ''
AS $$
BEGIN
  UPDATE public.job_queue q
     SET dispatched_at = now(),
         broker_message_id = p_broker_message_id,
         traceparent = coalesce(p_traceparent, q.traceparent),
         tracestate = CASE WHEN p_traceparent IS NULL THEN q.tracestate ELSE p_tracestate END
   WHERE q.id = p_job_id AND q.status = 'pending';
  RETURN FOUND;
END
$$;

-- Operator cancel: the document stops for good (docpipe cancel). Outcomes:
--   cancelled          its live jobs are cancelled ({"jobs": [...]}: id, stage, previous status)
--   already_cancelled  nothing changed
--   not_active         nothing to stop: the document is completed, failed or archived
--   missing            no such document
-- A running stage loses its lease here: its next heartbeat is refused and it stops
-- (LeaseLost); its fenced commit, which locks the job row first, finds the row no
-- longer its own. Locks are taken in the stage commit's order (job rows, then the
-- document), and the job rows are read again after the document lock, so a next
-- stage inserted by a commit that finished meanwhile is cancelled too.
CREATE OR REPLACE FUNCTION public.cancel_document(
  p_shell_file_id uuid,
  p_reason text DEFAULT NULL,
  p_actor text DEFAULT NULL
)
RETURNS jsonb
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = ''
AS $$
DECLARE
  v_file public.shell_files;
  v_job public.job_queue;
  v_jobs jsonb := '[]'::jsonb;
  v_actor text := coalesce(p_actor, nullif(current_setting('docpipe.actor', true), ''),
                           session_user::text);
  v_column text;
BEGIN
  PERFORM 1 FROM public.job_queue q
   WHERE q.shell_file_id = p_shell_file_id AND q.status IN ('pending', 'processing')
   ORDER BY q.id
   FOR UPDATE;
  SELECT * INTO v_file FROM public.shell_files f WHERE f.id = p_shell_file_id FOR UPDATE;
  IF NOT FOUND THEN
    RETURN jsonb_build_object('outcome', 'missing');
  END IF;

  FOR v_job IN
    SELECT * FROM public.job_queue q
     WHERE q.shell_file_id = p_shell_file_id AND q.status IN ('pending', 'processing')
     ORDER BY q.created_at
     FOR UPDATE
  LOOP
    UPDATE public.job_queue q
       SET status = 'cancelled',
           cancelled_at = now(),
           completed_at = now(),
           lease_token = NULL,
           lease_expires_at = NULL,
           error_details = coalesce(q.error_details, '{}'::jsonb) || jsonb_build_object(
             'cancelled', jsonb_build_object('reason', p_reason, 'actor', v_actor, 'at', now(),
                                             'previous_status', v_job.status,
                                             'worker_id', v_job.worker_id)),
           updated_at = now()
     WHERE q.id = v_job.id;
    INSERT INTO public.job_events (job_id, event, attempt, worker_id, details)
    VALUES (v_job.id, 'cancelled', v_job.attempt, v_job.worker_id,
            jsonb_build_object('reason', p_reason, 'previous_status', v_job.status));
    PERFORM public.log_audit_event(
      'job_queue', v_job.id::text, 'UPDATE', jsonb_build_object('status', v_job.status),
      jsonb_build_object('status', 'cancelled'), coalesce(p_reason, 'cancel'), 'system',
      v_job.patient_id, v_job.correlation_id, v_actor, v_job.id);
    v_jobs := v_jobs || jsonb_build_array(jsonb_build_object(
      'job_id', v_job.id, 'job_type', v_job.job_type, 'stage', v_job.job_lane,
      'previous_status', v_job.status, 'worker_id', v_job.worker_id));
  END LOOP;

  IF jsonb_array_length(v_jobs) = 0 THEN
    IF v_file.status = 'cancelled' THEN
      RETURN jsonb_build_object('outcome', 'already_cancelled', 'status', v_file.status,
                                'cancelled_at', v_file.cancelled_at);
    END IF;
    RETURN jsonb_build_object('outcome', 'not_active', 'status', v_file.status);
  END IF;

  -- Stages that had not finished will not run now.
  FOR v_column IN SELECT s.status_column FROM public.pipeline_stages s ORDER BY s.position LOOP
    EXECUTE format(
      'UPDATE public.shell_files SET %1$I = ''cancelled'' WHERE id = $1 AND %1$I IN (''pending'', ''processing'')',
      v_column) USING p_shell_file_id;
  END LOOP;
  UPDATE public.shell_files f
     SET status = 'cancelled',
         cancelled_at = now(),
         processing_completed_at = now(),
         updated_at = now()
   WHERE f.id = p_shell_file_id;
  PERFORM public.log_audit_event(
    'shell_files', p_shell_file_id::text, 'UPDATE', jsonb_build_object('status', v_file.status),
    jsonb_build_object('status', 'cancelled'), coalesce(p_reason, 'cancel'), 'system',
    v_file.patient_id, v_file.correlation_id, v_actor, NULL);
  RETURN jsonb_build_object('outcome', 'cancelled', 'previous_status', v_file.status,
                            'jobs', v_jobs);
END
$$;

-- Delete dead letters older than p_older_than (docpipe dlq purge), oldest first, at
-- most p_limit; one audit row per job (its ids, stage and error code, no payload).
-- The document keeps its 'failed' status and processing_error.
CREATE OR REPLACE FUNCTION public.purge_dead_letters(
  p_older_than interval,
  p_limit integer DEFAULT 1000,
  p_reason text DEFAULT NULL,
  p_actor text DEFAULT NULL
)
RETURNS SETOF uuid
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = ''
AS $$
DECLARE
  v_job public.job_queue;
  v_actor text := coalesce(p_actor, nullif(current_setting('docpipe.actor', true), ''),
                           session_user::text);
BEGIN
  IF p_older_than IS NULL OR p_older_than < interval '0' THEN
    RAISE EXCEPTION 'p_older_than must be a positive interval' USING ERRCODE = 'invalid_parameter_value';
  END IF;
  FOR v_job IN
    SELECT * FROM public.job_queue q
     WHERE q.status = 'failed' AND q.dead_letter_at IS NOT NULL
       AND q.dead_letter_at < now() - p_older_than
     ORDER BY q.dead_letter_at
     LIMIT p_limit
     FOR UPDATE SKIP LOCKED
  LOOP
    PERFORM public.log_audit_event(
      'job_queue', v_job.id::text, 'DELETE',
      jsonb_build_object('status', v_job.status, 'job_type', v_job.job_type,
                         'last_error', v_job.last_error, 'attempt', v_job.attempt,
                         'dead_letter_at', v_job.dead_letter_at,
                         'shell_file_id', v_job.shell_file_id),
      NULL, coalesce(p_reason, 'dead letter purge'), 'system', v_job.patient_id,
      v_job.correlation_id, v_actor, NULL);
    DELETE FROM public.job_queue q WHERE q.id = v_job.id;
    RETURN NEXT v_job.id;
  END LOOP;
END
$$;
