-- The job ledger: one row per stage run. The broker only carries messages;
-- this table is the truth (status, attempts, lease, DLQ, provenance).

CREATE TABLE public.job_queue (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  job_type text NOT NULL CHECK (job_type IN (
    -- pipeline stages
    'fast_queue_security', 'fast_queue_ocr', 'ai_queue_pass1', 'ai_queue_pass2',
    'ai_queue_pass3', 'finalize_shell_file',
    -- the reference design's types, kept for compatibility
    'shell_file_processing', 'ai_processing', 'data_migration', 'audit_cleanup',
    'notification_delivery', 'report_generation', 'backup_operation', 'system_maintenance',
    'semantic_processing', 'consent_verification', 'provider_verification'
  )),
  -- Never NULL: a job without a lane is a job nobody claims.
  job_lane text NOT NULL,
  job_category text NOT NULL DEFAULT 'standard' CHECK (job_category IN (
    'critical', 'high_priority', 'standard', 'background', 'maintenance'
  )),
  job_name text NOT NULL,
  job_description text,
  job_payload jsonb NOT NULL CHECK (job_payload <> '{}'::jsonb),
  job_config jsonb NOT NULL DEFAULT '{}'::jsonb,
  status text NOT NULL DEFAULT 'pending' CHECK (status IN (
    'pending', 'processing', 'completed', 'failed', 'cancelled', 'retrying', 'deferred'
  )),
  scheduled_at timestamptz NOT NULL DEFAULT now(),
  started_at timestamptz,
  completed_at timestamptz,
  -- 1 = most urgent … 10 = least; claims take the lowest number first.
  priority integer NOT NULL DEFAULT 5 CHECK (priority BETWEEN 1 AND 10),
  estimated_duration interval,
  actual_duration interval,
  memory_usage_mb integer,
  cpu_usage_percent numeric(5, 2),
  -- Attempts consumed by failures and rescues (not by rate-limit waits).
  retry_count integer NOT NULL DEFAULT 0 CHECK (retry_count >= 0),
  max_retries integer NOT NULL DEFAULT 3 CHECK (max_retries >= 0),
  -- The attempt now running or last run (1-based): retry_count + 1 at claim.
  attempt integer NOT NULL DEFAULT 0,
  reschedule_count integer NOT NULL DEFAULT 0,
  redrive_count integer NOT NULL DEFAULT 0,
  retry_delay interval NOT NULL DEFAULT interval '5 minutes',
  last_error text,
  error_details jsonb,
  depends_on uuid[],
  blocks_jobs uuid[],
  job_group text,
  worker_id text,
  processing_node text,
  lock_acquired_at timestamptz,
  -- Fencing: a fresh token per claim; every worker write must present it.
  lease_token uuid,
  lease_expires_at timestamptz,
  -- Last time the running worker was seen (not an expiry).
  heartbeat_at timestamptz,
  dead_letter_at timestamptz,
  patient_id uuid REFERENCES public.user_profiles (id) ON DELETE SET NULL,
  shell_file_id uuid REFERENCES public.shell_files (id) ON DELETE SET NULL,
  parent_job_id uuid REFERENCES public.job_queue (id) ON DELETE SET NULL,
  idempotency_key text,
  correlation_id text NOT NULL,
  traceparent text,
  -- Outbox: NULL while the broker message for the current due run is unsent.
  dispatched_at timestamptz,
  broker_message_id text,
  job_result jsonb,
  output_files text[],
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT chk_retry_logic CHECK (retry_count <= max_retries),
  CONSTRAINT job_queue_lease_consistent CHECK (
    (status = 'processing') = (lease_token IS NOT NULL AND lease_expires_at IS NOT NULL)
  )
);

-- Hot table: vacuum often; leave room on each page for HOT updates.
ALTER TABLE public.job_queue SET (autovacuum_vacuum_scale_factor = 0.05, fillfactor = 80);

CREATE UNIQUE INDEX job_queue_idempotency_key ON public.job_queue (idempotency_key)
  WHERE idempotency_key IS NOT NULL;
-- At most one live run per document and stage.
CREATE UNIQUE INDEX job_queue_one_active_stage ON public.job_queue (shell_file_id, job_type)
  WHERE status IN ('pending', 'processing') AND shell_file_id IS NOT NULL;
CREATE INDEX job_queue_claim_idx ON public.job_queue (job_lane, priority, scheduled_at)
  WHERE status = 'pending';
CREATE INDEX job_queue_lease_idx ON public.job_queue (lease_expires_at)
  WHERE status = 'processing';
CREATE INDEX job_queue_outbox_idx ON public.job_queue (scheduled_at)
  WHERE status = 'pending' AND dispatched_at IS NULL;
CREATE INDEX job_queue_dead_letter_idx ON public.job_queue (dead_letter_at)
  WHERE dead_letter_at IS NOT NULL;
CREATE INDEX job_queue_shell_file_idx ON public.job_queue (shell_file_id);

-- Every state change of every job, append-only: the job's history
-- (rescues, retries and redrives stay visible after the row moves on).
CREATE TABLE public.job_events (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  job_id uuid NOT NULL REFERENCES public.job_queue (id) ON DELETE CASCADE,
  event text NOT NULL CHECK (event IN (
    'enqueued', 'claimed', 'completed', 'retry_scheduled', 'rescheduled', 'reclaimed',
    'dead_lettered', 'redriven', 'cancelled', 'dispatched'
  )),
  attempt integer NOT NULL,
  worker_id text,
  details jsonb NOT NULL DEFAULT '{}'::jsonb,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX job_events_job_idx ON public.job_events (job_id, id);

-- Vendor quotas: the table is the configuration (read by the limiter).
CREATE TABLE public.api_rate_limits (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  provider_name text NOT NULL,
  api_endpoint text NOT NULL,
  requests_per_minute integer NOT NULL DEFAULT 60,
  requests_per_hour integer,
  tokens_per_minute integer,
  tokens_per_hour integer,
  concurrent_requests integer NOT NULL DEFAULT 10,
  current_requests_minute integer NOT NULL DEFAULT 0,
  current_requests_hour integer NOT NULL DEFAULT 0,
  current_tokens_minute integer NOT NULL DEFAULT 0,
  current_tokens_hour integer NOT NULL DEFAULT 0,
  active_requests integer NOT NULL DEFAULT 0,
  minute_reset_at timestamptz NOT NULL DEFAULT now(),
  hour_reset_at timestamptz NOT NULL DEFAULT now(),
  backpressure_threshold numeric(3, 2) NOT NULL DEFAULT 0.80,
  backpressure_delay_seconds integer NOT NULL DEFAULT 5,
  queue_depth_limit integer NOT NULL DEFAULT 1000,
  status text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'disabled', 'maintenance')),
  last_rate_limit_hit timestamptz,
  rate_limit_violations integer NOT NULL DEFAULT 0,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (provider_name, api_endpoint)
);

INSERT INTO public.api_rate_limits
  (provider_name, api_endpoint, requests_per_minute, tokens_per_minute, concurrent_requests)
VALUES
  ('openai', 'gpt-4o-mini', 500, 200000, 50),
  ('openai', 'gpt-4-vision', 100, 20000, 20),
  ('google', 'vision-api', 1800, NULL, 100),
  ('anthropic', 'claude-3', 400, 100000, 25)
ON CONFLICT (provider_name, api_endpoint) DO UPDATE SET
  requests_per_minute = EXCLUDED.requests_per_minute,
  tokens_per_minute = EXCLUDED.tokens_per_minute,
  concurrent_requests = EXCLUDED.concurrent_requests;
