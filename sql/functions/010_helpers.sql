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

-- The lane (and Dramatiq queue) each job type runs on, from the stage graph.
-- NULL means an unknown type, or a requested lane that is not the type's own.
CREATE OR REPLACE FUNCTION public.job_lane_for_type(p_job_type text, p_requested_lane text DEFAULT NULL)
RETURNS text
LANGUAGE sql
STABLE
SET search_path = ''
AS $$
  SELECT s.stage
    FROM public.pipeline_stages s
   WHERE s.job_type = p_job_type
     AND (p_requested_lane IS NULL OR p_requested_lane = s.stage)
$$;
