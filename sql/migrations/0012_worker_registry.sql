-- Live worker processes. Each holds a session advisory lock for its lifetime on a
-- dedicated connection; when the process dies, Postgres drops the connection and
-- the lock with it, so the reaper can rescue that worker's jobs at once instead
-- of waiting for their leases to run out.
CREATE TABLE public.worker_registry (
  worker_id text PRIMARY KEY,
  lock_key integer NOT NULL,
  hostname text,
  pid integer,
  queues text[] NOT NULL DEFAULT '{}',
  started_at timestamptz NOT NULL DEFAULT now()
);
