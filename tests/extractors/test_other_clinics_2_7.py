"""Layouts and wordings that extractor 2.7.0 reads.

Each example is written for its rule, none taken from a held-out set: a questionnaire
answered by marks under its Yes / No columns, a care home's chart signed with initials, a
problem and medication table that is not two columns, a lab report's commentary, an EHR's
past visits, symptoms and letterheads in a letter, a pharmacy's dispensing log, and doses
given in the department.
"""

from __future__ import annotations

import datetime as dt

from adapters.extractors.offline.extractor import OfflineClinicalExtractor
from adapters.extractors.vocabulary import shared_vocabulary
from pipeline.clinical.gate import ValidityGate
from pipeline.clinical.schema import ClinicalExtraction, Condition
from tests.extractors.conftest import Extract, make_cells_page

_GATE = ValidityGate(shared_vocabulary(), today=dt.date(2026, 11, 30))

Row = list[tuple[str, float, float]]


def _gated(extract: Extract, *lines: str) -> ClinicalExtraction:
    return _GATE(extract(*lines))


def _from_cells(extractor: OfflineClinicalExtractor, rows: list[Row]) -> ClinicalExtraction:
    page = make_cells_page(rows)
    return _GATE(extractor.extract_clinical([page], extractor.find_entities([page])))


def _current(conditions: tuple[Condition, ...]) -> list[str]:
    """Conditions on the current problem list (asserted present and not resolved)."""
    return [
        c.name
        for c in conditions
        if c.assertion == "present" and c.status != "resolved" and not c.requires_review
    ]


# -- tick marks placed by their column ---------------------------------------------------


def test_a_mark_under_the_no_column_answers_no(extractor: OfflineClinicalExtractor) -> None:
    question, yes, no, details = (0.07, 0.45), (0.50, 0.53), (0.55, 0.57), (0.60, 0.9)
    rows: list[Row] = [
        [("Question", *question), ("Yes", *yes), ("No", *no), ("If yes, details", *details)],
        [("1. High blood pressure?", *question), ("X", 0.505, 0.518), ("since 2019", *details)],
        [("2. Heart attack, angina or chest pain?", *question), ("X", 0.557, 0.57)],
        [("3. Asthma, COPD or other lung disease?", *question), ("X", 0.556, 0.569)],
        [("4. Epilepsy or fits?", *question), ("X", 0.557, 0.57)],
        [
            ("5. Other allergies (latex, plasters, food)?", *question),
            ("X", 0.505, 0.518),
            ("Latex - itchy rash", *details),
        ],
    ]
    extraction = _from_cells(extractor, rows)
    assert _current(extraction.conditions) == ["High blood pressure"]
    negated = {c.name.lower() for c in extraction.conditions if c.assertion == "negated"}
    assert "asthma" in negated
    assert [(a.substance, a.reaction, a.assertion) for a in extraction.allergies] == [
        ("Latex", "itchy rash", "present")
    ]


def test_two_questions_side_by_side_are_answered_apart(
    extractor: OfflineClinicalExtractor,
) -> None:
    rows: list[Row] = [
        [("Medical history", 0.07, 0.3)],
        [
            ("Condition", 0.07, 0.2),
            ("Yes", 0.30, 0.33),
            ("No", 0.36, 0.38),
            ("Condition", 0.50, 0.62),
            ("Yes", 0.75, 0.78),
            ("No", 0.81, 0.83),
        ],
        [("Diabetes", 0.07, 0.15), ("X", 0.305, 0.32), ("Asthma", 0.50, 0.57), ("X", 0.815, 0.83)],
        [("Epilepsy", 0.07, 0.15), ("X", 0.365, 0.38), ("Gout", 0.50, 0.55), ("X", 0.755, 0.77)],
    ]
    extraction = _from_cells(extractor, rows)
    assert sorted(_current(extraction.conditions)) == ["Diabetes", "Gout"]


# -- medication charts and logs ----------------------------------------------------------


