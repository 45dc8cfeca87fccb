"""Layouts of other clinics' documents: results in sentences, vendors' cumulative and trend
tables, vitals tables, tick-box forms, problem-list print-outs, and the context a one-line
heading gives.

Development examples written for these rules (not taken from any evaluation set).
"""

from __future__ import annotations

import datetime as dt

import pytest

from adapters.extractors.offline import OfflineClinicalExtractor
from adapters.extractors.offline.prose_labs import find_prose_labs
from adapters.extractors.vocabulary import shared_vocabulary
from pipeline.clinical.gate import ValidityGate
from pipeline.clinical.schema import ClinicalExtraction
from pipeline.ports import PageText, TextLine
from tests.extractors.conftest import Extract, make_cells_page, make_page

_GATE = ValidityGate(shared_vocabulary(), today=dt.date(2026, 11, 30))


def _gated(extract: Extract, *lines: str) -> ClinicalExtraction:
    return _GATE(extract(*lines))


def _labs(extraction: ClinicalExtraction) -> list[tuple[str, str, str | None]]:
    return [(lab.test_name, lab.value_text, lab.unit) for lab in extraction.labs]


# -- results in sentences --------------------------------------------------------------


def test_several_results_in_one_sentence(extract: Extract) -> None:
    extraction = _gated(
        extract,
        "Her bloods on 12/01/2026 showed Hb 118 g/L, WCC 6.2, ALT 38, CRP 14 and ESR 32.",
    )
    assert _labs(extraction) == [
        ("Hb", "118", "g/L"),
        ("WCC", "6.2", None),
        ("ALT", "38", None),
        ("CRP", "14", None),
        ("ESR", "32", None),
    ]
    review = {lab.test_name for lab in extraction.labs if lab.requires_review}
    # A white cell count or an ALT means one number in any unit system; a CRP does not
    # (mg/L or mg/dL), so without its unit it waits for review.
    assert review == {"CRP"}


def test_a_result_repeated_through_a_stay() -> None:
    rows = find_prose_labs("Creatinine: 132 umol/L (28/01), 88 umol/L (02/02); Hb 9.1 -> 10.4 g/dL")
    assert rows == ["Creatinine 132 umol/L", "Creatinine 88 umol/L", "Hb 9.1", "Hb 10.4 g/dL"]


def test_a_panel_shares_the_unit_printed_once() -> None:
    rows = find_prose_labs("Lipids: total cholesterol 5.1, LDL 2.9 and HDL 1.2 mmol/L; eGFR 74.")
    assert rows == [
        "total cholesterol 5.1 mmol/L",
        "LDL 2.9 mmol/L",
        "HDL 1.2 mmol/L",
        "eGFR 74",
    ]


def test_the_sentence_date_is_the_results_date() -> None:
    assert find_prose_labs("HbA1c on 17/03/2026 was 9.1 % (7.4 % in September)") == [
        "HbA1c 9.1 % 2026-03-17"
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Restart ramipril 1.25 mg if creatinine < 110 umol/L.",  # a threshold
        "FIT positive (faecal haemoglobin 146 ng/mL).",  # not the blood count
        "eGFR calculated by CKD-EPI 2021 (race-free).",  # an equation's year
    ],
)
def test_what_is_not_a_result(sentence: str) -> None:
    assert find_prose_labs(sentence) == []


# -- lab tables --------------------------------------------------------------------------


def test_unit_and_reference_between_the_name_and_the_columns(extract: Extract) -> None:
    extraction = _gated(
        extract,
        "CUMULATIVE REPORT",
        "Test Units Reference Interval 09/12/25 12/08/25 02/24/26",
        "Glucose mg/dL 65-99 112 H 104 H 97",
        "eGFR mL/min/1.73 >59 61 56 L 63",
        "Creatinine, Urine mg/dL Not Estab. 88.4 - 102.1",
    )
    rows = [(lab.test_name, lab.value_text, lab.unit, lab.flag) for lab in extraction.labs]
    assert rows == [
        ("Glucose", "112", "mg/dL", "high"),
        ("Glucose", "104", "mg/dL", "high"),
        ("Glucose", "97", "mg/dL", "normal"),
        ("eGFR", "61", "mL/min/1.73", "normal"),
        ("eGFR", "56", "mL/min/1.73", "low"),
        ("eGFR", "63", "mL/min/1.73", "normal"),
        # "Not Estab." is the reference cell: "88.4 - 102.1" are two values with a blank
        ("Creatinine, Urine", "88.4", "mg/dL", None),
        ("Creatinine, Urine", "102.1", "mg/dL", None),
    ]
    assert [lab.observed_on for lab in extraction.labs[-2:]] == [
        dt.date(2025, 9, 12),
        dt.date(2026, 2, 24),
    ]
    assert not any(lab.requires_review for lab in extraction.labs)


def test_vendor_cumulative_views(extract: Extract) -> None:
    extraction = extract(
        "Chemistry 02/10/26 0512 02/11/26 0530 02/12/26 0602 Normal Range Units",
        "Sodium 134 (L) 137 139 [136-145] mmol/L",
        "RESULTS Feb 12, 2026 Feb 18, 2026 Ref Range",
        "NT-proBNP pg/mL 4,820 1,950 <450",
        "Key results",
        "Test 24/02/2026 02/03/2026 Units Range",
        "eGFR - 54 mL/min/1.73m2 >60",
    )
    assert [(lab.test_name, lab.value_text, lab.reference_text) for lab in extraction.labs] == [
        ("Sodium", "134", "136-145"),
        ("Sodium", "137", "136-145"),
        ("Sodium", "139", "136-145"),
        ("NT-proBNP", "4,820", "<450"),
        ("NT-proBNP", "1,950", "<450"),
        ("eGFR", "54", ">60"),  # the admission column is blank
    ]
    assert extraction.labs[-1].observed_on == dt.date(2026, 3, 2)


def test_a_cumulative_table_goes_on_over_the_page(extractor: OfflineClinicalExtractor) -> None:
    pages = [
        make_page(
            [
                "TEST RESULT RESULT UNIT REF. RANGE",
                "12/01/26 15/01/26",
                "HAEMOGLOBIN 10.2 L 11.1 L g/dL 12.0 - 15.0",
            ]
        ),
        make_page(["CUMULATIVE REPORT (continued)", "SODIUM 131 L 136 mmol/L 135 - 145"], number=2),
    ]
    extraction = extractor.extract_clinical(pages, extractor.find_entities(pages))
    sodium = [
        (lab.value_text, lab.observed_on) for lab in extraction.labs if lab.test_name == "SODIUM"
    ]
    assert sodium == [("131", dt.date(2026, 1, 12)), ("136", dt.date(2026, 1, 15))]


def test_a_trend_table_has_a_column_per_test(extract: Extract) -> None:
    extraction = extract(
        "Blood results",
        "Date Hb (g/L) WCC (x10^9/L) Na (mmol/L) Creatinine (umol/L)",
        "13/03/2026 128 14.2 134 168",
        "16/03/2026 121 - 139 98",
    )
    rows = [(lab.test_name, lab.value_text, lab.unit, lab.observed_on) for lab in extraction.labs]
    march_13, march_16 = dt.date(2026, 3, 13), dt.date(2026, 3, 16)
    assert rows == [
        ("Hb", "128", "g/L", march_13),
        ("WCC", "14.2", "x10^9/L", march_13),
        ("Na", "134", "mmol/L", march_13),
        ("Creatinine", "168", "umol/L", march_13),
        ("Hb", "121", "g/L", march_16),
        ("Na", "139", "mmol/L", march_16),  # no white count that day
        ("Creatinine", "98", "umol/L", march_16),
    ]


def test_a_sentence_restating_a_tabled_result_is_not_a_second_result(extract: Extract) -> None:
    extraction = extract(
        "Admission glucose 38.6 mmol/L with no ketosis.",
        "Results",
        "Test 11/03/2025 17/03/2025 Units Ref",
        "Glucose (venous) 38.6 H 8.2 H mmol/L 3.0-7.7",
    )
    assert [lab.value_text for lab in extraction.labs] == ["38.6", "8.2"]


