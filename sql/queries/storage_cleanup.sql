-- Storage cleanup (pipeline/ledger/storage_cleanup.py): the stored originals of erased and
-- deleted documents, queued in pending_storage_deletions, are deleted from object storage.
-- storage_path holds the patient's file name: it is a parameter here and goes nowhere else.

-- name: storage_deletion_claim
-- Up to %(limit)s open rows that are due, the longest due first. The claim counts the
-- attempt and moves next_attempt_at out by a capped exponential backoff with equal jitter
-- (half fixed, half random: the job ledger's rule), so rows whose process dies mid-batch
-- wait for a later batch, and a failure needs no second statement to back off.
WITH due AS (
  SELECT d.storage_path
    FROM public.pending_storage_deletions d
   WHERE d.deleted_at IS NULL
     AND d.next_attempt_at <= now()
   ORDER BY d.next_attempt_at
   LIMIT %(limit)s
   FOR UPDATE SKIP LOCKED
), backoff AS (
  SELECT d.storage_path,
         least(%(cap_seconds)s::double precision,
               %(base_seconds)s::double precision * power(2, least(d.attempts, 30))) AS secs
    FROM public.pending_storage_deletions d
    JOIN due USING (storage_path)
)
UPDATE public.pending_storage_deletions d
   SET attempts = d.attempts + 1,
       next_attempt_at = now() + make_interval(secs => b.secs / 2 + random() * b.secs / 2)
  FROM backoff b
 WHERE d.storage_path = b.storage_path
RETURNING d.storage_path, d.shell_file_id, d.patient_id, d.attempts

-- name: storage_deletion_close_if_referenced
-- A document stores a version at this path again (a new upload reused it): the object is
-- that document's now. Closed without touching storage; a later delete of that document
-- queues the path again.
UPDATE public.pending_storage_deletions d
   SET deleted_at = now(), outcome = 'still_referenced', last_error_code = NULL
 WHERE d.storage_path = %(storage_path)s
   AND d.deleted_at IS NULL
   AND EXISTS (SELECT 1 FROM public.shell_files s WHERE s.storage_path = d.storage_path)
RETURNING d.shell_file_id

-- name: storage_deletion_close
-- The object is gone from storage: %(outcome)s is deleted or already_gone.
UPDATE public.pending_storage_deletions d
   SET deleted_at = now(), outcome = %(outcome)s, last_error_code = NULL
 WHERE d.storage_path = %(storage_path)s
   AND d.deleted_at IS NULL

-- name: storage_deletion_failed
-- The row stays open (the claim already moved next_attempt_at out); only the code is kept.
UPDATE public.pending_storage_deletions d
   SET last_error_code = %(code)s
 WHERE d.storage_path = %(storage_path)s
   AND d.deleted_at IS NULL

-- name: storage_deletion_hand_back
-- Claimed but not tried (the store was unavailable, or the round ran out of time): the
-- attempt is given back and the rows are due again at once.
UPDATE public.pending_storage_deletions d
   SET attempts = greatest(d.attempts - 1, 0), next_attempt_at = now()
 WHERE d.storage_path = ANY(%(storage_paths)s)
   AND d.deleted_at IS NULL

-- name: storage_deletion_open_count
-- Open rows: due now, and waiting for their backoff.
SELECT count(*) FILTER (WHERE d.next_attempt_at <= now()) AS due,
       count(*) FILTER (WHERE d.next_attempt_at > now()) AS waiting
  FROM public.pending_storage_deletions d
 WHERE d.deleted_at IS NULL
