-- One stage graph. pipeline/flow.py declares the stages (actors are declared at
-- import time); this table is the database's copy, and every SQL function that
-- needs a stage's lane, job type or status column reads it. A test and the
-- worker's start-up check (pipeline/stage_graph.py) hold the two equal.
CREATE TABLE public.pipeline_stages (
  position integer PRIMARY KEY CHECK (position > 0),
  stage text NOT NULL UNIQUE,          -- Dramatiq queue and job lane
  job_type text NOT NULL UNIQUE,       -- job_queue.job_type
  status_column text NOT NULL UNIQUE,  -- the shell_files column this stage moves
  overall_status_after text NOT NULL,  -- shell_files.status once the stage completes
  UNIQUE (job_type, stage)
);

INSERT INTO public.pipeline_stages
  (position, stage, job_type, status_column, overall_status_after)
VALUES
  (1, 'security_scan', 'fast_queue_security', 'security_scan_status', 'processing'),
  (2, 'ocr', 'fast_queue_ocr', 'ocr_status', 'processing'),
  (3, 'pass1_entities', 'ai_queue_pass1', 'pass1_status', 'pass1_complete'),
  (4, 'pass2_clinical', 'ai_queue_pass2', 'pass2_status', 'pass2_complete'),
  (5, 'pass3_narrative', 'ai_queue_pass3', 'pass3_status', 'pass3_complete'),
  (6, 'finalize', 'finalize_shell_file', 'finalize_status', 'completed');

ALTER TABLE public.pipeline_stages ENABLE ROW LEVEL SECURITY;

-- The reference design's other job types were never enqueued by anything: a job
-- is now a run of a known stage, on that stage's lane.
ALTER TABLE public.job_queue DROP CONSTRAINT job_queue_job_type_check;
ALTER TABLE public.job_queue
  ADD CONSTRAINT job_queue_stage_fkey FOREIGN KEY (job_type, job_lane)
  REFERENCES public.pipeline_stages (job_type, stage);

-- Columns nothing ever wrote or read.
ALTER TABLE public.job_queue
  DROP COLUMN memory_usage_mb,
  DROP COLUMN cpu_usage_percent,
  DROP COLUMN estimated_duration,
  DROP COLUMN processing_node,
  DROP COLUMN blocks_jobs,
  DROP COLUMN depends_on,
  DROP COLUMN job_group,
  DROP COLUMN output_files,
  DROP COLUMN job_description,
  DROP COLUMN job_config;

-- RPCs that only tests called: the broker path claims by id (claim_job_v3) and
-- dead-letters through fail_job.
DROP FUNCTION IF EXISTS public.claim_next_job_v3(text, text[], text[], integer);
DROP FUNCTION IF EXISTS public.dead_letter_job(uuid, text, text, uuid);

-- The injected default token estimate: quotas estimate from the request itself.
UPDATE public.job_queue SET job_payload = job_payload - 'estimated_tokens'
 WHERE job_payload ? 'estimated_tokens' AND job_payload - 'estimated_tokens' <> '{}'::jsonb;
