-- Access control: ONE decision used by every policy.
--
--   access_level_for(user, patient)  the highest level the user holds on the
--                                    patient: owner, an active delegated grant,
--                                    or a consented, active provider relationship
--   required_access_level(operation) the explicit operation → level map
--   has_patient_access(patient, op)  what every RLS policy calls (uses auth.uid())
--   may_view_files(user, patient)    'view_files': read access, less a delegate whose
--                                    grant switches can_view_files off

CREATE OR REPLACE FUNCTION public.access_level_rank(p_level public.access_level_type)
RETURNS integer
LANGUAGE sql
IMMUTABLE
SET search_path = ''
AS $$
  SELECT CASE p_level
    WHEN 'none' THEN 0
    WHEN 'emergency' THEN 1
    WHEN 'read_only' THEN 2
    WHEN 'read_write' THEN 3
    WHEN 'full_access' THEN 4
    WHEN 'owner' THEN 5
    ELSE 0
  END
$$;

-- The operation → level map. An unknown operation is an error, never "allowed".
CREATE OR REPLACE FUNCTION public.required_access_level(p_operation text)
RETURNS public.access_level_type
LANGUAGE plpgsql
IMMUTABLE
SET search_path = ''
AS $$
BEGIN
  RETURN CASE p_operation
    WHEN 'emergency_read' THEN 'emergency'::public.access_level_type
    WHEN 'read' THEN 'read_only'::public.access_level_type
    WHEN 'view_files' THEN 'read_only'::public.access_level_type
    WHEN 'upload' THEN 'read_write'::public.access_level_type
    WHEN 'write' THEN 'read_write'::public.access_level_type
    WHEN 'delete' THEN 'full_access'::public.access_level_type
    WHEN 'audit_read' THEN 'full_access'::public.access_level_type
    WHEN 'manage_access' THEN 'owner'::public.access_level_type
    ELSE NULL
  END;
END
$$;

CREATE OR REPLACE FUNCTION public.access_level_for(p_user_id uuid, p_patient_id uuid)
RETURNS public.access_level_type
LANGUAGE sql
STABLE
SECURITY DEFINER
SET search_path = ''
AS $$
  WITH levels(level) AS (
    SELECT 'owner'::public.access_level_type
      FROM public.user_profiles p
     WHERE p.id = p_patient_id AND p.account_owner_id = p_user_id AND NOT p.archived
    UNION ALL
    SELECT g.permission_level
      FROM public.profile_access_permissions g
      JOIN public.user_profiles p ON p.id = g.profile_id AND NOT p.archived
     WHERE g.profile_id = p_patient_id
       AND g.user_id = p_user_id
       AND g.revoked_at IS NULL
       AND g.access_start_date <= now()
       AND (g.access_end_date IS NULL OR g.access_end_date > now())
    UNION ALL
    SELECT CASE a.permission_level
             WHEN 'read_only' THEN 'read_only'
             WHEN 'read_write' THEN 'read_write'
             WHEN 'full_access' THEN 'full_access'
             WHEN 'emergency_only' THEN 'emergency'
             ELSE 'none'
           END::public.access_level_type
      FROM public.patient_provider_access a
      JOIN public.provider_registry r ON r.id = a.provider_id
      JOIN public.user_profiles p ON p.id = a.patient_id AND NOT p.archived
     WHERE a.patient_id = p_patient_id
       AND r.user_id = p_user_id
       AND r.active
       AND r.verification_status IN ('credential_verified', 'full_verified')
       AND a.patient_consent_given
       AND a.relationship_status = 'active'
       AND a.access_start_date <= now()
       AND (a.access_end_date IS NULL OR a.access_end_date > now())
  )
  SELECT coalesce(
    (SELECT l.level FROM levels l
      ORDER BY public.access_level_rank(l.level) DESC LIMIT 1),
    'none'::public.access_level_type)
$$;