# -- vitals --------------------------------------------------------------------------------


def test_a_vitals_table_with_blank_cells_and_a_second_unit(extract: Extract) -> None:
    extraction = extract(
        "Time BP HR RR Temp SpO2 Pain",
        "22:19 142/88 112 24 100.4 °F (38.0 °C) 91% RA 3/10",
        "22:52 104 20 95% 2L NC",
    )
    rows = [(v.kind, v.value_text) for v in extraction.vitals]
    assert rows == [
        ("blood_pressure", "142/88"),
        ("heart_rate", "112"),
        ("respiratory_rate", "24"),
        ("temperature", "100.4"),
        ("oxygen_saturation", "91"),
        ("heart_rate", "104"),  # a bare number is never the blood pressure
        ("respiratory_rate", "20"),
        ("oxygen_saturation", "95"),
    ]


def test_one_reading_per_date_column_and_ucum_units(extract: Extract) -> None:
    extraction = extract(
        "Vital Signs",
        "Vital sign 08/01/2025 05/22/2025",
        "Blood pressure 128/76 mm[Hg] 134/80 mm[Hg]",
        "Body temperature 97.9 [degF] 98.1 [degF]",
    )
    assert [(v.kind, v.value_text, v.unit) for v in extraction.vitals] == [
        ("blood_pressure", "128/76", "mmHg"),
        ("blood_pressure", "134/80", "mmHg"),
        ("temperature", "97.9", "F"),
        ("temperature", "98.1", "F"),
    ]


def test_measurement_qualifiers_and_a_bmi_class(extract: Extract) -> None:
    extraction = extract(
        "03/07/2026 09:14 Temperature Oral 98.2 DegF",
        "03/07/2026 09:14 Weight Measured 214 lb (97.07 kg)",
        "Problem list",
        "Obesity, BMI 30-39",
    )
    assert [(v.kind, v.value_text) for v in extraction.vitals] == [
        ("temperature", "98.2"),
        ("weight", "214"),
    ]


# -- forms -----------------------------------------------------------------------------------


def test_a_tick_box_table_with_answer_columns(extract: Extract) -> None:
    extraction = extract(
        "Medicines",
        "Substance Yes No Unknown Reaction (describe) Severity",
        "Penicillin [X] [ ] [ ] Anaphylaxis (1998) Severe",
        "Opioids (e.g. morphine, codeine) [ ] [X] [ ]",
        "Chlorhexidine [ ] [ ] [X]",
        "Known conditions: [X] Asthma [ ] Diabetes [X] Osteoarthritis",
    )
    allergies = {(a.substance, a.assertion) for a in extraction.allergies}
    assert ("Penicillin", "present") in allergies
    assert ("Opioids", "negated") in allergies
    assert not any(a.substance.startswith("Chlorhexidine") for a in extraction.allergies)
    assert [c.name for c in extraction.conditions] == ["Asthma", "Osteoarthritis"]
    assert extraction.medications == ()


def test_allergy_tables_of_print_outs_and_forms(extract: Extract) -> None:
    extraction = extract(
        "Allergies",
        "Substance Category Reaction Severity Status Reviewed",
        "sulfamethoxazole-trimethoprim Drug Hives Moderate Active 03/07/2026",
        "Shellfish Food Anaphylaxis Severe Active 03/07/2026",
        "Medication Reaction When",
        "Codeine (Tylenol #3) vomiting 2018",
        "Alerts & Allergies",
        "ALLERGY Trimethoprim - rash (moderate)",
    )
    rows = [(a.substance, a.reaction, a.severity) for a in extraction.allergies]
    assert rows == [
        ("sulfamethoxazole-trimethoprim", "Hives", "moderate"),
        ("Shellfish", "Anaphylaxis", "severe"),
        ("Codeine", "vomiting", None),
        ("Trimethoprim", "rash", "moderate"),
    ]


# -- problem lists -------------------------------------------------------------------------


def test_problem_list_rows_of_a_practice_print_out(extract: Extract) -> None:
    extraction = extract(
        "Problems / Classifications",
        "Date Problem Status",
        "03/2014 Hypertension Active (long-term)",
        "02/2020 Depression Inactive - resolved 2022",
        "08/2019 Osteopenia Past history",
    )
    assert [(c.name, c.status) for c in extraction.conditions] == [
        ("Hypertension", None),
        ("Depression", "resolved"),
        ("Osteopenia", "history"),
    ]


def test_labelled_diagnoses_and_a_specific_code(extract: Extract) -> None:
    extraction = extract(
        "Diagnoses",
        "Principal: Hyperglycaemic hyperosmolar state, precipitated by pneumonia.",
        "Others: Type 2 diabetes mellitus; Hyperlipidaemia",
        "Comorbidities: Hypertension; Obesity (BMI 34).",
    )
    codes = [c.icd10_code for c in extraction.conditions]
    # The hyperosmolar state (E11.00) and type 2 diabetes (E11.9) are two diagnoses.
    assert {"E11.00", "E11.9", "E78.5", "I10", "E66.9"} <= set(codes)
    assert extraction.vitals == ()  # "(BMI 34)" qualifies the problem


def test_numbered_assessment_problems_and_list_items(extract: Extract) -> None:
    extraction = extract(
        "Assessment and Plan",
        "1. Type 2 diabetes mellitus - suboptimal control. Screen for retinopathy.",
        "2. Hypertension - well controlled.",
        "Diagnoses",
        "1. IgE-mediated peanut allergy with previous anaphylaxis",
        "2. Asthma - well controlled",
    )
    names = [c.name for c in extraction.conditions]
    assert names[:2] == ["Type 2 diabetes mellitus", "Hypertension"]
    # A numbered item under "Diagnoses" ("1. IgE-mediated peanut allergy") opens no section.
    assert any(name.startswith("Asthma") for name in names[2:])


def test_a_letter_names_its_patients_conditions(extract: Extract) -> None:
    extraction = extract(
        "Thank you for seeing this 64-year-old gentleman with type 2 diabetes mellitus, "
        "hypertension and gout.",
        "Background is asthma and a previous TIA in 2021.",
    )
    rows = {(c.name.lower(), c.assertion) for c in extraction.conditions}
    assert {("type 2 diabetes mellitus", "present"), ("hypertension", "present")} <= rows
    assert ("tia", "historical") in rows


# -- context ---------------------------------------------------------------------------------


def test_a_one_line_family_history_does_not_reach_the_lines_below(extract: Extract) -> None:
    extraction = extract(
        "Family history: mother with breast cancer, father had MI at 60.",
        "Metformin for diabetes; atorvastatin for hyperlipidaemia.",
        "Family history: mother - type 2 diabetes; father - hypertension;",
        "dilated cardiomyopathy in a paternal uncle",
    )
    rows = {c.name.lower(): c.assertion for c in extraction.conditions}
    assert rows["hyperlipidaemia"] == "present"
    assert rows["dilated cardiomyopathy"] == "family"  # the list ran on


def test_risk_and_screening_are_not_diagnoses(extract: Extract) -> None:
    extraction = extract("Risk of osteoporosis discussed; DEXA to assess for osteoporosis.")
    assert all(c.assertion != "present" for c in extraction.conditions)


@pytest.mark.parametrize(
    "line",
    [
        "Commence semaglutide 0.25 mg weekly at next review if HbA1c remains above target.",
        "Will start atorvastatin 20 mg nocte once LFTs are back.",
        "Semaglutide 0.25 mg weekly to be started by GP in 4 weeks.",
    ],
)
def test_a_start_put_off_is_not_a_current_medicine(extract: Extract, line: str) -> None:
    assert extract("Plan", line).medications == ()


def test_a_start_today_is_a_new_medicine(extract: Extract) -> None:
    (medication,) = extract("Plan", "Started empagliflozin 10 mg daily today.").medications
    assert medication.status == "new"


