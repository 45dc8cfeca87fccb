-- Privileges. Client roles get exactly what RLS then filters; job RPCs and
-- system tables are the service role's alone. Repeatable.

GRANT USAGE ON SCHEMA public TO anon, authenticated, service_role;

REVOKE ALL ON ALL TABLES IN SCHEMA public FROM PUBLIC, anon, authenticated;
GRANT ALL ON ALL TABLES IN SCHEMA public TO service_role;
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO service_role;

GRANT SELECT, INSERT, UPDATE, DELETE ON
  public.patient_clinical_events, public.patient_medications, public.patient_observations,
  public.patient_vitals, public.patient_allergies, public.patient_conditions,
  public.patient_immunizations, public.profile_access_permissions,
  public.patient_provider_access
  TO authenticated;
GRANT SELECT, INSERT, DELETE ON public.shell_files TO authenticated;
GRANT SELECT, INSERT, UPDATE ON public.user_profiles TO authenticated;
GRANT SELECT ON public.ocr_page_artifacts, public.ai_pass_results, public.provider_registry,
  public.audit_log TO authenticated;

-- Functions: nobody by default; the service role everything; clients only the
-- access check their policies call and the profile list.
ALTER DEFAULT PRIVILEGES IN SCHEMA public REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC;
REVOKE EXECUTE ON ALL FUNCTIONS IN SCHEMA public FROM PUBLIC, anon, authenticated;
GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA public TO service_role;
GRANT EXECUTE ON FUNCTION public.has_patient_access(uuid, text) TO authenticated;
GRANT EXECUTE ON FUNCTION public.get_accessible_profiles() TO authenticated;
GRANT EXECUTE ON FUNCTION public.is_service_role() TO authenticated, anon;
