-- Erasure of a patient (a profile) and of a user (an account), service role only.
--
-- Removed: the profile, its documents (shell_files), clinical rows, OCR
--   artifacts, AI pass results, grants and provider links (by cascade).
-- Scrubbed, kept: job rows of the patient (payload, result, errors and output
--   files replaced; live jobs cancelled) and the patient's older audit rows
--   (row images cut down to ids; who, what, when and which row stay).
-- Added: one erasure audit row (gdpr) with ids and counts, no PHI; the id goes
--   to retired_profile_ids and can never be used again.
-- Not done here: the stored files live in object storage, outside the
--   database. erase_patient / erase_user RETURN their storage paths, and the
--   paths are also queued in pending_storage_deletions (a DELETE FROM
--   auth.users returns nothing to its caller). The maintenance leader deletes
--   the queued objects and closes the rows (pipeline/ledger/storage_cleanup.py).

-- The work of an erasure except deleting the profile row itself: tombstone,
-- storage paths, counts, job and audit scrubbing, the erasure audit row.
-- Returns the counts, or NULL when the patient was already retired.
CREATE OR REPLACE FUNCTION public.erasure_prepare(p_patient_id uuid, p_reason text)
RETURNS jsonb
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = ''
AS $$
DECLARE
  v_counts jsonb;
  v_jobs integer;
  v_audit integer;
  v_actor text := coalesce(nullif(current_setting('docpipe.actor', true), ''),
                           CASE WHEN auth.uid() IS NULL THEN 'db:' || session_user END);
BEGIN
  INSERT INTO public.retired_profile_ids (id, retired_by, actor, reason)
  VALUES (p_patient_id, auth.uid(), v_actor, p_reason)
  ON CONFLICT (id) DO NOTHING;
  IF NOT FOUND THEN
    RETURN NULL;
  END IF;

  INSERT INTO public.pending_storage_deletions (storage_path, shell_file_id, patient_id)
  SELECT s.storage_path, s.id, s.patient_id FROM public.shell_files s
   WHERE s.patient_id = p_patient_id
  ON CONFLICT (storage_path) DO NOTHING;

  SELECT jsonb_build_object(
    'shell_files', (SELECT count(*) FROM public.shell_files WHERE patient_id = p_patient_id),
    'patient_clinical_events',
      (SELECT count(*) FROM public.patient_clinical_events WHERE patient_id = p_patient_id),
    'patient_medications',
      (SELECT count(*) FROM public.patient_medications WHERE patient_id = p_patient_id),
    'patient_observations',
      (SELECT count(*) FROM public.patient_observations WHERE patient_id = p_patient_id),
    'patient_vitals', (SELECT count(*) FROM public.patient_vitals WHERE patient_id = p_patient_id),
    'patient_allergies',
      (SELECT count(*) FROM public.patient_allergies WHERE patient_id = p_patient_id),
    'patient_conditions',
      (SELECT count(*) FROM public.patient_conditions WHERE patient_id = p_patient_id),
    'patient_immunizations',
      (SELECT count(*) FROM public.patient_immunizations WHERE patient_id = p_patient_id),
    'ocr_page_artifacts',
      (SELECT count(*) FROM public.ocr_page_artifacts WHERE patient_id = p_patient_id),
    'ai_pass_results', (SELECT count(*) FROM public.ai_pass_results WHERE patient_id = p_patient_id),
    'profile_access_permissions',
      (SELECT count(*) FROM public.profile_access_permissions WHERE profile_id = p_patient_id),
    'patient_provider_access',
      (SELECT count(*) FROM public.patient_provider_access WHERE patient_id = p_patient_id)
  ) INTO v_counts;

  -- Jobs stay as operational history, without anything they carried.
  UPDATE public.job_queue j
     SET job_payload = jsonb_build_object('erased', true),
         job_result = NULL,
         error_details = NULL,
         status = CASE WHEN j.status IN ('pending', 'processing', 'retrying', 'deferred')
                       THEN 'cancelled' ELSE j.status END,
         lease_token = NULL,
         lease_expires_at = NULL
   WHERE j.patient_id = p_patient_id
      OR j.shell_file_id IN (SELECT s.id FROM public.shell_files s WHERE s.patient_id = p_patient_id);
  GET DIAGNOSTICS v_jobs = ROW_COUNT;

  -- Older audit rows keep who/what/when/which row; their images keep only ids.
  PERFORM set_config('docpipe.audit_scrub', 'on', true);
  UPDATE public.audit_log a
     SET old_values = public.audit_ids_only(a.old_values),
         new_values = public.audit_ids_only(a.new_values)
   WHERE a.patient_id = p_patient_id
     AND (a.old_values IS NOT NULL OR a.new_values IS NOT NULL);
  GET DIAGNOSTICS v_audit = ROW_COUNT;
  PERFORM set_config('docpipe.audit_scrub', 'off', true);

  v_counts := v_counts || jsonb_build_object('jobs_scrubbed', v_jobs, 'audit_rows_scrubbed', v_audit);

  INSERT INTO public.audit_log (
    table_name, record_id, operation, new_values, changed_by, reason, compliance_category,
    patient_id, correlation_id, actor, job_id
  ) VALUES (
    'user_profiles', p_patient_id, 'DELETE', jsonb_build_object('erased', v_counts),
    auth.uid(), coalesce(p_reason, 'erasure'), 'gdpr', p_patient_id,
    nullif(current_setting('docpipe.correlation_id', true), ''), v_actor,
    nullif(current_setting('docpipe.job_id', true), '')::uuid
  );
  RETURN v_counts;
