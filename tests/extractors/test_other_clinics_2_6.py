"""Layouts and wordings that extractor 2.6.0 reads.

Each example is written for its rule, none taken from a held-out set: a cumulative
report whose first column is headed "Analysis", Nordic specimen prefixes ("P-Krea"), a
scan that reads a litre's "l" as a one, a C-CDA results table with its LOINC column, a
health questionnaire whose hand ticks the scan lost, a vaccine table with written dates
and a product column, and doses given in the department listed on one line.
"""

from __future__ import annotations

import datetime as dt

from adapters.extractors.offline.extractor import OfflineClinicalExtractor
from adapters.extractors.offline.labs import loinc_check_ok
from adapters.extractors.vocabulary import shared_vocabulary
from pipeline.clinical.gate import ValidityGate
from pipeline.clinical.schema import ClinicalExtraction
from tests.extractors.conftest import Extract, make_cells_page

_GATE = ValidityGate(shared_vocabulary(), today=dt.date(2026, 11, 30))


def _gated(extract: Extract, *lines: str) -> ClinicalExtraction:
    return _GATE(extract(*lines))


def _labs(extraction: ClinicalExtraction) -> list[tuple[str | None, str, str | None]]:
    return [(lab.loinc_code, lab.value_text, lab.unit) for lab in extraction.labs]


# -- labs ------------------------------------------------------------------------------


def test_a_cumulative_report_headed_analysis_gives_one_row_per_date(extract: Extract) -> None:
    extraction = _gated(
        extract,
        "Analysis Unit Ref. range 03.02.2026 17.05.2026 09.09.2026",
        "Sodium mmol/L 137-145 140 136 L 139",
        "Thrombocytes x10^9/L 145-390 301 288 310",
    )
    rows = sorted((lab.loinc_code, lab.observed_on, lab.value_text) for lab in extraction.labs)
    assert len(rows) == 6
    assert ("777-3", dt.date(2026, 5, 17), "288") in rows
    assert ("2951-2", dt.date(2026, 9, 9), "139") in rows
    assert all(not lab.requires_review for lab in extraction.labs)


def test_nordic_specimen_prefixes_name_the_analyte(extract: Extract) -> None:
    extraction = _gated(
        extract,
        "Laboratory",
        "P-Krea 91 umol/l (60-105)",
        "B-Leuk 6.1 E9/l (3.4-8.2)",
        "fP-Gluk 6.4 mmol/l (4.0-6.0)",
        "U-Glucose Negative",
    )
    assert _labs(extraction) == [
        ("2160-0", "91", "umol/L"),
        ("6690-2", "6.1", "x10^9/L"),
        ("2345-7", "6.4", "mmol/L"),
        ("5792-7", "Negative", None),  # the urine prefix keeps the urine code
    ]


def test_a_litre_read_as_a_one_is_a_litre(extract: Extract) -> None:
    extraction = _gated(
        extract,
        "Results",
        "Hb 121 g/1 (117-153)",
        "Potassium 3.9 mmol/1 (3.5-5.0)",
    )
    assert _labs(extraction) == [("718-7", "121", "g/L"), ("2823-3", "3.9", "mmol/L")]


def test_a_loinc_column_is_no_value_and_long_names_are_read(extract: Extract) -> None:
    extraction = _gated(
        extract,
        "Results",
        "Test LOINC Value Units Ref. range Date",
        "Potassium [Moles/volume] in Serum or Plasma 2823-3 4.4 mmol/L 3.5-5.1 08/14/2026",
        "Cholesterol in HDL [Mass/volume] in Serum or Plasma 2085-9 38 mg/dL >40 08/14/2026",
    )
    assert _labs(extraction) == [("2823-3", "4.4", "mmol/L"), ("2085-9", "38", "mg/dL")]
    assert all(not lab.requires_review for lab in extraction.labs)


def test_loinc_check_digit() -> None:
    assert loinc_check_ok("2823", "3") and loinc_check_ok("13457", "7")
    assert not loinc_check_ok("2823", "4")  # "135-4" in a range cell is kept as written


# -- forms -----------------------------------------------------------------------------


def test_questions_of_a_yes_no_form_whose_ticks_were_not_read_go_to_review(
    extract: Extract,
) -> None:
    extraction = _gated(
        extract,
        "Health questionnaire",
        "Have you ever had: Yes No Comments",
        "1. Epilepsy or fits",
        "2. Asthma",
        "3. Thyroid disease",
    )
    assert extraction.conditions
    assert all(c.requires_review for c in extraction.conditions)
    assert {c.review_reason for c in extraction.conditions} == {"unclear_checkbox"}


