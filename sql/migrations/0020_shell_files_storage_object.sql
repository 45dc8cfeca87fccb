-- One document per stored object version (docpipe issue 8.9, 9.5).
--
-- The client hook (POST /v1/shell-files) and the storage webhook can both register
-- the same stored object. A document is keyed by the storage object's identity
-- (storage.objects id + version) once the webhook has told us it; a client
-- registration without that identity is matched to the webhook's row by path and size.
--
-- uploaded_by NULL = stored with the service key (no Supabase user owns the
-- object); such a document is attributed to the patient named by its path prefix.
ALTER TABLE public.shell_files ALTER COLUMN uploaded_by DROP NOT NULL;

ALTER TABLE public.shell_files
  ADD COLUMN storage_object_id uuid,
  ADD COLUMN storage_object_version text,
  -- false only for rows the storage webhook created and no client has registered yet.
  ADD COLUMN registered_by_client boolean NOT NULL DEFAULT true,
  ADD CONSTRAINT shell_files_storage_object_version_set
    CHECK (storage_object_id IS NULL OR storage_object_version IS NOT NULL);

CREATE UNIQUE INDEX shell_files_storage_object_identity
  ON public.shell_files (storage_object_id, storage_object_version)
  WHERE storage_object_id IS NOT NULL;

CREATE INDEX shell_files_patient_storage_path_idx
  ON public.shell_files (patient_id, storage_path);
