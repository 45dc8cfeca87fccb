"""The validated JSON schema of the AI passes.

Every extractor (offline or vendor LLM) returns these models. Each item keeps
its provenance, the page and the box of the line it came from, so the app can
link a clinical fact back to the spot in the document ("click to source").
"""

from __future__ import annotations

from datetime import date
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION = 2

EntityType = Literal[
    "medication",
    "lab",
    "vital",
    "allergy",
    "condition",
    "immunization",
    "date_of_service",
    "provider",
    "facility",
]
LabFlag = Literal["normal", "high", "low", "critical", "abnormal"]
VitalKind = Literal[
    "blood_pressure",
    "heart_rate",
    "temperature",
    "respiratory_rate",
    "oxygen_saturation",
    "weight",
    "height",
    "bmi",
]
#: Where a medication stands, as the document says it (a stopped drug is never "active").
MedicationStatus = Literal["active", "new", "changed", "stopped", "held", "completed"]
#: Whether a finding is asserted of the patient now (ConText's categories): only "present"
#: is a current fact; the rest are kept as attributes and never shown as current.
Assertion = Literal["present", "negated", "historical", "family", "hypothetical"]
#: A vaccine "due" or "planned" was not given; "refused" was declined.
ImmunizationStatus = Literal["given", "due", "planned", "refused"]

DocumentType = Literal[
    "lab_result",
    "prescription",
    "discharge_summary",
    "immunization_record",
    "medical_record",
    "other",
]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class SourceRef(_Model):
    """Where an item was read: 1-based page and the line's box (fractions, top-left origin)."""

    page: int = Field(ge=1)
    bbox: tuple[float, float, float, float]
    line_text_sha256: str | None = None  # lets a UI check the line without storing text twice
    #: Structured records only (no pages or boxes): the C-CDA narrative element id an entry
    #: references (without "#"), or a FHIR resource's "Type/id".
    element_id: str | None = None


class Entity(_Model):
    entity_type: EntityType
    text: str
    confidence: float = Field(ge=0, le=1)
    source: SourceRef


class EntityDetections(_Model):
    schema_version: int = SCHEMA_VERSION
    extractor: str
    extractor_version: str
    entities: tuple[Entity, ...] = ()


class _Reviewable(_Model):
    """Fields every clinical item has: the validity gate (pipeline/clinical/gate.py)
    sets ``requires_review`` with a machine ``review_reason`` when a row is likely
    clinical but not certain enough to be written as confirmed."""

    requires_review: bool = False
    review_reason: str | None = None


class Medication(_Reviewable):
    name: str
    dose: str | None = None
    unit: str | None = None
    route: str | None = None
    frequency: str | None = None
    rxnorm_code: str | None = None
    status: MedicationStatus = "active"
    confidence: float = Field(default=1.0, ge=0, le=1)
    source: SourceRef


class LabObservation(_Reviewable):
    test_name: str
    loinc_code: str | None = None
    value_text: str
    value_numeric: float | None = None
    unit: str | None = None
    reference_low: float | None = None
    reference_high: float | None = None
    reference_text: str | None = None
    flag: LabFlag | None = None
    observed_on: date | None = None  # the result's own date (a column or row date)
    confidence: float = Field(default=1.0, ge=0, le=1)
    source: SourceRef


class Vital(_Reviewable):
    kind: VitalKind
    value_text: str
    value_numeric: float | None = None
    value_secondary: float | None = None  # diastolic for blood pressure
    unit: str | None = None
    loinc_code: str | None = None
    confidence: float = Field(default=1.0, ge=0, le=1)
    source: SourceRef


class Allergy(_Reviewable):
    substance: str
    reaction: str | None = None
    severity: str | None = None
    assertion: Assertion = "present"
    confidence: float = Field(default=1.0, ge=0, le=1)
    source: SourceRef


class Condition(_Reviewable):
    name: str
    icd10_code: str | None = None
    status: str | None = None  # active | resolved | history
    assertion: Assertion = "present"
    confidence: float = Field(default=1.0, ge=0, le=1)
    source: SourceRef


class Immunization(_Reviewable):
    vaccine: str
    dose_number: int | None = None
    administered_on: date | None = None
    lot_number: str | None = None
    cvx_code: str | None = None
    status: ImmunizationStatus = "given"
    confidence: float = Field(default=1.0, ge=0, le=1)
    source: SourceRef


class ClinicalExtraction(_Model):
    schema_version: int = SCHEMA_VERSION
    extractor: str
    extractor_version: str
    document_type: DocumentType = "other"
    service_date: date | None = None
    provider_name: str | None = None
    facility_name: str | None = None
    medications: tuple[Medication, ...] = ()
    labs: tuple[LabObservation, ...] = ()
    vitals: tuple[Vital, ...] = ()
    allergies: tuple[Allergy, ...] = ()
    conditions: tuple[Condition, ...] = ()
    immunizations: tuple[Immunization, ...] = ()

    def item_count(self) -> int:
        return (
            len(self.medications)
            + len(self.labs)
            + len(self.vitals)
            + len(self.allergies)
            + len(self.conditions)
            + len(self.immunizations)
        )