def test_what_the_stay_gave_is_a_completed_course(extract: Extract) -> None:
    extraction = extract(
        "Clinical summary",
        "Treated with IV co-amoxiclav 1.2 g TDS and oral clarithromycin 500 mg BD for 48 hours.",
    )
    assert {m.status for m in extraction.medications} == {"completed"}
    # The infusion was given on the ward: kept for a reviewer, never a medicine taken at home.
    assert [(m.name, m.review_reason) for m in extraction.medications if m.requires_review] == [
        ("co-amoxiclav", "given_in_care")
    ]


def test_doses_given_in_the_clinic_are_not_the_patients_medicines(extract: Extract) -> None:
    extraction = _gated(
        extract,
        "TREATMENT IN CLINIC",
        "IV normal saline 1 L; IV ondansetron 4 mg; IV potassium chloride 20 mmol in second bag.",
        "DISCHARGE PRESCRIPTION",
        "- Ondansetron 4 mg tds prn nausea x 3 days",
    )
    confirmed = [(m.name, m.status) for m in extraction.medications if not m.requires_review]
    assert confirmed == [("Ondansetron", "active")]
    assert {m.review_reason for m in extraction.medications if m.requires_review} == {
        "given_in_care"
    }


def test_a_restart_put_off_names_a_held_medicine_once(extract: Extract) -> None:
    extraction = extract(
        "Medication changes",
        "Empagliflozin 10 mg once daily WITHHELD",
        "Follow-up",
        "- Restart empagliflozin once renal function back to baseline.",
    )
    assert [(m.name, m.dose, m.status) for m in extraction.medications] == [
        ("Empagliflozin", "10", "held")
    ]


def test_a_fixed_dose_combination_and_a_bracket_that_wraps(extract: Extract) -> None:
    extraction = _gated(
        extract,
        "Current treatment: Tenofovir/Lamivudine/Dolutegravir (TLD) 300/300/50 mg one tablet once",
        "daily (TDF/3TC/DTG); Cotrimoxazole 960 mg once daily. She completed six months of isoniazid",
        "(isoniazid 300 mg daily) in March 2025.",
    )
    rows = [(m.name, m.dose, m.status, m.requires_review) for m in extraction.medications]
    assert rows == [
        ("Tenofovir/Lamivudine/Dolutegravir", "300/300/50", "active", False),
        ("Cotrimoxazole", "960", "active", False),
        ("isoniazid", "300", "completed", False),
    ]


def test_a_stopped_list_whose_heading_is_a_table_header(extract: Extract) -> None:
    extraction = extract(
        "Inactive medications",
        "Stopped Medication Reason",
        "14/08/2025 Indapamide 2.5mg tablet gout",
    )
    assert [(m.name, m.status) for m in extraction.medications] == [("Indapamide", "stopped")]


# -- immunisations ---------------------------------------------------------------------------


def test_expanded_programme_vaccines_and_what_was_not_given(extract: Extract) -> None:
    extraction = extract(
        "Expanded Program on Immunization",
        "Vaccine Dose Date given Remarks",
        "Pentavalent (DPT-HepB-Hib) 1 04/23/2025 given",
        "OPV 1 04/23/2025 given",
        "PCV 1 04/23/2025 given",
        "Not given / next due",
        "Hepatitis A 1 advised, private",
    )
    given = [i.cvx_code for i in extraction.immunizations if i.status == "given"]
    assert given == ["102", "02", "109"]  # hepatitis A was only advised


def test_a_title_is_not_a_vaccine(extract: Extract) -> None:
    # "Mr" is not the measles-rubella vaccine, and a date of birth is not a dose.
    assert extract("Re: Mr Sipho Example DOB 14/11/1961").immunizations == ()


# -- after-visit summaries and practice notes ------------------------------------------------


def test_an_after_visit_summary_says_what_to_start_change_and_stop(extract: Extract) -> None:
    extraction = extract(
        "START taking these medications",
        "lisinopril 10 MG tablet Take 1 tablet (10 mg total) by mouth daily.",
        "CHANGE how you take these medications",
        "metFORMIN 1,000 MG tablet Take 1 tablet (1,000 mg total) by mouth 2 (two) times daily.",
        "STOP taking these medications",
        "hydroCHLOROthiazide 25 MG tablet",
        "CONTINUE taking these medications",
        "atorvastatin 40 MG tablet Take 1 tablet (40 mg total) by mouth nightly.",
    )
    rows = [(m.name.lower(), m.status, m.frequency) for m in extraction.medications]
    assert rows == [
        ("lisinopril", "new", "once daily"),
        ("metformin", "changed", "twice daily"),
        ("hydrochlorothiazide", "stopped", None),
        ("atorvastatin", "active", "at bedtime"),
    ]


def test_a_practice_note_lists_what_is_not_taken(extract: Extract) -> None:
    extraction = extract(
        "Medications",
        "Taking",
        "- metformin 500 mg tablet, 2 tabs PO BID",
        "Not-Taking",
        "- naproxen 500 mg tablet, 1 tab PO BID PRN",
        "Discontinued",
        "- glipizide 5 mg tablet",
        "Allergies: Codeine (nausea); NKFA",
    )
    assert [(m.name, m.status) for m in extraction.medications] == [
        ("metformin", "active"),
        ("naproxen", "stopped"),
        ("glipizide", "stopped"),
    ]
    # "NKFA" says there is no food allergy; the codeine allergy on the same line stands.
    assert [(a.substance, a.reaction) for a in extraction.allergies] == [("Codeine", "nausea")]


@pytest.mark.parametrize("line", ["Ht 5' 6\" (1.676 m) | Wt 182 lb", "Ht 5 ft 6 in, Wt 182 lbs"])
def test_a_height_in_feet_and_inches(extract: Extract, line: str) -> None:
    heights = [(v.value_numeric, v.unit) for v in extract(line).vitals if v.kind == "height"]
    assert heights == [(66.0, "in")]


def test_a_vaccine_given_on_the_day_the_heading_names(extract: Extract) -> None:
    (shot,) = extract(
        "Immunizations Administered on Date of Encounter - 3/14/2025",
        "Influenza Vaccine Quadrivalent, Preservative Free 0.5 mL",
    ).immunizations
    assert (shot.cvx_code, shot.administered_on) == ("88", dt.date(2025, 3, 14))


def test_several_vaccines_given_on_one_day(extract: Extract) -> None:
    extraction = extract(
        "Immunisation history",
        "Date given Age Vaccines",
        "12/03/2025 6 weeks Infanrix hexa, Prevenar 13, Rotarix",
        "10/03/2026 12 months MMR II + Nimenrix",
        "COVID-19 vaccine, mRNA (Spikevax 2025-2026) 18/09/2025 3CA18B Given",
    )
    rows = [(i.cvx_code, i.administered_on, i.dose_number) for i in extraction.immunizations]
    assert rows[:5] == [
        ("146", dt.date(2025, 3, 12), None),  # "6 weeks" is the age, not a dose number
        ("133", dt.date(2025, 3, 12), None),
        ("119", dt.date(2025, 3, 12), None),
        ("03", dt.date(2026, 3, 10), None),
        ("108", dt.date(2026, 3, 10), None),
    ]
    assert len(rows) == 6  # "COVID-19 vaccine, mRNA (Spikevax)" is one vaccine


def test_a_sentence_naming_two_vaccines_dates_only_the_one_it_dates(extract: Extract) -> None:
    extraction = extract(
        "His influenza vaccine was given at the practice on 10/04/2025. His pneumococcal "
        "vaccine is still outstanding."
    )
    assert [i.cvx_code for i in extraction.immunizations if i.status == "given"] == ["88"]


