-- The audit trail. Nothing here swallows errors: an audit insert that fails
-- makes the write it describes fail too.
--
-- WHAT IS AUDITED (one row per write, in the same transaction, by trigger):
--   clinical tables (patient_*)                    clinical_data
--   shell_files INSERT/DELETE (uploads, removals)  hipaa
--   user_profiles INSERT/UPDATE (profile edits)    gdpr
--   profile_access_permissions (grant, revoke)     consent_management
--   patient_provider_access (provider consent)     provider_access
--   erasure of a patient or a user                 gdpr (erase_patient, 070_erasure.sql)
--
-- WHAT A ROW HOLDS: who (changed_by = auth user, else actor = worker/operator
--   name; with neither a clinical write fails), what (table_name, operation,
--   changed_columns = the column NAMES written), when (changed_at), which row
--   (record_id, patient_id), plus correlation/job ids.
--   Row images (old_values/new_values):
--   - clinical rows: full images, because an operator investigating a clinical
--     correction needs the values; they are never readable by clients.
--   - every other table: only non-PHI columns (ids, levels, flags, dates,
--     status, sizes); names, dates of birth, file names, storage paths and
--     free-text reasons appear as column names in changed_columns, never values.
--
-- WHO READS IT:
--   - service_role (operators): everything.
--   - a client (authenticated): rows of a patient on which they hold
--     audit_read (owner or an active full_access grant) RIGHT NOW, and only
--     rows written since that profile was created (an id is never re-created,
--     see retired_profile_ids, and this is the second lock on that door).
--     A revoked delegate reads nothing, not even the rows they wrote.
--     Clients may SELECT only the columns without values (no old_values or
--     new_values): 900_grants.sql grants column by column.
--   - anon: nothing.
--
-- NOBODY CHANGES IT: append-only (trigger audit_log_immutable), no client
--   INSERT/UPDATE/DELETE, and the service role may not UPDATE, DELETE or
--   TRUNCATE it. The one exception is erasure (070_erasure.sql): it replaces
--   the row images of the erased patient's rows with their ids, keeping who,
--   what and when; it runs as the table owner with docpipe.audit_scrub on.

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

-- The column names a write touched: every non-null column of an insert, every
-- column whose value changed in an update (updated_at is bookkeeping, not news).
CREATE OR REPLACE FUNCTION public.audit_changed_columns(p_old jsonb, p_new jsonb)
RETURNS text[]
LANGUAGE sql
IMMUTABLE
SET search_path = ''
AS $$
  SELECT coalesce(array_agg(n.key ORDER BY n.key), '{}')
    FROM jsonb_each(p_new) n
   WHERE n.key <> 'updated_at'
     AND CASE WHEN p_old IS NULL THEN n.value <> 'null'::jsonb
              ELSE (p_old -> n.key) IS DISTINCT FROM n.value END
$$;

-- A row image cut down to the named columns.
CREATE OR REPLACE FUNCTION public.audit_pick(p_row jsonb, p_keep text[])
RETURNS jsonb
LANGUAGE sql
IMMUTABLE
SET search_path = ''
AS $$
  SELECT CASE WHEN p_row IS NULL THEN NULL ELSE
    (SELECT coalesce(jsonb_object_agg(e.key, e.value), '{}'::jsonb)
       FROM jsonb_each(p_row) e WHERE e.key = ANY (p_keep)) END
$$;

-- A row image cut down to its ids (what erasure leaves of old images).
CREATE OR REPLACE FUNCTION public.audit_ids_only(p_row jsonb)
RETURNS jsonb
LANGUAGE sql
IMMUTABLE
SET search_path = ''
AS $$
  SELECT CASE WHEN p_row IS NULL THEN NULL ELSE
    (SELECT coalesce(jsonb_object_agg(e.key, e.value), '{}'::jsonb)
       FROM jsonb_each(p_row) e WHERE e.key = 'id' OR e.key LIKE '%\_id') END
$$;

