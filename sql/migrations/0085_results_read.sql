-- The hook reads a document's results AS THE CALLER: inside one read-only transaction it
-- switches from service_role to authenticated (set_config('role', ...)) with the caller's
-- verified claims, so row-level security decides what the caller sees.
--
-- Switching role needs the LOGIN role to be a member of authenticated. A login role
-- made as `CREATE ROLE docpipe LOGIN IN ROLE service_role` reaches it through
-- service_role once service_role is a member of authenticated. service_role is
-- NOINHERIT, so it gains no privilege from this: the grant only lets it step DOWN to the
-- client role. Where the migrating role may not grant it (a managed platform whose login
-- role is already a member, such as Supabase's postgres), the migration says so and
-- goes on.
DO $$
BEGIN
  IF NOT pg_has_role('service_role', 'authenticated', 'MEMBER') THEN
    BEGIN
      GRANT authenticated TO service_role;
    EXCEPTION WHEN insufficient_privilege THEN
      RAISE NOTICE 'could not grant authenticated to service_role: give the login role '
                   'membership in authenticated so the hook can read results as the caller';
    END;
  END IF;
END
$$;
