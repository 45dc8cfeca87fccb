-- Named queries for the clinical hub and spokes (written by finalize only).

-- name: clinical_event_insert
INSERT INTO public.patient_clinical_events (
  patient_id, shell_file_id, activity_type, event_name, event_kind, event_date, loinc_code,
  icd10_code, performed_by, facility_name, ai_confidence, ai_model_version, requires_review,
  source_page, source_bbox, extraction_item_key, correlation_id
) VALUES (
  %(patient_id)s, %(shell_file_id)s, %(activity_type)s, %(event_name)s, %(event_kind)s,
  %(event_date)s, %(loinc_code)s, %(icd10_code)s, %(performed_by)s, %(facility_name)s,
  %(confidence)s, %(model_version)s, %(requires_review)s, %(source_page)s, %(source_bbox)s,
  %(item_key)s, %(correlation_id)s
)
ON CONFLICT (shell_file_id, extraction_item_key) DO NOTHING
RETURNING id

-- name: medication_insert
INSERT INTO public.patient_medications (
  event_id, patient_id, shell_file_id, medication_name, dose_amount, dose_unit, route, frequency,
  rxnorm_code
) VALUES (
  %(event_id)s, %(patient_id)s, %(shell_file_id)s, %(name)s, %(dose)s, %(unit)s, %(route)s,
  %(frequency)s, %(rxnorm_code)s
)

-- name: observation_insert
INSERT INTO public.patient_observations (
  event_id, patient_id, shell_file_id, observation_type, test_name, loinc_code, value_text,
  value_numeric, unit, reference_range_low, reference_range_high, reference_range_text,
  interpretation
) VALUES (
  %(event_id)s, %(patient_id)s, %(shell_file_id)s, 'lab', %(test_name)s, %(loinc_code)s,
  %(value_text)s, %(value_numeric)s, %(unit)s, %(reference_low)s, %(reference_high)s,
  %(reference_text)s, %(flag)s
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
INSERT INTO public.patient_allergies (
  event_id, patient_id, shell_file_id, allergen_name, reaction, severity
) VALUES (
  %(event_id)s, %(patient_id)s, %(shell_file_id)s, %(substance)s, %(reaction)s, %(severity)s
)

-- name: condition_insert
INSERT INTO public.patient_conditions (
  event_id, patient_id, shell_file_id, condition_name, condition_code, condition_system, status
) VALUES (
  %(event_id)s, %(patient_id)s, %(shell_file_id)s, %(name)s, %(icd10_code)s,
  CASE WHEN %(icd10_code)s::text IS NULL THEN NULL ELSE 'icd10' END, %(status)s
)

-- name: immunization_insert
INSERT INTO public.patient_immunizations (
  event_id, patient_id, shell_file_id, vaccine_name, cvx_code, dose_number, administration_date,
  lot_number
) VALUES (
  %(event_id)s, %(patient_id)s, %(shell_file_id)s, %(vaccine)s, %(cvx_code)s, %(dose_number)s,
  %(administered_on)s, %(lot_number)s
)

-- name: clinical_counts
SELECT event_kind, count(*) AS n FROM public.patient_clinical_events
 WHERE shell_file_id = %(shell_file_id)s GROUP BY event_kind
