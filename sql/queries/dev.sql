-- Named queries for `docpipe dev` (local, non-production helpers; synthetic people only).

-- name: dev_user_create
-- An auth user, as Supabase Auth would create one (the id is the server's).
INSERT INTO auth.users (id, email)
VALUES (gen_random_uuid(), 'dev-' || substr(md5(random()::text), 1, 12) || '@docpipe.invalid')
RETURNING id

-- name: dev_user_exists
SELECT EXISTS (SELECT 1 FROM auth.users WHERE id = %(user_id)s) AS found

-- name: dev_act_as_user
-- The rest of the transaction runs as this user would from the app: the client role with
-- their claims, so RLS and the profile id guard treat the write as the user's own.
SELECT set_config('role', 'authenticated', true) AS role,
       set_config('request.jwt.claims', %(claims)s, true) AS claims

-- name: dev_profile_create
-- A profile of the signed-in user. The id is minted by the server (user_profiles_id_guard:
-- a self profile gets the user's id, any other a fresh uuid), never chosen here.
INSERT INTO public.user_profiles (account_owner_id, profile_type, relationship, display_name)
VALUES (%(user_id)s, %(profile_type)s, %(relationship)s, %(display_name)s)
RETURNING id
