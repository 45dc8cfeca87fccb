"""Layouts and wordings that extractor 2.13.0 reads.

Each example is written for its rule, none taken from a held-out set: a phone number whose
prefix names the territory that shares a calling code, a trend table of two tests with
flags, units below the header and a reference row, a cumulative table headed "(admission)"
and "(discharge)", comorbidities headed "Concomitant", and a form's Yes / No questions
whose answers are not on the page.
"""

from __future__ import annotations

import datetime as dt

from adapters.extractors.offline import OfflineClinicalExtractor
from adapters.extractors.offline.issuer_country import country_votes
from pipeline.clinical.schema import ClinicalExtraction
from tests.extractors.conftest import Extract, gated, gated_page, make_cells_page


def _present(extraction: ClinicalExtraction) -> set[str]:
    return {c.name.lower() for c in extraction.conditions if c.assertion == "present"}


def test_a_phone_prefix_names_one_territory_of_a_shared_calling_code() -> None:
    # +1 is the United States, Canada and the Caribbean: only the prefix tells them apart.
    assert country_votes("Tel +1 671 555 0100") == (0, 1)  # Guam writes month first
    assert country_votes("Tel +1 246 555 0100") == (1, 0)  # Barbados writes day first
    assert country_votes("Tel +1 212 555 0100") == (0, 0)  # New York or Toronto: no vote


def test_a_vaccine_card_from_a_us_territory_dates_its_doses_month_first(
    extract: Extract,
) -> None:
    extraction = gated(
        extract,
        "Island Health Centre - Immunization Program",
        "Hagatna, Tel +1 671 555 0100",
        "CHILD IMMUNIZATION RECORD",
        "Vaccine / dose Date given Vaccine name Lot no.",
        "MMR #1 03/08/2023 M-M-R II MR0921",
    )
    (dose,) = extraction.immunizations
    assert dose.administered_on == dt.date(2023, 3, 8)
    assert not dose.requires_review


def test_a_trend_table_of_two_tests_with_flags_units_below_and_reference_row(
    extract: Extract,
) -> None:
    extraction = gated(
        extract,
        "Coagulation",
        "Collected INR Prothrombin time (s)",
        "2026-01-12 2.8 H 31.5 H",
        "Reference 2.0-3.0 (therapeutic) 9.4-12.5",
        "Renal",
        "Collected Sodium Potassium Urea (mmol/L)",
        "(mmol/L) (mmol/L)",
        "2026-01-12 139 5.6 H 9.1",
        "Reference 135-145 3.5-5.2 2.5-7.8",
    )
    found = {(lab.test_name, lab.value_text, lab.unit, lab.flag) for lab in extraction.labs}
    assert found == {
        ("INR", "2.8", None, "high"),
        ("Prothrombin time", "31.5", "s", "high"),
        ("Sodium", "139", "mmol/L", None),
        ("Potassium", "5.6", "mmol/L", "high"),
        ("Urea", "9.1", "mmol/L", None),
    }
    assert {lab.observed_on for lab in extraction.labs} == {dt.date(2026, 1, 12)}


def test_a_cumulative_table_headed_admission_and_discharge_reads_both_columns(
    extract: Extract,
) -> None:
    extraction = gated(
        extract,
        "Investigations",
        "Test 21.09.2025 (admission) 25.09.2025 (discharge) Units Norm",
        "CRP 88 H 14 H mg/L 0-5",
        "Potassium 3.1 L 4.2 mmol/L 3.5-5.1",
    )
    found = {(lab.test_name, lab.value_text, lab.observed_on) for lab in extraction.labs}
    assert found == {
        ("CRP", "88", dt.date(2025, 9, 21)),
        ("CRP", "14", dt.date(2025, 9, 25)),
        ("Potassium", "3.1", dt.date(2025, 9, 21)),
        ("Potassium", "4.2", dt.date(2025, 9, 25)),
    }


