-- Intake in one round trip: access check, the idempotent document row, and the
-- first stage's job row (the outbox), in the caller's transaction.
--
-- Outcomes: created | existing (the same upload again) |
--           conflict (same key, different upload) | forbidden (no upload right) |
--           unknown_patient (no such active profile; only without the access check).
--
-- One document per stored object version. Two doors register uploads:
--   the client (POST /v1/shell-files): idempotent per uploader + key, no object id;
--   the storage webhook: knows the object's id + version (p_storage_object_id).
-- Either may come first. A registration without the object id is matched to a
-- webhook row of the same patient, path and size that no client has registered
-- yet, and the webhook claims a client row of that path and size not yet tied to
-- an object. A new version of an object (upsert, or delete + upload) is a new document.

DROP FUNCTION IF EXISTS public.intake_upload_v1(
  uuid, uuid, text, text, text, bigint, text, integer, text, boolean
);

-- May this user upload documents for this patient? The account owner may; a
-- delegate needs read_write AND the grant's can_upload_files switch; a consented
-- provider with read_write access (no delegate grant) may.
CREATE OR REPLACE FUNCTION public.may_upload_files(p_user_id uuid, p_patient_id uuid)
RETURNS boolean
LANGUAGE sql
STABLE
SECURITY DEFINER
SET search_path = ''
AS $$
  SELECT public.allowed_by_grant_switch(p_user_id, p_patient_id, 'read_write', 'can_upload_files')
$$;

CREATE OR REPLACE FUNCTION public.intake_upload_v2(
  p_patient_id uuid,
  p_uploaded_by uuid,
  p_original_filename text,
  p_storage_path text,
  p_mime_type text,
  p_file_size_bytes bigint,
  p_idempotency_key text,
  p_priority integer DEFAULT 5,
  p_traceparent text DEFAULT NULL,
  p_check_access boolean DEFAULT true,
  p_storage_object_id uuid DEFAULT NULL,
  p_storage_object_version text DEFAULT NULL
)
RETURNS jsonb
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = ''
AS $$
DECLARE
  v_file public.shell_files;
  v_found boolean := false;
  v_created boolean := false;
  v_version text := CASE WHEN p_storage_object_id IS NOT NULL
                         THEN coalesce(p_storage_object_version, '') END;
  v_start timestamptz;
  v_job record;
  v_first public.pipeline_stages;
