-- Clinical context (issue 10): what the validity gate and the extractors say about a row
-- is stored with it, so a negated, historical, family or planned finding, a stopped
-- drug or a vaccine that is only due is never read back as a current fact.
--
-- The sets are the clinical schema's (pipeline/clinical/schema.py, SCHEMA_VERSION 2).
-- RLS and the audit triggers are per table and unchanged: no new table here.

ALTER TABLE public.patient_clinical_events
  ADD COLUMN assertion text NOT NULL DEFAULT 'present'
    CONSTRAINT patient_clinical_events_assertion_check
    CHECK (assertion IN ('present', 'negated', 'historical', 'family', 'hypothetical')),
  -- A machine code (e.g. 'unknown_allergen'), set when requires_review is; never text
  -- from the document.
  ADD COLUMN review_reason text
    CONSTRAINT patient_clinical_events_review_reason_check
    CHECK (review_reason IS NULL OR review_reason ~ '^[a-z][a-z0-9_]{0,63}$');

ALTER TABLE public.patient_immunizations
  ADD COLUMN status text NOT NULL DEFAULT 'given'
    CONSTRAINT patient_immunizations_status_check
    CHECK (status IN ('given', 'due', 'planned', 'refused'));

-- The result's own date (a column or row date of the report), when it has one.
ALTER TABLE public.patient_observations ADD COLUMN observed_on date;

ALTER TABLE public.patient_medications
  ADD CONSTRAINT patient_medications_status_check
  CHECK (status IN ('active', 'new', 'changed', 'stopped', 'held', 'completed'));

CREATE INDEX patient_clinical_events_current_idx
  ON public.patient_clinical_events (patient_id, event_kind)
  WHERE assertion = 'present' AND NOT requires_review AND deleted_at IS NULL;
