-- Vendor quota storage tables (migration 0010): service role only. RLS on, no
-- policies for anon/authenticated, EXECUTE revoked from them.

ALTER TABLE public.ratelimit_counters ENABLE ROW LEVEL SECURITY;
ALTER TABLE public.ratelimit_sliding_windows ENABLE ROW LEVEL SECURITY;
ALTER TABLE public.ratelimit_gcra ENABLE ROW LEVEL SECURITY;
ALTER TABLE public.ratelimit_slots ENABLE ROW LEVEL SECURITY;

REVOKE ALL ON TABLE public.ratelimit_counters, public.ratelimit_sliding_windows, public.ratelimit_gcra,
    public.ratelimit_slots FROM PUBLIC, anon, authenticated;
GRANT SELECT, INSERT, UPDATE, DELETE ON TABLE public.ratelimit_counters, public.ratelimit_sliding_windows,
    public.ratelimit_gcra, public.ratelimit_slots TO service_role;

-- Explicit service-role policies, so the tables also work for a service_role without BYPASSRLS.
DROP POLICY IF EXISTS ratelimit_counters_service ON public.ratelimit_counters;
CREATE POLICY ratelimit_counters_service ON public.ratelimit_counters
    FOR ALL TO service_role USING (true) WITH CHECK (true);
DROP POLICY IF EXISTS ratelimit_sliding_windows_service ON public.ratelimit_sliding_windows;
CREATE POLICY ratelimit_sliding_windows_service ON public.ratelimit_sliding_windows
    FOR ALL TO service_role USING (true) WITH CHECK (true);
DROP POLICY IF EXISTS ratelimit_gcra_service ON public.ratelimit_gcra;
CREATE POLICY ratelimit_gcra_service ON public.ratelimit_gcra
    FOR ALL TO service_role USING (true) WITH CHECK (true);
DROP POLICY IF EXISTS ratelimit_slots_service ON public.ratelimit_slots;
CREATE POLICY ratelimit_slots_service ON public.ratelimit_slots
    FOR ALL TO service_role USING (true) WITH CHECK (true);

REVOKE ALL ON FUNCTION
    public.ratelimit_incr(text, double precision, bigint),
    public.ratelimit_sliding_acquire(text, bigint, double precision, bigint),
    public.ratelimit_sliding_get(text, double precision),
    public.ratelimit_gcra_reserve(text[], double precision[], double precision),
    public.ratelimit_gcra_block(text, double precision),
    public.ratelimit_slot_acquire(text, text, integer, double precision),
    public.ratelimit_slot_renew(text, text, double precision),
    public.ratelimit_slot_release(text, text),
    public.ratelimit_purge_expired()
FROM PUBLIC, anon, authenticated;
GRANT EXECUTE ON FUNCTION
    public.ratelimit_incr(text, double precision, bigint),
    public.ratelimit_sliding_acquire(text, bigint, double precision, bigint),
    public.ratelimit_sliding_get(text, double precision),
    public.ratelimit_gcra_reserve(text[], double precision[], double precision),
    public.ratelimit_gcra_block(text, double precision),
    public.ratelimit_slot_acquire(text, text, integer, double precision),
    public.ratelimit_slot_renew(text, text, double precision),
    public.ratelimit_slot_release(text, text),
    public.ratelimit_purge_expired()
TO service_role;
