-- Postgres health for the metrics scrape (pipeline/metrics/ledger_collector.py):
-- vacuum state of the queue tables and the oldest open transaction in this database.
-- SECURITY DEFINER: the service role cannot see other roles' sessions in
-- pg_stat_activity; the owner (who runs `docpipe db migrate`) can when it is a
-- superuser or a member of pg_read_all_stats (pg_monitor). Only numbers leave it:
-- no query text, role, address or application name.
CREATE OR REPLACE FUNCTION public.metrics_pg_health()
RETURNS TABLE (metric text, label text, value double precision)
LANGUAGE sql
STABLE
SECURITY DEFINER
SET search_path = ''
AS $$
  SELECT m.metric, t.name, m.value
    FROM (SELECT CASE WHEN s.schemaname = 'public' THEN s.relname::text
                      ELSE s.schemaname || '.' || s.relname END AS name,
                 s.n_dead_tup, s.n_live_tup,
                 greatest(s.last_vacuum, s.last_autovacuum) AS vacuumed
            FROM pg_catalog.pg_stat_user_tables s
           WHERE (s.schemaname, s.relname) IN (('public', 'job_queue'), ('dramatiq', 'queue'))) t
   CROSS JOIN LATERAL (VALUES
           ('dead_tuples', t.n_dead_tup::double precision),
           ('live_tuples', t.n_live_tup::double precision),
           ('seconds_since_vacuum', extract(epoch FROM now() - t.vacuumed)::double precision)
         ) AS m (metric, value)
  UNION ALL
  -- Client sessions only: a long transaction of the application holds back vacuum of
  -- the queue tables (autovacuum workers and replication are not the app's doing).
  SELECT 'oldest_xact_age_seconds', NULL,
         coalesce(extract(epoch FROM now() - min(a.xact_start)), 0)::double precision
    FROM pg_catalog.pg_stat_activity a
   WHERE a.datname = current_database()
     AND a.backend_type = 'client backend'
     AND a.pid <> pg_catalog.pg_backend_pid()
     AND a.xact_start IS NOT NULL
$$;
