-- Uploaded documents ("shell files") and the per-stage artifacts made from them.

CREATE TABLE public.shell_files (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  patient_id uuid NOT NULL REFERENCES public.user_profiles (id) ON DELETE CASCADE,
  uploaded_by uuid NOT NULL REFERENCES auth.users (id),
  filename text,
  original_filename text NOT NULL,
  file_size_bytes bigint NOT NULL CHECK (file_size_bytes > 0),
  mime_type text NOT NULL,
  storage_path text NOT NULL,
  -- Overall status only moves forward (trigger shell_files_status_forward).
  status text NOT NULL DEFAULT 'uploaded' CHECK (status IN (
    'uploaded', 'processing', 'pass1_complete', 'pass2_complete', 'pass3_complete',
    'completed', 'failed', 'archived'
  )),
  -- Per-stage status: where exactly a file is.
  security_scan_status text NOT NULL DEFAULT 'pending',
  ocr_status text NOT NULL DEFAULT 'pending',
  pass1_status text NOT NULL DEFAULT 'pending',
  pass2_status text NOT NULL DEFAULT 'pending',
  pass3_status text NOT NULL DEFAULT 'pending',
  finalize_status text NOT NULL DEFAULT 'pending',
  processing_started_at timestamptz,
  processing_completed_at timestamptz,
  -- {code, stage, attempt, message, correlation_id, at}: never PHI.
  processing_error jsonb,
  detected_mime_type text,
  file_checksum_sha256 text,
  page_count integer CHECK (page_count IS NULL OR page_count >= 0),
  failed_page_numbers integer[] NOT NULL DEFAULT '{}',
  ocr_average_confidence numeric(4, 3),
  ai_synthesized_summary text,
  narrative_count integer NOT NULL DEFAULT 0,
  synthesis_completed_at timestamptz,
  language_detected text NOT NULL DEFAULT 'en',
  document_type text,
  processing_job_id uuid,
  processing_worker_id text,
  -- 1 = most urgent … 10 = least (the same convention as job_queue.priority).
  processing_priority integer NOT NULL DEFAULT 5 CHECK (processing_priority BETWEEN 1 AND 10),
  processing_duration_seconds integer,
  stage_timings jsonb NOT NULL DEFAULT '{}'::jsonb,
  idempotency_key text,
  correlation_id text NOT NULL DEFAULT gen_random_uuid()::text,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);

DO $$
DECLARE
  col text;
BEGIN
  FOREACH col IN ARRAY ARRAY['security_scan_status', 'ocr_status', 'pass1_status',
                             'pass2_status', 'pass3_status', 'finalize_status'] LOOP
    EXECUTE format(
      'ALTER TABLE public.shell_files ADD CONSTRAINT %I CHECK (%I IN '
      '(''pending'', ''processing'', ''completed'', ''failed'', ''skipped''))',
      'shell_files_' || col || '_check', col);
  END LOOP;
END
$$;

-- Idempotency keys are scoped per uploader, never global.
CREATE UNIQUE INDEX shell_files_uploader_idempotency_key
  ON public.shell_files (uploaded_by, idempotency_key) WHERE idempotency_key IS NOT NULL;
CREATE INDEX shell_files_patient_idx ON public.shell_files (patient_id);
CREATE INDEX shell_files_status_idx ON public.shell_files (status) WHERE status <> 'archived';
CREATE INDEX shell_files_processing_job_idx ON public.shell_files (processing_job_id);

-- One row per page and engine: the text, per-line boxes and confidence. A retry
-- reuses pages already done (same file hash, page and engine).
CREATE TABLE public.ocr_page_artifacts (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  shell_file_id uuid NOT NULL REFERENCES public.shell_files (id) ON DELETE CASCADE,
  patient_id uuid NOT NULL REFERENCES public.user_profiles (id) ON DELETE CASCADE,
  file_checksum_sha256 text NOT NULL,
  page_number integer NOT NULL CHECK (page_number >= 1),
  engine_key text NOT NULL,
  engine text NOT NULL,
  status text NOT NULL CHECK (status IN ('ok', 'failed')),
  error_code text,
  text_content text NOT NULL DEFAULT '',
  lines jsonb NOT NULL DEFAULT '[]'::jsonb,
  confidence numeric(4, 3),
  duration_ms integer NOT NULL DEFAULT 0,
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (shell_file_id, file_checksum_sha256, page_number, engine_key)
);

CREATE INDEX ocr_page_artifacts_patient_idx ON public.ocr_page_artifacts (patient_id);

-- The output of each AI pass, keyed by the hash of its input: a retried or
-- rescued job reuses the paid result instead of calling the vendor again.
CREATE TABLE public.ai_pass_results (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  shell_file_id uuid NOT NULL REFERENCES public.shell_files (id) ON DELETE CASCADE,
  patient_id uuid NOT NULL REFERENCES public.user_profiles (id) ON DELETE CASCADE,
  pass_name text NOT NULL CHECK (pass_name IN ('pass1', 'pass2', 'pass3')),
  input_sha256 text NOT NULL,
  extractor text NOT NULL,
  extractor_version text NOT NULL,
  output jsonb NOT NULL,
  usage jsonb NOT NULL DEFAULT '{}'::jsonb,
  duration_ms integer NOT NULL DEFAULT 0,
  correlation_id text,
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (shell_file_id, pass_name, input_sha256, extractor, extractor_version)
);

CREATE INDEX ai_pass_results_patient_idx ON public.ai_pass_results (patient_id);