BEGIN
  IF p_check_access AND NOT public.may_upload_files(p_uploaded_by, p_patient_id) THEN
    RETURN jsonb_build_object('outcome', 'forbidden');
  END IF;
  -- Trusted callers (a service-key object named by its path) skip the check above.
  IF NOT EXISTS (SELECT 1 FROM public.user_profiles p
                  WHERE p.id = p_patient_id AND NOT p.archived) THEN
    RETURN jsonb_build_object('outcome', 'unknown_patient');
  END IF;

  -- The client and the webhook race for the same object: one registration of a
  -- path at a time (held until commit).
  PERFORM pg_advisory_xact_lock(
    hashtextextended('intake:' || p_patient_id::text || '/' || p_storage_path, 0));

  IF p_storage_object_id IS NOT NULL THEN
    SELECT * INTO v_file FROM public.shell_files f
     WHERE f.storage_object_id = p_storage_object_id AND f.storage_object_version = v_version;
    v_found := FOUND;
    IF NOT v_found THEN
      SELECT * INTO v_file FROM public.shell_files f
       WHERE f.patient_id = p_patient_id
         AND f.storage_path = p_storage_path
         AND f.storage_object_id IS NULL
         AND f.file_size_bytes = p_file_size_bytes
       ORDER BY f.created_at DESC
       LIMIT 1
       FOR UPDATE;
      IF FOUND THEN
        UPDATE public.shell_files f
           SET storage_object_id = p_storage_object_id, storage_object_version = v_version
         WHERE f.id = v_file.id
        RETURNING f.* INTO v_file;
        v_found := true;
      END IF;
    END IF;
  ELSE
    IF p_uploaded_by IS NOT NULL AND p_idempotency_key IS NOT NULL THEN
      SELECT * INTO v_file FROM public.shell_files f
       WHERE f.uploaded_by = p_uploaded_by AND f.idempotency_key = p_idempotency_key;
      IF FOUND THEN
        IF v_file.patient_id IS DISTINCT FROM p_patient_id
           OR v_file.storage_path IS DISTINCT FROM p_storage_path
           OR v_file.file_size_bytes IS DISTINCT FROM p_file_size_bytes THEN
          RETURN jsonb_build_object('outcome', 'conflict');
        END IF;
        v_found := true;
      END IF;
    END IF;
    IF NOT v_found THEN
      SELECT * INTO v_file FROM public.shell_files f
       WHERE f.patient_id = p_patient_id
         AND f.storage_path = p_storage_path
         AND f.storage_object_id IS NOT NULL
         AND NOT f.registered_by_client
         AND f.file_size_bytes = p_file_size_bytes
       ORDER BY f.created_at DESC
       LIMIT 1
       FOR UPDATE;
      IF FOUND THEN
        -- The client's key now names this document too (when it is the uploader's).
        UPDATE public.shell_files f
           SET registered_by_client = true,
               uploaded_by = coalesce(f.uploaded_by, p_uploaded_by),
               idempotency_key = CASE
                 WHEN f.idempotency_key IS NULL
                      AND coalesce(f.uploaded_by, p_uploaded_by) = p_uploaded_by
                 THEN p_idempotency_key ELSE f.idempotency_key END
         WHERE f.id = v_file.id
        RETURNING f.* INTO v_file;
        v_found := true;
      END IF;
    END IF;
  END IF;

  IF NOT v_found THEN
    INSERT INTO public.shell_files AS f (
      patient_id, uploaded_by, original_filename, filename, storage_path, mime_type,
      file_size_bytes, idempotency_key, processing_priority,
      storage_object_id, storage_object_version, registered_by_client
    ) VALUES (
      p_patient_id, p_uploaded_by, p_original_filename, p_original_filename, p_storage_path,
      p_mime_type, p_file_size_bytes,
      CASE WHEN p_storage_object_id IS NULL THEN p_idempotency_key END, p_priority,
      p_storage_object_id, v_version, p_storage_object_id IS NULL
    )
    ON CONFLICT DO NOTHING
    RETURNING f.* INTO v_file;
    IF FOUND THEN
      v_created := true;
    ELSE
      -- Lost a race on another path's lock (same key, or the object moved):
      -- the winner's row is committed and visible now.
      IF p_storage_object_id IS NOT NULL THEN
        SELECT * INTO v_file FROM public.shell_files f
         WHERE f.storage_object_id = p_storage_object_id AND f.storage_object_version = v_version;
      ELSE
        SELECT * INTO v_file FROM public.shell_files f
         WHERE f.uploaded_by = p_uploaded_by AND f.idempotency_key = p_idempotency_key;
      END IF;
      IF v_file.id IS NULL
         OR v_file.patient_id IS DISTINCT FROM p_patient_id
         OR v_file.storage_path IS DISTINCT FROM p_storage_path
         OR v_file.file_size_bytes IS DISTINCT FROM p_file_size_bytes THEN
        RETURN jsonb_build_object('outcome', 'conflict');
      END IF;
    END IF;
  END IF;

  -- The first stage of the graph (pipeline_stages); its key is flow.stage_job_key's.
  SELECT * INTO v_first FROM public.pipeline_stages s ORDER BY s.position LIMIT 1;
  v_start := CASE WHEN v_created THEN public.intake_start_at(v_first.stage) END;
  SELECT * INTO v_job FROM public.enqueue_job_v3(
    v_first.job_type, v_first.stage,
    jsonb_build_object('shell_file_id', v_file.id::text, 'patient_id', p_patient_id::text),
    priority => p_priority,
    p_scheduled_at => v_start,
    p_idempotency_key => 'stage:' || v_file.id::text || ':' || v_first.job_type,
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
