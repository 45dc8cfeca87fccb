"""Layouts and wordings of other clinics' documents that extractor 2.5.0 reads.

Each example is written for its rule (none is taken from a held-out set): an ED's
administration table under a two-part heading, a dose taken once, a dispensing history
followed by its profile, a child's vaccine card with its schedule rows, a travel clinic's
"not given" table, a results table with the unit in the name column, a C-CDA's LOINC long
names, a problem list's status and comment columns.
"""

from __future__ import annotations

import datetime as dt

import pytest

from adapters.extractors.offline.matching import repair_ocr_word
from adapters.extractors.vocabulary import shared_vocabulary
from bench.heldout_score import score_document
from pipeline.clinical.gate import ValidityGate
from pipeline.clinical.schema import ClinicalExtraction
from tests.extractors.conftest import Extract

_GATE = ValidityGate(shared_vocabulary(), today=dt.date(2026, 11, 30))


def _gated(extract: Extract, *lines: str) -> ClinicalExtraction:
    return _GATE(extract(*lines))


def _meds(extraction: ClinicalExtraction) -> list[tuple[str, str | None, str | None, str]]:
    return [(m.name, m.dose, m.unit, m.status) for m in extraction.medications]


# -- medications -----------------------------------------------------------------------


def test_an_ed_administration_table_under_a_two_part_heading(extract: Extract) -> None:
    extraction = _gated(
        extract,
        "Emergency Course / Medications Given",
        "Medication Dose Route Time",
        "ondansetron (ZOFRAN) injection 4 mg IV 08:40",
        "fentanyl injection 50 mcg IV 08:55",
    )
    assert extraction.medications
    assert all(m.requires_review for m in extraction.medications)
    assert {m.review_reason for m in extraction.medications} == {"given_in_care"}


@pytest.mark.parametrize(
    "line",
    [
        "She took paracetamol 1 g at home before coming in, with little effect.",
        "Aspirin 300 mg stat - given in the surgery",
    ],
)
def test_a_dose_taken_once_is_no_regimen(extract: Extract, line: str) -> None:
    (medication,) = _gated(extract, "History", line).medications
    assert medication.status == "completed"
    assert (medication.requires_review, medication.review_reason) == (True, "single_dose")


def test_a_medicine_taken_for_years_is_current(extract: Extract) -> None:
    (medication,) = _gated(
        extract, "History", "She has taken metformin 500 mg twice daily since 2015."
    ).medications
    assert (medication.status, medication.requires_review) == ("active", False)


def test_a_medicine_named_in_the_letter_and_in_its_list_is_one_row(extract: Extract) -> None:
    extraction = extract(
        "Last month I started allopurinol 100 mg daily, which he is tolerating.",
        "Current medication",
        "Allopurinol 100 mg tablets One daily 28 tablet",
    )
    assert [(m.name.lower(), m.dose) for m in extraction.medications] == [("allopurinol", "100")]


def test_a_combination_spelled_two_ways_is_one_row(extract: Extract) -> None:
    extraction = extract(
        "Medications",
        "- Sacubitril/valsartan (Entresto) 97/103 mg twice daily",
        "Plan",
        "Continue Entresto 97/103 mg bd.",
    )
    assert len(extraction.medications) == 1


def test_a_later_profile_settles_a_dispensing_line(extract: Extract) -> None:
    extraction = extract(
        "Date Item dispensed Qty Directions",
        "04/02/2025 CLARITHROMYCIN 500MG TABS 14 TAKE ONE TABLET TWICE A DAY FOR 7 DAYS",
        "04/02/2025 LOSARTAN 50MG TABS 28 TAKE ONE TABLET DAILY",
        "MEDICATION PROFILE",
        "Medicine Directions Status",
        "Clarithromycin 500mg one twice daily for 7 days Course completed",
        "Losartan 50mg one daily Active",
    )
    statuses = {m.name.lower(): m.status for m in extraction.medications}
    assert statuses == {"clarithromycin": "completed", "losartan": "active"}


