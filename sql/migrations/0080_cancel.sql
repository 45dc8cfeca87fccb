-- Operator cancel (`docpipe cancel ID`): a document can be stopped for good.
--
-- job_queue already knows the 'cancelled' status and job_events the 'cancelled'
-- event; the document itself gains the status, and each stage column may say that
-- its stage will not run. The work is done by public.cancel_document
-- (functions/050_jobs.sql): it takes the lease away from a running stage, whose
-- next heartbeat then refuses (LeaseLost), so nothing it made is committed.

ALTER TABLE public.shell_files DROP CONSTRAINT shell_files_status_check;
ALTER TABLE public.shell_files ADD CONSTRAINT shell_files_status_check CHECK (status IN (
  'uploaded', 'processing', 'pass1_complete', 'pass2_complete', 'pass3_complete',
  'completed', 'failed', 'archived', 'cancelled'
));

DO $$
DECLARE
  col text;
BEGIN
  FOREACH col IN ARRAY ARRAY['security_scan_status', 'ocr_status', 'pass1_status',
                             'pass2_status', 'pass3_status', 'finalize_status'] LOOP
    EXECUTE format('ALTER TABLE public.shell_files DROP CONSTRAINT %I',
                   'shell_files_' || col || '_check');
    EXECUTE format(
      'ALTER TABLE public.shell_files ADD CONSTRAINT %I CHECK (%I IN '
      '(''pending'', ''processing'', ''completed'', ''failed'', ''skipped'', ''cancelled''))',
      'shell_files_' || col || '_check', col);
  END LOOP;
END
$$;

-- When, and (for the job) by whom and why: ids and codes only, never PHI.
ALTER TABLE public.shell_files ADD COLUMN cancelled_at timestamptz;
ALTER TABLE public.job_queue ADD COLUMN cancelled_at timestamptz;
