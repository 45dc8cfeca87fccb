-- Retention (pipeline/ledger/retention.py): the maintenance leader deletes finished
-- bookkeeping in small batches. Clinical data (shell_files, patient_*) and the audit
-- trail are never touched. A document's jobs and artifacts stay while any of its jobs
-- is live or dead-lettered (a redrive needs them); %(days)s = 0 is never passed.

-- name: retention_jobs_delete
-- Completed and cancelled jobs finished before the cut; their job_events go with them
-- (ON DELETE CASCADE). Oldest first, so a backlog drains in order.
WITH doomed AS (
  SELECT j.id
    FROM public.job_queue j
   WHERE j.status IN ('completed', 'cancelled')
     AND coalesce(j.completed_at, j.updated_at) < now() - make_interval(days => %(days)s)
     AND NOT EXISTS (
       SELECT 1 FROM public.job_queue o
        WHERE o.shell_file_id = j.shell_file_id
          AND (o.status IN ('pending', 'processing', 'retrying', 'deferred')
               OR o.dead_letter_at IS NOT NULL))
   ORDER BY coalesce(j.completed_at, j.updated_at)
   LIMIT %(limit)s
   FOR UPDATE SKIP LOCKED
)
DELETE FROM public.job_queue q
 USING doomed
 WHERE q.id = doomed.id

-- name: retention_ocr_artifacts_delete
-- OCR pages of documents that finished before the cut: a cache for retries, and the
-- document's text, so they do not outlive their use.
WITH doomed AS (
  SELECT a.id
    FROM public.ocr_page_artifacts a
    JOIN public.shell_files f ON f.id = a.shell_file_id
   WHERE a.created_at < now() - make_interval(days => %(days)s)
     AND f.status IN ('completed', 'failed', 'archived', 'cancelled')
     AND coalesce(f.processing_completed_at, f.updated_at) < now() - make_interval(days => %(days)s)
     AND NOT EXISTS (
       SELECT 1 FROM public.job_queue o
        WHERE o.shell_file_id = f.id
          AND (o.status IN ('pending', 'processing', 'retrying', 'deferred')
               OR o.dead_letter_at IS NOT NULL))
   LIMIT %(limit)s
   FOR UPDATE OF a SKIP LOCKED
)
DELETE FROM public.ocr_page_artifacts x
 USING doomed
 WHERE x.id = doomed.id

-- name: retention_ai_results_delete
-- AI pass results (the paid-for outputs a retry reuses) of documents finished before the cut.
WITH doomed AS (
  SELECT a.id
    FROM public.ai_pass_results a
    JOIN public.shell_files f ON f.id = a.shell_file_id
   WHERE a.created_at < now() - make_interval(days => %(days)s)
     AND f.status IN ('completed', 'failed', 'archived', 'cancelled')
     AND coalesce(f.processing_completed_at, f.updated_at) < now() - make_interval(days => %(days)s)
     AND NOT EXISTS (
       SELECT 1 FROM public.job_queue o
        WHERE o.shell_file_id = f.id
          AND (o.status IN ('pending', 'processing', 'retrying', 'deferred')
               OR o.dead_letter_at IS NOT NULL))
   LIMIT %(limit)s
   FOR UPDATE OF a SKIP LOCKED
)
DELETE FROM public.ai_pass_results x
 USING doomed
 WHERE x.id = doomed.id

-- name: retention_broker_delete
-- Rejected dramatiq-postgres messages (the broker's own dead letter; the job ledger
-- keeps the truth). A SECURITY DEFINER function: the service role has no rights on
-- the dramatiq schema. 0 when the broker schema is absent (Redis, RabbitMQ).
SELECT public.retention_purge_broker(%(days)s, %(limit)s) AS deleted

-- name: retention_storage_deletions_delete
-- Closed pending_storage_deletions rows (the object was deleted, already gone, or belongs
-- to a newer document) closed before the cut: the path holds the patient's file name, so
-- the row does not outlive its use. Open rows (deleted_at IS NULL) are never touched:
-- their objects are still to be deleted. Oldest first, on pending_storage_deletions_closed_idx
-- (migration 0110). A row reopened by a new deletion request is open again and stays.
WITH doomed AS (
  SELECT d.storage_path
    FROM public.pending_storage_deletions d
   WHERE d.deleted_at IS NOT NULL
     AND d.deleted_at < now() - make_interval(days => %(days)s)
   ORDER BY d.deleted_at
   LIMIT %(limit)s
   FOR UPDATE SKIP LOCKED
)
DELETE FROM public.pending_storage_deletions x
 USING doomed
 WHERE x.storage_path = doomed.storage_path
   AND x.deleted_at IS NOT NULL
