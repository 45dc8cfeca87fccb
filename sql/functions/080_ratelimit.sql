-- Vendor quota storage (adapters/ratelimit): the functions over the ratelimit_* tables
-- of migration 0010. Every write happens inside one function call, so one hit is one
-- round trip and one transaction. Clocks are the database server's (clock_timestamp()
-- taken after the row lock), so many worker hosts agree on time. The write functions
-- commit asynchronously (synchronous_commit off for their own transaction only): a
-- database crash may lose the last fraction of a second of counts, which a rate limiter
-- can afford, and a hit does not wait for a WAL flush (about 3x faster).

-- Fixed window: add `amount`, starting a new window when the old one has expired.
CREATE OR REPLACE FUNCTION public.ratelimit_incr(p_key text, p_expiry double precision, p_amount bigint)
RETURNS bigint
LANGUAGE plpgsql
SET search_path = ''
AS $$
DECLARE
    v_now   timestamptz := clock_timestamp();
    v_count bigint;
BEGIN
    PERFORM set_config('synchronous_commit', 'off', true);
    INSERT INTO public.ratelimit_counters AS c (key, count, expires_at)
    VALUES (p_key, p_amount, v_now + make_interval(secs => p_expiry))
    ON CONFLICT (key) DO UPDATE SET
        count = CASE WHEN c.expires_at <= clock_timestamp() THEN excluded.count
                     ELSE c.count + excluded.count END,
        expires_at = CASE WHEN c.expires_at <= clock_timestamp() THEN excluded.expires_at
                          ELSE c.expires_at END
    RETURNING c.count INTO v_count;
    RETURN v_count;
END;
$$;

-- Sliding window counter, same arithmetic as limits' MemoryStorage: the previous window
-- weighs (1 - elapsed fraction of the current one); the entry is refused, and nothing is
-- written, when floor(previous * weight) + current + amount > limit.
CREATE OR REPLACE FUNCTION public.ratelimit_sliding_acquire(
    p_key text, p_limit bigint, p_expiry double precision, p_amount bigint
)
RETURNS boolean
LANGUAGE plpgsql
SET search_path = ''
AS $$
DECLARE
    v_row     public.ratelimit_sliding_windows%ROWTYPE;
    v_now     double precision;
    v_index   bigint;
    v_weight  double precision;
    v_prev    bigint;
    v_cur     bigint;
BEGIN
    PERFORM set_config('synchronous_commit', 'off', true);
    IF p_amount > p_limit THEN
        RETURN false;
    END IF;
    SELECT * INTO v_row FROM public.ratelimit_sliding_windows WHERE key = p_key FOR UPDATE;
    IF NOT FOUND THEN
        v_now := extract(epoch FROM clock_timestamp());
        v_index := floor(v_now / p_expiry)::bigint;
        INSERT INTO public.ratelimit_sliding_windows AS s
            (key, window_index, previous_count, current_count, expires_at)
        VALUES (p_key, v_index, 0, p_amount, to_timestamp((v_index + 2) * p_expiry))
        ON CONFLICT (key) DO NOTHING;
        IF FOUND THEN
            RETURN true;
        END IF;
        -- someone created the row meanwhile: take the locked path
        SELECT * INTO v_row FROM public.ratelimit_sliding_windows WHERE key = p_key FOR UPDATE;
    END IF;
    -- read the clock only once the row is ours, so the window index never goes backwards
    v_now := extract(epoch FROM clock_timestamp());
    v_index := greatest(floor(v_now / p_expiry)::bigint, v_row.window_index);
    v_weight := greatest(0.0, 1.0 - (v_now / p_expiry - v_index));
    IF v_row.window_index = v_index THEN
        v_prev := v_row.previous_count;
        v_cur := v_row.current_count;
    ELSIF v_row.window_index = v_index - 1 THEN
        v_prev := v_row.current_count;
        v_cur := 0;
    ELSE
        v_prev := 0;
        v_cur := 0;
    END IF;
    IF floor(v_prev * v_weight) + v_cur + p_amount > p_limit THEN
        RETURN false;
    END IF;
    UPDATE public.ratelimit_sliding_windows
       SET window_index = v_index,
           previous_count = v_prev,
           current_count = v_cur + p_amount,
           expires_at = to_timestamp((v_index + 2) * p_expiry)
     WHERE key = p_key;
    RETURN true;
END;
$$;

