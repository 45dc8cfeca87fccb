-- One row per stored clinical item with its code and code system: what the hook's results
-- (GET /v1/shell-files/{id}?include=items) and the demo show. security_invoker: the
-- caller's privileges and the RLS of the tables below apply, as for the current lists.
CREATE VIEW public.clinical_items WITH (security_invoker = true) AS
SELECT e.id, e.shell_file_id, e.event_kind, e.event_name, e.event_date, e.source_page,
       e.source_bbox, e.source_element_id, e.requires_review, e.review_reason, e.assertion,
       e.deleted_at,
       COALESCE(m.rxnorm_code, o.loinc_code, v.loinc_code, c.condition_code, i.cvx_code)
         AS code,
       CASE
         WHEN m.rxnorm_code IS NOT NULL THEN 'RxNorm'
         WHEN o.loinc_code IS NOT NULL OR v.loinc_code IS NOT NULL THEN 'LOINC'
         WHEN c.condition_code IS NOT NULL THEN 'ICD-10'
         WHEN i.cvx_code IS NOT NULL THEN 'CVX'
       END AS code_system,
       COALESCE(m.status, i.status, c.status) AS status,
       a.status AS allergy_status,
       m.dose_amount, m.dose_unit, m.frequency,
       o.value_text, o.unit, o.interpretation,
       v.measurement_value ->> 'value_text' AS vital_value, v.unit AS vital_unit,
       a.reaction, i.administration_date
  FROM public.patient_clinical_events e
  LEFT JOIN public.patient_medications m ON m.event_id = e.id
  LEFT JOIN public.patient_observations o ON o.event_id = e.id
  LEFT JOIN public.patient_vitals v ON v.event_id = e.id
  LEFT JOIN public.patient_allergies a ON a.event_id = e.id
  LEFT JOIN public.patient_conditions c ON c.event_id = e.id
  LEFT JOIN public.patient_immunizations i ON i.event_id = e.id;
