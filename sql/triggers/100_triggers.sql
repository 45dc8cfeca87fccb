-- Trigger wiring (repeatable: drop and re-create).

DO $$
DECLARE
  t text;
BEGIN
  -- updated_at on every table that has one
  FOREACH t IN ARRAY ARRAY[
    'system_configuration', 'user_profiles', 'profile_access_permissions', 'provider_registry',
    'patient_provider_access', 'shell_files', 'patient_clinical_events', 'patient_medications',
    'patient_observations', 'patient_vitals', 'patient_allergies', 'patient_conditions',
    'patient_immunizations', 'job_queue', 'api_rate_limits'
  ] LOOP
    EXECUTE format('DROP TRIGGER IF EXISTS %I ON public.%I', t || '_updated_at', t);
    EXECUTE format(
      'CREATE TRIGGER %I BEFORE UPDATE ON public.%I '
      'FOR EACH ROW EXECUTE FUNCTION public.update_updated_at_column()',
      t || '_updated_at', t);
  END LOOP;

  -- one audit row per clinical write, in the same transaction
  FOREACH t IN ARRAY ARRAY[
    'patient_clinical_events', 'patient_medications', 'patient_observations', 'patient_vitals',
    'patient_allergies', 'patient_conditions', 'patient_immunizations'
  ] LOOP
    EXECUTE format('DROP TRIGGER IF EXISTS %I ON public.%I', t || '_audit', t);
    EXECUTE format(
      'CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE ON public.%I '
      'FOR EACH ROW EXECUTE FUNCTION public.audit_clinical_change()',
      t || '_audit', t);
  END LOOP;
END
$$;

-- job_queue.updated_at drives the outbox grace period, so the relay's own
-- bookkeeping (mark_job_dispatched) must not bump it: only real changes do.
DROP TRIGGER IF EXISTS job_queue_updated_at ON public.job_queue;

DROP TRIGGER IF EXISTS shell_files_status_forward ON public.shell_files;
CREATE TRIGGER shell_files_status_forward BEFORE UPDATE OF status ON public.shell_files
  FOR EACH ROW EXECUTE FUNCTION public.shell_files_status_forward();

DROP TRIGGER IF EXISTS audit_log_immutable ON public.audit_log;
CREATE TRIGGER audit_log_immutable BEFORE UPDATE OR DELETE ON public.audit_log
  FOR EACH ROW EXECUTE FUNCTION public.audit_log_immutable();

DROP TRIGGER IF EXISTS job_events_immutable ON public.job_events;
CREATE TRIGGER job_events_immutable BEFORE UPDATE ON public.job_events
  FOR EACH ROW EXECUTE FUNCTION public.audit_log_immutable();

-- A deleted document's file is queued for deletion from storage.
DROP TRIGGER IF EXISTS shell_files_queue_object_deletion ON public.shell_files;
CREATE TRIGGER shell_files_queue_object_deletion AFTER DELETE ON public.shell_files
  FOR EACH ROW EXECUTE FUNCTION public.shell_files_queue_object_deletion();

-- A new document takes the correlation id its caller set (the hook, X-Correlation-ID).
DROP TRIGGER IF EXISTS shell_files_correlation_from_session ON public.shell_files;
CREATE TRIGGER shell_files_correlation_from_session
  BEFORE INSERT ON public.shell_files
  FOR EACH ROW EXECUTE FUNCTION public.shell_files_correlation_from_session();
