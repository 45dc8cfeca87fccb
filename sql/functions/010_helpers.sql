-- Small helpers used by triggers, policies and the job RPCs.

CREATE OR REPLACE FUNCTION public.update_updated_at_column()
RETURNS trigger
LANGUAGE plpgsql
SET search_path = ''
AS $$
BEGIN
  NEW.updated_at := now();
  RETURN NEW;
END
$$;

-- True for the service role: a JWT whose role claim says so, or a session that
-- switched to the role (SET ROLE service_role, as the workers and the hook do).
CREATE OR REPLACE FUNCTION public.is_service_role()
RETURNS boolean
LANGUAGE sql
STABLE
SET search_path = ''
AS $$
  SELECT coalesce(auth.jwt() ->> 'role', '') = 'service_role'
      OR current_setting('role', true) = 'service_role'
      OR current_user = 'service_role'
$$;

-- An integer from system_configuration, or the fallback when absent.
CREATE OR REPLACE FUNCTION public.config_int(p_key text, p_default integer)
RETURNS integer
LANGUAGE sql
STABLE
SECURITY DEFINER
SET search_path = ''
AS $$
  SELECT coalesce(
    (SELECT (c.config_value #>> '{}')::integer
       FROM public.system_configuration c
      WHERE c.config_key = p_key),
    p_default)
$$;

-- The lane (and Dramatiq queue) each job type runs on. NULL means "unknown type".
CREATE OR REPLACE FUNCTION public.job_lane_for_type(p_job_type text, p_requested_lane text DEFAULT NULL)
RETURNS text
LANGUAGE sql
IMMUTABLE
SET search_path = ''
AS $$
  SELECT CASE p_job_type
    WHEN 'fast_queue_security' THEN 'security_scan'
    WHEN 'fast_queue_ocr' THEN 'ocr'
    WHEN 'ai_queue_pass1' THEN 'pass1_entities'
    WHEN 'ai_queue_pass2' THEN 'pass2_clinical'
    WHEN 'ai_queue_pass3' THEN 'pass3_narrative'
    WHEN 'finalize_shell_file' THEN 'finalize'
    WHEN 'shell_file_processing' THEN
      CASE WHEN p_requested_lane IN ('fast_queue', 'standard_queue') THEN p_requested_lane
           WHEN p_requested_lane IS NULL THEN 'standard_queue' END
    WHEN 'ai_processing' THEN
      CASE WHEN p_requested_lane IN ('ai_queue_simple', 'ai_queue_complex') THEN p_requested_lane
           WHEN p_requested_lane IS NULL THEN 'ai_queue_simple' END
    WHEN 'data_migration' THEN 'maintenance'
    WHEN 'audit_cleanup' THEN 'maintenance'
    WHEN 'notification_delivery' THEN 'maintenance'
    WHEN 'report_generation' THEN 'maintenance'
    WHEN 'backup_operation' THEN 'maintenance'
    WHEN 'system_maintenance' THEN 'maintenance'
    WHEN 'semantic_processing' THEN 'maintenance'
    WHEN 'consent_verification' THEN 'maintenance'
    WHEN 'provider_verification' THEN 'maintenance'
  END
$$;