def test_a_blank_cell_is_placed_by_where_the_values_sit(
    extractor: OfflineClinicalExtractor,
) -> None:
    def line(text: str, cells: list[tuple[str, float, float]], top: float) -> TextLine:
        return TextLine(text, (0.05, top, 0.9, top + 0.01), 1.0, tuple(cells))

    header = [("Result", 0.05, 0.1), ("09/22/2025", 0.32, 0.41), ("12/04/2025", 0.47, 0.55)]
    header += [("03/10/2026", 0.61, 0.7), ("Ref Range", 0.72, 0.8), ("Units", 0.82, 0.87)]
    row = [("GGT", 0.05, 0.09), ("72 H", 0.52, 0.55), ("55", 0.68, 0.7)]
    row += [("8-61", 0.72, 0.75), ("U/L", 0.82, 0.85)]
    page = PageText(
        1,
        (
            line("Result 09/22/2025 12/04/2025 03/10/2026 Ref Range Units", header, 0.1),
            line("GGT 72 H 55 8-61 U/L", row, 0.12),
        ),
        engine="test",
        engine_version="1",
    )
    extraction = extractor.extract_clinical([page], extractor.find_entities([page]))
    rows = [(lab.value_text, lab.flag, lab.observed_on) for lab in extraction.labs]
    # Not done in September: 72 is December's value and 55 March's, never shifted left.
    assert rows == [("72", "high", dt.date(2025, 12, 4)), ("55", "normal", dt.date(2026, 3, 10))]


def test_a_result_past_the_assays_limit_is_a_bound(extract: Extract) -> None:
    (lab,) = _gated(extract, "Troponin I (hs) <3 ng/L (<34)").labs
    assert (lab.value_text, lab.value_numeric, lab.requires_review) == ("<3", None, False)


def test_allergies_on_file_and_after_a_sentence(extract: Extract) -> None:
    extraction = extract(
        "ALLERGIES ON FILE: SULFA (SULFONAMIDE ANTIBIOTICS); CODEINE",
        "Sitagliptin was discontinued in January because of hypoglycemia. Allergies: latex (rash).",
    )
    rows = [(a.substance, a.reaction) for a in extraction.allergies]
    assert rows == [("SULFA (SULFONAMIDE ANTIBIOTICS)", None), ("CODEINE", None), ("latex", "rash")]


def test_a_wrapped_table_comment_is_not_a_medicine(extract: Extract) -> None:
    extraction = extract(
        "Medication Dose Frequency Status Comment",
        "Paracetamol (Panadol Osteo) 1330 mg three times daily NEW For knee pain instead of",
        "(tds) diclofenac",
    )
    assert [m.name.split()[0] for m in extraction.medications] == ["Paracetamol"]


def test_year_first_dates_with_slashes_head_a_cumulative_table(extract: Extract) -> None:
    extraction = extract(
        "Test Units 2025/11/03 2026/02/16 Ref. range",
        "Sodium mmol/L 139 134 L 136-145",
    )
    assert [(lab.value_text, lab.observed_on) for lab in extraction.labs] == [
        ("139", dt.date(2025, 11, 3)),
        ("134", dt.date(2026, 2, 16)),
    ]


def _two_column_page() -> PageText:
    left, right = 0.08, 0.52
    rows: list[list[tuple[str, float, float]]] = [
        [("Vital Signs", left, 0.2), ("Current Medications", right, 0.7)],
        [("Pulse: 72 bpm", left, 0.2), ("Ramipril 5 mg capsule - 1 cap PO", right, 0.8)],
        [("Weight: 81 kg", left, 0.2), ("daily. Continue.", right, 0.65)],
        [("Allergies", left, 0.16), ("Bisoprolol 2.5 mg tablet - 1 tab PO daily.", right, 0.85)],
        [("Sulfa drugs - rash (Mild)", left, 0.3)],
        [("Problem List", left, 0.18), ("Results (collected 14/09/2026)", right, 0.78)],
        [("Hypertension [I10]", left, 0.25), ("Potassium 4.6 mmol/L (3.5-5.2)", right, 0.8)],
    ]
    return make_cells_page(rows)


def test_a_two_column_summary_is_read_one_column_after_the_other(
    extractor: OfflineClinicalExtractor,
) -> None:
    page = _two_column_page()
    extraction = extractor.extract_clinical([page], extractor.find_entities([page]))
    assert [(m.name, m.dose, m.frequency) for m in extraction.medications] == [
        ("Ramipril", "5", "once daily"),
        ("Bisoprolol", "2.5", "once daily"),
    ]
    assert [a.substance for a in extraction.allergies] == ["Sulfa drugs"]
    assert [c.name for c in extraction.conditions] == ["Hypertension"]
    assert [(lab.test_name, lab.value_text) for lab in extraction.labs] == [("Potassium", "4.6")]
    assert sorted(v.kind for v in extraction.vitals) == ["heart_rate", "weight"]


def test_a_table_is_not_two_columns() -> None:
    from adapters.extractors.offline.page_columns import columns_in_reading_order

    rows = [
        [("Allergies and Intolerances", 0.08, 0.4)],
        [("Substance", 0.08, 0.2), ("Reaction", 0.35, 0.45), ("Status", 0.74, 0.8)],
        [("Latex", 0.08, 0.14), ("Contact dermatitis", 0.35, 0.5), ("Active", 0.74, 0.8)],
        [("Problems", 0.08, 0.2)],
        [("Problem", 0.08, 0.2), ("ICD-10-CM", 0.35, 0.45), ("Notes", 0.74, 0.8)],
        [("Essential hypertension", 0.08, 0.3), ("I10", 0.35, 0.4), ("Active", 0.74, 0.8)],
    ]
    page = make_cells_page(rows)
    assert columns_in_reading_order(page) == page


def test_a_dose_recorded_for_the_mother_is_not_the_childs(extract: Extract) -> None:
    extraction = extract(
        "Other services",
        "Vitamin A capsule given 10/19/2026. Weight at 9 months: 8.4 kg (normal for age). Mother's Td",
        "(tetanus-diphtheria) dose 2 given during pregnancy on 11/20/2025 - recorded on her card.",
    )
    assert [i.vaccine for i in extraction.immunizations if i.status == "given"] == []


def test_an_allergy_label_with_a_slash_and_a_drug_class_named_with_its_group(
    extract: Extract,
) -> None:
    extraction = _gated(
        extract,
        "Allergies / ADRs: codeine - vomiting",
        "Allergies: sulfonamide antibiotics (hives).",
    )
    rows = [(a.substance, a.reaction, a.requires_review) for a in extraction.allergies]
    assert rows == [("codeine", "vomiting", False), ("sulfonamide antibiotics", "hives", False)]


def test_a_discharge_prescription_of_an_urgent_care_note(extract: Extract) -> None:
    extraction = _gated(
        extract,
        "DISCHARGE PLAN / PRESCRIPTION",
        "- Oral rehydration salts: 1 sachet in 200 mL water after each loose stool",
        "- Metformin 500 mg bd - HOLD for 48 hours until eating and drinking normally",
        "- Amlodipine 5 mg daily - hold for SBP < 100",
    )
    rows = [(m.name, m.dose, m.unit, m.status) for m in extraction.medications]
    assert rows == [
        ("Oral rehydration salts", "1", "sachet", "active"),  # the water is no dose
        ("Metformin", "500", "mg", "held"),
        ("Amlodipine", "5", "mg", "active"),  # a hold parameter, not a hold
    ]


def test_an_assessment_problem_and_the_medicine_started_for_it(extract: Extract) -> None:
    extraction = extract(
        "A/P:",
        "1. COPD with acute exacerbation (J44.1) - start prednisone 40 mg PO daily x 5 days.",
    )
    assert [c.name for c in extraction.conditions] == ["COPD with acute exacerbation"]
    assert [(m.name, m.dose, m.status) for m in extraction.medications] == [
        ("prednisone", "40", "new")
    ]


def test_a_letter_after_a_problem_list_and_a_wrapped_no_known_allergies(extract: Extract) -> None:
    extraction = _gated(
        extract,
        "Diagnoses",
        "1. Type 2 diabetes mellitus",
        "2. Hypothyroidism",
        "Dear Dr Byrne, I reviewed her today. Her HbA1c has risen to 67 mmol/mol from 59 in May.",
        "She continues metformin 1 g twice daily, levothyroxine 75 micrograms once daily and",
        "atorvastatin 20 mg at night. We discussed diet at length today and exercise. No known",
        "drug allergies.",
        "Yours sincerely,",
        "Dr Ciaran Mac Giolla, SpR Endocrinology",
    )
    assert [(lab.test_name, lab.value_text) for lab in extraction.labs] == [("HbA1c", "67")]
    assert [m.name for m in extraction.medications] == [
        "metformin",
        "levothyroxine",
        "atorvastatin",
    ]
    assert [c.name for c in extraction.conditions] == [
        "Type 2 diabetes mellitus",
        "Hypothyroidism",
    ]
    assert extraction.allergies == ()  # the sign-off is no allergy, nor under review


