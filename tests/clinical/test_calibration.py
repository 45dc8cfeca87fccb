"""A confirmed row of the offline extractor carries the precision measured for its kind;
review rows stay capped; other extractors keep their own confidence."""

from __future__ import annotations

from datetime import date

import pytest

from adapters.extractors.vocabulary import LexiconVocabulary
from pipeline.clinical.calibration import CALIBRATED
from pipeline.clinical.gate import REVIEW_CONFIDENCE_CAP, ValidityGate
from pipeline.clinical.schema import ClinicalExtraction, LabObservation, Medication, SourceRef

SRC = SourceRef(page=1, bbox=(0.1, 0.2, 0.9, 0.25))


@pytest.fixture(scope="module")
def gate() -> ValidityGate:
    return ValidityGate(LexiconVocabulary(), today=date(2025, 6, 1))


def _extraction(extractor: str) -> ClinicalExtraction:
    return ClinicalExtraction(
        extractor=extractor,
        extractor_version="1",
        medications=(
            Medication(name="Metformin", dose="500", unit="mg", rxnorm_code="6809",
                       confidence=0.9, source=SRC),
            Medication(name="Zqxvrol", dose="5", unit="mg", confidence=0.9, source=SRC),
        ),
        labs=(
            LabObservation(test_name="Sodium", value_text="139", value_numeric=139,
                           unit="mmol/L", loinc_code="2951-2", confidence=0.9, source=SRC),
        ),
    )  # fmt: skip


def test_confirmed_rows_take_the_measured_precision(gate: ValidityGate) -> None:
    gated = gate(_extraction("offline-rules"))
    metformin, unknown = gated.medications
    assert metformin.confidence == CALIBRATED[("medications", True)]
    assert gated.labs[0].confidence == CALIBRATED[("labs", True)]
    assert unknown.requires_review and unknown.confidence <= REVIEW_CONFIDENCE_CAP


def test_an_uncalibrated_extractor_keeps_its_own_confidence(gate: ValidityGate) -> None:
    gated = gate(_extraction("openai-compatible"))
    assert gated.medications[0].confidence == 0.9
    assert gated.labs[0].confidence == 0.9


def test_the_table_never_claims_certainty() -> None:
    assert all(0.5 < value < 1.0 for value in CALIBRATED.values())
