-- Named queries for GET /v1/shell-files/{id}: a document and its results, read AS THE
-- CALLER. results_as_caller switches the open transaction to the client role with the
-- caller's verified claims, so row-level security (has_patient_access) decides what is
-- visible: a stranger sees no row (404), a delegate what their grant allows. Everything
-- is undone at the end of the transaction (set_config(..., true) is transaction-local).

-- name: results_as_caller
SELECT set_config('transaction_read_only', 'on', true) AS read_only,
       set_config('role', 'authenticated', true) AS role,
       set_config('request.jwt.claims', %(claims)s, true) AS claims

-- name: results_document
SELECT id, status, security_scan_status, ocr_status, pass1_status, pass2_status,
       pass3_status, finalize_status, page_count, failed_page_numbers, processing_error,
       correlation_id, document_type, ai_synthesized_summary
  FROM public.shell_files
 WHERE id = %(shell_file_id)s

-- name: results_counts
-- Items per category, and how many of them a person should review.
SELECT e.event_kind, count(*) AS n, count(*) FILTER (WHERE e.requires_review) AS review
  FROM public.patient_clinical_events e
 WHERE e.shell_file_id = %(shell_file_id)s AND e.deleted_at IS NULL
 GROUP BY e.event_kind
 ORDER BY e.event_kind

-- name: results_items
-- Every item of one document: code and code system, where it was read (page and box, or a
-- structured record's element), review flag and reason, context (assertion, status).
SELECT e.id, e.event_kind, e.event_name, e.event_date, e.source_page, e.source_bbox,
       e.source_element_id, e.requires_review, e.review_reason, e.assertion,
       e.code, e.code_system, COALESCE(e.status, e.allergy_status) AS status,
       NULLIF(concat_ws(' ', e.dose_amount, e.dose_unit, e.frequency), '') AS dose,
       NULLIF(concat_ws(' ', e.value_text, e.unit), '') AS result,
       e.interpretation,
       NULLIF(concat_ws(' ', e.vital_value, e.vital_unit), '') AS measurement,
       e.reaction, e.administration_date
  FROM public.clinical_items e
 WHERE e.shell_file_id = %(shell_file_id)s AND e.deleted_at IS NULL
 ORDER BY e.event_kind, e.source_page, (e.source_bbox ->> 1)::numeric, e.event_name, e.id