-- Is this patient being (or already) erased? Its cascaded deletes are then
-- summed up in one erasure audit row instead of one row each.
CREATE OR REPLACE FUNCTION public.patient_is_retired(p_patient_id uuid)
RETURNS boolean
LANGUAGE sql
STABLE
SECURITY DEFINER
SET search_path = ''
AS $$
  SELECT EXISTS (SELECT 1 FROM public.retired_profile_ids r WHERE r.id = p_patient_id)
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
    IF public.patient_is_retired((v_row ->> 'patient_id')::uuid) THEN
      RETURN NULL;  -- erasure: counted in its own audit row
    END IF;
  ELSIF TG_OP = 'UPDATE' THEN
    v_row := to_jsonb(NEW);
    v_old := to_jsonb(OLD);
    v_new := v_row;
  ELSE
    v_row := to_jsonb(NEW);
    v_new := v_row;
  END IF;

  INSERT INTO public.audit_log (
    table_name, record_id, operation, old_values, new_values, changed_columns, changed_by,
    reason, compliance_category, patient_id, correlation_id, actor, job_id
  ) VALUES (
    TG_TABLE_NAME, (v_row ->> 'id')::uuid, TG_OP, v_old, v_new,
    CASE WHEN TG_OP <> 'DELETE' THEN public.audit_changed_columns(v_old, v_new) END,
    auth.uid(),
    'clinical write', 'clinical_data', (v_row ->> 'patient_id')::uuid,
    coalesce(nullif(current_setting('docpipe.correlation_id', true), ''), v_row ->> 'correlation_id'),
    nullif(current_setting('docpipe.actor', true), ''),
    nullif(current_setting('docpipe.job_id', true), '')::uuid
  );
  RETURN NULL;
END
$$;

-- Row trigger for access, profile and upload tables. Arguments:
--   0 compliance category, 1 the column holding the patient id,
--   2 comma-separated columns whose VALUES may be kept (non-PHI only).
-- The actor is the signed-in user, else docpipe.actor, else the database
-- login (an operator at a console, or a cascade from deleting a user).
CREATE OR REPLACE FUNCTION public.audit_row_change()
RETURNS trigger
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = ''
AS $$
DECLARE
  v_keep text[];
  v_old jsonb;
  v_new jsonb;
  v_row jsonb;
  v_patient uuid;
  v_columns text[];
BEGIN
  v_keep := string_to_array(TG_ARGV[2], ',');
  IF TG_OP <> 'INSERT' THEN v_old := to_jsonb(OLD); END IF;
  IF TG_OP <> 'DELETE' THEN v_new := to_jsonb(NEW); END IF;
  v_row := coalesce(v_new, v_old);
  v_patient := (v_row ->> TG_ARGV[1])::uuid;
  IF TG_OP = 'DELETE' AND public.patient_is_retired(v_patient) THEN
    RETURN NULL;  -- erasure: counted in its own audit row
  END IF;
  IF TG_OP <> 'DELETE' THEN
    v_columns := public.audit_changed_columns(v_old, v_new);
    IF TG_OP = 'UPDATE' AND cardinality(v_columns) = 0 THEN
      RETURN NULL;  -- nothing but updated_at moved
    END IF;
  END IF;

  INSERT INTO public.audit_log (
    table_name, record_id, operation, old_values, new_values, changed_columns, changed_by,
    reason, compliance_category, patient_id, correlation_id, actor, job_id
  ) VALUES (
    TG_TABLE_NAME, (v_row ->> 'id')::uuid, TG_OP,
    public.audit_pick(v_old, v_keep), public.audit_pick(v_new, v_keep), v_columns, auth.uid(),
    lower(TG_TABLE_NAME || ' ' || TG_OP), TG_ARGV[0], v_patient,
    coalesce(nullif(current_setting('docpipe.correlation_id', true), ''), v_row ->> 'correlation_id'),
    coalesce(nullif(current_setting('docpipe.actor', true), ''),
             CASE WHEN auth.uid() IS NULL THEN 'db:' || session_user END),
    nullif(current_setting('docpipe.job_id', true), '')::uuid
  );
  RETURN NULL;
END
$$;

-- The audit trail (and the job history) is append-only for everyone. The one
-- exception: erasure scrubbing the row images of an erased patient, which runs
-- as the table's owner (a SECURITY DEFINER function) with docpipe.audit_scrub
-- on, and may change nothing but old_values and new_values.
CREATE OR REPLACE FUNCTION public.audit_log_immutable()
RETURNS trigger
LANGUAGE plpgsql
SET search_path = ''
AS $$
BEGIN
  IF TG_OP = 'UPDATE'
     AND TG_TABLE_NAME = 'audit_log'
     AND current_setting('docpipe.audit_scrub', true) = 'on'
     AND current_user = (SELECT pg_catalog.pg_get_userbyid(c.relowner)
                           FROM pg_catalog.pg_class c WHERE c.oid = TG_RELID)
     AND (to_jsonb(NEW) - ARRAY['old_values', 'new_values'])
         = (to_jsonb(OLD) - ARRAY['old_values', 'new_values']) THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION '% is append-only', TG_TABLE_NAME USING ERRCODE = 'insufficient_privilege';
END
$$;