def test_concomitant_diseases_are_the_patients_conditions(extract: Extract) -> None:
    extraction = gated(
        extract,
        "Clinical diagnosis",
        "Community-acquired pneumonia of the right lower lobe.",
        "Concomitant: Hypothyroidism (autoimmune thyroiditis), on replacement.",
    )
    assert "hypothyroidism (autoimmune thyroiditis)" in _present(extraction)


def test_form_questions_whose_answers_are_not_on_the_page_say_nothing(
    extractor: OfflineClinicalExtractor,
) -> None:
    # The ticks were drawn on the printed form: only the questions and the details are text.
    page = make_cells_page(
        [
            [("Have you ever had:", 0.08, 0.30)],
            [("Yes", 0.60, 0.63), ("No", 0.66, 0.68), ("Details", 0.72, 0.78)],
            [("Epilepsy", 0.08, 0.15)],
            [("Heart attack or chest pain (angina)", 0.08, 0.34)],
            [("Tuberculosis or hepatitis", 0.08, 0.26)],
            [("Gout", 0.08, 0.12), ("left big toe, 2019", 0.72, 0.84)],
            [("Allergies", 0.08, 0.16)],
            [("Yes", 0.60, 0.63), ("No", 0.66, 0.68), ("Details", 0.72, 0.78)],
            [("Are you allergic to any medicine?", 0.08, 0.33), ("codeine - vomiting", 0.72, 0.86)],
        ]
    )
    extraction = gated_page(extractor, page)
    assert _present(extraction) == {"gout"}
    assert [(a.substance.lower(), a.reaction) for a in extraction.allergies] == [
        ("codeine", "vomiting")
    ]


def test_a_diagnosis_the_letter_is_concerned_about_is_not_yet_the_patients(
    extract: Extract,
) -> None:
    extraction = gated(
        extract,
        "Dear colleague,",
        "His left ankle has been hot and swollen for three days. I am concerned about a",
        "septic arthritis, though likely gout given the raised urate.",
        "Past medical history",
        "Hypertension",
    )
    assert _present(extraction) == {"hypertension"}  # neither arthritis is written as hers


def test_a_cancer_in_remission_is_history_not_a_current_problem(extract: Extract) -> None:
    extraction = gated(
        extract,
        "Medical history",
        "Type 2 diabetes mellitus",
        "Hodgkin lymphoma 1998, in complete remission",
    )
    assert _present(extraction) == {"type 2 diabetes mellitus"}


def test_a_medicine_recommended_for_future_trips_is_not_taken_now(extract: Extract) -> None:
    extraction = gated(
        extract,
        "Medications",
        "Amlodipine 5 mg once daily",
        "Doxycycline 100 mg daily recommended for future travel to malarious areas",
    )
    current = {
        m.name.lower() for m in extraction.medications if m.status in ("active", "new", "changed")
    }
    assert current == {"amlodipine"}


def test_an_acute_problem_on_a_chronic_one_is_two_problems(extract: Extract) -> None:
    extraction = gated(
        extract,
        "Discharge diagnoses",
        "1. Acute exacerbation of COPD",
        "2. Acute kidney injury on a background of chronic kidney disease stage 4",
    )
    codes = {c.icd10_code for c in extraction.conditions if c.assertion == "present"}
    assert {"N17.9", "N18.4"} <= codes


def test_type_2_dm_in_a_triage_line_is_diabetes(extract: Extract) -> None:
    extraction = gated(extract, "Triage", "PMH: Type 2 DM, asthma. No hx of stroke")
    assert {c.icd10_code for c in extraction.conditions if c.assertion == "present"} == {
        "E11.9",
        "J45.909",
    }


def test_the_most_likely_diagnosis_stands_and_what_comes_with_it_too(extract: Extract) -> None:
    extraction = gated(
        extract,
        "Dear Dr Moyo,",
        "Impression: chronic kidney disease stage 4, most likely hypertensive nephropathy,",
        "with hyperkalaemia and gout. Possibly also sleep apnoea.",
    )
    present = _present(extraction)
    assert {"hyperkalaemia", "gout"} <= present
    assert "sleep apnoea" not in present


