-- Indexes for retention (sql/queries/retention.sql): the maintenance leader finds the
-- oldest finished jobs and the oldest artifacts in small batches without scanning the
-- tables. BRIN on the artifacts' created_at: they are append-only, so rows are laid
-- down in time order and a BRIN index costs almost nothing to keep.

CREATE INDEX IF NOT EXISTS job_queue_finished_idx
  ON public.job_queue ((coalesce(completed_at, updated_at)))
  WHERE status IN ('completed', 'cancelled');

CREATE INDEX IF NOT EXISTS ocr_page_artifacts_created_brin
  ON public.ocr_page_artifacts USING brin (created_at);

CREATE INDEX IF NOT EXISTS ai_pass_results_created_brin
  ON public.ai_pass_results USING brin (created_at);

-- Deleting a job sets its children's parent_job_id to NULL (ON DELETE SET NULL): without
-- an index each deleted row scanned the whole table (9.3 s per 500-row batch at 60,000 jobs).
CREATE INDEX IF NOT EXISTS job_queue_parent_job_idx
  ON public.job_queue (parent_job_id)
  WHERE parent_job_id IS NOT NULL;

-- A document's jobs and artifacts stay while any of its jobs is live or dead-lettered:
-- the retention queries ask this for every candidate. These rows are few, so the index
-- is small, and the check is an index probe instead of a scan of the whole ledger.
CREATE INDEX IF NOT EXISTS job_queue_unresolved_idx
  ON public.job_queue (shell_file_id)
  WHERE status IN ('pending', 'processing', 'retrying', 'deferred') OR dead_letter_at IS NOT NULL;