def test_a_carers_initials_dc_do_not_discontinue(extract: Extract) -> None:
    extraction = _gated(
        extract,
        "Medicine / dose / route / directions Time Mon Tue Wed",
        "SERTRALINE 50mg tablets - ONE in the MORNING - oral 08:00 DC MB JS",
        "ZOPICLONE 3.75mg tablets - ONE at NIGHT - oral 22:00 DC'd 09/03/26",
    )
    assert [(m.name.lower(), m.status) for m in extraction.medications] == [
        ("sertraline", "active"),
        ("zopiclone", "stopped"),
    ]


def test_a_dispensing_log_changes_ends_and_completes(extract: Extract) -> None:
    extraction = _gated(
        extract,
        "Date Rx no. Item Qty Directions Prescriber Remarks",
        "01/10/2025 RX00103 Norvasc (amlodipine) 5mg tab 28 1 tab daily Dr Lee",
        "03/01/2026 RX00214 Amoxil (amoxicillin) 500mg cap 21 1 cap three times daily Dr Ho",
        "20/02/2026 RX00264 Panadol (paracetamol) 500mg tab 20 2 tabs every 6 hours",
        "Medication profile changes",
        "Date Change By",
        "09/01/2026 Amoxil (amoxicillin) - course completed pharmacist",
        "20/02/2026 Zocor (simvastatin) 20mg - CEASED by prescriber (myalgia) Dr Lee",
        "20/02/2026 Norvasc (amlodipine) - dose changed 5mg -> 10mg daily Dr Lee",
        "20/02/2026 - Panadol: advised not to exceed 8 tablets in 24 hours.",
    )
    rows = {(m.name.split()[0].lower(), m.dose, m.status) for m in extraction.medications}
    assert ("amlodipine", "10", "changed") in rows
    assert ("amoxicillin", "500", "completed") in rows
    assert ("simvastatin", "20", "stopped") in rows
    assert not any(name == "amlodipine" and status == "stopped" for name, _, status in rows)
    assert {dose for name, dose, _ in rows if name in ("paracetamol", "acetaminophen")} == {"500"}


def test_doses_given_in_the_department_are_not_current(extract: Extract) -> None:
    extraction = _gated(
        extract,
        "Nursing notes",
        "21:40 Aspirin 300mg given as ordered.",
        "22:30 Paracetamol 1g PO. Pt resting, pain 4/10.",
        "Treatment given in A&E",
        "Drug Dose Route Time Given by",
        "Ondansetron 4 mg IV 21:45 N. Reid RN",
        "Discharge medications",
        "Atorvastatin 40 mg at night",
    )
    statuses = {m.name.split()[0].lower(): m.status for m in extraction.medications}
    assert statuses == {
        "aspirin": "completed",
        "paracetamol": "completed",
        "ondansetron": "completed",
        "atorvastatin": "active",
    }


# -- problem lists, letters and reports ---------------------------------------------------


def test_a_table_header_across_the_page_is_one_table(extractor: OfflineClinicalExtractor) -> None:
    # Headings on both sides of x = 0.5 once made this page look like two columns, and the
    # medicines' status cells were read apart from their medicines.
    columns = (0.07, 0.30, 0.38, 0.46, 0.52, 0.60, 0.68, 0.76)
    header = ("Drug", "Dose", "Freq", "Route", "Start", "Stop", "Status", "Notes")

    def row(*cells: str) -> Row:
        return [(text, x, x + 0.06) for text, x in zip(cells, columns, strict=False) if text]

    rows: list[Row] = [
        [("PROBLEM LIST", 0.07, 0.2)],
        [("Gout", 0.07, 0.12), ("M10.9", 0.30, 0.35), ("Active", 0.52, 0.57)],
        [("MEDICATION LIST", 0.07, 0.22)],
        row(*header),
        row("Allopurinol", "300 mg", "OD", "PO", "21/01/2020", "", "Active"),
        row("Enalapril", "10 mg", "OD", "PO", "02/09/2012", "18/04/2021", "Stopped", "cough"),
        row("Colchicine", "0.5 mg", "BD", "PO", "10/01/2025", "17/01/2025", "Completed"),
        [("ALLERGIES", 0.07, 0.2), ("RECENT RESULTS", 0.52, 0.66)],
        [("Codeine - nausea", 0.07, 0.2), ("Uric acid 0.41 mmol/L", 0.52, 0.7)],
    ]
    extraction = _from_cells(extractor, rows)
    assert sorted((m.name.lower(), m.status) for m in extraction.medications) == [
        ("allopurinol", "active"),
        ("colchicine", "completed"),
        ("enalapril", "stopped"),
    ]