-- Reference name, explicit user: for trusted callers (the upload hook, which
-- runs as the service role and checks the JWT's subject).
CREATE OR REPLACE FUNCTION public.has_profile_access_level(
  p_user_id uuid, p_profile_id uuid, p_required_level text
)
RETURNS boolean
LANGUAGE sql
STABLE
SECURITY DEFINER
SET search_path = ''
AS $$
  SELECT CASE
    WHEN p_user_id IS NULL OR p_profile_id IS NULL THEN false
    WHEN p_required_level IN ('emergency', 'read_only', 'read_write', 'full_access', 'owner') THEN
      public.access_level_rank(public.access_level_for(p_user_id, p_profile_id))
        >= public.access_level_rank(p_required_level::public.access_level_type)
    ELSE false
  END
$$;

-- Reference name: may the user read this profile at all?
CREATE OR REPLACE FUNCTION public.has_profile_access(p_user_id uuid, p_profile_id uuid)
RETURNS boolean
LANGUAGE sql
STABLE
SECURITY DEFINER
SET search_path = ''
AS $$
  SELECT public.has_profile_access_level(p_user_id, p_profile_id, 'read_only')
$$;

-- May this user do what one of a grant's switches governs, on this patient? The level is
-- needed; the account owner and a consented provider then may; a delegate may unless an
-- active grant switches it off. An unknown switch counts as off.
CREATE OR REPLACE FUNCTION public.allowed_by_grant_switch(
  p_user_id uuid, p_patient_id uuid, p_level text, p_switch text
)
RETURNS boolean
LANGUAGE sql
STABLE
SECURITY DEFINER
SET search_path = ''
AS $$
  SELECT CASE
    WHEN p_user_id IS NULL OR p_patient_id IS NULL THEN false
    WHEN NOT public.has_profile_access_level(p_user_id, p_patient_id, p_level) THEN false
    WHEN EXISTS (
      SELECT 1 FROM public.user_profiles p
       WHERE p.id = p_patient_id AND p.account_owner_id = p_user_id AND NOT p.archived
    ) THEN true
    ELSE NOT EXISTS (
      SELECT 1 FROM public.profile_access_permissions g
       WHERE g.profile_id = p_patient_id
         AND g.user_id = p_user_id
         AND g.revoked_at IS NULL
         AND g.access_start_date <= now()
         AND (g.access_end_date IS NULL OR g.access_end_date > now())
         AND NOT coalesce(CASE p_switch
                            WHEN 'can_upload_files' THEN g.can_upload_files
                            WHEN 'can_view_files' THEN g.can_view_files
                          END, false)
    )
  END
$$;

-- May this user see the patient's uploaded documents: the shell_files rows (file names,
-- storage paths) and the text read from them? Read access and, for a delegate, the grant's
-- can_view_files: a grant can show the clinical record without the papers.
CREATE OR REPLACE FUNCTION public.may_view_files(p_user_id uuid, p_patient_id uuid)
RETURNS boolean
LANGUAGE sql
STABLE
SECURITY DEFINER
SET search_path = ''
AS $$
  SELECT public.allowed_by_grant_switch(p_user_id, p_patient_id, 'read_only', 'can_view_files')
$$;

-- What every policy calls: the signed-in user, this patient, this operation.
CREATE OR REPLACE FUNCTION public.has_patient_access(p_patient_id uuid, p_operation text)
RETURNS boolean
LANGUAGE plpgsql
STABLE
SECURITY DEFINER
SET search_path = ''
AS $$
DECLARE
  v_required public.access_level_type := public.required_access_level(p_operation);
  v_user uuid := auth.uid();
BEGIN
  IF v_required IS NULL THEN
    RAISE EXCEPTION 'unknown access operation: %', p_operation USING ERRCODE = 'invalid_parameter_value';
  END IF;
  IF v_user IS NULL OR p_patient_id IS NULL THEN
    RETURN false;
  END IF;
  IF p_operation = 'view_files' THEN
    RETURN public.may_view_files(v_user, p_patient_id);
  END IF;
  RETURN public.access_level_rank(public.access_level_for(v_user, p_patient_id))
         >= public.access_level_rank(v_required);
END
$$;

-- Profiles the signed-in user can reach, and how.
CREATE OR REPLACE FUNCTION public.get_accessible_profiles()
RETURNS TABLE (profile_id uuid, access_level public.access_level_type)
LANGUAGE sql
STABLE
SECURITY DEFINER
SET search_path = ''
AS $$
  SELECT x.id, x.level FROM (
    SELECT p.id, public.access_level_for(auth.uid(), p.id) AS level
      FROM public.user_profiles p
     WHERE NOT p.archived
       AND (p.account_owner_id = auth.uid()
            OR p.id IN (SELECT g.profile_id FROM public.profile_access_permissions g
                         WHERE g.user_id = auth.uid())
            OR p.id IN (SELECT a.patient_id FROM public.patient_provider_access a
                          JOIN public.provider_registry r ON r.id = a.provider_id
                         WHERE r.user_id = auth.uid()))
  ) x
  WHERE x.level <> 'none'
$$;

-- Is the caller a client (PostgREST's anon/authenticated), as opposed to the
-- service role, a worker or an operator at a console?
CREATE OR REPLACE FUNCTION public.is_client_caller()
RETURNS boolean
LANGUAGE sql
STABLE
SET search_path = ''
AS $$
  SELECT NOT public.is_service_role()
     AND (current_setting('role', true) IN ('authenticated', 'anon')
          OR coalesce(auth.role(), '') IN ('authenticated', 'anon'))
$$;

-- Profile ids come from the server, never change, and are never reused.
--   INSERT by a client: a self profile gets the caller's auth uid, any other a
--     fresh uuid (clients have no INSERT privilege on the id column at all).
--   INSERT by anyone: an id retired by erasure or deletion is refused, so a
--     deleted patient's audit trail can never be inherited by a new profile.
--   UPDATE by anyone: the id stays.
CREATE OR REPLACE FUNCTION public.user_profiles_id_guard()
RETURNS trigger
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = ''
AS $$
BEGIN
  IF TG_OP = 'UPDATE' THEN
    IF NEW.id IS DISTINCT FROM OLD.id THEN
      RAISE EXCEPTION 'profile ids never change' USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
  END IF;

  IF public.is_client_caller() THEN
    IF NEW.profile_type = 'self' THEN
      IF auth.uid() IS NULL THEN
        RAISE EXCEPTION 'a self profile needs a signed-in user' USING ERRCODE = 'insufficient_privilege';
      END IF;
      NEW.id := auth.uid();
    ELSE
      NEW.id := gen_random_uuid();
    END IF;
    NEW.created_at := now();
  END IF;

  IF public.patient_is_retired(NEW.id) THEN
    RAISE EXCEPTION 'profile id is retired' USING ERRCODE = 'unique_violation';
  END IF;
  RETURN NEW;
END
$$;