def test_a_dose_whose_next_dose_is_due_on_its_row_was_given(extract: Extract) -> None:
    extraction = gated(
        extract,
        "TRAVEL VACCINATION RECORD",
        "Vaccine Date Batch Next dose / remarks",
        "Hepatitis B (Engerix-B) #1 14/05/2025 EB3310 #2 due 14/06/2025",
        "Influenza due 01/10/2026",
    )
    given = [
        (i.vaccine, i.administered_on) for i in extraction.immunizations if i.status == "given"
    ]
    assert given == [("Hepatitis B (Engerix-B)", dt.date(2025, 5, 14))]
    assert all(i.administered_on is None for i in extraction.immunizations if i.status != "given")


def test_an_allergy_field_after_a_demographic_field_on_one_line(extract: Extract) -> None:
    extraction = gated(
        extract,
        "VACCINATION RECORD",
        "Sex: F Allergies: peanut - anaphylaxis",
    )
    assert [(a.substance.lower(), a.reaction) for a in extraction.allergies] == [
        ("peanut", "anaphylaxis")
    ]


def test_a_blood_pressure_taken_lying_is_read(extract: Extract) -> None:
    extraction = gated(extract, "On examination", "BP lying 146/88 mmHg, standing 118/70 mmHg.")
    assert [(v.kind, v.value_text) for v in extraction.vitals] == [("blood_pressure", "146/88")]


def test_a_prescribed_insulin_pen_takes_its_dose_from_the_sig_line(extract: Extract) -> None:
    extraction = gated(
        extract,
        "PRESCRIPTION",
        "Rx Lantus (insulin glargine) 100 units/mL SoloStar pen",
        "Sig: 18 units at night",
        "Allergy: Sulfa-hives",
    )
    (insulin,) = extraction.medications
    assert (insulin.dose, insulin.unit, insulin.status) == ("18", "units", "active")
    assert "glargine" in insulin.name.lower()
    assert [(a.substance.lower(), a.reaction) for a in extraction.allergies] == [("sulfa", "hives")]


def test_a_result_cited_in_a_problems_brackets_is_a_result(extract: Extract) -> None:
    extraction = gated(
        extract,
        "Diagnoses",
        "• Vitamin B12 deficiency (B12 98 pg/mL)",
        "• Chronic kidney disease stage 3a (eGFR 52)",
    )
    assert [(lab.loinc_code, lab.value_text, lab.unit) for lab in extraction.labs] == [
        ("2132-9", "98", "pg/mL")
    ]
    # ("B12" in a vitamin's name is no ICD-10 code B12, a viral infection)
    assert {(c.name, c.icd10_code) for c in extraction.conditions} >= {
        ("Vitamin B12 deficiency (B12 98 pg/mL)", "E53.8")
    }
    assert len(extraction.conditions) == 2


def test_word_results_in_a_sentence(extract: Extract) -> None:
    extraction = gated(
        extract,
        "Dear Dr Osei,",
        "Her HIV antibody was negative and the HBsAg came back reactive.",
        "Please repeat the RPR if it is positive.",
    )
    assert {(lab.loinc_code, lab.value_text) for lab in extraction.labs} == {
        ("31201-7", "negative"),
        ("5196-1", "reactive"),
    }


def test_a_chemistry_block_after_a_urinalysis_is_blood_again(extract: Extract) -> None:
    extraction = gated(
        extract,
        "URINALYSIS",
        "Test Result Flag Units Reference",
        "Protein Negative Negative",
        "BLOOD CHEMISTRY",
        "Test Result Flag Units Reference",
        "Creatinine 1.1 mg/dL 0.6-1.2",
    )
    creatinine = next(lab for lab in extraction.labs if "creatinine" in lab.test_name.lower())
    assert creatinine.loinc_code == "2160-0"  # serum, not urine (2161-8)


def test_a_completed_course_of_stated_length_is_no_single_dose(extract: Extract) -> None:
    extraction = gated(
        extract,
        "Medication Sig Status",
        "Amoxicillin 500 mg capsule as directed x7 days Completed 02/03/2025",
    )
    (course,) = extraction.medications
    assert (course.status, course.requires_review) == ("completed", False)