def test_a_lab_reports_commentary_names_no_diagnosis(extract: Extract) -> None:
    extraction = _gated(
        extract,
        "CLINICAL CHEMISTRY REPORT",
        "Test Result Unit Reference range",
        "HbA1c 6.1 % 4.0-5.6 H",
        "TSH 5.9 mIU/L 0.4-4.0 H",
        "Anti-HCV Reactive",
        "Comment: 6.5 % or above is consistent with diabetes mellitus.",
        "A raised TSH with a normal T4 may indicate subclinical hypothyroidism.",
        "A reactive antibody indicates exposure to hepatitis C; RNA PCR has been referred.",
    )
    assert len(extraction.labs) >= 2
    assert extraction.conditions == ()


def test_a_visits_diagnosis_is_past_and_the_problem_list_is_current(extract: Extract) -> None:
    extraction = _gated(
        extract,
        "Encounters",
        "Date Type Provider Diagnosis / reason",
        "12/16/2025 Office visit Jane Roe, MD Acute sinusitis, unspecified (J01.90)",
        "Problems",
        "Problem ICD-10 Status",
        "Essential (primary) hypertension I10 Active",
    )
    assert _current(extraction.conditions) == ["Essential (primary) hypertension"]
    assert any(c.icd10_code == "J01.90" for c in extraction.conditions)


def test_past_problems_said_to_be_over_are_not_current(extract: Extract) -> None:
    extraction = _gated(
        extract,
        "Diagnosis: 1. Community-acquired pneumonia. 2. Acute kidney injury (NSAID-related) -",
        "   resolved.",
        "Past medical history",
        "2016 Gallstones - laparoscopic cholecystectomy",
        "Vitamin D deficiency - treated, now replete",
        "Type 2 diabetes mellitus",
        "Social: had viral gastroenteritis last month, now resolved.",
    )
    current = {name.lower() for name in _current(extraction.conditions)}
    assert "type 2 diabetes mellitus" in current
    assert "community-acquired pneumonia" in current
    assert not current & {
        "acute kidney injury (nsaid-related)",
        "gallstones",
        "vitamin d deficiency",
        "viral gastroenteritis",
    }


def test_symptoms_and_letterheads_are_no_diagnoses(extract: Extract) -> None:
    extraction = _gated(
        extract,
        "Department of Diabetes & Endocrinology",
        "Dear Dr Patel,",
        "She presented with fever, left loin pain and pleuritic chest pain. Known asthma.",
        "Return if fever or loin pain recur.",
    )
    assert _current(extraction.conditions) == ["asthma"]


def test_a_labelled_cell_beside_another_field_is_read(extractor: OfflineClinicalExtractor) -> None:
    rows: list[Row] = [
        [
            ("Regular doctor: Dr A. Chan (Example Clinic)", 0.07, 0.5),
            ("ALLERGY: Ibuprofen - facial swelling", 0.55, 0.9),
        ],
        [("Date Item Qty Directions", 0.07, 0.6)],
        [("02/03/2026 Metformin 500mg tab 56 1 tab twice daily", 0.07, 0.7)],
    ]
    extraction = _from_cells(extractor, rows)
    assert [(a.substance, a.reaction) for a in extraction.allergies] == [
        ("Ibuprofen", "facial swelling")
    ]


