-- Foundations: enums, the audit trail, system configuration.

CREATE TYPE public.access_level_type AS ENUM (
  'none', 'emergency', 'read_only', 'read_write', 'full_access', 'owner'
);

CREATE TYPE public.profile_relationship_type AS ENUM (
  'self', 'spouse', 'partner', 'child', 'parent', 'sibling', 'grandparent',
  'grandchild', 'guardian', 'dependent', 'pet_dog', 'pet_cat', 'pet_bird', 'pet_other'
);

CREATE TYPE public.verification_status_type AS ENUM (
  'unverified', 'pending', 'verified', 'expired', 'rejected', 'disputed'
);

-- Append-only audit trail. No foreign keys on purpose: an audit row must
-- outlive the rows and users it talks about.
CREATE TABLE public.audit_log (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  table_name text NOT NULL,
  record_id uuid NOT NULL,
  record_id_text text,
  operation text NOT NULL CHECK (operation IN ('INSERT', 'UPDATE', 'DELETE', 'SELECT')),
  old_values jsonb,
  new_values jsonb,
  changed_by uuid,
  changed_at timestamptz NOT NULL DEFAULT now(),
  reason text,
  clinical_context jsonb,
  compliance_category text CHECK (compliance_category IN (
    'gdpr', 'hipaa', 'clinical_decision', 'consent_management', 'feature_flag',
    'provider_access', 'audit_system', 'clinical_data', 'system'
  )),
  session_id text,
  ip_address inet,
  user_agent text,
  archived boolean NOT NULL DEFAULT false,
  retention_until timestamptz,
  patient_id uuid,
  correlation_id text,
  actor text,
  job_id uuid,
  -- Every event names who did it: a signed-in user or a worker/job actor.
  CONSTRAINT audit_log_actor_known CHECK (changed_by IS NOT NULL OR actor IS NOT NULL)
);

CREATE INDEX audit_log_record_idx ON public.audit_log (table_name, record_id);
CREATE INDEX audit_log_changed_at_idx ON public.audit_log (changed_at);
CREATE INDEX audit_log_changed_by_idx ON public.audit_log (changed_by);
CREATE INDEX audit_log_category_idx ON public.audit_log (compliance_category);
CREATE INDEX audit_log_patient_idx ON public.audit_log (patient_id) WHERE patient_id IS NOT NULL;
CREATE INDEX audit_log_correlation_idx ON public.audit_log (correlation_id)
  WHERE correlation_id IS NOT NULL;

CREATE TABLE public.system_configuration (
  config_key text PRIMARY KEY,
  config_value jsonb NOT NULL,
  config_type text NOT NULL CHECK (config_type IN (
    'system', 'security', 'compliance', 'integration', 'ui', 'notification'
  )),
  description text,
  is_sensitive boolean NOT NULL DEFAULT false,
  requires_restart boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  updated_by uuid
);

INSERT INTO public.system_configuration (config_key, config_value, config_type, description) VALUES
  ('audit.retention_days', '2555', 'compliance', 'Audit retention (7 years)'),
  ('audit.auto_archive', 'true', 'compliance', 'Archive audit rows past retention'),
  ('system.maintenance_mode', 'false', 'system', 'Pause intake'),
  ('worker.heartbeat_interval_seconds', '10', 'system',
   'How often a running job extends its lease'),
  ('worker.lease_seconds', '30', 'system',
   'Lease length; a job whose lease passes this without a heartbeat is rescued'),
  ('worker.timeout_seconds', '1800', 'system',
   'Longest one attempt of a stage may run before it is interrupted'),
  ('worker.reclaim_jitter_max_seconds', '1', 'system',
   'Random delay added when a rescued job is made due again'),
  ('worker.reaper_interval_seconds', '2', 'system', 'How often the leader reaps and relays'),
  ('worker.relay_grace_seconds', '5', 'system',
   'An undispatched pending job older than this is re-sent by the relay'),
  ('worker.retry_base_seconds', '5', 'system', 'First retry backoff'),
  ('worker.retry_max_backoff_seconds', '300', 'system', 'Retry backoff cap'),
  ('worker.default_max_retries', '3', 'system', 'Retries after the first attempt'),
  ('queue.backpressure_delay_seconds', '30', 'system',
   'Delay added to intake when a lane is over its depth limit'),
  ('queue.depth_limit', '1000', 'system', 'Backlog per lane before intake is delayed'),
  ('features.usage_tracking_enabled', 'true', 'system', 'Track usage per profile')
ON CONFLICT (config_key) DO NOTHING;