def test_a_taper_the_prescription_sets_is_not_a_change(extract: Extract) -> None:
    (medication,) = extract(
        "Repeat medication",
        "Prednisolone 5mg tablets Six tablets daily for 5 days, then reduce 60 tablet",
    ).medications
    assert medication.status == "active"


def test_an_amount_glued_to_its_unit_is_no_damaged_word(extract: Extract) -> None:
    assert repair_ocr_word("25microgram") == "25microgram"
    assert repair_ocr_word("Hemogl0bin") == "Hemoglobin"
    (medication,) = extract(
        "Repeat medication", "Levothyroxine 125microgram tablets One each morning 28 tablet"
    ).medications
    assert (medication.dose, medication.unit) == ("125", "mcg")


def test_current_treatment_heads_a_medication_list(extract: Extract) -> None:
    extraction = extract(
        "Current treatment",
        "- Bisoprolol 2.5 mg once daily",
        "- Indapamide 1.5 mg each morning",
    )
    assert [m.name for m in extraction.medications] == ["Bisoprolol", "Indapamide"]


def test_a_start_tied_to_a_future_event_is_not_a_medicine(extract: Extract) -> None:
    extraction = extract(
        "Plan",
        "He is not planning a family yet; if he does, he should come back first, and",
        "finasteride will be stopped.",
        "If she becomes pregnant she should start folic acid 5 mg daily.",
    )
    assert [m.name for m in extraction.medications] == []


def test_a_stop_to_come_leaves_the_medicine_current(extract: Extract) -> None:
    (medication,) = extract(
        "Medications", "- Methotrexate 15 mg weekly - will be stopped before surgery"
    ).medications
    assert medication.status == "active"


def test_a_step_up_after_weeks_if_tolerated_is_a_plan(extract: Extract) -> None:
    extraction = extract(
        "Medications",
        "- Dulaglutide 0.75 mg weekly",
        "Plan of Treatment",
        "Dulaglutide: increase to 1.5 mg weekly after 4 weeks if tolerated",
    )
    assert _meds(extraction) == [("Dulaglutide", "0.75", "mg", "active")]


def test_the_generic_the_line_prints_names_a_brand(extract: Extract) -> None:
    (medication,) = extract(
        "Medicine Directions", "Panamax (paracetamol 500 mg) Take TWO tablets four times a day"
    ).medications
    assert medication.name.lower().startswith("paracetamol")


def test_a_hold_says_more_than_a_stray_not(extract: Extract) -> None:
    (medication,) = extract(
        "Medicine Directions Morning Night",
        "Zopiclone (Imovane 7.5 mg) Take ONE at night - - ON HOLD from 01/04/2025 - NOT",
        "SUPPLIED",
    ).medications
    assert medication.status == "held"


def test_a_strength_wrapped_under_a_counted_dose(extract: Extract) -> None:
    extraction = extract(
        "MEDICATION ORDERS",
        "Drug Dose Frequency Start Status",
        "Abacavir/Lamivudine (ABC/3TC) 1 tab Once daily 01/02/2020 Active",
        "600/300 mg",
    )
    assert _meds(extraction) == [("Abacavir/Lamivudine", "600/300", "mg", "active")]


# -- labs ------------------------------------------------------------------------------


def test_the_unit_in_the_name_column_and_an_admission_date_column(extract: Extract) -> None:
    extraction = extract(
        "RESULTS",
        "Test (unit) 03/03/2025 (adm) 07/03/2025 Normal range",
        "Potassium (mmol/L) 5.9 H 4.4 3.5-5.1",
        "Albumin (g/L) 29 L 33 35-50",
    )
    rows = [(lab.test_name, lab.value_text, lab.unit, lab.flag) for lab in extraction.labs]
    assert rows == [
        ("Potassium", "5.9", "mmol/L", "high"),
        ("Potassium", "4.4", "mmol/L", "normal"),
        ("Albumin", "29", "g/L", "low"),
        ("Albumin", "33", "g/L", "low"),
    ]


