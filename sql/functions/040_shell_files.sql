-- shell_files status moves forward only. A dead-lettered file may go back to
-- processing only through a redrive (which sets docpipe.redrive for its
-- transaction).

CREATE OR REPLACE FUNCTION public.shell_file_status_rank(p_status text)
RETURNS integer
LANGUAGE sql
IMMUTABLE
SET search_path = ''
AS $$
  SELECT CASE p_status
    WHEN 'uploaded' THEN 0
    WHEN 'processing' THEN 1
    WHEN 'pass1_complete' THEN 2
    WHEN 'pass2_complete' THEN 3
    WHEN 'pass3_complete' THEN 4
    WHEN 'completed' THEN 5
    WHEN 'failed' THEN 5
    WHEN 'archived' THEN 6
  END
$$;

CREATE OR REPLACE FUNCTION public.shell_files_status_forward()
RETURNS trigger
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = ''
AS $$
BEGIN
  IF NEW.status = OLD.status THEN
    RETURN NEW;
  END IF;
  IF OLD.status = 'failed' AND NEW.status NOT IN ('archived')
     AND coalesce(current_setting('docpipe.redrive', true), '') = 'on' THEN
    RETURN NEW;
  END IF;
  IF OLD.status = 'completed' AND NEW.status = 'failed' THEN
    RAISE EXCEPTION 'shell_files status cannot move from completed to failed'
      USING ERRCODE = 'check_violation';
  END IF;
  IF public.shell_file_status_rank(NEW.status) < public.shell_file_status_rank(OLD.status)
     OR (OLD.status = 'failed' AND NEW.status <> 'archived') THEN
    RAISE EXCEPTION 'shell_files status cannot move from % to %', OLD.status, NEW.status
      USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END
$$;
