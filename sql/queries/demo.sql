-- Named queries for `docpipe demo` (synthetic demo account only).

-- name: demo_user_create
INSERT INTO auth.users (id, email) VALUES (%(user_id)s, 'demo@docpipe.invalid')
ON CONFLICT DO NOTHING

-- name: demo_profile_create
INSERT INTO public.user_profiles (id, account_owner_id, display_name)
VALUES (%(user_id)s, %(user_id)s, 'Demo Patient')
ON CONFLICT DO NOTHING

-- name: demo_documents
SELECT * FROM public.shell_files WHERE id = ANY(%(ids)s)

-- name: demo_audit_count
SELECT count(*) AS n FROM public.audit_log
 WHERE patient_id = %(user_id)s AND compliance_category = 'clinical_data'
