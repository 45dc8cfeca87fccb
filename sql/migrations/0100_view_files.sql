-- can_view_files (a delegate's grant may show the clinical record without the documents):
-- shell_files rows and OCR text now need the file right (has_patient_access(...,
-- 'view_files'), sql/functions/030_access.sql). The current lists used to join shell_files
-- for each statement's upload time, so a delegate without the file right would have seen
-- empty lists. They now join document_upload_times(), which answers the upload times
-- (nothing else) of the documents of every patient the caller may read. It runs once per
-- query: a function asked per row, with its own access check, read a 4,000-item list in
-- 2.3-2.6 s as its owner; this reads it in 1.1-1.5 s.
--
-- plpgsql: its body is checked when it runs, so this migration may come before the
-- repeatable sql/functions that define the access functions it calls.
CREATE OR REPLACE FUNCTION public.document_upload_times()
RETURNS TABLE (shell_file_id uuid, uploaded_at timestamptz)
LANGUAGE plpgsql
STABLE
SECURITY DEFINER
SET search_path = ''
AS $$
BEGIN
  IF NOT public.is_client_caller() THEN
    RETURN QUERY SELECT s.id, s.created_at FROM public.shell_files s;
    RETURN;
  END IF;
  RETURN QUERY
    SELECT s.id, s.created_at
      FROM public.get_accessible_profiles() a
      JOIN public.shell_files s ON s.patient_id = a.profile_id
     WHERE public.access_level_rank(a.access_level)
           >= public.access_level_rank('read_only'::public.access_level_type);
END
$$;

-- The five current lists of 0060, unchanged but for where document_at comes from.
CREATE OR REPLACE VIEW public.patient_current_medications WITH (security_invoker = true) AS
WITH items AS (
  SELECT e.patient_id, e.id AS event_id, e.shell_file_id, e.event_date, e.assertion,
         t.uploaded_at AS document_at, m.medication_name AS name, m.rxnorm_code AS code,
         m.dose_amount, m.dose_unit, m.route, m.frequency, m.status,
         COALESCE('rxnorm:' || m.rxnorm_code,
                  'name:' || lower(btrim(regexp_replace(
                    m.medication_name, '[^[:alnum:]]+', ' ', 'g')))) AS merge_key
    FROM public.patient_clinical_events e
    JOIN public.patient_medications m ON m.event_id = e.id
    LEFT JOIN public.document_upload_times() t ON t.shell_file_id = e.shell_file_id
   WHERE e.deleted_at IS NULL AND NOT e.requires_review
     AND e.assertion IN ('present', 'historical', 'negated')
), latest AS (
  SELECT DISTINCT ON (patient_id, merge_key) *
    FROM items
   ORDER BY patient_id, merge_key, event_date DESC NULLS LAST, document_at DESC, event_id
), sources AS (
  SELECT patient_id, merge_key,
         array_agg(DISTINCT shell_file_id) AS source_shell_file_ids,
         array_agg(event_id ORDER BY event_date NULLS FIRST, document_at, event_id)
           AS source_event_ids,
         min(event_date) AS first_recorded, max(event_date) AS last_recorded
    FROM items GROUP BY patient_id, merge_key
)
SELECT l.patient_id, l.merge_key, l.name, l.code AS rxnorm_code, l.dose_amount, l.dose_unit,
       l.route, l.frequency, l.status, l.status IN ('active', 'new', 'changed') AS is_active,
       l.event_id AS latest_event_id, l.shell_file_id AS latest_shell_file_id,
       s.first_recorded, s.last_recorded, s.source_shell_file_ids, s.source_event_ids
  FROM latest l JOIN sources s USING (patient_id, merge_key)
 WHERE l.assertion = 'present';

CREATE OR REPLACE VIEW public.patient_current_conditions WITH (security_invoker = true) AS
WITH items AS (
  SELECT e.patient_id, e.id AS event_id, e.shell_file_id, e.event_date, e.assertion,
         t.uploaded_at AS document_at, c.condition_name AS name, c.condition_code AS code,
         c.condition_system AS code_system, c.status,
         COALESCE(c.condition_system || ':' || upper(c.condition_code),
                  'name:' || lower(btrim(regexp_replace(
                    c.condition_name, '[^[:alnum:]]+', ' ', 'g')))) AS merge_key
    FROM public.patient_clinical_events e
    JOIN public.patient_conditions c ON c.event_id = e.id
    LEFT JOIN public.document_upload_times() t ON t.shell_file_id = e.shell_file_id
   WHERE e.deleted_at IS NULL AND NOT e.requires_review
     AND e.assertion IN ('present', 'historical', 'negated')
), latest AS (
  SELECT DISTINCT ON (patient_id, merge_key) *
    FROM items
   ORDER BY patient_id, merge_key, event_date DESC NULLS LAST, document_at DESC, event_id
), sources AS (
  SELECT patient_id, merge_key,
         array_agg(DISTINCT shell_file_id) AS source_shell_file_ids,
         array_agg(event_id ORDER BY event_date NULLS FIRST, document_at, event_id)
           AS source_event_ids,
         min(event_date) AS first_recorded, max(event_date) AS last_recorded
    FROM items GROUP BY patient_id, merge_key
)
SELECT l.patient_id, l.merge_key, l.name, l.code AS condition_code, l.code_system, l.status,
       l.event_id AS latest_event_id, l.shell_file_id AS latest_shell_file_id,
       s.first_recorded, s.last_recorded, s.source_shell_file_ids, s.source_event_ids
  FROM latest l JOIN sources s USING (patient_id, merge_key)
 WHERE l.assertion = 'present';

-- Allergies have no code column: merged by the normalised allergen name.
CREATE OR REPLACE VIEW public.patient_current_allergies WITH (security_invoker = true) AS
WITH items AS (
  SELECT e.patient_id, e.id AS event_id, e.shell_file_id, e.event_date, e.assertion,
         t.uploaded_at AS document_at, a.allergen_name AS name, a.reaction, a.severity,
         a.status, 'name:' || lower(btrim(regexp_replace(
                    a.allergen_name, '[^[:alnum:]]+', ' ', 'g'))) AS merge_key
    FROM public.patient_clinical_events e
    JOIN public.patient_allergies a ON a.event_id = e.id
    LEFT JOIN public.document_upload_times() t ON t.shell_file_id = e.shell_file_id
   WHERE e.deleted_at IS NULL AND NOT e.requires_review
     AND e.assertion IN ('present', 'historical', 'negated')
), latest AS (
  SELECT DISTINCT ON (patient_id, merge_key) *
    FROM items
   ORDER BY patient_id, merge_key, event_date DESC NULLS LAST, document_at DESC, event_id
), sources AS (
  SELECT patient_id, merge_key,
         array_agg(DISTINCT shell_file_id) AS source_shell_file_ids,
         array_agg(event_id ORDER BY event_date NULLS FIRST, document_at, event_id)
           AS source_event_ids,
         min(event_date) AS first_recorded, max(event_date) AS last_recorded
    FROM items GROUP BY patient_id, merge_key
)
SELECT l.patient_id, l.merge_key, l.name, l.reaction, l.severity, l.status,
       l.event_id AS latest_event_id, l.shell_file_id AS latest_shell_file_id,
       s.first_recorded, s.last_recorded, s.source_shell_file_ids, s.source_event_ids
  FROM latest l JOIN sources s USING (patient_id, merge_key)
 WHERE l.assertion = 'present';

-- One row per vaccine and date: each dose given is its own fact (a refused, due or planned
-- vaccine has no administration date and is dated by its event).
CREATE OR REPLACE VIEW public.patient_current_immunizations WITH (security_invoker = true) AS
WITH items AS (
  SELECT e.patient_id, e.id AS event_id, e.shell_file_id, e.event_date, e.assertion,
         t.uploaded_at AS document_at, i.vaccine_name AS name, i.cvx_code AS code,
         i.dose_number, i.lot_number, i.status, i.administration_date,
         COALESCE('cvx:' || i.cvx_code, 'name:' || lower(btrim(regexp_replace(
                    i.vaccine_name, '[^[:alnum:]]+', ' ', 'g'))))
           || '@' || COALESCE(COALESCE(i.administration_date, e.event_date)::text, 'undated')
           AS merge_key
    FROM public.patient_clinical_events e
    JOIN public.patient_immunizations i ON i.event_id = e.id
    LEFT JOIN public.document_upload_times() t ON t.shell_file_id = e.shell_file_id
   WHERE e.deleted_at IS NULL AND NOT e.requires_review
     AND e.assertion IN ('present', 'historical', 'negated')
), latest AS (
  SELECT DISTINCT ON (patient_id, merge_key) *
    FROM items
   ORDER BY patient_id, merge_key, event_date DESC NULLS LAST, document_at DESC, event_id
), sources AS (
  SELECT patient_id, merge_key,
         array_agg(DISTINCT shell_file_id) AS source_shell_file_ids,
         array_agg(event_id ORDER BY event_date NULLS FIRST, document_at, event_id)
           AS source_event_ids
    FROM items GROUP BY patient_id, merge_key
)
SELECT l.patient_id, l.merge_key, l.name, l.code AS cvx_code, l.dose_number, l.lot_number,
       l.status, l.administration_date, l.event_date,
       l.event_id AS latest_event_id, l.shell_file_id AS latest_shell_file_id,
       s.source_shell_file_ids, s.source_event_ids
  FROM latest l JOIN sources s USING (patient_id, merge_key)
 WHERE l.assertion = 'present';

-- The latest result per test (by LOINC, else name): the same result repeated by several
-- documents is one source list; a newer result replaces it as the value shown.
CREATE OR REPLACE VIEW public.patient_current_labs WITH (security_invoker = true) AS
WITH items AS (
  SELECT e.patient_id, e.id AS event_id, e.shell_file_id,
         COALESCE(o.observed_on, e.event_date) AS observed_on, e.assertion,
         t.uploaded_at AS document_at, o.test_name AS name, o.loinc_code AS code,
         o.value_text, o.value_numeric, o.unit, o.reference_range_low,
         o.reference_range_high, o.reference_range_text, o.interpretation,
         COALESCE('loinc:' || o.loinc_code, 'name:' || lower(btrim(regexp_replace(
                    o.test_name, '[^[:alnum:]]+', ' ', 'g'))))
           AS merge_key
    FROM public.patient_clinical_events e
    JOIN public.patient_observations o ON o.event_id = e.id
    LEFT JOIN public.document_upload_times() t ON t.shell_file_id = e.shell_file_id
   WHERE e.deleted_at IS NULL AND NOT e.requires_review AND e.assertion = 'present'
), latest AS (
  SELECT DISTINCT ON (patient_id, merge_key) *
    FROM items
   ORDER BY patient_id, merge_key, observed_on DESC NULLS LAST, document_at DESC, event_id
), sources AS (
  SELECT patient_id, merge_key,
         array_agg(DISTINCT shell_file_id) AS source_shell_file_ids,
         array_agg(event_id ORDER BY observed_on NULLS FIRST, document_at, event_id)
           AS source_event_ids,
         count(DISTINCT observed_on) AS result_dates
    FROM items GROUP BY patient_id, merge_key
)
SELECT l.patient_id, l.merge_key, l.name, l.code AS loinc_code, l.value_text, l.value_numeric,
       l.unit, l.reference_range_low, l.reference_range_high, l.reference_range_text,
       l.interpretation, l.observed_on, l.event_id AS latest_event_id,
       l.shell_file_id AS latest_shell_file_id, s.result_dates, s.source_shell_file_ids,
       s.source_event_ids
  FROM latest l JOIN sources s USING (patient_id, merge_key);
