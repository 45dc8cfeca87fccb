-- Profile ids that are never reused, erasure bookkeeping, and the schema
-- changes that let a user who uploaded be deleted.

-- A patient id that was ever erased or deleted. user_profiles refuses these
-- ids (trigger user_profiles_id_guard), so nobody can re-create a deleted
-- patient and inherit its audit trail. Service role only (RLS, no grants).
CREATE TABLE public.retired_profile_ids (
  id uuid PRIMARY KEY,
  retired_at timestamptz NOT NULL DEFAULT now(),
  retired_by uuid,
  actor text,
  reason text
);

-- Ids of patients deleted before this migration: anything the audit trail
-- still names but no profile holds is retired too.
INSERT INTO public.retired_profile_ids (id, actor, reason)
SELECT DISTINCT a.patient_id, 'migration:0013', 'deleted before tombstones existed'
  FROM public.audit_log a
 WHERE a.patient_id IS NOT NULL
   AND NOT EXISTS (SELECT 1 FROM public.user_profiles p WHERE p.id = a.patient_id)
ON CONFLICT (id) DO NOTHING;

-- Stored objects of erased documents. The files live outside the database:
-- erase_patient returns these paths to its caller, and a DELETE FROM auth.users
-- (which returns nothing) leaves them here for whoever cleans storage.
CREATE TABLE public.pending_storage_deletions (
  storage_path text PRIMARY KEY,
  shell_file_id uuid NOT NULL,
  patient_id uuid NOT NULL,
  queued_at timestamptz NOT NULL DEFAULT now(),
  deleted_at timestamptz
);

CREATE INDEX pending_storage_deletions_open_idx
  ON public.pending_storage_deletions (queued_at) WHERE deleted_at IS NULL;

-- Which columns a write touched: what clients may read instead of row images.
ALTER TABLE public.audit_log ADD COLUMN changed_columns text[];

-- A document outlives the account of whoever uploaded it (a delegate, say):
-- deleting that user clears uploaded_by instead of failing.
ALTER TABLE public.shell_files ALTER COLUMN uploaded_by DROP NOT NULL;
ALTER TABLE public.shell_files DROP CONSTRAINT shell_files_uploaded_by_fkey;
ALTER TABLE public.shell_files ADD CONSTRAINT shell_files_uploaded_by_fkey
  FOREIGN KEY (uploaded_by) REFERENCES auth.users (id) ON DELETE SET NULL;