-- (previous count, previous ttl, current count, current ttl) as limits'
-- SlidingWindowCounterSupport.get_sliding_window returns them.
CREATE OR REPLACE FUNCTION public.ratelimit_sliding_get(p_key text, p_expiry double precision)
RETURNS TABLE (
    previous_count bigint, previous_ttl double precision,
    current_count bigint, current_ttl double precision
)
LANGUAGE sql
SET search_path = ''
AS $$
    WITH clock AS (
        SELECT v_now, floor(v_now / p_expiry)::bigint AS v_index
          FROM (SELECT extract(epoch FROM clock_timestamp())::double precision AS v_now) t
    ), state AS (
        SELECT CASE WHEN s.window_index >= c.v_index THEN s.previous_count
                    WHEN s.window_index = c.v_index - 1 THEN s.current_count
                    ELSE 0 END AS prev,
               CASE WHEN s.window_index >= c.v_index THEN s.current_count ELSE 0 END AS cur
          FROM clock c
          LEFT JOIN public.ratelimit_sliding_windows s ON s.key = p_key
    )
    SELECT coalesce(st.prev, 0)::bigint,
           CASE WHEN coalesce(st.prev, 0) = 0 THEN 0.0
                ELSE (1.0 - (c.v_now / p_expiry - c.v_index)) * p_expiry END,
           coalesce(st.cur, 0)::bigint,
           (1.0 - (c.v_now / p_expiry - c.v_index)) * p_expiry + p_expiry
      FROM clock c, state st
$$;

-- GCRA over several keys at once, all or nothing. The call starts at
-- S = max(now, tat of every key); keys with a positive increment move to S + increment,
-- keys with increment 0 are read-only barriers (e.g. a 429 block). Refused (nothing
-- written) when S - now > p_max_wait. Returns the wait S - now either way.
CREATE OR REPLACE FUNCTION public.ratelimit_gcra_reserve(
    p_keys text[], p_increments double precision[], p_max_wait double precision,
    OUT granted boolean, OUT wait_seconds double precision
)
LANGUAGE plpgsql
SET search_path = ''
AS $$
DECLARE
    v_now    timestamptz;
    v_start  timestamptz;
    v_rows   integer;
BEGIN
    PERFORM set_config('synchronous_commit', 'off', true);
    -- lock the keys' rows in key order (no deadlocks) and read the latest TAT
    SELECT count(*), max(l.tat) INTO v_rows, v_start
      FROM (SELECT g.tat FROM public.ratelimit_gcra g WHERE g.key = ANY (p_keys)
             ORDER BY g.key FOR UPDATE) l;
    IF v_rows < cardinality(p_keys) THEN
        -- first use of a key: create its row, then lock them all again
        INSERT INTO public.ratelimit_gcra (key, tat, expires_at)
        SELECT k, '-infinity', '-infinity' FROM unnest(p_keys) AS k
        ON CONFLICT (key) DO NOTHING;
        SELECT max(l.tat) INTO v_start
          FROM (SELECT g.tat FROM public.ratelimit_gcra g WHERE g.key = ANY (p_keys)
                 ORDER BY g.key FOR UPDATE) l;
    END IF;
    v_now := clock_timestamp();  -- after the locks: time never runs backwards per key
    v_start := greatest(v_now, v_start);
    wait_seconds := extract(epoch FROM v_start - v_now);
    IF wait_seconds > p_max_wait THEN
        granted := false;
        RETURN;
    END IF;
    UPDATE public.ratelimit_gcra g
       SET tat = v_start + make_interval(secs => i.inc),
           expires_at = v_start + make_interval(secs => i.inc)
      FROM unnest(p_keys, p_increments) AS i (k, inc)
     WHERE g.key = i.k AND i.inc > 0;
    granted := true;
END;
$$;

-- Push a key's TAT to at least now + p_seconds (a vendor said "wait"); returns the TAT.
CREATE OR REPLACE FUNCTION public.ratelimit_gcra_block(p_key text, p_seconds double precision)
RETURNS timestamptz
LANGUAGE plpgsql
SET search_path = ''
AS $$
DECLARE
    v_until timestamptz := clock_timestamp() + make_interval(secs => p_seconds);
    v_tat   timestamptz;
BEGIN
    PERFORM set_config('synchronous_commit', 'off', true);
    INSERT INTO public.ratelimit_gcra AS g (key, tat, expires_at) VALUES (p_key, v_until, v_until)
    ON CONFLICT (key) DO UPDATE
        SET tat = greatest(g.tat, excluded.tat),
            expires_at = greatest(g.expires_at, excluded.expires_at)
    RETURNING g.tat INTO v_tat;
    RETURN v_tat;