def test_a_header_allergy_and_its_table_row_are_one_allergy(
    extractor: OfflineClinicalExtractor,
) -> None:
    # The header's labelled cell is read since 2.7.0; it must not double the table's row.
    rows: list[Row] = [
        [("MRN: 0000000 Sex: Male", 0.07, 0.4), ("Allergies: Aspirin", 0.5, 0.8)],
        [("Allergies", 0.07, 0.2)],
        [("Substance Reaction Severity Status", 0.07, 0.6)],
        [("Aspirin Bronchospasm Severe Active", 0.07, 0.6)],
    ]
    extraction = _from_cells(extractor, rows)
    assert [(a.substance, a.reaction) for a in extraction.allergies] == [
        ("Aspirin", "Bronchospasm")
    ]


# -- results and observations ------------------------------------------------------------


def test_a_cumulative_table_with_units_on_the_right_is_one_table(
    extractor: OfflineClinicalExtractor,
) -> None:
    # A title on the right and labelled lines on the left once made the units and ranges
    # look like a second column of the page.
    name, d1, d2, d3, unit, ref = 0.07, 0.30, 0.40, 0.50, 0.68, 0.80
    rows: list[Row] = [
        [("CITY PATHOLOGY", name, 0.25), ("CUMULATIVE REPORT", unit, 0.9)],
        [("Laboratory: 1 Example Street", name, 0.5)],
        [("Clinical notes: monitoring", name, 0.4)],
        [
            ("RENAL / ELECTROLYTES", name, 0.25),
            ("14/02/2026", d1, 0.37),
            ("17/05/2026", d2, 0.47),
            ("21/08/2026", d3, 0.57),
            ("Units", unit, 0.72),
            ("Ref range", ref, 0.9),
        ],
        [
            ("Sodium", name, 0.15),
            ("139", d1, 0.33),
            ("137", d2, 0.43),
            ("133 L", d3, 0.55),
            ("mmol/L", unit, 0.74),
            ("135-145", ref, 0.88),
        ],
        [
            ("Creatinine", name, 0.17),
            ("118 H", d1, 0.35),
            ("131 H", d2, 0.45),
            ("142 H", d3, 0.55),
            ("umol/L", unit, 0.74),
            ("45-90", ref, 0.86),
        ],
        [
            ("Urea", name, 0.12),
            ("7.9", d1, 0.33),
            ("9.4 H", d2, 0.45),
            ("10.8 H", d3, 0.56),
            ("mmol/L", unit, 0.74),
            ("2.5-8.0", ref, 0.88),
        ],
        [("FULL BLOOD COUNT", name, 0.3)],
        [("COMMENT:", name, 0.2)],
    ]
    extraction = _from_cells(extractor, rows)
    found = {(lab.loinc_code, lab.observed_on, lab.value_text) for lab in extraction.labs}
    assert len(found) == 9
    assert ("2160-0", dt.date(2026, 8, 21), "142") in found
    assert all(lab.unit for lab in extraction.labs)


def test_a_previous_result_dated_under_its_header(extract: Extract) -> None:
    extraction = _gated(
        extract,
        "Test Result Unit Reference Range Previous Result",
        "(02-Jan-2026)",
        "LIVER FUNCTION TESTS",
        "Total Bilirubin 0.9 mg/dL 0.1 - 1.2 1.1",
        "ALT (SGPT) 68 H U/L Up to 41 92 H",
        "Comments: ALT has decreased from 92 to 68 U/L since the report of 02-Jan-2026.",
    )
    rows = {(lab.loinc_code, lab.observed_on, lab.value_text) for lab in extraction.labs}
    previous = dt.date(2026, 1, 2)
    assert ("1742-6", previous, "92") in rows
    assert ("1975-2", previous, "1.1") in rows
    assert {r for r in rows if r[0] == "1742-6"} == {
        ("1742-6", None, "68"),
        ("1742-6", previous, "92"),
    }
    alt = next(lab for lab in extraction.labs if lab.value_text == "68")
    assert (alt.reference_high, alt.flag) == (41, "high")


