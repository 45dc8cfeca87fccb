-- Queue depth per lane, refreshed every few seconds by the maintenance leader.
-- Intake reads one row here instead of counting the backlog on every upload.
CREATE TABLE public.queue_lane_stats (
  job_lane text PRIMARY KEY,
  pending_due integer NOT NULL,
  pending_total integer NOT NULL,
  processing integer NOT NULL,
  oldest_due_at timestamptz,
  measured_at timestamptz NOT NULL DEFAULT now()
);
