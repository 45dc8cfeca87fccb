-- 1. Recover jobs whose broker message was sent but never claimed (a message
--    dropped by a broker or by a worker shutting down): the relay re-sends a due
--    pending job whose last dispatch is older than queue.redispatch_after_seconds.
--    A duplicate is harmless: the claim skips it.
INSERT INTO public.system_configuration (config_key, config_value, config_type, description) VALUES
  ('queue.redispatch_after_seconds', '300', 'system',
   'A due pending job whose message was sent this long ago but never claimed is re-sent')
ON CONFLICT (config_key) DO NOTHING;

CREATE INDEX job_queue_redispatch_idx ON public.job_queue (dispatched_at)
  WHERE status = 'pending' AND dispatched_at IS NOT NULL;

-- 2. Worker liveness locks get a 64-bit key (a 32-bit hashtext could collide
--    between two workers). register_worker now returns whether it got the lock
--    (it no longer waits for it), so its old signature goes; the repeatable
--    functions file creates the new one.
ALTER TABLE public.worker_registry ALTER COLUMN lock_key TYPE bigint;
DROP FUNCTION IF EXISTS public.register_worker(text, text, integer, text[]);
DROP FUNCTION IF EXISTS public.worker_lock_class();

-- jobs_to_dispatch gains a parameter (the redispatch timeout); drop the old
-- signature so calls are not ambiguous between the two.
DROP FUNCTION IF EXISTS public.jobs_to_dispatch(integer, integer, integer);
