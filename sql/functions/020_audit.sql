-- The audit trail. Unlike the reference design, nothing here swallows errors:
-- an audit insert that fails makes the write it describes fail too.

CREATE OR REPLACE FUNCTION public.log_audit_event(
  p_table_name text,
  p_record_id text,
  p_operation text,
  p_old_values jsonb DEFAULT NULL,
  p_new_values jsonb DEFAULT NULL,
  p_reason text DEFAULT NULL,
  p_compliance_category text DEFAULT NULL,
  p_patient_id uuid DEFAULT NULL,
  p_correlation_id text DEFAULT NULL,
  p_actor text DEFAULT NULL,
  p_job_id uuid DEFAULT NULL
)
RETURNS uuid
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = ''
AS $$
DECLARE
  v_id uuid;
  v_record uuid;
  v_record_text text;
BEGIN
  BEGIN
    v_record := p_record_id::uuid;
  EXCEPTION WHEN invalid_text_representation THEN
    v_record := gen_random_uuid();
    v_record_text := p_record_id;
  END;

  INSERT INTO public.audit_log (
    table_name, record_id, record_id_text, operation, old_values, new_values, changed_by,
    reason, compliance_category, patient_id, correlation_id, actor, job_id
  ) VALUES (
    p_table_name, v_record, v_record_text, p_operation, p_old_values, p_new_values, auth.uid(),
    p_reason, p_compliance_category, p_patient_id,
    coalesce(p_correlation_id, nullif(current_setting('docpipe.correlation_id', true), '')),
    coalesce(p_actor, nullif(current_setting('docpipe.actor', true), '')),
    coalesce(p_job_id, nullif(current_setting('docpipe.job_id', true), '')::uuid)
  )
  RETURNING id INTO v_id;
  RETURN v_id;
END
$$;

-- Row trigger for clinical tables: one audit row per clinical write, in the
-- same transaction. The actor is the signed-in user, else the worker named in
-- the transaction-local docpipe.actor setting; with neither, the write fails.
CREATE OR REPLACE FUNCTION public.audit_clinical_change()
RETURNS trigger
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = ''
AS $$
DECLARE
  v_row jsonb;
  v_old jsonb;
  v_new jsonb;
BEGIN
  IF TG_OP = 'DELETE' THEN
    v_row := to_jsonb(OLD);
    v_old := v_row;
  ELSIF TG_OP = 'UPDATE' THEN
    v_row := to_jsonb(NEW);
    v_old := to_jsonb(OLD);
    v_new := v_row;
  ELSE
    v_row := to_jsonb(NEW);
    v_new := v_row;
  END IF;

  INSERT INTO public.audit_log (
    table_name, record_id, operation, old_values, new_values, changed_by,
    reason, compliance_category, patient_id, correlation_id, actor, job_id
  ) VALUES (
    TG_TABLE_NAME, (v_row ->> 'id')::uuid, TG_OP, v_old, v_new, auth.uid(),
    'clinical write', 'clinical_data', (v_row ->> 'patient_id')::uuid,
    coalesce(nullif(current_setting('docpipe.correlation_id', true), ''), v_row ->> 'correlation_id'),
    nullif(current_setting('docpipe.actor', true), ''),
    nullif(current_setting('docpipe.job_id', true), '')::uuid
  );
  RETURN NULL;
END
$$;

-- The audit trail (and the job history) is append-only for everyone.
CREATE OR REPLACE FUNCTION public.audit_log_immutable()
RETURNS trigger
LANGUAGE plpgsql
SET search_path = ''
AS $$
BEGIN
  RAISE EXCEPTION '% is append-only', TG_TABLE_NAME USING ERRCODE = 'insufficient_privilege';
END
$$;