def test_a_count_in_thousands_per_microlitre_needs_its_unit(extract: Extract) -> None:
    (lab,) = _gated(extract, "Course", "Platelet count fell to 32,000 on 04/09/2025.").labs
    assert (lab.value_text, lab.requires_review, lab.review_reason) == (
        "32,000",
        True,
        "missing_unit",
    )


def test_results_in_an_hiv_clinic_note(extract: Extract) -> None:
    extraction = _gated(
        extract,
        "Results (12/06/2026): Viral load < 50 copies/mL; CD4 count 412 cells/µL; Creatinine 74 µmol/L.",
        "Restart cotrimoxazole if CD4 count < 200 cells/µL.",
    )
    rows = [(lab.test_name, lab.value_text, lab.unit, lab.flag) for lab in extraction.labs]
    assert rows == [
        ("Viral load", "<50", "copies/mL", None),  # a result past the assay's limit
        ("CD4 count", "412", "cells/µL", None),  # the L of µL is no "low" flag
        ("Creatinine", "74", "µmol/L", None),
    ]
    assert not any(lab.requires_review for lab in extraction.labs)


def test_lab_comments_with_a_date_and_reference_interpretations_are_no_diagnoses(
    extract: Extract,
) -> None:
    extraction = extract(
        "Comment (27/10/26): Iron deficiency anaemia resolving; indices now within range.",
        "Interpretation (HbA1c, ADA): Non-diabetic < 5.7 %; Pre-diabetes 5.7 - 6.4 %; Diabetes >= 6.5 %",
        "APTT 29 secs (25 - 38)",
        "Adjusted calcium 2.41 mmol/L 2.20-2.60",
    )
    assert extraction.conditions == ()
    assert [(lab.test_name, lab.unit, lab.loinc_code) for lab in extraction.labs] == [
        ("APTT", "secs", "3173-2"),
        ("Adjusted calcium", "mmol/L", "29265-6"),
    ]


def test_coded_problems_one_after_the_other_on_a_line(extract: Extract) -> None:
    extraction = extract(
        "ASSESSMENT",
        "1. Acute gastroenteritis (A09) with moderate dehydration (E86.0). 2. Asthma - stable.",
        "Dx: Diabetes mellitus (DM), Hypertension (HTN), Dyslipidaemia",
    )
    assert [(c.name, c.icd10_code) for c in extraction.conditions] == [
        ("Acute gastroenteritis", "A09"),
        ("moderate dehydration", "E86.0"),
        ("Asthma", "J45.909"),
        ("Diabetes", "E11"),  # "(DM)" names it again
        ("Hypertension", "I10"),
        ("Dyslipidaemia", "E78.5"),
    ]


def test_a_history_label_ends_the_vital_signs_line_above(extract: Extract) -> None:
    extraction = extract(
        "Vital signs: Weight 61.5 kg, BP 118/76 mmHg, Pulse 78 bpm.",
        "History: 38-year-old woman living with HIV, on first-line ART since 2019 after",
        "cryptococcal meningitis (2019), fully recovered. Good adherence.",
    )
    assert [(c.name, c.status) for c in extraction.conditions] == [
        ("HIV", None),
        ("cryptococcal meningitis", "resolved"),
    ]


def test_a_recall_list_names_vaccines_due_not_illnesses(extract: Extract) -> None:
    extraction = extract(
        "Recall / due",
        "RSV vaccine (Abrysvo) - due now (eligible 75-79). Influenza 2026/27 appointment booked.",
    )
    assert [c for c in extraction.conditions if c.assertion == "present"] == []


def test_a_referral_letters_medicines_by_their_local_brands(extract: Extract) -> None:
    extraction = _gated(
        extract,
        "His regular medications are Eltroxin 100mcg daily, Coversyl Arginine Plus 5mg/1.25mg one",
        "daily and Zanidip 10mg mane. He takes Difene 75mg twice daily as needed, and I have added",
        "omeprazole 20mg daily for gastric protection.",
    )
    rows = [(m.name, m.dose, m.requires_review) for m in extraction.medications]
    assert rows == [
        ("Levothyroxine (Eltroxin)", "100", False),
        ("Perindopril/indapamide (Coversyl Arginine Plus)", "5/1.25", False),
        ("Lercanidipine (Zanidip)", "10", False),
        ("Diclofenac (Difene)", "75", False),
        ("omeprazole", "20", False),
    ]


def test_a_strength_belongs_to_the_drug_named_last_before_it(extract: Extract) -> None:
    extraction = extract(
        "Assessment and plan",
        "Iron deficiency: on ferrous sulfate - recheck ferritin in 3 months. Vitamin D low: start",
        "Start Jardiance once every morning; drink plenty of fluids. Lower your Lantus to 18 units.",
        "Reduce prednisolone by 1 mg every four weeks until stopped.",
        "STOP Tab. Brufen (ibuprofen) 400 mg.",
        "A1C reported as a 7.1 % fraction.",
    )
    rows = [(m.name, m.dose, m.unit, m.status) for m in extraction.medications]
    assert rows == [
        ("Insulin glargine (Lantus)", "18", "units", "changed"),
        ("Ibuprofen (Brufen)", "400", "mg", "stopped"),
    ]


def test_a_result_wrapped_from_its_unit_or_its_test(extract: Extract) -> None:
    extraction = _gated(
        extract,
        "Recent bloods (09/10/2024): haemoglobin 128 g/L, potassium 4.6 mmol/L and TSH 1.9",
        "mU/L. She is otherwise well.",
        "Bloods (19/08/2025): Hb 96 g/L (L, 130-175), ferritin 6 µg/L (L, 20-320), CRP 3 mg/L, eGFR",
        ">90 mL/min/1.73m2. No weight loss.",
    )
    rows = {(lab.test_name, lab.value_text, lab.unit) for lab in extraction.labs}
    assert {("TSH", "1.9", "mU/L"), ("eGFR", ">90", "mL/min/1.73m2")} <= rows


def test_a_prescription_pad_with_the_rx_column_beside_the_notes(
    extractor: OfflineClinicalExtractor,
) -> None:
    left, right = 0.1, 0.38
    rows: list[list[tuple[str, float, float]]] = [
        [("Vitals", left, 0.17), ("Rx", right, 0.42)],
        [("Pulse: 88 /min", left, 0.22), ("1. Tab. Concor 5 mg", right, 0.57)],
        [("Wt: 82 kg", left, 0.19), ("1 tab OD (morning) - continue", right, 0.66)],
        [("Diagnosis", left, 0.19), ("2. Tab. Famotidine 20 mg", right, 0.62)],
        [("Acute tonsillitis", left, 0.22)],
        [("K/C Hypertension", left, 0.23), ("1 tab BD x 5 days", right, 0.57)],
        [("Investigations:", left, 0.23)],
    ]
    page = make_cells_page(rows)
    extraction = extractor.extract_clinical([page], extractor.find_entities([page]))
    assert [(m.name, m.dose) for m in extraction.medications] == [
        ("Bisoprolol (Concor)", "5"),
        ("Famotidine", "20"),
    ]
    assert "Hypertension" in {c.name for c in extraction.conditions}


def test_a_fixed_width_cumulative_print_out_with_short_names(extract: Extract) -> None:
    extraction = _gated(
        extract,
        "Date 01-NOV-25 02-NOV-25 Units Range",
        "U&E / LFT / BONE",
        "Na 131L 134 mmol/L 133-146",
        "K 3.2L 3.6 mmol/L 3.5-5.3",
        "Adj Ca 2.14L 2.21 mmol/L 2.20-2.60",
        "Bili 24H 19 umol/L <21",
    )
    rows = [(lab.test_name, lab.value_text, lab.observed_on) for lab in extraction.labs]
    assert rows[:2] == [("Na", "131", dt.date(2025, 11, 1)), ("Na", "134", dt.date(2025, 11, 2))]
    assert len(rows) == 8
    assert not any(lab.requires_review for lab in extraction.labs)