END
$$;

-- Erase one patient. Returns the storage paths of its documents, which are queued in
-- pending_storage_deletions for the maintenance leader to delete from storage.
CREATE OR REPLACE FUNCTION public.erase_patient(p_patient_id uuid, p_reason text)
RETURNS TABLE (shell_file_id uuid, storage_path text)
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = ''
AS $$
BEGIN
  PERFORM 1 FROM public.user_profiles p WHERE p.id = p_patient_id FOR UPDATE;
  IF NOT FOUND THEN
    RAISE EXCEPTION 'patient not found' USING ERRCODE = 'no_data_found';
  END IF;
  PERFORM public.erasure_prepare(p_patient_id, p_reason);
  DELETE FROM public.user_profiles p WHERE p.id = p_patient_id;
  RETURN QUERY
    SELECT d.shell_file_id, d.storage_path FROM public.pending_storage_deletions d
     WHERE d.patient_id = p_patient_id AND d.deleted_at IS NULL
     ORDER BY d.storage_path;
END
$$;

-- Erase one user: every profile the account owns, then the account itself
-- (what DELETE FROM auth.users does too, through the triggers below).
CREATE OR REPLACE FUNCTION public.erase_user(p_user_id uuid, p_reason text)
RETURNS TABLE (shell_file_id uuid, storage_path text)
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = ''
AS $$
DECLARE
  v_profiles uuid[];
BEGIN
  PERFORM 1 FROM auth.users u WHERE u.id = p_user_id FOR UPDATE;
  IF NOT FOUND THEN
    RAISE EXCEPTION 'user not found' USING ERRCODE = 'no_data_found';
  END IF;
  SELECT coalesce(array_agg(p.id), '{}') INTO v_profiles
    FROM public.user_profiles p WHERE p.account_owner_id = p_user_id;
  PERFORM public.erasure_prepare(pid, p_reason) FROM unnest(v_profiles) AS pid;
  DELETE FROM auth.users u WHERE u.id = p_user_id;
  RETURN QUERY
    SELECT d.shell_file_id, d.storage_path FROM public.pending_storage_deletions d
     WHERE d.patient_id = ANY (v_profiles) AND d.deleted_at IS NULL
     ORDER BY d.storage_path;
END
$$;

-- BEFORE DELETE ON user_profiles: a profile deleted any other way (an operator's
-- DELETE, a cascade from auth.users) is erased the same way.
CREATE OR REPLACE FUNCTION public.user_profiles_erase_on_delete()
RETURNS trigger
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = ''
AS $$
BEGIN
  PERFORM public.erasure_prepare(OLD.id, 'profile deleted');
  RETURN OLD;
END
$$;

-- BEFORE DELETE ON auth.users (Supabase deletes accounts this way): erase the
-- profiles the account owns and record the account's removal. Its grants on
-- other patients go by cascade (audited), its uploads for other patients stay
-- with uploaded_by cleared.
CREATE OR REPLACE FUNCTION public.auth_user_erase_on_delete()
RETURNS trigger
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = ''
AS $$
DECLARE
  v_profiles integer;
BEGIN
  IF coalesce(current_setting('docpipe.actor', true), '') = '' THEN
    PERFORM set_config('docpipe.actor', 'account-deletion', true);
  END IF;
  SELECT count(*) INTO v_profiles FROM (
    SELECT public.erasure_prepare(p.id, 'account deleted')
      FROM public.user_profiles p WHERE p.account_owner_id = OLD.id
  ) x;
  INSERT INTO public.audit_log (
    table_name, record_id, operation, new_values, changed_by, reason, compliance_category,
    correlation_id, actor
  ) VALUES (
    'auth.users', OLD.id, 'DELETE', jsonb_build_object('profiles_erased', v_profiles),
    auth.uid(), 'account deleted', 'gdpr',
    nullif(current_setting('docpipe.correlation_id', true), ''),
    current_setting('docpipe.actor', true)
  );
  RETURN OLD;
END
$$;
