-- Audit of access, profile and upload writes; profile id guard; erasure hooks.
-- (Repeatable: drop and re-create.) Functions: 020_audit, 030_access, 070_erasure.

-- Arguments of audit_row_change: category, patient id column, columns whose
-- values the audit row may keep (non-PHI only; see the top of 020_audit.sql).
DROP TRIGGER IF EXISTS user_profiles_audit ON public.user_profiles;
CREATE TRIGGER user_profiles_audit AFTER INSERT OR UPDATE OR DELETE ON public.user_profiles
  FOR EACH ROW EXECUTE FUNCTION public.audit_row_change(
    'gdpr', 'id',
    'id,account_owner_id,profile_type,profile_status,relationship,auth_level,archived,archived_at,created_at');

DROP TRIGGER IF EXISTS profile_access_permissions_audit ON public.profile_access_permissions;
CREATE TRIGGER profile_access_permissions_audit
  AFTER INSERT OR UPDATE OR DELETE ON public.profile_access_permissions
  FOR EACH ROW EXECUTE FUNCTION public.audit_row_change(
    'consent_management', 'profile_id',
    'id,profile_id,user_id,permission_level,can_upload_files,can_view_files,can_edit_medical_data,'
    'can_share_data,can_manage_permissions,access_start_date,access_end_date,granted_by,granted_at,'
    'revoked_at');

DROP TRIGGER IF EXISTS patient_provider_access_audit ON public.patient_provider_access;
CREATE TRIGGER patient_provider_access_audit
  AFTER INSERT OR UPDATE OR DELETE ON public.patient_provider_access
  FOR EACH ROW EXECUTE FUNCTION public.audit_row_change(
    'provider_access', 'patient_id',
    'id,patient_id,provider_id,access_type,permission_level,relationship_status,'
    'patient_consent_given,consent_date,access_start_date,access_end_date,granted_by');

-- Uploads and removals of documents (the workers' status updates are in job_events).
DROP TRIGGER IF EXISTS shell_files_audit ON public.shell_files;
CREATE TRIGGER shell_files_audit AFTER INSERT OR DELETE ON public.shell_files
  FOR EACH ROW EXECUTE FUNCTION public.audit_row_change(
    'hipaa', 'patient_id',
    'id,patient_id,uploaded_by,mime_type,file_size_bytes,status,processing_priority,created_at');

DROP TRIGGER IF EXISTS user_profiles_id_guard ON public.user_profiles;
CREATE TRIGGER user_profiles_id_guard BEFORE INSERT OR UPDATE ON public.user_profiles
  FOR EACH ROW EXECUTE FUNCTION public.user_profiles_id_guard();

DROP TRIGGER IF EXISTS user_profiles_erase_on_delete ON public.user_profiles;
CREATE TRIGGER user_profiles_erase_on_delete BEFORE DELETE ON public.user_profiles
  FOR EACH ROW EXECUTE FUNCTION public.user_profiles_erase_on_delete();

DROP TRIGGER IF EXISTS auth_users_erase_on_delete ON auth.users;
CREATE TRIGGER auth_users_erase_on_delete BEFORE DELETE ON auth.users
  FOR EACH ROW EXECUTE FUNCTION public.auth_user_erase_on_delete();