def test_a_german_report_with_decimal_commas_and_counts_per_nanolitre(extract: Extract) -> None:
    extraction = _gated(
        extract,
        "Test Result Unit Reference range",
        "Leukocytes 6,8 /nl 3,9 - 10,2",
        "Erythrocytes 4,21 \u2013 /pl 4,30 - 5,75",  # the low-flag column prints a dash
        "Folic acid 3,1 \u2013 ng/ml 3,9 - 26,8",
        "TSH basal 1,82 mU/l 0,27 - 4,20",
    )
    rows = [(lab.test_name, lab.value_numeric, lab.unit, lab.loinc_code) for lab in extraction.labs]
    assert rows == [
        ("Leukocytes", 6.8, "/nl", "6690-2"),
        ("Erythrocytes", 4.21, "/pl", "789-8"),
        ("Folic acid", 3.1, "ng/mL", "2284-8"),
        ("TSH basal", 1.82, "mU/l", "3016-3"),
    ]
    assert not any(lab.requires_review for lab in extraction.labs)


def test_a_urine_routine_examination(extract: Extract) -> None:
    extraction = _gated(
        extract,
        "CLINICAL PATHOLOGY - URINE ROUTINE EXAMINATION",
        "Investigation Result Unit Biological Ref. Interval",
        "Physical Examination",
        "Specific Gravity 1.020 1.005 - 1.030",
        "Chemical Examination",
        "Protein Trace Nil",
        "Nitrite Positive Negative",
        "Leucocyte Esterase ++ Negative",
        "Microscopic Examination",
        "Pus Cells 15-20 /hpf 0-5",
        "BIOCHEMISTRY",
        "Total Protein 7.1 g/dL 6.0-8.3",
    )
    rows = [(lab.loinc_code, lab.value_text) for lab in extraction.labs]
    assert rows == [
        ("5811-5", "1.020"),
        ("2888-6", "Trace"),  # urine protein, not serum
        ("5802-4", "Positive"),
        ("5799-2", "++"),
        ("5821-4", "15-20"),
        ("2885-2", "7.1"),  # the urine routine ended: serum total protein
    ]
    assert not any(lab.requires_review for lab in extraction.labs)


def test_a_scanned_tick_box_form_whose_ticks_cannot_be_placed(extract: Extract) -> None:
    extraction = _gated(
        extract,
        "A. Do you have, or have you ever had, any of the following? (tick one box for each)",
        "Yes No Yes No",
        "Asthma / COPD \u25a1 asthma Sickle cell disease \u533a",
        "Heart disease / heart attack Gout \u25a1",
        "C. Allergies",
        "If yes, tick all that apply and write the reaction:",
        "\u25a1Penicillin Reaction:",
        "D. Medicines you take now (include inhalers, vitamins, herbal remedies)",
        "1. Amlodipine 10mg - 1 in the morning",
    )
    # Whether a tick sits under Yes or No is lost: nothing is written as a fact ...
    assert [c.name for c in extraction.conditions if not c.requires_review] == []
    assert [a.substance for a in extraction.allergies if not a.requires_review] == []
    assert "unclear_checkbox" in {a.review_reason for a in extraction.allergies}
    # ... and the lettered part that follows is read as usual.
    assert [(m.name, m.dose) for m in extraction.medications] == [("Amlodipine", "10")]


def test_medicines_given_during_the_admission_only(extract: Extract) -> None:
    extraction = _gated(
        extract,
        "Medicines given during admission only (NOT for discharge):",
        "- Metolazone 2.5 mg oral, 2 doses (14/01 and 15/01)",
        "- Potassium chloride 40 mmol in 1 L sodium chloride 0.9% IV over 8 h (13/01)",
        "Discharge medications",
        "- Furosemide 40 mg once daily",
    )
    confirmed = [(m.name, m.status) for m in extraction.medications if not m.requires_review]
    assert confirmed == [("Furosemide", "active")]


def test_a_drug_provocation_test_is_a_dose_given_once(extract: Extract) -> None:
    (medication,) = extract(
        "Investigations",
        "Drug provocation test: oral amoxicillin 50 mg, then 500 mg after 30 minutes.",
    ).medications
    assert (medication.name, medication.status) == ("amoxicillin", "completed")


def test_an_ed_observations_table_with_an_oxygen_column(extract: Extract) -> None:
    extraction = extract(
        "OBSERVATIONS",
        "Time BP (mmHg) HR (/min) RR (/min) Temp (°C) SpO2 (%) 02",  # "O2" read off a scan
        "03:45 96/58 118 24 38.9 93 RA",
        "HPI: 71F, usually independent. 2/7 worsening cough, SOB on minimal exertion, fevers.",
    )
    rows = [(v.kind, v.value_text) for v in extraction.vitals]
    assert rows == [
        ("blood_pressure", "96/58"),
        ("heart_rate", "118"),
        ("respiratory_rate", "24"),
        ("temperature", "38.9"),
        ("oxygen_saturation", "93"),
    ]  # the history's sentence below is no row of the table


def test_a_childs_growth_chart(extract: Extract) -> None:
    extraction = extract(
        "GROWTH MONITORING",
        "Date Weight (kg) Length (cm)",
        "14/03/2024 3.1 49.0",
        "25/04/2024 4.6",
    )
    rows = [(v.kind, v.value_text, v.unit) for v in extraction.vitals]
    assert rows == [("weight", "3.1", "kg"), ("height", "49.0", "cm"), ("weight", "4.6", "kg")]


def test_a_childs_card_and_vaccine_lines_that_record_no_dose(extract: Extract) -> None:
    extraction = extract(
        "Antigen Dose Due age Date given Batch No. Next visit Sign",
        "BCG At birth 14/03/2024 BC24-117 25/04/2024 sn.",
        "PCV10 1 6 weeks 25/04/2024 PN10-0457 23/05/2024 sn.",
        "Varicella History of disease 04/18/2025",
        "Influenza Up to date 08/01/2026 Next season",
        "Hepatitis C Antibody 10/02/2025 CANCELED - Quantity not sufficient",
    )
    given = [(i.vaccine, i.administered_on) for i in extraction.immunizations]
    assert given == [
        ("BCG", dt.date(2024, 3, 14)),  # the age column is no part of the name
        ("PCV10", dt.date(2024, 4, 25)),  # under a card's header, PCV is no packed cell volume
    ]
    assert extraction.labs == ()


def test_an_inpatient_medicines_table_under_a_heading_with_a_bracketed_note(
    extract: Extract,
) -> None:
    extraction = _gated(
        extract,
        "Drugs administered on the ward (not to be continued)",
        "Drug Dates given",
        "Co-amoxiclav 1.2 g IV every 8 hours 02/03 - 05/03/2026",
        "Dalteparin 5000 units SC once daily 02/03 - 06/03/2026",
        "Discharge medications",
        "Doxycycline 100 mg once daily for 5 days",
    )
    confirmed = [m.name for m in extraction.medications if not m.requires_review]
    assert confirmed == ["Doxycycline"]
    assert {m.review_reason for m in extraction.medications if m.requires_review} == {
        "given_in_care"
    }


def test_a_scanned_card_whose_only_box_read_is_the_empty_one(extract: Extract) -> None:
    extraction = _gated(
        extract,
        "PAST HISTORY (tick)",
        "Epilepsy Yes \u25a1 No",  # the box after Yes is empty: the tick is under No
        "Tuberculosis Yes \u25a1 No Kidney disease Yes \u25a1 No",
        "Hypertension Yes No \u25a1",  # the tick is under Yes, but a guess is not a fact
        "OBSTETRIC HISTORY",
    )
    present = [c.name for c in extraction.conditions if c.assertion == "present"]
    assert present == ["Hypertension"]
    negated = {c.name.lower() for c in extraction.conditions if c.assertion == "negated"}
    assert {"epilepsy", "tuberculosis"} <= negated
    hypertension = [c for c in extraction.conditions if c.assertion == "present"]
    assert [(c.requires_review, c.review_reason) for c in hypertension] == [
        (True, "unclear_checkbox")
    ]