# -- immunizations ---------------------------------------------------------------------


def test_a_written_date_and_a_product_column_give_one_dose(extract: Extract) -> None:
    extraction = _gated(
        extract,
        "Immunizations",
        "Immunization Date Product Lot",
        "Hepatitis B vaccine, adult Mar 3, 2024 Engerix-B AB123C",
    )
    doses = [(i.cvx_code, i.administered_on, i.lot_number) for i in extraction.immunizations]
    assert doses == [("45", dt.date(2024, 3, 3), "AB123C")]


# -- medications -----------------------------------------------------------------------


def test_every_drug_listed_after_given_in_the_department_was_given_there(
    extract: Extract,
) -> None:
    extraction = _gated(
        extract,
        "Management",
        "Administered in the department: ketorolac 30 mg IM; metoclopramide 10 mg IV.",
        "Discharge medications",
        "Paracetamol 1 g four times daily as needed",
    )
    given = [(m.name, m.review_reason) for m in extraction.medications if m.requires_review]
    assert given == [("ketorolac", "given_in_care"), ("metoclopramide", "given_in_care")]
    current = [m.name for m in extraction.medications if not m.requires_review]
    assert current == ["Paracetamol"]


def test_a_previous_result_column_gives_a_dated_row(extract: Extract) -> None:
    extraction = _gated(
        extract,
        "TEST RESULT FLAG UNITS REF RANGE PREV 2026-03-02",
        "FERRITIN 11 L ug/L 15-247 19",
        "SODIUM 139 mmol/L 135-145 139",
    )
    rows = sorted(
        (lab.loinc_code or "", lab.value_text, lab.observed_on) for lab in extraction.labs
    )
    ferritin = [r for r in rows if r[1] in ("11", "19")]
    assert len(ferritin) == 2 and (ferritin[0][2], ferritin[1][2]) == (None, dt.date(2026, 3, 2))
    # the same value in both columns stays one row: it cannot be told from a restatement
    assert [r[1] for r in rows if r[1] == "139"] == ["139"]


def test_a_result_restated_in_a_comment_is_one_row_and_a_limit_is_no_result(
    extract: Extract,
) -> None:
    extraction = _gated(
        extract,
        "Test Result Units Reference",
        "Potassium 6.1 mmol/L 3.5-5.1",
        "Comment: potassium 6.1 mmol/L phoned to the ward at 04:10.",
        "Troponin I: the 99th percentile upper reference limit is 26 ng/L.",
    )
    assert _labs(extraction) == [("2823-3", "6.1", "mmol/L")]


def test_mg_per_dl_without_its_g_and_slash_is_read(extract: Extract) -> None:
    extraction = _gated(extract, "Results", "Glucose, fasting 104 H mdl 70-99")
    assert _labs(extraction) == [("2345-7", "104", "mg/dL")]


# -- prose -----------------------------------------------------------------------------


def test_labelled_parts_of_one_line_are_read_apart(extract: Extract) -> None:
    extraction = _gated(
        extract,
        "History",
        "Conditions: Asthma. Regular medicines: Montelukast 10 mg at night. "
        "Allergies: Penicillin - rash.",
    )
    assert [c.name for c in extraction.conditions] == ["Asthma"]
    assert [(m.name, m.dose) for m in extraction.medications] == [("Montelukast", "10")]
    assert [a.substance for a in extraction.allergies] == ["Penicillin"]


# -- vaccines --------------------------------------------------------------------------


def test_a_dose_dated_on_the_named_next_visit_goes_to_review(extract: Extract) -> None:
    extraction = _gated(
        extract,
        "Immunisation record",
        "Vaccine Due age Date given Batch",
        "Pentavalent 3 14 weeks 02/09/25 PV3310",
        "Measles-Rubella 1 9 months 30/12/25",
        "Next visit: 30/12/25 - MR 1",
    )
    by_name = {i.vaccine: i for i in extraction.immunizations}
    measles = next(i for name, i in by_name.items() if name.lower().startswith("measles"))
    assert measles.requires_review and measles.review_reason == "next_visit_date"
    assert any(not i.requires_review for i in extraction.immunizations)


def test_travel_vaccines_not_indicated_declined_or_deferred(extract: Extract) -> None:
    extraction = _gated(
        extract,
        "Vaccines",
        "Date Vaccine Brand Dose Batch Status",
        "04-May-2026 Japanese encephalitis Ixiaro 1 of 2 JX1102 Given",
        "04-May-2026 Yellow fever Stamaril - - Not indicated for itinerary",
        "04-May-2026 Cholera (oral) Dukoral - - Offered - declined",
        "04-May-2026 Rabies Verorab - - Deferred - unwell today",
    )
    rows = {i.cvx_code: i.status for i in extraction.immunizations}
    assert rows == {"129": "given", "26": "refused", "90": "planned"}


