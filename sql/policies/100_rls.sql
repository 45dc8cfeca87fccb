-- Row-level security. Every table in public has RLS enabled; every patient
-- policy goes through public.has_patient_access(patient_id, operation).
-- Repeatable: each policy is dropped and re-created.

DO $$
DECLARE
  t record;
BEGIN
  FOR t IN SELECT tablename FROM pg_tables WHERE schemaname = 'public' LOOP
    EXECUTE format('ALTER TABLE public.%I ENABLE ROW LEVEL SECURITY', t.tablename);
    -- The service role (BYPASSRLS on Supabase) gets an explicit policy anyway,
    -- so a deployment whose service role lacks BYPASSRLS still works.
    EXECUTE format('DROP POLICY IF EXISTS service_role_all ON public.%I', t.tablename);
    EXECUTE format(
      'CREATE POLICY service_role_all ON public.%I FOR ALL TO service_role '
      'USING (true) WITH CHECK (true)', t.tablename);
  END LOOP;
END
$$;

-- Patient data: read / write / delete by level, per table.
DO $$
DECLARE
  t text;
BEGIN
  -- clinical tables: clients read and delete what they have access to; only
  -- workers write them (no client INSERT/UPDATE privilege, 900_grants.sql).
  FOREACH t IN ARRAY ARRAY[
    'patient_clinical_events', 'patient_medications', 'patient_observations', 'patient_vitals',
    'patient_allergies', 'patient_conditions', 'patient_immunizations'
  ] LOOP
    EXECUTE format('DROP POLICY IF EXISTS patient_read ON public.%I', t);
    EXECUTE format('DROP POLICY IF EXISTS patient_insert ON public.%I', t);
    EXECUTE format('DROP POLICY IF EXISTS patient_update ON public.%I', t);
    EXECUTE format('DROP POLICY IF EXISTS patient_delete ON public.%I', t);
    EXECUTE format(
      'CREATE POLICY patient_read ON public.%I FOR SELECT TO authenticated '
      'USING (public.has_patient_access(patient_id, ''read''))', t);
    EXECUTE format(
      'CREATE POLICY patient_delete ON public.%I FOR DELETE TO authenticated '
      'USING (public.has_patient_access(patient_id, ''delete''))', t);
  END LOOP;

  -- worker artifacts: clients read, only workers write. The OCR text is the document
  -- itself, so it follows the file switch (can_view_files); the AI passes' results are
  -- the clinical record.
  FOREACH t IN ARRAY ARRAY['ocr_page_artifacts', 'ai_pass_results'] LOOP
    EXECUTE format('DROP POLICY IF EXISTS patient_read ON public.%I', t);
    EXECUTE format(
      'CREATE POLICY patient_read ON public.%I FOR SELECT TO authenticated '
      'USING (public.has_patient_access(patient_id, %L))', t,
      CASE t WHEN 'ocr_page_artifacts' THEN 'view_files' ELSE 'read' END);
  END LOOP;
END
$$;

-- shell_files: read with the file right (view_files: read level and, for a delegate,
-- the grant's can_view_files); uploads go through the hook (service role,
-- intake_upload_v2), so clients have no INSERT/UPDATE privilege at all.
DROP POLICY IF EXISTS patient_read ON public.shell_files;
DROP POLICY IF EXISTS patient_upload ON public.shell_files;
DROP POLICY IF EXISTS patient_delete ON public.shell_files;
CREATE POLICY patient_read ON public.shell_files FOR SELECT TO authenticated
  USING (public.has_patient_access(patient_id, 'view_files'));
CREATE POLICY patient_delete ON public.shell_files FOR DELETE TO authenticated
  USING (public.has_patient_access(patient_id, 'delete'));

-- Profiles: created by the account for itself; changed only by the owner;
-- the owner cannot hand the profile to another account from the client.
-- Ids are the server's: clients hold no privilege on the id column, and the
-- trigger user_profiles_id_guard sets, freezes and never reuses ids.
DROP POLICY IF EXISTS profile_read ON public.user_profiles;
DROP POLICY IF EXISTS profile_create ON public.user_profiles;
DROP POLICY IF EXISTS profile_update ON public.user_profiles;
-- (The account owner reads its own rows directly too: INSERT ... RETURNING id
-- checks the new row before has_patient_access could see it.)
CREATE POLICY profile_read ON public.user_profiles FOR SELECT TO authenticated
  USING (account_owner_id = (SELECT auth.uid()) OR public.has_patient_access(id, 'read'));