def test_a_collection_time_beside_its_date_is_no_result(extract: Extract) -> None:
    extraction = _gated(
        extract,
        "Investigations",
        "Test Time / date Result Reference",
        "Potassium 21:30 14/03/2026 3.4 mmol/L L 3.5-5.1",
        "Haemoglobin 21:30 14/03/2026 14.6 g/dL 13.0-17.0",
    )
    assert sorted((lab.value_text, lab.observed_on) for lab in extraction.labs) == [
        ("14.6", dt.date(2026, 3, 14)),
        ("3.4", dt.date(2026, 3, 14)),
    ]


def test_date_columns_with_word_flags_and_the_unit_after_the_range(extract: Extract) -> None:
    extraction = _gated(
        extract,
        "Lab Results",
        "Test 06 Feb 2025 08 Aug 2025 12 Feb 2026 Normal range",
        "HbA1c (%) 6.0 High 6.3 High 6.1 High 4.0 - 5.6 %",
    )
    assert sorted((lab.observed_on, lab.value_text, lab.flag) for lab in extraction.labs) == [
        (dt.date(2025, 2, 6), "6.0", "high"),
        (dt.date(2025, 8, 8), "6.3", "high"),
        (dt.date(2026, 2, 12), "6.1", "high"),
    ]


def test_a_row_of_labels_over_a_row_of_values(extractor: OfflineClinicalExtractor) -> None:
    columns = (0.07, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8)
    labels = ("BP (mmHg)", "HR", "RR", "Temp", "SpO2", "CBG", "Pain", "Weight")
    values = ("168/98", "104 bpm", "20 /min", "36.8 °C", "97% RA", "7.2 mmol/L", "7/10", "94 kg")
    rows: list[Row] = [
        [("Triage", 0.07, 0.2)],
        [(text, x, x + 0.08) for text, x in zip(labels, columns, strict=True)],
        [(text, x, x + 0.08) for text, x in zip(values, columns, strict=True)],
        [("History", 0.07, 0.2)],
    ]
    extraction = _from_cells(extractor, rows)
    assert sorted((v.kind, v.value_text) for v in extraction.vitals) == [
        ("blood_pressure", "168/98"),
        ("heart_rate", "104"),
        ("oxygen_saturation", "97"),
        ("respiratory_rate", "20"),
        ("temperature", "36.8"),
        ("weight", "94"),
    ]


def test_observations_on_discharge_end_a_results_table(extract: Extract) -> None:
    extraction = _gated(
        extract,
        "Investigations:",
        "06.03.2026 10.03.2026 Ref.",
        "Creatinine (umol/L) 142 H 84 45-90",
        "Observations on discharge: Temp 36.9 °C BP 124/78 mmHg HR 72/min SpO2 96% on air",
    )
    assert sorted((v.kind, v.value_text) for v in extraction.vitals) == [
        ("blood_pressure", "124/78"),
        ("heart_rate", "72"),
        ("oxygen_saturation", "96"),
        ("temperature", "36.9"),
    ]
    assert all(lab.loinc_code for lab in extraction.labs)


# -- medicines in prose --------------------------------------------------------------------


def test_a_dose_changed_with_an_arrow_is_the_new_dose(extract: Extract) -> None:
    extraction = _gated(
        extract,
        "Medications",
        "Pantoloc (pantoprazole) 40 mg PO daily -> now 20 mg PO daily Changed today",
    )
    assert [(m.dose, m.status) for m in extraction.medications] == [("20", "changed")]


def test_a_course_switched_to_another_drug_is_not_new(extract: Extract) -> None:
    extraction = _gated(
        extract,
        "Course in hospital",
        "Admitted to the ward and treated with ceftriaxone 1 g IV daily and azithromycin",
        "500 mg IV daily for 3 days, then switched to oral Augmentin once afebrile. Oxygen was",
        "weaned off by day 3.",
    )
    statuses = {m.name.split()[0].lower(): m.status for m in extraction.medications}
    assert statuses["azithromycin"] == "completed"
    assert statuses["ceftriaxone"] == "completed"


