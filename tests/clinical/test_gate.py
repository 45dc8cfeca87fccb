"""The validity gate with the real vocabulary, on rows read from realistic documents.

The examples are my own development set: lines as they appear in GP letters, lab
reports, pharmacy lists, discharge summaries and immunisation records from the US,
UK, Australia, Canada, New Zealand, Ireland and India. Each row is what a rule-based
or LLM extractor could plausibly produce from such a line, right or wrong.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from adapters.extractors.vocabulary import LexiconVocabulary
from pipeline.clinical.gate import REVIEW_CONFIDENCE_CAP, ValidityGate, is_current
from pipeline.clinical.schema import (
    Allergy,
    ClinicalExtraction,
    Condition,
    Immunization,
    LabObservation,
    Medication,
    SourceRef,
    Vital,
)

SRC = SourceRef(page=1, bbox=(0.1, 0.2, 0.9, 0.25))
TODAY = date(2026, 6, 1)
KEEP, REVIEW, DROP = "keep", "review", "drop"


@pytest.fixture(scope="module")
def gate() -> ValidityGate:
    return ValidityGate(LexiconVocabulary(), today=TODAY)


def verdict(row: Any) -> tuple[str, str | None]:
    if row is None:
        return DROP, None
    return (REVIEW, row.review_reason) if row.requires_review else (KEEP, None)


# -- allergies --------------------------------------------------------------------------

ALLERGENS_CONFIRMED = [
    "Penicillin",  # US/UK/AU allergy lists
    "Co-trimoxazole",  # UK
    "Sulfonamides",
    "Sulfa",  # US "sulfa drugs"
    "NSAIDs",
    "Codeine phosphate",
    "Augmentin",  # a brand (AU/UK/IN)
    "Amoxil",
    "Latex",
    "Peanuts",
    "Tree nuts",
    "Shellfish",
    "Bee stings",
    "Jack jumper ant",  # Australia
    "IV contrast",
    "Iodinated contrast",
    "Elastoplast",  # adhesive plasters (UK/AU/NZ)
    "Chlorhexidine",
    "Kiwi fruit",  # NZ
    "House dust mite",
    "Morphine",
    "Ciprofloxacin",
]

NOT_ALLERGENS = [
    "Recent blood results",  # a heading of the letter
    "Yours sincerely",
    "Kind regards",
    "Dr Sarah Mitchell",  # the GP who signed
    "Sarah Mitchell",
    "Mr R. Gupta",
    "General Practitioner",
    "Consultant Physician",
    "MBBS FRACGP",
    "Haemoglobin 135 g/L",  # result lines under a heading not closed
    "HbA1c 58 mmol/mol",
    "eGFR >90",
    "Creatinine",
    "Nil known",
    "NKDA",
    "No known drug allergies",
    "Not on file",
    "Please continue current medications and review in 3 months",
    "Dictated but not read",
    "Investigations:",
]


@pytest.mark.parametrize("substance", ALLERGENS_CONFIRMED)
def test_a_known_allergen_is_confirmed(gate: ValidityGate, substance: str) -> None:
    row = gate.allergy(Allergy(substance=substance, confidence=0.85, source=SRC))
    assert verdict(row) == (KEEP, None)
    assert row is not None and row.confidence == 0.85  # a confirmed row keeps its confidence


@pytest.mark.parametrize("substance", NOT_ALLERGENS)
def test_what_is_not_an_allergen_is_dropped(gate: ValidityGate, substance: str) -> None:
    assert gate.allergy(Allergy(substance=substance, confidence=0.85, source=SRC)) is None


# (fluorescein, once here, is found since 2.27.0: a generic other languages spell as it sounds)
@pytest.mark.parametrize("substance", ["Tattoo ink", "Grapefruit", "Hair bleach"])
def test_an_unknown_allergen_shaped_phrase_is_kept_for_review(
    gate: ValidityGate, substance: str
) -> None:
    row = gate.allergy(Allergy(substance=substance, confidence=0.85, source=SRC))
    assert verdict(row) == (REVIEW, "unknown_allergen")
    assert row is not None and row.confidence == REVIEW_CONFIDENCE_CAP


def test_a_negated_allergy_is_kept_as_an_attribute_and_is_not_current(
    gate: ValidityGate,
) -> None:
    """A ticked No box ("Latex allergy: [ ] Yes [X] No"): kept, negated, never current."""
    row = gate.allergy(Allergy(substance="Latex", assertion="negated", source=SRC))
    assert row is not None and row.assertion == "negated" and not row.requires_review
    assert not is_current(row)


# -- conditions -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "code"),
    [("Type 2 diabetes", "E11.9"), ("Hypertension", "I10"), ("Atrial fibrillation", "I48.91")],
)
def test_a_known_condition_is_confirmed_and_coded(gate: ValidityGate, name: str, code: str) -> None:
    row = gate.condition(Condition(name=name, source=SRC))
    assert verdict(row) == (KEEP, None)
    assert row is not None and row.icd10_code == code


def test_an_extractor_s_well_formed_code_is_kept(gate: ValidityGate) -> None:
    row = gate.condition(Condition(name="Hashimoto thyroiditis", icd10_code="E06.3", source=SRC))
    assert verdict(row) == (KEEP, None)


@pytest.mark.parametrize(
    "name", ["Bilateral knee osteoarthritis", "Benign paroxysmal positional vertigo"]
)
def test_an_uncoded_condition_of_the_right_shape_is_reviewed(gate: ValidityGate, name: str) -> None:
    assert verdict(gate.condition(Condition(name=name, source=SRC))) == (
        REVIEW,
        "uncoded_condition",
    )


@pytest.mark.parametrize(
    "name",
    [
        "Please arrange follow-up in 3 months",
        "Results",
        "Metformin",  # a drug under a problem heading
        "123",
        "Dr A. Khan",
        "No history of diabetes",  # the text of a negation, not a name
        "Care Teams",  # an EHR section title the extractor did not close on
    ],
)
def test_what_is_not_a_condition_is_dropped(gate: ValidityGate, name: str) -> None:
    assert gate.condition(Condition(name=name, source=SRC)) is None


# -- labs -------------------------------------------------------------------------------


def lab(name: str, value: float | None, unit: str | None, text: str | None = None) -> Any:
    return LabObservation(
        test_name=name,
        value_text=text if text is not None else str(value),
        value_numeric=value,
        unit=unit,
        confidence=0.9,
        source=SRC,
    )


@pytest.mark.parametrize(
    "row",
    [
        lab("Sodium", 140, "mmol/L"),
        lab("Haemoglobin", 135, "g/L"),  # UK/AU/NZ units
        lab("Hemoglobin", 13.5, "g/dL"),  # US units
        lab("HbA1c", 58, "mmol/mol"),  # IFCC (UK)
        lab("HbA1c", 7.5, "%"),  # NGSP (US, India)
        lab("Creatinine", 88, "µmol/L"),
        lab("INR", 2.3, None),  # INR has no unit
        lab("TSH", 2.1, "mIU/L"),
    ],
)
def test_a_known_analyte_with_a_plausible_value_is_confirmed(gate: ValidityGate, row: Any) -> None:
    assert verdict(gate.lab(row)) == (KEEP, None)


@pytest.mark.parametrize(
    ("row", "reason"),
    [
        (lab("Potassium", 45, "mmol/L"), "implausible_value"),  # 4.5 with a lost point
        (lab("Sodium", 1400, "mmol/L"), "implausible_value"),
        (lab("Glucose", 5.4, None), "missing_unit"),
        (lab("Blorbium", 3.1, "mmol/L"), "unknown_analyte"),
        (lab("Sodium", None, None, text="see comment"), "implausible_value"),
        (lab("Calcium", 500, "mg"), "dose_not_result"),  # a dose's strength, no result
    ],
)
def test_a_doubtful_lab_is_reviewed(gate: ValidityGate, row: Any, reason: str) -> None:
    assert verdict(gate.lab(row)) == (REVIEW, reason)


def test_the_extractor_s_known_code_names_the_specimen(gate: ValidityGate) -> None:
    """A urine creatinine keeps its urine code: serum bounds do not apply to it."""
    row = lab("Urine creatinine", 8.1, "mmol/L").model_copy(update={"loinc_code": "2161-8"})
    assert verdict(gate.lab(row)) == (KEEP, None)
    vldl = lab("VLDL cholesterol", 0.6, "mmol/L")
    assert verdict(gate.lab(vldl)) == (KEEP, None)


def test_a_qualitative_result_needs_no_unit(gate: ValidityGate) -> None:
    assert verdict(gate.lab(lab("CRP", None, None, text="Negative"))) == (KEEP, None)


def test_a_lab_named_by_a_person_is_dropped(gate: ValidityGate) -> None:
    assert gate.lab(lab("Yours sincerely", 1, "mmol/L")) is None


# -- medications ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "name",
    [
        "Lipitor",  # brand -> atorvastatin (drug NER)
        "Nexium",
        "Ventolin",
        "Fostair",  # UK combination inhaler
        "EpiPen",
        "Panadol",  # AU/NZ/IE paracetamol
        "Metformin XR",
        "Atorvastatin calcium",
        "Thyroxine",
        "Eltroxin",  # NZ/IE/IN levothyroxine
        "Ramipril",
        "Mounjaro",
    ],
)
def test_a_known_drug_is_confirmed(gate: ValidityGate, name: str) -> None:
    assert verdict(gate.medication(Medication(name=name, source=SRC))) == (KEEP, None)


def test_an_unknown_drug_is_reviewed(gate: ValidityGate) -> None:
    row = gate.medication(Medication(name="Blorbazine", dose="10", unit="mg", source=SRC))
    assert verdict(row) == (REVIEW, "unknown_drug")


@pytest.mark.parametrize("name", ["Current medications", "HbA1c", "eGFR", "Yours sincerely"])
def test_what_is_not_a_drug_is_dropped(gate: ValidityGate, name: str) -> None:
    assert gate.medication(Medication(name=name, dose="58", unit="mmol", source=SRC)) is None


def test_a_concentration_is_not_a_dose(gate: ValidityGate) -> None:
    """The strength in "Insulin glargine 100 units/mL, inject 22 units" is not a dose."""
    row = gate.medication(
        Medication(name="Insulin glargine", dose="100", unit="units/mL", source=SRC)
    )
    assert verdict(row) == (REVIEW, "concentration_not_dose")
    assert row is not None and (row.dose, row.unit) == (None, None)


def test_a_stopped_drug_is_kept_but_never_current(gate: ValidityGate) -> None:
    row = gate.medication(Medication(name="Simvastatin", status="stopped", source=SRC))
    assert row is not None and row.status == "stopped" and not row.requires_review
    assert not is_current(row)


# -- immunizations ----------------------------------------------------------------------


def test_a_known_vaccine_is_confirmed(gate: ValidityGate) -> None:
    row = gate.immunization(
        Immunization(vaccine="Boostrix", administered_on=date(2021, 6, 3), source=SRC)
    )
    assert verdict(row) == (KEEP, None)


def test_a_future_date_is_reviewed(gate: ValidityGate) -> None:
    """A health-maintenance line "Zoster ... due 2050" read as given."""
    row = gate.immunization(
        Immunization(vaccine="Shingrix", administered_on=date(2050, 1, 1), source=SRC)
    )
    assert verdict(row) == (REVIEW, "future_date")


def test_a_due_vaccine_is_kept_but_never_current(gate: ValidityGate) -> None:
    row = gate.immunization(Immunization(vaccine="Influenza", status="due", source=SRC))
    assert row is not None and row.status == "due"
    assert not is_current(row)


def test_an_unknown_vaccine_is_reviewed_and_a_heading_dropped(gate: ValidityGate) -> None:
    unknown = gate.immunization(Immunization(vaccine="Qdenga", source=SRC))
    assert verdict(unknown) == (REVIEW, "unknown_vaccine")
    assert gate.immunization(Immunization(vaccine="Immunisation history", source=SRC)) is None


# -- vitals -----------------------------------------------------------------------------


def vital(kind: Any, value: float, second: float | None = None, unit: str | None = None) -> Any:
    return Vital(
        kind=kind,
        value_text=str(value),
        value_numeric=value,
        value_secondary=second,
        unit=unit,
        source=SRC,
    )


@pytest.mark.parametrize(
    "row",
    [
        vital("blood_pressure", 128, 82, "mmHg"),
        vital("temperature", 37.1, unit="C"),
        vital("temperature", 98.6, unit="F"),  # US
        vital("weight", 72, unit="kg"),
        vital("weight", 158, unit="lb"),
        vital("height", 170, unit="cm"),
        vital("oxygen_saturation", 97, unit="%"),
    ],
)
def test_a_plausible_vital_is_kept(gate: ValidityGate, row: Any) -> None:
    assert verdict(gate.vital(row)) == (KEEP, None)


@pytest.mark.parametrize(
    "row",
    [
        vital("blood_pressure", 82, 128),  # systolic below diastolic
        vital("blood_pressure", 128, None),
        vital("temperature", 371, unit="C"),  # a lost decimal point
        vital("oxygen_saturation", 197),
        vital("heart_rate", 0),
    ],
)
def test_an_impossible_vital_is_dropped(gate: ValidityGate, row: Any) -> None:
    assert gate.vital(row) is None


# -- the whole extraction ---------------------------------------------------------------


def test_the_gate_on_a_whole_extraction(gate: ValidityGate) -> None:
    """The demo GP letter's rows: six false allergies go, the true one stays."""
    extraction = ClinicalExtraction(
        extractor="offline",
        extractor_version="1",
        allergies=tuple(
            Allergy(substance=s, confidence=0.85, source=SRC)
            for s in (
                "Penicillin",
                "Recent blood results",
                "HbA1c 58 mmol/mol",
                "eGFR 72 mL/min/1.73m2",
                "Yours sincerely",
                "Dr Sarah Mitchell",
                "General Practitioner",
            )
        ),
        medications=(Medication(name="Metformin", dose="500", unit="mg", source=SRC),),
    )
    gated = gate(extraction)
    assert [a.substance for a in gated.allergies] == ["Penicillin"]
    assert gated.medications == extraction.medications
    assert gated.extractor == "offline"


