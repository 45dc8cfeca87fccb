-- Trace context on the job row: W3C tracestate beside traceparent. The row's context
-- is refreshed at each send (mark_job_dispatched, functions/050_jobs.sql, which gains two arguments), and a new
-- document takes its caller's correlation id (functions/040_shell_files.sql,
-- triggers/100_triggers.sql).

ALTER TABLE public.job_queue ADD COLUMN IF NOT EXISTS tracestate text;
-- mark_job_dispatched gains the trace context arguments (defaults keep old calls valid).
DROP FUNCTION IF EXISTS public.mark_job_dispatched(uuid, text);
