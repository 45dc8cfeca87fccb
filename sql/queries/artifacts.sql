-- Named queries for stage artifacts (OCR pages, AI pass results).

-- name: ocr_pages_done
-- Pages read (ok) or failed for their own bytes. A failure stored for a process
-- reason (retry_codes: lost lease, engine fault) is not done: the next attempt reads it.
SELECT page_number, engine, status, error_code, text_content, lines, confidence, duration_ms
  FROM public.ocr_page_artifacts
 WHERE shell_file_id = %(shell_file_id)s
   AND file_checksum_sha256 = %(sha256)s
   AND engine_key = %(engine_key)s
   AND NOT (status = 'failed' AND error_code = ANY(%(retry_codes)s::text[]))
 ORDER BY page_number

-- name: ocr_page_save
INSERT INTO public.ocr_page_artifacts (
  shell_file_id, patient_id, file_checksum_sha256, page_number, engine_key, engine, status,
  error_code, text_content, lines, confidence, duration_ms
) VALUES (
  %(shell_file_id)s, %(patient_id)s, %(sha256)s, %(page_number)s, %(engine_key)s, %(engine)s,
  %(status)s, %(error_code)s, %(text)s, %(lines)s, %(confidence)s, %(duration_ms)s
)
ON CONFLICT (shell_file_id, file_checksum_sha256, page_number, engine_key) DO UPDATE
   SET engine = EXCLUDED.engine, status = EXCLUDED.status, error_code = EXCLUDED.error_code,
       text_content = EXCLUDED.text_content, lines = EXCLUDED.lines,
       confidence = EXCLUDED.confidence, duration_ms = EXCLUDED.duration_ms,
       created_at = EXCLUDED.created_at
 -- only a failure stored for a process reason is replaced; a finished page never is
 WHERE public.ocr_page_artifacts.status = 'failed'
   AND public.ocr_page_artifacts.error_code = ANY(%(retry_codes)s::text[])

-- name: ocr_pages_latest
SELECT DISTINCT ON (page_number)
       page_number, engine, engine_key, status, error_code, text_content, lines, confidence
  FROM public.ocr_page_artifacts
 WHERE shell_file_id = %(shell_file_id)s AND file_checksum_sha256 = %(sha256)s
 ORDER BY page_number, created_at DESC

-- name: ai_result_get
SELECT output, usage FROM public.ai_pass_results
 WHERE shell_file_id = %(shell_file_id)s AND pass_name = %(pass_name)s
   AND input_sha256 = %(input_sha256)s AND extractor = %(extractor)s
   AND extractor_version = %(extractor_version)s

-- name: ai_result_save
INSERT INTO public.ai_pass_results (
  shell_file_id, patient_id, pass_name, input_sha256, extractor, extractor_version, output,
  usage, duration_ms, correlation_id
) VALUES (
  %(shell_file_id)s, %(patient_id)s, %(pass_name)s, %(input_sha256)s, %(extractor)s,
  %(extractor_version)s, %(output)s, %(usage)s, %(duration_ms)s, %(correlation_id)s
)
ON CONFLICT (shell_file_id, pass_name, input_sha256, extractor, extractor_version) DO NOTHING

-- name: ai_result_latest
SELECT output FROM public.ai_pass_results
 WHERE shell_file_id = %(shell_file_id)s AND pass_name = %(pass_name)s
 ORDER BY created_at DESC
 LIMIT 1

-- name: audit_content_changed
-- A stage refused a stored object whose bytes are not the ones the scan inspected
-- (an integrity event on a patient's document: hipaa, like shell_files writes).
-- Only ids, the stage and hashes: no file name, path or content.
SELECT public.log_audit_event(
  'shell_files', %(shell_file_id)s::text, 'SELECT', NULL,
  jsonb_build_object(
    'event', 'content_changed', 'stage', %(stage)s::text,
    'expected_sha256', %(expected_sha256)s::text, 'found_sha256', %(found_sha256)s::text),
  'content_changed', 'hipaa', %(patient_id)s::uuid, %(correlation_id)s::text,
  %(actor)s::text, %(job_id)s::uuid
) AS audit_id