# -- vaccination cards ------------------------------------------------------------------------


def test_a_card_row_with_the_next_dose_in_its_remarks(extract: Extract) -> None:
    extraction = _gated(
        extract,
        "Date of birth (mm/dd/yy): 02/14/25",
        "Vaccine Dose Date given (mm/dd/yy) Lot no. Given by Next visit / remarks",
        "Pentavalent (DPT-HepB-Hib) 2 0.4/24/25 PV0003C RHM",
        "MMR 1 11/13/25 MM0011L RN MMR 2 due 02/14/26",
    )
    rows = {(i.vaccine, i.administered_on, i.status) for i in extraction.immunizations}
    assert ("MMR", dt.date(2025, 11, 13), "given") in rows
    assert ("MMR", None, "due") in rows
    assert ("Pentavalent (DPT-HepB-Hib)", dt.date(2025, 4, 24), "given") in rows


def test_a_second_sentence_about_the_next_dose_is_due(extract: Extract) -> None:
    extraction = _gated(
        extract,
        "Plan",
        "Shingrix dose 1 given 2025-11-18 at the pharmacy (lot A00SH01). Shingrix dose 2 due May 2026.",
    )
    assert sorted((str(i.administered_on), i.status) for i in extraction.immunizations) == [
        ("2025-11-18", "given"),
        ("None", "due"),
    ]


def test_a_vaccine_table_printed_in_two_halves(extractor: OfflineClinicalExtractor) -> None:
    left, right = (0.07, 0.22, 0.3), (0.5, 0.65, 0.73)

    def half(x: tuple[float, float, float], *cells: str) -> Row:
        return [(text, start, start + 0.07) for text, start in zip(cells, x, strict=False)]

    rows: list[Row] = [
        [("Immunizations", 0.07, 0.3)],
        half(left, "Vaccine", "Dose", "Date given") + half(right, "Vaccine", "Dose", "Date given"),
        half(left, "BCG", "", "18/11/2016")[::2] + half(right, "MMR", "1", "20/11/2017"),
        half(left, "Pentavalent", "1", "19/01/2017") + half(right, "MMR", "2", "17/05/2018"),
        [("Parent signature:", 0.07, 0.2), ("Date: 13/02/2026", 0.5, 0.7)],
    ]
    extraction = _from_cells(extractor, rows)
    assert sorted((i.vaccine, str(i.administered_on)) for i in extraction.immunizations) == [
        ("BCG", "2016-11-18"),
        ("MMR", "2017-11-20"),
        ("MMR", "2018-05-17"),
        ("Pentavalent", "2017-01-19"),
    ]


def test_a_numbered_problem_with_its_treatment_on_the_line(extract: Extract) -> None:
    extraction = _gated(
        extract,
        "Assessment and plan",
        "2. Major depressive disorder, single episode - improving. Continue Zoloft 100 mg daily.",
        "4. Dyslipidemia - LDL at target; continue Crestor 10 mg daily.",
    )
    assert sorted(c.icd10_code or "" for c in extraction.conditions) == ["E78.5", "F32.9"]
    assert len(extraction.medications) == 2


def test_two_titled_columns_are_read_one_after_the_other(
    extractor: OfflineClinicalExtractor,
) -> None:
    left, right = 0.07, 0.504
    rows: list[Row] = [
        [("Diagnoses", left, 0.16), ("Current medications", right, 0.66)],
        [
            ("1. Asthma - moderate persistent, well controlled", left, 0.4),
            ("- Flixotide (fluticasone) 125 microgram inhaler, 1 puff", right, 0.9),
        ],
        [("2. Atopic eczema - mild", left, 0.25), ("twice daily via spacer", right, 0.7)],
        [("- Zista (cetirizine) 5 mg once daily", right, 0.8)],
        [("Dear Dr Smith,", left, 0.2)],
        [("Thank you for seeing her again. She is well and growing normally.", left, 0.8)],
    ]
    extraction = _from_cells(extractor, rows)
    assert sorted(c.icd10_code or "" for c in extraction.conditions) == ["J45.909", "L30.9"]
    assert sorted((m.dose, m.frequency) for m in extraction.medications) == [
        ("125", "twice daily"),
        ("5", "once daily"),
    ]


