-- Retention of the broker's rejected messages (repeatable). The maintenance leader
-- calls it as the service role, which has no rights on the dramatiq schema; the
-- function runs as its owner (the migrating role, which created that schema).

CREATE OR REPLACE FUNCTION public.retention_purge_broker(p_days integer, p_limit integer)
RETURNS integer
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = ''
AS $$
DECLARE
  v_deleted integer := 0;
BEGIN
  IF p_days IS NULL OR p_days < 1 OR to_regclass('dramatiq.queue') IS NULL THEN
    RETURN 0;
  END IF;
  -- Dynamic: the broker schema may be created after this function (first migrate).
  EXECUTE
    'DELETE FROM dramatiq.queue d WHERE d.message_id IN ('
    '  SELECT q.message_id FROM dramatiq.queue q'
    '   WHERE q.state = ''rejected'' AND q.mtime < now() - make_interval(days => $1)'
    '   ORDER BY q.mtime LIMIT $2 FOR UPDATE SKIP LOCKED)'
    USING p_days, greatest(p_limit, 1);
  GET DIAGNOSTICS v_deleted = ROW_COUNT;
  RETURN v_deleted;
END
$$;
