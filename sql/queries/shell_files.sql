-- Named queries for documents (shell_files).

-- name: shell_file_get
SELECT * FROM public.shell_files WHERE id = %(shell_file_id)s

-- name: shell_file_mark_stage
SELECT public.mark_stage(%(shell_file_id)s, %(stage)s, %(status)s, %(overall)s,
                         %(duration_ms)s, %(error)s, %(job_id)s, %(worker_id)s)

-- name: shell_file_record_scan
UPDATE public.shell_files
   SET detected_mime_type = %(mime_type)s,
       page_count = %(page_count)s,
       file_checksum_sha256 = %(sha256)s
 WHERE id = %(shell_file_id)s

-- name: shell_file_record_ocr
UPDATE public.shell_files
   SET ocr_average_confidence = %(confidence)s,
       failed_page_numbers = %(failed_pages)s
 WHERE id = %(shell_file_id)s

-- name: shell_file_record_summary
UPDATE public.shell_files
   SET ai_synthesized_summary = %(summary)s,
       document_type = %(document_type)s,
       narrative_count = 1,
       synthesis_completed_at = now()
 WHERE id = %(shell_file_id)s

-- name: patient_exists
SELECT EXISTS (SELECT 1 FROM public.user_profiles WHERE id = %(patient_id)s AND NOT archived) AS found

-- name: intake_upload
SELECT public.intake_upload_v2(
  %(patient_id)s, %(uploaded_by)s, %(original_filename)s, %(storage_path)s, %(mime_type)s,
  %(file_size_bytes)s, %(idempotency_key)s, %(priority)s, %(traceparent)s, %(check_access)s,
  %(storage_object_id)s, %(storage_object_version)s
) AS result
