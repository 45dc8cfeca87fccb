-- Named queries for `docpipe demo` (synthetic demo account only).

-- name: demo_user_create
INSERT INTO auth.users (id, email) VALUES (%(user_id)s, 'demo@docpipe.invalid')
ON CONFLICT DO NOTHING

-- name: demo_profile_create
INSERT INTO public.user_profiles (id, account_owner_id, display_name)
VALUES (%(user_id)s, %(user_id)s, 'Demo Patient')
ON CONFLICT DO NOTHING

-- name: demo_documents
SELECT * FROM public.shell_files WHERE id = ANY(%(ids)s)

-- name: demo_counts
SELECT shell_file_id, event_kind, count(*) AS n
  FROM public.patient_clinical_events
 WHERE shell_file_id = ANY(%(ids)s)
 GROUP BY 1, 2

-- name: demo_items
SELECT e.shell_file_id, e.event_kind, e.event_name, e.loinc_code, e.icd10_code, e.source_page,
       o.value_text, o.unit, o.interpretation, m.dose_amount, m.dose_unit, m.frequency
  FROM public.patient_clinical_events e
  LEFT JOIN public.patient_observations o ON o.event_id = e.id
  LEFT JOIN public.patient_medications m ON m.event_id = e.id
  JOIN public.shell_files s ON s.id = e.shell_file_id
 WHERE e.shell_file_id = ANY(%(ids)s) AND e.event_kind IN ('lab', 'medication')
 ORDER BY s.created_at, e.source_page, e.event_kind, e.event_name

-- name: demo_audit_count
SELECT count(*) AS n FROM public.audit_log
 WHERE patient_id = %(user_id)s AND compliance_category = 'clinical_data'