CREATE POLICY profile_create ON public.user_profiles FOR INSERT TO authenticated
  WITH CHECK (account_owner_id = (SELECT auth.uid()));
CREATE POLICY profile_update ON public.user_profiles FOR UPDATE TO authenticated
  USING (public.has_patient_access(id, 'manage_access'))
  WITH CHECK (public.has_patient_access(id, 'manage_access')
              AND account_owner_id = (SELECT auth.uid()));

-- Delegated grants: managed only by who may manage the profile, never by the
-- grantee and never to oneself (the reference's self-granting hole).
DROP POLICY IF EXISTS grant_read ON public.profile_access_permissions;
DROP POLICY IF EXISTS grant_create ON public.profile_access_permissions;
DROP POLICY IF EXISTS grant_update ON public.profile_access_permissions;
DROP POLICY IF EXISTS grant_delete ON public.profile_access_permissions;
CREATE POLICY grant_read ON public.profile_access_permissions FOR SELECT TO authenticated
  USING (user_id = (SELECT auth.uid()) OR public.has_patient_access(profile_id, 'manage_access'));
CREATE POLICY grant_create ON public.profile_access_permissions FOR INSERT TO authenticated
  WITH CHECK (public.has_patient_access(profile_id, 'manage_access')
              AND user_id <> (SELECT auth.uid())
              AND granted_by = (SELECT auth.uid()));
CREATE POLICY grant_update ON public.profile_access_permissions FOR UPDATE TO authenticated
  USING (public.has_patient_access(profile_id, 'manage_access'))
  WITH CHECK (public.has_patient_access(profile_id, 'manage_access')
              AND user_id <> (SELECT auth.uid()));
CREATE POLICY grant_delete ON public.profile_access_permissions FOR DELETE TO authenticated
  USING (public.has_patient_access(profile_id, 'manage_access'));

-- Providers: the directory of active providers is visible to signed-in users;
-- a provider's access to a patient is managed by the patient's side only.
DROP POLICY IF EXISTS provider_directory ON public.provider_registry;
CREATE POLICY provider_directory ON public.provider_registry FOR SELECT TO authenticated
  USING (active OR user_id = (SELECT auth.uid()));

DROP POLICY IF EXISTS provider_access_read ON public.patient_provider_access;
DROP POLICY IF EXISTS provider_access_create ON public.patient_provider_access;
DROP POLICY IF EXISTS provider_access_update ON public.patient_provider_access;
DROP POLICY IF EXISTS provider_access_delete ON public.patient_provider_access;
CREATE POLICY provider_access_read ON public.patient_provider_access FOR SELECT TO authenticated
  USING (public.has_patient_access(patient_id, 'read')
         OR provider_id IN (SELECT r.id FROM public.provider_registry r
                             WHERE r.user_id = (SELECT auth.uid())));
CREATE POLICY provider_access_create ON public.patient_provider_access FOR INSERT TO authenticated
  WITH CHECK (public.has_patient_access(patient_id, 'manage_access'));
CREATE POLICY provider_access_update ON public.patient_provider_access FOR UPDATE TO authenticated
  USING (public.has_patient_access(patient_id, 'manage_access'))
  WITH CHECK (public.has_patient_access(patient_id, 'manage_access'));
CREATE POLICY provider_access_delete ON public.patient_provider_access FOR DELETE TO authenticated
  USING (public.has_patient_access(patient_id, 'manage_access'));

-- Audit: who holds audit_read on the patient now reads its trail, from the
-- creation of the current profile on (see the top of 020_audit.sql). Having
-- written a row gives no right to read it (a revoked delegate reads nothing).
DROP POLICY IF EXISTS audit_read ON public.audit_log;
CREATE POLICY audit_read ON public.audit_log FOR SELECT TO authenticated
  USING (public.has_patient_access(patient_id, 'audit_read')
         AND EXISTS (SELECT 1 FROM public.user_profiles p
                      WHERE p.id = audit_log.patient_id AND p.created_at <= audit_log.changed_at));

-- job_queue, job_events, api_rate_limits, system_configuration: service role only
-- (the service_role_all policy above, and no grants to client roles).