END;
$$;

-- Leased slots: at most p_limit live leases per resource. Re-acquiring an own live lease
-- renews it. When full, retry_in says when the earliest lease ends.
CREATE OR REPLACE FUNCTION public.ratelimit_slot_acquire(
    p_resource text, p_holder text, p_limit integer, p_lease_seconds double precision,
    OUT acquired boolean, OUT retry_in double precision, OUT lease_expires_at timestamptz
)
LANGUAGE plpgsql
SET search_path = ''
AS $$
DECLARE
    v_now    timestamptz;
    v_count  integer;
    v_first  timestamptz;
BEGIN
    PERFORM set_config('synchronous_commit', 'off', true);
    -- one resource at a time (transaction-level lock: fine behind transaction poolers)
    PERFORM pg_advisory_xact_lock(hashtextextended('ratelimit_slots/' || p_resource, 0));
    v_now := clock_timestamp();
    lease_expires_at := v_now + make_interval(secs => p_lease_seconds);
    retry_in := 0;
    DELETE FROM public.ratelimit_slots s WHERE s.resource = p_resource AND s.lease_expires_at <= v_now;
    UPDATE public.ratelimit_slots s SET lease_expires_at = ratelimit_slot_acquire.lease_expires_at
     WHERE s.resource = p_resource AND s.holder = p_holder;
    IF FOUND THEN
        acquired := true;
        RETURN;
    END IF;
    SELECT count(*), min(s.lease_expires_at) INTO v_count, v_first
      FROM public.ratelimit_slots s WHERE s.resource = p_resource;
    IF v_count >= p_limit THEN
        acquired := false;
        retry_in := greatest(0.0, extract(epoch FROM v_first - v_now));
        lease_expires_at := NULL;
        RETURN;
    END IF;
    INSERT INTO public.ratelimit_slots (resource, holder, lease_expires_at)
    VALUES (p_resource, p_holder, ratelimit_slot_acquire.lease_expires_at);
    acquired := true;
END;
$$;

-- Extend a live lease; NULL when the lease has already expired (the slot may be gone).
CREATE OR REPLACE FUNCTION public.ratelimit_slot_renew(
    p_resource text, p_holder text, p_lease_seconds double precision
)
RETURNS timestamptz
LANGUAGE plpgsql
SET search_path = ''
AS $$
DECLARE
    v_until timestamptz;
BEGIN
    PERFORM set_config('synchronous_commit', 'off', true);
    UPDATE public.ratelimit_slots
       SET lease_expires_at = clock_timestamp() + make_interval(secs => p_lease_seconds)
     WHERE resource = p_resource AND holder = p_holder AND lease_expires_at > clock_timestamp()
    RETURNING lease_expires_at INTO v_until;
    RETURN v_until;
END;
$$;

-- Give a slot back; returns whether the holder had one.
CREATE OR REPLACE FUNCTION public.ratelimit_slot_release(p_resource text, p_holder text)
RETURNS boolean
LANGUAGE plpgsql
SET search_path = ''
AS $$
BEGIN
    PERFORM set_config('synchronous_commit', 'off', true);
    DELETE FROM public.ratelimit_slots WHERE resource = p_resource AND holder = p_holder;
    RETURN FOUND;
END;
$$;

-- Delete rows nobody can need any more; returns how many went.
CREATE OR REPLACE FUNCTION public.ratelimit_purge_expired()
RETURNS bigint
LANGUAGE plpgsql
SET search_path = ''
AS $$
DECLARE
    v_now    timestamptz := clock_timestamp();
    v_total  bigint := 0;
    v_n      bigint;
BEGIN
    PERFORM set_config('synchronous_commit', 'off', true);
    DELETE FROM public.ratelimit_counters WHERE expires_at <= v_now;
    GET DIAGNOSTICS v_n = ROW_COUNT;
    v_total := v_total + v_n;
    DELETE FROM public.ratelimit_sliding_windows WHERE expires_at <= v_now;
    GET DIAGNOSTICS v_n = ROW_COUNT;
    v_total := v_total + v_n;
    DELETE FROM public.ratelimit_gcra WHERE expires_at <= v_now;
    GET DIAGNOSTICS v_n = ROW_COUNT;
    v_total := v_total + v_n;
    DELETE FROM public.ratelimit_slots WHERE lease_expires_at <= v_now;
    GET DIAGNOSTICS v_n = ROW_COUNT;
    RETURN v_total + v_n;
END;
$$;
