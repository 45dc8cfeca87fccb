-- Privileges. Client roles get exactly what RLS then filters; job RPCs and
-- system tables are the service role's alone. Repeatable.

GRANT USAGE ON SCHEMA public TO anon, authenticated, service_role;

REVOKE ALL ON ALL TABLES IN SCHEMA public FROM PUBLIC, anon, authenticated;
GRANT ALL ON ALL TABLES IN SCHEMA public TO service_role;
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO service_role;

-- The audit trail is append-only even for the service role (TRUNCATE would
-- skip the row trigger that enforces it).
REVOKE UPDATE, DELETE, TRUNCATE ON public.audit_log FROM service_role;

-- Clients write only what a product feature needs: grants and provider
-- consent (manage access), their profiles (named columns, never the id), and
-- deletions. Documents arrive through the hook; clinical rows, artifacts and
-- jobs are written by workers (service role) only.
GRANT SELECT, INSERT, UPDATE, DELETE ON public.profile_access_permissions,
  public.patient_provider_access TO authenticated;
GRANT SELECT, DELETE ON
  public.patient_clinical_events, public.patient_medications, public.patient_observations,
  public.patient_vitals, public.patient_allergies, public.patient_conditions,
  public.patient_immunizations, public.shell_files
  TO authenticated;
GRANT SELECT ON public.user_profiles TO authenticated;
-- The current lists (0060): security_invoker views, so the RLS of the tables above filters.
GRANT SELECT ON public.patient_current_medications, public.patient_current_conditions,
  public.patient_current_allergies, public.patient_current_immunizations,
  public.patient_current_labs, public.clinical_items
  TO authenticated;
GRANT INSERT (account_owner_id, profile_type, display_name, full_name, date_of_birth, relationship)
  ON public.user_profiles TO authenticated;
GRANT UPDATE (display_name, full_name, date_of_birth, relationship, profile_status, archived,
              archived_at)
  ON public.user_profiles TO authenticated;
GRANT SELECT ON public.ocr_page_artifacts, public.ai_pass_results, public.provider_registry
  TO authenticated;
-- Audit rows: every column except the row images.
GRANT SELECT (id, table_name, record_id, record_id_text, operation, changed_columns, changed_by,
              changed_at, reason, compliance_category, patient_id, correlation_id, actor, job_id)
  ON public.audit_log TO authenticated;

-- Functions: nobody by default; the service role everything; clients only the
-- access check their policies call and the profile list.
ALTER DEFAULT PRIVILEGES IN SCHEMA public REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC;
REVOKE EXECUTE ON ALL FUNCTIONS IN SCHEMA public FROM PUBLIC, anon, authenticated;
GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA public TO service_role;
GRANT EXECUTE ON FUNCTION public.has_patient_access(uuid, text) TO authenticated;
GRANT EXECUTE ON FUNCTION public.get_accessible_profiles() TO authenticated;
-- The current lists (security_invoker views) call it as the client.
GRANT EXECUTE ON FUNCTION public.document_upload_times() TO authenticated;
GRANT EXECUTE ON FUNCTION public.is_service_role() TO authenticated, anon;