def test_an_extractor_s_own_reason_is_kept_if_it_is_a_code(gate: ValidityGate) -> None:
    coded = Medication(
        name="Metformin", requires_review=True, review_reason="ambiguous_date", source=SRC
    )
    free_text = Medication(
        name="Metformin", requires_review=True, review_reason="The model was unsure", source=SRC
    )
    assert verdict(gate.medication(coded)) == (REVIEW, "ambiguous_date")
    assert verdict(gate.medication(free_text)) == (REVIEW, "unconfirmed")


@pytest.mark.parametrize("name", ["Tdap (Boostrix)", "Boostrix", "Zoster (Shingrix)"])
def test_a_vaccine_named_with_its_trade_name_is_confirmed(gate: ValidityGate, name: str) -> None:
    shot = Immunization(vaccine=name, administered_on=date(2021, 3, 14), source=SRC)
    gated = gate.immunization(shot)
    assert gated is not None and not gated.requires_review, gated


def test_a_vaccine_the_extractor_coded_with_a_known_cvx_is_confirmed(gate: ValidityGate) -> None:
    shot = Immunization(vaccine="Xyzvax", cvx_code="115", source=SRC)
    gated = gate.immunization(shot)
    assert gated is not None and not gated.requires_review, gated
    unknown = gate.immunization(Immunization(vaccine="Xyzvax", cvx_code="9999", source=SRC))
    assert unknown is not None and unknown.review_reason == "unknown_vaccine"