def test_a_malaria_vaccine_is_coded_and_a_malaria_rdt_is_no_vaccine(extract: Extract) -> None:
    extraction = _gated(
        extract,
        "Immunisations",
        "Malaria vaccine (RTS,S) 1 14/03/2025 MV1130",
        "Malaria RDT Negative 14/03/2025",
    )
    assert [(i.cvx_code, i.administered_on) for i in extraction.immunizations] == [
        ("67", dt.date(2025, 3, 14))
    ]


# -- medications, conditions, allergies: status ----------------------------------------


def test_a_long_list_row_does_not_lend_its_status_to_the_next_row(extract: Extract) -> None:
    extraction = _gated(
        extract,
        "Medicine Dose Frequency Status",
        "apixaban 5 mg twice daily as advised by the haematology clinic continue",
        "amiodarone 200 mg once daily stopped May 2026",
    )
    statuses = {m.name: m.status for m in extraction.medications}
    assert statuses == {"apixaban": "active", "amiodarone": "stopped"}


def test_a_medicine_asked_for_and_declined_is_not_taken(extract: Extract) -> None:
    extraction = _gated(
        extract,
        "Pharmacist notes",
        "02/11/2026 OTC request for Voltaren 25mg declined - on warfarin; referred to GP.",
        "Current medicines",
        "Warfarin 3 mg once daily",
    )
    assert [m.name for m in extraction.medications] == ["Warfarin"]


def test_a_problem_to_rule_out_and_a_row_number(extract: Extract) -> None:
    extraction = _gated(
        extract,
        "PROBLEM LIST",
        "# Problem ICD-10 Onset Status",
        "1 Gastro-oesophageal reflux disease K21.9 2019 Active",
        "2 Coeliac disease K90.0 - R/O for work-up",
    )
    rows = [(c.icd10_code, c.name.split()[0], c.assertion) for c in extraction.conditions]
    assert rows == [
        ("K21.9", "Gastro-oesophageal", "present"),
        ("K90.0", "Coeliac", "hypothetical"),
    ]


def test_an_operated_problem_is_over_and_an_image_finding_is_no_diagnosis(
    extract: Extract,
) -> None:
    extraction = _gated(
        extract,
        "History",
        "PMHx: hypertension; left femoral hernia repair 2019; umbilical hernia, repair planned.",
        "Examination",
        "Soft abdomen. Bedside ultrasound: gallstones with mild hydronephrosis on the right.",
    )
    rows = {c.name.lower(): (c.status, c.assertion) for c in extraction.conditions}
    assert rows["femoral hernia"] == ("resolved", "historical")
    assert rows["umbilical hernia"] == (None, "present")
    assert not any("hydronephrosis" in name for name in rows)


def test_an_allergy_entered_in_error_is_no_allergy(extract: Extract) -> None:
    extraction = _gated(
        extract,
        "Allergies",
        "Substance Reaction Severity Status Recorded",
        "Peanut Anaphylaxis Severe Active 02/14/2011",
        "Penicillin - - Inactive - entered in error 07/30/2019",
    )
    assert [(a.substance, a.assertion) for a in extraction.allergies] == [("Peanut", "present")]


# -- layouts ---------------------------------------------------------------------------


def test_a_portal_summary_in_two_boxes_is_read_box_by_box(
    extractor: OfflineClinicalExtractor,
) -> None:
    # The right box starts a hair left of where a rounded gutter would put it, and its
    # rows are a label and a value beside a title of the left box.
    left, right, value = 0.07, 0.5198, 0.70
    rows: list[list[tuple[str, float, float]]] = [
        [("Diagnoses for this visit", left, 0.25), ("Your vitals today", right, 0.65)],
        [
            ("Community-acquired pneumonia (J18.9)", left, 0.33),
            ("Pulse", right, 0.56),
            ("104", value, 0.72),
        ],
        [("Your problem list", left, 0.2), ("Temperature", right, 0.6), ("38.4 °C", value, 0.76)],
        [
            ("Type 2 diabetes mellitus (E11.9)", left, 0.3),
            ("Weight", right, 0.56),
            ("71 kg", value, 0.75),
        ],
        [("Your Medication List", left, 0.26)],
        [("metformin 500 mg tablet - 1 tab twice daily", left, 0.45)],
    ]
    page = make_cells_page(rows)
    extraction = _GATE(extractor.extract_clinical([page], extractor.find_entities([page])))
    assert [c.icd10_code for c in extraction.conditions] == ["J18.9", "E11.9"]
    assert sorted((v.kind, v.value_text) for v in extraction.vitals) == [
        ("heart_rate", "104"),
        ("temperature", "38.4"),
        ("weight", "71"),
    ]


