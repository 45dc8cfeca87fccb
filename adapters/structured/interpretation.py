"""HL7 v3 ObservationInterpretation codes (used by C-CDA and by FHIR R4's
``Observation.interpretation``) mapped to the schema's lab flags."""

from __future__ import annotations

from pipeline.clinical.schema import LabFlag

INTERPRETATION_FLAGS: dict[str, LabFlag] = {
    "N": "normal",
    "H": "high",
    "L": "low",
    "HH": "critical",
    "LL": "critical",
    "HU": "critical",
    "LU": "critical",
    "A": "abnormal",
    "AA": "critical",
}