def test_a_restated_fasting_glucose_and_a_legend_are_no_new_results(extract: Extract) -> None:
    extraction = _gated(
        extract,
        "Test Result Flag Unit Reference",
        "Fasting blood glucose 8.4 H mmol/L 3.9 - 5.6",
        "Vitamin D, 25-OH 38 L nmol/L 75 - 250",
        "Vitamin D: < 50 nmol/L deficiency; 50 - 74 nmol/L insufficiency",
        "Comment: Fasting glucose (8.4 mmol/L) is above the target range.",
    )
    assert sorted(lab.value_text for lab in extraction.labs) == ["38", "8.4"]


def test_each_sentence_or_list_item_speaks_of_its_own_drug(extract: Extract) -> None:
    extraction = _gated(
        extract,
        "Meds: Microgynon 30 (ethinylestradiol/levonorgestrel) 1 tab daily; sertraline 50 mg mane.",
        "Her reflux settled and she now takes omeprazole. To bridge the wait I gave her a single",
        "injection of Depo-Medrone 80 mg in the surgery today.",
    )
    rows = sorted((m.name.split()[0].lower(), m.dose) for m in extraction.medications)
    assert ("sertraline", "50") in rows
    # (since 2.25.0 the number between a brand and its generic is the strength, as South
    # Asian brands print it: "Microgynon 30" gives 30, not the one tablet taken)
    assert ("ethinylestradiol/levonorgestrel", "30") in rows
    assert not any(name == "omeprazole" and dose == "80" for name, dose in rows)


def test_past_stops_plans_and_trials_are_not_current(extract: Extract) -> None:
    extraction = _gated(
        extract,
        "Treatment history",
        "Pertuzumab 420 mg IV every 3 weeks Apr-Aug 2025 Stopped after cycle 6",
        "Plan",
        "6. Zoledronic acid 4 mg IV every 6 months - to start after dental review.",
        "Celecoxib 200 mg could be trialled under supervision if needed.",
        "Others same. Atorvastatin 20 mg to",
        "start when available (out of stock).",
    )
    statuses = {m.name.split()[0].lower(): m.status for m in extraction.medications}
    assert statuses.get("pertuzumab") == "stopped"
    assert not {"zoledronic", "celecoxib", "atorvastatin"} & {
        name for name, status in statuses.items() if status in ("active", "new")
    }


def test_a_past_year_treated_closes_the_problem(extract: Extract) -> None:
    extraction = _gated(extract, "Other history: Malaria 2023 - treated. Father died of stroke.")
    assert [
        (c.name, c.status, c.assertion) for c in extraction.conditions if c.name == "Malaria"
    ] == [("Malaria", "resolved", "historical")]


def test_a_row_whose_boxes_were_read_empty_states_nothing(
    extractor: OfflineClinicalExtractor,
) -> None:
    rows: list[Row] = [
        [("Medical history", 0.05, 0.2), ("Yes", 0.25, 0.28), ("No", 0.31, 0.33)],
        [("Hypertension", 0.05, 0.15), ("\u51f6", 0.312, 0.328)],
        [("Heart disease", 0.05, 0.15), ("\u53e3", 0.255, 0.27), ("\u25a1", 0.312, 0.326)],
        [("Danger signs - go to hospital at once if you have severe headache.", 0.05, 0.9)],
        [("These can be signs of pre-eclampsia or other serious problems.", 0.05, 0.9)],
    ]
    extraction = _from_cells(extractor, rows)
    assert _current(extraction.conditions) == []
