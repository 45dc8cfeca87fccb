-- Stored originals queued in pending_storage_deletions are now deleted by docpipe itself
-- (pipeline/ledger/storage_cleanup.py, run by the maintenance leader and by
-- `docpipe storage-cleanup`). Each row remembers its attempts, when it is due again
-- (capped exponential backoff with jitter, set when a batch claims it) and the code of
-- its last failure; a closed row says how it ended.
ALTER TABLE public.pending_storage_deletions
  ADD COLUMN attempts integer NOT NULL DEFAULT 0,
  ADD COLUMN next_attempt_at timestamptz NOT NULL DEFAULT now(),
  ADD COLUMN last_error_code text,
  ADD COLUMN outcome text;

-- Rows closed before this migration were closed by whoever deleted their objects.
UPDATE public.pending_storage_deletions SET outcome = 'deleted' WHERE deleted_at IS NOT NULL;

-- deleted: the object was removed; already_gone: storage no longer had it;
-- still_referenced: a document stores a version at that path again (the object stays).
ALTER TABLE public.pending_storage_deletions
  ADD CONSTRAINT pending_storage_deletions_outcome_check
    CHECK (outcome IN ('deleted', 'already_gone', 'still_referenced')),
  ADD CONSTRAINT pending_storage_deletions_closed_with_outcome
    CHECK ((deleted_at IS NULL) = (outcome IS NULL));

-- The claim reads open rows by when they are due.
DROP INDEX public.pending_storage_deletions_open_idx;
CREATE INDEX pending_storage_deletions_due_idx
  ON public.pending_storage_deletions (next_attempt_at) WHERE deleted_at IS NULL;

-- "Does a document still store a version at this path?" is asked by the cleanup for every
-- row and by shell_files_queue_object_deletion for every deleted document, by path alone
-- (the existing index leads with patient_id).
CREATE INDEX shell_files_storage_path_idx ON public.shell_files (storage_path);