@pytest.mark.parametrize(
    ("name", "loinc"),
    [
        ("Sodium [Moles/volume] in Serum or Plasma", "2951-2"),
        ("Hemoglobin A1c/Hemoglobin.total in Blood", "4548-4"),
        ("Cholesterol in HDL [Mass/volume] in Serum or", "2085-9"),
    ],
)
def test_loinc_long_names_of_a_rendered_ccda(name: str, loinc: str) -> None:
    assert shared_vocabulary().lab(name) == loinc


def test_a_long_name_of_another_specimen_is_not_the_serum_test() -> None:
    assert shared_vocabulary().lab("Glucose [Mass/volume] in Urine") is None


def test_coeliac_serology(extract: Extract) -> None:
    (lab,) = _gated(extract, "Results", "tTG IgA 15 U/mL < 7").labs
    assert (lab.loinc_code, lab.requires_review) == ("31017-7", False)


# -- conditions ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Abdomen soft, left CVA tenderness, no guarding.",
        "5. Pneumococcal vaccine due next month - to book with the nurse.",
        "TYPHOID PREVENTION AND FOOD HYGIENE",
        "Start the tablets two days before entering the malaria area.",
    ],
)
def test_what_names_a_disease_without_diagnosing_it(extract: Extract, line: str) -> None:
    assert extract("Plan", line).conditions == ()


def test_a_history_and_a_coded_problem_are_one_condition(extract: Extract) -> None:
    extraction = extract(
        "History",
        "A 60-year-old woman with a history of asthma who presents with a cough.",
        "Assessment and Plan",
        "1. Asthma (J45.909) - mild exacerbation.",
    )
    assert len(extraction.conditions) == 1


def test_past_problems_and_status_columns(extract: Extract) -> None:
    extraction = _gated(
        extract,
        "Active Problems",
        "12-Feb-2021 Type 2 diabetes mellitus",
        "Past Problems",
        "2008 Gestational diabetes",
        "PROBLEM LIST",
        "Problem ICD-10 Status Onset Comment",
        "Hepatitis B B16.9 Inactive 2012 Surface antigen cleared 2014",
    )
    rows = [(c.name, c.icd10_code, c.status, c.assertion) for c in extraction.conditions]
    assert rows == [
        ("Type 2 diabetes mellitus", "E11.9", None, "present"),
        ("Gestational diabetes", "O24.4", "resolved", "historical"),
        ("Hepatitis B", "B16.9", "resolved", "historical"),
    ]


def test_a_growth_chart_is_no_neoplasm(extract: Extract) -> None:
    assert extract("Child health record", "GROWTH RECORD", "Date Weight (kg)").conditions == ()


def test_a_resolved_condition_is_no_must_not_violation() -> None:
    truth = {
        "conditions": [],
        "must_not": [{"category": "conditions", "name": "Shingles", "why": "historical"}],
    }
    resolved = {"name": "Shingles", "status": "resolved", "assertion": "historical"}
    current = {"name": "Shingles", "status": None, "assertion": "present"}
    assert score_document({"conditions": [resolved]}, truth)["conditions"].violations == []
    assert len(score_document({"conditions": [current]}, truth)["conditions"].violations) == 1


# -- immunizations ---------------------------------------------------------------------


def test_a_childs_card_with_glued_doses_and_schedule_rows(extract: Extract) -> None:
    extraction = extract(
        "Vaccine When to give Date given Batch No. Next visit",
        "IPV1 6 weeks 10/03/25 IP-0001 07/04/25",
        "Rota 2 10 weeks 07/04/25 RV-0002",
        "PCV3 14 weeks",
        "Measles 1 9 months",
    )
    rows = [(i.vaccine, i.dose_number, i.status) for i in extraction.immunizations]
    assert rows == [
        ("IPV", 1, "given"),
        ("Rota", 2, "given"),
        ("PCV", 3, "due"),
        ("Measles", None, "due"),
    ]
    assert [i.cvx_code for i in extraction.immunizations][:2] == ["10", "122"]


