-- Intake in one round trip: access check, the idempotent document row, and the
-- first stage's job row (the outbox), in the caller's transaction.
--
-- Outcomes: created | existing (same uploader + key, same upload) |
--           conflict (same key, different upload) | forbidden (no upload right).
CREATE OR REPLACE FUNCTION public.intake_upload_v1(
  p_patient_id uuid,
  p_uploaded_by uuid,
  p_original_filename text,
  p_storage_path text,
  p_mime_type text,
  p_file_size_bytes bigint,
  p_idempotency_key text,
  p_priority integer DEFAULT 5,
  p_traceparent text DEFAULT NULL,
  p_check_access boolean DEFAULT true
)
RETURNS jsonb
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = ''
AS $$
DECLARE
  v_file public.shell_files;
  v_created boolean := false;
  v_start timestamptz;
  v_job record;
BEGIN
  IF p_check_access
     AND NOT public.has_profile_access_level(p_uploaded_by, p_patient_id, 'read_write') THEN
    RETURN jsonb_build_object('outcome', 'forbidden');
  END IF;

  INSERT INTO public.shell_files AS f (
    patient_id, uploaded_by, original_filename, filename, storage_path, mime_type,
    file_size_bytes, idempotency_key, processing_priority
  ) VALUES (
    p_patient_id, p_uploaded_by, p_original_filename, p_original_filename, p_storage_path,
    p_mime_type, p_file_size_bytes, p_idempotency_key, p_priority
  )
  ON CONFLICT (uploaded_by, idempotency_key) WHERE idempotency_key IS NOT NULL DO NOTHING
  RETURNING f.* INTO v_file;

  IF FOUND THEN
    v_created := true;
  ELSE
    -- ON CONFLICT waited for the winner to commit; its row is visible now.
    SELECT * INTO v_file FROM public.shell_files f
     WHERE f.uploaded_by = p_uploaded_by AND f.idempotency_key = p_idempotency_key;
    IF v_file.patient_id IS DISTINCT FROM p_patient_id
       OR v_file.storage_path IS DISTINCT FROM p_storage_path
       OR v_file.file_size_bytes IS DISTINCT FROM p_file_size_bytes THEN
      RETURN jsonb_build_object('outcome', 'conflict');
    END IF;
  END IF;

  v_start := CASE WHEN v_created THEN public.intake_start_at('security_scan') END;
  SELECT * INTO v_job FROM public.enqueue_job_v3(
    'fast_queue_security', 'security_scan',
    jsonb_build_object('shell_file_id', v_file.id::text, 'patient_id', p_patient_id::text),
    priority => p_priority,
    p_scheduled_at => v_start,
    p_idempotency_key => 'stage:' || v_file.id::text || ':fast_queue_security',
    p_correlation_id => v_file.correlation_id,
    p_traceparent => p_traceparent
  );

  RETURN jsonb_build_object(
    'outcome', CASE WHEN v_created THEN 'created' ELSE 'existing' END,
    'shell_file_id', v_file.id,
    'job_id', v_job.job_id,
    'correlation_id', v_file.correlation_id,
    'status', v_file.status,
    'expected_start_at', v_job.scheduled_at
  );
END
$$;
