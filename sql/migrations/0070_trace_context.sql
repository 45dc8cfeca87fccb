-- Trace context on the job row (W3C tracestate beside traceparent), the row's
-- context refreshed at each send, and a correlation id accepted from the caller.

ALTER TABLE public.job_queue ADD COLUMN IF NOT EXISTS tracestate text;

-- Like mark_job_dispatched, and the row keeps the context of the send span, so a
-- job re-sent by the relay, the reaper or a redrive continues the same trace.
CREATE OR REPLACE FUNCTION public.mark_job_dispatched_v2(
  p_job_id uuid,
  p_broker_message_id text,
  p_traceparent text DEFAULT NULL,
  p_tracestate text DEFAULT NULL
)
RETURNS boolean
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = ''
AS $$
BEGIN
  UPDATE public.job_queue q
     SET dispatched_at = now(),
         broker_message_id = p_broker_message_id,
         traceparent = coalesce(p_traceparent, q.traceparent),
         tracestate = CASE WHEN p_traceparent IS NULL THEN q.tracestate ELSE p_tracestate END
   WHERE q.id = p_job_id AND q.status = 'pending';
  RETURN FOUND;
END
$$;

-- A new document takes the correlation id its caller set for the transaction
-- (docpipe.correlation_id, checked well-formed by the hook) instead of a fresh one.
CREATE OR REPLACE FUNCTION public.shell_files_correlation_from_session()
RETURNS trigger
LANGUAGE plpgsql
SET search_path = ''
AS $$
DECLARE
  v_id text := nullif(current_setting('docpipe.correlation_id', true), '');
BEGIN
  IF v_id IS NOT NULL AND v_id ~ '^[A-Za-z0-9._-]{8,64}$' THEN
    NEW.correlation_id := v_id;
  END IF;
  RETURN NEW;
END
$$;

DROP TRIGGER IF EXISTS shell_files_correlation_from_session ON public.shell_files;
CREATE TRIGGER shell_files_correlation_from_session
  BEFORE INSERT ON public.shell_files
  FOR EACH ROW EXECUTE FUNCTION public.shell_files_correlation_from_session();