def test_a_travel_clinics_not_given_table(extract: Extract) -> None:
    extraction = extract(
        "NOT GIVEN TODAY",
        "Vaccine Status Comment",
        "Japanese encephalitis (Ixiaro) DECLINED Short urban stay.",
        "Rabies DUE Second dose on day 7.",
        "MALARIA PREVENTION AND STANDBY TREATMENT",
        "Medicine Directions Supply",
        "Doxycycline 100 mg 1 capsule daily from 2 days before travel Qty 42",
    )
    assert all(i.status != "given" for i in extraction.immunizations)
    assert extraction.conditions == ()
    assert [m.name for m in extraction.medications] == ["Doxycycline"]


def test_information_for_travellers_is_a_leaflet(extract: Extract) -> None:
    extraction = extract(
        "INFORMATION FOR TRAVELLERS (please read)",
        "About your malaria tablets",
        "Do not take doxycycline if you are allergic to tetracyclines. Malaria tablets",
        "do not give complete protection.",
    )
    assert (extraction.conditions, extraction.allergies) == ((), ())


def test_the_next_dose_of_a_card_with_empty_cells_is_not_given(extract: Extract) -> None:
    extraction = extract(
        "Dose Date given Batch Next due",
        "Td1 14/02/2025 TD-0001 14/03/2025",
        "Td2",
    )
    assert [(i.dose_number, i.status) for i in extraction.immunizations] == [
        (1, "given"),
        (2, "due"),
    ]


# -- more labs -------------------------------------------------------------------------


def test_notes_and_spellings_around_a_result(extract: Extract) -> None:
    extraction = extract(
        "Results",
        "Test Result Units Reference",
        "LDL cholesterol 3.4 mmol/L (calc) <3.0",
        "Hemoglobin A1c 7.2 % of total Hgb <5.7",
        "Platelets 2..51 x10^9/L 150-400",
    )
    rows = [(lab.test_name, lab.value_text, lab.unit) for lab in extraction.labs]
    assert rows == [
        ("LDL cholesterol", "3.4", "mmol/L"),
        ("Hemoglobin A1c", "7.2", "%"),
        ("Platelets", "2.51", "x10^9/L"),
    ]


def test_a_viral_load_below_the_limit_and_cd4_as_count_and_share(extract: Extract) -> None:
    extraction = _gated(
        extract,
        "LABORATORY",
        "Test Result Date",
        "HIV Viral Load TND 14/03/2025",
        "CD4 absolute 420 cells/uL 14/03/2025",
        "CD4 % 22 % 14/03/2025",
    )
    rows = [(lab.value_text, lab.loinc_code, lab.requires_review) for lab in extraction.labs]
    assert rows == [("TND", "20447-9", False), ("420", "24467-3", False), ("22", "8123-2", False)]


# -- vitals and allergies --------------------------------------------------------------


def test_vitals_with_a_qualifier_and_a_height_in_metres(extract: Extract) -> None:
    extraction = extract(
        "Observations",
        "12-Jan-2025 O/E - blood pressure reading 136/84 mmHg",
        "Temperature on arrival: 38.2 °C",
        "Height 1.72 m",
    )
    rows = [(v.kind, v.value_numeric, v.unit) for v in extraction.vitals]
    assert rows == [
        ("blood_pressure", 136.0, "mmHg"),
        ("temperature", 38.2, "C"),
        ("height", 1.72, "m"),
    ]


def test_allergy_table_rows_with_type_severity_and_date_cells(extract: Extract) -> None:
    extraction = extract(
        "Allergies / Adverse reactions",
        "Substance Reaction Severity Type Recorded",
        "Lisinopril Adverse reaction Persistent cough 02-Mar-2020",
        "Simvastatin Myalgia Moderate Intolerance 10-Oct-2022",
        "Tree nuts (food) Angioedema Severe Allergy 01/06/2015",
        "Adhesive tape Contact dermatitis",
    )
    rows = [(a.substance, a.reaction) for a in extraction.allergies]
    assert rows == [
        ("Lisinopril", "Persistent cough"),
        ("Simvastatin", "Myalgia"),
        ("Tree nuts", "Angioedema"),
        ("Adhesive tape", "Contact dermatitis"),
    ]


# -- diagnoses and shares --------------------------------------------------------------


