-- Clinical data: the hub (patient_clinical_events) and its spokes. Every row
-- carries patient_id and shell_file_id: which document said it.

CREATE TABLE public.patient_clinical_events (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  patient_id uuid NOT NULL REFERENCES public.user_profiles (id) ON DELETE CASCADE,
  shell_file_id uuid NOT NULL REFERENCES public.shell_files (id) ON DELETE CASCADE,
  activity_type text NOT NULL CHECK (activity_type IN ('observation', 'intervention')),
  clinical_purposes text[] NOT NULL DEFAULT '{}',
  event_name text NOT NULL,
  event_kind text NOT NULL CHECK (event_kind IN (
    'medication', 'lab', 'vital', 'allergy', 'condition', 'immunization'
  )),
  event_date date,
  loinc_code text,
  snomed_code text,
  icd10_code text,
  cpt_code text,
  performed_by text,
  facility_name text,
  ai_extracted boolean NOT NULL DEFAULT true,
  ai_confidence numeric(4, 3),
  ai_model_version text,
  requires_review boolean NOT NULL DEFAULT false,
  -- Click to source: the page and the box of the line it was read from.
  source_page integer,
  source_bbox jsonb,
  -- Deterministic key of the extracted item: finalize can run twice, write once.
  extraction_item_key text NOT NULL,
  contains_phi boolean NOT NULL DEFAULT true,
  correlation_id text,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  deleted_at timestamptz,
  UNIQUE (id, patient_id),
  UNIQUE (shell_file_id, extraction_item_key)
);

CREATE INDEX patient_clinical_events_patient_idx
  ON public.patient_clinical_events (patient_id, event_kind);

CREATE TABLE public.patient_medications (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  event_id uuid NOT NULL,
  patient_id uuid NOT NULL,
  shell_file_id uuid NOT NULL REFERENCES public.shell_files (id) ON DELETE CASCADE,
  medication_name text NOT NULL,
  dose_amount text,
  dose_unit text,
  route text,
  frequency text,
  rxnorm_code text,
  status text NOT NULL DEFAULT 'active',
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  FOREIGN KEY (event_id, patient_id)
    REFERENCES public.patient_clinical_events (id, patient_id) ON DELETE CASCADE
);

-- Lab results and other measured observations.
CREATE TABLE public.patient_observations (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  event_id uuid NOT NULL,
  patient_id uuid NOT NULL,
  shell_file_id uuid NOT NULL REFERENCES public.shell_files (id) ON DELETE CASCADE,
  observation_type text NOT NULL DEFAULT 'lab',
  test_name text NOT NULL,
  loinc_code text,
  value_text text NOT NULL,
  value_numeric numeric,
  unit text,
  reference_range_low numeric,
  reference_range_high numeric,
  reference_range_text text,
  interpretation text CHECK (interpretation IN ('normal', 'high', 'low', 'critical', 'abnormal')),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  FOREIGN KEY (event_id, patient_id)
    REFERENCES public.patient_clinical_events (id, patient_id) ON DELETE CASCADE
);

CREATE TABLE public.patient_vitals (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  event_id uuid NOT NULL,
  patient_id uuid NOT NULL,
  shell_file_id uuid NOT NULL REFERENCES public.shell_files (id) ON DELETE CASCADE,
  vital_type text NOT NULL CHECK (vital_type IN (
    'blood_pressure', 'heart_rate', 'temperature', 'respiratory_rate',
    'oxygen_saturation', 'weight', 'height', 'bmi'
  )),
  measurement_value jsonb NOT NULL,
  value_numeric numeric,
  value_secondary numeric,
  unit text,
  loinc_code text,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  FOREIGN KEY (event_id, patient_id)
    REFERENCES public.patient_clinical_events (id, patient_id) ON DELETE CASCADE
);

CREATE TABLE public.patient_allergies (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  event_id uuid NOT NULL,
  patient_id uuid NOT NULL,
  shell_file_id uuid NOT NULL REFERENCES public.shell_files (id) ON DELETE CASCADE,
  allergen_name text NOT NULL,
  reaction text,
  severity text,
  status text NOT NULL DEFAULT 'active',
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  FOREIGN KEY (event_id, patient_id)
    REFERENCES public.patient_clinical_events (id, patient_id) ON DELETE CASCADE
);

CREATE TABLE public.patient_conditions (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  event_id uuid NOT NULL,
  patient_id uuid NOT NULL,
  shell_file_id uuid NOT NULL REFERENCES public.shell_files (id) ON DELETE CASCADE,
  condition_name text NOT NULL,
  condition_code text,
  condition_system text,
  status text,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  FOREIGN KEY (event_id, patient_id)
    REFERENCES public.patient_clinical_events (id, patient_id) ON DELETE CASCADE
);

CREATE TABLE public.patient_immunizations (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  event_id uuid NOT NULL,
  patient_id uuid NOT NULL,
  shell_file_id uuid NOT NULL REFERENCES public.shell_files (id) ON DELETE CASCADE,
  vaccine_name text NOT NULL,
  cvx_code text,
  dose_number integer,
  administration_date date,
  lot_number text,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  FOREIGN KEY (event_id, patient_id)
    REFERENCES public.patient_clinical_events (id, patient_id) ON DELETE CASCADE
);

CREATE INDEX patient_medications_patient_idx ON public.patient_medications (patient_id);
CREATE INDEX patient_observations_patient_idx ON public.patient_observations (patient_id);
CREATE INDEX patient_vitals_patient_idx ON public.patient_vitals (patient_id);
CREATE INDEX patient_allergies_patient_idx ON public.patient_allergies (patient_id);
CREATE INDEX patient_conditions_patient_idx ON public.patient_conditions (patient_id);
CREATE INDEX patient_immunizations_patient_idx ON public.patient_immunizations (patient_id);
CREATE INDEX patient_medications_event_idx ON public.patient_medications (event_id);
CREATE INDEX patient_observations_event_idx ON public.patient_observations (event_id);
CREATE INDEX patient_vitals_event_idx ON public.patient_vitals (event_id);
CREATE INDEX patient_allergies_event_idx ON public.patient_allergies (event_id);
CREATE INDEX patient_conditions_event_idx ON public.patient_conditions (event_id);
CREATE INDEX patient_immunizations_event_idx ON public.patient_immunizations (event_id);
