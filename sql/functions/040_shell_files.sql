-- shell_files status moves forward only. A dead-lettered file may go back to
-- processing only through a redrive (which sets docpipe.redrive for its
-- transaction).

CREATE OR REPLACE FUNCTION public.shell_file_status_rank(p_status text)
RETURNS integer
LANGUAGE sql
IMMUTABLE
SET search_path = ''
AS $$
  SELECT CASE p_status
    WHEN 'uploaded' THEN 0
    WHEN 'processing' THEN 1
    WHEN 'pass1_complete' THEN 2
    WHEN 'pass2_complete' THEN 3
    WHEN 'pass3_complete' THEN 4
    WHEN 'completed' THEN 5
    WHEN 'failed' THEN 5
    WHEN 'archived' THEN 6
  END
$$;

CREATE OR REPLACE FUNCTION public.shell_files_status_forward()
RETURNS trigger
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = ''
AS $$
BEGIN
  IF NEW.status = OLD.status THEN
    RETURN NEW;
  END IF;
  IF OLD.status = 'failed' AND NEW.status NOT IN ('archived')
     AND coalesce(current_setting('docpipe.redrive', true), '') = 'on' THEN
    RETURN NEW;
  END IF;
  IF OLD.status = 'completed' AND NEW.status = 'failed' THEN
    RAISE EXCEPTION 'shell_files status cannot move from completed to failed'
      USING ERRCODE = 'check_violation';
  END IF;
  IF public.shell_file_status_rank(NEW.status) < public.shell_file_status_rank(OLD.status)
     OR (OLD.status = 'failed' AND NEW.status <> 'archived') THEN
    RAISE EXCEPTION 'shell_files status cannot move from % to %', OLD.status, NEW.status
      USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END
$$;

-- Record a stage's progress on its document: the per-stage status column, the
-- overall status (forward only: never moved backwards by a late stage), the
-- stage's duration, and on failure the error JSON (code, stage, attempt, message
-- without PHI, correlation id).
CREATE OR REPLACE FUNCTION public.mark_stage(
  p_shell_file_id uuid,
  p_stage text,
  p_status text,
  p_overall text DEFAULT NULL,
  p_duration_ms integer DEFAULT NULL,
  p_error jsonb DEFAULT NULL,
  p_job_id uuid DEFAULT NULL,
  p_worker_id text DEFAULT NULL
)
RETURNS void
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = ''
AS $$
DECLARE
  v_column text := (SELECT s.status_column FROM public.pipeline_stages s WHERE s.stage = p_stage);
BEGIN
  IF v_column IS NULL THEN
    RAISE EXCEPTION 'unknown stage %', p_stage USING ERRCODE = 'invalid_parameter_value';
  END IF;
  -- A cancelled document keeps its stage columns: a worker that claimed just before the
  -- cancel must not mark its stage processing again.
  EXECUTE format(
    'UPDATE public.shell_files SET %I = $1 WHERE id = $2 AND status <> ''cancelled''',
    v_column
  ) USING p_status, p_shell_file_id;
  UPDATE public.shell_files f
     SET status = CASE
           WHEN p_overall IS NULL THEN f.status
           WHEN f.status IN ('completed', 'archived') THEN f.status
           WHEN p_overall = 'failed' THEN 'failed'
           WHEN f.status = 'failed' THEN f.status
           WHEN public.shell_file_status_rank(p_overall) > public.shell_file_status_rank(f.status)
             THEN p_overall
           ELSE f.status
         END,
         processing_started_at = coalesce(f.processing_started_at, now()),
         processing_completed_at = CASE WHEN p_overall IN ('completed', 'failed')
                                        THEN now() ELSE f.processing_completed_at END,
         processing_duration_seconds = CASE WHEN p_overall = 'completed'
           THEN extract(epoch FROM now() - coalesce(f.processing_started_at, f.created_at))::integer
           ELSE f.processing_duration_seconds END,
         stage_timings = CASE WHEN p_duration_ms IS NULL THEN f.stage_timings
           ELSE f.stage_timings || jsonb_build_object(p_stage, p_duration_ms) END,
         processing_error = CASE WHEN p_error IS NULL THEN f.processing_error ELSE p_error END,
         processing_job_id = coalesce(p_job_id, f.processing_job_id),
         processing_worker_id = coalesce(p_worker_id, f.processing_worker_id),
         updated_at = now()
   WHERE f.id = p_shell_file_id;
END
$$;

-- A new document takes the correlation id its caller set for the transaction
-- (docpipe.correlation_id, checked well-formed by the hook) instead of a fresh one.
CREATE OR REPLACE FUNCTION public.shell_files_correlation_from_session()
RETURNS trigger
LANGUAGE plpgsql
SET search_path = ''
AS $$
DECLARE
  v_id text := nullif(current_setting('docpipe.correlation_id', true), '');
BEGIN
  IF v_id IS NOT NULL AND v_id ~ '^[A-Za-z0-9._-]{8,64}$' THEN
    NEW.correlation_id := v_id;
  END IF;
  RETURN NEW;
END
$$;

-- A document deleted by a client, or by a cascade, leaves its file in object storage, which
-- the database cannot reach: its path is queued in pending_storage_deletions, as erasure
-- queues a patient's files, unless another document still stores a version there. The
-- maintenance leader deletes queued objects (pipeline/ledger/storage_cleanup.py). A closed
-- row for the same path (say, closed as still_referenced when a new upload reused it) is
-- opened again as a new request: due now, no attempts, no outcome.
CREATE OR REPLACE FUNCTION public.shell_files_queue_object_deletion()
RETURNS trigger
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = ''
AS $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM public.shell_files s WHERE s.storage_path = OLD.storage_path) THEN
    INSERT INTO public.pending_storage_deletions (storage_path, shell_file_id, patient_id)
    VALUES (OLD.storage_path, OLD.id, OLD.patient_id)
    ON CONFLICT (storage_path) DO UPDATE
      SET shell_file_id = EXCLUDED.shell_file_id, patient_id = EXCLUDED.patient_id,
          queued_at = now(), deleted_at = NULL, outcome = NULL, attempts = 0,
          next_attempt_at = now(), last_error_code = NULL
      WHERE public.pending_storage_deletions.deleted_at IS NOT NULL;
  END IF;
  RETURN OLD;
END
$$;