def test_a_diagnosis_with_its_cause_and_a_forms_label(extract: Extract) -> None:
    extraction = _gated(
        extract,
        "Diagnosis",
        "1. Upper GI bleed secondary to gastric ulcer",
        "2. H. pylori infection",
        "3. Generalised anxiety disorder - stable",
        "Reason for operation: Cholelithiasis",
    )
    rows = [(c.name, c.icd10_code) for c in extraction.conditions]
    assert rows == [
        ("Upper GI bleed secondary to gastric ulcer", "K92.2"),
        ("H. pylori infection", "B96.81"),
        ("Generalised anxiety disorder", "F41.1"),
        ("Cholelithiasis", "K80.20"),
    ]
    assert not any(c.requires_review for c in extraction.conditions)


def test_shares_printed_as_fractions_and_a_unit_that_looks_like_a_flag(extract: Extract) -> None:
    extraction = _gated(
        extract,
        "Examination Result Unit Normal Value",
        "Haematocrit 0.41 0.37 - 0.47",
        "Segs 0.72 H 0.50 - 0.70",
        "Test Result Reference Units",
        "Hematocrit 0.44 0.40-0.52 L/L",
        "BUA 380 umol/L 142 - 339",
    )
    rows = [(lab.loinc_code, lab.unit, lab.flag, lab.requires_review) for lab in extraction.labs]
    assert rows == [
        ("4544-3", None, "normal", False),
        ("770-8", None, "high", False),
        ("4544-3", "L/L", "normal", False),
        ("3084-1", "umol/L", "high", False),
    ]


def test_treatment_on_the_ward_was_given_in_care(extract: Extract) -> None:
    extraction = _gated(
        extract,
        "TREATMENT ON THE WARD",
        "IV ceftriaxone 1 g daily for 3 days, then oral cefuroxime.",
    )
    assert {m.review_reason for m in extraction.medications} == {"given_in_care"}


def test_a_number_inside_the_tests_name_is_no_value(extract: Extract) -> None:
    extraction = extract(
        "Test Units Range 01/15/2025 04/22/2025",
        "Vitamin D, 25-Hydroxy ng/mL 30.0-100.0 21.7 L 33.0",
    )
    assert [lab.value_text for lab in extraction.labs] == ["21.7", "33.0"]


def test_a_cards_short_name_spelled_out_and_an_unreadable_date(extract: Extract) -> None:
    extraction = extract(
        "Vaccine Due age Date given Batch No. Given by",
        "MR 1 (measles-rubella) 9 months 21/11/2024 MR0001 Nurse A",
        "OPV 2 10 weeks 2103/40/11 OP0002 Nurse A",
    )
    rows = [(i.cvx_code, i.status, i.review_reason) for i in extraction.immunizations]
    assert rows == [("04", "given", None), ("02", "given", "unreadable_date")]


def test_results_in_sentences_under_a_results_label(extract: Extract) -> None:
    extraction = _gated(
        extract,
        "Results: Bloods 2025/02/18: Viral load <50 copies/mL (suppressed). CD4 540 cells/µL.",
        "Test Result",
        "HIV 1 & 2 screening Non-reactive",
    )
    rows = [(lab.test_name, lab.value_text) for lab in extraction.labs]
    assert rows == [
        ("Viral load", "<50"),
        ("CD4", "540"),
        ("HIV 1 & 2 screening", "Non-reactive"),
    ]


def test_dipstick_grades_are_word_results(extract: Extract) -> None:
    extraction = _gated(
        extract,
        "URINALYSIS (Dipstick)",
        "Test Result Reference",
        "Blood 2+ * Negative",
        "Leucocyte esterase 1+ Negative",
    )
    rows = [(lab.loinc_code, lab.value_text, lab.value_numeric) for lab in extraction.labs]
    assert rows == [("5794-3", "2+", None), ("5799-2", "1+", None)]
    assert not any(lab.requires_review for lab in extraction.labs)


