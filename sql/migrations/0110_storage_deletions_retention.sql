-- Retention of closed storage deletions (sql/queries/retention.sql): a closed row keeps
-- the object's path, <patient_id>/<file name>, and the file name is PHI, so the
-- maintenance leader deletes closed rows RETENTION_STORAGE_DELETIONS_DAYS after they
-- closed, oldest first, a batch at a time. The existing indexes serve open rows only
-- (pending_storage_deletions_due_idx) or the path (the primary key): this one finds the
-- oldest closed rows without scanning the table.
CREATE INDEX pending_storage_deletions_closed_idx
  ON public.pending_storage_deletions (deleted_at) WHERE deleted_at IS NOT NULL;