def test_a_product_column_names_the_exact_vaccine(extract: Extract) -> None:
    extraction = _gated(
        extract,
        "Immunizations",
        "Immunization Date Product Lot",
        "Pneumococcal conjugate vaccine Apr 2, 2026 Prevnar 20 PN2207",
        "Influenza vaccine Oct 1, 2025 Fluzone High-Dose FZ1180",
    )
    assert [(i.cvx_code, i.administered_on) for i in extraction.immunizations] == [
        ("216", dt.date(2026, 4, 2)),
        ("88", dt.date(2025, 10, 1)),
    ]


def test_a_mark_between_yes_and_no_answers_nothing(extract: Extract) -> None:
    extraction = _gated(
        extract,
        "Past medical history:",
        "Epilepsy Yes X No",
        "Asthma X Yes No",
    )
    rows = {c.name.split()[0]: (c.requires_review, c.review_reason) for c in extraction.conditions}
    assert rows == {"Epilepsy": (True, "unclear_checkbox"), "Asthma": (False, None)}


def test_an_observation_chart_by_date_and_time(extract: Extract) -> None:
    extraction = _gated(
        extract,
        "Parameter Date / time 14/05/26 08:00 14/05/26 12:00 14/05/26 16:00",
        "Respirations (per min) 22 20 18",
        "Pulse (beats/min) 104 96 90",
        "Temperature (°C) 38.1 37.6 37.2",
    )
    rows = sorted((v.kind, v.value_text) for v in extraction.vitals)
    assert len(rows) == 9
    assert ("heart_rate", "96") in rows and ("respiratory_rate", "18") in rows


def test_a_portal_export_in_the_first_person(extract: Extract) -> None:
    extraction = _gated(
        extract,
        "My vital signs (03 Mar 2026)",
        "Blood pressure Weight Height Body mass index",
        "131/84 mmHg 66.0 kg 158 cm 26.4 kg/m2",
        "My test results",
        "Test Reference 10 Jun 2025 02 Mar 2026",
        "eGFR (mL/min/1.73m2) > 90 84 (Low) 79 (Low)",
        "Lipid panel - 02 Mar 2026",
        "Test Result Unit Target / reference Status",
        "LDL cholesterol 2.9 mmol/L < 2.6 Above range",
    )
    assert sorted(v.kind for v in extraction.vitals) == [
        "blood_pressure",
        "bmi",
        "height",
        "weight",
    ]
    labs = [(lab.loinc_code, lab.value_text, lab.observed_on) for lab in extraction.labs]
    assert ("13457-7", "2.9", None) in labs
    egfr = sorted((v, d) for code, v, d in labs if code != "13457-7")
    assert egfr == [("79", dt.date(2026, 3, 2)), ("84", dt.date(2025, 6, 10))]


def test_scanned_tick_boxes_and_questions_side_by_side(extract: Extract) -> None:
    extraction = _gated(
        extract,
        "Medical history",
        "Condition Yes No Condition Yes No",
        "Asthma 1] [冈] Hypertension [X] []",
        "Epilepsy [.] [X] Diabetes [] 冈]",
    )
    facts = [c for c in extraction.conditions if not c.requires_review]
    current = {c.icd10_code for c in facts if c.assertion == "present"}
    negated = {(c.icd10_code or "")[:3] for c in facts if c.assertion == "negated"}
    assert current == {"I10"}
    assert negated == {"J45", "G40", "E11"}


def test_a_table_of_ceased_medicines_under_its_own_header_row(extract: Extract) -> None:
    extraction = _gated(
        extract,
        "Current medications",
        "Ramipril 5mg 1 daily 02/02/2021",
        "Medication Dose Date ceased Reason",
        "Naproxen 250mg 03/10/2025 Dyspepsia",
    )
    assert {m.name: m.status for m in extraction.medications} == {
        "Ramipril": "active",
        "Naproxen": "stopped",
    }


def test_a_start_set_for_later_is_a_plan(extract: Extract) -> None:
    extraction = _gated(
        extract,
        "Medications",
        "1. Folic acid 5 mg once daily",
        "2. Aspirin 150 mg at night - to start at 12 weeks",
        "Plan",
        "Ferric carboxymaltose 1000 mg IV will be arranged through the day unit.",
    )
    assert [m.name for m in extraction.medications] == ["Folic acid"]