def test_a_course_completed_on_a_date_ends_a_row_issued_before_it(extract: Extract) -> None:
    extraction = extract(
        "She completed a course of doxycycline 100 mg daily for her rosacea on",
        "14/10/2025, with good effect.",
        "Acute Medication (last 3 months)",
        "Doxycycline 100mg capsules One daily for 6 weeks 42 capsule 01-Sep-2025",
        "Repeat Medication",
        "Doxycycline 50mg capsules One daily 28 capsule 20-Oct-2025",
    )
    statuses = {(m.dose, m.status) for m in extraction.medications}
    # issued before the course ended: over; issued after it: a new course, still current
    assert ("100", "completed") in statuses
    assert ("50", "active") in statuses
    assert ("100", "active") not in statuses


def test_doses_given_at_a_time_or_a_place(extract: Extract) -> None:
    extraction = _gated(
        extract,
        "Treatment in the emergency centre",
        "Time Drug Dose Route Given by",
        "09:10 Tramadol 50 mg IV RN A. Sample",
        "Discharged home with scripts:",
        "- Ibuprofen 400 mg PO TDS with food for 5 days",
        "Nursing notes",
        "22:00 Temperature 38.4. Ibuprofen 400 mg PO given 22:10 per drug chart.",
        "Plan",
        "- Ferric carboxymaltose 500 mg IV infusion given in clinic today.",
    )
    confirmed = [(m.name, m.status) for m in extraction.medications if not m.requires_review]
    assert confirmed == [("Ibuprofen", "active")]
    reasons = {m.name: m.review_reason for m in extraction.medications if m.requires_review}
    assert reasons["Tramadol"] == "given_in_care"
    assert reasons["Ferric carboxymaltose"] == "given_in_care"


def test_a_start_that_waits_for_a_result_is_a_plan(extract: Extract) -> None:
    extraction = extract(
        "Plan",
        "Please repeat the renal profile in 1 week. If eGFR is above 45, please start",
        "dapagliflozin 10 mg once daily.",
    )
    assert extraction.medications == ()


def test_a_medication_table_with_a_status_column_is_no_vaccine_table(extract: Extract) -> None:
    extraction = extract(
        "Medications Administered During Visit",
        "Medication Dose / Route Date Status",
        "Ceftriaxone 1 g IM once 03/05/2024 Given",
    )
    assert extraction.immunizations == ()


def test_an_updated_allergy_record_lists_allergies(extract: Extract) -> None:
    extraction = extract("Allergy record updated:", "- Peanut - anaphylaxis - severe")
    assert [a.substance for a in extraction.allergies] == ["Peanut"]
    assert extraction.medications == ()


def test_a_form_question_states_nothing_unless_yes_is_ticked(extract: Extract) -> None:
    extraction = extract(
        "Have you ever been told by a doctor that you have:",
        "Asthma or chest disease Yes No",
        "Heart disease or high blood pressure Yes X No",
        "Diabetes X Yes No Type 2 diabetes since 2018",
    )
    assert [c.icd10_code for c in extraction.conditions] == ["E11"]


def test_a_problem_treated_in_a_past_year_or_repaired_is_over(extract: Extract) -> None:
    extraction = extract(
        "Past medical history",
        "Pulmonary tuberculosis 2012 - treated, 6 months",
        "left inguinal hernia repair (2019)",
        "Hypertension 2015 - treated with amlodipine",
        "History",
        "He was treated for pneumonia last winter with amoxicillin.",
    )
    rows = {c.icd10_code: (c.status, c.assertion) for c in extraction.conditions}
    assert rows["I10"] == (None, "present")
    assert all(assertion == "historical" for code, (_s, assertion) in rows.items() if code != "I10")
    assert len(rows) == 4


def test_an_advice_sheet_for_travellers_is_a_leaflet(extract: Extract) -> None:
    extraction = extract(
        "ADVICE SHEET FOR TRAVELLERS",
        "Dengue",
        "Dengue can be serious. Seek care for any fever after you return.",
    )
    assert extraction.conditions == ()


def test_below_the_limit_words_belong_to_a_viral_load_only(extract: Extract) -> None:
    extraction = extract("Test Result", "Cholesterol LDL", "HIV-1 RNA TND")
    assert [(lab.loinc_code, lab.value_text) for lab in extraction.labs] == [("20447-9", "TND")]
