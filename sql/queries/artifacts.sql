-- Named queries for stage artifacts (OCR pages, AI pass results).

-- name: ocr_pages_done
SELECT page_number, engine, status, error_code, text_content, lines, confidence, duration_ms
  FROM public.ocr_page_artifacts
 WHERE shell_file_id = %(shell_file_id)s
   AND file_checksum_sha256 = %(sha256)s
   AND engine_key = %(engine_key)s
 ORDER BY page_number

-- name: ocr_page_save
INSERT INTO public.ocr_page_artifacts (
  shell_file_id, patient_id, file_checksum_sha256, page_number, engine_key, engine, status,
  error_code, text_content, lines, confidence, duration_ms
) VALUES (
  %(shell_file_id)s, %(patient_id)s, %(sha256)s, %(page_number)s, %(engine_key)s, %(engine)s,
  %(status)s, %(error_code)s, %(text)s, %(lines)s, %(confidence)s, %(duration_ms)s
)
ON CONFLICT (shell_file_id, file_checksum_sha256, page_number, engine_key) DO NOTHING

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
