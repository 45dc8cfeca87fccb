-- Profiles (the data subjects, "patients") and who else may see them:
-- delegated grants and consented providers.

-- auth.users is the account holder; a user_profiles row is a patient the account
-- manages (self, child, dependent, pet). The self profile uses id = auth user id.
CREATE TABLE public.user_profiles (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  account_owner_id uuid NOT NULL REFERENCES auth.users (id) ON DELETE CASCADE,
  profile_type text NOT NULL DEFAULT 'self'
    CHECK (profile_type IN ('self', 'child', 'pet', 'dependent')),
  profile_status text NOT NULL DEFAULT 'active'
    CHECK (profile_status IN ('active', 'inactive', 'pending_transfer')),
  display_name text NOT NULL,
  full_name text,
  date_of_birth date,
  relationship public.profile_relationship_type NOT NULL DEFAULT 'self',
  auth_level public.access_level_type NOT NULL DEFAULT 'read_write',
  archived boolean NOT NULL DEFAULT false,
  archived_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX user_profiles_owner_idx ON public.user_profiles (account_owner_id)
  WHERE NOT archived;

-- A grant of access to a profile for another account. Only someone who may
-- manage the profile creates, changes or revokes it (never the grantee).
CREATE TABLE public.profile_access_permissions (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  profile_id uuid NOT NULL REFERENCES public.user_profiles (id) ON DELETE CASCADE,
  user_id uuid NOT NULL REFERENCES auth.users (id) ON DELETE CASCADE,
  permission_level public.access_level_type NOT NULL
    CHECK (permission_level NOT IN ('none', 'owner')),
  can_upload_files boolean NOT NULL DEFAULT false,
  can_view_files boolean NOT NULL DEFAULT true,
  can_edit_medical_data boolean NOT NULL DEFAULT false,
  can_share_data boolean NOT NULL DEFAULT false,
  can_manage_permissions boolean NOT NULL DEFAULT false,
  access_start_date timestamptz NOT NULL DEFAULT now(),
  access_end_date timestamptz,
  granted_by uuid REFERENCES auth.users (id) ON DELETE SET NULL,
  granted_at timestamptz NOT NULL DEFAULT now(),
  revoked_at timestamptz,
  revoke_reason text,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (profile_id, user_id),
  CHECK (access_end_date IS NULL OR access_end_date > access_start_date)
);

CREATE INDEX profile_access_permissions_user_idx
  ON public.profile_access_permissions (user_id) WHERE revoked_at IS NULL;

CREATE TABLE public.provider_registry (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  user_id uuid UNIQUE REFERENCES auth.users (id) ON DELETE SET NULL,
  provider_name text NOT NULL,
  organization_name text,
  verification_status text NOT NULL DEFAULT 'pending' CHECK (verification_status IN (
    'pending', 'credential_verified', 'full_verified', 'suspended', 'rejected'
  )),
  active boolean NOT NULL DEFAULT true,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);

-- A provider's access to one patient. It counts only while the patient's consent
-- is given and the relationship is active and inside its dates.
CREATE TABLE public.patient_provider_access (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  patient_id uuid NOT NULL REFERENCES public.user_profiles (id) ON DELETE CASCADE,
  provider_id uuid NOT NULL REFERENCES public.provider_registry (id) ON DELETE CASCADE,
  access_type text NOT NULL DEFAULT 'primary_care' CHECK (access_type IN (
    'primary_care', 'specialist_referral', 'emergency_care', 'locum_coverage',
    'multidisciplinary_team', 'consultation_only', 'second_opinion', 'care_coordination'
  )),
  permission_level text NOT NULL DEFAULT 'read_only' CHECK (permission_level IN (
    'read_only', 'read_write', 'full_access', 'emergency_only', 'restricted_access'
  )),
  relationship_status text NOT NULL DEFAULT 'active' CHECK (relationship_status IN (
    'active', 'inactive', 'suspended', 'transferred', 'completed'
  )),
  patient_consent_given boolean NOT NULL DEFAULT false,
  consent_date timestamptz,
  consent_method text,
  access_start_date timestamptz NOT NULL DEFAULT now(),
  access_end_date timestamptz,
  granted_by uuid REFERENCES auth.users (id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (patient_id, provider_id)
);

CREATE INDEX patient_provider_access_provider_idx
  ON public.patient_provider_access (provider_id) WHERE relationship_status = 'active';