def test_a_cards_results_each_with_its_own_date_field(extract: Extract) -> None:
    extraction = _gated(
        extract,
        "LABORATORY",
        "Haemoglobin: 11.2 g/dL Date: 21/04/2026",
        "Hepatitis B surface antigen: Negative Date: 21/04/2026",
        "VDRL: NR (non-reactive) Date: 21/04/2026",
        "Blood film for malaria parasites: Not seen Date: 19/05/2026",
    )
    rows = [(lab.test_name, lab.value_text, lab.observed_on) for lab in extraction.labs]
    april, may = dt.date(2026, 4, 21), dt.date(2026, 5, 19)
    assert rows == [
        ("Haemoglobin", "11.2", april),
        ("Hepatitis B surface antigen", "Negative", april),
        ("VDRL", "NR (non-reactive)", april),
        ("Blood film for malaria parasites", "Not seen", may),
    ]
    assert not any(lab.requires_review for lab in extraction.labs)
    assert [lab.loinc_code for lab in extraction.labs][1:] == ["5196-1", "5292-8", "32700-7"]


def test_a_ccda_vitals_table_with_the_unit_before_the_readings(extract: Extract) -> None:
    extraction = _gated(
        extract,
        "Vital Signs",
        "Vital Unit Jan 12, 2026 Feb 20, 2026",
        "Blood pressure mm[Hg] 128/78 124/76",
        "Body weight [lb_av] 180 176",
        "Heart rate /min 70 66",
    )
    rows = [(v.kind, v.value_text, v.unit) for v in extraction.vitals]
    assert rows == [
        ("blood_pressure", "128/78", "mmHg"),
        ("blood_pressure", "124/76", "mmHg"),
        ("weight", "180", "lb"),
        ("weight", "176", "lb"),  # the row's unit, not a bare number
        ("heart_rate", "70", "/min"),
        ("heart_rate", "66", "/min"),
    ]


def test_a_vaccine_not_given_because_the_patient_refused(extract: Extract) -> None:
    (shot,) = extract(
        "Immunizations",
        "Vaccine Date Status Lot",
        "Pneumococcal conjugate (PCV20) Feb 20, 2026 Not given - patient refusal",
    ).immunizations
    assert (shot.status, shot.administered_on) == ("refused", None)


def test_social_history_habits_and_report_legends_are_no_diagnoses(extract: Extract) -> None:
    extraction = _gated(
        extract,
        "Social History",
        "Observation Value Date",
        "Alcohol use Occasional (2 drinks/week) Feb 20, 2026",
        "Comments",
        "HbA1c interpretation: Normal < 42 mmol/mol | Prediabetes 42 - 47 | Diabetes >= 48.",
        "Cervical cancer screening -- due 2027. Call us with any questions.",
        "- FHx: mother type 2 diabetes, brother asthma.",
    )
    present = [c.name for c in extraction.conditions if c.assertion == "present"]
    assert present == []


def test_a_profile_row_with_two_labelled_fields(extract: Extract) -> None:
    cells = (
        ("Problems on file", 0.08, 0.2),
        ("Asthma; Gout", 0.22, 0.45),
        ("Allergies on file", 0.5, 0.62),
        ("Codeine - vomiting", 0.64, 0.9),
    )
    line = TextLine(" ".join(c[0] for c in cells), (0.08, 0.2, 0.9, 0.22), 0.99, cells)
    page = PageText(page_number=1, lines=(line,), engine="rapidocr", engine_version="t")
    extractor = OfflineClinicalExtractor()
    extraction = _GATE(extractor.extract_clinical([page], extractor.find_entities([page])))
    assert [c.name for c in extraction.conditions] == ["Asthma", "Gout"]
    assert [(a.substance, a.reaction) for a in extraction.allergies] == [("Codeine", "vomiting")]


def test_leaflet_extracts_printed_with_a_dispense(extract: Extract) -> None:
    extraction = _gated(
        extract,
        "Dispensed",
        "Zoton 30 (lansoprazole 30 mg) 28 capsules, one daily",
        "Patient information leaflet extracts",
        "Zoton (lansoprazole): Do not exceed 2 capsules a day. Tell your doctor if you have",
        "liver disease or if you are allergic to omeprazole.",
    )
    assert [m.name for m in extraction.medications] == ["Lansoprazole (Zoton)"]
    assert extraction.allergies == ()
    assert [c.name for c in extraction.conditions if c.assertion == "present"] == []


def test_a_growth_chart_with_its_dates_in_a_row(extract: Extract) -> None:
    extraction = extract(
        "GROWTH CHART",
        "Date 02/01/2026 13/02/2026 27/03/2026",
        "Weight (kg) 3.4 4.4 5.3",
    )
    rows = [(v.kind, v.value_text, v.unit) for v in extraction.vitals]
    assert rows == [("weight", "3.4", "kg"), ("weight", "4.4", "kg"), ("weight", "5.3", "kg")]
    assert extraction.labs == ()


def test_a_letters_result_quoted_with_an_earlier_dated_one(extract: Extract) -> None:
    extraction = _gated(
        extract,
        "Her ferritin today was 35 ug/L, up from 12 ug/L on 19/08/2025. Urine ACR was 2.1",
        "mg/mmol and her HbA1c is 49 mmol/mol, down from 53 in the spring.",
    )
    rows = [(lab.test_name, lab.value_text, lab.observed_on) for lab in extraction.labs]
    assert rows == [
        ("ferritin", "35", None),
        ("ferritin", "12", dt.date(2025, 8, 19)),  # the date is the earlier value's
        ("Urine ACR", "2.1", None),  # no medicine dosed in "mg" of a ratio
        ("HbA1c", "49", None),  # "53 in the spring" has no day: not kept
    ]
    assert extraction.medications == ()


def test_a_hepatitis_b_surface_antigen_is_a_test_not_hepatitis(extract: Extract) -> None:
    extraction = _gated(
        extract,
        "SEROLOGY",
        "Hepatitis B Surface Antigen Non Reactive",
        "Hepatitis C antibody Negative",
    )
    assert extraction.conditions == ()


def test_an_alerts_line_with_items_between_bars(extract: Extract) -> None:
    extraction = _gated(
        extract,
        "ALERTS / ALLERGIES: Trimethoprim - rash (moderate) | Codeine - nil known reaction,"
        " tolerated tramadol",
    )
    present = [(a.substance, a.reaction) for a in extraction.allergies if a.assertion == "present"]
    assert present == [("Trimethoprim", "rash")]  # the next item's "nil known" is its own


def test_a_reconciliation_row_with_the_product_and_then_the_dose(extract: Extract) -> None:
    extraction = extract(
        "Status Medication Dose Route Frequency Remarks",
        "CHANGED Gliclazide 40 mg tablet 80 mg PO BD dose increased from 40 mg BD",
        "CONTINUED Amlodipine 5 mg tablet 5 mg PO OD no change",
    )
    rows = [(m.name, m.dose, m.unit) for m in extraction.medications]
    assert rows == [("Gliclazide", "80", "mg"), ("Amlodipine", "5", "mg")]


def test_allergies_listed_as_diagnoses_and_a_reaction_told_in_prose(extract: Extract) -> None:
    extraction = _gated(
        extract,
        "Diagnoses",
        "1. Egg allergy (urticaria)",
        "2. Allergic rhinitis - grass pollen",
        "Assessment",
        "She had generalised urticaria after scrambled egg in May. She has seasonal rhinitis with"
        " sneezing every spring.",
    )
    rows = [(c.name, c.icd10_code) for c in extraction.conditions]
    # the letter's "urticaria" and "rhinitis" are what the list already names
    assert rows == [("Egg allergy (urticaria)", "Z91.012"), ("Allergic rhinitis", "J30.9")]


