-- Named queries for the clinical hub and spokes (written by finalize only).

-- name: clinical_event_insert
INSERT INTO public.patient_clinical_events (
  patient_id, shell_file_id, activity_type, event_name, event_kind, event_date, loinc_code,
  icd10_code, performed_by, facility_name, ai_confidence, ai_model_version, requires_review,
  source_page, source_bbox, extraction_item_key, correlation_id, assertion, review_reason,
  source_element_id
) VALUES (
  %(patient_id)s, %(shell_file_id)s, %(activity_type)s, %(event_name)s, %(event_kind)s,
  %(event_date)s, %(loinc_code)s, %(icd10_code)s, %(performed_by)s, %(facility_name)s,
  %(confidence)s, %(model_version)s, %(requires_review)s, %(source_page)s, %(source_bbox)s,
  %(item_key)s, %(correlation_id)s, %(assertion)s, %(review_reason)s, %(source_element_id)s
)
ON CONFLICT (shell_file_id, extraction_item_key) DO NOTHING
RETURNING id

-- name: medication_insert
INSERT INTO public.patient_medications (
  event_id, patient_id, shell_file_id, medication_name, dose_amount, dose_unit, route, frequency,
  rxnorm_code, status
) VALUES (
  %(event_id)s, %(patient_id)s, %(shell_file_id)s, %(name)s, %(dose)s, %(unit)s, %(route)s,
  %(frequency)s, %(rxnorm_code)s, %(status)s
)

-- name: observation_insert
INSERT INTO public.patient_observations (
  event_id, patient_id, shell_file_id, observation_type, test_name, loinc_code, value_text,
  value_numeric, unit, reference_range_low, reference_range_high, reference_range_text,
  interpretation, observed_on
) VALUES (
  %(event_id)s, %(patient_id)s, %(shell_file_id)s, 'lab', %(test_name)s, %(loinc_code)s,
  %(value_text)s, %(value_numeric)s, %(unit)s, %(reference_low)s, %(reference_high)s,
  %(reference_text)s, %(flag)s, %(observed_on)s
)

-- name: vital_insert
INSERT INTO public.patient_vitals (
  event_id, patient_id, shell_file_id, vital_type, measurement_value, value_numeric,
  value_secondary, unit, loinc_code
) VALUES (
  %(event_id)s, %(patient_id)s, %(shell_file_id)s, %(kind)s, %(measurement)s, %(value_numeric)s,
  %(value_secondary)s, %(unit)s, %(loinc_code)s
)

-- name: allergy_insert
-- Only an asserted allergy is 'active'; a negated or historical one is stored, inactive.
INSERT INTO public.patient_allergies (
  event_id, patient_id, shell_file_id, allergen_name, reaction, severity, status
) VALUES (
  %(event_id)s, %(patient_id)s, %(shell_file_id)s, %(substance)s, %(reaction)s, %(severity)s,
  CASE WHEN %(assertion)s::text = 'present' THEN 'active' ELSE 'inactive' END
)

-- name: condition_insert
INSERT INTO public.patient_conditions (
  event_id, patient_id, shell_file_id, condition_name, condition_code, condition_system, status
) VALUES (
  %(event_id)s, %(patient_id)s, %(shell_file_id)s, %(name)s, %(icd10_code)s,
  CASE WHEN %(icd10_code)s::text IS NULL THEN NULL ELSE 'icd10' END, %(status)s
)

-- name: immunization_insert
-- A due, planned or refused vaccine has no administration date (its date stays on the hub).
INSERT INTO public.patient_immunizations (
  event_id, patient_id, shell_file_id, vaccine_name, cvx_code, dose_number, administration_date,
  lot_number, status
) VALUES (
  %(event_id)s, %(patient_id)s, %(shell_file_id)s, %(vaccine)s, %(cvx_code)s, %(dose_number)s,
  CASE WHEN %(status)s::text = 'given' THEN %(administered_on)s::date END, %(lot_number)s,
  %(status)s
)

-- name: clinical_counts
SELECT event_kind, count(*) AS n FROM public.patient_clinical_events
 WHERE shell_file_id = %(shell_file_id)s GROUP BY event_kind

-- name: clinical_items_for_documents
-- Every stored item of the given documents with its code and code system, source page and
-- box, review flag and reason, and context (assertion, status), for display.
SELECT e.shell_file_id, e.event_kind, e.event_name, e.source_page, e.source_bbox,
       e.source_element_id, e.requires_review, e.review_reason, e.assertion,
       e.code, e.code_system, e.status,
       concat_ws(' ', e.dose_amount, e.dose_unit, e.frequency) AS dose,
       concat_ws(' ', e.value_text, e.unit, e.interpretation) AS result,
       e.vital_value, e.vital_unit, e.reaction, e.administration_date, e.event_date
  FROM public.clinical_items e
  JOIN public.shell_files s ON s.id = e.shell_file_id
 WHERE e.shell_file_id = ANY(%(ids)s) AND e.deleted_at IS NULL
 ORDER BY s.created_at, e.event_kind, e.source_page, (e.source_bbox ->> 1)::numeric, e.event_name
