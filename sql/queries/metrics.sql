-- Named queries of the metrics scrape (pipeline/metrics/ledger_collector.py).

-- name: metrics_scrape_timeout
SELECT set_config('statement_timeout', %(timeout_ms)s, true) AS statement_timeout

-- name: metrics_scrape
-- One round trip for every ledger gauge: rows of (metric, lane, label, value).
-- The lane counts read the pending/processing rows through their partial indexes, as
-- refresh_queue_lane_stats does every few seconds; the dead letter through its own.
WITH counted AS (
  SELECT q.job_lane AS lane,
         count(*) FILTER (WHERE q.status = 'pending' AND q.scheduled_at <= now()) AS due,
         count(*) FILTER (WHERE q.status = 'pending' AND q.scheduled_at > now()) AS later,
         count(*) FILTER (WHERE q.status = 'processing') AS running,
         min(q.scheduled_at) FILTER (WHERE q.status = 'pending' AND q.scheduled_at <= now())
           AS oldest
    FROM public.job_queue q
   WHERE q.status IN ('pending', 'processing')
   GROUP BY q.job_lane
), dead AS (
  SELECT q.job_lane AS lane, q.last_error AS code, count(*) AS n
    FROM public.job_queue q
   WHERE q.status = 'failed' AND q.dead_letter_at IS NOT NULL
   GROUP BY q.job_lane, q.last_error
), lanes AS (
  SELECT s.stage AS lane,
         coalesce(c.due, 0) AS due,
         coalesce(c.later, 0) AS later,
         coalesce(c.running, 0) AS running,
         coalesce(extract(epoch FROM now() - c.oldest), 0) AS oldest_age,
         coalesce((SELECT sum(d.n) FROM dead d WHERE d.lane = s.stage), 0) AS dead
    FROM public.pipeline_stages s
    LEFT JOIN counted c ON c.lane = s.stage
)
SELECT 'queue_depth' AS metric, l.lane, NULL::text AS label, l.due::double precision AS value
  FROM lanes l
UNION ALL
SELECT 'queue_scheduled', l.lane, NULL, l.later FROM lanes l
UNION ALL
SELECT 'queue_oldest_age_seconds', l.lane, NULL, l.oldest_age FROM lanes l
UNION ALL
SELECT 'jobs_in_flight', l.lane, NULL, l.running FROM lanes l
UNION ALL
SELECT 'dead_letter_jobs', l.lane, NULL, l.dead FROM lanes l
UNION ALL
SELECT 'dead_letter_jobs_by_code', d.lane, coalesce(d.code, 'unknown'), d.n FROM dead d
UNION ALL
SELECT 'pg_' || h.metric, NULL, h.label, h.value FROM public.metrics_pg_health() h