def test_a_vaccine_given_today_with_its_vials_expiry(extract: Extract) -> None:
    extraction = extract(
        "Encounter: 02/17/2026",
        "Tdap (Boostrix) 0.5 mL IM right deltoid given today, lot AC52B, exp 11/30/2027.",
    )
    assert [(i.vaccine, i.administered_on) for i in extraction.immunizations] == [
        ("Tdap (Boostrix)", dt.date(2026, 2, 17))  # the encounter's day, not the expiry
    ]
    assert extraction.medications == ()


def test_a_relatives_illness_inside_a_history_list_item(extract: Extract) -> None:
    extraction = _gated(
        extract,
        "PAST MEDICAL / FAMILY HISTORY",
        "Known asthmatic since childhood. His",
        "older brother has sickle cell anaemia (HbSS).",
    )
    assert [c.name for c in extraction.conditions if c.assertion == "present"] == []


def test_a_vaccine_forecast_names_diseases_that_are_not_diagnoses(extract: Extract) -> None:
    extraction = _gated(
        extract,
        "VACCINE FORECAST (as of date printed)",
        "Vaccine Group Status Recommended Date Notes",
        "Hepatitis A Due now Recommended - travel risk",
        "Hepatitis B Complete 3-dose series complete",
        "Yellow fever 9 months Not given - not in region",
    )
    assert extraction.conditions == ()


def test_a_pharmacys_fill_rows_repeat_its_profile(extract: Extract) -> None:
    extraction = _gated(
        extract,
        "CURRENT MEDICATIONS",
        "Brand Generic Strength / form Directions Prescriber",
        "Zocor simvastatin 40 mg tablet 1 tablet at bedtime Dr. B. Cruz",
        "INACTIVE / DISCONTINUED",
        "Brand Generic Strength / form Directions Status",
        "Nexium esomeprazole 40 mg tablet 1 tablet once a day DISCONTINUED",
        "DISPENSING HISTORY",
        "Date Rx No. Item Qty Prescriber",
        "03/04/2026 26-03-0101 Zocor 40 mg 30 Dr. B. Cruz",
        "03/04/2026 26-03-0102 Nexium 40 mg 30 Dr. B. Cruz",
    )
    rows = [(m.name, m.status) for m in extraction.medications]
    assert rows == [("simvastatin", "active"), ("esomeprazole", "stopped")]


def test_a_ccda_vitals_table_continued_after_a_page_break() -> None:
    def page(number: int, *texts: str) -> PageText:
        lines = tuple(
            TextLine(text, (0.08, 0.06 + 0.02 * i, 0.9, 0.075 + 0.02 * i), 0.99)
            for i, text in enumerate(texts)
        )
        return PageText(page_number=number, lines=lines, engine="rapidocr", engine_version="t")

    footer = "Northbrook Health - Document generated 03/02/2026 - Page {} of 2"
    pages = [
        page(
            1,
            "VITAL SIGNS",
            "Vital sign 11/14/2025 03/02/2026",
            "Blood pressure 128/80 mm[Hg] 122/76 mm[Hg]",
            footer.format(1),
        ),
        page(
            2,
            "Vital sign 11/14/2025 03/02/2026",
            "Body temperature 36.9 Cel 36.6 Cel",
            "BMI (Body Mass Index) 27.1 kg/m2 26.8 kg/m2",
            footer.format(2),
        ),
    ]
    extractor = OfflineClinicalExtractor()
    extraction = _GATE(extractor.extract_clinical(pages, extractor.find_entities(pages)))
    rows = [(v.kind, v.value_text) for v in extraction.vitals]
    assert rows == [
        ("blood_pressure", "128/80"),
        ("blood_pressure", "122/76"),
        ("temperature", "36.9"),
        ("temperature", "36.6"),
        ("bmi", "27.1"),
        ("bmi", "26.8"),
    ]
    assert extraction.labs == ()


def test_a_patient_portals_health_issues(extract: Extract) -> None:
    extraction = _gated(
        extract,
        "My Health Issues",
        "Health issue Status Date",
        "Coeliac disease Current Since 03-2021",
        "Psoriasis Current Since 2015",
    )
    assert [c.name for c in extraction.conditions] == ["Coeliac disease", "Psoriasis"]


def test_who_a_stop_in_a_sentence_belongs_to(extract: Extract) -> None:
    extraction = _gated(
        extract,
        "Medication Dose Frequency Remarks",
        "Dapagliflozin (Forxiga) 10 mg OM NEW",
        "Gliclazide (Diamicron) 80 mg BD STOPPED - replaced by dapagliflozin",
        "Rivaroxaban 20 mg once daily",
        "Plan: as she is anticoagulated with rivaroxaban, clopidogrel no longer has a role and I"
        " have stopped it. Celecoxib 200 mg daily, which she was taking for back pain, was stopped"
        " in June.",
    )
    statuses = {m.name: m.status for m in extraction.medications}
    assert statuses["Dapagliflozin"] == "new"
    assert statuses["Rivaroxaban"] == "active"
    assert statuses["Celecoxib"] == "stopped"


def test_a_bulleted_allergy_record_with_allergic_and_not_allergic_lists(
    extract: Extract,
) -> None:
    extraction = _gated(
        extract,
        "Allergy record",
        "• ALLERGIC TO: Sesame - anaphylaxis (severe)",
        "• NOT ALLERGIC TO: amoxicillin (de-labelled today); peanut - she may continue to eat",
        "peanut butter and cashew.",
    )
    present = [a.substance for a in extraction.allergies if a.assertion == "present"]
    assert present == ["Sesame"]


def test_a_soap_notes_assessment_line_names_its_diagnoses(extract: Extract) -> None:
    extraction = _gated(
        extract,
        "ALLERGIES: Codeine - vomiting",
        "S: 2/7 sore throat, no cough. Eating and drinking.",
        "A: 1. Acute tonsillitis. 2. Asthma - stable.",
    )
    names = {c.name for c in extraction.conditions if c.assertion == "present"}
    assert {"Asthma"} <= names  # the allergy line above does not make the note an allergy list


def test_a_strength_in_the_next_clause_is_not_the_dose(extract: Extract) -> None:
    extraction = _gated(
        extract,
        "Plan: I have started empagliflozin and stopped gliclazide, and titrated her basal"
        " insulin to 30 units at night.",
    )
    # (since 2.8.0 a drug the sentence stops is written stopped, without a strength)
    rows = [(m.name, m.dose, m.status) for m in extraction.medications if m.name == "gliclazide"]
    assert rows == [("gliclazide", None, "stopped")]


def test_a_haematocrit_as_a_fraction_and_dipstick_grades(extract: Extract) -> None:
    extraction = _gated(
        extract,
        "Test Result Units Reference range",
        "HCT 0.361 L L/L 0.370-0.470",
        "URINALYSIS",
        "UA ketones Moderate Negative A",
    )
    rows = [
        (lab.test_name, lab.value_text, lab.unit, lab.requires_review) for lab in extraction.labs
    ]
    assert rows == [("HCT", "0.361", "L/L", False), ("UA ketones", "Moderate", None, False)]


def test_us_combination_products_written_with_a_hyphen(extract: Extract) -> None:
    extraction = _gated(
        extract,
        "Discharge prescriptions",
        "- hydrocodone-acetaminophen 5/325 mg 1 tab PO q6h PRN pain",
        "- losartan-hydrochlorothiazide 50-12.5 mg 1 tab PO daily",
    )
    rows = [(m.dose, m.requires_review) for m in extraction.medications]
    assert rows == [("5/325", False), ("50-12.5", False)]


def test_a_vaccine_named_in_a_recommendation_is_no_diagnosis(extract: Extract) -> None:
    extraction = _gated(
        extract,
        "Recombinant zoster (RZV) Due at age 50 (Mar-2027).",
        "Annual influenza vaccination is due this month.",
    )
    assert extraction.conditions == ()


def test_a_problem_answered_no_after_its_name(extract: Extract) -> None:
    extraction = _gated(
        extract,
        "Impression:",
        "1. Cellulitis left leg",
        "2. Pulmonary embolism - no, Wells score 0",
    )
    rows = [(c.name, c.assertion) for c in extraction.conditions]
    assert ("Pulmonary embolism", "negated") in rows
    assert [name for name, assertion in rows if assertion == "present"] == ["Cellulitis"]
